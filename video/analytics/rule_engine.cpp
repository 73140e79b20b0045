#include "video/analytics/rule_engine.h"

#include "video/analytics/detector.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace bg {

namespace {

constexpr int kMaxHistory = 64;  // bounds the speed history even at high analysis rates

const QString kPerson = QStringLiteral("person");

bool containsClass(const QStringList& list, const QString& name) {
    return list.contains(name, Qt::CaseInsensitive);
}

/// The classes a rule's (non-pedestrian) tracks must have; empty means any.
QStringList effectiveClasses(const Rule& rule) {
    if (!rule.classes.isEmpty()) return rule.classes;
    if (rule.kind == RuleKind::IllegalParking || rule.kind == RuleKind::CrosswalkSafety)
        return defaultVehicleClasses();
    return {};
}

bool matches(const QStringList& classes, const QString& name) {
    return classes.isEmpty() || containsClass(classes, name);
}

AlertCategory categoryOf(RuleKind kind) {
    switch (kind) {
        case RuleKind::ZoneIntrusion:
        case RuleKind::LineCrossing:  // a tripwire is a perimeter rule
            return AlertCategory::Intrusion;
        case RuleKind::Loitering:
            return AlertCategory::Loitering;
        case RuleKind::Crowding:
            return AlertCategory::Crowding;
        case RuleKind::IllegalParking:
            return AlertCategory::IllegalParking;
        case RuleKind::CrosswalkSafety:
            return AlertCategory::CrosswalkRedLight;
    }
    return AlertCategory::Other;
}

QPointF referencePoint(const QRectF& box) {
    return {box.center().x(), box.bottom()};
}

QPointF toPixels(QPointF n, QSizeF frame) {
    return {n.x() * frame.width(), n.y() * frame.height()};
}

double segmentDistance(QPointF p, QPointF a, QPointF b) {
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

/// Pixel distance from a normalised point to a normalised zone; 0 inside.
double distanceToZone(QPointF n, const QPolygonF& zone, QSizeF frame) {
    if (zone.containsPoint(n, Qt::OddEvenFill)) return 0;
    const QPointF p = toPixels(n, frame);
    double best = std::numeric_limits<double>::max();
    for (int i = 0; i < zone.size(); ++i)
        best = std::min(best, segmentDistance(p, toPixels(zone[i], frame),
                                              toPixels(zone[(i + 1) % zone.size()], frame)));
    return best;
}

QString label(const Track& t) {
    return QStringLiteral("%1 #%2").arg(t.className).arg(t.id);
}

QString ruleLabel(const Rule& r) {
    return r.name.isEmpty() ? QStringLiteral("'%1'").arg(r.id)
                            : QStringLiteral("'%1' (%2)").arg(r.name, r.id);
}

}  // namespace

RuleEngine::RuleEngine(RuleEngineConfig config) : m_config(config) {}

void RuleEngine::setRules(QVector<Rule> rules) {
    QHash<QString, RuleState> kept;
    for (const Rule& r : rules) {
        if (!r.enabled) continue;
        const auto old = std::find_if(m_rules.cbegin(), m_rules.cend(),
                                      [&](const Rule& o) { return o.id == r.id; });
        // Only an identical definition keeps its state: a moved zone or line makes old stays
        // and counters meaningless.
        if (old != m_rules.cend() && *old == r && m_states.contains(r.id))
            kept.insert(r.id, m_states.value(r.id));
        else
            kept.insert(r.id, RuleState{});
    }
    m_rules = std::move(rules);
    m_states = std::move(kept);
}

void RuleEngine::setSignalPhase(SignalPhase phase) {
    if (phase == m_phase) return;
    if (phase == SignalPhase::Red) {
        ++m_redPhaseIndex;
        m_redSinceMs = -1;  // set by the next update, which carries the time
    }
    m_phase = phase;
}

CrossingCounts RuleEngine::crossings(const QString& ruleId) const {
    const auto it = m_states.constFind(ruleId);
    return it == m_states.cend() ? CrossingCounts{} : it->counts;
}

int RuleEngine::suppressedByCooldown(const QString& ruleId) const {
    const auto it = m_states.constFind(ruleId);
    return it == m_states.cend() ? 0 : it->suppressed;
}

int RuleEngine::ruleTrackEntries() const {
    int n = 0;
    for (const RuleState& s : m_states) n += int(s.stays.size() + s.fastAlerted.size());
    return n;
}

void RuleEngine::reset() {
    m_tracks.clear();
    m_spots.clear();
    for (RuleState& s : m_states) s = RuleState{};
    m_redSinceMs = -1;
}

QVector<RuleEvent> RuleEngine::update(const QVector<Track>& tracks, QSize frameSize,
                                      qint64 timeMs) {
    QVector<RuleEvent> out;
    if (frameSize.isEmpty()) return out;
    const QSizeF frame(frameSize);

    QHash<int, const Track*> current;
    current.reserve(tracks.size());
    for (const Track& t : tracks)
        if (t.box.isValid()) current.insert(t.id, &t);

    // Spots first, so a new id appearing in this very frame can take one over.
    noteVanished(current);
    QVector<int> ids = current.keys().toVector();
    std::sort(ids.begin(), ids.end());  // a deterministic order of handovers
    for (int id : std::as_const(ids)) observe(*current.value(id), current, frame, timeMs);
    // A track taken over lives on in its successor; the tracker may still coast it a while.
    for (auto it = current.begin(); it != current.end();) {
        const auto state = m_tracks.constFind(it.key());
        if (state != m_tracks.cend() && state->handedOver)
            it = current.erase(it);
        else
            ++it;
    }
    if (m_phase == SignalPhase::Red && m_redSinceMs < 0) m_redSinceMs = timeMs;

    for (const Rule& rule : std::as_const(m_rules)) {
        const auto st = m_states.find(rule.id);
        if (st == m_states.end()) continue;  // disabled
        evaluate(rule, *st, current, frame, timeMs, out);
    }
    forgetStale(timeMs);
    return out;
}

bool RuleEngine::isStationary(const TrackState& t, qint64 now) const {
    return m_config.stationaryMs > 0 && now - t.stillSinceMs >= m_config.stationaryMs;
}

void RuleEngine::noteVanished(const QHash<int, const Track*>& current) {
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        TrackState& t = it.value();
        if (current.contains(it.key()) || t.stationaryNoted || !isStationary(t, t.lastSeenMs))
            continue;
        t.stationaryNoted = true;
        m_spots.push_back(
            {it.key(), t.className, t.box, t.anchor, t.stillSinceMs, t.lastSeenMs, t.firedOnSpot});
    }
    while (int(m_spots.size()) > m_config.maxSpots) m_spots.pop_front();
}

