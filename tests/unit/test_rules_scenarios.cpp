// Rules on long random scenarios with known ground truth: people and cars follow generated
// paths, their boxes become noisy detections (jitter, misses, clutter), the real Tracker turns
// them into tracks and the RuleEngine raises events. Ground truth comes from the noise-free
// paths; cases within ±30 % of a threshold (or crossings at a wire's very end) are "don't care".
// Precision and recall are printed and must stay above a floor.
#include "video/analytics/rule_engine.h"
#include "video/analytics/tracker.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <optional>

using namespace bg;

namespace {

const QSize kFrame(1280, 720);
constexpr qint64 kStepMs = 200;  // 5 analysed frames a second, the console's default rate

struct Waypoint {
    qint64 t;
    QPointF foot;  ///< frame pixels
};

/// One generated object and what a perfect system would report about it.
struct Actor {
    QString cls;
    QSizeF size;
    QVector<Waypoint> path;  ///< piecewise linear in time

    int intrusion = 0;  ///< 1 must be reported, 0 must not, -1 don't care
    int loiter = 0;
    int parked = 0;
    struct Crossing {
        bool forward;
        bool sure;  ///< false: too close to the wire's end to insist either way
    };
    QVector<Crossing> crossings;

    std::optional<QPointF> footAt(qint64 t) const {
        if (t < path.first().t || t > path.last().t) return std::nullopt;
        for (int i = 1; i < path.size(); ++i) {
            if (t > path[i].t) continue;
            const Waypoint& a = path[i - 1];
            const Waypoint& b = path[i];
            const double f = b.t == a.t ? 1.0 : double(t - a.t) / double(b.t - a.t);
            return a.foot + f * (b.foot - a.foot);
        }
        return path.last().foot;
    }
};

class Rng {
public:
    explicit Rng(quint32 seed) : m_gen(seed) {}
    double uniform(double a, double b) { return a + (b - a) * m_gen.generateDouble(); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    double gauss() {
        const double u = std::max(1e-12, m_gen.generateDouble());
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * m_gen.generateDouble());
    }

private:
    QRandomGenerator m_gen;
};

QPointF norm(QPointF px) {
    return {px.x() / kFrame.width(), px.y() / kFrame.height()};
}

/// 1, 0 or -1 (don't care) for "held at least `thresholdMs`".
int truthAbove(qint64 durationMs, qint64 thresholdMs) {
    if (durationMs >= 1.3 * thresholdMs) return 1;
    if (durationMs <= 0.7 * thresholdMs) return 0;
    return -1;
}

/// Longest continuous time the noise-free reference point spends inside `zone`.
qint64 longestInside(const Actor& a, const QPolygonF& zone) {
    qint64 best = 0, since = -1;
    for (qint64 t = a.path.first().t; t <= a.path.last().t; t += 20) {
        const bool in = zone.containsPoint(norm(*a.footAt(t)), Qt::OddEvenFill);
        if (in && since < 0) since = t;
        if (!in) since = -1;
        if (since >= 0) best = std::max(best, t - since);
    }
    return best;
}

void addCrossingTruth(Actor& a, QLineF wire) {
    const QPointF d = wire.p2() - wire.p1();
    auto side = [&](QPointF p) {
        return d.x() * (p.y() - wire.y1()) - d.y() * (p.x() - wire.x1()) > 0 ? 1 : -1;
    };
    QPointF prev = norm(*a.footAt(a.path.first().t));
    for (qint64 t = a.path.first().t + 20; t <= a.path.last().t; t += 20) {
        const QPointF p = norm(*a.footAt(t));
        QPointF at;
        if (side(p) != side(prev) &&
            QLineF(prev, p).intersects(wire, &at) == QLineF::BoundedIntersection) {
            const double along = QLineF(wire.p1(), at).length() / wire.length();
            a.crossings.append({side(prev) < 0, along > 0.03 && along < 0.97});
        }
        prev = p;
    }
}

struct Score {
    const char* name;
    int tp = 0;
    int events = 0;  ///< events scored (don't-care ones excluded)
    int truth = 0;
    double precision() const { return events ? double(tp) / events : 1.0; }
    double recall() const { return truth ? double(tp) / truth : 1.0; }
    void print() const {
        qInfo("%-13s precision %.3f  recall %.3f  (%d true of %d events, %d expected)", name,
              precision(), recall(), tp, events, truth);
    }
};

struct Noise {
    double jitter = 0.02;  ///< σ of box position and size, as a fraction of its size
    double missRate = 0.1;
    double clutterRate = 0.05;  ///< a spurious one-frame detection per frame
};

struct Outcome {
    QVector<RuleEvent> events;
    QHash<int, int> actorOfTrack;  ///< majority vote over the detections a track took
};

Outcome runScenario(const QVector<Actor>& actors, const QVector<Rule>& rules, qint64 durationMs,
                    const Noise& noise, quint32 seed) {
    Rng rng(seed);
    Tracker tracker;
    RuleEngine engine;
    engine.setRules(rules);
    QHash<int, QHash<int, int>> votes;
    Outcome out;
    for (qint64 t = 0; t <= durationMs; t += kStepMs) {
        QVector<Detection> dets;
        QVector<int> owner;
        for (int i = 0; i < actors.size(); ++i) {
            const auto foot = actors[i].footAt(t);
            if (!foot || rng.chance(noise.missRate)) continue;
            const QSizeF s = actors[i].size;
            const double w = s.width() * (1 + noise.jitter * rng.gauss());
            const double h = s.height() * (1 + noise.jitter * rng.gauss());
            const double x = foot->x() - w / 2 + noise.jitter * s.width() * rng.gauss();
            const double y = foot->y() - h + noise.jitter * s.height() * rng.gauss();
            dets.append({actors[i].cls, 0, 0.8f, QRectF(x, y, w, h)});
            owner.append(i);
        }
        if (rng.chance(noise.clutterRate)) {
            dets.append({QStringLiteral("person"), 0, 0.4f,
                         QRectF(rng.uniform(0, 1200), rng.uniform(0, 600), 40, 100)});
            owner.append(-1);
        }
        const TrackerResult r = tracker.update(dets, t);
        for (int k = 0; k < owner.size(); ++k)
            if (owner[k] >= 0) ++votes[r.trackOfDetection[k]][owner[k]];
        out.events += engine.update(r.tracks, kFrame, t);
    }
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        int best = -1, bestVotes = 0;
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            if (v.value() > bestVotes) std::tie(best, bestVotes) = std::pair(v.key(), v.value());
        out.actorOfTrack.insert(it.key(), best);
    }
    return out;
}

