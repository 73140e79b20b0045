// Every rule kind on the simulator's synthetic scenes, through the real pipeline: the clip the
// simulator encoded (its scene cache) is decoded with OpenCV, every third frame (5 analysed
// frames a second, the console's rate) goes through a detector, the Tracker and the
// RuleEngine, and the events are scored against events derived from the ground truth the
// simulator writes (`bitgoeul-sim --write-ground-truth`). Rules are drawn in the scenes' own
// coordinates; cases within ±30 % of a threshold are "don't care", as in test_rules_scenarios.
// Each detector is scored: the default (YOLOX-Nano) and the motion fallback (MOG2).
//
// One test function per kind of scene, so that CTest can run them side by side (-j2): each is
// registered as its own test, test_rules_on_scenes_<function>.
#include "video/analytics/detector.h"
#include "video/analytics/rule_engine.h"
#include "video/analytics/tracker.h"
#include "widgets/alert_snapshot.h"

#include "support/process_helpers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/videoio.hpp>

#include <cmath>
#include <functional>
#include <map>

using namespace bg;

namespace {

constexpr int kClipFps = 15;
constexpr int kEvery = 3;         // 15 fps clip → 5 analysed frames a second
constexpr qint64 kStepMs = 200;   // one analysed frame
constexpr double kRefW = 1280.0;  // the simulator models its scenes in a 1280×720 frame
constexpr double kRefH = 720.0;

QPointF ref(double x, double y) {
    return {x / kRefW, y / kRefH};
}
QPolygonF refRect(double x0, double y0, double x1, double y1) {
    return QPolygonF{ref(x0, y0), ref(x1, y0), ref(x1, y1), ref(x0, y1)};
}

/// "person" or "vehicle": detectors name a drawn car car, truck or bus; the fallback knows
/// only person and car. A bicycle is neither for these rules.
QString group(const QString& cls) {
    if (cls == QLatin1String("person")) return QStringLiteral("person");
    if (cls == QLatin1String("car") || cls == QLatin1String("bus") || cls == QLatin1String("truck"))
        return QStringLiteral("vehicle");
    return cls;
}

QPointF footOf(const QRectF& box, QSizeF frame) {
    return {(box.x() + box.width() / 2) / frame.width(), box.bottom() / frame.height()};
}

/// 1 must be reported, 0 must not, -1 don't care: "held at least `thresholdMs`".
int truthAbove(qint64 durationMs, qint64 thresholdMs) {
    if (durationMs >= 1.3 * thresholdMs) return 1;
    if (durationMs <= 0.7 * thresholdMs) return 0;
    return -1;
}

// ---------------------------------------------------------------------------------------------
// Ground truth, unrolled over the loops analysed.

struct GtSample {
    int step = 0;         ///< analysed frame number (time = step × kStepMs)
    QRectF box;           ///< stream pixels
    QPointF foot;         ///< normalised
    bool atEdge = false;  ///< clipped by the frame: its foot is not where it stands
};

struct GtObject {
    int id = 0;
    QString group;
    QVector<GtSample> samples;  ///< by step, with gaps while off-screen
    const GtSample* at(int step) const {
        for (const GtSample& s : samples)
            if (s.step == step) return &s;
        return nullptr;
    }
};

struct Scene {
    QString name;
    QString clipPath;
    QSize size;
    int frameCount = 0;
    /// Frame index in the loop → objects with their boxes.
    QVector<QVector<std::pair<int, std::pair<QString, QRectF>>>> frames;
};

/// An interval an object spends inside something, and what a perfect system would report.
struct Stay {
    int object = 0;  ///< GtObject id
    int fromStep = 0;
    int toStep = 0;  ///< last step inside
    int want = 0;
    bool matched = false;
};

struct Crossing {
    int object = 0;
    int step = 0;  ///< first step on the far side
    bool forward = false;
    bool sure = true;  ///< false near the wire's ends
    bool matched = false;
};

struct Score {
    QString name;
    int tp = 0;
    int events = 0;  ///< scored events (don't-care ones left out)
    int truth = 0;
    double precision() const { return events ? double(tp) / events : 1.0; }
    double recall() const { return truth ? double(tp) / truth : 1.0; }
    void add(const Score& o) {
        tp += o.tp;
        events += o.events;
        truth += o.truth;
    }
    QString line() const {
        return QStringLiteral("%1 precision %2  recall %3  (%4 true of %5 events, %6 expected)")
            .arg(name, -24)
            .arg(precision(), 0, 'f', 3)
            .arg(recall(), 0, 'f', 3)
            .arg(tp)
            .arg(events)
            .arg(truth);
    }
};

/// Stays of `objects` of `grp` inside `zone` (by their feet), merged across gaps shorter than
/// the engine's leave grace; `when` restricts the steps that count (e.g. the red phase).
QVector<Stay> staysInside(const QVector<GtObject>& objects, const QString& grp,
                          const QPolygonF& zone, int graceSteps,
                          const std::function<bool(int)>& when = {}) {
    QVector<Stay> out;
    for (const GtObject& o : objects) {
        if (o.group != grp) continue;
        Stay cur{o.id, -1, -1, 0, false};
        for (const GtSample& s : o.samples) {
            const bool in =
                !s.atEdge && zone.containsPoint(s.foot, Qt::OddEvenFill) && (!when || when(s.step));
            if (!in) continue;
            if (cur.fromStep >= 0 && s.step - cur.toStep <= graceSteps) {
                cur.toStep = s.step;
                continue;
            }
            if (cur.fromStep >= 0) out.append(cur);
            cur.fromStep = cur.toStep = s.step;
        }
        if (cur.fromStep >= 0) out.append(cur);
    }
    return out;
}

/// The ground-truth object an event is about: the one of the event's class group whose feet
/// are nearest the event box's bottom centre at the event's frame, within half its height.
int objectOfEvent(const RuleEvent& e, const QString& grp, const QVector<GtObject>& objects,
                  QSizeF frame) {
    const int step = int(e.timeMs / kStepMs);
    const QPointF foot = footOf(e.box, frame);
    int best = -1;
    double bestDist = 1e9;
    for (const GtObject& o : objects) {
        if (o.group != grp) continue;
        for (int s : {step, step - 1, step + 1}) {
            const GtSample* g = o.at(s);
            if (!g) continue;
            const double tol = 0.5 * g->box.height() / frame.height() + 0.02;
            const QPointF d = g->foot - foot;
            const double dist = std::hypot(d.x(), d.y() * frame.height() / frame.width());
            if (dist <= tol && dist < bestDist) std::tie(best, bestDist) = std::pair(o.id, dist);
        }
    }
    return best;
}

/// Scores once-per-stay events: an event is about the stay of its object that holds its time
/// (or ended within a second before it); a second event for a stay is a false positive.
Score scoreStays(const QString& name, const QVector<RuleEvent>& events, const QString& ruleId,
                 const QString& grp, QVector<Stay> stays, const QVector<GtObject>& objects,
                 QSizeF frame) {
    Score s{name};
    for (const Stay& st : stays) s.truth += st.want == 1;
    for (const RuleEvent& e : events) {
        if (e.ruleId != ruleId) continue;
        const int step = int(e.timeMs / kStepMs);
        const int object = objectOfEvent(e, grp, objects, frame);
        Stay* stay = nullptr;
        for (Stay& st : stays)
            if (st.object == object && step >= st.fromStep && step <= st.toStep + 5) stay = &st;
        const int want = stay ? stay->want : 0;
        if (want < 0) continue;
        ++s.events;
        if (want == 1 && !stay->matched) {
            stay->matched = true;
            ++s.tp;
        }
    }
    return s;
}

// ---------------------------------------------------------------------------------------------

struct Run {
    QVector<RuleEvent> events;
    QHash<QString, CrossingCounts> counts;
    double detectMs = 0;
    int frames = 0;
    // Detection quality against the ground truth (IoU ≥ 0.3, same class group).
    int gtObjects = 0, found = 0, detections = 0, correct = 0;
    QHash<QString, std::pair<int, int>> foundByGroup;  ///< found, of how many
};

/// A rule that joins the set only from `fromStep` on (stationary suppression: the rule is
/// drawn while cars already stand there).
struct TimedRule {
    Rule rule;
    int fromStep = 0;
};

class Pipeline {
public:
    Pipeline(const Scene& scene, std::vector<cv::Mat> frames, QVector<GtObject> objects)
        : m_scene(scene), m_frames(std::move(frames)), m_objects(std::move(objects)) {}

