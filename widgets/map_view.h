#pragma once

#include "widgets/map_marker.h"
#include "widgets/marker_cluster.h"

#include <QGraphicsView>
#include <QHash>
#include <QPainterPath>
#include <QPixmap>
#include <QVector>

#include <array>

class QGraphicsPathItem;
class QTimer;

namespace bg {

/// An offline map in Web Mercator (EPSG:3857), north up. Base layers (neighbouring districts,
/// the district outline, its dongs with their names, roads by rank with names when zoomed in)
/// are scene items; markers are painted over them in pixels, grid-clustered into count bubbles
/// when zoomed out, so ten thousand markers stay smooth. A scale bar, a north arrow and the data
/// attribution are painted on the viewport.
///
/// Mouse: wheel zooms about the cursor, dragging pans, a click on a marker emits
/// `markerClicked` (and `cameraActivated` for cameras), a click on a bubble zooms into it,
/// hovering shows the marker's name and state. Keyboard: + and − zoom, arrows pan, Home fits
/// the home area (the district).
///
/// The view takes plain values (MapMarker, MapArea, MapRoad) and knows nothing of entities,
/// stores or pages. Scene units are projected metres with y pointing south, relative to a fixed
/// origin near Gwangju; `zoom()` is pixels per projected metre.
///
/// Threading: GUI thread only.
class MapView : public QGraphicsView {
    Q_OBJECT
public:
    enum class BaseLayer { Neighbours, District, Dongs, Roads };

    /// What is under a viewport point: nothing (count 0), a marker (count 1, `id` set) or a
    /// cluster bubble (count > 1, `ids` of its members).
    struct Hit {
        int count = 0;
        QString id;
        QStringList ids;
        MarkerKind kind = MarkerKind::Camera;
        QPointF pos;  ///< viewport position of the marker or bubble
        bool isValid() const { return count > 0; }
    };
    /// What the last paint drew, for tests and benchmarks.
    struct FrameStats {
        int markers = 0;   ///< single markers drawn
        int clusters = 0;  ///< count bubbles drawn
        int roadLabels = 0;
        int dongLabels = 0;  ///< names of the Dongs layer
    };

    static constexpr double kMinZoom = 0.01;  ///< pixels per projected metre (all of Gwangju)
    static constexpr double kMaxZoom = 8.0;   ///< a few buildings
    /// From this zoom on every marker is drawn on its own.
    static constexpr double kNoClusterZoom = 0.9;
    /// From this zoom on road names and camera cones are drawn.
    static constexpr double kRoadLabelZoom = 0.55;
    static constexpr double kConeZoom = 0.3;

    explicit MapView(QWidget* parent = nullptr);
    ~MapView() override;

    // Base layers
    /// Sets the areas of the Neighbours, District or Dongs layer (Roads takes `setRoads`).
    /// Area names are drawn at a point inside each area (not for the District layer).
    void setAreas(BaseLayer layer, const QVector<MapArea>& areas);
    void setRoads(const QVector<MapRoad>& roads);
    void setBaseLayerVisible(BaseLayer layer, bool visible);
    bool isBaseLayerVisible(BaseLayer layer) const;
    /// The data sources' attribution drawn at the bottom right.
    void setAttribution(const QString& text);
    QString attribution() const { return m_attribution; }

    // Markers
    /// Replaces all markers.
    void setMarkers(const QVector<MapMarker>& markers);
    /// Adds the marker, or replaces the one with the same id.
    void updateMarker(const MapMarker& marker);
    bool removeMarker(const QString& id);
    /// Removes every marker of `kind`.
    void removeMarkers(MarkerKind kind);
    void clearMarkers();
    int markerCount() const { return int(m_markers.size()); }
    int markerCount(MarkerKind kind) const;
    /// Every marker, in the order they were added.
    QVector<MapMarker> markers() const;
    /// The marker with this id, or null.
    const MapMarker* marker(const QString& id) const;
    /// Shows or hides a marker layer; hidden markers are neither drawn nor hit.
    void setLayerVisible(MarkerKind kind, bool visible);
    bool isLayerVisible(MarkerKind kind) const;

    // Navigation
    /// Fits the district (else everything) in the view.
    void fitHome();
    void centerOnGeo(double lon, double lat);
    /// Sets the zoom (pixels per projected metre, clamped to kMinZoom..kMaxZoom) keeping the
    /// view centre.
    void setZoom(double pixelsPerMetre);
    double zoom() const;
    /// Zooms by `factor` keeping the scene point under `viewportAnchor` where it is.
    void zoomBy(double factor, QPointF viewportAnchor);
    /// Ground metres one pixel spans at the view centre.
    double metresPerPixel() const;
    /// True when markers are grouped into bubbles at the current zoom.
    bool isClustering() const { return zoom() < kNoClusterZoom; }

