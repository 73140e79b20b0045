#include "camera_options.h"

#include <QCommandLineParser>

namespace sim {

namespace {

const QString kRtspPort = QStringLiteral("rtsp-port");
const QString kNoRtsp = QStringLiteral("no-rtsp");
const QString kSceneCache = QStringLiteral("scene-cache");
const QString kGroundTruth = QStringLiteral("write-ground-truth");
const QString kEncodeScenes = QStringLiteral("encode-scenes");

}  // namespace

void CameraOptions::addTo(QCommandLineParser& parser) {
    parser.addOption({kRtspPort,
                      QStringLiteral("RTSP port of the simulated cameras on 127.0.0.1 (0: any "
                                     "free port; default 8554). Prints "
                                     "'RTSP_URL=rtsp://127.0.0.1:PORT' when listening; cameras "
                                     "are /cam/<n>/main and /cam/<n>/sub."),
                      QStringLiteral("PORT"), QStringLiteral("8554")});
    parser.addOption({kNoRtsp, QStringLiteral("Serve no simulated cameras.")});
    parser.addOption({kSceneCache,
                      QStringLiteral("Folder of the encoded scene clips (default: "
                                     "$XDG_CACHE_HOME/bitgoeul-sim/scenes-vN)."),
                      QStringLiteral("DIR")});
    parser.addOption({kGroundTruth,
                      QStringLiteral("Write every synthetic scene's object boxes per frame "
                                     "(main and sub stream) as JSON into DIR and exit."),
                      QStringLiteral("DIR")});
    parser.addOption({kEncodeScenes,
                      QStringLiteral("Encode every scene clip missing from the cache and exit.")});
}

QString CameraOptions::readFrom(const QCommandLineParser& parser, CameraOptions* options) {
    bool ok = false;
    const uint port = parser.value(kRtspPort).toUInt(&ok);
    if (!ok || port > 65535)
        return QStringLiteral("--rtsp-port must be a port number from 0 to 65535, not '%1'")
            .arg(parser.value(kRtspPort));
    options->rtspPort = quint16(port);
    options->rtsp = !parser.isSet(kNoRtsp);
    options->sceneCache = parser.value(kSceneCache);
    options->groundTruthDir = parser.value(kGroundTruth);
    options->encodeScenes = parser.isSet(kEncodeScenes);
    return {};
}

}  // namespace sim
