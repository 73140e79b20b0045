// The map widget without any page: grid clustering (counts, nothing lost, deterministic),
// hit-testing at several zoom levels, clicks and tooltips, layer toggles (hidden markers are
// neither hit nor drawn), zoom about the cursor, keyboard navigation and the scale bar lengths.
#include "widgets/map_view.h"
#include "widgets/marker_cluster.h"
#include "widgets/marker_painter.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace bg;

namespace {

MapMarker marker(const QString& id, MarkerKind kind, double lon, double lat) {
    MapMarker m;
    m.id = id;
    m.kind = kind;
    m.lon = lon;
    m.lat = lat;
    m.name = id;
    m.state = QStringLiteral("state of ") + id;
    return m;
}

/// A square around Dong-gu's north-west core, as a district outline for `fitHome`.
MapArea square() {
    return {
        QStringLiteral("square"),
        {{{126.90, 35.13}, {126.95, 35.13}, {126.95, 35.17}, {126.90, 35.17}, {126.90, 35.13}}}};
}

QImage render(MapView& view) {
    return view.viewport()->grab().toImage();
}

/// True when the pixel at `pos` is close to `colour` (antialiasing aside).
bool near(const QImage& image, QPointF pos, QColor colour) {
    const QColor c = image.pixelColor(pos.toPoint());
    return std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
               std::abs(c.blue() - colour.blue()) <
           60;
}

}  // namespace

