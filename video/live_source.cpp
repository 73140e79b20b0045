#include "video/live_source.h"

#include "video/gst_runtime.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <gst/app/gstappsink.h>
#include <gst/gst.h>
#include <gst/video/video.h>

Q_DECLARE_LOGGING_CATEGORY(lcVideo)

namespace bg {

namespace {
qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

enum ErrorKind { kError = 0, kUnauthorized = 1, kNotFound = 2 };
}  // namespace

QString streamStateName(StreamState s) {
    switch (s) {
        case StreamState::Idle:
            return QStringLiteral("idle");
        case StreamState::Connecting:
            return QStringLiteral("connecting");
        case StreamState::Playing:
            return QStringLiteral("playing");
        case StreamState::Reconnecting:
            return QStringLiteral("reconnecting");
        case StreamState::Unauthorized:
            return QStringLiteral("unauthorized");
        case StreamState::NotFound:
            return QStringLiteral("not found");
        case StreamState::Stopped:
            return QStringLiteral("stopped");
    }
    return {};
}

struct LiveSource::Pipeline {
    GstElement* pipeline = nullptr;
    GstElement* gate = nullptr;  // identity that drops delta frames in keyframe-only mode
    GstElement* size = nullptr;  // capsfilter after videoscale: the output size
    quint64 generation = 0;
};

/// C callbacks of GStreamer, forwarding to the source on its control thread.
struct LiveSourceCallbacks {
    struct Context {
        LiveSource* source;
        quint64 generation;
    };

    static GstBusSyncReply onBusMessage(GstBus*, GstMessage* msg, gpointer data) {
        auto* ctx = static_cast<Context*>(data);
        LiveSource* src = ctx->source;
        const quint64 gen = ctx->generation;
        int kind = -1;
        QString text;
        switch (GST_MESSAGE_TYPE(msg)) {
            case GST_MESSAGE_ERROR: {
                GError* error = nullptr;
                gchar* debug = nullptr;
                gst_message_parse_error(msg, &error, &debug);
                kind = kError;
                if (error && error->domain == GST_RESOURCE_ERROR) {
                    if (error->code == GST_RESOURCE_ERROR_NOT_AUTHORIZED) kind = kUnauthorized;
                    if (error->code == GST_RESOURCE_ERROR_NOT_FOUND) kind = kNotFound;
                }
                text = QString::fromUtf8(error ? error->message : "unknown error");
                if (error) g_error_free(error);
                g_free(debug);
                break;
            }
            case GST_MESSAGE_EOS:
                kind = kError;
                text = QStringLiteral("the stream ended");
                break;
            default:
                break;
        }
        if (kind >= 0) {
            QMetaObject::invokeMethod(
                src,
                [src, gen, kind, text] {
                    if (src->m_pipeline && src->m_pipeline->generation == gen)
                        src->onBusError(kind, text);
                },
                Qt::QueuedConnection);
        }
        gst_message_unref(msg);
        return GST_BUS_DROP;
    }

    static GstFlowReturn onNewSample(GstAppSink* sink, gpointer data) {
        auto* ctx = static_cast<Context*>(data);
        GstSample* sample = gst_app_sink_pull_sample(sink);
        if (!sample) return GST_FLOW_OK;
        ctx->source->onSample(sample);
        gst_sample_unref(sample);
        if (!ctx->source->m_firstFrameSeen.exchange(true)) {
            LiveSource* src = ctx->source;
            const quint64 gen = ctx->generation;
            QMetaObject::invokeMethod(
                src,
                [src, gen] {
                    if (src->m_pipeline && src->m_pipeline->generation == gen) src->onFirstFrame();
                },
                Qt::QueuedConnection);
        }
        return GST_FLOW_OK;
    }

