#pragma once

#include "core/detection.h"

#include <memory>
#include <vector>

namespace bg {

struct TrackerConfig {
    double minIou = 0.25;  ///< a detection continues a track only above this overlap
    int maxMissed = 8;     ///< frames a track coasts on its prediction before it ends
    int minHits = 2;       ///< matched detections before a track counts as confirmed
    int trailLength = 30;  ///< centres kept for the trail drawn on the tile
};

struct TrackerResult {
    QVector<Track> tracks;          ///< confirmed tracks, matched now or coasting
    QVector<int> trackOfDetection;  ///< for each input detection, its track id
};

/// A SORT-style multi-object tracker: a constant-velocity Kalman filter per track over the box
/// (centre, width, height and their velocities), detections matched to predictions of the same
/// class by IoU (greedy, highest overlap first), new tracks for the unmatched, and tracks that
/// find no detection coasting for a few frames so short occlusions keep their id.
///
/// Threading: one thread per instance (one tracker per camera).
class Tracker {
public:
    explicit Tracker(TrackerConfig config = {});
    ~Tracker();
    Tracker(Tracker&&) noexcept;
    Tracker& operator=(Tracker&&) noexcept;

    TrackerResult update(const QVector<Detection>& detections, qint64 timeMs);
    void reset();

private:
    struct State;
    TrackerConfig m_config;
    std::vector<std::unique_ptr<State>> m_states;
    int m_nextId = 1;
};

}  // namespace bg
