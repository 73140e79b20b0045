#include "video/analytics/opencv_runtime.h"

#include <opencv2/core/version.hpp>
#include <opencv2/dnn.hpp>

namespace bg {

QString opencvVersion() {
    return QStringLiteral("OpenCV %1").arg(QLatin1String(CV_VERSION));
}

QStringList opencvDnnBackends() {
    QStringList out;
    for (const auto& [backend, target] : cv::dnn::getAvailableBackends()) {
        QString b;
        switch (backend) {
            case cv::dnn::DNN_BACKEND_OPENCV:
                b = QStringLiteral("OpenCV");
                break;
            case cv::dnn::DNN_BACKEND_INFERENCE_ENGINE:
                b = QStringLiteral("OpenVINO");
                break;
            case cv::dnn::DNN_BACKEND_HALIDE:
                b = QStringLiteral("Halide");
                break;
            case cv::dnn::DNN_BACKEND_VKCOM:
                b = QStringLiteral("Vulkan");
                break;
            case cv::dnn::DNN_BACKEND_CUDA:
                b = QStringLiteral("CUDA");
                break;
            default:
                b = QStringLiteral("backend %1").arg(int(backend));
                break;
        }
        QString t;
        switch (target) {
            case cv::dnn::DNN_TARGET_CPU:
                t = QStringLiteral("CPU");
                break;
            case cv::dnn::DNN_TARGET_OPENCL:
                t = QStringLiteral("OpenCL");
                break;
            case cv::dnn::DNN_TARGET_OPENCL_FP16:
                t = QStringLiteral("OpenCL FP16");
                break;
            case cv::dnn::DNN_TARGET_CUDA:
                t = QStringLiteral("CUDA");
                break;
            default:
                t = QStringLiteral("target %1").arg(int(target));
                break;
        }
        out << b + u'/' + t;
    }
    return out;
}

}  // namespace bg
