#include "video/cpu_meter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <unistd.h>

namespace bg {

namespace {
qint64 monotonicNs() {
    static QElapsedTimer t;
    if (!t.isValid()) t.start();
    return t.nsecsElapsed();
}
}  // namespace

double CpuMeter::processCpuSeconds() {
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    const QByteArray line = f.readAll();
    // Fields after the command name, which is in parentheses and may contain spaces.
    const int close = line.lastIndexOf(')');
    if (close < 0) return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 13) return -1;
    const double ticks = fields[11].toDouble() + fields[12].toDouble();  // utime, stime
    return ticks / double(sysconf(_SC_CLK_TCK));
}

CpuMeter::CpuMeter() : m_cores(std::max(1, QThread::idealThreadCount())) {
    m_lastCpuS = processCpuSeconds();
    m_lastWallNs = monotonicNs();
}

double CpuMeter::sample() {
    const double cpu = processCpuSeconds();
    const qint64 wall = monotonicNs();
    const double dWall = double(wall - m_lastWallNs) / 1e9;
    double load = -1;
    if (cpu >= 0 && m_lastCpuS >= 0 && dWall > 0) load = (cpu - m_lastCpuS) / dWall / m_cores;
    m_lastCpuS = cpu;
    m_lastWallNs = wall;
    return load;
}

}  // namespace bg
