#include "camera_service.h"

#include "scene_renderer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace sim {

namespace {
constexpr int kBackgroundEncodeDelayMs = 5000;
}  // namespace

CameraService::CameraService(CameraOptions options) : m_options(std::move(options)) {}

CameraService::~CameraService() {
    if (m_starter.joinable()) m_starter.join();
    m_cameras.reset();  // the server's streams read the clips: stop it first
    m_clips.reset();
}

bool CameraService::writeGroundTruth(const SceneLibrary& library, const QString& dir,
                                     QString* error) {
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    for (const SceneSpec& scene : library.scenes()) {
        if (!scene.synthetic()) continue;
        const SceneRenderer renderer(scene);
        for (const StreamKind stream : {StreamKind::Main, StreamKind::Sub}) {
            QFile file(QStringLiteral("%1/%2.%3.json")
                           .arg(dir, scene.name, SceneLibrary::streamName(stream)));
            const QByteArray json =
                QJsonDocument(renderer.groundTruthJson(stream)).toJson(QJsonDocument::Compact);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(json) != json.size()) {
                *error = QStringLiteral("cannot write %1").arg(file.fileName());
                return false;
            }
        }
    }
    return true;
}

int CameraService::runOneShot() {
    QString error;
    if (!m_options.groundTruthDir.isEmpty()) {
        if (writeGroundTruth(m_library, m_options.groundTruthDir, &error)) return 0;
        std::fprintf(stderr, "bitgoeul-sim: %s\n", qPrintable(error));
        return 1;
    }
    if (m_options.encodeScenes) {
        ClipCache clips(m_library, m_options.sceneCache.isEmpty() ? ClipCache::defaultDirectory()
                                                                  : m_options.sceneCache);
        if (clips.encodeAll(&error)) return 0;
        std::fprintf(stderr, "bitgoeul-sim: cannot encode the scenes: %s\n", qPrintable(error));
        return 1;
    }
    return -1;
}

bool CameraService::start() {
    if (!m_options.rtsp) return true;
    // Off the main thread: loading GStreamer (a plugin registry scan in a fresh cache) must not
    // hold up the hub, nor a quit when the console goes away.
    m_starter = std::thread([this] {
        m_clips = std::make_unique<ClipCache>(m_library, m_options.sceneCache.isEmpty()
                                                             ? ClipCache::defaultDirectory()
                                                             : m_options.sceneCache);
        m_cameras = std::make_unique<RtspCameras>(m_library, *m_clips);
        QString error;
        const quint16 port = m_cameras->start(m_options.rtspPort, &error);
        if (port == 0) {
            // The hub is the simulator's first job: keep it, without cameras (no RTSP_URL).
            std::fprintf(stderr, "bitgoeul-sim: no simulated cameras: %s\n", qPrintable(error));
            m_cameras.reset();
            return;
        }
        // The console reads this line to find the cameras; keep its format.
        std::printf("RTSP_URL=rtsp://127.0.0.1:%u\n", unsigned(port));
        std::fflush(stdout);
        m_clips->encodeAllInBackground(kBackgroundEncodeDelayMs);
    });
    return true;
}

}  // namespace sim
