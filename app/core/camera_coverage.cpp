#include "core/camera_coverage.h"

#include <algorithm>
#include <cmath>

namespace bg {

bool coversPoint(const Camera& c, const GeoPoint& p) {
    if (!c.location.isValid() || !p.isValid()) return false;
    const double d = distanceMeters(c.location, p);
    if (d > c.rangeM) return false;
    if (d < 1.0 || c.fovDeg >= 360.0) return true;  // under the pole, or all around
    const double off =
        std::fmod(bearingDegrees(c.location, p) - c.headingDeg + 540.0, 360.0) - 180.0;
    return std::abs(off) <= c.fovDeg / 2;
}

QStringList camerasCovering(const GeoPoint& point, const QVector<Camera>& cameras, int max) {
    QVector<std::pair<double, QString>> seen;
    for (const Camera& c : cameras)
        if (coversPoint(c, point)) seen.append({distanceMeters(c.location, point), c.id});
    std::sort(seen.begin(), seen.end());
    QStringList out;
    for (int i = 0; i < std::min<int>(max, int(seen.size())); ++i) out << seen[i].second;
    return out;
}

}  // namespace bg