void RuleEngine::observe(const Track& track, const QHash<int, const Track*>& current, QSizeF frame,
                         qint64 now) {
    const QRectF box(track.box.x() / frame.width(), track.box.y() / frame.height(),
                     track.box.width() / frame.width(), track.box.height() / frame.height());
    const QPointF ref = referencePoint(box);

    auto it = m_tracks.find(track.id);
    if (it == m_tracks.end()) {
        TrackState t;
        t.className = track.className;
        t.anchor = ref;
        t.stillSinceMs = now;
        t.ref = ref;
        if (takeOver(t, track, current, frame, now)) {
            it = m_tracks.insert(track.id, t);
        } else {
            // A new id where a stationary object of the same class vanished is that object again
            // (the tracker lost it for longer than it coasts): it keeps its still time and what
            // already fired for it, so a parked car does not alert anew with every new id.
            auto best = m_spots.end();
            double bestIou = m_config.spotMinIou;
            for (auto s = m_spots.begin(); s != m_spots.end(); ++s) {
                const double o = iou(s->box, box);
                if (o >= bestIou &&
                    s->className.compare(track.className, Qt::CaseInsensitive) == 0) {
                    bestIou = o;
                    best = s;
                }
            }
            if (best != m_spots.end()) {
                t.anchor = best->anchor;
                t.stillSinceMs = best->stillSinceMs;
                t.firedOnSpot = best->fired;
                m_spots.erase(best);
            }
            it = m_tracks.insert(track.id, t);
        }
    } else if (it->handedOver) {
        it->lastSeenMs = now;  // forgotten once the tracker lets it go
        return;
    } else if (it->stationaryNoted) {
        // Back under its own id: its spot must not be claimed by another track as well.
        const int id = track.id;
        m_spots.erase(std::remove_if(m_spots.begin(), m_spots.end(),
                                     [id](const Spot& s) { return s.trackId == id; }),
                      m_spots.end());
        it->stationaryNoted = false;
    }

    TrackState& t = *it;
    t.ref = ref;
    t.box = box;
    t.lastSeenMs = now;
    if (track.framesMissed == 0) {
        t.matchedRef = ref;
        t.matchedMs = now;
        t.path.push_back(
            {now, QPointF(std::clamp(ref.x(), 0.0, 1.0), std::clamp(ref.y(), 0.0, 1.0))});
        while (!t.path.empty() && (t.path.front().timeMs < now - m_config.pathMs ||
                                   int(t.path.size()) > m_config.maxPathPoints))
            t.path.pop_front();
    }
    const QPointF moved = toPixels(ref - t.anchor, frame);
    const double sizePx = (track.box.width() + track.box.height()) / 2;
    if (std::hypot(moved.x(), moved.y()) > m_config.stillFraction * sizePx) {
        t.anchor = ref;
        t.stillSinceMs = now;
        t.firedOnSpot.clear();  // it left the spot: once-per-stay rules may fire again
    }
    t.history.emplace_back(now, ref);
    while (t.history.size() > 2 && t.history[1].first <= now - m_config.speedWindowMs)
        t.history.pop_front();
    while (t.history.size() > kMaxHistory) t.history.pop_front();
}

