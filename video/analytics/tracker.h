#pragma once

#include "core/detection.h"

#include <memory>
#include <vector>

namespace bg {

struct TrackerConfig {
    double minIou = 0.25;  ///< overlap with the prediction or the last box that continues a track
    /// Without that overlap, a detection within this many box sizes of the track's prediction or
    /// last box still continues it (the gate widens while the track coasts)
    double maxDistance = 0.5;
    int maxMissed = 8;     ///< frames a track coasts on its prediction before it ends
    int minHits = 2;       ///< matched detections before a track counts as confirmed
    int trailLength = 30;  ///< centres kept for the trail drawn on the tile
};

struct TrackerResult {
    QVector<Track> tracks;          ///< confirmed tracks, matched now or coasting
    QVector<int> trackOfDetection;  ///< for each input detection, its track id
};

/// A SORT-style multi-object tracker: a constant-velocity Kalman filter per track over the box
/// (centre, width, height and their velocities; noise scaled by the box height, loose enough
/// for a walker who stops or turns between two analysed frames at 5 fps), detections matched
/// to tracks of the same class by IoU with the prediction or with the last detection (greedy,
/// highest overlap first), then what is left by centre distance in box sizes; new tracks for
/// the unmatched, and tracks that find no detection coasting for a few frames (slowing down)
/// so short occlusions keep their id.
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
