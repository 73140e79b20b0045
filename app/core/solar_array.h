#pragma once

#include "core/site.h"

namespace bg {

/// A photovoltaic array (FIWARE PhotovoltaicMeasurement), e.g. the RE100 mega station's roof.
struct SolarArray : EntityBase {
    double peakKw = 0;          ///< installed peak power
    double powerKw = 0;         ///< output now
    double energyTodayKwh = 0;  ///< produced since local midnight (Asia/Seoul)
    QString stationId;          ///< the charging station it feeds, if any
    friend bool operator==(const SolarArray&, const SolarArray&) = default;
};

}  // namespace bg
