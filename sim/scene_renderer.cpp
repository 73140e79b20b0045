#include "scene_renderer.h"

#include <QJsonArray>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sim {

namespace {

// Everything is modelled in a 1280×720 reference frame and scaled to the stream's size.
constexpr double kRefWidth = 1280.0;
constexpr double kRefHeight = 720.0;

// Road layout shared by the road, crosswalk and parking scenes (reference pixels).
constexpr double kRoadTop = 250.0;
constexpr double kRoadBottom = 560.0;
constexpr double kLaneLeftFar = 322.0;  // ground line of the lanes going left (far side)
constexpr double kLaneLeftNear = 398.0;
constexpr double kLaneRightFar = 476.0;  // lanes going right (near side)
constexpr double kLaneRightNear = 552.0;
constexpr double kTopWalk = 243.0;
constexpr double kBottomWalk = 628.0;

// Crosswalk layout.
constexpr double kZebraLeft = 560.0;
constexpr double kZebraRight = 720.0;
constexpr double kStopRight = 530.0;  // stop line for traffic going right
constexpr double kStopLeft = 750.0;

// Parking layout: bays above a two-lane street.
constexpr double kBayTop = 262.0;
constexpr double kBayBottom = 372.0;
constexpr double kBayLeft = 40.0;
constexpr double kBayWidth = 150.0;
constexpr int kBays = 8;
constexpr double kParkLaneLeft = 470.0;
constexpr double kParkLaneRight = 566.0;

const QColor kCarColors[] = {QColor(235, 235, 235), QColor(30, 30, 35),   QColor(150, 155, 160),
                             QColor(170, 30, 35),   QColor(30, 70, 150),  QColor(200, 200, 190),
                             QColor(90, 95, 100),   QColor(230, 190, 40), QColor(20, 110, 70)};
const QColor kShirtColors[] = {QColor(200, 60, 60),  QColor(60, 90, 200),  QColor(240, 240, 240),
                               QColor(40, 40, 40),   QColor(230, 170, 40), QColor(70, 160, 90),
                               QColor(150, 80, 170), QColor(120, 170, 210)};

double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

// The seven segments a–g of a digit, as bits 0–6.
constexpr int kSegments[10] = {0x3f, 0x06, 0x5b, 0x4f, 0x66, 0x6d, 0x7d, 0x07, 0x7f, 0x6f};

// Draws a seven-segment digit: the sim draws its overlay without fonts, so it needs no
// QGuiApplication and looks the same on every machine.
void drawDigit(QPainter& p, double x, double y, double w, double h, int digit) {
    const double t = w * 0.2;
    const int bits = kSegments[digit % 10];
    const QRectF seg[7] = {
        {x + t, y, w - 2 * t, t},                            // a
        {x + w - t, y + t, t, h / 2 - 1.5 * t},              // b
        {x + w - t, y + h / 2 + t / 2, t, h / 2 - 1.5 * t},  // c
        {x + t, y + h - t, w - 2 * t, t},                    // d
        {x, y + h / 2 + t / 2, t, h / 2 - 1.5 * t},          // e
        {x, y + t, t, h / 2 - 1.5 * t},                      // f
        {x + t, y + h / 2 - t / 2, w - 2 * t, t},            // g
    };
    for (int i = 0; i < 7; ++i)
        if (bits & (1 << i)) p.drawRect(seg[i]);
}

}  // namespace

SceneRenderer::SceneRenderer(const SceneSpec& spec)
    : m_spec(spec), m_seed(quint32(spec.index) * 2654435761u + 12345u) {
    if (m_spec.night) {
        m_sky = QColor(18, 22, 38);
        m_asphalt = QColor(38, 40, 46);
        m_sidewalk = QColor(70, 68, 66);
        m_ground = QColor(28, 34, 30);
    } else {
        m_sky = QColor(150, 160, 170);
        m_asphalt = QColor(88 + 6 * (spec.variant % 3), 90, 94);
        m_sidewalk = QColor(182, 172, 160);
        m_ground = QColor(96, 128, 80);
    }
    switch (m_spec.kind) {
        case SceneKind::Road:
            buildRoad();
            break;
        case SceneKind::Crosswalk:
            buildCrosswalk();
            break;
        case SceneKind::Parking:
            buildParking();
            break;
        case SceneKind::Market:
            buildMarket();
            break;
        case SceneKind::StreetVideo:
            break;
    }
}

quint32 SceneRenderer::random() {
    // xorshift32: the same scene on every machine and standard library.
    m_seed ^= m_seed << 13;
    m_seed ^= m_seed >> 17;
    m_seed ^= m_seed << 5;
    return m_seed;
}

