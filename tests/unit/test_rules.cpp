// Rules per camera on synthetic track sequences: every kind with exact events and counts, the
// stationary suppression, cooldown, bounded state, and the JSON format with its error messages.
#include "video/analytics/rule_engine.h"

#include <QJsonDocument>
#include <QTest>

using namespace bg;

namespace {

const QSize kFrame(1000, 500);
constexpr qint64 kStepMs = 100;  // 10 analysed frames a second

/// A track whose reference point (bottom centre) is at (footX, footY) frame pixels.
Track track(int id, const QString& cls, double footX, double footY, double w, double h, qint64 t) {
    Track tr;
    tr.id = id;
    tr.className = cls;
    tr.confidence = 0.9f;
    tr.box = QRectF(footX - w / 2, footY - h, w, h);
    tr.lastSeenMs = t;
    return tr;
}
Track person(int id, double x, double y, qint64 t) {
    return track(id, QStringLiteral("person"), x, y, 30, 80, t);
}
Track car(int id, double x, double y, qint64 t) {
    return track(id, QStringLiteral("car"), x, y, 100, 50, t);
}

QPolygonF rectZone(double x0, double y0, double x1, double y1) {
    return QPolygonF({QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1)});
}

Rule zoneRule(const char* id, RuleKind kind, QPolygonF zone) {
    Rule r;
    r.id = QString::fromLatin1(id);
    r.kind = kind;
    r.zone = std::move(zone);
    return r;
}

Rule lineRule(const char* id, QLineF line, int direction) {
    Rule r;
    r.id = QString::fromLatin1(id);
    r.kind = RuleKind::LineCrossing;
    r.line = line;
    r.direction = direction;
    return r;
}

QVector<RuleEvent> ofRule(const QVector<RuleEvent>& events, const char* ruleId) {
    QVector<RuleEvent> out;
    for (const RuleEvent& e : events)
        if (e.ruleId == QLatin1String(ruleId)) out.append(e);
    return out;
}

