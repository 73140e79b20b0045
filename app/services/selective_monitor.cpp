#include "services/selective_monitor.h"

#include "core/camera_coverage.h"
#include "core/entity_store.h"
#include "services/alert_engine.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace bg {

QStringList camerasForAlert(const EntityStore& store, const Alert& alert, int max) {
    QStringList cameras;
    const bool deadSource = alert.category == AlertCategory::CameraOffline;
    if (!deadSource && store.get<Camera>(alert.sourceId)) cameras << alert.sourceId;
    if (const auto* x = store.get<Crosswalk>(alert.sourceId); x && !x->cameraId.isEmpty())
        cameras << x->cameraId;
    if (const auto* p = store.get<SmartPole>(alert.sourceId); p && !p->cameraId.isEmpty())
        cameras << p->cameraId;
    GeoPoint at = alert.location;
    if (!at.isValid())
        if (const Entity* source = store.find(alert.sourceId)) at = baseOf(*source).location;
    if (at.isValid()) {
        QVector<Camera> all = store.all<Camera>();
        if (deadSource)
            all.erase(std::remove_if(all.begin(), all.end(),
                                     [&](const Camera& c) { return c.id == alert.sourceId; }),
                      all.end());
        for (const QString& id : camerasCovering(at, all, max))
            if (!cameras.contains(id)) cameras << id;
    }
    while (cameras.size() > max) cameras.removeLast();
    return cameras;
}

// --- ActivityScores ---------------------------------------------------------------------------

void ActivityScores::addImpulse(const QString& cameraId, double weight, ActivityReason reason,
                                const QString& detail, const QDateTime& at) {
    if (cameraId.isEmpty() || weight <= 0 || !at.isValid()) return;
    m_impulses[cameraId].append({weight, reason, detail, at});
}

void ActivityScores::setPresence(const QString& cameraId, int count, const QDateTime& at) {
    if (cameraId.isEmpty() || !at.isValid()) return;
    if (count <= 0) {
        // Nothing there now: let an earlier count fade from this moment instead of vanishing.
        auto it = m_presence.find(cameraId);
        if (it != m_presence.end() && it->count > 0) {
            const double holdMs = m_policy.presenceHoldS * 1000;
            if (it->at.msecsTo(at) < holdMs) it->at = at.addMSecs(-qint64(holdMs));
        }
        return;
    }
    m_presence[cameraId] = {count, at};
}

double ActivityScores::impulseLevel(const Impulse& i, const QDateTime& now) const {
    const double ageS = std::max<double>(0, i.at.msecsTo(now) / 1000.0);
    return i.weight * std::exp2(-ageS / m_policy.halfLifeS);
}

double ActivityScores::presenceLevel(const Presence& p, const QDateTime& now) const {
    if (p.count <= 0) return 0;
    const double ageS = std::max<double>(0, p.at.msecsTo(now) / 1000.0);
    if (ageS <= m_policy.presenceHoldS) return p.count;
    const double fade = (ageS - m_policy.presenceHoldS) / std::max(0.001, m_policy.presenceFadeS);
    return fade >= 1 ? 0 : p.count * (1 - fade);
}

double ActivityScores::score(const QString& cameraId, const QDateTime& now) const {
    double s = presenceLevel(m_presence.value(cameraId), now);
    for (const Impulse& i : m_impulses.value(cameraId)) s += impulseLevel(i, now);
    return s;
}

QVector<RankedCamera> ActivityScores::ranked(const QDateTime& now) const {
    QSet<QString> ids;
    for (auto it = m_impulses.cbegin(); it != m_impulses.cend(); ++it) ids.insert(it.key());
    for (auto it = m_presence.cbegin(); it != m_presence.cend(); ++it) ids.insert(it.key());
    QVector<RankedCamera> out;
    for (const QString& id : std::as_const(ids)) {
        RankedCamera r{id, 0, ActivityReason::Presence, {}};
        double strongest = -1;
        const Presence p = m_presence.value(id);
        if (const double level = presenceLevel(p, now); level > 0) {
            r.score += level;
            strongest = level;
            r.detail = QString::number(p.count);
        }
        for (const Impulse& i : m_impulses.value(id)) {
            const double level = impulseLevel(i, now);
            r.score += level;
            if (level > strongest) {
                strongest = level;
                r.reason = i.reason;
                r.detail = i.detail;
            }
        }
        if (r.score >= m_policy.minScore) out.append(r);
    }
    std::sort(out.begin(), out.end(), [](const RankedCamera& a, const RankedCamera& b) {
        return a.score != b.score ? a.score > b.score : a.cameraId < b.cameraId;
    });
    return out;
}

