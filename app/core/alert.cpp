#include "core/alert.h"

namespace bg {

Severity defaultSeverity(AlertCategory category) {
    switch (category) {
        case AlertCategory::Fall:
        case AlertCategory::EmergencyBell:
            return Severity::Critical;
        case AlertCategory::Intrusion:
        case AlertCategory::CrosswalkRedLight:
            return Severity::High;
        case AlertCategory::Loitering:
        case AlertCategory::Crowding:
        case AlertCategory::ChargerFault:
        case AlertCategory::CameraOffline:
            return Severity::Medium;
        case AlertCategory::IllegalParking:
        case AlertCategory::BinFull:
        case AlertCategory::StreamDegraded:
        case AlertCategory::Other:
            return Severity::Low;
    }
    return Severity::Medium;
}

}  // namespace bg
