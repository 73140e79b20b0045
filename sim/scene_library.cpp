#include "scene_library.h"

#include <QFileInfo>

namespace sim {

namespace {

constexpr int kStreetVideoFps = 10;
constexpr int kStreetVideoFrames = 795;  // vtest.avi, looped whole

SceneSpec make(int index, const char* name, SceneKind kind, int variant, bool night = false) {
    SceneSpec s;
    s.index = index;
    s.name = QStringLiteral("s%1-%2").arg(index, 2, 10, QLatin1Char('0')).arg(QLatin1String(name));
    s.kind = kind;
    s.variant = variant;
    s.night = night;
    if (kind == SceneKind::StreetVideo) {
        s.fps = kStreetVideoFps;
        s.frameCount = kStreetVideoFrames;
    }
    return s;
}

}  // namespace

SceneLibrary::SceneLibrary(QString streetVideoPath)
    : m_streetVideoPath(std::move(streetVideoPath)) {
    const bool haveVideo = QFileInfo(m_streetVideoPath).isReadable();
    using K = SceneKind;
    // Kinds are interleaved so that neighbouring camera numbers show different kinds of place.
    m_scenes = {
        make(0, "street-video", haveVideo ? K::StreetVideo : K::Market, 9),
        make(1, "road-a", K::Road, 0),
        make(2, "crosswalk-a", K::Crosswalk, 0),
        make(3, "parking-a", K::Parking, 0),
        make(4, "market-a", K::Market, 0),
        make(5, "road-b", K::Road, 1),
        make(6, "crosswalk-b", K::Crosswalk, 1),
        make(7, "parking-b", K::Parking, 1),
        make(8, "street-video-mirror", haveVideo ? K::StreetVideo : K::Market, 8),
        make(9, "market-b", K::Market, 1),
        make(10, "road-night", K::Road, 2, true),
        make(11, "crosswalk-night", K::Crosswalk, 2, true),
        make(12, "parking-night", K::Parking, 2, true),
        make(13, "market-evening", K::Market, 2, true),
        make(14, "road-c", K::Road, 3),
        make(15, "crosswalk-c", K::Crosswalk, 3),
    };
    m_scenes[8].mirrored = true;
}

const SceneSpec& SceneLibrary::sceneForCamera(int camera) const {
    const int n = int(m_scenes.size());
    return m_scenes[size_t(((camera % n) + n) % n)];
}

QSize SceneLibrary::frameSize(StreamKind stream) {
    return stream == StreamKind::Main ? QSize(1280, 720) : QSize(640, 360);
}

QString SceneLibrary::streamName(StreamKind stream) {
    return stream == StreamKind::Main ? QStringLiteral("main") : QStringLiteral("sub");
}

QString SceneLibrary::defaultStreetVideoPath() {
    return QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
}

}  // namespace sim
