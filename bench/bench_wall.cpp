// Video wall benchmarks against bitgoeul-sim's RTSP cameras (pre-encoded, served without
// re-encoding), offscreen:
//  1. 16 tiles of sub streams: the console's CPU against, in the same run, a gst-launch-1.0
//     pipeline doing the least any software renderer must — decode, convert and scale each of
//     the same 16 streams to its tile size into fakesink — and against bare avdec_h264 ! fakesink.
//     Frames shown ÷ frames decoded, capture → paint latency (median), start → first frame,
//     RSS with 16 tiles.
//  2. 64 tiles with auto-degrade: the longest time any tile went without a new picture.
// Usage: bench_wall [seconds]. Prints figures; asserts nothing.
#include "core/entity_store.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "video/cpu_meter.h"
#include "video/live_source.h"
#include "widgets/video_tile.h"
#include "widgets/video_wall.h"

#include "bench_support.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace bg;
using benchsupport::wait;

namespace {

double cpuSecondsOf(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QByteArray line = f.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return (fields[11].toDouble() + fields[12].toDouble()) / double(sysconf(_SC_CLK_TCK));
}

long rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray& l : f.readAll().split('\n'))
        if (l.startsWith("VmRSS:")) return l.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/// CPU share of one core used by a gst-launch-1.0 pipeline over `seconds`.
double gstBaseline(const QString& description, int seconds) {
    QProcess gst;
    gst.start(QStringLiteral("gst-launch-1.0"), QProcess::splitCommand(description));
    gst.waitForStarted();
    wait(3000);  // connect and settle, as the console gets
    const double c0 = cpuSecondsOf(gst.processId());
    QElapsedTimer t;
    t.start();
    wait(seconds * 1000);
    const double used = cpuSecondsOf(gst.processId()) - c0;
    const double wall = t.nsecsElapsed() / 1e9;
    gst.kill();
    gst.waitForFinished();
    return used / wall;
}

}  // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? atoi(argv[1]) : 20;
    QProcess sim;
    const quint16 rtsp = benchsupport::startSimCameras(sim, QStringLiteral(BITGOEUL_SIM),
                                                       QStringLiteral(SIM_SCENE_CACHE));

    EntityStore store;
    for (int n = 1; n <= 64; ++n) store.upsert(benchsupport::simCamera(n, rtsp));
    QThread video;
    video.start();
    auto page = benchsupport::showWall(store, &video, 4, 5000);
    const QSize tile = page->wall()->tile(0)->size();
    CpuMeter meter;
    QVector<quint64> painted0, decoded0;
    for (int i = 0; i < 16; ++i) painted0 << page->wall()->tile(i)->framesPainted();
    QVector<qint64> latency;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < seconds * 1000) {
        wait(200);
        for (int i = 0; i < 16; ++i)
            if (const qint64 l = page->wall()->tile(i)->lastPaintLatencyMs(); l >= 0) latency << l;
    }
    const double consoleCores = meter.sample() * QThread::idealThreadCount();
    quint64 painted = 0;
    for (int i = 0; i < 16; ++i) painted += page->wall()->tile(i)->framesPainted() - painted0[i];
    std::sort(latency.begin(), latency.end());
    const long rss = rssKb();
    // Frames decoded in the same window: the sources run at the cameras' 15 fps (vtest scenes 10).
    double decodedPerS = 0;
    for (int i = 0; i < 16; ++i)
        decodedPerS += page->wall()->tile(i)->toolTip().section(u' ', 0, 0).toDouble();

    QString scaled, bare;
    for (int n = 1; n <= 16; ++n) {
        const QString src = QStringLiteral(
                                "rtspsrc location=rtsp://127.0.0.1:%1/cam/%2/sub latency=100 "
                                "protocols=tcp ! rtph264depay ! h264parse ! avdec_h264 ")
                                .arg(rtsp)
                                .arg(n);
        bare += src + QStringLiteral("! fakesink sync=false ");
        scaled += src + QStringLiteral(
                            "! videoconvert ! videoscale ! "
                            "video/x-raw,format=BGRx,width=%1,height=%2 ! fakesink sync=false ")
                            .arg(tile.width() & ~1)
                            .arg(tile.height() & ~1);
    }
    page.reset();  // the console stops before the baselines run
    wait(1000);
    const double scaledCores = gstBaseline(scaled, seconds);
    const double bareCores = gstBaseline(bare, seconds);

    std::printf("video wall, 16 tiles (sub streams 640x360 -> tiles %dx%d), %d s, offscreen\n",
                tile.width(), tile.height(), seconds);
    std::printf("  console                      %.3f cores\n", consoleCores);
    std::printf(
        "  gst decode+convert+scale     %.3f cores   ratio console/this %.2f (goal <= 1.25)\n",
        scaledCores, consoleCores / scaledCores);
    std::printf("  gst bare avdec_h264          %.3f cores   ratio console/this %.2f\n", bareCores,
                consoleCores / bareCores);
    std::printf("  frames painted %.1f/s of ~%.1f/s decoded (%.1f %%)\n", painted / double(seconds),
                decodedPerS, 100.0 * painted / seconds / std::max(1.0, decodedPerS));
    if (!latency.isEmpty())
        std::printf("  capture -> paint latency median %lld ms, p95 %lld ms (goal <= 100 ms)\n",
                    latency[latency.size() / 2], latency[latency.size() * 95 / 100]);
    std::printf("  RSS with 16 tiles %ld KiB\n", rss);

    // Start → first frame, fresh sources.
    QVector<qint64> firsts;
    for (int n = 20; n < 28; ++n) {
        LiveSourceConfig c;
        c.url = benchsupport::simCamera(n, rtsp).subStreamUrl;
        LiveSource s(c, &video);
        s.start();
        QElapsedTimer w;
        w.start();
        while (s.stats().firstFrameMs < 0 && w.elapsed() < 10000) wait(20);
        firsts << s.stats().firstFrameMs;
    }
    std::sort(firsts.begin(), firsts.end());
    std::printf("  start -> first frame: median %lld ms, max %lld ms (goal <= 2000 ms)\n",
                firsts[firsts.size() / 2], firsts.last());

    // 64 tiles with auto-degrade: the longest stretch any tile showed no new frame.
    page = benchsupport::showWall(store, &video, 8, 8000);
    QVector<quint64> last(64, 0);
    QVector<qint64> lastChange(64, 0), worst(64, 0);
    CpuMeter meter64;
    t.restart();
    while (t.elapsed() < seconds * 1000) {
        wait(100);
        for (int i = 0; i < 64; ++i) {
            const quint64 p = page->wall()->tile(i)->framesPainted();
            if (p != last[i]) {
                last[i] = p;
                lastChange[i] = t.elapsed();
            }
            worst[i] = std::max(worst[i], t.elapsed() - lastChange[i]);
        }
    }
    int keyframeTiles = 0;
    for (int i = 0; i < 64; ++i)
        keyframeTiles +=
            page->wall()->tile(i)->badgeText().contains(QStringLiteral("keyframes")) ? 1 : 0;
    std::printf("video wall, 64 tiles with auto-degrade, %d s\n", seconds);
    std::printf(
        "  console %.3f cores; %d tiles on keyframes only; longest frozen tile %lld ms (goal <= "
        "2000)\n",
        meter64.sample() * QThread::idealThreadCount(), keyframeTiles,
        *std::max_element(worst.begin(), worst.end()));
    page.reset();
    video.quit();
    video.wait();
    sim.kill();
    sim.waitForFinished();
    return 0;
}
