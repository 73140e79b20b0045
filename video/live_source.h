#pragma once

#include "video/frame_slot.h"
#include "video/restart_policy.h"

#include <QMutex>
#include <QObject>
#include <QSize>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace bg {

enum class StreamState { Idle, Connecting, Playing, Reconnecting, Unauthorized, NotFound, Stopped };

struct LiveSourceConfig {
    QUrl url;                     ///< rtsp://[user:password@]host[:port]/path
    bool tcp = true;              ///< RTSP interleaved over TCP (else UDP)
    int latencyMs = 100;          ///< jitter buffer
    int noFrameTimeoutMs = 5000;  ///< watchdog: playing without a frame this long restarts
    RestartPolicyConfig restart;
};

struct StreamStats {
    quint64 frames = 0;   ///< decoded frames, across reconnects
    quint64 dropped = 0;  ///< frames replaced in the slot before anyone took them
    int reconnects = 0;
    int errors = 0;
    qint64 firstFrameMs = -1;  ///< start() → first frame
    double fps = 0;            ///< over the last second or so
    QString lastError;         ///< credentials removed
    qint64 latencyMs = -1;     ///< capture → arrival of the latest frame, -1 when unknown
    double kbps = 0;           ///< encoded bitrate over the last second or so
};

/// One live RTSP/H.264 stream: rtspsrc → depay → parse → tee → queue → (keyframe gate) →
/// avdec_h264 → videoconvert → appsink → FrameSlot. The tee keeps the encoded stream tappable
/// for recording. Failures restart the pipeline as `decideRestart` says; 401 and 404 become
/// their own states. Credentials are given to rtspsrc as properties and never logged or shown.
///
/// Threading: every GStreamer state change runs on the source's control thread (its own, or one
/// shared by several sources); never on the GUI thread. `start`, `stop` and `setKeyframesOnly`
/// may be called from any thread. Frames are read from `frames()` on any thread; `stateChanged`
/// is emitted from the control thread.
class LiveSource : public QObject {
    Q_OBJECT
public:
    /// `controlThread`: where the pipeline is driven; null makes a thread of its own.
    explicit LiveSource(LiveSourceConfig config, QThread* controlThread = nullptr);
    ~LiveSource() override;
    /// Stops and deletes a source that is no longer wanted without waiting for it: tearing an
    /// RTSP session down waits for the camera's answer (tens of ms), so a source driven by a
    /// running shared control thread is deleted there, its signals cut at once. Otherwise (its
    /// own thread, or that thread is gone) it is deleted here.
    static void retire(std::unique_ptr<LiveSource> source);

    void start();
    void stop();
    /// Decode keyframes only (cheap) or every frame.
    void setKeyframesOnly(bool on);
    /// Scale frames to this size in the pipeline (a tile's size: the copy and the paint are then
    /// 1:1); an empty size keeps the stream's own.
    void setOutputSize(QSize size);

    FrameSlot& frames() { return m_slot; }
    StreamState state() const { return m_state.load(); }
    StreamStats stats() const;
    /// The URL as it may be shown: without user name and password.
    QString displayUrl() const;

Q_SIGNALS:
    /// `attempt` counts restarts since the stream last played; `detail` explains errors.
    void stateChanged(bg::StreamState state, int attempt, const QString& detail);

private:
    struct Pipeline;
    void doStart();
    void doStop();
    void buildPipeline();
    void teardown();
    void applyOutputSize();
    void onBusError(int kind, const QString& message);
    void onFirstFrame();
    void onWatchdog();
    void fail(StreamEvent event, const QString& detail);
    void setState(StreamState s, const QString& detail = {});
    void onSample(void* sample);  // GstSample*, streaming thread

    LiveSourceConfig m_config;
    std::unique_ptr<QThread> m_ownThread;
    Pipeline* m_pipeline = nullptr;
    FrameSlot m_slot;
    std::atomic<StreamState> m_state{StreamState::Idle};
    std::atomic<bool> m_keyframesOnly{false};
    std::atomic<bool> m_firstFrameSeen{false};
    std::atomic<qint64> m_latencyMs{-1};
    std::atomic<quint64> m_encodedBytes{0};  ///< counted before the decoder (probe on the tee)
    quint64 m_bytesAtLastTick = 0;
    QSize m_outputSize;  ///< control thread only
    RestartState m_restart;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_watchdog = nullptr;
    qint64 m_startedAtMs = -1;
    bool m_running = false;

    mutable QMutex m_statsMutex;
    StreamStats m_stats;
    quint64 m_framesAtLastTick = 0;
    qint64 m_lastTickMs = -1;

    friend struct LiveSourceCallbacks;
};

/// "playing", "reconnecting" … for logs and JSON.
QString streamStateName(StreamState s);

}  // namespace bg

Q_DECLARE_METATYPE(bg::StreamState)