    // Highlight
    /// Rings the marker, centres on it and zooms in until it stands on its own.
    bool highlightMarker(const QString& id);
    /// Outlines the area with this name (District or Dongs layer) and fits the view to it.
    bool highlightArea(const QString& name);
    void clearHighlight();
    QString highlightedMarker() const { return m_highlightId; }
    QString highlightedArea() const { return m_highlightArea; }

    // Geometry and hit-testing
    QPointF viewportPos(double lon, double lat) const;
    /// The lon (x) and lat (y) under a viewport point.
    QPointF geoAt(QPointF viewportPos) const;
    Hit hitTest(QPointF viewportPos) const;
    /// The tooltip for a viewport point: name and state of a marker, the count of a bubble.
    QString toolTipAt(QPointF viewportPos) const;
    FrameStats lastFrameStats() const { return m_stats; }

    /// The largest 1, 2 or 5 × 10ⁿ metres not above `maxMetres` (scale bar lengths).
    static double niceScaleLength(double maxMetres);
    /// A layer's title for legends and toggles, in the UI language.
    static QString kindTitle(MarkerKind kind);
    /// "12 CCTV cameras" etc., in the UI language.
    static QString kindCount(MarkerKind kind, int count);

Q_SIGNALS:
    void markerClicked(const QString& id, bg::MarkerKind kind);
    /// A camera marker was clicked.
    void cameraActivated(const QString& id);
    /// The pointer rests on a single camera marker (the tooltip moment): show its picture.
    /// `globalPos` is where the pointer is, in screen coordinates.
    void cameraHovered(const QString& id, const QPoint& globalPos);
    /// The pointer left the hovered camera (moved away, left the map, or pressed).
    void cameraHoverEnded();
    void zoomChanged(double pixelsPerMetre);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Entry {
        MapMarker marker;
        QPointF scene;
    };
    struct AreaLabel {
        QString name;
        QPointF scene;
        double sceneArea = 0;
    };
    struct RoadLine {
        QString name;
        int rank = 104;
        QPolygonF scene;
        QRectF bounds;
    };

    QPointF toScene(double lon, double lat) const;
    QPointF sceneToGeo(QPointF scene) const;
    void ensureClusters() const;
    QPointF clusterPos(const MarkerCluster& c) const;
    void markDirty();
    void zoomTo(double pixelsPerMetre, QPointF viewportAnchor);
    void afterZoom();
    void updateRoadPens();
    void userNavigated() { m_autoFit = false; }
    void endCameraHover();
    QString m_hoveredCamera;
    void recountFlashing();
    void updateFlashTimer();
    void drawRoadLabels(QPainter* p, const QTransform& vt, const QRectF& visible);
    void drawAreaLabels(QPainter* p, const QTransform& vt);
    void drawMarkers(QPainter* p, const QTransform& vt, const QRectF& visible);
    void drawOverlays(QPainter* p);
    const QPixmap& sprite(const MapMarker& m, qreal dpr);
    const QPixmap& clusterSprite(MarkerKind kind, int count, qreal dpr);
    const QPixmap& coneSprite(const MapMarker& m, int radiusPx, qreal dpr);
    void drawHaloText(QPainter* p, QPointF baselineCentre, const QString& text, const QFont& font,
                      QColor color);

    QGraphicsScene* m_scene;
    QPointF m_origin;  ///< projected metres of scene (0, 0)
    std::array<QVector<QGraphicsPathItem*>, 3> m_areaItems;
    std::array<QVector<AreaLabel>, 3> m_areaLabels;
    QHash<QString, QGraphicsPathItem*> m_areaByName;
    QMultiHash<int, QGraphicsPathItem*> m_roadItems;  ///< rank group → its tiles' paths
    QVector<RoadLine> m_roads;                        ///< named roads, major ranks first
    std::array<bool, 4> m_baseVisible{true, true, true, true};
    QRectF m_homeRect;
    QString m_attribution;

    QVector<Entry> m_markers;
    QHash<QString, int> m_index;
    std::array<bool, kMarkerKindCount> m_layerVisible;
    int m_flashingCount = 0;

    mutable QVector<MarkerCluster> m_clusters;  ///< visible layers only, in drawing order
    mutable QVector<int> m_clusterEntries;      ///< cluster input index → m_markers index
    mutable double m_clusterCell = -1;
    mutable bool m_clustersDirty = true;

    QString m_highlightId;
    QString m_highlightArea;
    QTimer* m_flash;
    bool m_flashOn = false;
    bool m_autoFit = true;  ///< refit on resize until the operator moves the map
    QPoint m_pressPos;
    FrameStats m_stats;
    QHash<QString, QPixmap> m_sprites;         ///< marker and bubble looks
    QHash<QString, QPainterPath> m_textPaths;  ///< shaped names
};

}  // namespace bg