bool RuleEngine::takeOver(TrackState& fresh, const Track& track,
                          const QHash<int, const Track*>& current, QSizeF frame, qint64 now) {
    const int newId = track.id;
    const double sizePx = (track.box.width() + track.box.height()) / 2;
    const double reach = m_config.handoverDistance * sizePx;
    auto best = m_tracks.end();
    double bestDist = reach;
    for (auto it = m_tracks.begin(); it != m_tracks.end(); ++it) {
        TrackState& old = *it;
        // Only a track that lost its detections can have been replaced; a matched one is
        // somebody else standing nearby.
        const Track* seen = current.value(it.key());
        const bool losing = !seen || seen->framesMissed > 0;
        if (old.handedOver || !losing || now - old.matchedMs > m_config.handoverMs ||
            old.className.compare(track.className, Qt::CaseInsensitive) != 0)
            continue;
        // Closest of where it was last matched and where the tracker predicts it now.
        const QPointF a = toPixels(fresh.ref - old.matchedRef, frame);
        const QPointF b = toPixels(fresh.ref - old.ref, frame);
        const double d = std::min(std::hypot(a.x(), a.y()), std::hypot(b.x(), b.y()));
        if (d <= bestDist) {
            bestDist = d;
            best = it;
        }
    }
    if (best == m_tracks.end()) return false;

    const int oldId = best.key();
    TrackState& old = *best;
    old.handedOver = true;
    old.stationaryNoted = true;  // its successor carries its history; no spot needed
    fresh.anchor = old.anchor;
    fresh.stillSinceMs = old.stillSinceMs;
    fresh.firedOnSpot = old.firedOnSpot;
    fresh.history = old.history;
    fresh.path = old.path;
    for (RuleState& s : m_states) {
        if (s.stays.contains(oldId)) {
            const Stay stay = s.stays.take(oldId);  // a copy: inserting may rehash
            s.stays.insert(newId, stay);
        }
        if (s.fastAlerted.remove(oldId)) s.fastAlerted.insert(newId);
    }
    m_spots.erase(std::remove_if(m_spots.begin(), m_spots.end(),
                                 [oldId](const Spot& s) { return s.trackId == oldId; }),
                  m_spots.end());
    return true;
}

void RuleEngine::forgetStale(qint64 now) {
    QVector<int> gone;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it)
        if (now - it->lastSeenMs > m_config.forgetAfterMs) gone.append(it.key());
    for (int id : std::as_const(gone)) {
        m_tracks.remove(id);
        for (RuleState& s : m_states) {
            s.stays.remove(id);
            s.fastAlerted.remove(id);
        }
    }
    while (!m_spots.empty() && now - m_spots.front().vanishedMs > m_config.spotMemoryMs)
        m_spots.pop_front();
}

