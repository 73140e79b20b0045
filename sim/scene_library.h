#pragma once

#include <QSize>
#include <QString>

#include <vector>

namespace sim {

/// What a scene shows. `StreetVideo` loops a real recording; the others are drawn by
/// SceneRenderer, which also knows where every object is.
enum class SceneKind { StreetVideo, Road, Crosswalk, Parking, Market };

/// The two streams every camera offers.
enum class StreamKind { Main, Sub };

/// One scene of the shared pool. Cameras show scene `camera % count`, so 1,300 cameras cost no
/// more than 16 clips.
struct SceneSpec {
    int index = 0;
    QString name;  ///< stable, file-name safe: "s07-crosswalk-b"
    SceneKind kind = SceneKind::Road;
    int variant = 0;  ///< changes layout, colours, traffic and time of day
    int fps = 15;
    int frameCount = 150;   ///< one seamless loop
    bool mirrored = false;  ///< StreetVideo only: flipped left-right
    bool night = false;

    bool synthetic() const { return kind != SceneKind::StreetVideo; }
};

/// The fixed pool of scenes and the camera → scene / stream → size rules.
class SceneLibrary {
public:
    /// Bump whenever a change to the renderer or the encoder settings changes the pictures: the
    /// clip cache keys its folder and file names on it, so old clips are re-encoded.
    static constexpr int kRendererVersion = 2;
    /// Camera numbers the simulator answers to (1 … kMaxCamera).
    static constexpr int kMaxCamera = 2000;

    /// `streetVideoPath`: the real recording looped by StreetVideo scenes (OpenCV's vtest.avi);
    /// when it is missing those scenes are drawn as markets instead.
    explicit SceneLibrary(QString streetVideoPath = defaultStreetVideoPath());

    const std::vector<SceneSpec>& scenes() const { return m_scenes; }
    const SceneSpec& scene(int index) const { return m_scenes.at(size_t(index)); }
    /// The scene camera `camera` (1 … kMaxCamera) shows.
    const SceneSpec& sceneForCamera(int camera) const;
    const QString& streetVideoPath() const { return m_streetVideoPath; }

    static QSize frameSize(StreamKind stream);
    static QString streamName(StreamKind stream);
    static QString defaultStreetVideoPath();

private:
    QString m_streetVideoPath;
    std::vector<SceneSpec> m_scenes;
};

}  // namespace sim