    Run run(Detector& detector, const QVector<TimedRule>& rules, int steps,
            const RuleEngineConfig& config,
            const std::function<SignalPhase(int)>& phaseAt = {}) const {
        Run out;
        Tracker tracker;
        RuleEngine engine(config);
        QVector<Rule> active;
        const int perLoop = m_scene.frameCount / kEvery;
        for (int step = 0; step < steps; ++step) {
            QVector<Rule> want;
            for (const TimedRule& r : rules)
                if (step >= r.fromStep) want.append(r.rule);
            if (want != active) engine.setRules(active = want);
            const int frame = (step % perLoop) * kEvery;
            if (phaseAt) engine.setSignalPhase(phaseAt(frame));
            QElapsedTimer t;
            t.start();
            const QVector<Detection> dets = detector.detect(m_frames[size_t(step % perLoop)]);
            out.detectMs += t.nsecsElapsed() / 1e6;
            ++out.frames;
            scoreDetections(dets, step, out);
            const TrackerResult tr = tracker.update(dets, step * kStepMs);
            // Rules see vehicle classes under one name, as the scenes' rules list them.
            QVector<Track> tracks = tr.tracks;
            for (Track& tk : tracks) tk.className = group(tk.className);
            const QVector<RuleEvent> events = engine.update(tracks, m_scene.size, step * kStepMs);
            out.events += events;
            // BITGOEUL_SCENE_SNAPSHOTS=DIR keeps each event's marked snapshot, as the console
            // writes it, for a look at what the rules saw.
            if (const QString dir = qEnvironmentVariable("BITGOEUL_SCENE_SNAPSHOTS");
                !dir.isEmpty())
                for (const RuleEvent& e : events) {
                    const cv::Mat& m = m_frames[size_t(step % perLoop)];
                    const QImage frame(m.data, m.cols, m.rows, int(m.step), QImage::Format_BGR888);
                    markAlertSnapshot(frame, e.box, e.trackPath)
                        .save(QStringLiteral("%1/%2-%3-%4-%5.png")
                                  .arg(dir, m_scene.name, detector.name(), e.ruleId)
                                  .arg(step, 3, 10, QLatin1Char('0')));
                }
        }
        for (const Rule& r : active)
            if (r.kind == RuleKind::LineCrossing) out.counts.insert(r.id, engine.crossings(r.id));
        return out;
    }