double RuleEngine::speedKmh(const TrackState& t, const Rule& rule, QSizeF frame) const {
    if (t.history.size() < 2 || rule.metresAcrossFrame <= 0) return 0;
    const auto& [t0, p0] = t.history.front();
    const auto& [t1, p1] = t.history.back();
    const qint64 dtMs = t1 - t0;
    if (dtMs <= 0 || dtMs < m_config.speedWindowMs / 2) return 0;  // too short to trust
    const QPointF d = toPixels(p1 - p0, frame);
    const double metres = std::hypot(d.x(), d.y()) * rule.metresAcrossFrame / frame.width();
    return metres / (double(dtMs) / 1000.0) * 3.6;
}

bool RuleEngine::raiseEvent(const Rule& rule, RuleState& st, RuleEvent event,
                            QVector<RuleEvent>& out) {
    if (st.hasEvent && rule.cooldownMs > 0 && event.timeMs - st.lastEventMs < rule.cooldownMs) {
        ++st.suppressed;
        return false;
    }
    st.hasEvent = true;
    st.lastEventMs = event.timeMs;
    if (!event.trackIds.isEmpty())
        if (const auto t = m_tracks.constFind(event.trackIds.first()); t != m_tracks.cend())
            event.trackPath = QVector<TrackPoint>(t->path.begin(), t->path.end());
    out.append(std::move(event));
    return true;
}

void RuleEngine::updateStays(const Rule& rule, RuleState& st,
                             const QHash<int, const Track*>& current, qint64 now) {
    const bool crosswalk = rule.kind == RuleKind::CrosswalkSafety;
    const QStringList classes = crosswalk ? QStringList{kPerson} : effectiveClasses(rule);
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const TrackState& t = m_tracks[it.key()];
        if (!matches(classes, t.className)) continue;
        const bool inside = rule.zone.containsPoint(t.ref, Qt::OddEvenFill);
        auto stay = st.stays.find(it.key());
        if (!inside) {
            if (stay != st.stays.end()) stay->inside = false;
            continue;
        }
        if (stay == st.stays.end()) {
            Stay s;
            s.enteredMs = now;
            s.startedStationary = isStationary(t, now);
            s.fired = t.firedOnSpot.contains(rule.id);
            stay = st.stays.insert(it.key(), s);
        }
        stay->inside = true;
        stay->lastInsideMs = now;
    }
    for (auto it = st.stays.begin(); it != st.stays.end();) {
        // A track missing from a frame (a skipped detection) is not inside, but its stay only
        // ends when it is seen outside or forgotten: it may be back in the next frame.
        if (!current.contains(it.key())) {
            it->inside = false;
            ++it;
            continue;
        }
        // Seen outside past the grace period: the stay is over, the next entry is a new one.
        if (!it->inside && now - it->lastInsideMs > m_config.leaveGraceMs)
            it = st.stays.erase(it);
        else
            ++it;
    }
}

void RuleEngine::evaluate(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                          QSizeF frame, qint64 now, QVector<RuleEvent>& out) {
    switch (rule.kind) {
        case RuleKind::LineCrossing:
            evaluateLine(rule, st, current, now, out);
            return;
        case RuleKind::Crowding:
            updateStays(rule, st, current, now);
            evaluateCrowd(rule, st, current, now, out);
            return;
        case RuleKind::CrosswalkSafety:
            updateStays(rule, st, current, now);
            evaluateCrosswalk(rule, st, current, frame, now, out);
            return;
        case RuleKind::ZoneIntrusion:
        case RuleKind::Loitering:
        case RuleKind::IllegalParking:
            break;
    }
    updateStays(rule, st, current, now);

    // Sorted ids keep the event order deterministic (QHash iteration order is not).
    QVector<int> ids = st.stays.keys().toVector();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        Stay& s = st.stays[id];
        if (!s.inside || s.fired) continue;
        const TrackState& ts = m_tracks[id];
        const Track& track = *current.value(id);
        RuleEvent e;
        const qint64 inMs = now - s.enteredMs;
        if (rule.kind == RuleKind::IllegalParking) {
            if (now - ts.stillSinceMs < rule.parkedMs) continue;
            e.reason = QStringLiteral("parked");
            e.description = QStringLiteral("%1 parked in %2 for %3 s")
                                .arg(label(track), ruleLabel(rule))
                                .arg((now - ts.stillSinceMs) / 1000.0, 0, 'f', 1);
        } else {
            // Suppression: a stay that began while the object was already stationary (it was
            // standing there when its track appeared) is background, not an intruder.
            if (s.startedStationary) continue;
            const bool loiter = rule.kind == RuleKind::Loitering;
            if (inMs < (loiter ? rule.loiterMs : rule.minDwellMs)) continue;
            e.reason = loiter ? QStringLiteral("loitering") : QStringLiteral("entered");
            e.description =
                QStringLiteral("%1 %2 %3 for %4 s")
                    .arg(label(track),
                         loiter ? QStringLiteral("loitering in") : QStringLiteral("inside"),
                         ruleLabel(rule))
                    .arg(inMs / 1000.0, 0, 'f', 1);
        }
        s.fired = true;  // consumed even if the cooldown drops it: no late duplicate
        m_tracks[id].firedOnSpot.insert(rule.id);
        e.ruleId = rule.id;
        e.kind = rule.kind;
        e.category = categoryOf(rule.kind);
        e.severity = defaultSeverity(e.category);
        e.trackIds = {id};
        e.box = track.box;
        e.timeMs = now;
        raiseEvent(rule, st, std::move(e), out);
    }
}

