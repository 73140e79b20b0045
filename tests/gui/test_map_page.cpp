// The Map page fed from an EntityStore: markers follow the store, the bundled public data is on
// the map, layer toggles and search work, and a camera clicked on the map plays on the video
// wall of the same main window.
#include "core/entity_store.h"
#include "ui/main_window.h"
#include "ui/map_page.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "widgets/map_view.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {

Camera camera(const QString& id, const QString& name, double lon, double lat) {
    Camera c;
    c.id = id;
    c.name = {name, name};
    c.location = {lon, lat};
    c.dong = QStringLiteral("충장동");
    c.headingDeg = 90;
    c.status = CameraStatus::Online;
    // Nothing listens there: the tile tries and shows that it reconnects, which is all we need.
    c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:9/sub"));
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:9/main"));
    return c;
}

ParkingLot lot(const QString& id, int free, int total) {
    ParkingLot p;
    p.id = id;
    p.name = {QStringLiteral("대인시장 제1주차장"), QStringLiteral("Daein Market Lot 1")};
    p.address = QStringLiteral("광주광역시 동구 제봉로 194");
    p.location = {126.9195, 35.1530};
    p.totalSpots = total;
    p.availableSpots = free;
    return p;
}

/// With BITGOEUL_TEST_SHOTS=DIR set, saves what the test looked at, for a person to look at too.
void keepShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("BITGOEUL_TEST_SHOTS");
    if (!dir.isEmpty()) w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

SystemInfo info() {
    SystemInfo i;
    i.appVersion = QStringLiteral("0.1.0");
    return i;
}

}  // namespace

class TestMapPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bundledDataIsOnTheMap() {
        MapPage page(nullptr);
        QVERIFY2(page.dataErrors().isEmpty(), qPrintable(page.dataErrors().join(u'\n')));
        QCOMPARE(page.view()->markerCount(MarkerKind::ChildZone), 32);
        QCOMPARE(page.view()->markerCount(MarkerKind::EnforcementCamera), 21);
        QVERIFY(!page.view()->attribution().isEmpty());
        page.resize(1900, 1200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->viewport()->grab();
        qDebug() << page.view()->size() << page.view()->zoom()
                 << page.view()->lastFrameStats().dongLabels;
        // Nearly all of the 13 dongs are named at the home zoom, even with the long English
        // names; names never overlap, so the smallest core dongs wait for the next zoom step.
        QVERIFY2(page.view()->lastFrameStats().dongLabels >= 11,
                 qPrintable(QString::number(page.view()->lastFrameStats().dongLabels)));
        page.view()->zoomBy(2, page.view()->viewportPos(126.925, 35.150));
        page.view()->viewport()->grab();
        QVERIFY(page.view()->lastFrameStats().dongLabels >= 9);
        QCOMPARE(page.view()->lastFrameStats().roadLabels, 0);  // names only when zoomed in
        page.view()->setZoom(0.8);
        page.view()->centerOnGeo(126.9200, 35.1480);  // 금남로, 중앙로 around the old city hall
        page.view()->viewport()->grab();
        keepShot(&page, QStringLiteral("map-roads"));
        QVERIFY(page.view()->lastFrameStats().roadLabels >= 5);
        QVERIFY(page.search(QStringLiteral("충장동")));
        QCOMPARE(page.view()->highlightedArea().isEmpty(), false);
    }

