#pragma once

#include "clip_cache.h"
#include "scene_library.h"

#include <QString>

#include <memory>
#include <mutex>
#include <set>
#include <thread>

typedef struct _GMainContext GMainContext;
typedef struct _GMainLoop GMainLoop;
typedef struct _GstRTSPServer GstRTSPServer;

namespace sim {

/// The simulated cameras: RTSP on 127.0.0.1 (gst-rtsp-server), `/cam/<n>/main` (1280×720) and
/// `/cam/<n>/sub` (640×360) for n = 1 … SceneLibrary::kMaxCamera, H.264.
///
/// A camera's mount point is created the first time somebody asks for it, a pipeline only while
/// somebody watches (shared by everybody watching that stream), and a pipeline only pushes the
/// pre-encoded access units of its scene's clip, paced by the pipeline clock, looping forever,
/// with the wall-clock time of each push in an RFC 6051 NTP-64 RTP header extension (id 1).
///
/// Threading: construct, start and destroy on one thread; the RTSP server runs on its own
/// thread with its own GLib main context, and each playing stream on a GStreamer streaming
/// thread.
class RtspCameras {
public:
    /// RTP header extension id of urn:ietf:params:rtp-hdrext:ntp-64 in the SDP (a=extmap:1).
    static constexpr int kNtpExtensionId = 1;

    RtspCameras(const SceneLibrary& library, ClipCache& clips);
    ~RtspCameras();
    RtspCameras(const RtspCameras&) = delete;
    RtspCameras& operator=(const RtspCameras&) = delete;

    /// Listens on 127.0.0.1:port (0: any free port) and starts serving. Returns the bound port,
    /// or 0 (and `error`) on failure.
    quint16 start(quint16 port, QString* error);

    /// How many mount points exist so far (they are created on first request).
    int mountCount() const;

    /// Parses "/cam/<n>/<main|sub>[/…]": the camera, the stream and the mount path, or false.
    static bool parseCameraPath(const QString& path, int* camera, StreamKind* stream,
                                QString* mountPath);

private:
    friend struct RtspCamerasHooks;  // the GObject callbacks in rtsp_cameras.cpp
    void ensureMount(const QString& path);

    const SceneLibrary& m_library;
    ClipCache& m_clips;
    GMainContext* m_context = nullptr;
    GMainLoop* m_loop = nullptr;
    GstRTSPServer* m_server = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::set<QString> m_mounted;
};

}  // namespace sim