void ActivityScores::prune(const QDateTime& now) {
    const double floor = m_policy.minScore / 100;
    for (auto it = m_impulses.begin(); it != m_impulses.end();) {
        auto& list = it.value();
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const Impulse& i) { return impulseLevel(i, now) < floor; }),
                   list.end());
        it = list.isEmpty() ? m_impulses.erase(it) : std::next(it);
    }
    for (auto it = m_presence.begin(); it != m_presence.end();)
        it = presenceLevel(it.value(), now) <= 0 ? m_presence.erase(it) : std::next(it);
}

// --- planTiles --------------------------------------------------------------------------------

TilePlan planTiles(const TilePlan& current, const QVector<RankedCamera>& ranked, int tiles,
                   const QDateTime& now, const SelectivePolicy& policy) {
    TilePlan next;
    tiles = std::max(0, tiles);
    for (int i = 0; i < tiles; ++i) {
        next.cameras << current.cameras.value(i);
        next.since << current.since.value(i);
    }
    QHash<QString, double> scoreOf;
    for (const RankedCamera& r : ranked) scoreOf.insert(r.cameraId, r.score);
    const auto dwelled = [&](int i) {
        return !next.since[i].isValid() ||
               next.since[i].msecsTo(now) >= qint64(policy.minDwellS * 1000);
    };
    // A camera whose activity is gone leaves once it has sat its dwell.
    for (int i = 0; i < tiles; ++i)
        if (!next.cameras[i].isEmpty() && !scoreOf.contains(next.cameras[i]) && dwelled(i)) {
            next.cameras[i].clear();
            next.since[i] = QDateTime();
        }
    const auto place = [&](int i, const QString& id) {
        next.cameras[i] = id;
        next.since[i] = now;
    };
    for (const RankedCamera& r : ranked) {
        if (next.cameras.contains(r.cameraId)) continue;
        const int free = int(next.cameras.indexOf(QString()));
        if (free >= 0) {
            place(free, r.cameraId);
            continue;
        }
        // The weakest sitting camera that has had its dwell, if this one clearly beats it.
        int weakest = -1;
        double weakestScore = 0;
        for (int i = 0; i < tiles; ++i) {
            if (!dwelled(i)) continue;
            const double s = scoreOf.value(next.cameras[i], 0);
            if (weakest < 0 || s < weakestScore) {
                weakest = i;
                weakestScore = s;
            }
        }
        if (weakest < 0) break;  // every tile is still within its dwell
        if (r.score < weakestScore * policy.replaceFactor) break;  // ranked: no later one wins
        place(weakest, r.cameraId);
    }
    return next;
}

TilePlan placeUrgent(const TilePlan& current, const QStringList& cameraIds,
                     const QVector<RankedCamera>& ranked, int tiles, const QDateTime& now) {
    TilePlan next;
    for (int i = 0; i < tiles; ++i) {
        next.cameras << current.cameras.value(i);
        next.since << current.since.value(i);
    }
    QHash<QString, double> scoreOf;
    for (const RankedCamera& r : ranked) scoreOf.insert(r.cameraId, r.score);
    QSet<int> taken;  // tiles given to this alarm: not taken again by its next camera
    for (int k = 0; k < cameraIds.size(); ++k) {
        const QString& id = cameraIds[k];
        if (id.isEmpty()) continue;
        if (const int shown = int(next.cameras.indexOf(id)); shown >= 0) {
            taken.insert(shown);
            continue;
        }
        int target = -1;
        double weakest = 0;
        for (int i = 0; i < tiles; ++i) {
            if (taken.contains(i)) continue;
            const double s = next.cameras[i].isEmpty() ? -1 : scoreOf.value(next.cameras[i], 0);
            if (target < 0 || s < weakest) {
                target = i;
                weakest = s;
            }
        }
        if (target < 0) break;  // more alarm cameras than tiles
        next.cameras[target] = id;
        next.since[target] = now;
        taken.insert(target);
    }
    return next;
}

