#pragma once

#include <QString>

class QCommandLineParser;

namespace sim {

/// The simulated cameras' part of `bitgoeul-sim`'s command line, kept apart from SimOptions so
/// that the cameras and the hub can grow their options independently.
struct CameraOptions {
    bool rtsp = true;           ///< serve the simulated cameras (see rtsp_cameras.h)
    quint16 rtspPort = 8554;    ///< 0: any free port (the chosen one is printed)
    QString sceneCache;         ///< encoded clips; empty: ClipCache::defaultDirectory()
    QString groundTruthDir;     ///< non-empty: write the ground truth there and exit
    bool encodeScenes = false;  ///< encode every missing clip and exit

    /// Declares --rtsp-port, --no-rtsp, --scene-cache, --write-ground-truth, --encode-scenes.
    static void addTo(QCommandLineParser& parser);
    /// Reads them from a parser that has parsed; returns an error text, or an empty string.
    static QString readFrom(const QCommandLineParser& parser, CameraOptions* options);
};

}  // namespace sim