/// Scores once-per-object events against a 1/0/-1 truth; a second event for the same object
/// (an id switch) is a false positive.
Score scoreOnce(const char* name, const Outcome& o, const QVector<Actor>& actors,
                const char* ruleId, int Actor::*truth) {
    Score s{name};
    for (const Actor& a : actors) s.truth += a.*truth == 1;
    QSet<int> matched;
    for (const RuleEvent& e : o.events) {
        if (e.ruleId != QLatin1String(ruleId)) continue;
        const int actor = o.actorOfTrack.value(e.trackIds.first(), -1);
        const int want = actor >= 0 ? actors[actor].*truth : 0;
        if (want < 0) continue;
        ++s.events;
        if (want == 1 && !matched.contains(actor)) {
            matched.insert(actor);
            ++s.tp;
        }
    }
    return s;
}

Score scoreCrossings(const Outcome& o, const QVector<Actor>& actors, const char* ruleId) {
    Score s{"line crossing"};
    QHash<int, QVector<Actor::Crossing>> left;
    for (int i = 0; i < actors.size(); ++i) {
        left.insert(i, actors[i].crossings);
        for (const auto& c : actors[i].crossings) s.truth += c.sure;
    }
    for (const RuleEvent& e : o.events) {
        if (e.ruleId != QLatin1String(ruleId)) continue;
        const bool forward = e.reason == QLatin1String("forward");
        auto& todo = left[o.actorOfTrack.value(e.trackIds.first(), -1)];
        // Prefer a sure crossing in that direction; a don't-care one absorbs the event.
        auto it = std::find_if(todo.begin(), todo.end(), [&](const Actor::Crossing& c) {
            return c.forward == forward && c.sure;
        });
        if (it == todo.end())
            it = std::find_if(todo.begin(), todo.end(),
                              [&](const Actor::Crossing& c) { return c.forward == forward; });
        if (it == todo.end()) {
            ++s.events;  // no such crossing happened
            continue;
        }
        if (it->sure) {
            ++s.events;
            ++s.tp;
        }
        todo.erase(it);
    }
    return s;
}

