#pragma once
// Small helpers the benchmarks share (header-only: each benchmark is one executable).

#include <QEventLoop>
#include <QHostAddress>
#include <QTcpServer>
#include <QTimer>
#include <QVector>

#include <algorithm>

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

}  // namespace benchsupport
