#include "video/analytics/detector.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/video/background_segm.hpp>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcAnalytics, "bitgoeul.analytics")

namespace bg {

namespace {

// COCO's 80 classes in the order the models were trained on, as Darknet spells them (the same
// list the models' own class files give); used when a model comes without one.
const char* const kCocoNames[] = {
    "person",        "bicycle",       "car",           "motorbike",
    "aeroplane",     "bus",           "train",         "truck",
    "boat",          "traffic light", "fire hydrant",  "stop sign",
    "parking meter", "bench",         "bird",          "cat",
    "dog",           "horse",         "sheep",         "cow",
    "elephant",      "bear",          "zebra",         "giraffe",
    "backpack",      "umbrella",      "handbag",       "tie",
    "suitcase",      "frisbee",       "skis",          "snowboard",
    "sports ball",   "kite",          "baseball bat",  "baseball glove",
    "skateboard",    "surfboard",     "tennis racket", "bottle",
    "wine glass",    "cup",           "fork",          "knife",
    "spoon",         "bowl",          "banana",        "apple",
    "sandwich",      "orange",        "broccoli",      "carrot",
    "hot dog",       "pizza",         "donut",         "cake",
    "chair",         "sofa",          "pottedplant",   "bed",
    "diningtable",   "toilet",        "tvmonitor",     "laptop",
    "mouse",         "remote",        "keyboard",      "cell phone",
    "microwave",     "oven",          "toaster",       "sink",
    "refrigerator",  "book",          "clock",         "vase",
    "scissors",      "teddy bear",    "hair drier",    "toothbrush"};

QString nameOf(const QStringList& names, int id) {
    return id >= 0 && id < names.size() ? names[id] : QStringLiteral("class%1").arg(id);
}

/// YOLOX-Nano (Megvii), ONNX: letterboxed BGR input without scaling, one output of
/// 3549 (at 416) rows [tx, ty, tw, th, obj, 80 class scores] over strides 8, 16, 32.
/// The tensor layout is described in ../shared/data/models/README.md.
class YoloxDetector : public Detector {
public:
    YoloxDetector(cv::dnn::Net net, QStringList names, DetectorConfig config)
        : m_net(std::move(net)), m_names(std::move(names)), m_config(config) {}
    QString name() const override { return QStringLiteral("yolox-nano"); }

    QVector<Detection> detect(const cv::Mat& bgr) override {
        const int size = m_config.inputSize;
        const double r = std::min(double(size) / bgr.rows, double(size) / bgr.cols);
        cv::Mat resized;
        cv::resize(bgr, resized, cv::Size(int(bgr.cols * r), int(bgr.rows * r)));
        cv::Mat canvas(size, size, CV_8UC3, cv::Scalar(114, 114, 114));
        resized.copyTo(canvas(cv::Rect(0, 0, resized.cols, resized.rows)));
        m_net.setInput(cv::dnn::blobFromImage(canvas, 1.0, cv::Size(size, size), cv::Scalar(),
                                              /*swapRB=*/false, /*crop=*/false));
        const cv::Mat out = m_net.forward();
        const float* row = out.ptr<float>(0);
        const int cols = out.size[2];
        QVector<Detection> found;
        int index = 0;
        for (const int stride : {8, 16, 32}) {
            const int cells = size / stride;
            for (int gy = 0; gy < cells; ++gy) {
                for (int gx = 0; gx < cells; ++gx, ++index) {
                    const float* p = row + size_t(index) * cols;
                    const float obj = p[4];
                    if (obj < m_config.confidence) continue;
                    int best = 0;
                    for (int c = 1; c < cols - 5; ++c)
                        if (p[5 + c] > p[5 + best]) best = c;
                    const float score = obj * p[5 + best];
                    if (score < m_config.confidence) continue;
                    const double cx = (p[0] + gx) * stride;
                    const double cy = (p[1] + gy) * stride;
                    const double w = std::exp(p[2]) * stride;
                    const double h = std::exp(p[3]) * stride;
                    found.append({nameOf(m_names, best), best, score,
                                  QRectF((cx - w / 2) / r, (cy - h / 2) / r, w / r, h / r)
                                      .intersected(QRectF(0, 0, bgr.cols, bgr.rows))});
                }
            }
        }
        return nonMaximumSuppression(std::move(found), m_config.nmsIou);
    }

private:
    cv::dnn::Net m_net;
    QStringList m_names;
    DetectorConfig m_config;
};

/// Yolo-Fastest 1.1, Darknet: stretched RGB input scaled to 0..1, region outputs of rows
/// [cx, cy, w, h as fractions, objectness, 80 class scores already multiplied by objectness].
class YoloFastestDetector : public Detector {
public:
    YoloFastestDetector(cv::dnn::Net net, QStringList names, DetectorConfig config)
        : m_net(std::move(net)), m_names(std::move(names)), m_config(config) {
        m_outputs = m_net.getUnconnectedOutLayersNames();
    }
    QString name() const override { return QStringLiteral("yolo-fastest-1.1"); }