double SceneRenderer::perspective(double y) const {
    // An oblique camera: things near the top of the picture are farther away, hence smaller.
    if (m_spec.kind == SceneKind::Market) return 0.22 + 0.85 * y / kRefHeight;
    return 0.45 + 0.55 * y / kRefHeight;
}

void SceneRenderer::buildRoad() {
    const int n = m_spec.frameCount;
    int id = 1;
    const double lanes[4] = {kLaneLeftFar, kLaneLeftNear, kLaneRightFar, kLaneRightNear};
    const int perLane = 2 + m_spec.variant % 2;
    for (int lane = 0; lane < 4; ++lane) {
        const bool right = lane >= 2;
        // One or two laps a loop keeps the loop seamless whatever the speed.
        const int laps = (lane == 1 || lane == 3) ? 2 : 1;
        for (int k = 0; k < perLane; ++k) {
            Actor a;
            a.id = id++;
            const bool bus = (lane == 1 || lane == 2) && k == 0 && m_spec.variant != 1;
            a.objectClass = bus ? ObjectClass::Bus : ObjectClass::Car;
            a.width = bus ? 330 : uniform(160, 185);
            a.height = bus ? 125 : uniform(72, 86);
            a.color = bus ? QColor(40, 140, 90) : kCarColors[random() % 9];
            const double x0 = right ? -420.0 : kRefWidth + 420.0;
            const double x1 = right ? kRefWidth + 420.0 : -420.0;
            const double phase = (k + uniform(0.0, 0.4)) / perLane;
            // The path is a straight line crossed `laps` times a loop, starting at `phase`.
            const int lapFrames = n / laps;
            const int start = int(phase * lapFrames);
            for (int lap = 0; lap < laps; ++lap) {
                const int f0 = lap * lapFrames - start;
                a.keys.push_back({f0, x0, lanes[lane]});
                a.keys.push_back({f0 + lapFrames - 1, x1, lanes[lane]});
            }
            m_actors.push_back(std::move(a));
        }
    }
    // Cyclists along the near kerb and people on both pavements.
    for (int k = 0; k < 1 + m_spec.variant % 2; ++k) {
        Actor a{id++, ObjectClass::Bicycle, kShirtColors[random() % 8], 70, 95, {}};
        const int start = int(uniform(0, n));
        a.keys = {{-start, -80, kBottomWalk - 8}, {n - start - 1, kRefWidth + 80, kBottomWalk - 8}};
        m_actors.push_back(std::move(a));
    }
    for (int k = 0; k < 4; ++k) {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 40, 105, {}};
        const bool top = k % 2 == 0;
        const double y = top ? kTopWalk : kBottomWalk + 30;
        const int start = int(uniform(0, n));
        const double x0 = (k / 2) % 2 ? -60 : kRefWidth + 60;
        a.keys = {{-start, x0, y}, {n - start - 1, kRefWidth - x0, y}};
        m_actors.push_back(std::move(a));
    }
}

