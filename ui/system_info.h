#pragma once

#include <QString>

namespace bg {

/// Facts about this running console that the Admin page and the About box show. Filled by the
/// composition root, which is the only place that knows them all.
struct SystemInfo {
    QString appVersion;
    QString qtVersion;
    QString gstreamerVersion;
    QString opencvVersion;
    QString hubDisplay;  ///< hub URL without credentials, or empty
    QString hubSource;   ///< "demo", "command line", "settings", or empty
    QString cachePath;
    int cacheSchemaVersion = 0;
    /// What opening the cache did: "created", "upToDate", "upgraded" (from cacheFromVersion),
    /// "movedAside" (a corrupt file was renamed to cacheMovedAsidePath and a fresh one made).
    QString cacheOutcome;
    int cacheFromVersion = 0;
    QString cacheMovedAsidePath;
    QString logPath;
    QString dataDir;  ///< where the bundled data came from at build time
};

}  // namespace bg