QJsonObject obj(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // --- zone intrusion ----------------------------------------------------------------------

    void intrusionOncePerEntryAfterDwell() {
        Rule r = zoneRule("gate", RuleKind::ZoneIntrusion, rectZone(0.4, 0.2, 0.6, 1.0));
        r.minDwellMs = 500;
        r.classes = {QStringLiteral("person")};
        RuleEngine engine;
        engine.setRules({r});
        QVector<RuleEvent> events;
        for (int f = 0; f < 100; ++f) {
            const qint64 t = f * kStepMs;
            QVector<Track> tracks{
                person(1, 105 + 10 * f, 400, t),  // walks through: inside for f = 30..49
                person(2, 105 + 10 * f, 60, t),   // above the zone (y 0.12)
                person(3, 5 + 50 * f, 300, t),    // runs through in 400 ms < minDwell
                car(4, 105 + 10 * f, 450, t),     // not a listed class
            };
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
        const RuleEvent& e = events[0];
        QCOMPARE(e.ruleId, QStringLiteral("gate"));
        QCOMPARE(e.kind, RuleKind::ZoneIntrusion);
        QCOMPARE(e.category, AlertCategory::Intrusion);
        QCOMPARE(e.severity, defaultSeverity(AlertCategory::Intrusion));
        QCOMPARE(e.reason, QStringLiteral("entered"));
        QCOMPARE(e.trackIds, QVector<int>{1});
        QCOMPARE(e.timeMs, 3500);  // entered at frame 30, held 500 ms
        QCOMPARE(e.box, person(1, 105 + 10 * 35, 400, 0).box);
        QVERIFY(e.description.contains(QStringLiteral("person #1")));
    }

    void intrusionRearmsOnlyAfterLeavingPastGrace() {
        Rule r = zoneRule("z", RuleKind::ZoneIntrusion, rectZone(0.4, 0.2, 0.6, 1.0));
        RuleEngineConfig c;
        c.leaveGraceMs = 1000;
        RuleEngine engine(c);
        engine.setRules({r});
        // In 2 s, out 0.5 s (same stay), in 2 s, out 3 s (stay over), in 1 s: two entries.
        QVector<qint64> eventTimes;
        qint64 t = 0;
        auto run = [&](double x, qint64 ms) {
            for (qint64 end = t + ms; t < end; t += kStepMs)
                for (const RuleEvent& e : engine.update({person(7, x, 400, t)}, kFrame, t))
                    eventTimes.append(e.timeMs);
        };
        run(500, 2000);
        run(200, 500);
        run(500, 2000);
        run(200, 3000);
        run(500, 1000);
        QCOMPARE(eventTimes, (QVector<qint64>{0, 7500}));
    }

    // --- loitering ---------------------------------------------------------------------------

    void loiteringOncePerStay() {
        Rule r = zoneRule("bench", RuleKind::Loitering, rectZone(0.2, 0.2, 0.8, 1.0));
        r.loiterMs = 5000;
        RuleEngine engine;
        engine.setRules({r});
        QVector<RuleEvent> events;
        for (int f = 0; f < 150; ++f) {
            const qint64 t = f * kStepMs;
            // Person 1 wanders inside for 15 s; person 2 crosses the zone in 3 s.
            const double wx = 500 + 80 * std::sin(f / 10.0);
            QVector<Track> tracks{person(1, wx, 400, t)};
            if (f < 40) tracks.append(person(2, 150 + 25 * f, 300, t));
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].trackIds, QVector<int>{1});
        QCOMPARE(events[0].timeMs, 5000);
        QCOMPARE(events[0].category, AlertCategory::Loitering);
        QCOMPARE(events[0].reason, QStringLiteral("loitering"));
    }

    // --- line crossing -----------------------------------------------------------------------

    void lineCrossingBothWaysWithCounters() {
        // A vertical tripwire drawn bottom → top: facing up the screen, left is screen-left, so
        // walking left → right on screen is "forward".
        const QLineF wire(QPointF(0.5, 0.9), QPointF(0.5, 0.1));
        RuleEngine engine;
        engine.setRules(
            {lineRule("both", wire, 0), lineRule("fwd", wire, 1), lineRule("back", wire, -1)});
        QVector<RuleEvent> events;
        for (int f = 0; f < 80; ++f) {
            const qint64 t = f * kStepMs;
            QVector<Track> tracks{
                person(1, 100 + 10 * f, 300, t),  // left → right, crosses at f = 40
                person(2, 900 - 10 * f, 350, t),  // right → left, crosses at f = 40
                person(3, 100 + 10 * f, 30, t),   // above the wire's top end (y 0.06): no count
                person(4, 500 + (f % 2 ? 1.5 : -1.5), 100 + 4 * f, t),  // walks along the wire
            };
            if (f < 60) {
                // Crosses right, turns round, crosses back.
                const double x = f < 30 ? 400 + 8 * f : 640 - 8 * (f - 30);
                tracks.append(person(5, x, 250, t));
            }
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(engine.crossings(QStringLiteral("both")), (CrossingCounts{2, 2}));
        QCOMPARE(engine.crossings(QStringLiteral("fwd")), (CrossingCounts{2, 2}));
        QCOMPARE(engine.crossings(QStringLiteral("back")), (CrossingCounts{2, 2}));
        QCOMPARE(engine.crossings(QStringLiteral("nope")), (CrossingCounts{0, 0}));

        const auto both = ofRule(events, "both");
        QCOMPARE(both.size(), 4);
        const auto fwd = ofRule(events, "fwd");
        QCOMPARE(fwd.size(), 2);
        QCOMPARE(fwd[0].trackIds, QVector<int>{5});  // clear of the dead band at f = 14 (x 512)
        QCOMPARE(fwd[0].reason, QStringLiteral("forward"));
        QCOMPARE(fwd[0].count, 1);
        QCOMPARE(fwd[1].trackIds, QVector<int>{1});
        QCOMPARE(fwd[1].count, 2);
        const auto back = ofRule(events, "back");
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0].reason, QStringLiteral("backward"));
        QSet<int> backIds{back[0].trackIds[0], back[1].trackIds[0]};
        QCOMPARE(backIds, (QSet<int>{2, 5}));
        QCOMPARE(back[1].count, 2);
        for (const RuleEvent& e : events) QVERIFY(e.trackIds[0] != 3 && e.trackIds[0] != 4);
    }

    // --- crowding ----------------------------------------------------------------------------

    void crowdFormsDissolvesWithHysteresis() {
        Rule r = zoneRule("plaza", RuleKind::Crowding, rectZone(0.1, 0.1, 0.9, 0.9));
        r.crowdCount = 5;
        r.minDwellMs = 1000;
        RuleEngine engine;
        engine.setRules({r});
        QVector<RuleEvent> events;
        qint64 t = 0;
        // Hold `n` people (ids 1..n) milling about in the zone for `ms`.
        auto hold = [&](int n, qint64 ms) {
            for (qint64 end = t + ms; t < end; t += kStepMs) {
                QVector<Track> tracks;
                for (int i = 1; i <= n; ++i)
                    tracks.append(person(i, 150 + 60 * i + 10 * std::sin(t / 300.0), 300, t));
                tracks.append(person(99, 950, 480, t));  // outside the zone, never counted
                events += engine.update(tracks, kFrame, t);
            }
        };
        hold(3, 2000);
        hold(5, 500);  // reaches 5 but not for minDwell
        hold(4, 500);
        QCOMPARE(events.size(), 0);
        hold(6, 3000);  // event 1 s after reaching the count
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].timeMs, 4000);
        QCOMPARE(events[0].count, 6);
        QCOMPARE(events[0].trackIds, (QVector<int>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(events[0].category, AlertCategory::Crowding);
        QRectF expected;
        for (int i = 1; i <= 6; ++i)
            expected =
                expected.united(person(i, 150 + 60 * i + 10 * std::sin(4000 / 300.0), 300, 0).box);
        QCOMPARE(events[0].box, expected);
        hold(4, 2000);  // count 4 = crowdCount - 1: not re-armed
        hold(5, 2000);
        QCOMPARE(events.size(), 1);
        hold(3, 2000);  // count 3 <= crowdCount - 2: re-armed
        hold(5, 2000);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].count, 5);
    }

    // --- illegal parking ---------------------------------------------------------------------

    void carParksAnotherOnlyStops() {
        Rule r = zoneRule("noparking", RuleKind::IllegalParking, rectZone(0.0, 0.5, 1.0, 1.0));
        r.parkedMs = 10000;
        RuleEngine engine;
        engine.setRules({r});
        QVector<RuleEvent> events;
        for (int f = 0; f < 600; ++f) {  // 60 s
            const qint64 t = f * kStepMs;
            // Car 1 drives in and stops at frame 20 (x 300), with 1 px detector jitter.
            const double x1 = f < 20 ? 100 + 10 * f : 300 + (f % 3) - 1;
            // Car 2 stops for 4 s (frames 50..89) then drives on.
            const double x2 = f < 50 ? 100 + 10 * f : f < 90 ? 600 : 600 + 10 * (f - 90);
            // A person standing in the zone is not a vehicle.
            events += engine.update(
                {car(1, x1, 400, t), car(2, x2, 450, t), person(3, 800, 400, t)}, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].trackIds, QVector<int>{1});
        QCOMPARE(events[0].category, AlertCategory::IllegalParking);
        QCOMPARE(events[0].reason, QStringLiteral("parked"));
        // Still since its last move of more than 0.3 x 75 px: frame 18 (x 280 → 300 at f 20).
        QVERIFY2(events[0].timeMs >= 11800 && events[0].timeMs <= 12000,
                 qPrintable(QString::number(events[0].timeMs)));
    }

    // --- crosswalk safety --------------------------------------------------------------------

    void pedestrianOnRedOncePerRedPhase() {
        Rule r = zoneRule("cw", RuleKind::CrosswalkSafety, rectZone(0.3, 0.6, 0.7, 0.8));
        RuleEngine engine;
        engine.setRules({r});
        QVector<RuleEvent> events;
        auto frames = [&](int from, int to, double y) {
            for (int f = from; f < to; ++f) {
                const qint64 t = f * kStepMs;
                events += engine.update({person(1, 400 + 2 * f, y, t)}, kFrame, t);
            }
        };
        engine.setSignalPhase(SignalPhase::Green);
        frames(0, 20, 350);  // green, on the crossing (y 0.7)
        QCOMPARE(events.size(), 0);
        engine.setSignalPhase(SignalPhase::Red);
        frames(20, 60, 350);  // red: one event, not one per frame
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].timeMs, 2000);
        QCOMPARE(events[0].reason, QStringLiteral("pedestrianOnRed"));
        QCOMPARE(events[0].category, AlertCategory::CrosswalkRedLight);
        engine.setSignalPhase(SignalPhase::FlashingGreen);
        frames(60, 80, 350);
        QCOMPARE(events.size(), 1);
        engine.setSignalPhase(SignalPhase::Red);  // a new red phase, still on the crossing
        frames(80, 90, 350);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].timeMs, 8000);
        engine.setSignalPhase(SignalPhase::Green);
        engine.setSignalPhase(SignalPhase::Red);
        frames(90, 100, 200);  // red again, but on the pavement (y 0.4)
        QCOMPARE(events.size(), 2);
    }

    void fastCarWhilePedestrianOnCrossing() {
        Rule r = zoneRule("cw", RuleKind::CrosswalkSafety, rectZone(0.4, 0.2, 0.6, 1.0));
        r.fastApproachKmh = 30;
        r.metresAcrossFrame = 20;  // 50 px per metre at 1000 px
        RuleEngine engine;
        engine.setRules({r});
        engine.setSignalPhase(SignalPhase::Green);
        // 50 km/h = 13.9 m/s = 694 px/s = 69.4 px per frame; 10 km/h = 13.9 px per frame.
        const double fast = 50 / 3.6 * 50 / 10;
        const double slow = 10 / 3.6 * 50 / 10;
        QVector<RuleEvent> events;
        for (int f = 0; f < 10; ++f) {
            const qint64 t = f * kStepMs;
            QVector<Track> tracks{person(1, 500, 300, t),            // on the crossing
                                  car(10, 0 + fast * f, 450, t),     // fast, approaching
                                  car(11, 0 + slow * f, 350, t),     // slow, approaching
                                  car(12, 700 + fast * f, 400, t)};  // fast, driving away
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
        const RuleEvent& e = events[0];
        QCOMPARE(e.reason, QStringLiteral("fastApproach"));
        QCOMPARE(e.trackIds, (QVector<int>{10, 1}));
        QCOMPARE(e.severity, Severity::Critical);
        QCOMPARE(e.count, 1);
        QCOMPARE(e.timeMs, 500);  // first frame with half the 1 s speed window observed
        QVERIFY2(std::abs(e.speedKmh - 50) < 0.5, qPrintable(QString::number(e.speedKmh)));

        // The same fast car with nobody on the crossing raises nothing.
        RuleEngine empty;
        empty.setRules({r});
        for (int f = 0; f < 10; ++f)
            QVERIFY(
                empty.update({car(10, fast * f, 450, f * kStepMs)}, kFrame, f * kStepMs).isEmpty());
    }

    // --- suppression, cooldown, bounds -------------------------------------------------------

    void stationaryObjectDoesNotRealertWithNewIds() {
        // A parked car whose track is lost for 5 s every 40 s (longer than a handover) and found
        // again under a new id:
        // each rule reports it once, illegal parking keeps counting its still time across the
        // ids, crowding stops counting it. A second car arriving later is new and does alert.
        Rule intr = zoneRule("intr", RuleKind::ZoneIntrusion, rectZone(0.1, 0.5, 0.9, 1.0));
        Rule loit = zoneRule("loit", RuleKind::Loitering, intr.zone);
        loit.loiterMs = 20000;
        Rule park = zoneRule("park", RuleKind::IllegalParking, intr.zone);
        park.parkedMs = 60000;
        Rule crowd = zoneRule("crowd", RuleKind::Crowding, intr.zone);
        crowd.crowdCount = 2;
        RuleEngine engine;
        engine.setRules({intr, loit, park, crowd});
        QVector<RuleEvent> events;
        int id = 1;
        for (qint64 t = 0; t < 400000; t += 500) {
            const qint64 phase = t % 40000;
            if (phase == 35000) ++id;  // the tracker lost it; it comes back as a new track
            QVector<Track> tracks;
            if (phase < 35000 || phase >= 40000)
                tracks.append(car(id, 300 + (t / 500) % 2, 400, t));
            if (t >= 300000) tracks.append(car(1000, 700, 450, t));
            events += engine.update(tracks, kFrame, t);
        }
        const auto intrusions = ofRule(events, "intr");
        QCOMPARE(intrusions.size(), 2);
        QCOMPARE(intrusions[0].trackIds, QVector<int>{1});
        QCOMPARE(intrusions[0].timeMs, qint64(0));
        QCOMPARE(intrusions[1].trackIds, QVector<int>{1000});
        QCOMPARE(intrusions[1].timeMs, qint64(300000));
        const auto loiters = ofRule(events, "loit");
        QCOMPARE(loiters.size(), 2);
        QCOMPARE(loiters[0].trackIds, QVector<int>{1});
        QCOMPARE(loiters[1].trackIds, QVector<int>{1000});
        const auto parked = ofRule(events, "park");
        QCOMPARE(parked.size(), 2);
        QCOMPARE(parked[0].trackIds, QVector<int>{2});  // still since t = 0, under id 2 now
        QCOMPARE(parked[0].timeMs, qint64(60000));
        QCOMPARE(parked[1].trackIds, QVector<int>{1000});
        QCOMPARE(parked[1].timeMs, qint64(360000));
        // The crowd of two never forms: the first car is background by the time 1000 arrives.
        QCOMPARE(ofRule(events, "crowd").size(), 0);
    }

    void stationarySinceEntryStillLoiters() {
        // Suppression is about stays that *begin* stationary: someone who walks in and then
        // stands still for a long time is loitering.
        Rule loit = zoneRule("loit", RuleKind::Loitering, rectZone(0.1, 0.5, 0.9, 1.0));
        loit.loiterMs = 60000;
        RuleEngine engine;
        engine.setRules({loit});
        QVector<RuleEvent> events;
        for (qint64 t = 0; t < 90000; t += 500) {
            const double x = t < 5000 ? 50 + t / 20.0 : 300;
            events += engine.update({person(1, x, 400, t)}, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
    }

    void trackerIdSwitchIsHandedOver() {
        // The tracker loses a walker mid-zone: the old track coasts (framesMissed > 0) for a few
        // frames while a new id picks the person up. That is one entry and one stay, not two.
        Rule intr = zoneRule("intr", RuleKind::ZoneIntrusion, rectZone(0.2, 0.2, 0.8, 1.0));
        intr.minDwellMs = 500;
        Rule loit = zoneRule("loit", RuleKind::Loitering, intr.zone);
        loit.loiterMs = 4000;
        auto run = [&](RuleEngineConfig c) {
            RuleEngine engine(c);
            engine.setRules({intr, loit});
            QVector<RuleEvent> events;
            for (int f = 0; f < 80; ++f) {
                const qint64 t = f * kStepMs;
                const double x = 155 + 10 * f;  // inside for f = 5..64
                QVector<Track> tracks;
                if (f < 35) {
                    Track old = person(1, x, 400, t);
                    old.framesMissed = std::max(0, f - 29);  // coasting from frame 30
                    tracks.append(old);
                }
                if (f >= 31) tracks.append(person(2, x, 400, t));
                events += engine.update(tracks, kFrame, t);
            }
            return events;
        };
        const auto handed = run({});
        QCOMPARE(ofRule(handed, "intr").size(), 1);
        QCOMPARE(ofRule(handed, "intr")[0].trackIds, QVector<int>{1});
        QCOMPARE(ofRule(handed, "intr")[0].timeMs, qint64(1000));
        QCOMPARE(ofRule(handed, "loit").size(), 1);  // the stay began with track 1
        QCOMPARE(ofRule(handed, "loit")[0].trackIds, QVector<int>{2});
        QCOMPARE(ofRule(handed, "loit")[0].timeMs, qint64(4500));

        RuleEngineConfig off;
        off.handoverMs = 0;
        const auto separate = run(off);
        QCOMPARE(ofRule(separate, "intr").size(), 2);
        QCOMPARE(ofRule(separate, "loit").size(), 0);
    }

    void eventsCarryTheTrackPath() {
        // The walker of the handover case: the events carry the path of their track (feet,
        // normalised, with times) over the last pathMs, matched points only, and a handed-over
        // track brings its predecessor's path along.
        Rule loit = zoneRule("loit", RuleKind::Loitering, rectZone(0.2, 0.2, 0.8, 1.0));
        loit.loiterMs = 4000;
        RuleEngineConfig c;
        c.pathMs = 3000;
        RuleEngine engine(c);
        engine.setRules({loit});
        QVector<RuleEvent> events;
        for (int f = 0; f < 80; ++f) {
            const qint64 t = f * kStepMs;
            const double x = 155 + 10 * f;
            QVector<Track> tracks;
            if (f < 35) {
                Track old = person(1, x, 400, t);
                old.framesMissed = std::max(0, f - 29);  // coasting from frame 30
                tracks.append(old);
            }
            if (f >= 31) tracks.append(person(2, x, 400, t));
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(events.size(), 1);
        const RuleEvent& e = events[0];
        QCOMPARE(e.trackIds, QVector<int>{2});
        QCOMPARE(e.timeMs, qint64(4500));
        const QVector<TrackPoint>& path = e.trackPath;
        QCOMPARE(path.last().timeMs, e.timeMs);
        QCOMPARE(path.last().point, QPointF((155 + 10 * 45) / 1000.0, 0.8));
        QCOMPARE(path.first().timeMs, qint64(1500));  // 3 s back
        for (int i = 1; i < path.size(); ++i) QVERIFY(path[i].timeMs > path[i - 1].timeMs);
        // Frame 30, when track 1 only coasted and track 2 was not there yet, is not in it;
        // frames 15..29 of track 1 are.
        QCOMPARE(path.size(), 15 + 15);
        QVERIFY(std::none_of(path.begin(), path.end(),
                             [](const TrackPoint& p) { return p.timeMs == 3000; }));
    }

    void handoverNeverTakesAMatchedTrack() {
        // Someone stepping up beside a person who is being detected is somebody else.
        Rule intr = zoneRule("intr", RuleKind::ZoneIntrusion, rectZone(0.2, 0.2, 0.8, 1.0));
        RuleEngine engine;
        engine.setRules({intr});
        QVector<RuleEvent> events;
        for (int f = 0; f < 40; ++f) {
            const qint64 t = f * kStepMs;
            QVector<Track> tracks{person(1, 500, 400, t)};
            if (f >= 20) tracks.append(person(2, 520, 400, t));
            events += engine.update(tracks, kFrame, t);
        }
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].trackIds, QVector<int>{2});
    }

    void cooldownDropsFloodButCountsCrossings() {
        Rule intr = zoneRule("intr", RuleKind::ZoneIntrusion, rectZone(0.4, 0.0, 0.6, 1.0));
        intr.cooldownMs = 5000;
        Rule wire = lineRule("wire", QLineF(QPointF(0.5, 1.0), QPointF(0.5, 0.0)), 0);
        wire.cooldownMs = 5000;
        RuleEngine engine;
        engine.setRules({intr, wire});
        QVector<RuleEvent> events;
        // Ten people walk through one second apart, each taking 2 s from x 300 to x 700.
        for (int f = 0; f < 150; ++f) {
            const qint64 t = f * kStepMs;
            QVector<Track> tracks;
            for (int p = 0; p < 10; ++p) {
                const int local = f - 10 * p;
                if (local >= 0 && local <= 20)
                    tracks.append(person(p + 1, 300 + 20 * local, 250, t));
            }
            events += engine.update(tracks, kFrame, t);
        }
        const auto intrusions = ofRule(events, "intr");
        // Entries at 0.6 s + k s: kept at 0.6, 5.6 (k = 5); everything else inside the cooldown.
        QCOMPARE(intrusions.size(), 2);
        QCOMPARE(intrusions[0].trackIds, QVector<int>{1});
        QCOMPARE(intrusions[1].trackIds, QVector<int>{6});
        QCOMPARE(engine.suppressedByCooldown(QStringLiteral("intr")), 8);
        QCOMPARE(ofRule(events, "wire").size(), 2);
        QCOMPARE(engine.crossings(QStringLiteral("wire")).forward, 10);
    }

    void stateStaysBoundedWithThousandsOfShortTracks() {
        Rule intr = zoneRule("intr", RuleKind::ZoneIntrusion, rectZone(0.0, 0.0, 1.0, 1.0));
        Rule wire = lineRule("wire", QLineF(QPointF(0.5, 1.0), QPointF(0.5, 0.0)), 0);
        Rule cw = zoneRule("cw", RuleKind::CrosswalkSafety, rectZone(0.0, 0.0, 1.0, 1.0));
        cw.fastApproachKmh = 1;
        cw.metresAcrossFrame = 20;
        RuleEngineConfig c;
        c.maxSpots = 16;
        c.spotMemoryMs = 3600 * 1000;
        RuleEngine engine(c);
        engine.setRules({intr, wire, cw});
        int nextId = 1;
        qint64 t = 0;
        int maxTracked = 0;
        // 5000 people and cars, each seen for 3 frames, 5 at a time, moving across the wire; a
        // pause between batches so a batch is not a handover of the one before.
        for (int batch = 0; batch < 1000; ++batch, t += c.handoverMs) {
            for (int k = 0; k < 3; ++k, t += kStepMs) {
                QVector<Track> tracks;
                for (int j = 0; j < 5; ++j) {
                    const double x = 480 + 20 * k;
                    tracks.append(j % 2 ? car(nextId + j, x, 100 + 60 * j, t)
                                        : person(nextId + j, x, 100 + 60 * j, t));
                }
                engine.update(tracks, kFrame, t);
                maxTracked = std::max(maxTracked, engine.trackedCount());
            }
            nextId += 5;
        }
        // forgetAfterMs (3 s) of batches 2.3 s apart: at most two batches remembered at once.
        QVERIFY2(maxTracked <= 10, qPrintable(QString::number(maxTracked)));
        QCOMPARE(engine.crossings(QStringLiteral("wire")), (CrossingCounts{5000, 0}));
        for (int k = 0; k < 40; ++k, t += kStepMs) engine.update({}, kFrame, t);
        QCOMPARE(engine.trackedCount(), 0);
        QCOMPARE(engine.ruleTrackEntries(), 0);

        // Stationary objects leave spots behind; those are capped too.
        // 40 cars parked one after another on a grid of places that do not overlap.
        for (int obj = 0; obj < 40; ++obj) {
            const double x = 60 + 110 * (obj % 8);
            const double y = 100 + 100 * (obj / 8);
            for (int k = 0; k < 32; ++k, t += 1000)
                engine.update({car(100000 + obj, x, y, t)}, kFrame, t);
        }
        engine.update({}, kFrame, t);
        QCOMPARE(engine.spotCount(), 16);
        t += c.spotMemoryMs + 1000;
        engine.update({}, kFrame, t);
        QCOMPARE(engine.spotCount(), 0);
    }

    // --- coordinates and rule-set changes ----------------------------------------------------

    void sameEventsOnSubAndMainStream() {
        Rule r = zoneRule("z", RuleKind::ZoneIntrusion, rectZone(0.4, 0.2, 0.6, 1.0));
        r.minDwellMs = 300;
        Rule w = lineRule("w", QLineF(QPointF(0.5, 1.0), QPointF(0.5, 0.0)), 0);
        auto run = [&](QSize size) {
            RuleEngine engine;
            engine.setRules({r, w});
            const double s = size.width() / 1000.0;
            QVector<QPair<QString, qint64>> got;
            for (int f = 0; f < 100; ++f) {
                const qint64 t = f * kStepMs;
                Track p = person(1, (102 + 10 * f) * s, 400 * s, t);
                for (const RuleEvent& e : engine.update({p}, size, t))
                    got.append({e.ruleId, e.timeMs});
            }
            return got;
        };
        const auto sub = run(QSize(640, 320));
        QCOMPARE(sub.size(), 2);
        QCOMPARE(sub, run(QSize(1920, 960)));
    }

    void setRulesKeepsUnchangedStateAndSkipsDisabled() {
        Rule w = lineRule("w", QLineF(QPointF(0.5, 1.0), QPointF(0.5, 0.0)), 0);
        Rule z = zoneRule("z", RuleKind::ZoneIntrusion, rectZone(0.0, 0.0, 1.0, 1.0));
        z.enabled = false;
        RuleEngine engine;
        engine.setRules({w, z});
        QVector<RuleEvent> events;
        for (int f = 0; f < 20; ++f)
            events +=
                engine.update({person(1, 400 + 10 * f, 300, f * kStepMs)}, kFrame, f * kStepMs);
        QCOMPARE(events.size(), 1);  // the crossing; the disabled zone is silent
        QCOMPARE(engine.crossings(QStringLiteral("w")).forward, 1);
        engine.setRules({w, z});
        QCOMPARE(engine.crossings(QStringLiteral("w")).forward, 1);
        Rule moved = w;
        moved.line.translate(0.1, 0);
        engine.setRules({moved});
        QCOMPARE(engine.crossings(QStringLiteral("w")).forward, 0);
    }

    // --- JSON --------------------------------------------------------------------------------

    void jsonRoundTrip() {
        Rule a = zoneRule("a", RuleKind::ZoneIntrusion, rectZone(0.1, 0.2, 0.3, 0.4));
        a.name = QStringLiteral("정문 출입");
        a.classes = {QStringLiteral("person"), QStringLiteral("bicycle")};
        a.minDwellMs = 1500;
        a.cooldownMs = 30000;
        Rule b = lineRule("b", QLineF(QPointF(0.125, 0.9), QPointF(0.875, 0.1)), -1);
        b.enabled = false;
        Rule c = zoneRule("c", RuleKind::CrosswalkSafety, rectZone(0.0, 0.6, 1.0, 0.8));
        c.fastApproachKmh = 42.5;
        c.metresAcrossFrame = 18.25;
        Rule d = zoneRule("d", RuleKind::Crowding, rectZone(0.3, 0.3, 0.6, 0.6));
        d.crowdCount = 12;
        Rule e = zoneRule("e", RuleKind::IllegalParking, rectZone(0.0, 0.5, 0.5, 1.0));
        e.parkedMs = 120000;
        Rule f = zoneRule("f", RuleKind::Loitering, rectZone(0.2, 0.2, 0.4, 0.9));
        f.loiterMs = 90000;
        const QVector<Rule> rules{a, b, c, d, e, f};

        const auto back = rulesFromJson(rulesToJson(rules));
        QVERIFY2(back.isOk(), qPrintable(back.error()));
        QCOMPARE(back.value().size(), rules.size());
        for (int i = 0; i < rules.size(); ++i) QVERIFY(back.value()[i] == rules[i]);
        const auto single = Rule::fromJson(c.toJson());
        QVERIFY(single.isOk());
        QVERIFY(single.value() == c);

        // Defaults for optional fields.
        const auto minimal =
            Rule::fromJson(obj(R"({"id":"m","kind":"loitering","zone":[[0,0],[1,0],[1,1]]})"));
        QVERIFY2(minimal.isOk(), qPrintable(minimal.error()));
        QCOMPARE(minimal.value().loiterMs, Rule{}.loiterMs);
        QVERIFY(minimal.value().enabled);
    }

    void jsonErrorsNameRuleAndField_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("error");
        const auto row = [](const char* name, const char* json, const char* error) {
            QTest::newRow(name) << QString::fromUtf8(json) << QString::fromUtf8(error);
        };
        row("no id", R"({"kind":"crowding"})", "rule: id must be a non-empty string");
        row("bad kind", R"({"id":"r1","kind":"zone"})",
            "rule 'r1': kind 'zone' is not one of zoneIntrusion, loitering, lineCrossing, "
            "crowding, illegalParking, crosswalkSafety");
        row("kind missing", R"({"id":"r1"})",
            "rule 'r1': kind must be one of zoneIntrusion, loitering, lineCrossing, crowding, "
            "illegalParking, crosswalkSafety");
        row("zone 2 points", R"({"id":"r1","kind":"zoneIntrusion","zone":[[0,0],[1,1]]})",
            "rule 'r1': zone needs at least 3 points");
        row("zone missing", R"({"id":"r1","kind":"crowding"})",
            "rule 'r1': zone needs at least 3 points");
        row("zone not array", R"({"id":"r1","kind":"crowding","zone":{}})",
            "rule 'r1': zone must be an array of [x, y] points");
        row("zone point shape", R"({"id":"r1","kind":"crowding","zone":[[0,0],[1],[1,1]]})",
            "rule 'r1': zone[1] must be [x, y] with numbers");
        row("zone in pixels", R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[640,360]]})",
            "rule 'r1': zone[2] must lie in 0..1 (frame-normalised), got [640, 360]");
        row("zone flat", R"({"id":"r1","kind":"crowding","zone":[[0,0],[0.5,0.5],[1,1]]})",
            "rule 'r1': zone has no area");
        row("line missing", R"({"id":"l1","kind":"lineCrossing"})",
            "rule 'l1': line is required for a lineCrossing rule");
        row("line shape", R"({"id":"l1","kind":"lineCrossing","line":[[0,0]]})",
            "rule 'l1': line must be [[x1, y1], [x2, y2]]");
        row("line point", R"({"id":"l1","kind":"lineCrossing","line":[[0,0],[2,0]]})",
            "rule 'l1': line[1] must lie in 0..1 (frame-normalised), got [2, 0]");
        row("line zero", R"({"id":"l1","kind":"lineCrossing","line":[[0.5,0.5],[0.5,0.5]]})",
            "rule 'l1': line has (almost) zero length");
        row("direction", R"({"id":"l1","kind":"lineCrossing","line":[[0,0],[1,1]],"direction":2})",
            "rule 'l1': direction must be -1, 0 or 1");
        row("classes type",
            R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"classes":"person"})",
            "rule 'r1': classes must be an array of class names");
        row("classes item",
            R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"classes":["a",""]})",
            "rule 'r1': classes[1] must be a non-empty string");
        row("minDwellMs",
            R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"minDwellMs":-5})",
            "rule 'r1': minDwellMs must be an integer >= 0");
        row("loiterMs", R"({"id":"r1","kind":"loitering","zone":[[0,0],[1,0],[1,1]],"loiterMs":0})",
            "rule 'r1': loiterMs must be an integer >= 1");
        row("crowdCount",
            R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"crowdCount":2.5})",
            "rule 'r1': crowdCount must be an integer >= 1");
        row("parkedMs",
            R"({"id":"r1","kind":"illegalParking","zone":[[0,0],[1,0],[1,1]],"parkedMs":"5m"})",
            "rule 'r1': parkedMs must be an integer >= 1");
        row("cooldownMs",
            R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"cooldownMs":null})",
            "rule 'r1': cooldownMs must be an integer >= 0");
        row("fastApproachKmh",
            R"({"id":"c1","kind":"crosswalkSafety","zone":[[0,0],[1,0],[1,1]],)"
            R"("fastApproachKmh":-1})",
            "rule 'c1': fastApproachKmh must be a number >= 0");
        row("scale missing",
            R"({"id":"c1","kind":"crosswalkSafety","zone":[[0,0],[1,0],[1,1]],)"
            R"("fastApproachKmh":40})",
            "rule 'c1': metresAcrossFrame must be > 0 when fastApproachKmh is set");
        row("enabled", R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"enabled":1})",
            "rule 'r1': enabled must be true or false");
        row("name", R"({"id":"r1","name":3,"kind":"crowding","zone":[[0,0],[1,0],[1,1]]})",
            "rule 'r1': name must be a string");
        row("typo", R"({"id":"r1","kind":"crowding","zone":[[0,0],[1,0],[1,1]],"minDwelMs":5})",
            "rule 'r1': unknown field 'minDwelMs'");
    }
    void jsonErrorsNameRuleAndField() {
        QFETCH(QString, json);
        QFETCH(QString, error);
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        QVERIFY2(doc.isObject(), "test JSON must parse");
        const auto r = Rule::fromJson(doc.object());
        QVERIFY(!r.isOk());
        QCOMPARE(r.error(), error);
    }

    void ruleSetErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray ok = R"({"id":"a","kind":"crowding","zone":[[0,0],[1,0],[1,1]]})";
        QTest::newRow("not json") << QByteArray("{\"version\":1,") << QString();
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("rules: the document must be an object");
        QTest::newRow("version") << QByteArray(R"({"rules":[]})")
                                 << QStringLiteral("rules: version must be 1");
        QTest::newRow("rules type") << QByteArray(R"({"version":1,"rules":{}})")
                                    << QStringLiteral("rules: rules must be an array");
        QTest::newRow("item type") << QByteArray(R"({"version":1,"rules":[)" + ok + ",7]}")
                                   << QStringLiteral("rules[1]: must be an object");
        QTest::newRow("duplicate") << QByteArray(R"({"version":1,"rules":[)" + ok + "," + ok + "]}")
                                   << QStringLiteral("rules[1]: rule 'a': id is used twice");
        QTest::newRow("bad rule") << QByteArray(R"({"version":1,"rules":[)" + ok +
                                                R"(,{"id":"b","kind":"crowding","zone":[]}]})")
                                  << QStringLiteral(
                                         "rules[1]: rule 'b': zone needs at least 3 points");
    }
    void ruleSetErrors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto r = rulesFromJson(json);
        QVERIFY(!r.isOk());
        if (error.isEmpty())
            QVERIFY2(r.error().startsWith(QStringLiteral("rules: not JSON: ")) &&
                         r.error().contains(QStringLiteral("at offset")),
                     qPrintable(r.error()));
        else
            QCOMPARE(r.error(), error);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "test_rules.moc"