void RuleEngine::evaluateLine(const Rule& rule, RuleState& st,
                              const QHash<int, const Track*>& current, qint64 now,
                              QVector<RuleEvent>& out) {
    const QStringList classes = effectiveClasses(rule);
    const QPointF a = rule.line.p1();
    const QPointF d = rule.line.p2() - a;
    const double len = std::hypot(d.x(), d.y());
    QVector<int> ids = current.keys().toVector();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        const TrackState& t = m_tracks[id];
        if (!matches(classes, t.className)) continue;
        const QPointF p = t.ref;
        // Signed distance; with y pointing down, negative is on the left facing p1 → p2.
        const double dist = (d.x() * (p.y() - a.y()) - d.y() * (p.x() - a.x())) / len;
        const int side = dist > m_config.lineDeadBand ? 1 : dist < -m_config.lineDeadBand ? -1 : 0;
        Stay& s = st.stays[id];
        s.lastInsideMs = now;
        if (side == 0) continue;  // on the line: wait until it is clearly on one side
        if (s.side == 0 || s.side == side) {
            s.side = side;
            s.sidePoint = p;
            continue;
        }
        const bool withinExtent =
            QLineF(s.sidePoint, p).intersects(rule.line, nullptr) == QLineF::BoundedIntersection;
        const int from = s.side;
        s.side = side;
        s.sidePoint = p;
        if (!withinExtent) continue;  // went round the end of the line
        const bool forward = from < 0;
        const int count = forward ? ++st.counts.forward : ++st.counts.backward;
        if (rule.direction != 0 && rule.direction != (forward ? 1 : -1)) continue;
        const Track& track = *current.value(id);
        RuleEvent e;
        e.ruleId = rule.id;
        e.kind = rule.kind;
        e.category = categoryOf(rule.kind);
        e.severity = defaultSeverity(e.category);
        e.reason = forward ? QStringLiteral("forward") : QStringLiteral("backward");
        e.trackIds = {id};
        e.box = track.box;
        e.timeMs = now;
        e.count = count;
        e.description =
            QStringLiteral("%1 crossed %2 %3 (%4 so far)")
                .arg(label(track), ruleLabel(rule),
                     forward ? QStringLiteral("left to right") : QStringLiteral("right to left"))
                .arg(count);
        raiseEvent(rule, st, std::move(e), out);
    }
}

