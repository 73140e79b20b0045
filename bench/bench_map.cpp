// Map frame time while panning: 10,000 markers (cameras with fields of view, lots, chargers,
// poles …) on the bundled Dong-gu base map, rendered offscreen to an image per step, against
// the baseline of the same view with the base layers only, in the same run. Two zooms: the home
// view (markers clustered) and street level (every marker and camera cone drawn).
// Prints mean and p95 frame times in ms.  Usage: bench_map [markers] [steps]
#include "ui/map_data.h"
#include "widgets/map_view.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>

using namespace bg;

namespace {

struct Figures {
    double meanMs = 0;
    double p95Ms = 0;
    int markersDrawn = 0;
    int clustersDrawn = 0;
};

QVector<MapMarker> makeMarkers(int n) {
    QRandomGenerator rng(20260401);  // the same markers in every run
    QVector<MapMarker> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        MapMarker m;
        m.id = QStringLiteral("bench:%1").arg(i);
        const int k = i % 20;
        m.kind = k < 14   ? MarkerKind::Camera
                 : k < 15 ? MarkerKind::ParkingLot
                 : k < 16 ? MarkerKind::ChargingStation
                 : k < 17 ? MarkerKind::SmartPole
                 : k < 18 ? MarkerKind::Crosswalk
                 : k < 19 ? MarkerKind::RecyclingMachine
                          : MarkerKind::Alert;
        // Two thirds in the dense north-west core, the rest anywhere in the district.
        if (i % 3 != 0) {
            m.lon = 126.907 + rng.bounded(0.033);
            m.lat = 35.140 + rng.bounded(0.022);
        } else {
            m.lon = 126.907 + rng.bounded(0.097);
            m.lat = 35.073 + rng.bounded(0.092);
        }
        m.name = m.id;
        m.headingDeg = rng.bounded(360.0);
        m.fovDeg = 70;
        m.rangeM = 40;
        if (m.kind == MarkerKind::ParkingLot) m.label = QStringLiteral("12/80");
        if (m.kind == MarkerKind::ChargingStation)
            m.segments = {Qt::green, Qt::blue, Qt::red, Qt::gray};
        if (m.kind == MarkerKind::RecyclingMachine) m.level = 0.6;
        out.append(m);
    }
    return out;
}

Figures pan(MapView& view, double zoom, int steps) {
    view.setZoom(zoom);
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QVector<double> ms;
    ms.reserve(steps);
    Figures f;
    for (int i = -10; i < steps; ++i) {  // 10 warm-up frames
        // A slow loop over the north-west core, where the roads and most markers are.
        const double a = 2 * std::numbers::pi * std::max(i, 0) / steps;
        view.centerOnGeo(126.924 + 0.012 * std::cos(a), 35.150 + 0.008 * std::sin(a));
        QElapsedTimer t;
        t.start();
        view.viewport()->render(&image);
        if (i >= 0) ms.append(t.nsecsElapsed() / 1e6);
        f.markersDrawn = std::max(f.markersDrawn, view.lastFrameStats().markers);
        f.clustersDrawn = std::max(f.clustersDrawn, view.lastFrameStats().clusters);
    }
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms) sum += v;
    f.meanMs = sum / ms.size();
    f.p95Ms = ms[std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))];
    return f;
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    const int steps = argc > 2 ? std::max(10, atoi(argv[2])) : 200;

    const MapData data = MapData::load();
    if (!data.errors.isEmpty())
        std::fprintf(stderr, "map data: %s\n", qPrintable(data.errors.join(u"; ")));
    MapView view;
    view.resize(1600, 900);
    view.setAreas(MapView::BaseLayer::Neighbours, data.neighbours);
    view.setAreas(MapView::BaseLayer::Dongs, data.dongs);
    view.setAreas(MapView::BaseLayer::District, data.district);
    view.setRoads(data.roads);
    view.setAttribution(QStringLiteral("bench"));
    view.show();
    QCoreApplication::processEvents();
    view.fitHome();
    const double home = view.zoom();
    const QVector<MapMarker> markers = makeMarkers(n);

    std::printf("bench_map: %d markers, %d panning steps, viewport %dx%d, offscreen raster\n", n,
                steps, view.viewport()->width(), view.viewport()->height());
    for (const auto& [label, zoom] : {std::pair{"home view (clustered)", home},
                                      std::pair{"street level (all markers, cones)", 1.6}}) {
        view.clearMarkers();
        const Figures base = pan(view, zoom, steps);
        QElapsedTimer load;
        load.start();
        view.setMarkers(markers);
        const double loadMs = load.nsecsElapsed() / 1e6;
        const Figures with = pan(view, zoom, steps);
        std::printf("%s, zoom %.3f px/m:\n", label, zoom);
        std::printf("  base layers only:   mean %6.2f ms  p95 %6.2f ms\n", base.meanMs, base.p95Ms);
        std::printf(
            "  with %5d markers: mean %6.2f ms  p95 %6.2f ms  (+%.2f ms mean; up to %d "
            "markers and %d bubbles drawn; setMarkers %.1f ms)\n",
            n, with.meanMs, with.p95Ms, with.meanMs - base.meanMs, with.markersDrawn,
            with.clustersDrawn, loadMs);
    }
    return 0;
}