    QVector<Detection> detect(const cv::Mat& bgr) override {
        m_net.setInput(cv::dnn::blobFromImage(bgr, 1.0 / 255, cv::Size(320, 320), cv::Scalar(),
                                              /*swapRB=*/true, /*crop=*/false));
        std::vector<cv::Mat> outs;
        m_net.forward(outs, m_outputs);
        QVector<Detection> found;
        for (const cv::Mat& out : outs) {
            for (int i = 0; i < out.rows; ++i) {
                const float* p = out.ptr<float>(i);
                int best = 0;
                for (int c = 1; c < out.cols - 5; ++c)
                    if (p[5 + c] > p[5 + best]) best = c;
                const float score = p[5 + best];
                if (score < m_config.confidence) continue;
                const double w = p[2] * bgr.cols;
                const double h = p[3] * bgr.rows;
                found.append({nameOf(m_names, best), best, score,
                              QRectF(p[0] * bgr.cols - w / 2, p[1] * bgr.rows - h / 2, w, h)
                                  .intersected(QRectF(0, 0, bgr.cols, bgr.rows))});
            }
        }
        return nonMaximumSuppression(std::move(found), m_config.nmsIou);
    }

private:
    cv::dnn::Net m_net;
    QStringList m_names;
    DetectorConfig m_config;
    std::vector<cv::String> m_outputs;
};

/// Without a model: moving blobs from MOG2 background subtraction, named by shape — taller than
/// wide is a "person", otherwise a "car". Crude, but it keeps rules and tracks alive.
class MotionDetector : public Detector {
public:
    MotionDetector() : m_mog(cv::createBackgroundSubtractorMOG2(300, 16, false)) {}
    QString name() const override { return QStringLiteral("motion-fallback"); }

    QVector<Detection> detect(const cv::Mat& bgr) override {
        cv::Mat mask;
        m_mog->apply(bgr, mask);
        cv::threshold(mask, mask, 200, 255, cv::THRESH_BINARY);
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5));
        cv::morphologyEx(mask, mask, cv::MORPH_OPEN, kernel);
        cv::morphologyEx(mask, mask, cv::MORPH_CLOSE, kernel, cv::Point(-1, -1), 2);
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        const double minArea = 0.0015 * bgr.cols * bgr.rows;
        QVector<Detection> found;
        for (const auto& c : contours) {
            const cv::Rect b = cv::boundingRect(c);
            if (b.area() < minArea) continue;
            const bool person = b.height > 1.2 * b.width;
            const double fill = cv::contourArea(c) / std::max(1, b.area());
            found.append({person ? QStringLiteral("person") : QStringLiteral("car"), person ? 0 : 2,
                          float(std::clamp(fill, 0.1, 1.0)), QRectF(b.x, b.y, b.width, b.height)});
        }
        return found;
    }

private:
    cv::Ptr<cv::BackgroundSubtractorMOG2> m_mog;
};

}  // namespace

