#pragma once

#include "camera_options.h"

#include <QString>
#include <QStringList>

namespace sim {

/// What `bitgoeul-sim` was asked to do.
struct SimOptions {
    enum class Action { Run, Help, Version, Error };
    Action action = Action::Run;
    quint16 hubPort = 0;          ///< 0: any free port (the chosen one is printed)
    bool exitWithParent = false;  ///< quit when standard input closes (the console died)
    CameraOptions cameras;        ///< the simulated RTSP cameras
    QString message;              ///< help text, or the one-line error
};

/// Parses the simulator's arguments (arguments[0] is the program). Own code, on purpose:
/// the simulator shares nothing with the console's libraries.
SimOptions parseSimOptions(const QStringList& arguments);

}  // namespace sim