    const QVector<GtObject>& objects() const { return m_objects; }

private:
    void scoreDetections(const QVector<Detection>& dets, int step, Run& out) const {
        QVector<bool> used(dets.size(), false);
        for (const GtObject& o : m_objects) {
            const GtSample* g = o.at(step);
            if (!g || (o.group != QLatin1String("person") && o.group != QLatin1String("vehicle")))
                continue;
            if (g->box.height() < 16) continue;  // too small to ask of any detector
            ++out.gtObjects;
            ++out.foundByGroup[o.group].second;
            for (int d = 0; d < dets.size(); ++d)
                if (!used[d] && group(dets[d].className) == o.group &&
                    iou(dets[d].box, g->box) >= 0.3) {
                    used[d] = true;
                    ++out.found;
                    ++out.foundByGroup[o.group].first;
                    break;
                }
        }
        for (int d = 0; d < dets.size(); ++d) {
            const QString g = group(dets[d].className);
            if (g != QLatin1String("person") && g != QLatin1String("vehicle")) continue;
            ++out.detections;
            bool ok = used[d];
            for (const GtObject& o : m_objects) {
                const GtSample* s = o.at(step);
                if (!ok && s && iou(dets[d].box, s->box) >= 0.3) ok = true;
            }
            out.correct += ok;
        }
    }

    const Scene& m_scene;
    std::vector<cv::Mat> m_frames;  ///< the analysed frames of one loop
    QVector<GtObject> m_objects;
};

}  // namespace