double iou(const QRectF& a, const QRectF& b) {
    const QRectF i = a.intersected(b);
    if (i.isEmpty()) return 0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QVector<Detection> nonMaximumSuppression(QVector<Detection> d, float threshold) {
    std::sort(d.begin(), d.end(),
              [](const Detection& a, const Detection& b) { return a.confidence > b.confidence; });
    QVector<Detection> kept;
    for (const Detection& candidate : d) {
        bool suppressed = false;
        for (const Detection& k : kept) {
            if (k.classId == candidate.classId && iou(k.box, candidate.box) > threshold) {
                suppressed = true;
                break;
            }
        }
        if (!suppressed) kept.append(candidate);
    }
    return kept;
}

QString defaultModelPath() {
    const QString installed =
        QStringLiteral("/usr/share/bitgoeul/models/yolox_nano/yolox_nano.onnx");
#ifdef BITGOEUL_DEFAULT_MODEL
    const QString dev = QStringLiteral(BITGOEUL_DEFAULT_MODEL);
    if (QFileInfo::exists(dev)) return dev;
#endif
    return installed;
}

QStringList classNamesFor(const QString& modelPath) {
    const QDir dir = QFileInfo(modelPath).dir();
    for (const QString& file : {QStringLiteral("coco_classes.txt"), QStringLiteral("coco.names")}) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) continue;
        QStringList names;
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty()) names << QString::fromUtf8(line.trimmed());
        if (names.size() == 80) return names;
    }
    QStringList names;
    for (const char* n : kCocoNames) names << QString::fromLatin1(n);
    return names;
}

DetectorLoad loadDetector(const DetectorConfig& config) {
    DetectorLoad load;
    const QString path = config.modelPath.isEmpty() ? defaultModelPath() : config.modelPath;
    const auto fallback = [&load](const QString& why) {
        load.warning = why + QStringLiteral("; using the motion fallback");
        qCWarning(lcAnalytics).noquote() << load.warning;
        load.detector = std::make_unique<MotionDetector>();
        return std::move(load);
    };
    if (!QFileInfo::exists(path))
        return fallback(QStringLiteral("model file '%1' does not exist").arg(path));
    try {
        cv::dnn::Net net;
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == u"onnx") {
            net = cv::dnn::readNetFromONNX(path.toStdString());
        } else if (suffix == u"cfg") {
            const QString weights = QFileInfo(path).dir().filePath(
                QFileInfo(path).completeBaseName() + QStringLiteral(".weights"));
            if (!QFileInfo::exists(weights))
                return fallback(
                    QStringLiteral("weights file '%1' for '%2' does not exist").arg(weights, path));
            net = cv::dnn::readNetFromDarknet(path.toStdString(), weights.toStdString());
        } else {
            return fallback(QStringLiteral("model file '%1' is neither .onnx (YOLOX) nor .cfg "
                                           "(Yolo-Fastest)")
                                .arg(path));
        }
        if (net.empty()) return fallback(QStringLiteral("model file '%1' loaded empty").arg(path));
        net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
        if (suffix == u"onnx")
            load.detector =
                std::make_unique<YoloxDetector>(std::move(net), classNamesFor(path), config);
        else
            load.detector =
                std::make_unique<YoloFastestDetector>(std::move(net), classNamesFor(path), config);
        // One dry run proves the network runs here, not only that it parsed.
        load.detector->detect(cv::Mat(360, 640, CV_8UC3, cv::Scalar(90, 90, 90)));
    } catch (const cv::Exception& e) {
        return fallback(QStringLiteral("model file '%1' cannot be used: %2")
                            .arg(path, QString::fromStdString(e.msg).trimmed()));
    }
    return load;
}

}  // namespace bg
