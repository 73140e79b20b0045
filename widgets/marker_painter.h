#pragma once

#include "widgets/map_marker.h"

#include <QColor>
#include <QPixmap>

class QPainter;

namespace bg {

/// Draws map markers and cluster bubbles in device pixels, the same way on the map and in a
/// legend, so the legend shows exactly what the map shows.
class MarkerPainter {
public:
    /// The kind's own colour (cluster bubbles, legend, markers without a state colour).
    static QColor kindColor(MarkerKind kind);
    /// Radius of the marker's body in pixels.
    static double radius(const MapMarker& marker);
    /// Radius of a cluster bubble of `count` markers in pixels.
    static double clusterRadius(int count);
    /// Draws `marker` centred on `pos`; `flashOn` is the blink phase of flashing markers.
    static void paint(QPainter* painter, const MapMarker& marker, QPointF pos, bool flashOn);
    /// Draws a count bubble of `count` markers of `kind` centred on `pos`.
    static void paintCluster(QPainter* painter, MarkerKind kind, int count, QPointF pos);
    /// A legend icon of a marker of `kind` in `color` (the kind's own colour when invalid).
    static QPixmap icon(MarkerKind kind, int sizePx, qreal devicePixelRatio = 1.0,
                        QColor color = {});
};

}  // namespace bg