// --- AttentionLog -----------------------------------------------------------------------------

void AttentionLog::markViewed(const QString& cameraId, const QDateTime& at) {
    if (cameraId.isEmpty() || !at.isValid()) return;
    QDateTime& last = m_last[cameraId];
    if (!last.isValid() || at > last) last = at;
}

QStringList AttentionLog::unwatched(const QStringList& cameraIds, const QDateTime& now,
                                    int minutes) const {
    struct Row {
        QString id;
        QDateTime since;
        bool never;
    };
    QVector<Row> rows;
    const qint64 limitMs = qint64(minutes) * 60'000;
    for (const QString& id : cameraIds) {
        const QDateTime last = m_last.value(id);
        const QDateTime since = last.isValid() ? last : m_start;
        if (since.msecsTo(now) >= limitMs) rows.append({id, since, !last.isValid()});
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.never != b.never) return a.never;
        if (a.since != b.since) return a.since < b.since;
        return a.id < b.id;
    });
    QStringList out;
    for (const Row& r : rows) out << r.id;
    return out;
}

// --- SelectiveMonitor -------------------------------------------------------------------------

SelectiveMonitor::SelectiveMonitor(EntityStore* store, AlertEngine* alerts, QObject* parent,
                                   Clock clock, SelectivePolicy policy)
    : QObject(parent),
      m_store(store),
      m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); }),
      m_scores(policy),
      m_attention(m_clock()) {
    if (alerts) {
        connect(alerts, &AlertEngine::alertRaised, this,
                [this](const QString& id, Severity) { noteAlert(id); });
        connect(alerts, &AlertEngine::alertRepeated, this,
                [this](const QString& id, int) { noteAlert(id); });
    }
}

double SelectiveMonitor::severityWeight(Severity severity) {
    switch (severity) {
        case Severity::Critical:
            return 10;
        case Severity::High:
            return 6;
        case Severity::Medium:
            return 3;
        case Severity::Low:
            return 1;
    }
    return 1;
}

void SelectiveMonitor::noteAlert(const QString& alertId) {
    const Alert* a = m_store ? m_store->get<Alert>(alertId) : nullptr;
    if (!a || a->state >= AlertState::Resolved) return;
    const QDateTime now = m_clock();
    const double weight = severityWeight(a->severity);
    const bool device =
        a->category == AlertCategory::ChargerFault || a->category == AlertCategory::BinFull ||
        a->category == AlertCategory::EmergencyBell || a->category == AlertCategory::CameraOffline;
    const QStringList cameras = camerasForAlert(*m_store, *a, 4);
    for (int i = 0; i < cameras.size(); ++i) {
        // The camera that raised it (or sits on the device) counts fully, its neighbours less.
        const double w = i == 0 ? weight : weight * 0.6;
        m_scores.addImpulse(cameras[i], w, device ? ActivityReason::Device : ActivityReason::Alert,
                            alertId, now);
    }
    if (!cameras.isEmpty()) Q_EMIT activityChanged();
}

void SelectiveMonitor::notePresence(const QString& cameraId, int count) {
    m_scores.setPresence(cameraId, count, m_clock());
}

void SelectiveMonitor::markViewed(const QStringList& cameraIds) {
    const QDateTime now = m_clock();
    for (const QString& id : cameraIds) m_attention.markViewed(id, now);
}

QVector<RankedCamera> SelectiveMonitor::ranked() const {
    return m_scores.ranked(m_clock());
}

TilePlan SelectiveMonitor::plan(const TilePlan& current, int tiles) {
    const QDateTime now = m_clock();
    if (!m_lastPrune.isValid() || m_lastPrune.secsTo(now) >= 60) {
        m_scores.prune(now);
        m_lastPrune = now;
    }
    return planTiles(current, m_scores.ranked(now), tiles, now, m_scores.policy());
}

TilePlan SelectiveMonitor::urgent(const TilePlan& current, const QStringList& cameraIds,
                                  int tiles) const {
    const QDateTime now = m_clock();
    return placeUrgent(current, cameraIds, m_scores.ranked(now), tiles, now);
}

QStringList SelectiveMonitor::unwatched(int minutes) const {
    return m_store ? m_attention.unwatched(m_store->ids(EntityKind::Camera), m_clock(), minutes)
                   : QStringList();
}

}  // namespace bg
