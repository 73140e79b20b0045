#pragma once

#include "core/site.h"

#include <QMap>

namespace bg {

/// A smart pole (FIWARE Streetlight + sensors): light, emergency bell, environment sensors.
struct SmartPole : EntityBase {
    bool lightOn = false;
    int lightLevelPercent = 0;  ///< 0..100
    bool emergencyBellActive = false;
    QMap<QString, double> sensors;  ///< e.g. "temperature" (°C), "pm10" (µg/m³), "noise" (dB)
    QString cameraId;               ///< the camera on the pole
    friend bool operator==(const SmartPole&, const SmartPole&) = default;
};

}  // namespace bg