void SceneRenderer::buildCrosswalk() {
    // One signal cycle a loop: pedestrians walk in the first half, traffic moves in the second.
    const int n = m_spec.frameCount;
    const int half = n / 2;
    int id = 1;
    const int queue = 2 + m_spec.variant % 2;
    for (int lane = 0; lane < 4; ++lane) {
        const bool right = lane >= 2;
        const double y = lane == 0   ? kLaneLeftFar
                         : lane == 1 ? kLaneLeftNear
                         : lane == 2 ? kLaneRightFar
                                     : kLaneRightNear;
        double queued = 0;  // length of the queue ahead, so buses and cars never overlap
        for (int q = 0; q < queue; ++q) {
            Actor a;
            a.id = id++;
            const bool bus = lane == 1 && q == 1 && m_spec.variant != 3;
            a.objectClass = bus ? ObjectClass::Bus : ObjectClass::Car;
            a.width = bus ? 330 : uniform(160, 180);
            a.height = bus ? 125 : uniform(72, 84);
            a.color = bus ? QColor(200, 120, 40) : kCarColors[random() % 9];
            const double s = perspective(y);
            const double stop = right ? kStopRight - a.width * s / 2 - 10 - queued
                                      : kStopLeft + a.width * s / 2 + 10 + queued;
            queued += a.width * s + 25 * s;
            const double enter = right ? -420 - q * 150 : kRefWidth + 420 + q * 150;
            const double leave = right ? kRefWidth + 420 : -420;
            a.keys = {{0, enter, y},
                      {30 + 8 * q, stop, y},
                      {half + 4 + 6 * q, stop, y},
                      {n - 1, leave + (right ? q : -q) * 10.0, y}};
            m_actors.push_back(std::move(a));
        }
    }
    const int walkers = 3 + m_spec.variant % 3;
    for (int k = 0; k < walkers; ++k) {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 40, 105, {}};
        const bool down = k % 2 == 0;
        const double x = kZebraLeft + 25 + (kZebraRight - kZebraLeft - 50) * k / walkers;
        const double yFrom = down ? kTopWalk + 2 : kRoadBottom + 30;
        const double yTo = down ? kRoadBottom + 30 : kTopWalk + 2;
        const int go = 4 + 3 * k;
        // Wait at the kerb, cross on green, walk off along the pavement, come back off-screen.
        const double offX = down ? kRefWidth + 80 : -80;
        a.keys = {{0, x, yFrom},
                  {go, x, yFrom},
                  {half - 8 + k, x + (down ? 15 : -15), yTo},
                  {half + 40, offX, yTo},
                  {half + 41, kRefWidth - offX, yFrom},
                  {n - 1, x, yFrom}};
        m_actors.push_back(std::move(a));
    }
    // A jaywalker: comes up from below the picture late in the red phase, when the queued
    // traffic has gone through, runs over the crossing on red and walks off along the far
    // pavement (into the next loop, so the loop stays seamless: he is off-screen in between).
    // The analytics' red-phase case; drawn last so the other actors keep their colours.
    {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 40, 105, {}};
        const double x = kZebraRight - 22 - 8 * m_spec.variant;
        a.keys = {{half + 20, x, kRefHeight + 150},
                  {half + 40, x, kRoadBottom + 40},
                  {half + 67, x, kTopWalk - 4},
                  {n + 50, kRefWidth + 80, kTopWalk - 4}};
        m_actors.push_back(std::move(a));
    }
}

void SceneRenderer::buildParking() {
    const int n = m_spec.frameCount;
    int id = 1;
    const double bayY = kBayBottom - 6;
    const int freeBay = 2 + m_spec.variant;
    for (int b = 0; b < kBays; ++b) {
        if (b == freeBay || (m_spec.variant == 1 && b == 6)) continue;
        Actor a{
            id++, ObjectClass::Car, kCarColors[random() % 9], uniform(118, 128), uniform(86, 96),
            {}};
        const double x = kBayLeft + kBayWidth * (b + 0.5);
        a.keys = {{0, x, bayY}};
        m_actors.push_back(std::move(a));
    }
    // One car pulls into the free bay, waits and leaves again within the loop.
    {
        Actor a{id++, ObjectClass::Car, kCarColors[random() % 9], 124, 92, {}};
        const double bx = kBayLeft + kBayWidth * (freeBay + 0.5);
        a.keys = {{0, -300, kParkLaneRight},
                  {40, bx - 120, kParkLaneRight},
                  {55, bx, bayY},
                  {105, bx, bayY},
                  {120, bx + 140, kParkLaneLeft + 40},
                  {n - 1, kRefWidth + 320, kParkLaneRight}};
        m_actors.push_back(std::move(a));
    }
    for (int k = 0; k < 3 + m_spec.variant % 2; ++k) {
        const bool right = k % 2 == 0;
        Actor a{id++,
                k == 2 ? ObjectClass::Bus : ObjectClass::Car,
                kCarColors[random() % 9],
                k == 2 ? 330.0 : uniform(165, 180),
                k == 2 ? 125.0 : uniform(74, 84),
                {}};
        if (k == 2) a.color = QColor(40, 110, 170);
        const double y = right ? kParkLaneRight : kParkLaneLeft;
        const int start = int(uniform(0, n));
        a.keys = {{-start, right ? -420.0 : kRefWidth + 420, y},
                  {n - start - 1, right ? kRefWidth + 420 : -420.0, y}};
        m_actors.push_back(std::move(a));
    }
    for (int k = 0; k < 3; ++k) {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 40, 105, {}};
        const double y = k == 1 ? 250 : 668;
        const int start = int(uniform(0, n));
        a.keys = {{-start, k % 2 ? kRefWidth + 60 : -60, y},
                  {n - start - 1, k % 2 ? -60 : kRefWidth + 60, y}};
        m_actors.push_back(std::move(a));
    }
    if (m_spec.variant != 2) {
        Actor a{id++, ObjectClass::Bicycle, kShirtColors[random() % 8], 70, 95, {}};
        a.keys = {{0, kRefWidth + 80, 676}, {n - 1, -80, 676}};
        m_actors.push_back(std::move(a));
    }
    // Somebody loitering by the parked cars: walks in from the right, stands on the pavement
    // for six seconds, walks out again (the analytics' loitering case).
    {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 40, 105, {}};
        const double x = 1100 - 60 * m_spec.variant;
        a.keys = {
            {0, kRefWidth + 60, 640}, {20, x, 640}, {110, x, 640}, {130, kRefWidth + 60, 640}};
        m_actors.push_back(std::move(a));
    }
}

