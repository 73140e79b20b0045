#pragma once

#include "core/enum_names.h"
#include "core/site.h"

#include <QVector>

namespace bg {

enum class ConnectorState { Unknown, Available, Charging, Faulted, Offline };
template <>
struct EnumNames<ConnectorState> {
    static constexpr std::array kNames{std::pair{ConnectorState::Unknown, "unknown"},
                                       std::pair{ConnectorState::Available, "available"},
                                       std::pair{ConnectorState::Charging, "charging"},
                                       std::pair{ConnectorState::Faulted, "faulted"},
                                       std::pair{ConnectorState::Offline, "offline"}};
};

struct Connector {
    QString id;
    QString type;        ///< e.g. "DC-Combo", "CHAdeMO", "AC-Type1"
    double powerKw = 0;  ///< rated power
    double drawKw = 0;   ///< power drawn now
    ConnectorState state = ConnectorState::Unknown;
    friend bool operator==(const Connector&, const Connector&) = default;
};

/// An EV charging station (FIWARE EVChargingStation) with its connectors.
struct ChargingStation : EntityBase {
    QString address;
    QString operatorName;
    bool megaStation = false;  ///< the RE100 mega station fed by the PV array
    QVector<Connector> connectors;

    int count(ConnectorState s) const {
        int n = 0;
        for (const auto& c : connectors) n += c.state == s ? 1 : 0;
        return n;
    }
    double drawKw() const {
        double kw = 0;
        for (const auto& c : connectors) kw += c.drawKw;
        return kw;
    }
    friend bool operator==(const ChargingStation&, const ChargingStation&) = default;
};

}  // namespace bg