    static void destroyContext(gpointer data) { delete static_cast<Context*>(data); }
};

LiveSource::LiveSource(LiveSourceConfig config, QThread* controlThread)
    : m_config(std::move(config)) {
    qRegisterMetaType<bg::StreamState>();
    (void)initGStreamer();
    if (!controlThread) {
        m_ownThread = std::make_unique<QThread>();
        m_ownThread->setObjectName(QStringLiteral("video-control"));
        m_ownThread->start();
        controlThread = m_ownThread.get();
    }
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_watchdog = new QTimer(this);
    m_watchdog->setInterval(1000);
    connect(m_retryTimer, &QTimer::timeout, this, &LiveSource::buildPipeline);
    connect(m_watchdog, &QTimer::timeout, this, &LiveSource::onWatchdog);
    moveToThread(controlThread);
}

LiveSource::~LiveSource() {
    stop();
    if (m_ownThread) {
        m_ownThread->quit();
        m_ownThread->wait();
    }
}

void LiveSource::retire(std::unique_ptr<LiveSource> source) {
    if (!source) return;
    QThread* control = source->thread();
    if (source->m_ownThread || !control || !control->isRunning() ||
        control == QThread::currentThread())
        return;  // deleted here by the unique_ptr
    LiveSource* raw = source.release();
    QObject::disconnect(raw, nullptr, nullptr, nullptr);
    QMetaObject::invokeMethod(
        raw, [raw] { delete raw; }, Qt::QueuedConnection);
}

QString LiveSource::displayUrl() const {
    return m_config.url.toDisplayString(QUrl::RemoveUserInfo);
}

void LiveSource::start() {
    QMetaObject::invokeMethod(this, &LiveSource::doStart, Qt::QueuedConnection);
}

void LiveSource::stop() {
    if (QThread::currentThread() == thread())
        doStop();
    else if (thread()->isRunning())
        QMetaObject::invokeMethod(this, &LiveSource::doStop, Qt::BlockingQueuedConnection);
}

void LiveSource::setKeyframesOnly(bool on) {
    m_keyframesOnly = on;
    QMetaObject::invokeMethod(
        this,
        [this, on] {
            if (m_pipeline && m_pipeline->gate)
                g_object_set(m_pipeline->gate, "drop-buffer-flags",
                             on ? GST_BUFFER_FLAG_DELTA_UNIT : 0, nullptr);
        },
        Qt::QueuedConnection);
}

void LiveSource::setOutputSize(QSize size) {
    QMetaObject::invokeMethod(
        this,
        [this, size] {
            if (size == m_outputSize) return;
            m_outputSize = size;
            applyOutputSize();
        },
        Qt::QueuedConnection);
}

void LiveSource::applyOutputSize() {
    if (!m_pipeline || !m_pipeline->size) return;
    // Even sizes: I420 and most converters want them.
    GstCaps* caps =
        m_outputSize.isEmpty()
            ? gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", nullptr)
            : gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", "width",
                                  G_TYPE_INT, std::max(2, m_outputSize.width() & ~1), "height",
                                  G_TYPE_INT, std::max(2, m_outputSize.height() & ~1), nullptr);
    g_object_set(m_pipeline->size, "caps", caps, nullptr);
    gst_caps_unref(caps);
}

StreamStats LiveSource::stats() const {
    QMutexLocker lock(&m_statsMutex);
    StreamStats s = m_stats;
    s.frames = m_slot.framesPut();
    s.latencyMs = m_latencyMs.load();
    s.dropped = m_slot.droppedFrames();
    return s;
}

void LiveSource::doStart() {
    if (m_running) return;
    m_running = true;
    m_startedAtMs = nowMs();
    m_restart = {};
    m_watchdog->start();
    buildPipeline();
}

void LiveSource::doStop() {
    if (!m_running && !m_pipeline) return;
    m_running = false;
    m_retryTimer->stop();
    m_watchdog->stop();
    teardown();
    setState(StreamState::Stopped);
}

