#pragma once

#include "core/alert.h"

#include <QImage>
#include <QRectF>

namespace bg {

/// The picture kept with an analytics alert: the analysed frame with the offending box in red
/// and the track's path up to that moment (its foot points, frame-normalised, oldest first) in
/// yellow, the older points fainter.
///
/// Threading: a pure function; the console calls it off the GUI thread.
QImage markAlertSnapshot(const QImage& frame, const QRectF& box, const QVector<TrackPoint>& path);

}  // namespace bg
