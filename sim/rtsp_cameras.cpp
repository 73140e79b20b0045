#include "rtsp_cameras.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <gst/app/gstappsrc.h>
#include <gst/gst.h>
#include <gst/rtp/gstrtphdrext.h>
#include <gst/rtsp-server/rtsp-server.h>

Q_LOGGING_CATEGORY(lcRtsp, "bitgoeul.sim.rtsp", QtInfoMsg)

// A GstRTSPMountPoints whose make_path() creates the camera's mount point on first request:
// 2,000 cameras × 2 streams registered up front would cost seconds (see README.md), and most are
// never watched. gst-rtsp-server 1.22 has no virtual match(), but make_path() runs right before
// every match() on the same path.
struct SimMountPoints {
    GstRTSPMountPoints parent;
    sim::RtspCameras* owner;
};
struct SimMountPointsClass {
    GstRTSPMountPointsClass parentClass;
};

G_DEFINE_TYPE(SimMountPoints, sim_mount_points, GST_TYPE_RTSP_MOUNT_POINTS)

namespace sim {
struct MountTarget;
}

// A GstRTSPMediaFactory whose cache key changes once its shared media is being torn down. In
// gst-rtsp-server 1.22 a viewer arriving while the last viewer's TEARDOWN is still unpreparing
// the shared media gets that dying media ("can not reuse media", or with reusable media a
// pipeline whose stream elements are being removed); a new key gives it a fresh pipeline.
struct SimMediaFactory {
    GstRTSPMediaFactory parent;
    sim::MountTarget* target;
};
struct SimMediaFactoryClass {
    GstRTSPMediaFactoryClass parentClass;
};

G_DEFINE_TYPE(SimMediaFactory, sim_media_factory, GST_TYPE_RTSP_MEDIA_FACTORY)

namespace sim {

namespace {

constexpr quint64 kNtpUnixOffsetSeconds = 2208988800ULL;  // 1900-01-01 to 1970-01-01
constexpr int kClipWaitMs = 90000;  // first-time encoding of one scene, worst case

}  // namespace

/// What a mount point serves, and its current shared media; owned by its factory's signal
/// connection.
/// Threading: `mutex` guards `current` and `generation` (RTSP client threads).
struct MountTarget {
    RtspCameras* owner;
    ClipCache* clips;
    int scene;
    StreamKind stream;
    std::mutex mutex;
    GWeakRef current{};
    int generation = 0;

    MountTarget(RtspCameras* o, ClipCache* c, int s, StreamKind k)
        : owner(o), clips(c), scene(s), stream(k) {
        g_weak_ref_init(&current, nullptr);
    }
    ~MountTarget() { g_weak_ref_clear(&current); }
};

namespace {

/// Feeds one playing stream: the clip's access units in a loop, one per frame period.
/// Threading: used only on the appsrc's streaming thread (need-data), freed with the media.
struct Feeder {
    std::shared_ptr<const Clip> clip;
    size_t next = 0;
    GstClockTime nextPts = GST_CLOCK_TIME_NONE;
    GstClockTime frameDuration = 0;
    GstCaps* ntpCaps = nullptr;

    ~Feeder() {
        if (ntpCaps) gst_caps_unref(ntpCaps);
    }

    static void needData(GstAppSrc* src, guint, gpointer self) {
        static_cast<Feeder*>(self)->pushNext(src);
    }

