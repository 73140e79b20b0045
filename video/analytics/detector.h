#pragma once

#include "core/detection.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace cv {
class Mat;
}

namespace bg {

/// Finds objects in one BGR frame. Implementations: YOLOX-Nano (ONNX), Yolo-Fastest (Darknet),
/// and a weights-free fallback (MOG2 motion).
///
/// Threading: an instance is used by one thread at a time (OpenCV nets are not re-entrant);
/// the worker pool gives each worker its own.
class Detector {
public:
    virtual ~Detector() = default;
    /// "yolox-nano", "yolo-fastest-1.1", "motion-fallback".
    virtual QString name() const = 0;
    virtual QVector<Detection> detect(const cv::Mat& bgr) = 0;
};

struct DetectorConfig {
    QString modelPath;        ///< .onnx (YOLOX) or .cfg (Yolo-Fastest, .weights beside it)
    float confidence = 0.3f;  ///< minimum score kept
    float nmsIou = 0.45f;     ///< class-wise non-maximum suppression
    int inputSize = 416;      ///< YOLOX input (416 or 320)
};

struct DetectorLoad {
    std::unique_ptr<Detector> detector;
    QString warning;  ///< why the fallback is used (names the file); empty when not
};

/// The model shipped with the console: in a build tree the shared data folder, once installed
/// /usr/share/bitgoeul/models.
QString defaultModelPath();

/// Loads the detector for `config.modelPath`; a missing or broken model gives the motion
/// fallback and a warning naming the file — the console keeps running either way.
DetectorLoad loadDetector(const DetectorConfig& config);

/// The class names of a model: coco_classes.txt or coco.names beside it, else COCO's 80 names.
QStringList classNamesFor(const QString& modelPath);

/// Class-wise non-maximum suppression (greedy, by confidence).
QVector<Detection> nonMaximumSuppression(QVector<Detection> detections, float iouThreshold);
double iou(const QRectF& a, const QRectF& b);

}  // namespace bg
