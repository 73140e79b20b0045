#pragma once

#include "widgets/map_marker.h"

#include <QPointF>
#include <QVector>

namespace bg {

/// Markers of one kind that fall in the same grid cell, drawn as one count bubble. A cluster of
/// one is drawn as the marker itself.
struct MarkerCluster {
    MarkerKind kind = MarkerKind::Camera;
    QPointF center;        ///< mean position of the members (plane units)
    QVector<int> members;  ///< indices into the input, in input order
};

/// One input point of `clusterMarkers`.
struct ClusterInput {
    QPointF pos;  ///< position on the plane (e.g. scene units)
    MarkerKind kind = MarkerKind::Camera;
};

/// Grid clustering: the plane is cut into square cells of `cellSize` anchored at the origin
/// (so clusters do not change while panning), and the markers of one kind in one cell form a
/// cluster. Every input index lands in exactly one cluster. The result is deterministic:
/// clusters come in the order of their first member, members in input order. `cellSize` <= 0
/// puts every marker in a cluster of its own.
QVector<MarkerCluster> clusterMarkers(const QVector<ClusterInput>& inputs, double cellSize);

}  // namespace bg