void SceneRenderer::buildMarket() {
    // A pedestrian street seen from above one end: people walk towards and away from the camera
    // between the stalls, a few cross, a cyclist threads through.
    const int n = m_spec.frameCount;
    int id = 1;
    const int people = 10 + 2 * m_spec.variant;
    for (int k = 0; k < people; ++k) {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 42, 110, {}};
        const double lane = uniform(-0.8, 0.8);
        const bool towards = k % 2 == 0;
        const int laps = k % 3 == 0 ? 2 : 1;
        const int lapFrames = n / laps;
        const int start = int(uniform(0, lapFrames));
        // x is stored as a lateral position (-1 … 1 of the street's width at that depth) plus
        // an offset of 10,000 so place() knows to map it through the street's perspective.
        for (int lap = 0; lap < laps; ++lap) {
            const int f0 = lap * lapFrames - start;
            a.keys.push_back({f0, 10000 + lane, towards ? 150.0 : 860.0});
            a.keys.push_back({f0 + lapFrames - 1, 10000 + lane * 0.9, towards ? 860.0 : 150.0});
        }
        m_actors.push_back(std::move(a));
    }
    for (int k = 0; k < 2; ++k) {
        Actor a{id++, ObjectClass::Person, kShirtColors[random() % 8], 42, 110, {}};
        const double y = 360 + 160 * k;
        const int start = int(uniform(0, n));
        a.keys = {{-start, 10000 + (k ? 1.4 : -1.4), y},
                  {n - start - 1, 10000 + (k ? -1.4 : 1.4), y}};
        m_actors.push_back(std::move(a));
    }
    Actor bike{id++, ObjectClass::Bicycle, kShirtColors[random() % 8], 60, 115, {}};
    bike.keys = {{0, 10000.3, 140}, {n - 1, 10000.1, 880}};
    m_actors.push_back(std::move(bike));
}

SceneRenderer::Placed SceneRenderer::place(const Actor& a, int frame) const {
    const int n = m_spec.frameCount;
    const int t = ((frame % n) + n) % n;
    double x = a.keys.front().x, y = a.keys.front().y;
    double dx = 0, dy = 0;
    if (a.keys.size() > 1) {
        // Keys may start before 0 or end after n: try the frame shifted by whole loops.
        bool found = false;
        for (int shift : {0, n, -n}) {
            const int f = t + shift;
            for (size_t i = 0; i + 1 < a.keys.size() && !found; ++i) {
                const Key& k0 = a.keys[i];
                const Key& k1 = a.keys[i + 1];
                if (f >= k0.frame && f <= k1.frame && k1.frame > k0.frame) {
                    const double u = double(f - k0.frame) / (k1.frame - k0.frame);
                    x = lerp(k0.x, k1.x, u);
                    y = lerp(k0.y, k1.y, u);
                    dx = k1.x - k0.x;
                    dy = k1.y - k0.y;
                    found = true;
                }
            }
            if (found) break;
        }
        if (!found) {  // between the last key and the first one of the next loop: hold still
            x = a.keys.back().x;
            y = a.keys.back().y;
        }
    }
    if (x > 5000) {  // market: lateral position across a street that narrows with depth
        const double lateral = x - 10000;
        const double halfWidth = lerp(110, 520, std::clamp(y / kRefHeight, 0.0, 1.3));
        x = kRefWidth / 2 + lateral * halfWidth;
        dx = 0;
    }
    const double s = perspective(y);
    const double w = a.width * s, h = a.height * s;
    const int facing = std::abs(dx) > std::abs(dy) ? (dx > 0 ? 1 : -1) : 0;
    return {&a, QRectF(x - w / 2, y - h, w, h), facing};
}

std::vector<SceneRenderer::Placed> SceneRenderer::placedAt(int frame) const {
    std::vector<Placed> out;
    out.reserve(m_actors.size());
    for (const Actor& a : m_actors) out.push_back(place(a, frame));
    // Painter's order: farther (higher up) first.
    std::stable_sort(out.begin(), out.end(), [](const Placed& l, const Placed& r) {
        return l.box.bottom() < r.box.bottom();
    });
    return out;
}

