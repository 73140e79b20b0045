// The picture kept with an analytics alert: the box in red, the track's path in yellow where
// its normalised foot points fall on the frame, older points fainter.
#include "widgets/alert_snapshot.h"

#include <QTest>

using namespace bg;

namespace {
bool yellowish(QRgb c) {
    return qRed(c) > 150 && qGreen(c) > 120 && qBlue(c) < 90;
}
bool reddish(QRgb c) {
    return qRed(c) > 200 && qGreen(c) < 60 && qBlue(c) < 60;
}
}  // namespace

class TestAlertSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boxAndPathAreDrawnWhereTheyWere() {
        QImage frame(640, 360, QImage::Format_RGB32);
        frame.fill(QColor(40, 40, 40));
        QVector<TrackPoint> path;
        for (int i = 0; i <= 10; ++i)  // along y = 0.8, x from 0.1 to 0.5
            path.append({1000 + 200 * i, {0.1 + 0.04 * i, 0.8}});
        const QRectF box(400, 100, 40, 90);
        const QImage marked = markAlertSnapshot(frame, box, path);
        QCOMPARE(marked.size(), frame.size());
        QVERIFY(reddish(marked.pixel(400, 140)));  // the box's left edge
        QVERIFY(yellowish(marked.pixel(qRound(0.3 * 640), qRound(0.8 * 360))));  // mid-path
        QVERIFY(yellowish(marked.pixel(qRound(0.5 * 640), qRound(0.8 * 360))));  // the last point
        QCOMPARE(marked.pixel(qRound(0.3 * 640), qRound(0.5 * 360)), frame.pixel(0, 0));  // off it
        // The newest point is drawn more opaque than the oldest.
        const QRgb oldest =
            marked.pixel(qRound(0.1 * 640), qRound(0.8 * 360) + 2);  // below the line
        const QRgb newest = marked.pixel(qRound(0.5 * 640), qRound(0.8 * 360) + 2);
        QVERIFY(qGreen(newest) > qGreen(oldest));
        // No path: just the box.
        const QImage bare = markAlertSnapshot(frame, box, {});
        QCOMPARE(bare.pixel(qRound(0.3 * 640), qRound(0.8 * 360)), frame.pixel(0, 0));
        QVERIFY(reddish(bare.pixel(400, 140)));
    }
};

QTEST_MAIN(TestAlertSnapshot)
#include "test_alert_snapshot.moc"
