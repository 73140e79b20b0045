#include "widgets/marker_cluster.h"

#include <QHash>

#include <cmath>

namespace bg {

namespace {
struct CellKey {
    qint64 x;
    qint64 y;
    int kind;
    friend bool operator==(const CellKey&, const CellKey&) = default;
};
size_t qHash(const CellKey& k, size_t seed = 0) {
    return qHashMulti(seed, k.x, k.y, k.kind);
}
}  // namespace

QVector<MarkerCluster> clusterMarkers(const QVector<ClusterInput>& inputs, double cellSize) {
    QVector<MarkerCluster> out;
    if (cellSize <= 0) {
        out.reserve(inputs.size());
        for (int i = 0; i < inputs.size(); ++i)
            out.append(MarkerCluster{inputs[i].kind, inputs[i].pos, {i}});
        return out;
    }
    QHash<CellKey, int> cells;
    cells.reserve(inputs.size());
    QVector<QPointF> sums;
    for (int i = 0; i < inputs.size(); ++i) {
        const ClusterInput& in = inputs[i];
        const CellKey key{qint64(std::floor(in.pos.x() / cellSize)),
                          qint64(std::floor(in.pos.y() / cellSize)), int(in.kind)};
        auto it = cells.find(key);
        if (it == cells.end()) {
            it = cells.insert(key, int(out.size()));
            out.append(MarkerCluster{in.kind, {}, {}});
            sums.append(QPointF());
        }
        out[*it].members.append(i);
        sums[*it] += in.pos;
    }
    for (int c = 0; c < out.size(); ++c) out[c].center = sums[c] / double(out[c].members.size());
    return out;
}

}  // namespace bg