std::vector<GroundTruthObject> SceneRenderer::groundTruth(int frame, QSize size) const {
    std::vector<GroundTruthObject> out;
    if (!m_spec.synthetic()) return out;
    const double sx = size.width() / kRefWidth, sy = size.height() / kRefHeight;
    const QRectF frameRect(0, 0, size.width(), size.height());
    for (const Placed& p : placedAt(frame)) {
        const QRectF scaled(p.box.x() * sx, p.box.y() * sy, p.box.width() * sx,
                            p.box.height() * sy);
        const QRect box =
            scaled.intersected(frameRect).toAlignedRect().intersected(QRect(QPoint(0, 0), size));
        // Slivers at the edge are not findable; leave them out rather than list noise.
        if (box.width() < 4 || box.height() < 4) continue;
        out.push_back({p.actor->id, p.actor->objectClass, box});
    }
    std::sort(out.begin(), out.end(),
              [](const GroundTruthObject& l, const GroundTruthObject& r) { return l.id < r.id; });
    return out;
}

QString SceneRenderer::className(ObjectClass c) {
    switch (c) {
        case ObjectClass::Person:
            return QStringLiteral("person");
        case ObjectClass::Car:
            return QStringLiteral("car");
        case ObjectClass::Bus:
            return QStringLiteral("bus");
        case ObjectClass::Bicycle:
            return QStringLiteral("bicycle");
    }
    return {};
}

QJsonObject SceneRenderer::groundTruthJson(StreamKind stream) const {
    const QSize size = SceneLibrary::frameSize(stream);
    QJsonArray frames;
    for (int f = 0; f < m_spec.frameCount; ++f) {
        QJsonArray objects;
        for (const GroundTruthObject& o : groundTruth(f, size)) {
            objects.append(
                QJsonObject{{QStringLiteral("id"), o.id},
                            {QStringLiteral("class"), className(o.objectClass)},
                            {QStringLiteral("box"),
                             QJsonArray{o.box.x(), o.box.y(), o.box.width(), o.box.height()}}});
        }
        frames.append(QJsonObject{{QStringLiteral("index"), f},
                                  {QStringLiteral("pts_ms"), qint64(f) * 1000 / m_spec.fps},
                                  {QStringLiteral("objects"), objects}});
    }
    return QJsonObject{{QStringLiteral("scene"), m_spec.name},
                       {QStringLiteral("stream"), SceneLibrary::streamName(stream)},
                       {QStringLiteral("width"), size.width()},
                       {QStringLiteral("height"), size.height()},
                       {QStringLiteral("fps"), m_spec.fps},
                       {QStringLiteral("frames"), frames}};
}

void SceneRenderer::render(int frame, QImage& target) const {
    QPainter p(&target);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(target.width() / kRefWidth, target.height() / kRefHeight);
    drawBackground(p);
    drawSignals(p, frame);
    for (const Placed& a : placedAt(frame)) drawActor(p, a, frame);
    drawOverlay(p, frame);
}

void SceneRenderer::renderVideoFrame(int frame, const QImage& source, QImage& target) const {
    QPainter p(&target);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.fillRect(target.rect(), Qt::black);
    // Letterbox (pillarbox, for 4:3) into 16:9 without distorting the people.
    const double scale = std::min(double(target.width()) / source.width(),
                                  double(target.height()) / source.height());
    const QSizeF drawn(source.width() * scale, source.height() * scale);
    const QRectF rect(
        QPointF((target.width() - drawn.width()) / 2, (target.height() - drawn.height()) / 2),
        drawn);
    if (m_spec.mirrored) {
        p.save();
        p.translate(rect.center());
        p.scale(-1, 1);
        p.translate(-rect.center());
        p.drawImage(rect, source);
        p.restore();
    } else {
        p.drawImage(rect, source);
    }
    p.scale(target.width() / kRefWidth, target.height() / kRefHeight);
    drawOverlay(p, frame);
}

