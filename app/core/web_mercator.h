#pragma once

#include "core/geo.h"

#include <QPointF>

namespace bg {

/// Web Mercator (EPSG:3857), the projection of web maps: lon/lat degrees ↔ metres on the
/// spherical Mercator plane (x east, y north, origin at lon 0, lat 0).
namespace webmercator {

/// The sphere radius EPSG:3857 uses (WGS84 semi-major axis).
inline constexpr double kEarthRadiusM = 6378137.0;
/// Latitudes beyond ±kMaxLatitude are clamped: the projection reaches infinity at the poles,
/// and this limit makes the world a square of ±kMaxExtentM.
inline constexpr double kMaxLatitude = 85.051128779806592;
inline constexpr double kMaxExtentM = 20037508.342789244;

/// Projects a WGS84 point; latitude is clamped to ±kMaxLatitude, longitude is not wrapped.
QPointF project(const GeoPoint& p);
/// The inverse of `project` for any point of the plane.
GeoPoint unproject(const QPointF& metres);
/// Ground metres per projected metre at latitude `lat` (cos(lat)): Mercator stretches distances
/// by 1 / cos(lat), about 1.22 at Dong-gu.
double groundScale(double lat);

}  // namespace webmercator
}  // namespace bg