    void pushNext(GstAppSrc* src) {
        GstElement* element = GST_ELEMENT(src);
        GstClock* clock = gst_element_get_clock(element);
        if (clock) {
            const GstClockTime base = gst_element_get_base_time(element);
            const GstClockTime now = gst_clock_get_time(clock) - base;
            // Start, after a stall (a paused client), or when the media was prepared again
            // (a new running time): restart the timeline at "now".
            if (nextPts == GST_CLOCK_TIME_NONE || nextPts + GST_SECOND < now ||
                nextPts > now + GST_SECOND)
                nextPts = now;
            if (nextPts > now) {
                // Live pacing: this is the only waiting a stream does; nothing is encoded.
                GstClockID id = gst_clock_new_single_shot_id(clock, base + nextPts);
                gst_clock_id_wait(id, nullptr);
                gst_clock_id_unref(id);
            }
            gst_object_unref(clock);
        } else if (nextPts == GST_CLOCK_TIME_NONE) {
            nextPts = 0;
        }
        const AccessUnit& unit = clip->units[next];
        auto* holder = new std::shared_ptr<const Clip>(clip);
        GstBuffer* buffer = gst_buffer_new_wrapped_full(
            GST_MEMORY_FLAG_READONLY, const_cast<char*>(unit.bytes.constData()),
            gsize(unit.bytes.size()), 0, gsize(unit.bytes.size()), holder,
            [](gpointer p) { delete static_cast<std::shared_ptr<const Clip>*>(p); });
        GST_BUFFER_PTS(buffer) = nextPts;
        GST_BUFFER_DTS(buffer) = nextPts;
        GST_BUFFER_DURATION(buffer) = frameDuration;
        if (!unit.keyframe) GST_BUFFER_FLAG_SET(buffer, GST_BUFFER_FLAG_DELTA_UNIT);
        // The capture time a client reads back: wall clock now, as NTP (since 1900) in ns,
        // which is what rtphdrextntp64 writes into the RTP header extension.
        const GstClockTime ntpNow =
            GstClockTime(g_get_real_time()) * GST_USECOND + kNtpUnixOffsetSeconds * GST_SECOND;
        gst_buffer_add_reference_timestamp_meta(buffer, ntpCaps, ntpNow, GST_CLOCK_TIME_NONE);
        gst_app_src_push_buffer(src, buffer);
        next = (next + 1) % clip->units.size();
        nextPts += frameDuration;
    }
};

}  // namespace

/// The GObject callbacks, with access to RtspCameras' internals.
struct RtspCamerasHooks {
    static gchar* genKey(GstRTSPMediaFactory* factory, const GstRTSPUrl* url) {
        gchar* key =
            GST_RTSP_MEDIA_FACTORY_CLASS(sim_media_factory_parent_class)->gen_key(factory, url);
        MountTarget* target = reinterpret_cast<SimMediaFactory*>(factory)->target;
        if (!key || !target) return key;
        std::lock_guard lock(target->mutex);
        if (auto* media = static_cast<GstRTSPMedia*>(g_weak_ref_get(&target->current))) {
            const GstRTSPMediaStatus status = gst_rtsp_media_get_status(media);
            const bool wasPrepared = g_object_get_data(G_OBJECT(media), "bitgoeul-prepared");
            if (status == GST_RTSP_MEDIA_STATUS_UNPREPARING ||
                status == GST_RTSP_MEDIA_STATUS_ERROR ||
                (status == GST_RTSP_MEDIA_STATUS_UNPREPARED && wasPrepared))
                ++target->generation;
            g_object_unref(media);
        }
        gchar* unique = g_strdup_printf("%s#%d", key, target->generation);
        g_free(key);
        return unique;
    }

    static gchar* makePath(GstRTSPMountPoints* mounts, const GstRTSPUrl* url) {
        gchar* path =
            GST_RTSP_MOUNT_POINTS_CLASS(sim_mount_points_parent_class)->make_path(mounts, url);
        auto* self = reinterpret_cast<SimMountPoints*>(mounts);
        if (path && self->owner) self->owner->ensureMount(QString::fromUtf8(path));
        return path;
    }

