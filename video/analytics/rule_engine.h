#pragma once

#include "core/alert.h"
#include "core/crosswalk.h"
#include "core/detection.h"
#include "video/analytics/rule.h"

#include <QHash>
#include <QRectF>
#include <QSet>
#include <QSize>

#include <deque>

namespace bg {

/// Something a rule saw, ready to become an alert.
struct RuleEvent {
    QString ruleId;
    RuleKind kind = RuleKind::ZoneIntrusion;
    AlertCategory category = AlertCategory::Other;
    Severity severity = Severity::Medium;
    /// Machine-readable variant within the kind, for the UI to translate: "entered",
    /// "loitering", "forward", "backward", "crowd", "parked", "pedestrianOnRed", "fastApproach".
    QString reason;
    QVector<int> trackIds;  ///< the tracks involved (fastApproach: the vehicle first)
    QRectF box;             ///< frame pixels, the union of those tracks' boxes
    QString description;    ///< English, for logs
    qint64 timeMs = 0;
    /// lineCrossing: crossings so far in this event's direction; crowding: the crowd size;
    /// fastApproach: pedestrians on the crossing; otherwise 1.
    int count = 1;
    double speedKmh = 0;  ///< fastApproach: the vehicle's estimated speed
    /// The first track's reference points over the last `RuleEngineConfig::pathMs` where it
    /// was detected (not coasting), oldest first, times as given to update(): the alert's
    /// picture of how it got there.
    QVector<TrackPoint> trackPath;
};

/// Crossings of a lineCrossing rule so far, counted whatever its direction filter.
struct CrossingCounts {
    int forward = 0;   ///< left → right (see Rule::direction)
    int backward = 0;  ///< right → left
    friend bool operator==(const CrossingCounts&, const CrossingCounts&) = default;
};

/// Tuning shared by all rules of an engine; the defaults suit 2..10 analysed frames a second.
struct RuleEngineConfig {
    /// A track whose reference point stays within `stillFraction` of its box size (the mean of
    /// width and height) of where it settled is "still"; still this long, it is "stationary".
    qint64 stationaryMs = 30000;
    double stillFraction = 0.3;
    /// A track outside a zone for less than this is still on the same stay (boundary jitter).
    qint64 leaveGraceMs = 2000;
    /// State of a track absent from update() this long is dropped.
    qint64 forgetAfterMs = 3000;
    /// Where a stationary track vanished is remembered this long (at most `maxSpots` places) so
    /// a new id on the same spot is the same parked object (see README "Suppression").
    qint64 spotMemoryMs = 120000;
    int maxSpots = 128;
    double spotMinIou = 0.5;
    /// Handover: a new track that appears within `handoverMs` of another track of the same
    /// class losing its detections (coasting or gone), within `handoverDistance` box sizes of
    /// where that one was, continues it: a tracker id switch is not a new person.
    qint64 handoverMs = 2000;
    double handoverDistance = 1.0;
    /// Speeds are measured over the reference point's last `speedWindowMs` (at least half of it
    /// must be covered by observations).
    qint64 speedWindowMs = 1000;
    /// A reference point closer than this (normalised) to a tripwire is on neither side, so a
    /// track walking along the line does not count back-and-forth crossings.
    double lineDeadBand = 0.005;
    /// How much of a track's path an event carries (at most `maxPathPoints` points).
    qint64 pathMs = 10000;
    int maxPathPoints = 64;
};

/// Evaluates one camera's rules on its tracks, frame after frame. Pure logic: feed it tracks and
/// the time, get events. Each track's reference point is the bottom centre of its box (the
/// feet or wheels: where the object touches the ground, which is what a zone drawn on the road
/// means). See video/analytics/README.md for the exact semantics of each kind.
///
/// Threading: one thread per instance (the thread analysing that camera).
class RuleEngine {
public:
    explicit RuleEngine(RuleEngineConfig config = {});

    /// Replaces the rule set. A rule whose id and definition are unchanged keeps its state
    /// (counters, stays); a changed, disabled or removed rule starts afresh or is dropped.
    void setRules(QVector<Rule> rules);
    const QVector<Rule>& rules() const { return m_rules; }

    /// The pedestrian signal of the crosswalk this camera watches (from the hub's entity).
    void setSignalPhase(SignalPhase phase);
    SignalPhase signalPhase() const { return m_phase; }

