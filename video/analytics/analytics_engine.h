#pragma once

#include "core/detection.h"
#include "video/analytics/detector.h"
#include "video/analytics/rule_engine.h"

#include <QImage>

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSize>
#include <QThreadPool>

#include <memory>

class QTimer;

namespace bg {

class FrameSlot;

/// What the analytics made of one frame of one camera.
struct AnalysisResult {
    QString cameraId;
    quint64 frameSequence = 0;
    qint64 frameArrivalMs = -1;  ///< when that frame reached its slot: overlays align to it
    QSize frameSize;
    QVector<Detection> detections;
    QVector<Track> tracks;
    double inferenceMs = 0;
    bool staticScene = false;   ///< skipped by motion gating: the previous tracks still hold
    QVector<RuleEvent> events;  ///< what the camera's rules saw in this frame
    QImage snapshot;            ///< the analysed frame, only when there are events
};

struct CameraAnalyticsHealth {
    double analysedFps = 0;
    double inferenceMs = 0;  ///< mean over the last second's frames
    quint64 analysed = 0;
    quint64 skippedBusy = 0;    ///< due, but the camera's previous frame was still in work
    quint64 skippedStatic = 0;  ///< nothing moved since the last analysed frame
};

/// Runs detection and tracking on live cameras: each camera is analysed at its rate (default
/// 5 fps) from its frame slot; a bounded worker pool sized to the cores does the work; a camera
/// whose previous frame is still in work skips frames (never queues them); a static scene is
/// skipped by motion gating. Results come back as `analysed` on the engine's thread.
///
/// Threading: the engine lives on one thread (the GUI thread): add/remove cameras and read
/// health there. Detection runs on the pool's threads, each with a detector of its own.
class AnalyticsEngine : public QObject {
    Q_OBJECT
public:
    explicit AnalyticsEngine(DetectorConfig detector = {}, int workers = 0,
                             QObject* parent = nullptr);
    ~AnalyticsEngine() override;

    /// Starts analysing `slot` (which must stay alive until removeCamera).
    void addCamera(const QString& cameraId, FrameSlot* slot, double fps = 5);
    void removeCamera(const QString& cameraId);
    /// The rules to apply to the camera's tracks (replacing its previous ones).
    void setRules(const QString& cameraId, const QVector<Rule>& rules);
    /// The pedestrian signal the camera's crosswalk shows now (from the hub), for its rules.
    void setSignalPhase(const QString& cameraId, SignalPhase phase);
    bool hasCamera(const QString& cameraId) const;
    CameraAnalyticsHealth health(const QString& cameraId) const;

    QString detectorName() const { return m_detectorName; }
    /// Why the fallback is in use (names the model file), empty when the model loaded.
    QString detectorWarning() const { return m_warning; }
    int workerCount() const { return m_pool.maxThreadCount(); }
    /// Blocks until the frames in work are done (for shutdown and tests).
    void waitForIdle();

Q_SIGNALS:
    void analysed(const bg::AnalysisResult& result);

private:
    struct Camera;
    std::unique_ptr<Detector> takeDetector();
    void returnDetector(std::unique_ptr<Detector> d);
    void feed();

    DetectorConfig m_config;
    QString m_detectorName;
    QString m_warning;
    QThreadPool m_pool;
    QMutex m_detectorsMutex;
    std::vector<std::unique_ptr<Detector>> m_detectors;
    QHash<QString, std::shared_ptr<Camera>> m_cameras;
    QTimer* m_feeder;
};

}  // namespace bg

Q_DECLARE_METATYPE(bg::AnalysisResult)
