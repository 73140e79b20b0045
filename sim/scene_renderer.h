#pragma once

#include "scene_library.h"

#include <QColor>
#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QRectF>

#include <vector>

namespace sim {

/// What a ground-truth object is, in the words the analytics use.
enum class ObjectClass { Person, Car, Bus, Bicycle };

/// One object of a frame as the analytics should find it: its box in the stream's pixels.
struct GroundTruthObject {
    int id = 0;
    ObjectClass objectClass = ObjectClass::Person;
    QRect box;
};

/// Draws the frames of one scene (synthetic scenes from a small model of moving objects, the
/// street video letterboxed) with the clock overlay, and reports where every object is.
/// Frames are a pure function of the frame index, so a clip loops seamlessly and the ground
/// truth always matches the encoded pictures.
///
/// Threading: const after construction; render and groundTruth may be called from any thread.
class SceneRenderer {
public:
    explicit SceneRenderer(const SceneSpec& spec);

    const SceneSpec& spec() const { return m_spec; }

    /// Draws frame `frame` of a synthetic scene into `target` (16:9, any size, RGB32/RGBX8888).
    void render(int frame, QImage& target) const;
    /// Draws frame `frame` of a StreetVideo scene: `source` letterboxed into `target`, then the
    /// overlay.
    void renderVideoFrame(int frame, const QImage& source, QImage& target) const;
    /// The objects visible in frame `frame`, boxes clipped to a frame of `size` pixels.
    std::vector<GroundTruthObject> groundTruth(int frame, QSize size) const;
    /// The ground-truth document of a whole loop for one stream (see README.md for its format).
    QJsonObject groundTruthJson(StreamKind stream) const;

    static QString className(ObjectClass c);

private:
    /// A point of an actor's path: where its ground contact (bottom centre) is at `frame`, in
    /// the 1280×720 reference frame.
    struct Key {
        int frame;
        double x;
        double y;
    };
    struct Actor {
        int id;
        ObjectClass objectClass;
        QColor color;
        double width;  ///< reference pixels at perspective scale 1
        double height;
        std::vector<Key> keys;  ///< sorted; the path wraps from the last key to the first
    };
    struct Placed {
        const Actor* actor;
        QRectF box;  ///< reference pixels
        int facing;  ///< +1 moving right, -1 left, 0 towards or away from the camera
    };

    void buildRoad();
    void buildCrosswalk();
    void buildParking();
    void buildMarket();
    double perspective(double y) const;
    Placed place(const Actor& a, int frame) const;
    std::vector<Placed> placedAt(int frame) const;
    void drawBackground(QPainter& p) const;
    void drawSignals(QPainter& p, int frame) const;
    void drawActor(QPainter& p, const Placed& a, int frame) const;
    void drawOverlay(QPainter& p, int frame) const;
    quint32 random();
    double uniform(double lo, double hi) { return lo + (hi - lo) * (random() % 10000) / 10000.0; }

    SceneSpec m_spec;
    quint32 m_seed;
    std::vector<Actor> m_actors;
    QColor m_sky, m_asphalt, m_sidewalk, m_ground;
};

}  // namespace sim
