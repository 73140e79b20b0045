#pragma once

#include "core/enum_names.h"
#include "core/site.h"

namespace bg {

enum class SignalPhase { Unknown, Red, Green, FlashingGreen };
template <>
struct EnumNames<SignalPhase> {
    static constexpr std::array kNames{std::pair{SignalPhase::Unknown, "unknown"},
                                       std::pair{SignalPhase::Red, "red"},
                                       std::pair{SignalPhase::Green, "green"},
                                       std::pair{SignalPhase::FlashingGreen, "flashingGreen"}};
};

enum class ProtectionZone { None, Elderly, Child };
template <>
struct EnumNames<ProtectionZone> {
    static constexpr std::array kNames{std::pair{ProtectionZone::None, "none"},
                                       std::pair{ProtectionZone::Elderly, "elderly"},
                                       std::pair{ProtectionZone::Child, "child"}};
};

/// A smart crosswalk: the pedestrian signal, who is on the crossing, what is coming.
struct Crosswalk : EntityBase {
    ProtectionZone zone = ProtectionZone::None;
    QString zoneName;
    SignalPhase phase = SignalPhase::Unknown;
    int pedestriansOnCrossing = 0;
    bool vehicleApproaching = false;
    double approachingSpeedKmh = 0;
    QString cameraId;
    friend bool operator==(const Crosswalk&, const Crosswalk&) = default;
};

}  // namespace bg
