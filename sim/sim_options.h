#pragma once

#include "camera_options.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sim {

/// What `bitgoeul-sim` was asked to do.
struct SimOptions {
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    quint16 hubPort = 0;           ///< 0: any free port (the chosen one is printed)
    bool exitWithParent = false;   ///< quit when standard input closes (the console died)
    QString dataDir;               ///< empty: the built-in default, then the installed copy
    double speed = 1.0;            ///< simulated seconds per real second
    quint32 seed = 0;              ///< meaningful only when seedSet
    bool seedSet = false;          ///< false: a random seed, reported on standard error
    QDateTime startTime;           ///< invalid: now
    double alertRatePerMin = 3.0;  ///< alerts per simulated minute, across all categories
    CameraOptions cameras;         ///< the simulated RTSP cameras (their port is in the URLs)
    QString message;               ///< help text, or the one-line error
};

/// Parses the simulator's arguments (arguments[0] is the program). Own code, on purpose:
/// the simulator shares nothing with the console's libraries.
SimOptions parseSimOptions(const QStringList& arguments);

}  // namespace sim
