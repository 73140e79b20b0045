// The video wall against real RTSP servers: a camera dropped on a tile plays its sub stream,
// maximising switches to the main stream and restoring goes back, layouts switch and persist by
// name, the camera list filters, and a camera that refuses our password says so on its tile.
#include "core/entity_store.h"
#include "support/announcing_process.h"
#include "ui/models/camera_list_model.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "video/analytics/analytics_engine.h"
#include "widgets/video_tile.h"
#include "widgets/video_wall.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace bg;

namespace {

using testsupport::RtspServer;

Camera camera(const QString& id, const QString& name, const QUrl& main, const QUrl& sub) {
    Camera c;
    c.id = id;
    c.name = {name, name};
    c.location = {126.92, 35.15};
    c.mainStreamUrl = main;
    c.subStreamUrl = sub;
    return c;
}

}  // namespace

class TestVideoWall : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QThread m_video;

private Q_SLOTS:
    void initTestCase() { m_video.start(); }
    void cleanupTestCase() {
        m_video.quit();
        m_video.wait();
    }

    void cameraListFollowsTheStore() {
        EntityStore store;
        CameraListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QUrl u(QStringLiteral("rtsp://127.0.0.1:1/x"));
        store.upsert(
            camera(QStringLiteral("urn:ngsi-ld:Camera:b"), QStringLiteral("충장로 2"), u, u));
        store.upsert(
            camera(QStringLiteral("urn:ngsi-ld:Camera:a"), QStringLiteral("금남로 1"), u, u));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("금남로 1"));  // sorted
        store.upsert(
            camera(QStringLiteral("urn:ngsi-ld:Camera:a"), QStringLiteral("학동 3"), u, u));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("학동 3"));  // re-sorted
        store.remove(QStringLiteral("urn:ngsi-ld:Camera:b"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(CameraListModel::IdRole).toString(),
                 QStringLiteral("urn:ngsi-ld:Camera:a"));
        QVERIFY(model.mimeData({model.index(0)})->hasFormat(CameraListModel::cameraMimeType()));
    }

    void streamPolicy() {
        QVERIFY(wantsMainStream(1, false));
        QVERIFY(!wantsMainStream(2, false));
        QVERIFY(wantsMainStream(2, true));
        QVERIFY(!wantsMainStream(5, false));  // 25 tiles: sub streams
        QVERIFY(wantsMainStream(8, true));
    }

    void playsSubMaximisesToMainAndPersists() {
        RtspServer mainServer({QStringLiteral("--size"), QStringLiteral("1280x720")});
        RtspServer subServer({QStringLiteral("--size"), QStringLiteral("640x360")});
        QVERIFY(mainServer.url.isValid() && subServer.url.isValid());
        EntityStore store;
        const QString id = QStringLiteral("urn:ngsi-ld:Camera:cctv-1");
        store.upsert(camera(id, QStringLiteral("대인시장 입구"), mainServer.url, subServer.url));
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:cctv-2"), QStringLiteral("금남로"),
                            mainServer.url, subServer.url));
        QSettings settings(m_dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        {
            VideoWallPage page(&store, &m_video, &settings);
            page.resize(1200, 800);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));

            // The search box filters the camera list.
            page.findChild<QLineEdit*>(QStringLiteral("cameraSearch"))
                ->setText(QStringLiteral("대인"));
            QCOMPARE(page.cameraList()->model()->rowCount(), 1);

            page.setGrid(2);
            Q_EMIT page.wall()->tile(0)->cameraDropped(id);  // as a drop from the list does
            VideoTile* tile = page.wall()->tile(0);
            QTRY_COMPARE_WITH_TIMEOUT(tile->state(), VideoTile::State::Playing, 15000);
            QCOMPARE(page.controller()->playingUrl(0), subServer.url);
            QTRY_VERIFY_WITH_TIMEOUT(tile->framesShown() > 10, 5000);
            QVERIFY(tile->badgeText().contains(u"sub"));
            page.controller()->assign(3, QStringLiteral("urn:ngsi-ld:Camera:cctv-2"));
            QTest::qWait(1500);
            if (const QString dir = qEnvironmentVariable("BITGOEUL_TEST_SHOTS"); !dir.isEmpty())
                page.grab().save(dir + QStringLiteral("/wall.png"));  // for a person to look at

            tile->setFocus();
            QTest::mouseDClick(tile, Qt::LeftButton);  // maximise → main stream
            QCOMPARE(page.wall()->maximisedIndex(), 0);
            QCOMPARE(page.controller()->playingUrl(0), mainServer.url);
            QTRY_COMPARE_WITH_TIMEOUT(tile->state(), VideoTile::State::Playing, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(tile->badgeText().contains(u"main"), 5000);
            QTest::mouseDClick(tile, Qt::LeftButton);  // restore → sub stream
            QCOMPARE(page.wall()->maximisedIndex(), -1);
            QCOMPARE(page.controller()->playingUrl(0), subServer.url);

            page.setGrid(3);
            QCOMPARE(page.wall()->tileCount(), 9);
            QCOMPARE(page.controller()->cameraAt(0), id);  // the camera stays
            page.setGrid(1);
            QCOMPARE(page.controller()->playingUrl(0), mainServer.url);  // one tile: main
            page.setGrid(8);
            QCOMPARE(page.wall()->tileCount(), 64);
            QCOMPARE(page.controller()->playingUrl(0), subServer.url);

            page.setGrid(3);
            page.controller()->assign(4, QStringLiteral("urn:ngsi-ld:Camera:cctv-2"));
            page.saveLayout(QStringLiteral("야간"));
            page.setGrid(2);
            page.controller()->assign(0, {});
            QVERIFY(page.loadLayout(QStringLiteral("야간")));
            QCOMPARE(page.wall()->gridSize(), 3);
            QCOMPARE(page.controller()->cameraAt(0), id);
            QCOMPARE(page.controller()->cameraAt(4), QStringLiteral("urn:ngsi-ld:Camera:cctv-2"));
            QVERIFY(!page.loadLayout(QStringLiteral("없는 배치")));

            page.popOut(true);
            QVERIFY(page.isPoppedOut());
            QVERIFY(page.wall()->window() != page.window());
            page.popOut(false);
            QVERIFY(!page.isPoppedOut());
            QCOMPARE(page.wall()->window(), page.window());
        }
        VideoWallPage again(&store, &m_video, &settings);  // the next start
        QCOMPARE(again.wall()->gridSize(), 3);
        QCOMPARE(again.controller()->cameraAt(4), QStringLiteral("urn:ngsi-ld:Camera:cctv-2"));
        QCOMPARE(again.layoutNames(), QStringList{QStringLiteral("야간")});
    }

    void aiBoxesFollowTheLiveTile() {
        RtspServer server({QStringLiteral("--size"), QStringLiteral("640x360")});
        EntityStore store;
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:ai"), QStringLiteral("AI 카메라"),
                            server.url, server.url));
        // The motion fallback sees the test pattern's moving ball; no model needed for that.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no-model.onnx")));
        AnalyticsEngine engine({QStringLiteral("/nowhere/no-model.onnx")}, 1);
        VideoWallPage page(&store, &m_video, nullptr);
        page.controller()->setAnalytics(&engine, 1);
        page.resize(900, 600);
        page.show();
        page.controller()->assign(0, QStringLiteral("urn:ngsi-ld:Camera:ai"));
        page.controller()->assign(1, QStringLiteral("urn:ngsi-ld:Camera:ai"));
        VideoTile* tile = page.wall()->tile(0);
        QTRY_VERIFY_WITH_TIMEOUT(page.controller()->isAnalysed(0), 10000);
        QVERIFY(!page.controller()->isAnalysed(1));  // the budget is one camera
        QTRY_VERIFY_WITH_TIMEOUT(tile->overlayShown(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(tile->badgeText().contains(u"AI "), 5000);
        tile->setOverlayEnabled(false);  // as the context menu does
        Q_EMIT tile->overlayToggled(false);
        QVERIFY(!page.controller()->isAnalysed(0));
        QVERIFY(page.controller()->isAnalysed(1));  // the freed budget goes to the next tile
        QVERIFY(!tile->overlayShown());
    }

    void rulesDrawnOnATileRaiseEvents() {
        RtspServer server({QStringLiteral("--size"), QStringLiteral("640x360")});
        EntityStore store;
        const QString id = QStringLiteral("urn:ngsi-ld:Camera:rules");
        store.upsert(camera(id, QStringLiteral("규칙 카메라"), server.url, server.url));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no-model.onnx")));
        AnalyticsEngine engine({QStringLiteral("/nowhere/no-model.onnx")},
                               1);  // motion sees the ball
        QSettings settings(m_dir.filePath(QStringLiteral("rules.ini")), QSettings::IniFormat);
        VideoWallPage page(&store, &m_video, nullptr);
        page.controller()->setAnalytics(&engine, 1);
        page.controller()->setRuleSettings(&settings);
        page.resize(900, 600);
        page.show();
        page.setGrid(1);
        page.controller()->assign(0, id);
        VideoTile* tile = page.wall()->tile(0);
        QTRY_COMPARE_WITH_TIMEOUT(tile->state(), VideoTile::State::Playing, 15000);

        // The operator asks for a zone and clicks three corners, then Enter.
        Q_EMIT tile->ruleRequested(QStringLiteral("zoneIntrusion"));
        QVERIFY(tile->isDrawing());
        const QRect r = tile->pictureRect();
        for (const QPointF& n : {QPointF(0.02, 0.02), QPointF(0.98, 0.02), QPointF(0.98, 0.98)})
            QTest::mouseClick(
                tile, Qt::LeftButton, {},
                QPoint(r.x() + int(n.x() * r.width()), r.y() + int(n.y() * r.height())));
        QTest::mouseClick(tile, Qt::LeftButton, {}, QPoint(r.x() + 5, r.bottom() - 5));
        QTest::keyClick(tile, Qt::Key_Return);
        QVERIFY(!tile->isDrawing());
        QVector<Rule> rules = page.controller()->rulesFor(id);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0].kind, RuleKind::ZoneIntrusion);
        QCOMPARE(rules[0].zone.size(), 4);
        QVERIFY(qAbs(rules[0].zone[1].x() - 0.98) < 0.02);  // normalised, not pixels
        QVERIFY(
            settings.value(QStringLiteral("rules/") + id).toString().contains(u"zoneIntrusion"));

        // Any class, at once: the ball the motion detector follows raises an event.
        rules[0].classes.clear();
        rules[0].minDwellMs = 0;
        QSignalSpy events(page.controller(), &WallController::ruleEvent);
        page.controller()->setRulesFor(id, rules);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 15000);
        QCOMPARE(events[0][0].toString(), id);
        QVERIFY(!events[0][2].value<QImage>().isNull());  // the snapshot of the moment

        Q_EMIT tile->rulesCleared();
        QVERIFY(page.controller()->rulesFor(id).isEmpty());
        QVERIFY(!settings.contains(QStringLiteral("rules/") + id));
    }

    void unauthorizedTile() {
        RtspServer server({QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--password"), QStringLiteral("right")});
        QUrl url = server.url;
        url.setUserName(QStringLiteral("admin"));
        url.setPassword(QStringLiteral("wrong"));
        EntityStore store;
        store.upsert(camera(QStringLiteral("urn:ngsi-ld:Camera:locked"),
                            QStringLiteral("잠긴 카메라"), url, url));
        VideoWallPage page(&store, &m_video, nullptr);
        page.show();
        page.controller()->assign(0, QStringLiteral("urn:ngsi-ld:Camera:locked"));
        QTRY_COMPARE_WITH_TIMEOUT(page.wall()->tile(0)->state(), VideoTile::State::Unauthorized,
                                  15000);
        QVERIFY(page.wall()->tile(0)->stateText().contains(u"password"));
    }
};

QTEST_MAIN(TestVideoWall)
#include "test_video_wall.moc"
