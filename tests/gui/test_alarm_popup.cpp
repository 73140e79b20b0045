// The alarm pop-up: a new critical alert opens its cameras — the source first, then cameras that
// see the place — in the alarm layout on the wall; a busy operator gets a banner and F2 instead
// of being yanked away; a low alert opens nothing.
#include "core/entity_store.h"
#include "services/alert_engine.h"
#include "ui/main_window.h"
#include "ui/page.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "widgets/video_wall.h"

#include <QTest>
#include <QThread>

using namespace bg;

namespace {
Camera camera(const QString& id, GeoPoint at, double heading) {
    Camera c;
    c.id = id;
    c.name = {id, id};
    c.location = at;
    c.headingDeg = heading;
    c.fovDeg = 90;
    c.rangeM = 60;
    c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/none"));  // no stream needed here
    return c;
}
}  // namespace

class TestAlarmPopup : public QObject {
    Q_OBJECT
    /// A console window on a store with the pole scene and an alert engine.
    struct Console {
        EntityStore store;
        AlertEngine engine{&store, nullptr, nullptr};
        MainWindow window;
        explicit Console(TestAlarmPopup* test) : window(context(test)) {}
        MainWindowContext context(TestAlarmPopup* test) {
            test->fill(store);
            MainWindowContext ctx;
            ctx.store = &store;
            ctx.alerts = &engine;
            ctx.videoThread = &test->m_video;
            return ctx;
        }
    };
    QThread m_video;
    const GeoPoint m_pole{126.92, 35.15};

    void fill(EntityStore& store) {
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:pole"), m_pole, 0));
        // 30 m south of the pole, looking north at it; and one looking away.
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:south"),
                            {m_pole.lon, m_pole.lat - 30 / 110950.0}, 0));
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:away"),
                            {m_pole.lon, m_pole.lat - 30 / 110950.0}, 180));
        SmartPole p;
        p.id = QStringLiteral("urn:ngsi-ld:Streetlight:pole-1");
        p.location = m_pole;
        p.cameraId = QStringLiteral("urn:ngsi-ld:Camera:pole");
        store.upsert(p);
    }
    static Alert bell(const QString& source) {
        Alert a;
        a.category = AlertCategory::EmergencyBell;
        a.severity = Severity::Critical;
        a.sourceId = source;
        return a;
    }

private Q_SLOTS:
    void initTestCase() { m_video.start(); }
    void cleanupTestCase() {
        m_video.quit();
        m_video.wait();
    }

    void busyOperatorGetsABannerAndF2() {
        Console c(this);
        AlertEngine& engine = c.engine;
        MainWindow& window = c.window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setAlarmIdleMs(60 * 60 * 1000);  // the operator is busy
        QVERIFY(window.showPage(QStringLiteral("dashboards")));
        engine.raise(bell(QStringLiteral("urn:ngsi-ld:Streetlight:pole-1")));
        QVERIFY(window.alarmBanner()->isVisible());
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("dashboards"));  // not yanked
        QCOMPARE(window.pendingAlarmCameras(),
                 (QStringList{QStringLiteral("urn:ngsi-ld:Camera:pole"),
                              QStringLiteral("urn:ngsi-ld:Camera:south")}));
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("wall"));
        QVERIFY(!window.alarmBanner()->isVisible());
        auto* wall = qobject_cast<VideoWallPage*>(window.currentPage());
        QVERIFY(wall);
        QCOMPARE(wall->wall()->gridSize(), 2);
        QCOMPARE(wall->controller()->cameraAt(0), QStringLiteral("urn:ngsi-ld:Camera:pole"));
        QCOMPARE(wall->controller()->cameraAt(1), QStringLiteral("urn:ngsi-ld:Camera:south"));
    }

    void idleConsoleOpensByItselfLowOpensNothing() {
        Console c(this);
        AlertEngine& engine = c.engine;
        MainWindow& window = c.window;
        window.show();
        window.setAlarmIdleMs(0);  // nobody at the keyboard
        QVERIFY(window.showPage(QStringLiteral("admin")));
        Alert low = bell(QStringLiteral("urn:ngsi-ld:Camera:away"));
        low.category = AlertCategory::BinFull;
        low.severity = Severity::Low;
        engine.raise(low);
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("admin"));
        engine.raise(bell(QStringLiteral("urn:ngsi-ld:Camera:away")));
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("wall"));
        QVERIFY(!window.alarmBanner()->isVisible());
    }

    void aDeadStreamOnTheWallRaisesOneAlertPerOutage() {
        Console c(this);
        EntityStore& store = c.store;
        MainWindow& window = c.window;
        window.show();
        window.setAlarmIdleMs(60 * 60 * 1000);
        VideoWallPage* wall = window.wallPage();
        QVERIFY(wall);
        wall->controller()->setStreamTroubleMs(300);
        wall->controller()->assign(0, QStringLiteral("urn:ngsi-ld:Camera:away"));  // port 1: dead
        const auto degraded = [&] {
            QVector<Alert> out;
            for (const Alert& a : store.all<Alert>())
                if (a.category == AlertCategory::StreamDegraded) out << a;
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(degraded().size(), 1, 10000);
        QCOMPARE(degraded()[0].sourceId, QStringLiteral("urn:ngsi-ld:Camera:away"));
        QVERIFY(degraded()[0].description.contains(u"No picture"));
        // Placed at its camera, with the camera's name, so the queue and an incident can say where.
        QCOMPARE(degraded()[0].location,
                 store.get<Camera>(QStringLiteral("urn:ngsi-ld:Camera:away"))->location);
        QCOMPARE(degraded()[0].name.ko, QStringLiteral("urn:ngsi-ld:Camera:away"));
        QTest::qWait(2500);  // still dead: no second alert, no repeats piling up
        QCOMPARE(degraded().size(), 1);
        QCOMPARE(degraded()[0].repeatCount, 1);
    }
};

QTEST_MAIN(TestAlarmPopup)
#include "test_alarm_popup.moc"
