#include "widgets/map_view.h"

#include "core/web_mercator.h"
#include "widgets/marker_painter.h"

#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

namespace bg {

namespace {

// A point near the middle of Gwangju keeps scene coordinates small (metres from here), which
// keeps float rasterisation exact at street zoom.
constexpr double kOriginLon = 126.92;
constexpr double kOriginLat = 35.15;
constexpr double kClusterCellPx = 64;
constexpr double kHitSlackPx = 3;

const QColor kBackground(0x0b, 0x0f, 0x15);
const QColor kNeighbourFill(0x12, 0x17, 0x1f);
const QColor kNeighbourEdge(0x2a, 0x31, 0x3d);
const QColor kDongFill(0x17, 0x1e, 0x29);
const QColor kDongEdge(0x3a, 0x45, 0x57);
const QColor kDistrictEdge(0x8f, 0xa3, 0xbf);
const QColor kAccent(0xf2, 0xa9, 0x00);

/// Drawing order of the marker kinds, bottom first: the rare and urgent ones end on top.
int drawPriority(MarkerKind k) {
    switch (k) {
        case MarkerKind::ChildZone:
            return 0;
        case MarkerKind::EnforcementCamera:
            return 1;
        case MarkerKind::SmartPole:
            return 2;
        case MarkerKind::RecyclingMachine:
            return 3;
        case MarkerKind::Crosswalk:
            return 4;
        case MarkerKind::Camera:
            return 5;
        case MarkerKind::ChargingStation:
            return 6;
        case MarkerKind::ParkingLot:
            return 7;
        case MarkerKind::Alert:
            return 8;
    }
    return 0;
}

struct RoadStyle {
    double groundWidthM;  ///< carriageway width the line stands for
    double minPx;
    double maxPx;
    QColor color;
};
RoadStyle roadStyle(int rank) {
    if (rank <= 102) return {24, 2.4, 22, QColor(0x6a, 0x78, 0x8f)};
    if (rank == 103) return {17, 1.8, 17, QColor(0x55, 0x62, 0x77)};
    if (rank == 104) return {8, 0.9, 10, QColor(0x39, 0x44, 0x55)};
    return {5, 0.6, 7, QColor(0x30, 0x39, 0x47)};
}

double polygonArea(const QPolygonF& ring) {
    double a = 0;
    for (int i = 0, n = int(ring.size()); i < n; ++i) {
        const QPointF& p = ring[i];
        const QPointF& q = ring[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return std::abs(a) / 2;
}

/// A point well inside a polygon (with holes) for its name: of a few horizontal scan lines,
/// the midpoint of the widest inside stretch, preferring lines near the middle. Centroids fall
/// outside of crescent-shaped dongs; this does not.
QPointF labelPoint(const QVector<QPolygonF>& rings) {
    const QRectF box = rings.first().boundingRect();
    QPointF best = box.center();
    double bestScore = -1;
    constexpr int kLines = 25;
    for (int i = 1; i < kLines; ++i) {
        const double y = box.top() + box.height() * i / kLines;
        QVector<double> xs;
        for (const QPolygonF& ring : rings) {
            for (int j = 0, n = int(ring.size()); j + 1 < n; ++j) {
                const QPointF a = ring[j], b = ring[j + 1];
                if ((a.y() <= y) != (b.y() <= y))
                    xs.append(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
            }
        }
        std::sort(xs.begin(), xs.end());
        const double centrality = 1.0 - 0.6 * std::abs(double(i) / kLines - 0.5) * 2;
        for (int k = 0; k + 1 < xs.size(); k += 2) {
            const double score = (xs[k + 1] - xs[k]) * centrality;
            if (score > bestScore) {
                bestScore = score;
                best = QPointF((xs[k] + xs[k + 1]) / 2, y);
            }
        }
    }
    return best;
}

}  // namespace

MapView::MapView(QWidget* parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this)), m_flash(new QTimer(this)) {
    m_layerVisible.fill(true);
    m_origin = webmercator::project({kOriginLon, kOriginLat});
    setObjectName(QStringLiteral("mapView"));
    setScene(m_scene);
    // ±80 km around the origin: all of Gwangju with room to pan past its edges.
    m_scene->setSceneRect(-80000, -80000, 160000, 160000);
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);  // a few dozen static items
    setBackgroundBrush(kBackground);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    // The overlays are painted in viewport pixels, so scrolling must repaint everything.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setInteractive(false);  // items take no events; clicks are hit-tested against markers
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setMinimumSize(320, 240);
    setTransform(QTransform::fromScale(0.1, 0.1));
    centerOn(0, 0);

    m_flash->setInterval(450);
    connect(m_flash, &QTimer::timeout, this, [this] {
        m_flashOn = !m_flashOn;
        viewport()->update();
    });
}

MapView::~MapView() = default;

QPointF MapView::toScene(double lon, double lat) const {
    const QPointF m = webmercator::project({lon, lat});
    return {m.x() - m_origin.x(), m_origin.y() - m.y()};
}

QPointF MapView::sceneToGeo(QPointF scene) const {
    const GeoPoint g = webmercator::unproject({scene.x() + m_origin.x(), m_origin.y() - scene.y()});
    return {g.lon, g.lat};
}

// ---- base layers ---------------------------------------------------------------------------

void MapView::setAreas(BaseLayer layer, const QVector<MapArea>& areas) {
    if (layer == BaseLayer::Roads) return;
    const int li = int(layer);
    for (QGraphicsPathItem* item : m_areaItems[li]) {
        for (auto it = m_areaByName.begin(); it != m_areaByName.end();)
            it = it.value() == item ? m_areaByName.erase(it) : std::next(it);
        delete item;
    }
    m_areaItems[li].clear();
    m_areaLabels[li].clear();
    if (m_highlightArea.size() && !m_areaByName.contains(m_highlightArea)) m_highlightArea.clear();

    for (const MapArea& area : areas) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        QVector<QPolygonF> rings;
        for (const auto& ring : area.rings) {
            QPolygonF poly;
            poly.reserve(ring.size());
            for (const QPointF& p : ring) poly.append(toScene(p.x(), p.y()));
            path.addPolygon(poly);
            path.closeSubpath();
            rings.append(poly);
        }
        if (rings.isEmpty()) continue;
        auto* item = new QGraphicsPathItem(path);
        item->setAcceptedMouseButtons(Qt::NoButton);
        QPen pen;
        pen.setCosmetic(true);
        switch (layer) {
            case BaseLayer::Neighbours:
                pen.setColor(kNeighbourEdge);
                pen.setWidthF(1.0);
                item->setBrush(kNeighbourFill);
                item->setZValue(0);
                break;
            case BaseLayer::Dongs:
                pen.setColor(kDongEdge);
                pen.setWidthF(1.0);
                pen.setStyle(Qt::DashLine);
                item->setBrush(kDongFill);
                item->setZValue(1);
                break;
            default:
                pen.setColor(kDistrictEdge);
                pen.setWidthF(2.2);
                item->setBrush(Qt::NoBrush);
                item->setZValue(3);
                break;
        }
        item->setPen(pen);
        item->setVisible(m_baseVisible[li]);
        m_scene->addItem(item);
        m_areaItems[li].append(item);
        if (!area.name.isEmpty()) m_areaByName.insert(area.name, item);
        if (layer != BaseLayer::District && !area.name.isEmpty()) {
            // The name goes in the largest part (a dong may be a multipolygon).
            QVector<QPolygonF> largest;
            double largestArea = -1;
            for (const QPolygonF& ring : rings) {
                const double a = polygonArea(ring);
                if (a > largestArea) {
                    largestArea = a;
                    largest = {ring};
                }
            }
            m_areaLabels[li].append({area.name, labelPoint(largest), largestArea});
        }
    }
    if (layer == BaseLayer::District || (layer == BaseLayer::Dongs && m_homeRect.isEmpty())) {
        QRectF r;
        for (QGraphicsPathItem* item : m_areaItems[li]) r |= item->path().boundingRect();
        if (!r.isEmpty()) m_homeRect = r;
        if (m_autoFit) fitHome();
    }
    viewport()->update();
}

void MapView::setRoads(const QVector<MapRoad>& roads) {
    qDeleteAll(m_roadItems);
    m_roadItems.clear();
    m_roads.clear();
    // One path per rank and 600 m tile: the view then strokes only the tiles in sight, which
    // matters at street level where wide pens make stroking the costliest part of a frame.
    constexpr double kTileM = 600;
    QMap<std::tuple<int, int, int>, QPainterPath> paths;
    for (const MapRoad& road : roads) {
        if (road.points.size() < 2) continue;
        QPolygonF line;
        line.reserve(road.points.size());
        for (const QPointF& p : road.points) line.append(toScene(p.x(), p.y()));
        const int rank = std::clamp(road.rank, 101, 107);
        const int group = rank >= 105 ? 105 : rank <= 102 ? 102 : rank;
        const QPointF first = line.first();
        paths[{group, int(std::floor(first.x() / kTileM)), int(std::floor(first.y() / kTileM))}]
            .addPolygon(line);
        if (!road.name.isEmpty()) m_roads.append({road.name, rank, line, line.boundingRect()});
    }
    std::stable_sort(m_roads.begin(), m_roads.end(),
                     [](const RoadLine& a, const RoadLine& b) { return a.rank < b.rank; });
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        auto* item = new QGraphicsPathItem(it.value());
        item->setAcceptedMouseButtons(Qt::NoButton);
        item->setBrush(Qt::NoBrush);
        // Major roads over minor ones, all under the district outline.
        const int group = std::get<0>(it.key());
        item->setZValue(2 + (110 - group) / 100.0);
        item->setVisible(m_baseVisible[int(BaseLayer::Roads)]);
        m_scene->addItem(item);
        m_roadItems.insert(group, item);
    }
    updateRoadPens();
    viewport()->update();
}