    static void configureMedia(GstRTSPMediaFactory*, GstRTSPMedia* media, gpointer data) {
        auto* target = static_cast<MountTarget*>(data);
        {
            std::lock_guard lock(target->mutex);
            g_weak_ref_set(&target->current, media);
        }
        g_signal_connect(media, "prepared", G_CALLBACK(+[](GstRTSPMedia* m, gpointer) {
                             g_object_set_data(G_OBJECT(m), "bitgoeul-prepared", m);
                         }),
                         nullptr);
        GstElement* bin = gst_rtsp_media_get_element(media);
        GstElement* src = gst_bin_get_by_name(GST_BIN(bin), "src");
        GstElement* pay = gst_bin_get_by_name(GST_BIN(bin), "pay0");
        // Blocks only the first time a scene is watched before its clip is encoded.
        auto clip = target->clips->clip(target->scene, target->stream, kClipWaitMs);
        if (!clip) {
            qCWarning(lcRtsp, "scene %d has no clip: the stream stays empty", target->scene);
        } else {
            GstCaps* caps = gst_caps_new_simple(
                "video/x-h264", "stream-format", G_TYPE_STRING, "byte-stream", "alignment",
                G_TYPE_STRING, "au", "width", G_TYPE_INT, clip->size.width(), "height", G_TYPE_INT,
                clip->size.height(), "framerate", GST_TYPE_FRACTION, clip->fps, 1, nullptr);
            gst_app_src_set_caps(GST_APP_SRC(src), caps);
            gst_caps_unref(caps);
            auto* feeder = new Feeder;
            feeder->clip = clip;
            feeder->frameDuration = gst_util_uint64_scale(1, GST_SECOND, guint64(clip->fps));
            feeder->ntpCaps = gst_caps_new_empty_simple("timestamp/x-ntp");
            g_object_set_data_full(G_OBJECT(media), "bitgoeul-feeder", feeder,
                                   [](gpointer p) { delete static_cast<Feeder*>(p); });
            GstAppSrcCallbacks callbacks{};
            callbacks.need_data = &Feeder::needData;
            gst_app_src_set_callbacks(GST_APP_SRC(src), &callbacks, feeder, nullptr);
        }
        GstRTPHeaderExtension* ext =
            gst_rtp_header_extension_create_from_uri("urn:ietf:params:rtp-hdrext:ntp-64");
        if (ext) {
            gst_rtp_header_extension_set_id(ext, RtspCameras::kNtpExtensionId);
            // By default only a frame's first packet carries it, but 1.22's depayloaders read
            // extensions from the packet that completes the frame (the last): send it on all.
            g_object_set(ext, "every-packet", TRUE, nullptr);
            g_signal_emit_by_name(pay, "add-extension", ext);
            gst_object_unref(ext);
        } else {
            qCWarning(lcRtsp, "rtphdrextntp64 is missing: streams carry no capture time");
        }
        gst_object_unref(pay);
        gst_object_unref(src);
        gst_object_unref(bin);
    }
};

}  // namespace sim

static void sim_mount_points_init(SimMountPoints* self) {
    self->owner = nullptr;
}

static void sim_mount_points_class_init(SimMountPointsClass* klass) {
    GST_RTSP_MOUNT_POINTS_CLASS(klass)->make_path = &sim::RtspCamerasHooks::makePath;
}

static void sim_media_factory_init(SimMediaFactory* self) {
    self->target = nullptr;
}

static void sim_media_factory_class_init(SimMediaFactoryClass* klass) {
    GST_RTSP_MEDIA_FACTORY_CLASS(klass)->gen_key = &sim::RtspCamerasHooks::genKey;
}

