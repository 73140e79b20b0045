#pragma once

#include "camera_options.h"
#include "clip_cache.h"
#include "rtsp_cameras.h"
#include "scene_library.h"

#include <memory>
#include <thread>

namespace sim {

/// The simulated cameras as one piece for main(): the scene pool, the clip cache, the RTSP
/// server, and the one-shot actions (--write-ground-truth, --encode-scenes).
///
/// Threading: main thread only; start() builds the server on a thread of its own, and the
/// objects it owns run their own threads.
class CameraService {
public:
    explicit CameraService(CameraOptions options);
    ~CameraService();

    /// Runs a one-shot action if one was asked for: its exit code, or -1 if there was none.
    int runOneShot();
    /// Starts, on a thread of its own, the RTSP server (unless --no-rtsp), prints
    /// `RTSP_URL=rtsp://127.0.0.1:PORT` and starts encoding missing clips in the background. If it
    /// cannot listen it says so on stderr and serves no cameras (the hub keeps running); false only
    /// for fatal errors.
    bool start();

    /// Writes `<scene>.main.json` and `<scene>.sub.json` for every synthetic scene into `dir`.
    static bool writeGroundTruth(const SceneLibrary& library, const QString& dir, QString* error);

private:
    CameraOptions m_options;
    SceneLibrary m_library;
    std::unique_ptr<ClipCache> m_clips;
    std::unique_ptr<RtspCameras> m_cameras;
    std::thread m_starter;  ///< runs start()'s work; joined before the members go
};

}  // namespace sim