QPointF edgePoint(Rng& rng, int edge) {
    switch (edge) {
        case 0:
            return {20, rng.uniform(150, 700)};  // left
        case 1:
            return {1260, rng.uniform(150, 700)};  // right
        case 2:
            return {rng.uniform(20, 1260), 110};  // top (feet below the box)
        default:
            return {rng.uniform(20, 1260), 710};  // bottom
    }
}

void walkTo(Actor& a, QPointF to, double pxPerS) {
    const Waypoint& last = a.path.last();
    const double dist = QLineF(last.foot, to).length();
    a.path.append({last.t + qint64(1000 * dist / pxPerS), to});
}

}  // namespace

class TestRulesScenarios : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void peopleWalkingLoiteringAndCrossing() {
        const QPolygonF zone(
            {QPointF(0.35, 0.35), QPointF(0.65, 0.35), QPointF(0.7, 0.8), QPointF(0.3, 0.8)});
        const QLineF wire(QPointF(0.85, 0.95), QPointF(0.85, 0.15));
        Rule intr{QStringLiteral("intr")};
        intr.kind = RuleKind::ZoneIntrusion;
        intr.zone = zone;
        intr.minDwellMs = 1000;
        Rule loit{QStringLiteral("loit")};
        loit.kind = RuleKind::Loitering;
        loit.zone = zone;
        loit.loiterMs = 20000;
        Rule line{QStringLiteral("wire")};
        line.kind = RuleKind::LineCrossing;
        line.line = wire;

