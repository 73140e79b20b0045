#pragma once

#include "camera_options.h"
#include "clip_cache.h"
#include "rtsp_cameras.h"
#include "scene_library.h"

#include <memory>

namespace sim {

/// The simulated cameras as one piece for main(): the scene pool, the clip cache, the RTSP
/// server, and the one-shot actions (--write-ground-truth, --encode-scenes).
///
/// Threading: main thread only; the objects it owns run their own threads.
class CameraService {
public:
    explicit CameraService(CameraOptions options);
    ~CameraService();

    /// Runs a one-shot action if one was asked for: its exit code, or -1 if there was none.
    int runOneShot();
    /// Starts the RTSP server (unless --no-rtsp), prints `RTSP_URL=rtsp://127.0.0.1:PORT` and
    /// starts encoding missing clips in the background. False (with a message on stderr) if it
    /// cannot listen.
    bool start();

    /// Writes `<scene>.main.json` and `<scene>.sub.json` for every synthetic scene into `dir`.
    static bool writeGroundTruth(const SceneLibrary& library, const QString& dir, QString* error);

private:
    CameraOptions m_options;
    SceneLibrary m_library;
    std::unique_ptr<ClipCache> m_clips;
    std::unique_ptr<RtspCameras> m_cameras;
};

}  // namespace sim