    void markersFollowTheStore() {
        EntityStore store;
        MapPage page(&store);
        store.upsert(
            camera(QStringLiteral("urn:cam:1"), QStringLiteral("금남로 1"), 126.9190, 35.1480));
        store.upsertMany(
            {camera(QStringLiteral("urn:cam:2"), QStringLiteral("금남로 2"), 126.9200, 35.1485),
             lot(QStringLiteral("urn:lot:1"), 12, 80)});
        QCOMPARE(page.view()->markerCount(MarkerKind::Camera), 2);
        const MapMarker* m = page.view()->marker(QStringLiteral("urn:lot:1"));
        QVERIFY(m);
        QCOMPARE(m->label, QStringLiteral("12/80"));
        store.upsert(lot(QStringLiteral("urn:lot:1"), 2, 80));
        QCOMPARE(page.view()->marker(QStringLiteral("urn:lot:1"))->label, QStringLiteral("2/80"));
        // Nearly full: red, not the colour of a lot with room.
        QVERIFY(page.view()->marker(QStringLiteral("urn:lot:1"))->color != m->color ||
                m->color.red() > 200);
        store.remove(QStringLiteral("urn:cam:2"));
        QCOMPARE(page.view()->markerCount(MarkerKind::Camera), 1);

        Alert a;
        a.id = QStringLiteral("urn:alert:1");
        a.sourceId = QStringLiteral("urn:cam:1");  // no place of its own: at its camera
        a.description = QStringLiteral("Loitering");
        a.raisedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.upsert(a));
        QVERIFY(page.view()->marker(a.id));
        QVERIFY(page.view()->marker(a.id)->flashing);
        QCOMPARE(page.view()->marker(a.id)->lon, 126.9190);
        a.state = AlertState::Resolved;
        QVERIFY(store.upsert(a));
        QVERIFY(!page.view()->marker(a.id));

        // A crossing blinks while an alert it raised waits for acknowledgement.
        Crosswalk x;
        x.id = QStringLiteral("urn:crosswalk:1");
        x.name = {QStringLiteral("산수동 횡단보도"), QStringLiteral("Sansu-dong crossing")};
        x.location = {126.9210, 35.1490};
        x.phase = SignalPhase::Red;
        QVERIFY(store.upsert(x));
        QVERIFY(!page.view()->marker(x.id)->flashing);
        Alert red;
        red.id = QStringLiteral("urn:alert:2");
        red.category = AlertCategory::CrosswalkRedLight;
        red.sourceId = x.id;
        red.raisedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.upsert(red));
        QVERIFY(page.view()->marker(x.id)->flashing);
        red.state = AlertState::Acknowledged;
        QVERIFY(store.upsert(red));
        QVERIFY(!page.view()->marker(x.id)->flashing);

        // Toggles hide layers; search by address finds the lot and shows its layer again.
        page.layerToggle(MarkerKind::ParkingLot)->setChecked(false);
        QVERIFY(!page.view()->isLayerVisible(MarkerKind::ParkingLot));
        QVERIFY(page.search(QStringLiteral("제봉로")));
        QCOMPARE(page.view()->highlightedMarker(), QStringLiteral("urn:lot:1"));
        QVERIFY(page.view()->isLayerVisible(MarkerKind::ParkingLot));
        QVERIFY(!page.search(QStringLiteral("no such place")));
    }

    void clickingACameraPutsItOnTheWall() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        EntityStore store;
        store.upsertMany(
            {camera(QStringLiteral("urn:cam:1"), QStringLiteral("금남로 1"), 126.9190, 35.1480),
             camera(QStringLiteral("urn:cam:2"), QStringLiteral("금남로 2"), 126.9230, 35.1500)});
        MainWindow window({&store, nullptr, nullptr, &settings, info()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("map")));
        auto* map = qobject_cast<MapPage*>(window.currentPage());
        QVERIFY(map);
        MapView* view = map->view();
        view->setZoom(2);
        view->centerOnGeo(126.9230, 35.1500);
        keepShot(&window, QStringLiteral("map-street"));
        QSignalSpy activated(map, &MapPage::cameraActivated);
        const QPoint at = view->viewportPos(126.9230, 35.1500).toPoint();
        QVERIFY(view->rect().contains(at));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("wall"));
        auto* wall = qobject_cast<VideoWallPage*>(window.currentPage());
        QVERIFY(wall);
        QVERIFY2(wall->controller()->cameras().contains(QStringLiteral("urn:cam:2")),
                 qPrintable(wall->controller()->cameras().join(u',')));
        QCOMPARE(wall->controller()->cameraAt(0), QStringLiteral("urn:cam:2"));

        // The next camera goes to the next empty tile.
        QVERIFY(window.showPage(QStringLiteral("map")));
        view->centerOnGeo(126.9190, 35.1480);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->viewportPos(126.9190, 35.1480).toPoint());
        QCOMPARE(wall->controller()->cameraAt(1), QStringLiteral("urn:cam:1"));
    }
};

QTEST_MAIN(TestMapPage)
#include "test_map_page.moc"
