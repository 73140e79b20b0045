#pragma once

#include <QImage>
#include <QMetaType>

namespace bg {

/// One decoded picture handed from a stream's GStreamer thread to the GUI and analytics.
/// QImage is implicitly shared: copying a VideoFrame copies no pixels.
struct VideoFrame {
    QImage image;
    quint64 sequence = 0;      ///< 1, 2, 3 … per stream, across reconnects
    qint64 ptsMs = -1;         ///< stream presentation time
    qint64 captureUtcMs = -1;  ///< when the camera captured it (RTCP/NTP), -1 when unknown
    qint64 arrivalUtcMs = -1;  ///< when the frame reached the slot
    bool isNull() const { return image.isNull(); }
};

}  // namespace bg

Q_DECLARE_METATYPE(bg::VideoFrame)