void MapView::updateRoadPens() {
    const double k = zoom() / webmercator::groundScale(kOriginLat);  // pixels per ground metre
    for (auto it = m_roadItems.cbegin(); it != m_roadItems.cend(); ++it) {
        const RoadStyle s = roadStyle(it.key());
        QPen pen(s.color, std::clamp(s.groundWidthM * k, s.minPx, s.maxPx), Qt::SolidLine,
                 Qt::RoundCap, Qt::RoundJoin);
        pen.setCosmetic(true);
        it.value()->setPen(pen);
    }
}

void MapView::setBaseLayerVisible(BaseLayer layer, bool visible) {
    m_baseVisible[int(layer)] = visible;
    if (layer == BaseLayer::Roads) {
        for (QGraphicsPathItem* item : std::as_const(m_roadItems)) item->setVisible(visible);
    } else {
        for (QGraphicsPathItem* item : m_areaItems[int(layer)]) item->setVisible(visible);
    }
    viewport()->update();
}

bool MapView::isBaseLayerVisible(BaseLayer layer) const {
    return m_baseVisible[int(layer)];
}

void MapView::setAttribution(const QString& text) {
    m_attribution = text;
    viewport()->update();
}

// ---- markers -------------------------------------------------------------------------------

void MapView::setMarkers(const QVector<MapMarker>& markers) {
    m_markers.clear();
    m_index.clear();
    m_markers.reserve(markers.size());
    for (const MapMarker& m : markers) {
        if (m.id.isEmpty()) continue;
        const QPointF scene = toScene(m.lon, m.lat);
        if (auto it = m_index.constFind(m.id); it != m_index.cend()) {
            m_markers[*it] = {m, scene};
        } else {
            m_index.insert(m.id, int(m_markers.size()));
            m_markers.append({m, scene});
        }
    }
    recountFlashing();
    markDirty();
}

