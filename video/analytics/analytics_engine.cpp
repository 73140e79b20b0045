#include "video/analytics/analytics_engine.h"

#include "video/analytics/analysis_gate.h"
#include "video/analytics/tracker.h"
#include "video/frame_slot.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcAnalytics)

namespace bg {

namespace {
constexpr int kFeedIntervalMs = 10;
constexpr double kStaticThreshold = 1.5;  // mean absolute grey difference (0..255) at 64×36
}  // namespace

struct AnalyticsEngine::Camera {
    QString id;
    FrameSlot* slot = nullptr;
    AnalysisGate gate{5};
    quint64 lastSeq = 0;
    std::atomic<bool> busy{false};
    // Touched only by the one task in work for this camera (busy guards it).
    Tracker tracker;
    cv::Mat lastSmall;
    QVector<Track> lastTracks;
    RuleEngine rules;
    QMutex rulesMutex;  // setRules (engine thread) against the task (pool thread)
    QVector<Rule> pendingRules;
    bool rulesChanged = false;
    SignalPhase phase = SignalPhase::Unknown;
    // Health, written by tasks, read by the engine's thread.
    QMutex healthMutex;
    CameraAnalyticsHealth health;
    qint64 windowStartMs = -1;
    quint64 windowFrames = 0;
    double windowInferenceMs = 0;
};

AnalyticsEngine::AnalyticsEngine(DetectorConfig detector, int workers, QObject* parent)
    : QObject(parent), m_config(std::move(detector)), m_feeder(new QTimer(this)) {
    qRegisterMetaType<bg::AnalysisResult>();
    const int n = workers > 0 ? workers : std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(n);
    // One detector per worker: OpenCV's nets are not re-entrant. All load the same way, so the
    // first one's outcome (name, warning) speaks for all.
    for (int i = 0; i < n; ++i) {
        DetectorLoad load = loadDetector(m_config);
        if (i == 0) {
            m_detectorName = load.detector->name();
            m_warning = load.warning;
        }
        m_detectors.push_back(std::move(load.detector));
    }
    connect(m_feeder, &QTimer::timeout, this, &AnalyticsEngine::feed);
    m_feeder->start(kFeedIntervalMs);
}

AnalyticsEngine::~AnalyticsEngine() {
    m_feeder->stop();
    m_cameras.clear();
    waitForIdle();
}

void AnalyticsEngine::waitForIdle() {
    m_pool.waitForDone();
}

void AnalyticsEngine::addCamera(const QString& cameraId, FrameSlot* slot, double fps) {
    auto c = std::make_shared<Camera>();
    c->id = cameraId;
    c->slot = slot;
    c->gate.setTargetFps(fps);
    m_cameras.insert(cameraId, c);
}

void AnalyticsEngine::removeCamera(const QString& cameraId) {
    // A task in work keeps its Camera alive through the shared pointer; the slot pointer is only
    // used here on the engine's thread, so dropping the camera now is safe.
    m_cameras.remove(cameraId);
}

void AnalyticsEngine::setRules(const QString& cameraId, const QVector<Rule>& rules) {
    const auto c = m_cameras.value(cameraId);
    if (!c) return;
    QMutexLocker lock(&c->rulesMutex);
    c->pendingRules = rules;
    c->rulesChanged = true;
}

void AnalyticsEngine::setSignalPhase(const QString& cameraId, SignalPhase phase) {
    const auto c = m_cameras.value(cameraId);
    if (!c) return;
    QMutexLocker lock(&c->rulesMutex);
    c->phase = phase;
}

bool AnalyticsEngine::hasCamera(const QString& cameraId) const {
    return m_cameras.contains(cameraId);
}

CameraAnalyticsHealth AnalyticsEngine::health(const QString& cameraId) const {
    const auto c = m_cameras.value(cameraId);
    if (!c) return {};
    QMutexLocker lock(&c->healthMutex);
    CameraAnalyticsHealth h = c->health;
    h.skippedBusy = c->gate.skippedBusy();
    return h;
}

std::unique_ptr<Detector> AnalyticsEngine::takeDetector() {
    QMutexLocker lock(&m_detectorsMutex);
    if (m_detectors.empty()) return nullptr;
    auto d = std::move(m_detectors.back());
    m_detectors.pop_back();
    return d;
}

void AnalyticsEngine::returnDetector(std::unique_ptr<Detector> d) {
    QMutexLocker lock(&m_detectorsMutex);
    m_detectors.push_back(std::move(d));
}

void AnalyticsEngine::feed() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto& c : std::as_const(m_cameras)) {
        auto frame = c->slot->latestAfter(c->lastSeq);
        if (!frame) continue;
        c->lastSeq = frame->sequence;
        if (!c->gate.admit(frame->arrivalUtcMs, c->busy.load())) continue;
        c->busy = true;
        VideoFrame f = std::move(*frame);
        m_pool.start([this, c, f, now] {
            QElapsedTimer timer;
            timer.start();
            // QImage RGB32 is B, G, R, A in memory on little-endian machines: OpenCV's BGRA.
            const QImage& img = f.image;
            cv::Mat bgra(img.height(), img.width(), CV_8UC4, const_cast<uchar*>(img.constBits()),
                         size_t(img.bytesPerLine()));
            cv::Mat bgr;
            cv::cvtColor(bgra, bgr, cv::COLOR_BGRA2BGR);
            cv::Mat small;
            cv::resize(bgr, small, cv::Size(64, 36), 0, 0, cv::INTER_AREA);
            cv::cvtColor(small, small, cv::COLOR_BGR2GRAY);
            AnalysisResult r;
            r.cameraId = c->id;
            r.frameSequence = f.sequence;
            r.frameArrivalMs = f.arrivalUtcMs;
            r.frameSize = img.size();
            const bool unchanged = !c->lastSmall.empty() &&
                                   cv::mean(cv::abs(small - c->lastSmall))[0] < kStaticThreshold &&
                                   c->lastTracks.isEmpty();
            if (unchanged) {
                r.staticScene = true;
            } else {
                c->lastSmall = small;
                std::unique_ptr<Detector> d = takeDetector();
                if (d) {
                    r.detections = d->detect(bgr);
                    returnDetector(std::move(d));
                }
                r.tracks = c->tracker.update(r.detections, f.arrivalUtcMs).tracks;
                c->lastTracks = r.tracks;
            }
            {
                QMutexLocker lock(&c->rulesMutex);
                if (c->rulesChanged) {
                    c->rules.setRules(c->pendingRules);
                    c->rulesChanged = false;
                }
                c->rules.setSignalPhase(c->phase);
            }
            // A static scene keeps its tracks: rules still see a loiterer who stands still.
            r.events =
                c->rules.update(unchanged ? c->lastTracks : r.tracks, img.size(), f.arrivalUtcMs);
            if (!r.events.isEmpty()) r.snapshot = img;
            r.inferenceMs = timer.nsecsElapsed() / 1e6;
            {
                QMutexLocker lock(&c->healthMutex);
                if (unchanged) {
                    ++c->health.skippedStatic;
                } else {
                    ++c->health.analysed;
                    ++c->windowFrames;
                    c->windowInferenceMs += r.inferenceMs;
                }
                if (c->windowStartMs < 0) c->windowStartMs = now;
                const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - c->windowStartMs;
                if (elapsed >= 1000) {
                    c->health.analysedFps = c->windowFrames * 1000.0 / elapsed;
                    c->health.inferenceMs =
                        c->windowFrames ? c->windowInferenceMs / c->windowFrames : 0;
                    c->windowStartMs = QDateTime::currentMSecsSinceEpoch();
                    c->windowFrames = 0;
                    c->windowInferenceMs = 0;
                }
            }
            c->busy = false;
            QMetaObject::invokeMethod(
                this, [this, r] { Q_EMIT analysed(r); }, Qt::QueuedConnection);
        });
    }
}

}  // namespace bg