        Score total[3] = {{"intrusion"}, {"loitering"}, {"line crossing"}};
        for (quint32 seed : {1u, 2u, 3u}) {
            Rng rng(seed * 7919);
            QVector<Actor> actors;
            const qint64 duration = 20 * 60 * 1000;
            for (qint64 start = 1000; start < duration - 120000;
                 start += qint64(rng.uniform(3000, 9000))) {
                Actor a;
                a.cls = QStringLiteral("person");
                a.size = QSizeF(40, 100);
                const int from = int(rng.uniform(0, 4));
                a.path.append({start, edgePoint(rng, from)});
                if (rng.chance(0.3)) {
                    // A loiterer wanders between points of the zone, pausing now and then.
                    const qint64 until = start + qint64(rng.uniform(1.5, 3.0) * loit.loiterMs) +
                                         8000;  // the walk in takes a few seconds
                    while (a.path.last().t < until) {
                        QPointF p;
                        do {
                            p = QPointF(rng.uniform(0.3, 0.7), rng.uniform(0.35, 0.8));
                        } while (!zone.containsPoint(p, Qt::OddEvenFill));
                        walkTo(a, QPointF(p.x() * kFrame.width(), p.y() * kFrame.height()),
                               rng.uniform(25, 60));
                        if (rng.chance(0.3))
                            a.path.append({a.path.last().t + qint64(rng.uniform(1000, 4000)),
                                           a.path.last().foot});
                    }
                }
                // A 100 px tall person is ~1.7 m: 45..100 px/s is a 0.8..1.8 m/s walk.
                walkTo(a, edgePoint(rng, (from + 1 + int(rng.uniform(0, 3))) % 4),
                       rng.uniform(45, 100));
                a.intrusion = truthAbove(longestInside(a, zone), intr.minDwellMs);
                a.loiter = truthAbove(longestInside(a, zone), loit.loiterMs);
                addCrossingTruth(a, wire);
                actors.append(a);
            }
            const Outcome o = runScenario(actors, {intr, loit, line}, duration, Noise{}, seed);
            const Score s[3] = {scoreOnce("intrusion", o, actors, "intr", &Actor::intrusion),
                                scoreOnce("loitering", o, actors, "loit", &Actor::loiter),
                                scoreCrossings(o, actors, "wire")};
            for (int k = 0; k < 3; ++k) {
                total[k].tp += s[k].tp;
                total[k].events += s[k].events;
                total[k].truth += s[k].truth;
            }
            qInfo("seed %u: %lld people, %lld tracks", seed, qlonglong(actors.size()),
                  qlonglong(o.actorOfTrack.size()));
        }
        for (const Score& s : total) s.print();
        QVERIFY(total[0].truth > 100 && total[1].truth > 30 && total[2].truth > 100);
        // Measured: intrusion 0.990 / 0.990, loitering 0.980 / 0.973, crossing 0.982 / 0.989
        // (before the tracker followed walkers who pause or turn: 0.909 / 1.000, 0.914 / 0.926,
        // 0.989 / 0.993). What is left are mostly identity swaps between two people walking
        // close together, which the tracker makes and no rule can undo.
        QVERIFY2(total[0].precision() >= 0.95 && total[0].recall() >= 0.95, "intrusion");
        QVERIFY2(total[1].precision() >= 0.93 && total[1].recall() >= 0.93, "loitering");
        QVERIFY2(total[2].precision() >= 0.97 && total[2].recall() >= 0.97, "line crossing");
    }

    void carsParkingStoppingAndPassing() {
        Rule park{QStringLiteral("park")};
        park.kind = RuleKind::IllegalParking;
        park.zone = QPolygonF({QPointF(0, 0.85), QPointF(1, 0.85), QPointF(1, 1), QPointF(0, 1)});
        park.parkedMs = 20000;
        const double laneY = 520, kerbY = 660;
        const double slots[] = {250, 550, 850, 1150};

        Score total{"parking"};
        for (quint32 seed : {11u, 12u, 13u}) {
            Rng rng(seed * 104729);
            QVector<Actor> actors;
            qint64 busyUntil[4] = {0, 0, 0, 0};
            const qint64 duration = 40 * 60 * 1000;
            for (qint64 start = 1000; start < duration - 200000;
                 start += qint64(rng.uniform(8000, 25000))) {
                Actor a;
                a.cls = QStringLiteral("car");
                a.size = QSizeF(160, 70);
                a.path.append({start, QPointF(30, laneY)});
                const double speed = rng.uniform(150, 250);
                const double kind = rng.uniform(0, 1);
                const int slot = int(rng.uniform(0, 4));
                const qint64 stopMs = qint64(kind < 0.4 ? rng.uniform(1.5, 4) * park.parkedMs
                                                        : rng.uniform(0.1, 0.5) * park.parkedMs);
                const bool stops = kind < 0.75 && busyUntil[slot] < start;
                if (stops) walkTo(a, {slots[slot] - 150, laneY}, speed);
                if (stops) {
                    walkTo(a, {slots[slot], kerbY}, 100);  // pulls in
                    a.path.append({a.path.last().t + stopMs, a.path.last().foot});
                    walkTo(a, {std::min(1250.0, slots[slot] + 150), laneY}, 100);
                    busyUntil[slot] = a.path.last().t + 2000;
                }
                walkTo(a, {1250, laneY}, speed);
                a.parked = stops ? truthAbove(stopMs, park.parkedMs) : 0;
                actors.append(a);
            }
            const Outcome o = runScenario(actors, {park}, duration, Noise{}, seed);
            const Score s = scoreOnce("parking", o, actors, "park", &Actor::parked);
            total.tp += s.tp;
            total.events += s.events;
            total.truth += s.truth;
            qInfo("seed %u: %lld cars", seed, qlonglong(actors.size()));
        }
        total.print();
        QVERIFY(total.truth > 40);
        QVERIFY2(total.precision() >= 0.95 && total.recall() >= 0.95, "parking");  // 1.0 / 1.0
    }
};

QTEST_GUILESS_MAIN(TestRulesScenarios)
#include "test_rules_scenarios.moc"
