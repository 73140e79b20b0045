#pragma once
// Small helpers the benchmarks share (header-only: each benchmark is one executable).

#include "core/camera.h"
#include "core/entity_store.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <memory>

namespace benchsupport {

/// A loopback port free right now, for a server the benchmark starts.
inline quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

/// Runs the event loop for `ms`, sleeping in it (a processEvents() loop would spin and bill
/// its polling to the console).
inline void wait(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// The p-quantile (0..1) of the values, nearest rank below; -1 when there are none.
inline double percentile(QVector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1.0 : v[int(p * (v.size() - 1))];
}

/// Starts bitgoeul-sim (`program`) on a free RTSP port (any hub port) with its pre-encoded
/// scenes in `sceneCache`, encoding them first when they are not there yet; returns the RTSP
/// port once the sim printed its RTSP_URL (or went 20 s without a word).
inline quint16 startSimCameras(QProcess& sim, const QString& program, const QString& sceneCache) {
    QProcess::execute(
        program, {QStringLiteral("--encode-scenes"), QStringLiteral("--scene-cache"), sceneCache});
    const quint16 rtsp = freePort();
    sim.start(program,
              {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--rtsp-port"),
               QString::number(rtsp), QStringLiteral("--scene-cache"), sceneCache});
    sim.waitForStarted();
    QByteArray out;
    while (!out.contains("RTSP_URL=") && sim.waitForReadyRead(20000))
        out += sim.readAllStandardOutput();
    return rtsp;
}

/// The sim's camera `n` (from 1) as `urn:ngsi-ld:Camera:bench-<n>`, its sub and main streams on
/// the sim's RTSP port.
inline bg::Camera simCamera(int n, quint16 rtsp) {
    bg::Camera c;
    c.id = QStringLiteral("urn:ngsi-ld:Camera:bench-%1").arg(n);
    c.name = {QStringLiteral("벤치 %1").arg(n), QStringLiteral("bench %1").arg(n)};
    c.location = {126.92, 35.15};
    c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/sub").arg(rtsp).arg(n));
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:%1/cam/%2/main").arg(rtsp).arg(n));
    return c;
}

/// A 1600×960 video wall page, shown, of `grid`×`grid` tiles with tile i playing bench-<i+1>
/// (simCamera, in `store`); returned after `settleMs` for the streams to connect and settle.
inline std::unique_ptr<bg::VideoWallPage> showWall(bg::EntityStore& store, QThread* video, int grid,
                                                   int settleMs) {
    auto page = std::make_unique<bg::VideoWallPage>(&store, video, nullptr);
    page->resize(1600, 960);
    page->show();
    page->setGrid(grid);
    for (int i = 0; i < grid * grid; ++i)
        page->controller()->assign(i, QStringLiteral("urn:ngsi-ld:Camera:bench-%1").arg(i + 1));
    wait(settleMs);
    return page;
}

}  // namespace benchsupport
