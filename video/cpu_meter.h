#pragma once

#include <QtGlobal>

namespace bg {

/// This process's CPU use as a share of all cores, from /proc/self/stat between two calls.
///
/// Threading: one caller.
class CpuMeter {
public:
    CpuMeter();
    /// Share of all cores (0..1) used since the previous call (or construction); -1 if unknown.
    double sample();
    /// CPU seconds (user + system) this process has used so far; -1 if unknown.
    static double processCpuSeconds();

private:
    double m_lastCpuS = -1;
    qint64 m_lastWallNs = 0;
    int m_cores = 1;
};

}  // namespace bg
