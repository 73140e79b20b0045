#pragma once

#include <QRectF>
#include <QString>
#include <QVector>

namespace bg {

/// One object a detector found in a frame, in that frame's pixels.
struct Detection {
    QString className;  ///< COCO name as the model's class list spells it ("person", "car")
    int classId = -1;
    float confidence = 0;  ///< 0..1
    QRectF box;            ///< x, y, width, height in source-frame pixels
    friend bool operator==(const Detection&, const Detection&) = default;
};

/// An object followed across frames.
struct Track {
    int id = 0;  ///< stable while the object is followed
    QString className;
    float confidence = 0;
    QRectF box;              ///< the filtered box in this frame
    QVector<QPointF> trail;  ///< recent box centres, oldest first
    int framesSeen = 0;      ///< detections matched to it so far
    int framesMissed = 0;    ///< consecutive frames without a match (coasting)
    qint64 firstSeenMs = -1;
    qint64 lastSeenMs = -1;
};

}  // namespace bg