void MapView::updateMarker(const MapMarker& marker) {
    if (marker.id.isEmpty()) return;
    const QPointF scene = toScene(marker.lon, marker.lat);
    // Counted incrementally: a full sync updates thousands of markers one by one.
    auto blinks = [this](const MapMarker& m) {
        return m.flashing && m_layerVisible[int(m.kind)] ? 1 : 0;
    };
    if (auto it = m_index.constFind(marker.id); it != m_index.cend()) {
        Entry& e = m_markers[*it];
        // Only a move or a change of kind changes the clusters; a state change only repaints.
        const bool regroup = e.marker.kind != marker.kind || e.scene != scene;
        m_flashingCount -= blinks(e.marker);
        e = {marker, scene};
        if (regroup) m_clustersDirty = true;
    } else {
        m_index.insert(marker.id, int(m_markers.size()));
        m_markers.append({marker, scene});
        m_clustersDirty = true;
    }
    m_flashingCount += blinks(marker);
    updateFlashTimer();
    viewport()->update();
}

bool MapView::removeMarker(const QString& id) {
    const auto it = m_index.constFind(id);
    if (it == m_index.cend()) return false;
    const int i = *it;
    m_markers.remove(i);
    m_index.remove(id);
    for (auto& idx : m_index)
        if (idx > i) --idx;
    if (m_highlightId == id) m_highlightId.clear();
    recountFlashing();
    markDirty();
    return true;
}

void MapView::removeMarkers(MarkerKind kind) {
    QVector<MapMarker> keep;
    keep.reserve(m_markers.size());
    for (const Entry& e : std::as_const(m_markers))
        if (e.marker.kind != kind) keep.append(e.marker);
    if (keep.size() != m_markers.size()) setMarkers(keep);
}

void MapView::clearMarkers() {
    m_markers.clear();
    m_index.clear();
    m_highlightId.clear();
    recountFlashing();
    markDirty();
}

int MapView::markerCount(MarkerKind kind) const {
    return int(std::count_if(m_markers.cbegin(), m_markers.cend(),
                             [kind](const Entry& e) { return e.marker.kind == kind; }));
}

QVector<MapMarker> MapView::markers() const {
    QVector<MapMarker> out;
    out.reserve(m_markers.size());
    for (const Entry& e : m_markers) out.append(e.marker);
    return out;
}

const MapMarker* MapView::marker(const QString& id) const {
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_markers[*it].marker;
}

void MapView::setLayerVisible(MarkerKind kind, bool visible) {
    if (m_layerVisible[int(kind)] == visible) return;
    m_layerVisible[int(kind)] = visible;
    recountFlashing();
    markDirty();
}

bool MapView::isLayerVisible(MarkerKind kind) const {
    return m_layerVisible[int(kind)];
}

void MapView::recountFlashing() {
    m_flashingCount = 0;
    for (const Entry& e : std::as_const(m_markers))
        if (e.marker.flashing && m_layerVisible[int(e.marker.kind)]) ++m_flashingCount;
    updateFlashTimer();
}

void MapView::updateFlashTimer() {
    // The timer only runs while something blinks: an idle map costs nothing.
    if (m_flashingCount > 0 && !m_flash->isActive()) {
        m_flash->start();
    } else if (m_flashingCount == 0 && m_flash->isActive()) {
        m_flash->stop();
        m_flashOn = false;
    }
}

void MapView::markDirty() {
    m_clustersDirty = true;
    viewport()->update();
}

void MapView::ensureClusters() const {
    // Cells grow in steps of √2 as the map zooms out, so bubbles stay put while zooming a
    // little and while panning (the grid is anchored to the scene origin).
    double cell = 0;
    const double z = zoom();
    if (z < kNoClusterZoom) {
        const double level = std::floor(std::log2(z) * 2) / 2;
        cell = kClusterCellPx / std::pow(2.0, level);
    }
    if (!m_clustersDirty && cell == m_clusterCell) return;
    QVector<ClusterInput> inputs;
    inputs.reserve(m_markers.size());
    m_clusterEntries.clear();
    m_clusterEntries.reserve(m_markers.size());
    for (int i = 0; i < m_markers.size(); ++i) {
        const Entry& e = m_markers[i];
        if (!m_layerVisible[int(e.marker.kind)]) continue;
        inputs.append({e.scene, e.marker.kind});
        m_clusterEntries.append(i);
    }
    m_clusters = clusterMarkers(inputs, cell);
    std::stable_sort(m_clusters.begin(), m_clusters.end(),
                     [](const MarkerCluster& a, const MarkerCluster& b) {
                         return drawPriority(a.kind) < drawPriority(b.kind);
                     });
    m_clusterCell = cell;
    m_clustersDirty = false;
}

QPointF MapView::clusterPos(const MarkerCluster& c) const {
    // A lone marker stands where it is, not at the mean of its cell.
    return c.members.size() == 1 ? m_markers[m_clusterEntries[c.members.first()]].scene : c.center;
}