class TestRulesOnScenes : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;
    QTemporaryDir m_truth;
    QString m_cache;
    std::map<QString, std::map<QString, Score>> m_totals;  ///< detector → rule kind → score

    Scene loadScene(const QString& name) {
        Scene scene;
        scene.name = name;
        QFile file(m_truth.filePath(name + QStringLiteral(".sub.json")));
        if (!file.open(QIODevice::ReadOnly)) qFatal("no ground truth %s", qPrintable(name));
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
        scene.size = QSize(doc.value(QStringLiteral("width")).toInt(),
                           doc.value(QStringLiteral("height")).toInt());
        for (const QJsonValue fv : doc.value(QStringLiteral("frames")).toArray()) {
            QVector<std::pair<int, std::pair<QString, QRectF>>> objects;
            for (const QJsonValue ov : fv.toObject().value(QStringLiteral("objects")).toArray()) {
                const QJsonObject o = ov.toObject();
                const QJsonArray b = o.value(QStringLiteral("box")).toArray();
                objects.append(
                    {o.value(QStringLiteral("id")).toInt(),
                     {o.value(QStringLiteral("class")).toString(),
                      QRectF(b[0].toDouble(), b[1].toDouble(), b[2].toDouble(), b[3].toDouble())}});
            }
            scene.frames.append(objects);
        }
        scene.frameCount = int(scene.frames.size());
        // The clip of the current renderer is the newest of the scene's sub-stream clips.
        const QFileInfoList clips = QDir(m_cache).entryInfoList(
            {name + QStringLiteral(".sub.*.h264")}, QDir::Files, QDir::Time);
        if (!clips.isEmpty()) scene.clipPath = clips.first().filePath();
        return scene;
    }

    static QVector<GtObject> unroll(const Scene& scene, int steps) {
        QMap<int, GtObject> byId;
        const int perLoop = scene.frameCount / kEvery;
        const QRectF frame(0, 0, scene.size.width(), scene.size.height());
        for (int step = 0; step < steps; ++step) {
            for (const auto& [id, o] : scene.frames[(step % perLoop) * kEvery]) {
                GtObject& g = byId[id];
                g.id = id;
                g.group = group(o.first);
                const QRectF& b = o.second;
                const bool edge = b.left() <= 1 || b.right() >= frame.right() - 1 ||
                                  b.bottom() >= frame.bottom() - 1;
                g.samples.append({step, b, footOf(b, scene.size), edge});
            }
        }
        return byId.values().toVector();
    }

    static std::vector<cv::Mat> decodeAnalysedFrames(const Scene& scene) {
        cv::VideoCapture cap(scene.clipPath.toStdString(), cv::CAP_FFMPEG);
        std::vector<cv::Mat> out;
        cv::Mat f;
        for (int i = 0; cap.read(f); ++i)
            if (i % kEvery == 0) out.push_back(f.clone());
        return out;
    }

    void record(const QString& detector, const Score& s) {
        Score& t = m_totals[detector][s.name];
        t.name = s.name;
        t.add(s);
    }

    /// Runs `rules` on `scenes` with both detectors and scores them with `score`.
    void evaluate(const QStringList& sceneNames, int steps, const QVector<TimedRule>& rules,
                  const RuleEngineConfig& config, const std::function<SignalPhase(int)>& phaseAt,
                  const std::function<QVector<Score>(const Run&, const Pipeline&, QSizeF)>& score) {
        for (const QString& name : sceneNames) {
            const Scene scene = loadScene(name);
            QVERIFY2(!scene.clipPath.isEmpty(), qPrintable(QStringLiteral("no clip of ") + name));
            QCOMPARE(scene.frameCount, 150);
            std::vector<cv::Mat> frames = decodeAnalysedFrames(scene);
            QVERIFY2(frames.size() == size_t(scene.frameCount / kEvery),
                     qPrintable(QStringLiteral("%1: decoded %2 analysed frames")
                                    .arg(scene.clipPath)
                                    .arg(frames.size())));
            QCOMPARE(frames.front().cols, scene.size.width());
            const Pipeline pipeline(scene, std::move(frames), unroll(scene, steps));
            DetectorConfig yoloxConfig;
            yoloxConfig.modelPath = defaultModelPath();
            DetectorLoad yolox = loadDetector(yoloxConfig);
            QVERIFY2(yolox.warning.isEmpty(), qPrintable(yolox.warning));
            DetectorConfig none;
            none.modelPath = QStringLiteral("/nonexistent/motion-fallback.onnx");
            DetectorLoad motion = loadDetector(none);
            QCOMPARE(motion.detector->name(), QStringLiteral("motion-fallback"));
            for (Detector* d : {yolox.detector.get(), motion.detector.get()}) {
                const Run run = pipeline.run(*d, rules, steps, config, phaseAt);
                const QVector<Score> scores = score(run, pipeline, QSizeF(scene.size));
                QString counts;
                for (auto it = run.counts.cbegin(); it != run.counts.cend(); ++it)
                    counts += QStringLiteral(" %1 %2→ %3←")
                                  .arg(it.key())
                                  .arg(it->forward)
                                  .arg(it->backward);
                auto found = [&](const char* g) {
                    const auto f = run.foundByGroup.value(QLatin1String(g));
                    return f.second ? double(f.first) / f.second : 0.0;
                };
                qInfo(
                    "%-20s %-15s found: persons %.2f, vehicles %.2f; detections right %.2f; "
                    "%.1f ms/frame%s",
                    qPrintable(name), qPrintable(d->name()), found("person"), found("vehicle"),
                    run.detections ? double(run.correct) / run.detections : 0.0,
                    run.detectMs / std::max(1, run.frames), qPrintable(counts));
                for (const Score& s : scores) {
                    qInfo("    %s", qPrintable(s.line()));
                    record(d->name(), s);
                }
            }
        }
    }

    Score total(const QString& detector, const QString& kind) { return m_totals[detector][kind]; }

    /// Empty when the detector's total for `kind` reaches both floors, else what fell short.
    QString belowFloor(const char* detector, const char* kind, double precision, double recall) {
        const Score s = total(QLatin1String(detector), QLatin1String(kind));
        if (s.truth > 0 && s.precision() >= precision && s.recall() >= recall) return {};
        return QStringLiteral("%1 %2 (floors %3 / %4)")
            .arg(QLatin1String(detector), s.line())
            .arg(precision)
            .arg(recall);
    }

    void printTotals() {
        for (const auto& [detector, kinds] : m_totals)
            for (const auto& [kind, s] : kinds)
                qInfo("TOTAL %-15s %s", qPrintable(detector), qPrintable(s.line()));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_home.isValid() && m_truth.isValid());
        cv::setNumThreads(1);  // CTest runs the kinds side by side, one core each
        const auto gt = testsupport::run(testsupport::program("bitgoeul-sim"),
                                         {QStringLiteral("--write-ground-truth"), m_truth.path()},
                                         m_home.path(), 60000);
        QVERIFY2(gt.finished && gt.exitCode == 0, qPrintable(gt.err));
        m_cache = QStringLiteral(SIM_SCENE_CACHE);
        const auto enc = testsupport::run(
            testsupport::program("bitgoeul-sim"),
            {QStringLiteral("--encode-scenes"), QStringLiteral("--scene-cache"), m_cache},
            m_home.path(), 180000);
        QVERIFY2(enc.finished && enc.exitCode == 0, qPrintable(enc.err));
        if (!QFile::exists(defaultModelPath()))
            QSKIP(qPrintable(QStringLiteral("no model at ") + defaultModelPath()));
    }

    // Each kind of scene is scored on its own (one process may run them all).
    void init() { m_totals.clear(); }

    // Crosswalks: people crossing on green and a jaywalker on red. Zone intrusion (a person on
    // the carriageway), line crossing in both directions with counts, pedestrian on red.
    void crosswalk() {
        const int steps = 2 * 50;  // two loops, two signal cycles
        const QPolygonF road = refRect(0, 262, kRefW, 548);
        const QPolygonF zebra = refRect(540, 255, 740, 555);
        const QLineF wire(ref(520, 405), ref(760, 405));
        Rule intr{QStringLiteral("intr"), {}, RuleKind::ZoneIntrusion};
        intr.zone = road;
        intr.classes = {QStringLiteral("person")};
        intr.minDwellMs = 1000;
        Rule line{QStringLiteral("wire"), {}, RuleKind::LineCrossing};
        line.line = wire;
        line.classes = {QStringLiteral("person")};
        Rule red{QStringLiteral("red"), {}, RuleKind::CrosswalkSafety};
        red.zone = zebra;
        red.minDwellMs = 600;
        red.classes = {QStringLiteral("vehicle")};
        // One signal cycle a loop: walk for the first half (flashing for its last 25 frames),
        // red for the second, as the simulator draws it and the hub would report it.
        auto phaseAt = [](int frame) {
            if (frame >= 75) return SignalPhase::Red;
            return frame >= 50 ? SignalPhase::FlashingGreen : SignalPhase::Green;
        };
        auto score = [&](const Run& run, const Pipeline& p, QSizeF frame) {
            const auto& objects = p.objects();
            QVector<Stay> intrStays = staysInside(objects, QStringLiteral("person"), road, 10);
            for (Stay& s : intrStays) {
                s.want = truthAbove((s.toStep - s.fromStep + 1) * kStepMs, intr.minDwellMs);
                if (s.fromStep < 3) s.want = -1;  // already inside when the run starts
            }
            auto redAt = [&](int step) {
                return phaseAt((step % 50) * kEvery) == SignalPhase::Red;
            };
            QVector<Stay> redStays =
                staysInside(objects, QStringLiteral("person"), zebra, 2, redAt);
            for (Stay& s : redStays)
                s.want = truthAbove((s.toStep - s.fromStep + 1) * kStepMs, red.minDwellMs);
            // Red events also must not come for people crossing on green.
            return QVector<Score>{scoreStays(QStringLiteral("zone intrusion"), run.events, intr.id,
                                             QStringLiteral("person"), intrStays, objects, frame),
                                  scoreCrossings(run, objects, line, frame),
                                  scoreStays(QStringLiteral("crosswalk on red"), run.events, red.id,
                                             QStringLiteral("person"), redStays, objects, frame)};
        };
        // Three of the four crosswalks (day, night, another layout): under a minute.
        evaluate({QStringLiteral("s02-crosswalk-a"), QStringLiteral("s11-crosswalk-night"),
                  QStringLiteral("s15-crosswalk-c")},
                 steps, {{intr}, {line}, {red}}, {}, phaseAt, score);
        printTotals();
        // Measured (3 scenes, 2 loops): yolox-nano intrusion 1.000 / 0.786, crossing 1.000 /
        // 0.571, on red 1.000 / 0.667; the motion fallback 0.643 / 0.643, 0.938 / 0.536,
        // 0.667 / 1.000. YOLOX finds about half the drawn people on the zebra; those crossing
        // in opposite directions meet on the wire, where one hides the other.
        for (const QString& problem :
             QStringList{belowFloor("yolox-nano", "zone intrusion", 0.9, 0.7),
                         belowFloor("yolox-nano", "line crossing", 0.9, 0.5),
                         belowFloor("yolox-nano", "crosswalk on red", 0.9, 0.6),
                         belowFloor("motion-fallback", "crosswalk on red", 0.6, 0.9)})
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Parking lanes: one car pulls into the free bay, waits and leaves (illegal parking), the
    // bays are full of parked cars when an intrusion rule is drawn over them (stationary
    // suppression: only the car that arrives afterwards counts), somebody loiters on the
    // pavement.
    void parking() {
        const int steps = 3 * 50;
        const int ruleFrom = 40;  // 8 s: the parked cars are stationary (5 s) by then
        RuleEngineConfig config;
        config.stationaryMs = 5000;  // the scenes loop every 10 s
        // Two of the three parking scenes (day, night): under a minute.
        const QStringList names{QStringLiteral("s03-parking-a"), QStringLiteral("s07-parking-b"),
                                QStringLiteral("s12-parking-night")};
        for (int variant : {0, 2}) {
            const int freeBay = 2 + variant;  // as SceneRenderer::buildParking leaves it
            const double bayX = 40 + 150 * freeBay;
            const QPolygonF bay = refRect(bayX + 10, 300, bayX + 140, 420);
            const QPolygonF bays = refRect(40, 300, 1240, 420);
            const double loiterX = 1100 - 60 * variant;
            const QPolygonF pavement = refRect(loiterX - 130, 600, loiterX + 130, 700);
            Rule park{QStringLiteral("park"), {}, RuleKind::IllegalParking};
            park.zone = bay;
            park.classes = {QStringLiteral("vehicle")};
            park.parkedMs = 2000;
            Rule still{QStringLiteral("bays"), {}, RuleKind::ZoneIntrusion};
            still.zone = bays;
            still.classes = {QStringLiteral("vehicle")};
            still.minDwellMs = 1000;
            Rule loit{QStringLiteral("loit"), {}, RuleKind::Loitering};
            loit.zone = pavement;
            loit.classes = {QStringLiteral("person")};
            loit.loiterMs = 4000;
            auto score = [&](const Run& run, const Pipeline& p, QSizeF frame) {
                const auto& objects = p.objects();
                const QString car = QStringLiteral("vehicle");
                // Parked: the longest time the wheels stay within 0.3 × the box size of where
                // they settled, inside the bay.
                QVector<Stay> parkStays = staysInside(objects, car, bay, 2);
                for (Stay& st : parkStays) {
                    const GtObject* o = nullptr;
                    for (const GtObject& g : objects)
                        if (g.id == st.object) o = &g;
                    int best = 0, since = -1;
                    QPointF anchor;
                    for (const GtSample& g : o->samples) {
                        if (g.step < st.fromStep || g.step > st.toStep) continue;
                        const double size =
                            (g.box.width() / frame.width() + g.box.height() / frame.height()) / 2;
                        if (since < 0 || QLineF(g.foot, anchor).length() > 0.3 * size)
                            std::tie(since, anchor) = std::pair(g.step, g.foot);
                        best = std::max(best, g.step - since);
                    }
                    st.want = truthAbove(best * kStepMs, park.parkedMs);
                    if (st.fromStep < 3) st.want = -1;
                }
                QVector<Stay> stillStays =
                    staysInside(objects, car, bays, 10, [&](int s) { return s >= ruleFrom; });
                for (Stay& st : stillStays)
                    st.want =
                        st.fromStep == ruleFrom
                            ? 0  // standing there when the rule was drawn
                            : truthAbove((st.toStep - st.fromStep + 1) * kStepMs, still.minDwellMs);
                QVector<Stay> loitStays =
                    staysInside(objects, QStringLiteral("person"), pavement, 10);
                for (Stay& st : loitStays) {
                    st.want = truthAbove((st.toStep - st.fromStep + 1) * kStepMs, loit.loiterMs);
                    if (st.fromStep < 3) st.want = -1;
                }
                return QVector<Score>{
                    scoreStays(QStringLiteral("illegal parking"), run.events, park.id, car,
                               parkStays, objects, frame),
                    scoreStays(QStringLiteral("stationary suppression"), run.events, still.id, car,
                               stillStays, objects, frame),
                    scoreStays(QStringLiteral("loitering"), run.events, loit.id,
                               QStringLiteral("person"), loitStays, objects, frame)};
            };
            evaluate({names[variant]}, steps, {{park}, {still, ruleFrom}, {loit}}, config, {},
                     score);
        }
        printTotals();
        // Measured (2 scenes, 3 loops): yolox-nano loitering 0.571 / 0.667 (a loiterer lost
        // and found again under a new id loiters anew). YOLOX-Nano finds none of the drawn
        // cars (found: vehicles 0.00), so the vehicle rules run on the motion fallback, which
        // sees a car while it moves and for a while after it stops: illegal parking 1.000 /
        // 0.333. Neither sees the cars parked all along, so stationary suppression can only be
        // checked for what it must not do: no event for them under either detector (its
        // recall, the car that arrives later, is printed; tests/unit/test_rules covers it on
        // generated tracks).
        for (const QString& problem :
             QStringList{belowFloor("yolox-nano", "loitering", 0.5, 0.6),
                         belowFloor("motion-fallback", "illegal parking", 0.9, 0.3)})
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char* d : {"yolox-nano", "motion-fallback"}) {
            const Score s = total(QLatin1String(d), QStringLiteral("stationary suppression"));
            QVERIFY2(s.events == s.tp, qPrintable(QLatin1String(d) + u' ' + s.line()));
        }
    }

    // Market streets: a crowd in the middle of the street; people walking towards and away
    // from the camera over a line across it.
    void market() {
        const int steps = 2 * 50;
        const QPolygonF middle = refRect(0, 350, kRefW, 600);
        const QLineF wire(ref(200, 500), ref(1080, 500));
        Rule crowd{QStringLiteral("crowd"), {}, RuleKind::Crowding};
        crowd.zone = middle;
        crowd.classes = {QStringLiteral("person")};
        crowd.crowdCount = 7;
        crowd.minDwellMs = 1000;
        Rule line{QStringLiteral("wire"), {}, RuleKind::LineCrossing};
        line.line = wire;
        line.classes = {QStringLiteral("person")};
        auto score = [&](const Run& run, const Pipeline& p, QSizeF frame) {
            return QVector<Score>{scoreCrowd(run, p.objects(), crowd, steps),
                                  scoreCrossings(run, p.objects(), line, frame)};
        };
        // The two markets whose crowd gets dense enough (s04 never has 7 in the zone).
        evaluate({QStringLiteral("s09-market-b"), QStringLiteral("s13-market-evening")}, steps,
                 {{crowd}, {line}}, {}, {}, score);
        printTotals();
        // Measured (2 scenes, 2 loops): yolox-nano crowding 1.000 / 1.000 (3 crowds), crossing
        // 0.825 / 0.765; the motion fallback 1.000 / 1.000, 0.746 / 0.647.
        for (const QString& problem :
             QStringList{belowFloor("yolox-nano", "crowding", 0.9, 0.6),
                         belowFloor("yolox-nano", "line crossing", 0.75, 0.7),
                         belowFloor("motion-fallback", "crowding", 0.9, 0.6)})
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Roads: cars and buses both ways over a line across the lanes, counted per direction.
    void road() {
        const int steps = 2 * 50;
        Rule line{QStringLiteral("lanes"), {}, RuleKind::LineCrossing};
        line.line = QLineF(ref(640, 290), ref(640, 590));
        line.classes = {QStringLiteral("vehicle")};
        auto score = [&](const Run& run, const Pipeline& p, QSizeF frame) {
            return QVector<Score>{
                scoreCrossings(run, p.objects(), line, frame, QStringLiteral("vehicle"))};
        };
        // Two of the four road scenes (day, night): the run time stays under a minute.
        evaluate({QStringLiteral("s05-road-b"), QStringLiteral("s10-road-night")}, steps, {{line}},
                 {}, {}, score);
        printTotals();
        // Measured (2 scenes, 2 loops): YOLOX-Nano finds none of the drawn cars and buses, so
        // no crossing; the motion fallback 0.848 / 0.661 (cars close behind one another merge
        // into one blob).
        const QString problem = belowFloor("motion-fallback", "line crossing", 0.8, 0.6);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Crowding: episodes are runs of steps where the ground truth has at least crowdCount − 1
    // people in the zone; one with crowdCount or more for 1.3 × minDwell must be reported
    // once, one that never gets there is don't care, an event outside any is false.
    static Score scoreCrowd(const Run& run, const QVector<GtObject>& objects, const Rule& rule,
                            int steps) {
        QVector<int> count(steps, 0);
        for (const GtObject& o : objects)
            if (o.group == QLatin1String("person"))
                for (const GtSample& g : o.samples)
                    if (!g.atEdge && rule.zone.containsPoint(g.foot, Qt::OddEvenFill))
                        ++count[g.step];
        struct Episode {
            int from, to, want;
            bool matched = false;
        };
        QVector<Episode> episodes;
        for (int i = 0; i < steps;) {
            if (count[i] < rule.crowdCount - 1) {
                ++i;
                continue;
            }
            int j = i, run = 0, longest = 0;
            for (; j < steps && count[j] >= rule.crowdCount - 1; ++j) {
                run = count[j] >= rule.crowdCount ? run + 1 : 0;
                longest = std::max(longest, run);
            }
            const int want = i < 3 ? -1 : truthAbove(longest * kStepMs, rule.minDwellMs);
            episodes.append({i, j - 1, want});
            i = j;
        }
        Score s{QStringLiteral("crowding")};
        for (const Episode& e : episodes) s.truth += e.want == 1;
        for (const RuleEvent& e : run.events) {
            if (e.ruleId != rule.id) continue;
            const int step = int(e.timeMs / kStepMs);
            Episode* ep = nullptr;
            for (Episode& x : episodes)
                if (step >= x.from - 2 && step <= x.to + 2) ep = &x;
            if (ep && ep->want < 0) continue;
            ++s.events;
            if (ep && ep->want == 1 && !ep->matched) {
                ep->matched = true;
                ++s.tp;
            }
        }
        return s;
    }

    // Line crossing with direction: the counts of each direction against the ground truth.
    static Score scoreCrossings(const Run& run, const QVector<GtObject>& objects, const Rule& rule,
                                QSizeF frame, const QString& grp = QStringLiteral("person")) {
        const QLineF wire = rule.line;
        const QPointF d = wire.p2() - wire.p1();
        auto side = [&](QPointF p) {
            return d.x() * (p.y() - wire.y1()) - d.y() * (p.x() - wire.x1()) > 0 ? 1 : -1;
        };
        QVector<Crossing> truth;
        for (const GtObject& o : objects) {
            if (o.group != grp) continue;
            for (int i = 1; i < o.samples.size(); ++i) {
                const GtSample& a = o.samples[i - 1];
                const GtSample& b = o.samples[i];
                if (b.step != a.step + 1 || a.atEdge || b.atEdge) continue;
                QPointF at;
                if (side(a.foot) != side(b.foot) &&
                    QLineF(a.foot, b.foot).intersects(wire, &at) == QLineF::BoundedIntersection) {
                    const double along = QLineF(wire.p1(), at).length() / wire.length();
                    // Forward = left → right standing on p1 facing p2 (screen, y down).
                    truth.append({o.id, b.step, side(a.foot) < 0, along > 0.05 && along < 0.95});
                }
            }
        }
        Score s{QStringLiteral("line crossing")};
        for (const Crossing& c : truth) s.truth += c.sure && c.step > 2;
        for (const RuleEvent& e : run.events) {
            if (e.ruleId != rule.id) continue;
            const bool forward = e.reason == QLatin1String("forward");
            const int step = int(e.timeMs / kStepMs);
            const int object = objectOfEvent(e, grp, objects, frame);
            Crossing* match = nullptr;
            for (Crossing& c : truth)
                if (c.object == object && c.forward == forward && !c.matched &&
                    step >= c.step - 2 && step <= c.step + 5)
                    match = &c;
            if (match && (!match->sure || match->step <= 2)) continue;
            ++s.events;
            if (match) {
                match->matched = true;
                ++s.tp;
            }
        }
        int fw = 0, bw = 0;
        for (const Crossing& c : truth) (c.forward ? fw : bw) += 1;
        const CrossingCounts got = run.counts.value(rule.id);
        qInfo("    %s counts: forward %d (truth %d), backward %d (truth %d)", qPrintable(rule.id),
              got.forward, fw, got.backward, bw);
        return s;
    }
};

QTEST_GUILESS_MAIN(TestRulesOnScenes)
#include "test_rules_on_scenes.moc"
