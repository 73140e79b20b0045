#pragma once

#include <QVector>
#include <QtGlobal>

namespace bg {

struct DegradeConfig {
    double highLoad = 0.85;   ///< share of all cores above which the wall is overloaded
    double lowLoad = 0.55;    ///< below this it may decode more again
    int highHoldMs = 1500;    ///< overload must last this long before tiles degrade …
    int lowHoldMs = 8000;     ///< … and calm this long before one tile recovers (hysteresis)
    double stepShare = 0.25;  ///< share of the fully decoded tiles degraded per step
};

struct TileLoad {
    int index = 0;
    double cost = 0;  ///< decoded pixels per second (width × height × fps)
    bool keyframesOnly = false;
};

struct DegradeState {
    qint64 highSinceMs = -1;
    qint64 lowSinceMs = -1;
};

struct DegradeDecision {
    QVector<int> toKeyframes;  ///< tiles to move to keyframe-only decoding
    QVector<int> toFull;       ///< tiles to decode fully again
};

/// Decides which wall tiles decode keyframes only, so that under CPU overload the costliest
/// tiles get cheaper before anything freezes, and recover one at a time, slowly, when the load
/// falls. Pure: the caller measures the load (0..1 of all cores) and applies the decision.
DegradeDecision decideDegrade(const DegradeConfig& config, DegradeState& state, double load,
                              const QVector<TileLoad>& tiles, qint64 nowMs);

}  // namespace bg