void SceneRenderer::drawBackground(QPainter& p) const {
    p.setPen(Qt::NoPen);
    quint32 seed = quint32(m_spec.index + 1) * 747796405u;
    const auto rnd = [&seed](int mod) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(mod));
    };
    if (m_spec.kind == SceneKind::Market) {
        p.fillRect(QRectF(0, 0, kRefWidth, kRefHeight), m_sky);
        // The street narrows towards the far end (top).
        QPolygonF street;
        street << QPointF(530, 110) << QPointF(750, 110) << QPointF(1240, 720) << QPointF(40, 720);
        p.setBrush(m_spec.night ? QColor(80, 74, 70) : QColor(196, 186, 170));
        p.drawPolygon(street);
        p.setBrush(m_spec.night ? QColor(95, 88, 80) : QColor(210, 200, 186));
        for (int i = 0; i < 12; ++i) {  // paving bands
            const double y0 = 110 + i * i * 4.2, y1 = y0 + 2 + i;
            p.drawRect(QRectF(0, y0, kRefWidth, y1 - y0));
        }
        p.setBrush(Qt::NoBrush);
        const QColor awnings[] = {QColor(200, 40, 40), QColor(40, 120, 200), QColor(240, 180, 30),
                                  QColor(40, 160, 90), QColor(230, 230, 230)};
        for (int side = 0; side < 2; ++side) {
            for (int i = 0; i < 6; ++i) {
                const double y0 = 110 + i * 100 - (i > 3 ? 0 : i * 8);
                const double h = 70 + i * 22;
                const double edge = lerp(530, 40, (y0 + h - 110) / 610.0);
                const double depth = 60 + i * 45;
                const double x = side == 0 ? edge - depth : kRefWidth - edge;
                p.setBrush(m_spec.night ? QColor(60, 50, 45) : QColor(120, 100, 80));
                p.drawRect(QRectF(x, y0 + h * 0.35, depth, h * 0.65));
                QColor c = awnings[rnd(5)];
                if (m_spec.night) c = c.darker(180);
                p.setBrush(c);
                p.drawRect(QRectF(x, y0, depth, h * 0.35));
                p.setBrush(m_spec.night ? QColor(255, 210, 120) : QColor(240, 200, 120));
                p.drawEllipse(QRectF(x + depth * 0.3, y0 + h * 0.55, depth * 0.4, h * 0.2));
            }
        }
        return;
    }
    // Buildings behind the far pavement.
    p.fillRect(QRectF(0, 0, kRefWidth, kRoadTop), m_sky);
    for (double x = -20; x < kRefWidth;) {
        const double w = 120 + rnd(160), h = 120 + rnd(110);
        const QColor wall = m_spec.night ? QColor(40 + rnd(30), 40 + rnd(30), 50)
                                         : QColor(150 + rnd(80), 140 + rnd(70), 130 + rnd(70));
        p.setBrush(wall);
        p.drawRect(QRectF(x, kRoadTop - 40 - h, w - 6, h));
        for (double wy = kRoadTop - 30 - h; wy < kRoadTop - 60; wy += 28)
            for (double wx = x + 10; wx < x + w - 30; wx += 26) {
                p.setBrush(m_spec.night ? (rnd(3) ? QColor(250, 220, 120) : QColor(30, 30, 40))
                                        : QColor(90, 120, 150));
                p.drawRect(QRectF(wx, wy, 14, 16));
            }
        x += w;
    }
    p.setBrush(m_sidewalk);
    p.drawRect(QRectF(0, kRoadTop - 40, kRefWidth, 40));
    p.drawRect(QRectF(0, kRoadBottom, kRefWidth, 90));
    p.setBrush(m_ground);
    p.drawRect(QRectF(0, kRoadBottom + 90, kRefWidth, kRefHeight - kRoadBottom - 90));
    p.setBrush(m_asphalt);
    p.drawRect(QRectF(0, kRoadTop, kRefWidth, kRoadBottom - kRoadTop));
    p.setBrush(QColor(200, 200, 200));
    p.drawRect(QRectF(0, kRoadTop - 3, kRefWidth, 4));
    p.drawRect(QRectF(0, kRoadBottom, kRefWidth, 4));

    if (m_spec.kind == SceneKind::Parking) {
        p.setBrush(QColor(230, 230, 230));
        for (int b = 0; b <= kBays; ++b)
            p.drawRect(QRectF(kBayLeft + b * kBayWidth - 2, kBayTop, 4, kBayBottom - kBayTop));
        p.drawRect(QRectF(kBayLeft, kBayBottom, kBays * kBayWidth, 3));
        p.setBrush(QColor(240, 240, 240));
        for (double x = 0; x < kRefWidth; x += 90) p.drawRect(QRectF(x, 500, 50, 4));
        return;
    }
    // Lane markings: dashed white between lanes, double yellow in the middle.
    p.setBrush(QColor(235, 235, 235));
    for (double x = 0; x < kRefWidth; x += 90) {
        p.drawRect(QRectF(x, 330, 50, 3));
        p.drawRect(QRectF(x, 486, 50, 4));
    }
    p.setBrush(QColor(230, 190, 40));
    p.drawRect(QRectF(0, 404, kRefWidth, 3));
    p.drawRect(QRectF(0, 410, kRefWidth, 3));
    if (m_spec.kind == SceneKind::Crosswalk) {
        p.setBrush(m_asphalt);
        p.drawRect(QRectF(kZebraLeft - 10, kRoadTop + 2, kZebraRight - kZebraLeft + 20,
                          kRoadBottom - kRoadTop - 2));
        p.setBrush(QColor(240, 240, 240));
        for (double y = kRoadTop + 10; y < kRoadBottom - 10; y += 34)
            p.drawRect(QRectF(kZebraLeft, y, kZebraRight - kZebraLeft, 18));
        p.drawRect(QRectF(kStopRight - 6, 414, 6, kRoadBottom - 414));
        p.drawRect(QRectF(kStopLeft, kRoadTop, 6, 404 - kRoadTop));
    }
    if (m_spec.kind == SceneKind::Road) {  // street trees on the near pavement
        for (double x = 80; x < kRefWidth; x += 300) {
            p.setBrush(QColor(90, 60, 40));
            p.drawRect(QRectF(x - 5, kRoadBottom + 20, 10, 50));
            p.setBrush(m_spec.night ? QColor(20, 50, 30) : QColor(50, 120, 60));
            p.drawEllipse(QPointF(x, kRoadBottom + 10), 38, 30);
        }
    }
}