// ---- navigation ----------------------------------------------------------------------------

double MapView::zoom() const {
    return transform().m11();
}

void MapView::setZoom(double pixelsPerMetre) {
    zoomTo(pixelsPerMetre, QRectF(viewport()->rect()).center());
}

void MapView::zoomBy(double factor, QPointF anchor) {
    zoomTo(zoom() * factor, anchor);
}

void MapView::zoomTo(double pixelsPerMetre, QPointF anchor) {
    const double target = std::clamp(pixelsPerMetre, kMinZoom, kMaxZoom);
    const QPointF sceneAnchor = viewportTransform().inverted().map(anchor);
    const QPointF centre = QRectF(viewport()->rect()).center();
    setTransform(QTransform::fromScale(target, target));
    centerOn(sceneAnchor - (anchor - centre) / target);
    afterZoom();
}

void MapView::afterZoom() {
    updateRoadPens();
    viewport()->update();
    Q_EMIT zoomChanged(zoom());
}

void MapView::fitHome() {
    QRectF r = m_homeRect;
    if (r.isEmpty()) r = m_scene->itemsBoundingRect();
    if (r.isEmpty()) return;
    const QSizeF vp = viewport()->size();
    if (vp.width() < 10 || vp.height() < 10) return;
    const double margin = 0.04;
    const double z = std::min(vp.width() / (r.width() * (1 + 2 * margin)),
                              vp.height() / (r.height() * (1 + 2 * margin)));
    setTransform(QTransform::fromScale(std::clamp(z, kMinZoom, kMaxZoom),
                                       std::clamp(z, kMinZoom, kMaxZoom)));
    centerOn(r.center());
    afterZoom();
}

void MapView::centerOnGeo(double lon, double lat) {
    centerOn(toScene(lon, lat));
    viewport()->update();
}

double MapView::metresPerPixel() const {
    const QPointF centre = viewportTransform().inverted().map(QRectF(viewport()->rect()).center());
    return webmercator::groundScale(sceneToGeo(centre).y()) / zoom();
}

double MapView::niceScaleLength(double maxMetres) {
    if (!(maxMetres > 0)) return 0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= maxMetres) return step * magnitude;
    return magnitude;
}

// ---- highlight -----------------------------------------------------------------------------

bool MapView::highlightMarker(const QString& id) {
    const auto it = m_index.constFind(id);
    if (it == m_index.cend()) return false;
    clearHighlight();
    m_highlightId = id;
    m_autoFit = false;
    if (zoom() < kNoClusterZoom) setZoom(kNoClusterZoom * 1.2);
    centerOn(m_markers[*it].scene);
    viewport()->update();
    return true;
}

bool MapView::highlightArea(const QString& name) {
    QGraphicsPathItem* item = m_areaByName.value(name);
    if (!item) return false;
    clearHighlight();
    m_highlightArea = name;
    m_autoFit = false;
    QPen pen(kAccent, 3);
    pen.setCosmetic(true);
    item->setData(0, QVariant::fromValue(item->pen()));
    item->setData(1, QVariant::fromValue(item->brush()));
    item->setData(2, item->zValue());
    item->setPen(pen);
    item->setZValue(4);
    const QRectF r = item->path().boundingRect();
    const QSizeF vp = viewport()->size();
    const double z = std::min(vp.width() / (r.width() * 1.6), vp.height() / (r.height() * 1.6));
    setTransform(QTransform::fromScale(std::clamp(z, kMinZoom, kMaxZoom),
                                       std::clamp(z, kMinZoom, kMaxZoom)));
    centerOn(r.center());
    afterZoom();
    return true;
}

void MapView::clearHighlight() {
    m_highlightId.clear();
    if (QGraphicsPathItem* item = m_areaByName.value(m_highlightArea)) {
        item->setPen(item->data(0).value<QPen>());
        item->setBrush(item->data(1).value<QBrush>());
        item->setZValue(item->data(2).toDouble());
    }
    m_highlightArea.clear();
    viewport()->update();
}

// ---- geometry and hit-testing --------------------------------------------------------------

QPointF MapView::viewportPos(double lon, double lat) const {
    return viewportTransform().map(toScene(lon, lat));
}

QPointF MapView::geoAt(QPointF pos) const {
    return sceneToGeo(viewportTransform().inverted().map(pos));
}

MapView::Hit MapView::hitTest(QPointF pos) const {
    ensureClusters();
    const QTransform vt = viewportTransform();
    // Topmost first: the reverse of the drawing order.
    for (qsizetype k = m_clusters.size() - 1; k >= 0; --k) {
        const MarkerCluster& c = m_clusters[k];
        const QPointF at = vt.map(clusterPos(c));
        const int n = int(c.members.size());
        const Entry& first = m_markers[m_clusterEntries[c.members.first()]];
        const double r =
            n == 1 ? MarkerPainter::radius(first.marker) : MarkerPainter::clusterRadius(n);
        if (QLineF(at, pos).length() > r + kHitSlackPx) continue;
        Hit hit;
        hit.count = n;
        hit.kind = c.kind;
        hit.pos = at;
        if (n == 1) hit.id = first.marker.id;
        for (int member : c.members) hit.ids << m_markers[m_clusterEntries[member]].marker.id;
        return hit;
    }
    return {};
}

