// What the simulated cameras cost bitgoeul-sim: its CPU with 16 clients on 16 cameras' sub
// streams (16 different scenes) over 20 s, against one live x264 camera (gst-launch-1.0
// videotestsrc ! x264enc ! fakesink at the sub stream's size and rate) measured in the same run;
// its CPU with no client; and what registering every mount point up front would cost.
//   bench_sim_rtsp [seconds]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <gst/gst.h>
#include <gst/rtsp-server/rtsp-server.h>

#include <unistd.h>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

/// CPU time (user + system) a process has used so far, in seconds.
double cpuSeconds(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

/// Percent of one core `pid` uses over `seconds`.
double measure(qint64 pid, int seconds) {
    const double c0 = cpuSeconds(pid);
    QElapsedTimer t;
    t.start();
    QThread::msleep(ulong(seconds) * 1000);
    return 100.0 * (cpuSeconds(pid) - c0) / (t.elapsed() / 1000.0);
}

void eagerMounts(int cameras) {
    GstRTSPMountPoints* mounts = gst_rtsp_mount_points_new();
    QElapsedTimer t;
    t.start();
    for (int n = 1; n <= cameras; ++n)
        for (const char* s : {"main", "sub"}) {
            GstRTSPMediaFactory* f = gst_rtsp_media_factory_new();
            gst_rtsp_media_factory_set_launch(f, "( videotestsrc ! rtpvrawpay name=pay0 )");
            const QByteArray path = QByteArray("/cam/") + QByteArray::number(n) + '/' + s;
            gst_rtsp_mount_points_add_factory(mounts, path.constData(), f);
        }
    const qint64 addMs = t.elapsed();
    t.restart();
    for (int i = 0; i < 100; ++i) {
        const QByteArray path = "/cam/" + QByteArray::number(1 + i * 13 % cameras) + "/sub";
        GstRTSPMediaFactory* f = gst_rtsp_mount_points_match(mounts, path.constData(), nullptr);
        if (f) g_object_unref(f);
    }
    std::printf("eager mount points: %d factories added in %lld ms, then %.2f ms per match\n",
                cameras * 2, static_cast<long long>(addMs), t.elapsed() / 100.0);
    g_object_unref(mounts);
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    gst_init(&argc, &argv);
    const int seconds = argc > 1 ? std::max(2, std::atoi(argv[1])) : 20;
    const QString sim = QStringLiteral(SIM_PROGRAM);
    const QString cache = QStringLiteral(SIM_SCENE_CACHE);

    QElapsedTimer t;
    t.start();
    if (QProcess::execute(sim, {QStringLiteral("--encode-scenes"), QStringLiteral("--scene-cache"),
                                cache}) != 0) {
        std::fprintf(stderr, "bench_sim_rtsp: cannot encode the scenes\n");
        return 1;
    }
    std::printf("scene clips ready in %lld ms (cache: %s)\n", static_cast<long long>(t.elapsed()),
                qPrintable(cache));

    QProcess simulator;
    simulator.start(
        sim, {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--rtsp-port"),
              QStringLiteral("0"), QStringLiteral("--scene-cache"), cache});
    QByteArray out;
    while (!out.contains("RTSP_URL=") && simulator.waitForReadyRead(10000))
        out += simulator.readAllStandardOutput();
    const auto m =
        QRegularExpression(QStringLiteral("RTSP_URL=(\\S+)")).match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_sim_rtsp: the simulator printed no RTSP_URL\n");
        return 1;
    }
    const qint64 pid = simulator.processId();
    QThread::msleep(1000);
    std::printf("bitgoeul-sim, no client: %.1f %% of a core\n", measure(pid, 5));

    std::vector<GstElement*> clients;
    for (int camera = 1; camera <= 16; ++camera) {
        const QString launch =
            QStringLiteral("rtspsrc location=%1/cam/%2/sub latency=0 ! rtph264depay ! fakesink")
                .arg(m.captured(1))
                .arg(camera);
        GstElement* p = gst_parse_launch(launch.toUtf8().constData(), nullptr);
        gst_element_set_state(p, GST_STATE_PLAYING);
        clients.push_back(p);
    }
    QThread::msleep(3000);
    std::printf("bitgoeul-sim, 16 clients on 16 cameras' sub streams (%d s): %.1f %% of a core\n",
                seconds, measure(pid, seconds));
    for (GstElement* p : clients) {
        gst_element_set_state(p, GST_STATE_NULL);
        gst_object_unref(p);
    }
    simulator.kill();
    simulator.waitForFinished(5000);

    QProcess baseline;
    baseline.start(
        QStringLiteral("gst-launch-1.0"),
        {QStringLiteral("-q"), QStringLiteral("videotestsrc"), QStringLiteral("is-live=true"),
         QStringLiteral("pattern=ball"), QStringLiteral("!"),
         QStringLiteral("video/x-raw,width=640,height=360,framerate=15/1"), QStringLiteral("!"),
         QStringLiteral("x264enc"), QStringLiteral("tune=zerolatency"),
         QStringLiteral("speed-preset=ultrafast"), QStringLiteral("key-int-max=15"),
         QStringLiteral("bframes=0"), QStringLiteral("threads=1"), QStringLiteral("!"),
         QStringLiteral("fakesink")});
    baseline.waitForStarted(5000);
    QThread::msleep(1000);
    std::printf(
        "baseline, one live x264 camera 640x360@15 (gst-launch-1.0 videotestsrc ! x264enc "
        "! fakesink, %d s): %.1f %% of a core\n",
        seconds, measure(baseline.processId(), seconds));
    baseline.kill();
    baseline.waitForFinished(5000);

    eagerMounts(2000);
    return 0;
}
