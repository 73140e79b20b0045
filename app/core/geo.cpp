#include "core/geo.h"

#include <cmath>
#include <numbers>

namespace bg {

namespace {
constexpr double kEarthRadiusM = 6371008.8;
double rad(double deg) {
    return deg * std::numbers::pi / 180.0;
}
}  // namespace

double distanceMeters(const GeoPoint& a, const GeoPoint& b) {
    const double dLat = rad(b.lat - a.lat);
    const double dLon = rad(b.lon - a.lon);
    const double h =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(rad(a.lat)) * std::cos(rad(b.lat)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

double bearingDegrees(const GeoPoint& a, const GeoPoint& b) {
    const double y = std::sin(rad(b.lon - a.lon)) * std::cos(rad(b.lat));
    const double x = std::cos(rad(a.lat)) * std::sin(rad(b.lat)) -
                     std::sin(rad(a.lat)) * std::cos(rad(b.lat)) * std::cos(rad(b.lon - a.lon));
    const double deg = std::atan2(y, x) * 180.0 / std::numbers::pi;
    return std::fmod(deg + 360.0, 360.0);
}

}  // namespace bg
