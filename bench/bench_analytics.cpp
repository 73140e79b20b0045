// AI analytics while the 16-tile wall runs, against bitgoeul-sim's RTSP cameras, offscreen:
// the wall alone first (the baseline), then the same wall with 4 of its cameras analysed at
// 5 fps with the default detector (YOLOX-Nano), in the same run. Prints per analysed camera its
// analysed fps, the frames skipped (busy: the camera's previous frame was still in work;
// static: motion gating), the mean inference time, and for both phases the CPU cores the
// console used and the frames painted; the ratio of the two.
// Usage: bench_analytics [seconds per phase, default 20]. Prints figures; asserts nothing.
#include "core/entity_store.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "video/analytics/analytics_engine.h"
#include "video/cpu_meter.h"
#include "widgets/video_tile.h"
#include "widgets/video_wall.h"

#include "bench_support.h"

#include <QApplication>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <cstdio>

using namespace bg;
using benchsupport::wait;

namespace {

struct Phase {
    double cores = 0;
    double paintedPerS = 0;
};

/// Measures the console for `seconds`: CPU cores used and frames painted per second.
Phase measure(VideoWallPage& page, int seconds) {
    QVector<quint64> painted0;
    for (int i = 0; i < 16; ++i) painted0 << page.wall()->tile(i)->framesPainted();
    CpuMeter meter;
    wait(seconds * 1000);
    Phase p;
    p.cores = meter.sample() * QThread::idealThreadCount();
    quint64 painted = 0;
    for (int i = 0; i < 16; ++i) painted += page.wall()->tile(i)->framesPainted() - painted0[i];
    p.paintedPerS = painted / double(seconds);
    return p;
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(5, atoi(argv[1])) : 20;
    QProcess sim;
    const quint16 rtsp = benchsupport::startSimCameras(sim, QStringLiteral(BITGOEUL_SIM),
                                                       QStringLiteral(SIM_SCENE_CACHE));

    EntityStore store;
    for (int n = 1; n <= 16; ++n) store.upsert(benchsupport::simCamera(n, rtsp));
    QThread video;
    video.start();
    auto page = benchsupport::showWall(store, &video, 4, 5000);
    const Phase wallOnly = measure(*page, seconds);

    // The engine as the console builds it: the default model, a worker per core.
    AnalyticsEngine engine;
    QSet<QString> analysed;
    QObject::connect(&engine, &AnalyticsEngine::analysed,
                     [&](const AnalysisResult& r) { analysed.insert(r.cameraId); });
    page->controller()->setAnalytics(&engine, 4);
    wait(5000);  // the detectors load and the cameras settle
    QHash<QString, CameraAnalyticsHealth> before;
    for (const QString& id : analysed) before.insert(id, engine.health(id));
    const Phase withAnalytics = measure(*page, seconds);

    std::printf(
        "AI analytics on the 16-tile wall (sub streams 640x360), %d s per phase, offscreen\n",
        seconds);
    std::printf("  detector %s, %d workers on %d cores%s%s\n", qPrintable(engine.detectorName()),
                engine.workerCount(), QThread::idealThreadCount(),
                engine.detectorWarning().isEmpty() ? "" : " - ",
                qPrintable(engine.detectorWarning()));
    QStringList ids = analysed.values();
    ids.sort();
    for (int i = 0; i < 16; ++i)
        if (page->controller()->isAnalysed(i))
            std::printf("  tile %d (camera %d) analysed\n", i, i + 1);
    for (const QString& id : ids) {
        const CameraAnalyticsHealth h = engine.health(id);
        const CameraAnalyticsHealth b = before.value(id);
        std::printf(
            "  %-10s %.2f analysed fps (target 5), %llu analysed, skipped %llu busy + %llu "
            "static in %d s, inference %.1f ms\n",
            qPrintable(id), double(h.analysed - b.analysed) / seconds,
            static_cast<unsigned long long>(h.analysed - b.analysed),
            static_cast<unsigned long long>(h.skippedBusy - b.skippedBusy),
            static_cast<unsigned long long>(h.skippedStatic - b.skippedStatic), seconds,
            h.inferenceMs);
    }
    std::printf("  wall alone              %.3f cores, %.1f frames painted/s\n", wallOnly.cores,
                wallOnly.paintedPerS);
    std::printf("  wall + 4 analysed       %.3f cores, %.1f frames painted/s\n",
                withAnalytics.cores, withAnalytics.paintedPerS);
    std::printf("  ratio with/without      %.2f cores, %.2f frames painted\n",
                withAnalytics.cores / std::max(1e-6, wallOnly.cores),
                withAnalytics.paintedPerS / std::max(1e-6, wallOnly.paintedPerS));
    page.reset();
    engine.waitForIdle();
    video.quit();
    video.wait();
    sim.kill();
    sim.waitForFinished();
    return 0;
}