void SceneRenderer::drawSignals(QPainter& p, int frame) const {
    if (m_spec.kind != SceneKind::Crosswalk) return;
    const bool walk = (frame % m_spec.frameCount) < m_spec.frameCount / 2;
    // Flash the green man for the last seconds of the walk phase, as Korean signals do.
    const bool flashOff =
        walk && (frame % m_spec.frameCount) > m_spec.frameCount / 2 - 25 && (frame / 4) % 2;
    p.setPen(Qt::NoPen);
    for (const QPointF pole :
         {QPointF(kZebraRight + 40, kTopWalk - 10), QPointF(kZebraLeft - 40, kRoadBottom + 70)}) {
        p.setBrush(QColor(60, 60, 60));
        p.drawRect(QRectF(pole.x() - 3, pole.y() - 110, 6, 110));
        p.setBrush(QColor(20, 20, 20));
        p.drawRect(QRectF(pole.x() - 16, pole.y() - 170, 32, 62));
        p.setBrush(walk ? QColor(60, 20, 20) : QColor(240, 40, 40));
        p.drawEllipse(QPointF(pole.x(), pole.y() - 155), 11, 11);
        p.setBrush(walk && !flashOff ? QColor(40, 240, 90) : QColor(20, 60, 30));
        p.drawEllipse(QPointF(pole.x(), pole.y() - 124), 11, 11);
    }
}

