#pragma once

#include "core/enum_names.h"
#include "core/site.h"

#include <QUrl>

namespace bg {

enum class CameraStatus { Unknown, Online, Offline };
template <>
struct EnumNames<CameraStatus> {
    static constexpr std::array kNames{std::pair{CameraStatus::Unknown, "unknown"},
                                       std::pair{CameraStatus::Online, "online"},
                                       std::pair{CameraStatus::Offline, "offline"}};
};

/// What a dragged camera carries (list, map → wall tile): its id, UTF-8.
inline QString cameraMimeType() {
    return QStringLiteral("application/x-bitgoeul-camera-id");
}

/// A CCTV camera. Grid tiles play the sub stream, a maximised tile the main stream.
struct Camera : EntityBase {
    QString siteId;         ///< the Site it is mounted at
    QUrl mainStreamUrl;     ///< RTSP, e.g. 1280x720
    QUrl subStreamUrl;      ///< RTSP, e.g. 640x360
    double headingDeg = 0;  ///< direction of view, clockwise from north
    double fovDeg = 60;     ///< horizontal field of view
    double rangeM = 50;     ///< useful viewing distance, for the map cone and coverage
    bool ptz = false;
    CameraStatus status = CameraStatus::Unknown;
    friend bool operator==(const Camera&, const Camera&) = default;
};

}  // namespace bg
