#include "video/analytics/tracker.h"

#include "video/analytics/detector.h"

#include <opencv2/video/tracking.hpp>

#include <algorithm>

namespace bg {

struct Tracker::State {
    Track track;
    cv::KalmanFilter kf{8, 4, 0, CV_32F};
    int hits = 0;

    explicit State(const Detection& d, int id, qint64 timeMs) {
        // State: cx, cy, w, h and their velocities per frame; measurement: cx, cy, w, h.
        cv::setIdentity(kf.transitionMatrix);
        for (int i = 0; i < 4; ++i) kf.transitionMatrix.at<float>(i, i + 4) = 1.0f;
        kf.measurementMatrix = cv::Mat::zeros(4, 8, CV_32F);
        for (int i = 0; i < 4; ++i) kf.measurementMatrix.at<float>(i, i) = 1.0f;
        cv::setIdentity(kf.processNoiseCov, cv::Scalar::all(1e-2));
        for (int i = 4; i < 8; ++i) kf.processNoiseCov.at<float>(i, i) = 1e-3f;
        cv::setIdentity(kf.measurementNoiseCov, cv::Scalar::all(1.0));
        cv::setIdentity(kf.errorCovPost, cv::Scalar::all(10.0));
        for (int i = 4; i < 8; ++i) kf.errorCovPost.at<float>(i, i) = 1000.0f;  // unknown speed
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
    }

    QRectF predict() {
        const cv::Mat s = kf.predict();
        const float w = std::max(1.0f, s.at<float>(2));
        const float h = std::max(1.0f, s.at<float>(3));
        return QRectF(s.at<float>(0) - w / 2, s.at<float>(1) - h / 2, w, h);
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
        track.trail.append(track.box.center());
        if (track.trail.size() > trailLength) track.trail.removeFirst();
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

    // Every (track, detection) pair of the same class above the threshold, best overlap first.
    struct Pair {
        double iou;
        size_t track;
        int detection;
    };
    std::vector<Pair> pairs;
    for (size_t t = 0; t < m_states.size(); ++t)
        for (int d = 0; d < detections.size(); ++d)
            if (detections[d].className == m_states[t]->track.className)
                if (const double o = iou(predicted[t], detections[d].box); o >= m_config.minIou)
                    pairs.push_back({o, t, d});
    std::sort(pairs.begin(), pairs.end(),
              [](const Pair& a, const Pair& b) { return a.iou > b.iou; });
    std::vector<bool> trackUsed(m_states.size(), false);
    std::vector<bool> detectionUsed(size_t(detections.size()), false);
    for (const Pair& p : pairs) {
        if (trackUsed[p.track] || detectionUsed[size_t(p.detection)]) continue;
        trackUsed[p.track] = detectionUsed[size_t(p.detection)] = true;
        m_states[p.track]->correct(detections[p.detection], timeMs, m_config.trailLength);
        result.trackOfDetection[p.detection] = m_states[p.track]->track.id;
    }
    for (size_t t = 0; t < m_states.size(); ++t) {
        if (trackUsed[t]) continue;
        State& s = *m_states[t];
        ++s.track.framesMissed;
        s.track.box = predicted[t];  // coast on the prediction
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
