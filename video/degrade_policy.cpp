#include "video/degrade_policy.h"

#include <algorithm>
#include <cmath>

namespace bg {

DegradeDecision decideDegrade(const DegradeConfig& c, DegradeState& s, double load,
                              const QVector<TileLoad>& tiles, qint64 now) {
    DegradeDecision d;
    if (load >= c.highLoad) {
        s.lowSinceMs = -1;
        if (s.highSinceMs < 0) s.highSinceMs = now;
        if (now - s.highSinceMs < c.highHoldMs) return d;
        QVector<TileLoad> full;
        for (const TileLoad& t : tiles)
            if (!t.keyframesOnly) full.append(t);
        std::sort(full.begin(), full.end(),
                  [](const TileLoad& a, const TileLoad& b) { return a.cost > b.cost; });
        const int n =
            std::min<int>(int(full.size()), std::max(1, int(std::ceil(full.size() * c.stepShare))));
        for (int i = 0; i < n; ++i) d.toKeyframes.append(full[i].index);
        s.highSinceMs = now;  // the next step waits for the load to answer this one
        return d;
    }
    s.highSinceMs = -1;
    if (load > c.lowLoad) {
        s.lowSinceMs = -1;
        return d;
    }
    if (s.lowSinceMs < 0) s.lowSinceMs = now;
    if (now - s.lowSinceMs < c.lowHoldMs) return d;
    // Calm long enough: give the cheapest degraded tile its frames back, one at a time.
    const TileLoad* cheapest = nullptr;
    for (const TileLoad& t : tiles)
        if (t.keyframesOnly && (!cheapest || t.cost < cheapest->cost)) cheapest = &t;
    if (cheapest) d.toFull.append(cheapest->index);
    s.lowSinceMs = now;
    return d;
}

}  // namespace bg
