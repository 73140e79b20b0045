#include "video/analytics/tracker.h"

#include "video/analytics/detector.h"

#include <opencv2/video/tracking.hpp>

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace bg {

namespace {
// Noise of the constant-velocity model, as fractions of the box height (so a far, small person
// and a near, large one are tracked alike). Tuned for 2..10 analysed frames a second, where a
// walker who stops or turns changes velocity by a quarter of his height from one frame to the
// next: the velocity must be allowed to change that fast, or the prediction runs away from him.
constexpr float kPositionNoise = 0.05f;
constexpr float kVelocityNoise = 0.12f;
constexpr float kMeasurementNoise = 0.04f;

float sq(float v) {
    return v * v;
}

QPointF centreOf(const QRectF& r) {
    return r.center();
}
}  // namespace

struct Tracker::State {
    Track track;
    cv::KalmanFilter kf{8, 4, 0, CV_32F};
    int hits = 0;
    QRectF lastMatched;  ///< the last detection taken, as seen (not filtered)
    QRectF predicted;    ///< where the filter expects it in this frame

    explicit State(const Detection& d, int id, qint64 timeMs) {
        // State: cx, cy, w, h and their velocities per frame; measurement: cx, cy, w, h.
        cv::setIdentity(kf.transitionMatrix);
        for (int i = 0; i < 4; ++i) kf.transitionMatrix.at<float>(i, i + 4) = 1.0f;
        kf.measurementMatrix = cv::Mat::zeros(4, 8, CV_32F);
        for (int i = 0; i < 4; ++i) kf.measurementMatrix.at<float>(i, i) = 1.0f;
        const float h = float(std::max(1.0, d.box.height()));
        setNoise(h);
        cv::setIdentity(kf.errorCovPost, cv::Scalar::all(sq(0.1f * h)));
        for (int i = 4; i < 8; ++i)
            kf.errorCovPost.at<float>(i, i) = sq(0.5f * h);  // unknown speed
        const QPointF c = d.box.center();
        kf.statePost = (cv::Mat_<float>(8, 1) << float(c.x()), float(c.y()), float(d.box.width()),
                        float(d.box.height()), 0, 0, 0, 0);
        track.id = id;
        track.className = d.className;
        track.confidence = d.confidence;
        track.box = d.box;
        track.firstSeenMs = track.lastSeenMs = timeMs;
        track.framesSeen = hits = 1;
        track.trail.append(c);
        lastMatched = predicted = d.box;
    }

    void setNoise(float h) {
        kf.processNoiseCov = cv::Mat::zeros(8, 8, CV_32F);
        for (int i = 0; i < 4; ++i) {
            kf.processNoiseCov.at<float>(i, i) = sq(kPositionNoise * h);
            kf.processNoiseCov.at<float>(i + 4, i + 4) = sq(kVelocityNoise * h);
        }
        cv::setIdentity(kf.measurementNoiseCov, cv::Scalar::all(sq(kMeasurementNoise * h)));
    }

    QRectF predict() {
        setNoise(float(std::max(1.0, track.box.height())));
        const cv::Mat s = kf.predict();
        const float w = std::max(1.0f, s.at<float>(2));
        const float h = std::max(1.0f, s.at<float>(3));
        predicted = QRectF(s.at<float>(0) - w / 2, s.at<float>(1) - h / 2, w, h);
        return predicted;
    }

    /// A track that has lost its object slows down while it coasts: an occluded walker is more
    /// likely to be near where he was hidden than far along a guessed line.
    void coast() {
        for (int i = 4; i < 8; ++i) kf.statePost.at<float>(i) *= 0.85f;
        kf.statePre = kf.statePost.clone();
    }

    void correct(const Detection& d, qint64 timeMs, int trailLength) {
        const QPointF c = d.box.center();
        const cv::Mat s = kf.correct((cv::Mat_<float>(4, 1) << float(c.x()), float(c.y()),
                                      float(d.box.width()), float(d.box.height())));
        const float w = std::max(1.0f, s.at<float>(2));
        const float h = std::max(1.0f, s.at<float>(3));
        track.box = QRectF(s.at<float>(0) - w / 2, s.at<float>(1) - h / 2, w, h);
        track.confidence = d.confidence;
        track.lastSeenMs = timeMs;
        track.framesMissed = 0;
        ++track.framesSeen;
        ++hits;
        lastMatched = d.box;
        track.trail.append(track.box.center());
        if (track.trail.size() > trailLength) track.trail.removeFirst();
    }

    /// How far (in box sizes) a detection is from where this track is expected or was last
    /// seen, whichever is nearer; infinity when their sizes are too different to be one object.
    double distance(const QRectF& box) const {
        const double size = std::sqrt(std::max(1.0, lastMatched.width() * lastMatched.height()));
        const double ratio = box.height() / std::max(1.0, lastMatched.height());
        if (ratio < 0.6 || ratio > 1.0 / 0.6) return std::numeric_limits<double>::infinity();
        const QPointF c = centreOf(box);
        const double toPredicted = QLineF(c, centreOf(predicted)).length();
        const double toLast = QLineF(c, centreOf(lastMatched)).length();
        return std::min(toPredicted, toLast) / size;
    }
};

Tracker::Tracker(TrackerConfig config) : m_config(config) {}
Tracker::~Tracker() = default;
Tracker::Tracker(Tracker&&) noexcept = default;
Tracker& Tracker::operator=(Tracker&&) noexcept = default;

void Tracker::reset() {
    m_states.clear();
    m_nextId = 1;
}

TrackerResult Tracker::update(const QVector<Detection>& detections, qint64 timeMs) {
    TrackerResult result;
    result.trackOfDetection.fill(-1, detections.size());
    std::vector<QRectF> predicted;
    predicted.reserve(m_states.size());
    for (auto& s : m_states) predicted.push_back(s->predict());

    // Stage 1: every (track, detection) pair of the same class whose overlap with the track's
    // prediction or with its last detection (an object that stopped) is above the threshold,
    // best overlap first.
    struct Pair {
        double score;
        size_t track;
        int detection;
    };
    std::vector<Pair> pairs;
    for (size_t t = 0; t < m_states.size(); ++t)
        for (int d = 0; d < detections.size(); ++d)
            if (detections[d].className == m_states[t]->track.className) {
                const double o = iou(predicted[t], detections[d].box);
                if (o >= m_config.minIou) pairs.push_back({o, t, d});
            }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.score > b.score; });
    std::vector<bool> trackUsed(m_states.size(), false);
    std::vector<bool> detectionUsed(size_t(detections.size()), false);
    auto take = [&](const std::vector<Pair>& candidates) {
        for (const Pair& p : candidates) {
            if (trackUsed[p.track] || detectionUsed[size_t(p.detection)]) continue;
            trackUsed[p.track] = detectionUsed[size_t(p.detection)] = true;
            m_states[p.track]->correct(detections[p.detection], timeMs, m_config.trailLength);
            result.trackOfDetection[p.detection] = m_states[p.track]->track.id;
        }
    };
    take(pairs);
    // Stage 2: what is left, by centre distance in box sizes (small, fast objects at a low
    // frame rate overlap nothing from one frame to the next). A track that has been coasting
    // gets a wider gate, the longer the wider, since its object may have changed pace.
    pairs.clear();
    for (size_t t = 0; t < m_states.size(); ++t) {
        if (trackUsed[t]) continue;
        const double gate =
            std::min(m_config.maxDistance * (1.0 + 0.25 * m_states[t]->track.framesMissed),
                     2.0 * m_config.maxDistance);
        for (int d = 0; d < detections.size(); ++d)
            if (!detectionUsed[size_t(d)] &&
                detections[d].className == m_states[t]->track.className)
                if (const double dist = m_states[t]->distance(detections[d].box); dist <= gate)
                    pairs.push_back({-dist, t, d});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.score > b.score; });
    take(pairs);
    for (size_t t = 0; t < m_states.size(); ++t) {
        if (trackUsed[t]) continue;
        State& s = *m_states[t];
        ++s.track.framesMissed;
        s.track.box = predicted[t];  // coast on the prediction
        s.coast();
    }
    m_states.erase(std::remove_if(m_states.begin(), m_states.end(),
                                  [this](const auto& s) {
                                      return s->track.framesMissed > m_config.maxMissed;
                                  }),
                   m_states.end());
    for (int d = 0; d < detections.size(); ++d) {
        if (detectionUsed[size_t(d)]) continue;
        m_states.push_back(std::make_unique<State>(detections[d], m_nextId++, timeMs));
        result.trackOfDetection[d] = m_states.back()->track.id;
    }
    for (const auto& s : m_states)
        if (s->hits >= m_config.minHits) result.tracks.append(s->track);
    return result;
}

}  // namespace bg
