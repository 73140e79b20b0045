// Detector cost on vtest.avi frames: milliseconds per frame through the console's Detector
// (pre-processing, forward, decoding, NMS) against OpenCV's bare forward() on the same blob, in
// the same run — the overhead ratio of our code around the network. Single-threaded OpenCV on
// both sides, so the ratio is ours and not the thread pool's (the console's workers use OpenCV's
// default pool; bench_analytics measures that).  Usage: bench_detector [frames]
#include "video/analytics/detector.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/core/utility.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cstdio>

using namespace bg;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 60;
    cv::setNumThreads(1);
    std::vector<cv::Mat> frames;
    cv::VideoCapture cap("/usr/share/doc/opencv-doc/examples/data/vtest.avi");
    cv::Mat f;
    while (int(frames.size()) < n && cap.read(f)) frames.push_back(f.clone());
    const QString data = QStringLiteral(BITGOEUL_DATA_DIR "/models/");
    struct Case {
        const char* name;
        QString model;
        bool yolox;
    };
    const Case cases[] = {
        {"yolox-nano (416)", data + QStringLiteral("yolox_nano/yolox_nano.onnx"), true},
        {"yolo-fastest-1.1 (320)", data + QStringLiteral("yolo-fastest-1.1/yolo-fastest-1.1.cfg"),
         false}};
    std::printf("detector cost on %d vtest.avi frames (768x576), one thread\n", int(frames.size()));
    for (const Case& c : cases) {
        DetectorLoad load = loadDetector({c.model});
        QElapsedTimer t;
        t.start();
        int objects = 0;
        for (const cv::Mat& frame : frames) objects += int(load.detector->detect(frame).size());
        const double ours = t.nsecsElapsed() / 1e6 / frames.size();

        // Baseline: the same network, the same input size, only blobFromImage + forward().
        cv::dnn::Net net =
            c.yolox ? cv::dnn::readNetFromONNX(c.model.toStdString())
                    : cv::dnn::readNetFromDarknet(
                          c.model.toStdString(),
                          QString(c.model)
                              .replace(QStringLiteral(".cfg"), QStringLiteral(".weights"))
                              .toStdString());
        const std::vector<cv::String> outs = net.getUnconnectedOutLayersNames();
        const int size = c.yolox ? 416 : 320;
        {
            // Untimed first pass, as loadDetector's dry run is for ours: OpenCV sets the network
            // up on the first forward(), which would otherwise be billed to the baseline.
            net.setInput(cv::dnn::blobFromImage(frames.front(), c.yolox ? 1.0 : 1 / 255.0,
                                                cv::Size(size, size)));
            std::vector<cv::Mat> warm;
            net.forward(warm, outs);
        }
        t.restart();
        for (const cv::Mat& frame : frames) {
            net.setInput(
                cv::dnn::blobFromImage(frame, c.yolox ? 1.0 : 1 / 255.0, cv::Size(size, size)));
            std::vector<cv::Mat> result;
            net.forward(result, outs);
        }
        const double bare = t.nsecsElapsed() / 1e6 / frames.size();
        std::printf(
            "  %-24s %7.1f ms/frame (bare forward %7.1f ms) ratio %.2f, %.1f objects/frame\n",
            c.name, ours, bare, ours / bare, double(objects) / frames.size());
    }
    return 0;
}
