#pragma once

#include <QtGlobal>

namespace bg {

/// A WGS84 position (EPSG:4326), longitude and latitude in degrees.
struct GeoPoint {
    double lon = qQNaN();
    double lat = qQNaN();

    bool isValid() const { return lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0; }
    friend bool operator==(const GeoPoint& a, const GeoPoint& b) {
        // Two invalid points are the same "unknown location".
        if (!a.isValid() && !b.isValid()) return true;
        return a.lon == b.lon && a.lat == b.lat;
    }
};

/// Great-circle distance in metres (haversine, mean Earth radius).
double distanceMeters(const GeoPoint& a, const GeoPoint& b);

/// Initial bearing from a to b in degrees clockwise from north, in [0, 360).
double bearingDegrees(const GeoPoint& a, const GeoPoint& b);

}  // namespace bg
