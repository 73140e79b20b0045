#pragma once

#include "core/alert.h"
#include "core/camera.h"
#include "core/charging_station.h"
#include "core/crosswalk.h"
#include "core/incident.h"
#include "core/parking_lot.h"
#include "core/recycling_machine.h"
#include "core/site.h"
#include "core/smart_pole.h"
#include "core/solar_array.h"

#include <QMetaType>
#include <QStringList>

#include <variant>

namespace bg {

/// Any entity the console keeps. The alternatives' order matches EntityKind.
using Entity = std::variant<Site, Camera, ParkingLot, ChargingStation, SolarArray, Crosswalk,
                            SmartPole, RecyclingMachine, Alert, Incident>;

enum class EntityKind {
    Site,
    Camera,
    ParkingLot,
    ChargingStation,
    SolarArray,
    Crosswalk,
    SmartPole,
    RecyclingMachine,
    Alert,
    Incident,
};
template <>
struct EnumNames<EntityKind> {
    static constexpr std::array kNames{std::pair{EntityKind::Site, "Site"},
                                       std::pair{EntityKind::Camera, "Camera"},
                                       std::pair{EntityKind::ParkingLot, "ParkingLot"},
                                       std::pair{EntityKind::ChargingStation, "ChargingStation"},
                                       std::pair{EntityKind::SolarArray, "SolarArray"},
                                       std::pair{EntityKind::Crosswalk, "Crosswalk"},
                                       std::pair{EntityKind::SmartPole, "SmartPole"},
                                       std::pair{EntityKind::RecyclingMachine, "RecyclingMachine"},
                                       std::pair{EntityKind::Alert, "Alert"},
                                       std::pair{EntityKind::Incident, "Incident"}};
};

inline EntityKind kindOf(const Entity& e) {
    return static_cast<EntityKind>(e.index());
}
inline const EntityBase& baseOf(const Entity& e) {
    return std::visit([](const auto& v) -> const EntityBase& { return v; }, e);
}
inline const QString& idOf(const Entity& e) {
    return baseOf(e).id;
}

/// The problems that make an entity unusable, each naming the entity and the field
/// ("ParkingLot urn:ngsi-ld:OffStreetParking:1: availableSpots 120 exceeds totalSpots 100").
/// Empty when the entity is valid.
QStringList validate(const Entity& e);

}  // namespace bg

Q_DECLARE_METATYPE(bg::EntityKind)