QString MapView::toolTipAt(QPointF pos) const {
    const Hit hit = hitTest(pos);
    if (!hit.isValid()) return {};
    if (hit.count > 1) return tr("%1 — click to zoom in").arg(kindCount(hit.kind, hit.count));
    const MapMarker* m = marker(hit.id);
    if (!m) return {};
    return m->state.isEmpty() ? m->name : m->name + u'\n' + m->state;
}

QString MapView::kindTitle(MarkerKind kind) {
    switch (kind) {
        case MarkerKind::Camera:
            return tr("CCTV cameras");
        case MarkerKind::ParkingLot:
            return tr("Parking lots");
        case MarkerKind::ChargingStation:
            return tr("EV charging stations");
        case MarkerKind::Crosswalk:
            return tr("Smart crosswalks");
        case MarkerKind::SmartPole:
            return tr("Smart poles");
        case MarkerKind::RecyclingMachine:
            return tr("Recycling machines");
        case MarkerKind::ChildZone:
            return tr("Child protection zones");
        case MarkerKind::EnforcementCamera:
            return tr("Traffic enforcement cameras");
        case MarkerKind::Alert:
            return tr("Active alerts");
    }
    return {};
}

QString MapView::kindCount(MarkerKind kind, int n) {
    switch (kind) {
        case MarkerKind::Camera:
            return tr("%n CCTV camera(s)", nullptr, n);
        case MarkerKind::ParkingLot:
            return tr("%n parking lot(s)", nullptr, n);
        case MarkerKind::ChargingStation:
            return tr("%n charging station(s)", nullptr, n);
        case MarkerKind::Crosswalk:
            return tr("%n smart crosswalk(s)", nullptr, n);
        case MarkerKind::SmartPole:
            return tr("%n smart pole(s)", nullptr, n);
        case MarkerKind::RecyclingMachine:
            return tr("%n recycling machine(s)", nullptr, n);
        case MarkerKind::ChildZone:
            return tr("%n child protection zone(s)", nullptr, n);
        case MarkerKind::EnforcementCamera:
            return tr("%n enforcement camera(s)", nullptr, n);
        case MarkerKind::Alert:
            return tr("%n alert(s)", nullptr, n);
    }
    return {};
}

// ---- painting ------------------------------------------------------------------------------