void RuleEngine::evaluateCrowd(const Rule& rule, RuleState& st,
                               const QHash<int, const Track*>& current, qint64 now,
                               QVector<RuleEvent>& out) {
    QVector<int> ids;
    for (auto it = st.stays.cbegin(); it != st.stays.cend(); ++it)
        if (it->inside && !it->startedStationary) ids.append(it.key());
    const int count = int(ids.size());
    if (count < rule.crowdCount) {
        st.crowdSinceMs = -1;
        // Hysteresis: one track flickering around the threshold must not re-raise the event.
        if (count <= std::max(0, rule.crowdCount - 2)) st.crowdArmed = true;
        return;
    }
    if (st.crowdSinceMs < 0) st.crowdSinceMs = now;
    if (!st.crowdArmed || now - st.crowdSinceMs < rule.minDwellMs) return;
    st.crowdArmed = false;
    std::sort(ids.begin(), ids.end());
    RuleEvent e;
    e.ruleId = rule.id;
    e.kind = rule.kind;
    e.category = categoryOf(rule.kind);
    e.severity = defaultSeverity(e.category);
    e.reason = QStringLiteral("crowd");
    e.trackIds = ids;
    for (int id : std::as_const(ids)) e.box = e.box.united(current.value(id)->box);
    e.timeMs = now;
    e.count = count;
    e.description = QStringLiteral("%1 objects gathered in %2").arg(count).arg(ruleLabel(rule));
    raiseEvent(rule, st, std::move(e), out);
}

void RuleEngine::evaluateCrosswalk(const Rule& rule, RuleState& st,
                                   const QHash<int, const Track*>& current, QSizeF frame,
                                   qint64 now, QVector<RuleEvent>& out) {
    QVector<int> onCrossing;
    for (auto it = st.stays.cbegin(); it != st.stays.cend(); ++it)
        if (it->inside) onCrossing.append(it.key());
    std::sort(onCrossing.begin(), onCrossing.end());

    if (m_phase == SignalPhase::Red) {
        for (int id : std::as_const(onCrossing)) {
            Stay& s = st.stays[id];
            if (s.redPhaseAlerted == m_redPhaseIndex) continue;
            const qint64 heldMs = now - std::max(s.enteredMs, m_redSinceMs);
            if (heldMs < rule.minDwellMs) continue;
            s.redPhaseAlerted = m_redPhaseIndex;
            const Track& track = *current.value(id);
            RuleEvent e;
            e.ruleId = rule.id;
            e.kind = rule.kind;
            e.category = AlertCategory::CrosswalkRedLight;
            e.severity = defaultSeverity(e.category);
            e.reason = QStringLiteral("pedestrianOnRed");
            e.trackIds = {id};
            e.box = track.box;
            e.timeMs = now;
            e.description =
                QStringLiteral("%1 on crossing %2 on red").arg(label(track), ruleLabel(rule));
            raiseEvent(rule, st, std::move(e), out);
        }
    }

    if (rule.fastApproachKmh <= 0 || onCrossing.isEmpty()) return;
    const QStringList vehicles = effectiveClasses(rule);
    QVector<int> ids = current.keys().toVector();
    std::sort(ids.begin(), ids.end());
    for (int id : std::as_const(ids)) {
        const TrackState& t = m_tracks[id];
        if (st.fastAlerted.contains(id) || !containsClass(vehicles, t.className)) continue;
        const double kmh = speedKmh(t, rule, frame);
        if (kmh <= rule.fastApproachKmh) continue;
        // Approaching: on the crossing, or not getting farther from it over the speed window.
        const double before = distanceToZone(t.history.front().second, rule.zone, frame);
        const double nowDist = distanceToZone(t.ref, rule.zone, frame);
        if (nowDist > 0 && nowDist > before) continue;
        st.fastAlerted.insert(id);
        const Track& track = *current.value(id);
        RuleEvent e;
        e.ruleId = rule.id;
        e.kind = rule.kind;
        e.category = AlertCategory::CrosswalkRedLight;
        e.severity = Severity::Critical;  // a fast vehicle and a person on the crossing
        e.reason = QStringLiteral("fastApproach");
        e.trackIds = {id};
        e.box = track.box;
        for (int p : std::as_const(onCrossing)) {
            e.trackIds.append(p);
            e.box = e.box.united(current.value(p)->box);
        }
        e.timeMs = now;
        e.count = int(onCrossing.size());
        e.speedKmh = kmh;
        e.description = QStringLiteral("%1 approaching %2 at %3 km/h with %4 pedestrian(s) on it")
                            .arg(label(track), ruleLabel(rule))
                            .arg(kmh, 0, 'f', 0)
                            .arg(onCrossing.size());
        raiseEvent(rule, st, std::move(e), out);
    }
}

}  // namespace bg
