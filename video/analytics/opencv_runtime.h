#pragma once

#include <QString>
#include <QStringList>

namespace bg {

/// "OpenCV 4.6.0" — the library the analytics run on.
QString opencvVersion();

/// The DNN backends OpenCV offers on this machine ("OpenCV/CPU", …), for `bitgoeulctl diag`.
QStringList opencvDnnBackends();

}  // namespace bg