void MapView::drawForeground(QPainter* painter, const QRectF& rect) {
    Q_UNUSED(rect)
    m_stats = {};
    const QTransform vt = viewportTransform();
    const QRectF visible = vt.inverted().mapRect(QRectF(viewport()->rect()));
    painter->save();
    // Draw in viewport pixels, keeping whatever offset the painter came with.
    painter->setWorldTransform(vt.inverted() * painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    drawRoadLabels(painter, vt, visible);
    drawAreaLabels(painter, vt);
    drawMarkers(painter, vt, visible);
    drawOverlays(painter);
    painter->restore();
}

void MapView::drawRoadLabels(QPainter* p, const QTransform& vt, const QRectF& visible) {
    if (!m_baseVisible[int(BaseLayer::Roads)] || zoom() < kRoadLabelZoom) return;
    QFont font = p->font();
    font.setPixelSize(12);
    const QFontMetricsF fm(font);
    QVector<QRectF> placed;
    QVector<std::pair<QString, QPointF>> named;
    for (const RoadLine& road : std::as_const(m_roads)) {
        if (!road.bounds.intersects(visible)) continue;
        // The longest segment on screen carries the name, if the name fits along it.
        QPointF a, b;
        double best = 0;
        for (int i = 0; i + 1 < road.scene.size(); ++i) {
            const QPointF pa = vt.map(road.scene[i]), pb = vt.map(road.scene[i + 1]);
            const double len = QLineF(pa, pb).length();
            if (len > best) {
                best = len;
                a = pa;
                b = pb;
            }
        }
        const double textW = fm.horizontalAdvance(road.name);
        if (best < textW + 12) continue;
        const QPointF mid = (a + b) / 2;
        if (!QRectF(viewport()->rect()).contains(mid)) continue;
        // The same name again only well away from where it already stands.
        bool near = false;
        for (const auto& [name, at] : std::as_const(named))
            if (name == road.name && QLineF(at, mid).length() < 260) near = true;
        if (near) continue;
        double angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / std::numbers::pi;
        if (angle > 90) angle -= 180;
        if (angle < -90) angle += 180;  // keep text upright
        QTransform t;
        t.translate(mid.x(), mid.y());
        t.rotate(angle);
        const QRectF box =
            t.mapRect(QRectF(-textW / 2 - 3, -fm.ascent() / 2 - 3, textW + 6, fm.height() + 4));
        if (std::any_of(placed.cbegin(), placed.cend(),
                        [&](const QRectF& r) { return r.intersects(box); }))
            continue;
        placed.append(box);
        named.append({road.name, mid});
        p->save();
        p->setTransform(t, true);
        drawHaloText(p, QPointF(0, fm.ascent() / 2 - 1), road.name, font, QColor(0xc8, 0xd2, 0xe0));
        p->restore();
        ++m_stats.roadLabels;
    }
}

void MapView::drawAreaLabels(QPainter* p, const QTransform& vt) {
    const double z = zoom();
    QVector<QRectF> placed;
    // Dong names first: they matter more than the neighbours'.
    for (BaseLayer layer : {BaseLayer::Dongs, BaseLayer::Neighbours}) {
        const int li = int(layer);
        if (!m_baseVisible[li]) continue;
        QFont font = p->font();
        font.setBold(true);
        font.setPixelSize(layer == BaseLayer::Dongs ? 13 : 15);
        const QFontMetricsF fm(font);
        const QColor color = layer == BaseLayer::Dongs ? QColor(0xd8, 0xe0, 0xea, 215)
                                                       : QColor(0x76, 0x82, 0x94, 200);
        for (const AreaLabel& label : m_areaLabels[li]) {
            // A name only where the area is big enough on screen to hold most of it, and
            // never over another name.
            const double textW = fm.horizontalAdvance(label.name);
            const double sidePx = std::sqrt(label.sceneArea) * z;
            if (sidePx < textW * 0.45) continue;
            const QPointF at = vt.map(label.scene);
            if (!QRectF(viewport()->rect()).adjusted(-80, -20, 80, 20).contains(at)) continue;
            const QRectF box(at.x() - textW / 2 - 2, at.y() - fm.ascent() / 2 - 2, textW + 4,
                             fm.height() + 2);
            if (std::any_of(placed.cbegin(), placed.cend(),
                            [&](const QRectF& r) { return r.intersects(box); }))
                continue;
            placed.append(box);
            drawHaloText(p, at + QPointF(0, fm.ascent() / 2), label.name, font, color);
            if (layer == BaseLayer::Dongs) ++m_stats.dongLabels;
        }
    }
}

void MapView::drawMarkers(QPainter* p, const QTransform& vt, const QRectF& visible) {
    ensureClusters();
    const double z = zoom();
    const double kGround = z / webmercator::groundScale(kOriginLat);  // px per ground metre
    // Anything whose body may reach into the view; bubbles and cones are at most ~160 px.
    const double marginScene = 170 / z;
    const QRectF cull = visible.adjusted(-marginScene, -marginScene, marginScene, marginScene);
    const QRectF vp = QRectF(viewport()->rect());

    QVector<std::pair<int, QPointF>> onScreen;
    onScreen.reserve(std::min<qsizetype>(m_clusters.size(), 4096));
    for (int k = 0; k < m_clusters.size(); ++k) {
        const QPointF scene = clusterPos(m_clusters[k]);
        if (cull.contains(scene)) onScreen.append({k, vt.map(scene)});
    }

    // Fields of view first, under every marker. Antialiased pies are the costliest thing on a
    // street-level frame, so each look (colour, heading in 5° steps, angle, radius) is drawn
    // once into a pixmap and blitted after.
    if (z >= kConeZoom) {
        const qreal dpr = p->device()->devicePixelRatioF();
        for (const auto& [k, at] : std::as_const(onScreen)) {
            const MarkerCluster& c = m_clusters[k];
            if (c.kind != MarkerKind::Camera || c.members.size() != 1) continue;
            const MapMarker& m = m_markers[m_clusterEntries[c.members.first()]].marker;
            if (std::isnan(m.headingDeg) || m.fovDeg <= 0) continue;
            const int r = qRound(std::clamp(m.rangeM * kGround, 14.0, 160.0));
            const QPixmap& cone = coneSprite(m, r, dpr);
            p->drawPixmap(at - QPointF(r + 1, r + 1), cone);
        }
    }

    // Bodies first, remembering where each one is, then the labels.
    QVector<QRectF> bodies;
    bodies.reserve(onScreen.size());
    for (const auto& [k, at] : std::as_const(onScreen)) {
        const MarkerCluster& c = m_clusters[k];
        const int n = int(c.members.size());
        double r = 0;
        if (n > 1) {
            const QPixmap& bubble = clusterSprite(c.kind, n, p->device()->devicePixelRatioF());
            p->drawPixmap(at - QPointF(bubble.deviceIndependentSize().width() / 2,
                                       bubble.deviceIndependentSize().height() / 2),
                          bubble);
            r = MarkerPainter::clusterRadius(n);
            ++m_stats.clusters;
        } else {
            const MapMarker& m = m_markers[m_clusterEntries[c.members.first()]].marker;
            const QPixmap& body = sprite(m, p->device()->devicePixelRatioF());
            p->drawPixmap(at - QPointF(body.deviceIndependentSize().width() / 2,
                                       body.deviceIndependentSize().height() / 2),
                          body);
            r = MarkerPainter::radius(m);
            ++m_stats.markers;
        }
        bodies.append(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
    }

    // Labels go where they hide no other marker and no other label; the most important kinds
    // (top of the drawing order) choose first. Bin levels only once markers stand alone.
    QVector<QRectF> labelBoxes;
    QFont labelFont = p->font();
    labelFont.setPixelSize(11);
    labelFont.setBold(true);
    p->setFont(labelFont);
    const QFontMetricsF lfm(labelFont);
    for (qsizetype i = onScreen.size() - 1; i >= 0; --i) {
        const auto& [k, at] = onScreen[i];
        const MarkerCluster& c = m_clusters[k];
        if (c.members.size() != 1) continue;
        const MapMarker& m = m_markers[m_clusterEntries[c.members.first()]].marker;
        if (m.label.isEmpty()) continue;
        if (m.kind == MarkerKind::RecyclingMachine && z < kNoClusterZoom) continue;
        const double r = MarkerPainter::radius(m);
        const double w = lfm.horizontalAdvance(m.label) + 8;
        const QRectF box(at.x() - w / 2, at.y() + r + 3, w, lfm.height() + 2);
        if (!vp.intersects(box)) continue;
        auto hits = [&box](const QRectF& b) { return b.intersects(box); };
        if (std::any_of(labelBoxes.cbegin(), labelBoxes.cend(), hits)) continue;
        bool covers = false;
        for (qsizetype j = 0; j < bodies.size() && !covers; ++j)
            covers = j != i && bodies[j].intersects(box);
        if (covers) continue;
        labelBoxes.append(box);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(8, 11, 16, 200));
        p->drawRoundedRect(box, 3, 3);
        p->setPen(m.color.isValid() ? m.color.lighter(150) : QColor(0xe6, 0xe9, 0xef));
        p->drawText(box, Qt::AlignCenter, m.label);
    }

    if (!m_highlightId.isEmpty()) {
        if (const auto it = m_index.constFind(m_highlightId); it != m_index.cend()) {
            const QPointF at = vt.map(m_markers[*it].scene);
            const double r = MarkerPainter::radius(m_markers[*it].marker) + 7;
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(QColor(8, 11, 16, 220), 5));
            p->drawEllipse(at, r, r);
            p->setPen(QPen(kAccent, 2.5));
            p->drawEllipse(at, r, r);
        }
    }
}