void LiveSource::buildPipeline() {
    if (!m_running) return;
    teardown();
    static std::atomic<quint64> generations{0};
    GError* error = nullptr;
    GstElement* pipeline = gst_parse_launch(
        "rtspsrc name=src ! rtph264depay ! h264parse ! tee name=t "
        "t. ! queue leaky=downstream max-size-buffers=60 max-size-time=0 max-size-bytes=0 "
        "! identity name=gate ! avdec_h264 ! videoconvert ! videoscale "
        "! capsfilter name=size caps=video/x-raw,format=BGRx "
        "! appsink name=sink max-buffers=1 drop=true sync=false",
        &error);
    if (!pipeline) {
        const QString msg = QString::fromUtf8(error ? error->message : "cannot build pipeline");
        if (error) g_error_free(error);
        fail(StreamEvent::Error, msg);
        return;
    }
    m_pipeline = new Pipeline{pipeline, nullptr, nullptr, ++generations};
    GstElement* src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    QUrl url = m_config.url;
    const QString user = url.userName();
    const QString password = url.password();
    url.setUserInfo({});
    g_object_set(src, "location", url.toString().toUtf8().constData(), "latency",
                 guint(m_config.latencyMs), "protocols", m_config.tcp ? 0x4 /*TCP*/ : 0x1 /*UDP*/,
                 nullptr);
    if (!user.isEmpty())
        g_object_set(src, "user-id", user.toUtf8().constData(), "user-pw",
                     password.toUtf8().constData(), nullptr);
    gst_object_unref(src);
    m_pipeline->gate = gst_bin_get_by_name(GST_BIN(pipeline), "gate");
    m_pipeline->size = gst_bin_get_by_name(GST_BIN(pipeline), "size");
    // Bitrate: count the encoded bytes entering the tee (before any decoding).
    if (GstElement* tee = gst_bin_get_by_name(GST_BIN(pipeline), "t")) {
        GstPad* pad = gst_element_get_static_pad(tee, "sink");
        gst_pad_add_probe(
            pad, GST_PAD_PROBE_TYPE_BUFFER,
            [](GstPad*, GstPadProbeInfo* info, gpointer data) -> GstPadProbeReturn {
                static_cast<std::atomic<quint64>*>(data)->fetch_add(
                    gst_buffer_get_size(GST_PAD_PROBE_INFO_BUFFER(info)));
                return GST_PAD_PROBE_OK;
            },
            &m_encodedBytes, nullptr);
        gst_object_unref(pad);
        gst_object_unref(tee);
    }
    applyOutputSize();
    if (m_keyframesOnly)
        g_object_set(m_pipeline->gate, "drop-buffer-flags", GST_BUFFER_FLAG_DELTA_UNIT, nullptr);

    GstElement* sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    GstAppSinkCallbacks callbacks{};
    callbacks.new_sample = &LiveSourceCallbacks::onNewSample;
    gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks,
                               new LiveSourceCallbacks::Context{this, m_pipeline->generation},
                               &LiveSourceCallbacks::destroyContext);
    gst_object_unref(sink);
    GstBus* bus = gst_element_get_bus(pipeline);
    gst_bus_set_sync_handler(bus, &LiveSourceCallbacks::onBusMessage,
                             new LiveSourceCallbacks::Context{this, m_pipeline->generation},
                             &LiveSourceCallbacks::destroyContext);
    gst_object_unref(bus);

    m_firstFrameSeen = false;
    setState(m_restart.consecutiveFailures > 0 ? StreamState::Reconnecting
                                               : StreamState::Connecting);
    if (gst_element_set_state(pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        fail(StreamEvent::Error, QStringLiteral("the pipeline did not start"));
}

void LiveSource::teardown() {
    if (!m_pipeline) return;
    Pipeline* p = m_pipeline;
    m_pipeline = nullptr;
    gst_element_set_state(p->pipeline, GST_STATE_NULL);
    if (p->gate) gst_object_unref(p->gate);
    if (p->size) gst_object_unref(p->size);
    gst_object_unref(p->pipeline);
    delete p;
}

void LiveSource::onSample(void* s) {
    auto* sample = static_cast<GstSample*>(s);
    GstVideoInfo info;
    if (!gst_video_info_from_caps(&info, gst_sample_get_caps(sample))) return;
    GstBuffer* buffer = gst_sample_get_buffer(sample);
    GstMapInfo map;
    if (!gst_buffer_map(buffer, &map, GST_MAP_READ)) return;
    VideoFrame frame;
    // Copy out of the GStreamer buffer: it goes back to the decoder's pool on unmap.
    frame.image = QImage(map.data, GST_VIDEO_INFO_WIDTH(&info), GST_VIDEO_INFO_HEIGHT(&info),
                         GST_VIDEO_INFO_PLANE_STRIDE(&info, 0), QImage::Format_RGB32)
                      .copy();
    gst_buffer_unmap(buffer, &map);
    if (GST_BUFFER_PTS_IS_VALID(buffer)) frame.ptsMs = qint64(GST_BUFFER_PTS(buffer) / GST_MSECOND);
    // Capture time from the camera: the RFC 6051 NTP-64 RTP header extension becomes a
    // reference timestamp meta (timestamp/x-ntp, ns since 1900) that the decoder keeps.
    static GstCaps* const ntpCaps = gst_caps_new_empty_simple("timestamp/x-ntp");
    if (GstReferenceTimestampMeta* meta =
            gst_buffer_get_reference_timestamp_meta(buffer, ntpCaps)) {
        constexpr qint64 kNtpToUnixS = 2208988800LL;
        frame.captureUtcMs = qint64(meta->timestamp / GST_MSECOND) - kNtpToUnixS * 1000;
    }
    const qint64 arrival = nowMs();
    if (frame.captureUtcMs > 0) m_latencyMs = arrival - frame.captureUtcMs;
    m_slot.put(std::move(frame), arrival);
}

void LiveSource::onFirstFrame() {
    {
        QMutexLocker lock(&m_statsMutex);
        if (m_stats.firstFrameMs < 0) m_stats.firstFrameMs = nowMs() - m_startedAtMs;
    }
    decideRestart(m_config.restart, m_restart, StreamEvent::Playing, nowMs(), 0);
    setState(StreamState::Playing);
}

void LiveSource::onBusError(int kind, const QString& message) {
    const StreamEvent event = kind == kUnauthorized ? StreamEvent::Unauthorized
                              : kind == kNotFound   ? StreamEvent::NotFound
                                                    : StreamEvent::Error;
    fail(event, message);
}

void LiveSource::onWatchdog() {
    const qint64 now = nowMs();
    {
        QMutexLocker lock(&m_statsMutex);
        const quint64 frames = m_slot.framesPut();
        const quint64 bytes = m_encodedBytes.load();
        if (m_lastTickMs > 0 && now > m_lastTickMs) {
            m_stats.fps = double(frames - m_framesAtLastTick) * 1000.0 / double(now - m_lastTickMs);
            m_stats.kbps = double(bytes - m_bytesAtLastTick) * 8.0 / double(now - m_lastTickMs);
        }
        m_bytesAtLastTick = bytes;
        m_framesAtLastTick = frames;
        m_lastTickMs = now;
    }
    if (m_state == StreamState::Playing && m_slot.msSinceLastFrame(now) > m_config.noFrameTimeoutMs)
        fail(StreamEvent::NoFrames,
             QStringLiteral("no frame for %1 ms").arg(m_slot.msSinceLastFrame(now)));
}

void LiveSource::fail(StreamEvent event, const QString& detail) {
    if (!m_running) return;
    teardown();
    const RestartDecision d = decideRestart(m_config.restart, m_restart, event, nowMs(),
                                            QRandomGenerator::global()->generateDouble());
    {
        QMutexLocker lock(&m_statsMutex);
        ++m_stats.errors;
        ++m_stats.reconnects;
        m_stats.lastError = detail;
    }
    qCWarning(lcVideo).noquote() << displayUrl() << streamStateName(m_state) << "failed:" << detail
                                 << "- retrying in" << d.delayMs << "ms";
    setState(event == StreamEvent::Unauthorized ? StreamState::Unauthorized
             : event == StreamEvent::NotFound   ? StreamState::NotFound
                                                : StreamState::Reconnecting,
             detail);
    if (d.restart) m_retryTimer->start(d.delayMs);
}

void LiveSource::setState(StreamState s, const QString& detail) {
    m_state = s;
    Q_EMIT stateChanged(s, m_restart.consecutiveFailures, detail);
}

}  // namespace bg
