#pragma once

#include "core/enum_names.h"
#include "core/site.h"

namespace bg {

enum class MachineStatus { Unknown, Ok, Full, Fault, Offline };
template <>
struct EnumNames<MachineStatus> {
    static constexpr std::array kNames{
        std::pair{MachineStatus::Unknown, "unknown"}, std::pair{MachineStatus::Ok, "ok"},
        std::pair{MachineStatus::Full, "full"}, std::pair{MachineStatus::Fault, "fault"},
        std::pair{MachineStatus::Offline, "offline"}};
};

/// Counts and fill level of one material bin of a recycling vending machine.
struct MaterialBin {
    int itemsToday = 0;
    double fillPercent = 0;  ///< 0..100
    friend bool operator==(const MaterialBin&, const MaterialBin&) = default;
};

/// An AI recycling vending machine (FIWARE WasteContainer) taking PET, cans and paper.
struct RecyclingMachine : EntityBase {
    MaterialBin pet;
    MaterialBin can;
    MaterialBin paper;
    MachineStatus status = MachineStatus::Unknown;
    double maxFillPercent() const {
        return std::max({pet.fillPercent, can.fillPercent, paper.fillPercent});
    }
    friend bool operator==(const RecyclingMachine&, const RecyclingMachine&) = default;
};

}  // namespace bg
