#pragma once

#include "core/entity.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

namespace bg {

class AlertEngine;
class EntityStore;

/// The cameras that show an alert: the source camera (or the camera of the pole or crosswalk
/// that raised it), then the nearest cameras whose view covers the alert's place; at most `max`.
/// A camera-offline alert does not name its own dead camera, only its neighbours.
QStringList camerasForAlert(const EntityStore& store, const Alert& alert, int max);

/// Why a camera is worth a tile now, for the operator's eye.
enum class ActivityReason { Alert, Device, Presence };

/// How selective monitoring (선별관제) ranks and places cameras.
struct SelectivePolicy {
    double halfLifeS = 90;       ///< an alert's pull on its cameras halves this often
    double presenceHoldS = 5;    ///< a presence count stays this long after its last report
    double presenceFadeS = 10;   ///< then fades to nothing over this long
    double minDwellS = 20;       ///< a camera keeps its tile at least this long: no flicker
    double replaceFactor = 1.5;  ///< a newcomer must outrank a sitting camera by this much
    double minScore = 0.25;      ///< below this a camera is not "active" at all
};

/// One camera's standing at a moment.
struct RankedCamera {
    QString cameraId;
    double score = 0;
    ActivityReason reason = ActivityReason::Alert;
    QString detail;  ///< what pulled it most (an alert id, "3 in zone" …)
    friend bool operator==(const RankedCamera&, const RankedCamera&) = default;
};

/// Activity of interest per camera: impulses that decay (a new alert, a device event nearby)
/// and presence levels that hold while the analytics keep reporting them (people or vehicles
/// inside a rule zone). Pure bookkeeping with explicit times, so it is tested without a clock.
class ActivityScores {
public:
    explicit ActivityScores(SelectivePolicy policy = {}) : m_policy(policy) {}

    /// Something happened that this camera shows: `weight` decays with the half-life.
    void addImpulse(const QString& cameraId, double weight, ActivityReason reason,
                    const QString& detail, const QDateTime& at);
    /// The analytics see `count` objects of interest in the camera's rule zones at `at`.
    void setPresence(const QString& cameraId, int count, const QDateTime& at);
    /// The cameras with a score of at least the policy's minimum, best first (ties by id).
    QVector<RankedCamera> ranked(const QDateTime& now) const;
    double score(const QString& cameraId, const QDateTime& now) const;
    /// Drops what has decayed to nothing (keeps memory flat over a shift).
    void prune(const QDateTime& now);
    const SelectivePolicy& policy() const { return m_policy; }

private:
    struct Impulse {
        double weight;
        ActivityReason reason;
        QString detail;
        QDateTime at;
    };
    struct Presence {
        int count = 0;
        QDateTime at;
    };
    double presenceLevel(const Presence& p, const QDateTime& now) const;
    double impulseLevel(const Impulse& i, const QDateTime& now) const;

    SelectivePolicy m_policy;
    QHash<QString, QVector<Impulse>> m_impulses;
    QHash<QString, Presence> m_presence;
};

/// What the wall shows in selective mode: one entry per tile, empty id = free tile.
struct TilePlan {
    QStringList cameras;
    QVector<QDateTime> since;  ///< when each tile got its camera
};

/// The next wall from the current one and the ranking: a camera keeps its tile (no shuffling);
/// free tiles take the best cameras not shown; a camera that has sat its minimum dwell gives
/// way to a better one only if outranked by the policy's factor; a camera whose activity has
/// gone and that has sat its dwell leaves its tile free.
TilePlan planTiles(const TilePlan& current, const QVector<RankedCamera>& ranked, int tiles,
                   const QDateTime& now, const SelectivePolicy& policy);

/// An alarm that must be seen now: its cameras take the weakest tiles at once, dwell or not
/// (the ones already shown stay where they are).
TilePlan placeUrgent(const TilePlan& current, const QStringList& cameraIds,
                     const QVector<RankedCamera>& ranked, int tiles, const QDateTime& now);

/// Attention coverage: when an operator last had each camera in front of them.
class AttentionLog {
public:
    /// Counting starts here: a camera never viewed has been unwatched since `start`.
    explicit AttentionLog(const QDateTime& start) : m_start(start) {}
    void markViewed(const QString& cameraId, const QDateTime& at);
    /// Invalid when never viewed.
    QDateTime lastViewed(const QString& cameraId) const { return m_last.value(cameraId); }
    /// Of `cameraIds`, those nobody has looked at for `minutes` or more at `now`, the longest
    /// unwatched first (never viewed before long-ago viewed; then by id).
    QStringList unwatched(const QStringList& cameraIds, const QDateTime& now, int minutes) const;
    QDateTime start() const { return m_start; }

private:
    QDateTime m_start;
    QHash<QString, QDateTime> m_last;
};

/// Selective monitoring for the console: listens to the alert queue (new alerts and their
/// repeats pull in the cameras that show them, weighted by severity; device alerts count as
/// device events nearby), takes presence counts from the analytics, and keeps the attention log
/// the wall reports views into. The wall asks it for the next tile plan.
///
/// Threading: GUI thread, with the store and the alert engine.
class SelectiveMonitor : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    SelectiveMonitor(EntityStore* store, AlertEngine* alerts, QObject* parent = nullptr,
                     Clock clock = {}, SelectivePolicy policy = {});

    /// An alert (new, or repeated) makes its cameras interesting.
    void noteAlert(const QString& alertId);
    /// The analytics see `count` people or vehicles inside this camera's rule zones.
    void notePresence(const QString& cameraId, int count);
    /// These cameras were in front of the operator just now.
    void markViewed(const QStringList& cameraIds);

    QVector<RankedCamera> ranked() const;
    /// The next wall of `tiles` tiles from `current`.
    TilePlan plan(const TilePlan& current, int tiles);
    /// `current` with these cameras put in at once (an alarm).
    TilePlan urgent(const TilePlan& current, const QStringList& cameraIds, int tiles) const;
    /// Every camera the store has that nobody has looked at for `minutes`, longest first.
    QStringList unwatched(int minutes) const;
    const AttentionLog& attention() const { return m_attention; }
    QDateTime now() const { return m_clock(); }

    /// Weight an alert of this severity gives each of its cameras.
    static double severityWeight(Severity severity);

Q_SIGNALS:
    /// The ranking may have changed (an alert arrived): a wall in selective mode re-plans now
    /// instead of at its next tick.
    void activityChanged();

private:
    EntityStore* m_store;
    Clock m_clock;
    ActivityScores m_scores;
    AttentionLog m_attention;
    QDateTime m_lastPrune;
};

}  // namespace bg