    /// Advances to `timeMs` (monotonic) with the confirmed tracks of a frame of `frameSize`
    /// pixels; returns the events raised at this frame, in rule order.
    QVector<RuleEvent> update(const QVector<Track>& tracks, QSize frameSize, qint64 timeMs);

    /// Crossings of a lineCrossing rule so far; zeros for an unknown id.
    CrossingCounts crossings(const QString& ruleId) const;
    /// Events of a rule dropped because they came within its cooldown.
    int suppressedByCooldown(const QString& ruleId) const;

    /// Forgets every track, stay, counter and remembered spot; keeps the rules.
    void reset();

    /// Sizes of the internal state, for tests and diagnostics: tracks remembered, per-rule track
    /// entries summed over rules, and remembered stationary spots.
    int trackedCount() const { return int(m_tracks.size()); }
    int ruleTrackEntries() const;
    int spotCount() const { return int(m_spots.size()); }

private:
    struct TrackState;
    struct Stay;
    struct RuleState;
    struct Spot;

    void noteVanished(const QHash<int, const Track*>& current);
    void observe(const Track& t, const QHash<int, const Track*>& current, QSizeF frame, qint64 now);
    bool takeOver(TrackState& fresh, const Track& track, const QHash<int, const Track*>& current,
                  QSizeF frame, qint64 now);
    void forgetStale(qint64 now);
    void evaluate(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                  QSizeF frame, qint64 now, QVector<RuleEvent>& out);
    void updateStays(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                     qint64 now);
    void evaluateLine(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                      qint64 now, QVector<RuleEvent>& out);
    void evaluateCrowd(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                       qint64 now, QVector<RuleEvent>& out);
    void evaluateCrosswalk(const Rule& rule, RuleState& st, const QHash<int, const Track*>& current,
                           QSizeF frame, qint64 now, QVector<RuleEvent>& out);
    bool raiseEvent(const Rule& rule, RuleState& st, RuleEvent event, QVector<RuleEvent>& out);
    bool isStationary(const TrackState& t, qint64 now) const;
    double speedKmh(const TrackState& t, const Rule& rule, QSizeF frame) const;

    struct TrackState {
        QString className;
        QPointF ref;     ///< normalised reference point now
        QRectF box;      ///< normalised box now
        QPointF anchor;  ///< where it settled
        qint64 stillSinceMs = 0;
        qint64 lastSeenMs = 0;
        bool stationaryNoted = false;  ///< spot already remembered when it vanished
        bool handedOver = false;       ///< a newer track continues it; ignored from then on
        QPointF matchedRef;            ///< reference point at the last matched detection
        qint64 matchedMs = 0;
        QSet<QString> firedOnSpot;  ///< once-per-stay rules that fired for this object
        std::deque<std::pair<qint64, QPointF>> history;  ///< ref points over the speed window
        std::deque<TrackPoint> path;  ///< matched ref points over the last pathMs
    };
    struct Stay {
        qint64 enteredMs = 0;
        qint64 lastInsideMs = 0;
        bool inside = false;
        bool startedStationary = false;  ///< began while the track was stationary: background
        bool fired = false;
        int redPhaseAlerted = -1;  ///< crosswalk: red phase index already reported
        // lineCrossing: the last side the track was clearly on, and where it was then.
        int side = 0;
        QPointF sidePoint;
    };
    struct RuleState {
        QHash<int, Stay> stays;  ///< by track id
        qint64 lastEventMs = 0;
        bool hasEvent = false;
        int suppressed = 0;
        CrossingCounts counts;
        qint64 crowdSinceMs = -1;
        bool crowdArmed = true;
        QSet<int> fastAlerted;  ///< crosswalk: vehicles already reported for speeding
    };
    struct Spot {
        int trackId = 0;
        QString className;
        QRectF box;  ///< normalised
        QPointF anchor;
        qint64 stillSinceMs = 0;
        qint64 vanishedMs = 0;
        QSet<QString> fired;
    };

    RuleEngineConfig m_config;
    QVector<Rule> m_rules;
    QHash<QString, RuleState> m_states;  ///< by rule id
    QHash<int, TrackState> m_tracks;     ///< by track id
    std::deque<Spot> m_spots;            ///< oldest first
    SignalPhase m_phase = SignalPhase::Unknown;
    int m_redPhaseIndex = 0;   ///< incremented at every switch to red
    qint64 m_redSinceMs = -1;  ///< time of the first update in the current red phase
};

}  // namespace bg