void MapView::drawOverlays(QPainter* p) {
    const QRectF vp = QRectF(viewport()->rect());
    QFont font = p->font();
    font.setPixelSize(11);
    p->setFont(font);
    const QFontMetricsF fm(font);

    // Scale bar, bottom left: the longest round length that fits in 140 px.
    const double mpp = metresPerPixel();
    const double metres = niceScaleLength(140 * mpp);
    if (metres > 0) {
        const double px = metres / mpp;
        const QPointF origin(vp.left() + 16, vp.bottom() - 18);
        const QString text = metres >= 1000 ? QStringLiteral("%1 km").arg(metres / 1000)
                                            : QStringLiteral("%1 m").arg(metres);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(8, 11, 16, 190));
        p->drawRoundedRect(QRectF(origin.x() - 8, origin.y() - 26, px + 16, 34), 4, 4);
        QPen pen(QColor(0xe6, 0xe9, 0xef), 2, Qt::SolidLine, Qt::FlatCap);
        p->setPen(pen);
        p->drawLine(origin, origin + QPointF(px, 0));
        p->drawLine(origin, origin + QPointF(0, -6));
        p->drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6));
        p->drawText(QRectF(origin.x(), origin.y() - 24, px, 16), Qt::AlignCenter, text);
    }

    // North arrow, top right (the map is always north up).
    {
        const QPointF c(vp.right() - 30, vp.top() + 36);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(8, 11, 16, 190));
        p->drawEllipse(c, 20, 20);
        const QPolygonF north{{c.x(), c.y() - 14}, {c.x() + 7, c.y() + 6}, {c.x(), c.y() + 2}};
        const QPolygonF south{{c.x(), c.y() - 14}, {c.x() - 7, c.y() + 6}, {c.x(), c.y() + 2}};
        p->setBrush(kAccent);
        p->drawPolygon(north);
        p->setBrush(QColor(0xe6, 0xe9, 0xef));
        p->drawPolygon(south);
        QFont bold = font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(QColor(0xe6, 0xe9, 0xef));
        p->drawText(QRectF(c.x() - 10, c.y() + 4, 20, 14), Qt::AlignCenter, QStringLiteral("N"));
        p->setFont(font);
    }

    // Attribution, bottom right: the data's licences ask for it wherever the data is shown.
    if (!m_attribution.isEmpty()) {
        const double maxW = vp.width() - 220;
        const QString text = fm.elidedText(m_attribution, Qt::ElideMiddle, maxW);
        const double w = fm.horizontalAdvance(text) + 12;
        const QRectF box(vp.right() - w - 6, vp.bottom() - fm.height() - 10, w, fm.height() + 4);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(8, 11, 16, 190));
        p->drawRoundedRect(box, 3, 3);
        p->setPen(QColor(0xa9, 0xb3, 0xc4));
        p->drawText(box, Qt::AlignCenter, text);
    }
}