class TestMapView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clusteringKeepsEveryMarkerOnce() {
        QVector<ClusterInput> in;
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 5000; ++i)
            in.append({QPointF(rng->bounded(10000.0) - 5000, rng->bounded(10000.0) - 5000),
                       i % 3 == 0 ? MarkerKind::ParkingLot : MarkerKind::Camera});
        const auto clusters = clusterMarkers(in, 500);
        QVector<int> seen(in.size(), 0);
        for (const MarkerCluster& c : clusters) {
            QVERIFY(!c.members.isEmpty());
            const QPointF cell(std::floor(in[c.members[0]].pos.x() / 500),
                               std::floor(in[c.members[0]].pos.y() / 500));
            QPointF sum;
            for (int m : c.members) {
                ++seen[m];
                QCOMPARE(in[m].kind, c.kind);  // one kind per bubble
                QCOMPARE(QPointF(std::floor(in[m].pos.x() / 500), std::floor(in[m].pos.y() / 500)),
                         cell);
                sum += in[m].pos;
            }
            QVERIFY(QLineF(c.center, sum / c.members.size()).length() < 1e-6);
            QVERIFY(std::is_sorted(c.members.cbegin(), c.members.cend()));
        }
        QVERIFY(std::all_of(seen.cbegin(), seen.cend(), [](int n) { return n == 1; }));
        QVERIFY(clusters.size() <= 2 * 20 * 20 + 2 * 21 * 21);  // at most kinds × cells
        // The same input gives the same clusters, in the same order.
        const auto again = clusterMarkers(in, 500);
        QCOMPARE(again.size(), clusters.size());
        for (int i = 0; i < clusters.size(); ++i) QCOMPARE(again[i].members, clusters[i].members);
    }

    void clusterCounts() {
        // Three cameras in cell (0,0), one in (1,0), a lot in (0,0), a camera at -1 → cell -1.
        const QVector<ClusterInput> in{
            {{10, 10}, MarkerKind::Camera},     {{90, 20}, MarkerKind::Camera},
            {{150, 50}, MarkerKind::Camera},    {{50, 99}, MarkerKind::Camera},
            {{40, 40}, MarkerKind::ParkingLot}, {{-1, 5}, MarkerKind::Camera}};
        const auto c = clusterMarkers(in, 100);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[0].members, (QVector<int>{0, 1, 3}));
        QCOMPARE(c[0].center, QPointF(50, 43));
        QCOMPARE(c[1].members, QVector<int>{2});
        QCOMPARE(c[2].members, QVector<int>{4});
        QCOMPARE(c[2].kind, MarkerKind::ParkingLot);
        QCOMPARE(c[3].members, QVector<int>{5});
        QCOMPARE(clusterMarkers(in, 0).size(), in.size());  // no clustering
    }

    void niceScaleLengths() {
        QCOMPARE(MapView::niceScaleLength(1234), 1000.0);
        QCOMPARE(MapView::niceScaleLength(2500), 2000.0);
        QCOMPARE(MapView::niceScaleLength(999), 500.0);
        QCOMPARE(MapView::niceScaleLength(7.5), 5.0);
        QCOMPARE(MapView::niceScaleLength(50), 50.0);
        QCOMPARE(MapView::niceScaleLength(0), 0.0);
    }

    void hitTestingAtSeveralZooms() {
        MapView view;
        view.resize(800, 600);
        view.setAreas(MapView::BaseLayer::District, {square()});
        QVector<MapMarker> markers;
        for (int i = 0; i < 20; ++i)
            markers.append(marker(QStringLiteral("cam%1").arg(i), MarkerKind::Camera,
                                  126.905 + 0.002 * i, 35.135 + 0.0015 * i));
        view.setMarkers(markers);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (double zoom : {MapView::kNoClusterZoom, 1.5, 3.0, 7.5}) {
            view.setZoom(zoom);
            QCOMPARE(view.zoom(), zoom);
            QVERIFY(!view.isClustering());
            for (const MapMarker& m : std::as_const(markers)) {
                view.centerOnGeo(m.lon + 0.0001, m.lat - 0.0001);  // not dead centre
                const QPointF at = view.viewportPos(m.lon, m.lat);
                QVERIFY(QRectF(view.viewport()->rect()).contains(at));
                const auto hit = view.hitTest(at + QPointF(3, -2));
                QVERIFY2(
                    hit.id == m.id,
                    qPrintable(QStringLiteral("zoom %1: %2 found %3").arg(zoom).arg(m.id, hit.id)));
                QCOMPARE(hit.count, 1);
                QVERIFY(!view.hitTest(at + QPointF(30, 30)).isValid() || zoom < 1);
            }
        }
        // Zoomed out the markers share bubbles: a hit finds the bubble and its members.
        view.setZoom(0.03);
        QVERIFY(view.isClustering());
        const QPointF at = view.viewportPos(markers[10].lon, markers[10].lat);
        const auto hit = view.hitTest(at);
        QVERIFY(hit.count > 1);
        QVERIFY(hit.id.isEmpty());
        QVERIFY(hit.ids.contains(QStringLiteral("cam10")));
        QVERIFY(view.toolTipAt(hit.pos).contains(u"click to zoom in"));
    }

    void clickActivatesCameraAndTooltipNamesIt() {
        MapView view;
        view.resize(640, 480);
        view.setMarkers({marker(QStringLiteral("cam"), MarkerKind::Camera, 126.92, 35.15),
                         marker(QStringLiteral("lot"), MarkerKind::ParkingLot, 126.921, 35.15)});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(2);
        view.centerOnGeo(126.9205, 35.15);
        QSignalSpy cameras(&view, &MapView::cameraActivated);
        QSignalSpy clicks(&view, &MapView::markerClicked);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.viewportPos(126.92, 35.15).toPoint());
        QCOMPARE(cameras.size(), 1);
        QCOMPARE(cameras[0][0].toString(), QStringLiteral("cam"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          view.viewportPos(126.921, 35.15).toPoint());
        QCOMPARE(clicks.size(), 2);
        QCOMPARE(clicks[1][0].toString(), QStringLiteral("lot"));
        QCOMPARE(cameras.size(), 1);  // a parking lot is not a camera
        QCOMPARE(view.toolTipAt(view.viewportPos(126.92, 35.15)),
                 QStringLiteral("cam\nstate of cam"));
        QVERIFY(view.toolTipAt(view.viewportPos(126.93, 35.16)).isEmpty());
    }

    void hiddenLayersAreNeitherHitNorDrawn() {
        MapView view;
        view.resize(400, 300);
        MapMarker lot = marker(QStringLiteral("lot"), MarkerKind::ParkingLot, 126.92, 35.15);
        lot.color = QColor(0, 200, 0);
        view.setMarkers({lot});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(2);
        view.centerOnGeo(126.92, 35.15);
        // Off the P glyph, inside the body.
        const QPointF at = view.viewportPos(126.92, 35.15) + QPointF(-6, 6);
        QVERIFY(near(render(view), at, lot.color));
        QCOMPARE(view.lastFrameStats().markers, 1);
        QVERIFY(view.hitTest(at).isValid());

        view.setLayerVisible(MarkerKind::ParkingLot, false);
        QVERIFY(!view.isLayerVisible(MarkerKind::ParkingLot));
        QVERIFY(!view.hitTest(at).isValid());
        QVERIFY(!near(render(view), at, lot.color));
        QCOMPARE(view.lastFrameStats().markers, 0);
        QCOMPARE(view.markerCount(), 1);  // hidden, not removed

        view.setLayerVisible(MarkerKind::ParkingLot, true);
        QVERIFY(near(render(view), at, lot.color));
        QVERIFY(view.removeMarker(QStringLiteral("lot")));
        QVERIFY(!view.hitTest(at).isValid());
        QCOMPARE(view.markerCount(), 0);
    }

    void updateMarkerReplacesById() {
        MapView view;
        view.updateMarker(marker(QStringLiteral("a"), MarkerKind::Camera, 126.92, 35.15));
        MapMarker moved = marker(QStringLiteral("a"), MarkerKind::Camera, 126.93, 35.16);
        moved.state = QStringLiteral("offline");
        view.updateMarker(moved);
        QCOMPARE(view.markerCount(), 1);
        QCOMPARE(view.marker(QStringLiteral("a"))->state, QStringLiteral("offline"));
        QCOMPARE(view.markerCount(MarkerKind::Camera), 1);
        view.removeMarkers(MarkerKind::Camera);
        QCOMPARE(view.markerCount(), 0);
    }

    void wheelZoomsAboutTheCursorAndKeysNavigate() {
        MapView view;
        view.resize(800, 600);
        view.setAreas(MapView::BaseLayer::District, {square()});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const double home = view.zoom();
        QVERIFY(home > MapView::kMinZoom && home < 1);
        const QPointF cursor(600, 150);
        const QPointF before = view.geoAt(cursor);
        QWheelEvent wheel(cursor, view.viewport()->mapToGlobal(cursor), {}, QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.viewport(), &wheel);
        QVERIFY(std::abs(view.zoom() - home * 1.5625) < 1e-9);
        const QPointF after = view.geoAt(cursor);
        // The place under the cursor stays there (within a pixel).
        QVERIFY(std::abs(after.x() - before.x()) < view.metresPerPixel() / 80000);
        QVERIFY(std::abs(after.y() - before.y()) < view.metresPerPixel() / 80000);

        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(std::abs(view.zoom() - home * 1.5625 * 1.5) < 1e-9);
        QTest::keyClick(&view, Qt::Key_Minus);
        const QPointF centre = view.geoAt(QRectF(view.viewport()->rect()).center());
        QTest::keyClick(&view, Qt::Key_Right);
        QVERIFY(view.geoAt(QRectF(view.viewport()->rect()).center()).x() > centre.x());
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(std::abs(view.zoom() - home) < 1e-9);
        // The scale bar's length reads the same as the view: a kilometre or so at home zoom.
        QVERIFY(view.metresPerPixel() > 1 && view.metresPerPixel() < 20);
    }

    void tenThousandMarkersClusterAtHomeZoom() {
        MapView view;
        view.resize(1200, 800);
        view.setAreas(MapView::BaseLayer::District, {square()});
        QVector<MapMarker> markers;
        auto* rng = QRandomGenerator::global();
        for (int i = 0; i < 10000; ++i)
            markers.append(marker(QStringLiteral("m%1").arg(i), MarkerKind::Camera,
                                  126.90 + rng->bounded(0.05), 35.13 + rng->bounded(0.04)));
        view.setMarkers(markers);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        render(view);
        const auto stats = view.lastFrameStats();
        QVERIFY(stats.clusters > 10);
        QVERIFY2(stats.clusters + stats.markers < 1000,
                 qPrintable(QString::number(stats.clusters)));
    }
};

QTEST_MAIN(TestMapView)
#include "test_map_view.moc"
