#pragma once

#include "core/enum_names.h"
#include "core/result.h"
#include "core/site.h"

#include <QJsonArray>
#include <QPointF>
#include <QVector>

namespace bg {

enum class AlertCategory {
    Other,
    Intrusion,
    Loitering,
    Fall,
    Crowding,
    CrosswalkRedLight,
    IllegalParking,
    ChargerFault,
    BinFull,
    EmergencyBell,
    CameraOffline,
    StreamDegraded,
};
template <>
struct EnumNames<AlertCategory> {
    static constexpr std::array kNames{
        std::pair{AlertCategory::Other, "other"},
        std::pair{AlertCategory::Intrusion, "intrusion"},
        std::pair{AlertCategory::Loitering, "loitering"},
        std::pair{AlertCategory::Fall, "fall"},
        std::pair{AlertCategory::Crowding, "crowding"},
        std::pair{AlertCategory::CrosswalkRedLight, "pedestrianOnRed"},
        std::pair{AlertCategory::IllegalParking, "illegalParking"},
        std::pair{AlertCategory::ChargerFault, "chargerFault"},
        std::pair{AlertCategory::BinFull, "binFull"},
        std::pair{AlertCategory::EmergencyBell, "emergencyBell"},
        std::pair{AlertCategory::CameraOffline, "cameraOffline"},
        std::pair{AlertCategory::StreamDegraded, "streamDegraded"}};
};

enum class Severity { Low, Medium, High, Critical };
template <>
struct EnumNames<Severity> {
    static constexpr std::array kNames{
        std::pair{Severity::Low, "low"}, std::pair{Severity::Medium, "medium"},
        std::pair{Severity::High, "high"}, std::pair{Severity::Critical, "critical"}};
};

enum class AlertState { New, Acknowledged, InProgress, Resolved, Closed };
template <>
struct EnumNames<AlertState> {
    static constexpr std::array kNames{
        std::pair{AlertState::New, "new"}, std::pair{AlertState::Acknowledged, "acknowledged"},
        std::pair{AlertState::InProgress, "inProgress"},
        std::pair{AlertState::Resolved, "resolved"}, std::pair{AlertState::Closed, "closed"}};
};

/// Severity a category gets unless its source says otherwise.
Severity defaultSeverity(AlertCategory category);

/// The smart-city service areas the alerts and dashboards are grouped by.
enum class ServiceArea { Energy, Transportation, Safety, Environment };
/// Which area an alert of this category belongs to (chargers count as transportation, as on
/// the dashboards' overview).
ServiceArea areaOf(AlertCategory category);

/// An alert from the hub, a local analytics rule or a device state.
/// A point of a tracked object's path: where it touches the ground (the bottom centre of its
/// box), frame-normalised (0..1 of width and height), at a UTC time.
struct TrackPoint {
    qint64 timeMs = 0;  ///< UTC, milliseconds since the epoch
    QPointF point;
    friend bool operator==(const TrackPoint&, const TrackPoint&) = default;
};

struct Alert : EntityBase {
    AlertCategory category = AlertCategory::Other;
    Severity severity = Severity::Medium;
    AlertState state = AlertState::New;
    QString sourceId;  ///< the entity that raised it (camera, crosswalk, charger...)
    QString description;
    QDateTime raisedAt;     ///< UTC
    int repeatCount = 1;    ///< repeats of the same source and category folded into it
    QString snapshotPath;   ///< picture of the moment (analytics alerts), empty when none
    QVector<int> trackIds;  ///< the tracks that broke the rule (analytics alerts)
    /// The recent path of the first of those tracks, oldest first (analytics alerts).
    QVector<TrackPoint> trackPath;
    friend bool operator==(const Alert&, const Alert&) = default;
};

/// A track path as JSON, as the cache stores it and the hub's `trackPath` attribute carries it:
/// [{"x": 0.41, "y": 0.77, "observedAt": "2026-03-02T00:00:01.200Z"}, ...] (x, y normalised).
QJsonArray trackPathToJson(const QVector<TrackPoint>& path);
/// Reads what trackPathToJson wrote; the error names the item and the field
/// ("trackPath[2].y: a number in 0..1 expected").
Result<QVector<TrackPoint>> trackPathFromJson(const QJsonValue& json);

}  // namespace bg
