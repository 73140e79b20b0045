#include "core/web_mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace bg::webmercator {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
}

QPointF project(const GeoPoint& p) {
    const double lat = std::clamp(p.lat, -kMaxLatitude, kMaxLatitude);
    const double x = kEarthRadiusM * p.lon * kDeg;
    const double y = kEarthRadiusM * std::log(std::tan(std::numbers::pi / 4 + lat * kDeg / 2));
    return {x, y};
}

GeoPoint unproject(const QPointF& metres) {
    const double lon = metres.x() / kEarthRadiusM / kDeg;
    const double lat =
        (2 * std::atan(std::exp(metres.y() / kEarthRadiusM)) - std::numbers::pi / 2) / kDeg;
    return {lon, lat};
}

double groundScale(double lat) {
    return std::cos(std::clamp(lat, -kMaxLatitude, kMaxLatitude) * kDeg);
}

}  // namespace bg::webmercator