namespace sim {

RtspCameras::RtspCameras(const SceneLibrary& library, ClipCache& clips)
    : m_library(library), m_clips(clips) {}

RtspCameras::~RtspCameras() {
    if (m_loop) {
        g_main_loop_quit(m_loop);
        if (m_thread.joinable()) m_thread.join();
        g_main_loop_unref(m_loop);
    }
    if (m_server) g_object_unref(m_server);
    if (m_context) g_main_context_unref(m_context);
}

bool RtspCameras::parseCameraPath(const QString& path, int* camera, StreamKind* stream,
                                  QString* mountPath) {
    // One spelling per stream (no leading zeros), so one mount point and one pipeline each.
    static const QRegularExpression re(
        QStringLiteral("^(/cam/([1-9][0-9]{0,5})/(main|sub))(/.*)?$"));
    const auto m = re.match(path);
    if (!m.hasMatch()) return false;
    const int n = m.captured(2).toInt();
    if (n < 1 || n > SceneLibrary::kMaxCamera) return false;
    *camera = n;
    *stream = m.captured(3) == QLatin1String("main") ? StreamKind::Main : StreamKind::Sub;
    *mountPath = m.captured(1);
    return true;
}

void RtspCameras::ensureMount(const QString& path) {
    int camera = 0;
    StreamKind stream = StreamKind::Main;
    QString mountPath;
    if (!parseCameraPath(path, &camera, &stream, &mountPath)) return;  // 404 from the server
    std::lock_guard lock(m_mutex);
    if (m_mounted.count(mountPath)) return;
    auto* simFactory =
        static_cast<SimMediaFactory*>(g_object_new(sim_media_factory_get_type(), nullptr));
    GstRTSPMediaFactory* factory = GST_RTSP_MEDIA_FACTORY(simFactory);
    gst_rtsp_media_factory_set_launch(factory,
                                      "( appsrc name=src is-live=true format=time ! h264parse ! "
                                      "rtph264pay name=pay0 pt=96 config-interval=-1 )");
    // Everybody watching the same stream shares one pipeline.
    gst_rtsp_media_factory_set_shared(factory, TRUE);
    auto* target = new MountTarget(this, &m_clips, m_library.sceneForCamera(camera).index, stream);
    simFactory->target = target;
    g_signal_connect_data(
        factory, "media-configure", G_CALLBACK(&RtspCamerasHooks::configureMedia), target,
        [](gpointer p, GClosure*) { delete static_cast<MountTarget*>(p); }, GConnectFlags(0));
    GstRTSPMountPoints* mounts = gst_rtsp_server_get_mount_points(m_server);
    gst_rtsp_mount_points_add_factory(mounts, mountPath.toUtf8().constData(), factory);
    g_object_unref(mounts);
    m_mounted.insert(mountPath);
    qCDebug(lcRtsp, "mounted %s (scene %d)", qPrintable(mountPath), target->scene);
}

int RtspCameras::mountCount() const {
    std::lock_guard lock(m_mutex);
    return int(m_mounted.size());
}

quint16 RtspCameras::start(quint16 port, QString* error) {
    if (!gst_is_initialized()) gst_init(nullptr, nullptr);
    m_context = g_main_context_new();
    m_loop = g_main_loop_new(m_context, FALSE);
    m_server = gst_rtsp_server_new();
    gst_rtsp_server_set_address(m_server, "127.0.0.1");
    gst_rtsp_server_set_service(m_server, QByteArray::number(port).constData());
    auto* mounts = static_cast<SimMountPoints*>(g_object_new(sim_mount_points_get_type(), nullptr));
    mounts->owner = this;
    gst_rtsp_server_set_mount_points(m_server, GST_RTSP_MOUNT_POINTS(mounts));
    g_object_unref(mounts);
    // Several client threads, so that one client waiting for a first-time encode does not hold
    // up the others.
    GstRTSPThreadPool* pool = gst_rtsp_server_get_thread_pool(m_server);
    gst_rtsp_thread_pool_set_max_threads(pool, 8);
    g_object_unref(pool);
    if (gst_rtsp_server_attach(m_server, m_context) == 0) {
        *error = QStringLiteral("cannot listen on 127.0.0.1:%1 (port in use?)").arg(port);
        return 0;
    }
    const int bound = gst_rtsp_server_get_bound_port(m_server);
    m_thread = std::thread([this] {
        g_main_context_push_thread_default(m_context);
        g_main_loop_run(m_loop);
        g_main_context_pop_thread_default(m_context);
    });
    return quint16(bound);
}

}  // namespace sim