// Markers and bubbles are drawn from pixmaps made once per look: a camera is one of a handful
// of looks, and blitting is much cheaper than antialiased shapes and text for every frame.
const QPixmap& MapView::sprite(const MapMarker& m, qreal dpr) {
    QString key = QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
                      .arg(int(m.kind))
                      .arg(m.color.isValid() ? m.color.rgba() : 0)
                      .arg(m.major)
                      .arg(m.level < 0 ? -1 : qRound(m.level * 20))
                      .arg(m.flashing && m_flashOn)
                      .arg(m.unwatched)
                      .arg(dpr);
    for (const QColor& c : m.segments) key += u'|' + QString::number(c.rgba(), 16);
    if (auto it = m_sprites.constFind(key); it != m_sprites.cend()) return *it;
    if (m_sprites.size() > 4096) m_sprites.clear();  // bounded, whatever the states
    MapMarker look = m;
    if (look.level >= 0) look.level = qRound(look.level * 20) / 20.0;
    const double half = std::ceil(MarkerPainter::radius(m) * 2.2 + 6);
    QPixmap pm(QSize(int(2 * half), int(2 * half)) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    MarkerPainter::paint(&painter, look, QPointF(half, half), m_flashOn);
    return *m_sprites.insert(key, pm);
}

const QPixmap& MapView::clusterSprite(MarkerKind kind, int count, qreal dpr) {
    const QString key = QStringLiteral("cluster|%1|%2|%3").arg(int(kind)).arg(count).arg(dpr);
    if (auto it = m_sprites.constFind(key); it != m_sprites.cend()) return *it;
    if (m_sprites.size() > 4096) m_sprites.clear();
    const double half = std::ceil(MarkerPainter::clusterRadius(count) + 6);
    QPixmap pm(QSize(int(2 * half), int(2 * half)) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    MarkerPainter::paintCluster(&painter, kind, count, QPointF(half, half));
    return *m_sprites.insert(key, pm);
}

const QPixmap& MapView::coneSprite(const MapMarker& m, int radiusPx, qreal dpr) {
    const QColor colour = m.color.isValid() ? m.color : MarkerPainter::kindColor(m.kind);
    const int heading = (qRound(m.headingDeg / 5) * 5) % 360;
    const int fov = qRound(std::clamp(m.fovDeg, 1.0, 360.0));
    const QString key = QStringLiteral("cone|%1|%2|%3|%4|%5")
                            .arg(colour.rgb())
                            .arg(heading)
                            .arg(fov)
                            .arg(radiusPx)
                            .arg(dpr);
    if (auto it = m_sprites.constFind(key); it != m_sprites.cend()) return *it;
    if (m_sprites.size() > 4096) m_sprites.clear();
    const int side = 2 * radiusPx + 2;
    QPixmap pm(QSize(side, side) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = colour;
    QColor edge = colour;
    fill.setAlpha(50);
    edge.setAlpha(120);
    painter.setPen(QPen(edge, 1));
    painter.setBrush(fill);
    const double start = 90 - heading - fov / 2.0;  // Qt: counter-clockwise from east
    painter.drawPie(QRectF(1, 1, 2 * radiusPx, 2 * radiusPx), int(start * 16), fov * 16);
    return *m_sprites.insert(key, pm);
}

void MapView::drawHaloText(QPainter* p, QPointF baselineCentre, const QString& text,
                           const QFont& font, QColor color) {
    // Text as a path (for the halo) is costly to shape: each name is shaped once.
    const QString key = QStringLiteral("%1|%2|%3").arg(font.pixelSize()).arg(font.bold()).arg(text);
    auto it = m_textPaths.constFind(key);
    if (it == m_textPaths.cend()) {
        if (m_textPaths.size() > 2048) m_textPaths.clear();
        QPainterPath path;
        path.addText(-QFontMetricsF(font).horizontalAdvance(text) / 2, 0, font, text);
        it = m_textPaths.insert(key, path);
    }
    const QPainterPath path = it->translated(baselineCentre);
    p->setPen(QPen(QColor(8, 11, 16, 220), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    p->drawPath(path);
}

// ---- input ---------------------------------------------------------------------------------

void MapView::wheelEvent(QWheelEvent* event) {
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) return;
    userNavigated();
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event) {
    m_pressPos = event->position().toPoint();
    userNavigated();
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton) return;
    if ((event->position().toPoint() - m_pressPos).manhattanLength() > 4) return;  // a drag
    const Hit hit = hitTest(event->position());
    if (hit.count == 1) {
        Q_EMIT markerClicked(hit.id, hit.kind);
        if (hit.kind == MarkerKind::Camera) Q_EMIT cameraActivated(hit.id);
    } else if (hit.count > 1) {
        zoomBy(2.0, hit.pos);
        centerOn(viewportTransform().inverted().map(hit.pos));
        viewport()->update();
    }
    viewport()->setCursor(hit.isValid() ? Qt::PointingHandCursor : Qt::OpenHandCursor);
}

void MapView::mouseMoveEvent(QMouseEvent* event) {
    QGraphicsView::mouseMoveEvent(event);
    if (!m_hoveredCamera.isEmpty()) {
        const Hit hit = hitTest(event->position());
        if (event->buttons() != Qt::NoButton || hit.count != 1 || hit.id != m_hoveredCamera)
            endCameraHover();
    }
    if (event->buttons() == Qt::NoButton)
        viewport()->setCursor(hitTest(event->position()).isValid() ? Qt::PointingHandCursor
                                                                   : Qt::OpenHandCursor);
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !hitTest(event->position()).isValid()) {
        userNavigated();
        zoomBy(2.0, event->position());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::keyPressEvent(QKeyEvent* event) {
    const QPointF centre = QRectF(viewport()->rect()).center();
    const int stepX = viewport()->width() / 6;
    const int stepY = viewport()->height() / 6;
    switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            userNavigated();
            zoomBy(1.5, centre);
            break;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            userNavigated();
            zoomBy(1 / 1.5, centre);
            break;
        case Qt::Key_Left:
            userNavigated();
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - stepX);
            break;
        case Qt::Key_Right:
            userNavigated();
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + stepX);
            break;
        case Qt::Key_Up:
            userNavigated();
            verticalScrollBar()->setValue(verticalScrollBar()->value() - stepY);
            break;
        case Qt::Key_Down:
            userNavigated();
            verticalScrollBar()->setValue(verticalScrollBar()->value() + stepY);
            break;
        case Qt::Key_Home:
            m_autoFit = true;
            fitHome();
            break;
        default:
            QGraphicsView::keyPressEvent(event);
            return;
    }
    event->accept();
}

void MapView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_autoFit) fitHome();
}

void MapView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (m_autoFit) fitHome();
}

void MapView::endCameraHover() {
    if (m_hoveredCamera.isEmpty()) return;
    m_hoveredCamera.clear();
    Q_EMIT cameraHoverEnded();
}

bool MapView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Leave || event->type() == QEvent::MouseButtonPress ||
        event->type() == QEvent::Wheel)
        endCameraHover();
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const Hit hit = hitTest(help->pos());
        if (hit.count == 1 && hit.kind == MarkerKind::Camera) {
            // A camera shows its picture instead of a text tooltip.
            QToolTip::hideText();
            m_hoveredCamera = hit.id;
            Q_EMIT cameraHovered(hit.id, help->globalPos());
            return true;
        }
        endCameraHover();
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

}  // namespace bg
