#pragma once

#include "core/alert_workflow.h"
#include "core/camera.h"
#include "core/enum_names.h"
#include "core/result.h"
#include "core/site.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace bg {

enum class IncidentState { Open, Escalated, Resolved, Closed };
template <>
struct EnumNames<IncidentState> {
    static constexpr std::array kNames{
        std::pair{IncidentState::Open, "open"}, std::pair{IncidentState::Escalated, "escalated"},
        std::pair{IncidentState::Resolved, "resolved"}, std::pair{IncidentState::Closed, "closed"}};
};

/// The incident state machine: open → escalated → resolved → closed, "resolve" allowed straight
/// from open, and reopen (resolved → open). Everything else is illegal; a closed incident stays
/// closed.
bool canTransition(IncidentState from, IncidentState to);
/// Open or escalated: someone still works on it.
inline bool isOpen(IncidentState s) {
    return s == IncidentState::Open || s == IncidentState::Escalated;
}

struct IncidentNote {
    QDateTime at;
    QString user;
    QString text;
    friend bool operator==(const IncidentNote&, const IncidentNote&) = default;
};

/// An incident built from one or more alerts, possibly across domains (a crosswalk alert, a CCTV
/// rule event and a pole's emergency bell). Its `location` is the centroid of its alerts' places.
struct Incident : EntityBase {
    QString title;
    IncidentState state = IncidentState::Open;
    QStringList alertIds;
    QDateTime createdAt;  ///< UTC
    QString createdBy;
    QVector<IncidentNote> notes;
    friend bool operator==(const Incident&, const Incident&) = default;
};

/// The centroid of the valid points (an invalid point when there is none). Dong-gu spans a few
/// kilometres: the plain mean of the coordinates is exact enough.
GeoPoint centroid(const QVector<GeoPoint>& points);

/// The cameras within `radiusM` metres of `centre`, nearest first (ties by id).
QStringList camerasWithinRadius(const GeoPoint& centre, double radiusM,
                                const QVector<Camera>& cameras);

/// Who an incident is handed to.
enum class Agency { Police112, Fire119 };
template <>
struct EnumNames<Agency> {
    static constexpr std::array kNames{std::pair{Agency::Police112, "112"},
                                       std::pair{Agency::Fire119, "119"}};
};

enum class DeliveryState { Recorded, Pending, Delivered, Failed };
template <>
struct EnumNames<DeliveryState> {
    static constexpr std::array kNames{std::pair{DeliveryState::Recorded, "recorded"},
                                       std::pair{DeliveryState::Pending, "pending"},
                                       std::pair{DeliveryState::Delivered, "delivered"},
                                       std::pair{DeliveryState::Failed, "failed"}};
};

enum class ShareStatus { Active, Expired, Revoked };

/// A time-limited share of the cameras around an incident, created by an escalation to 112/119.
struct IncidentShare {
    QString id;  ///< URN
    QString incidentId;
    Agency agency = Agency::Police112;
    QStringList cameraIds;  ///< nearest first
    double radiusM = 0;
    QDateTime createdAt;  ///< UTC
    QDateTime expiresAt;  ///< UTC
    QString createdBy;
    QString delivery;  ///< the mechanism as configured: "record", "file:<dir>", "http:<url>"
    DeliveryState deliveryState = DeliveryState::Recorded;
    QString deliveryError;
    QDateTime revokedAt;  ///< UTC; invalid while not revoked

    ShareStatus status(const QDateTime& now) const {
        if (revokedAt.isValid()) return ShareStatus::Revoked;
        return now >= expiresAt ? ShareStatus::Expired : ShareStatus::Active;
    }
    friend bool operator==(const IncidentShare&, const IncidentShare&) = default;
};

/// What an operator did that is not an alert transition: kept in the activity log so the
/// incident timeline and the audit can say who looked at what and what left the building.
enum class ActivityKind {
    IncidentCreated,
    IncidentState,
    AlertAdded,
    AlertRemoved,
    CameraViewed,
    Export,
    Escalation,
    ShareRevoked,
};
template <>
struct EnumNames<ActivityKind> {
    static constexpr std::array kNames{std::pair{ActivityKind::IncidentCreated, "incidentCreated"},
                                       std::pair{ActivityKind::IncidentState, "incidentState"},
                                       std::pair{ActivityKind::AlertAdded, "alertAdded"},
                                       std::pair{ActivityKind::AlertRemoved, "alertRemoved"},
                                       std::pair{ActivityKind::CameraViewed, "cameraViewed"},
                                       std::pair{ActivityKind::Export, "export"},
                                       std::pair{ActivityKind::Escalation, "escalation"},
                                       std::pair{ActivityKind::ShareRevoked, "shareRevoked"}};
};

struct ActivityEntry {
    qint64 id = 0;  ///< order in the log (assigned by the cache)
    QDateTime at;   ///< UTC
    QString user;
    ActivityKind kind = ActivityKind::CameraViewed;
    QString incidentId;  ///< empty when the action is not tied to one incident
    QString subject;     ///< camera id, file, share id, alert id, new state …
    QString detail;
    friend bool operator==(const ActivityEntry&, const ActivityEntry&) = default;
};

/// One line of an incident's timeline.
struct TimelineEntry {
    enum class Kind {
        AlertRaised,
        AlertTransition,
        AlertStep,
        Note,
        Created,
        StateChange,
        AlertAdded,
        AlertRemoved,
        CameraViewed,
        Export,
        Escalation,
        ShareRevoked,
    };
    QDateTime at;
    Kind kind = Kind::Note;
    QString user;
    QString subject;  ///< alert id, camera id, share id, file …
    QString from;     ///< state names (enumName) of a transition or state change
    QString to;
    QString detail;  ///< free text: note, category of a raised alert, agency and cameras …
    friend bool operator==(const TimelineEntry&, const TimelineEntry&) = default;
};

/// Everything that happened to an incident, oldest first (stable for equal times, in the order
/// alert events, incident events, activity): its alerts raised, their transitions and steps,
/// the incident's notes and activity (creation, states, alerts added/removed, escalations,
/// revocations), cameras viewed while it was open — its alerts' sources and its shared cameras —
/// and exports made while it was open.
QVector<TimelineEntry> buildTimeline(const Incident& incident, const QVector<Alert>& alerts,
                                     const QVector<AlertTransition>& transitions,
                                     const QVector<ActivityEntry>& activity,
                                     const QVector<IncidentShare>& shares);

/// The NGSI-LD share manifest a gateway picks up: the share, the incident and its cameras.
QJsonObject shareManifest(const IncidentShare& share, const Incident& incident,
                          const QVector<Camera>& cameras);

/// How shares are delivered, from the setting `escalation/delivery`: "record" (only kept in the
/// cache, the default), "file:<dir>" or "http:<url>".
struct DeliverySpec {
    enum class Kind { Record, File, Http };
    Kind kind = Kind::Record;
    QString target;  ///< the folder or URL
};
/// Fails with a message naming the setting when the value is none of the above.
Result<DeliverySpec> parseDeliverySpec(const QString& value);

}  // namespace bg
