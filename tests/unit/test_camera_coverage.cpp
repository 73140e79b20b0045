// Which cameras see a place: inside the range and the cone of view, nearest first.
#include "core/camera_coverage.h"

#include <QTest>

using namespace bg;

namespace {
// Metres to degrees near Dong-gu (35.15° N): 1° lat ≈ 110.95 km, 1° lon ≈ 90.8 km.
GeoPoint offset(const GeoPoint& from, double eastM, double northM) {
    return {from.lon + eastM / 90800.0, from.lat + northM / 110950.0};
}
Camera cam(const QString& id, const GeoPoint& at, double heading, double fov, double range) {
    Camera c;
    c.id = id;
    c.location = at;
    c.headingDeg = heading;
    c.fovDeg = fov;
    c.rangeM = range;
    return c;
}
}  // namespace

class TestCameraCoverage : public QObject {
    Q_OBJECT
    const GeoPoint origin{126.92, 35.15};

private Q_SLOTS:
    void coneAndRange() {
        const Camera north = cam(QStringLiteral("n"), origin, 0, 60, 50);
        QVERIFY(coversPoint(north, offset(origin, 0, 30)));    // straight ahead
        QVERIFY(coversPoint(north, offset(origin, 10, 30)));   // 18° off: inside ±30°
        QVERIFY(!coversPoint(north, offset(origin, 30, 30)));  // 45° off
        QVERIFY(!coversPoint(north, offset(origin, 0, -30)));  // behind
        QVERIFY(!coversPoint(north, offset(origin, 0, 60)));   // too far
        const Camera wrap = cam(QStringLiteral("w"), origin, 350, 40, 50);
        QVERIFY(coversPoint(wrap, offset(origin, 3, 30)));  // across north (5.7°)
        const Camera dome = cam(QStringLiteral("d"), origin, 0, 360, 40);
        QVERIFY(coversPoint(dome, offset(origin, -20, -20)));
        QVERIFY(!coversPoint(dome, offset(origin, 40, 40)));
    }

    void nearestFirstAndBounded() {
        const GeoPoint target = offset(origin, 0, 40);
        const QVector<Camera> cams{
            cam(QStringLiteral("far"), offset(origin, 0, 0), 0, 60, 80),      // 40 m away
            cam(QStringLiteral("near"), offset(origin, 0, 20), 0, 60, 80),    // 20 m away
            cam(QStringLiteral("away"), offset(origin, 0, 30), 180, 60, 80),  // looks the other way
            cam(QStringLiteral("dome"), offset(origin, 10, 40), 0, 360, 30)};  // 10 m away
        QCOMPARE(
            camerasCovering(target, cams, 5),
            (QStringList{QStringLiteral("dome"), QStringLiteral("near"), QStringLiteral("far")}));
        QCOMPARE(camerasCovering(target, cams, 2).size(), 2);
        QVERIFY(camerasCovering(GeoPoint{}, cams, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCameraCoverage)
#include "test_camera_coverage.moc"
