#pragma once

#include "core/enum_names.h"
#include "core/site.h"

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

/// An alert from the hub, a local analytics rule or a device state.
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
    friend bool operator==(const Alert&, const Alert&) = default;
};

}  // namespace bg
