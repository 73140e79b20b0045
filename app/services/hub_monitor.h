#pragma once

#include "core/connection_state.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace bg {

class HubProbe;

/// Keeps the hub connection state current by probing the hub: steadily while it answers, with
/// backoff while it does not. Without a probe (no hub configured) the state stays NotConfigured.
///
/// Threading: lives on the GUI thread with its probe.
class HubMonitor : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit HubMonitor(HubProbe* probe, QObject* parent = nullptr, int baseDelayMs = 5000,
                        int maxDelayMs = 30000, Clock clock = {});

    void start();
    void stop();
    /// Probes now instead of waiting for the timer (e.g. the operator clicked "retry").
    void probeNow();
    const ConnectionState& state() const { return m_state; }

Q_SIGNALS:
    void stateChanged(const bg::ConnectionState& state);

private:
    void onProbed(bool reachable, const QString& detail);

    QPointer<HubProbe> m_probe;
    QTimer* m_timer;
    int m_baseDelayMs;
    int m_maxDelayMs;
    Clock m_clock;
    ConnectionState m_state;
};

}  // namespace bg

Q_DECLARE_METATYPE(bg::ConnectionState)
