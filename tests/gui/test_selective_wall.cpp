// Selective monitoring on the real wall: with the mode on, the console fills the tiles from the
// alert queue (source camera first, then cameras that see the place), a better camera waits for
// a tile's minimum dwell, the operator's own wall comes back when the mode ends; and attention
// coverage counts what really played on a visible wall (real RTSP server), not what was merely
// assigned, and lists the rest.
#include "core/entity_store.h"
#include "services/alert_engine.h"
#include "services/selective_monitor.h"
#include "support/announcing_process.h"
#include "ui/camera_preview.h"
#include "ui/map_page.h"
#include "ui/models/attention_model.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "widgets/map_view.h"
#include "widgets/video_tile.h"
#include "widgets/video_wall.h"

#include <QAbstractItemModelTester>
#include <QHelpEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bg;

namespace {

/// A small picture is enough here.
struct RtspServer : testsupport::RtspServer {
    RtspServer() : testsupport::RtspServer({QStringLiteral("--size"), QStringLiteral("320x180")}) {}
};

const GeoPoint kPole{126.92, 35.15};

Camera camera(const QString& id, GeoPoint at, double heading, const QUrl& url) {
    Camera c;
    c.id = id;
    c.name = {id.section(u':', -1), id.section(u':', -1)};
    c.location = at;
    c.headingDeg = heading;
    c.fovDeg = 90;
    c.rangeM = 60;
    c.mainStreamUrl = url;
    c.subStreamUrl = url;
    return c;
}
QString cam(const char* name) {
    return QStringLiteral("urn:ngsi-ld:Camera:") + QString::fromLatin1(name);
}
Alert alert(const QString& source, AlertCategory category, Severity severity) {
    Alert a;
    a.category = category;
    a.severity = severity;
    a.sourceId = source;
    return a;
}

}  // namespace

class TestSelectiveWall : public QObject {
    Q_OBJECT
    QThread m_video;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { m_video.start(); }
    void cleanupTestCase() {
        m_video.quit();
        m_video.wait();
    }

    void wallFillsItselfAndGivesTheOperatorTheirWallBack() {
        RtspServer server;
        QVERIFY(server.url.isValid());
        EntityStore store;
        const double south = 30 / 110950.0;
        store.upsert(camera(cam("pole"), kPole, 0, server.url));
        store.upsert(camera(cam("south"), {kPole.lon, kPole.lat - south}, 0, server.url));
        store.upsert(camera(cam("away"), {kPole.lon, kPole.lat - south}, 180, server.url));
        // Far away from the pole and from each other: none sees another's place.
        int k = 0;
        for (const char* far : {"far1", "far2", "far3", "far4"})
            store.upsert(camera(cam(far), {kPole.lon + 0.01 * ++k, kPole.lat}, 0, server.url));
        SmartPole pole;
        pole.id = QStringLiteral("urn:ngsi-ld:Streetlight:pole-1");
        pole.location = kPole;
        pole.cameraId = cam("pole");
        store.upsert(pole);

        QDateTime now(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);
        AlertEngine engine(&store, nullptr, nullptr, nullptr, [&] { return now; });
        SelectivePolicy policy;
        policy.minDwellS = 20;
        SelectiveMonitor monitor(
            &store, &engine, nullptr, [&] { return now; }, policy);
        QSettings settings(m_dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        VideoWallPage page(&store, &m_video, &settings);
        page.setSelectiveMonitor(&monitor);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The operator's wall: 2×2 with two far cameras.
        page.setGrid(2);
        for (int i = 0; i < 4; ++i) page.controller()->assign(i, {});
        page.showCamera(cam("far1"));
        page.showCamera(cam("far2"));
        const QStringList operatorWall = page.controller()->cameras();

        // Selective mode: nothing is happening, so nothing is shown.
        page.findChild<QPushButton*>(QStringLiteral("selectiveButton"))->click();
        QVERIFY(page.isSelectiveMode());
        QCOMPARE(page.controller()->cameras(), QStringList(4, QString()));

        // The pole's emergency bell: its own camera, then the camera that sees the pole.
        engine.raise(alert(pole.id, AlertCategory::EmergencyBell, Severity::Critical));
        QCOMPARE(page.controller()->cameraAt(0), cam("pole"));
        QCOMPARE(page.controller()->cameraAt(1), cam("south"));
        QCOMPARE(page.controller()->cameraAt(2), QString());
        QVERIFY(page.wall()->tile(0)->caption().startsWith(u"Device: "));
        // Two more cameras with alerts fill the free tiles.
        now = now.addSecs(2);
        engine.raise(alert(cam("far3"), AlertCategory::Loitering, Severity::Medium));
        engine.raise(alert(cam("far4"), AlertCategory::Intrusion, Severity::High));
        QCOMPARE(page.controller()->cameraAt(2), cam("far3"));  // each as it came
        QCOMPARE(page.controller()->cameraAt(3), cam("far4"));
        QVERIFY(page.wall()->tile(2)->caption().startsWith(u"Alert: "));

        // A critical alert on a camera not shown: it waits out the weakest tile's dwell.
        now = now.addSecs(5);
        engine.raise(alert(cam("far1"), AlertCategory::Fall, Severity::Critical));
        QVERIFY(!page.controller()->cameras().contains(cam("far1")));
        now = now.addSecs(20);
        page.updateSelective();
        QCOMPARE(page.controller()->cameraAt(2), cam("far1"));  // took far3's tile (the weakest)
        QCOMPARE(page.controller()->cameraAt(0), cam("pole"));  // the others kept their places

        // Attention: the view timer reports the tiles that really play on the visible wall.
        QTRY_VERIFY_WITH_TIMEOUT(page.camerasInView().size() == 4, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.attention().lastViewed(cam("far1")) == now, 3000);
        QVERIFY(!monitor.attention().lastViewed(cam("away")).isValid());
        page.hide();  // a hidden wall is seen by nobody
        QVERIFY(page.camerasInView().isEmpty());
        page.show();
        // An alarm in selective mode: its cameras go in at once and the mode stays.
        page.showAlarm({cam("far2")});
        QVERIFY(page.isSelectiveMode());
        QVERIFY(page.controller()->cameras().contains(cam("far2")));
        QCOMPARE(page.controller()->cameraAt(0), cam("pole"));
        now = now.addSecs(1);
        page.updateSelective();  // and it is not thrown out again by the next plan
        QVERIFY(page.controller()->cameras().contains(cam("far2")));

        // The operator picks a camera: selective mode ends and their wall is back, plus it.
        page.showCamera(cam("away"));
        QVERIFY(!page.isSelectiveMode());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("selectiveButton"))->isChecked());
        QStringList expected = operatorWall;
        expected[2] = cam("away");
        QCOMPARE(page.controller()->cameras(), expected);
        for (int i = 0; i < 4; ++i) QVERIFY(page.wall()->tile(i)->caption().isEmpty());
        // The selective wall was never saved over the operator's.
        QCOMPARE(settings.value(QStringLiteral("wall/current/cameras")).toStringList(), expected);