void SceneRenderer::drawActor(QPainter& p, const Placed& pl, int frame) const {
    const Actor& a = *pl.actor;
    const QRectF b = pl.box;
    p.setPen(Qt::NoPen);
    const double w = b.width(), h = b.height();
    switch (a.objectClass) {
        case ObjectClass::Car:
        case ObjectClass::Bus: {
            const bool bus = a.objectClass == ObjectClass::Bus;
            const double bodyTop = bus ? 0.0 : 0.38;
            QColor body = a.color;
            if (m_spec.night) body = body.darker(160);
            // Shadow, body, cabin, windows, wheels: a car seen from the side and a little above.
            p.setBrush(body);
            p.drawRoundedRect(QRectF(b.x(), b.y() + h * bodyTop, w, h * (0.86 - bodyTop)), h * 0.1,
                              h * 0.1);
            if (!bus) {
                p.drawRoundedRect(QRectF(b.x() + w * 0.2, b.y(), w * 0.58, h * 0.45), h * 0.12,
                                  h * 0.12);
                p.setBrush(m_spec.night ? QColor(30, 40, 50) : QColor(120, 160, 190));
                p.drawRect(QRectF(b.x() + w * 0.25, b.y() + h * 0.07, w * 0.22, h * 0.28));
                p.drawRect(QRectF(b.x() + w * 0.51, b.y() + h * 0.07, w * 0.22, h * 0.28));
            } else {
                p.setBrush(m_spec.night ? QColor(200, 190, 130) : QColor(120, 160, 190));
                for (double x = 0.05; x < 0.92; x += 0.12)
                    p.drawRect(QRectF(b.x() + w * x, b.y() + h * 0.12, w * 0.09, h * 0.3));
                p.setBrush(QColor(240, 200, 40));
                p.drawRect(QRectF(b.x() + w * 0.3, b.y() + h * 0.02, w * 0.4, h * 0.07));
            }
            p.setBrush(QColor(20, 20, 20));
            const double r = h * 0.14;
            p.drawEllipse(QPointF(b.x() + w * 0.2, b.bottom() - r), r, r);
            p.drawEllipse(QPointF(b.x() + w * 0.8, b.bottom() - r), r, r);
            if (pl.facing != 0) {
                const double front = pl.facing > 0 ? b.right() - w * 0.05 : b.x();
                const double back = pl.facing > 0 ? b.x() : b.right() - w * 0.05;
                p.setBrush(m_spec.night ? QColor(255, 250, 200) : QColor(250, 240, 180));
                p.drawRect(QRectF(front, b.y() + h * 0.5, w * 0.05, h * 0.12));
                p.setBrush(QColor(220, 30, 30));
                p.drawRect(QRectF(back, b.y() + h * 0.5, w * 0.05, h * 0.12));
            }
            break;
        }
        case ObjectClass::Person: {
            // A step cycle of legs, a torso and a head: enough for a detector to see a person.
            const double phase = std::sin((frame + a.id * 3) * 0.9);
            p.setBrush(QColor(40, 40, 60));
            p.drawRect(
                QRectF(b.x() + w * (0.22 + 0.08 * phase), b.y() + h * 0.55, w * 0.22, h * 0.45));
            p.drawRect(
                QRectF(b.x() + w * (0.56 - 0.08 * phase), b.y() + h * 0.55, w * 0.22, h * 0.45));
            p.setBrush(m_spec.night ? a.color.darker(150) : a.color);
            p.drawRoundedRect(QRectF(b.x(), b.y() + h * 0.18, w, h * 0.42), w * 0.3, w * 0.3);
            p.setBrush(QColor(225, 190, 160));
            p.drawEllipse(QRectF(b.x() + w * 0.25, b.y(), w * 0.5, h * 0.18));
            p.setBrush(QColor(30, 25, 20));
            p.drawChord(QRectF(b.x() + w * 0.25, b.y(), w * 0.5, h * 0.18), 0, 180 * 16);
            break;
        }
        case ObjectClass::Bicycle: {
            const double r = std::min(w * 0.24, h * 0.2);
            QPen pen(QColor(30, 30, 30), std::max(1.5, r * 0.25));
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const QPointF w1(b.x() + r + 1, b.bottom() - r - 1), w2(b.right() - r - 1, w1.y());
            p.drawEllipse(w1, r, r);
            p.drawEllipse(w2, r, r);
            p.drawLine(w1, QPointF(b.center().x(), b.y() + h * 0.55));
            p.drawLine(w2, QPointF(b.center().x(), b.y() + h * 0.55));
            p.setPen(Qt::NoPen);
            p.setBrush(m_spec.night ? a.color.darker(150) : a.color);
            p.drawRoundedRect(QRectF(b.x() + w * 0.3, b.y() + h * 0.15, w * 0.4, h * 0.42), w * 0.1,
                              w * 0.1);
            p.setBrush(QColor(225, 190, 160));
            p.drawEllipse(QRectF(b.x() + w * 0.33, b.y(), w * 0.34, h * 0.16));
            break;
        }
    }
}

void SceneRenderer::drawOverlay(QPainter& p, int frame) const {
    // Camera-style overlay: a "live" dot with the scene number top left, the time top right.
    // The clip loops, so the clock shows the loop's own time from a fixed start; the true
    // capture time travels in the RTP header extension.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 140));
    p.drawRect(QRectF(16, 14, 120, 44));
    p.drawRect(QRectF(kRefWidth - 330, 14, 314, 44));
    p.setBrush(QColor(230, 40, 40));
    p.drawEllipse(QPointF(40, 36), 10, 10);
    p.setBrush(QColor(250, 250, 250));
    drawDigit(p, 64, 20, 22, 32, m_spec.index / 10);
    drawDigit(p, 94, 20, 22, 32, m_spec.index % 10);
    const int startSeconds = m_spec.night ? 21 * 3600 + 30 * 60 : 14 * 3600;
    const int t = startSeconds + (frame % m_spec.frameCount) / m_spec.fps;
    const int digits[6] = {t / 36000 % 10, t / 3600 % 10, t / 600 % 6,
                           t / 60 % 10,    t / 10 % 6,    t % 10};
    double x = kRefWidth - 318;
    for (int i = 0; i < 6; ++i) {
        drawDigit(p, x, 20, 22, 32, digits[i]);
        x += 30;
        if (i == 1 || i == 3) {
            p.drawRect(QRectF(x + 2, 28, 5, 5));
            p.drawRect(QRectF(x + 2, 41, 5, 5));
            x += 14;
        }
    }
    // Tenths of a second, so consecutive frames always differ somewhere.
    drawDigit(p, x + 14, 30, 15, 22, (frame % m_spec.frameCount) % m_spec.fps * 10 / m_spec.fps);
    p.drawRect(QRectF(x + 4, 48, 5, 5));
}

}  // namespace sim
