#pragma once

#include "core/camera.h"

#include <QStringList>
#include <QVector>

namespace bg {

/// Whether the camera's field of view (a cone of `fovDeg` around `headingDeg`, `rangeM` long)
/// contains the point. A 360° camera covers everything within its range.
bool coversPoint(const Camera& camera, const GeoPoint& point);

/// The cameras that see `point`, nearest first, at most `max`: what the alarm layout opens.
QStringList camerasCovering(const GeoPoint& point, const QVector<Camera>& cameras, int max);

}  // namespace bg