        // Attention coverage 16 minutes on: the cameras on the wall now were just seen; the
        // others never or long ago — never first, then the longest unwatched (ties by id).
        now = now.addSecs(16 * 60);
        QTRY_VERIFY_WITH_TIMEOUT(page.camerasInView().size() == 3, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.attention().lastViewed(cam("away")) == now, 3000);
        AttentionModel* model = page.attentionModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setAttentionMinutes(15);
        // far3 never played (replaced at once), the other selective ones 16 min ago; far1, far2
        // and away are on the wall now.
        QCOMPARE(model->cameraIds(),
                 (QStringList{cam("far3"), cam("far4"), cam("pole"), cam("south")}));
        QCOMPARE(model->index(0, AttentionModel::LastViewedColumn).data().toString(),
                 QStringLiteral("not since start"));
        QCOMPARE(model->index(1, AttentionModel::LastViewedColumn).data().toString(),
                 QStringLiteral("12:00"));  // 03:00:27 UTC, in Seoul
        QCOMPARE(model->index(0, AttentionModel::MinutesColumn).data(AttentionModel::MinutesRole),
                 QVariant(16));
        // A longer threshold takes effect at once, in the list and in its label.
        page.setAttentionMinutes(17);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("attentionLabel"))->text().contains(u"17"));
    }

    void hoveringACameraOnTheMapShowsItsPicture() {
        RtspServer server;
        QVERIFY(server.url.isValid());
        EntityStore store;
        store.upsert(camera(cam("street"), kPole, 0, server.url));
        store.upsert(camera(cam("dead"), {kPole.lon + 0.002, kPole.lat}, 0,
                            QUrl(QStringLiteral("rtsp://127.0.0.1:1/none"))));
        QSettings settings(m_dir.filePath(QStringLiteral("map.ini")), QSettings::IniFormat);
        VideoWallPage wall(&store, &m_video, &settings);
        MapPage map(&store);
        CameraPreviewProvider provider(&store, wall.controller(), &m_video);
        map.setPreviewProvider(&provider);
        map.resize(1200, 800);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        MapView* view = map.view();
        view->setZoom(2);
        view->centerOnGeo(kPole.lon, kPole.lat);
        const auto hover = [&](const GeoPoint& at) {
            const QPoint pos = view->viewportPos(at.lon, at.lat).toPoint();
            QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
            QCoreApplication::sendEvent(view->viewport(), &help);
        };
        QSignalSpy ready(&provider, &CameraPreviewProvider::ready);
        // Not on the wall: a snapshot from its sub stream.
        hover(kPole);
        QVERIFY(map.previewPopup()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 8000);
        QCOMPARE(ready[0][0].toString(), cam("street"));
        QVERIFY(!ready[0][1].value<QImage>().isNull());
        QCOMPARE(ready[0][3].toBool(), false);
        QVERIFY(map.previewPopup()->statusText().startsWith(u"Snapshot"));
        // Moving off the marker hides it.
        QTest::mouseMove(view->viewport(), QPoint(7, 7));
        QVERIFY(!map.previewPopup()->isVisible());
        // A second look within the minute comes from the snapshot cache, at once.
        hover(kPole);
        QCOMPARE(ready.size(), 2);
        // On the wall: the live picture.
        wall.resize(800, 500);
        wall.show();  // a hidden wall does not pull pictures
        wall.showCamera(cam("street"));
        QTRY_VERIFY_WITH_TIMEOUT(!wall.controller()->latestFrame(cam("street")).isNull(), 8000);
        QTest::mouseMove(view->viewport(), QPoint(10, 10));
        hover(kPole);
        QCOMPARE(ready.size(), 3);
        QCOMPARE(ready[2][3].toBool(), true);
        QVERIFY(map.previewPopup()->statusText().startsWith(u"Live"));
        // A camera that sends nothing says so instead of hanging.
        QSignalSpy failed(&provider, &CameraPreviewProvider::failed);
        QTest::mouseMove(view->viewport(), QPoint(13, 13));
        hover({kPole.lon + 0.002, kPole.lat});
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QCOMPARE(map.previewPopup()->statusText(), QStringLiteral("No picture"));
    }
};

QTEST_MAIN(TestSelectiveWall)
#include "test_selective_wall.moc"
