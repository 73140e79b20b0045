#include "services/hub_monitor.h"

#include "core/hub_probe.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServices, "bitgoeul.services")

namespace bg {

HubMonitor::HubMonitor(HubProbe* probe, QObject* parent, int baseDelayMs, int maxDelayMs,
                       Clock clock)
    : QObject(parent),
      m_probe(probe),
      m_timer(new QTimer(this)),
      m_baseDelayMs(baseDelayMs),
      m_maxDelayMs(maxDelayMs),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    qRegisterMetaType<bg::ConnectionState>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HubMonitor::probeNow);
    if (m_probe) {
        connect(m_probe, &HubProbe::finished, this, &HubMonitor::onProbed);
        m_state.link = HubLink::Connecting;
    }
}

void HubMonitor::start() {
    if (!m_probe) return;
    probeNow();
}

void HubMonitor::stop() {
    m_timer->stop();
}

void HubMonitor::probeNow() {
    if (!m_probe) return;
    m_timer->stop();
    m_probe->probe();
}

void HubMonitor::onProbed(bool reachable, const QString& detail) {
    const ConnectionState next = nextConnectionState(m_state, reachable, detail, m_clock());
    const bool linkChanged = next.link != m_state.link;
    m_state = next;
    if (linkChanged) {
        if (reachable)
            qCInfo(lcServices).noquote() << "hub online:" << detail;
        else
            qCWarning(lcServices).noquote() << "hub offline:" << detail;
    }
    Q_EMIT stateChanged(m_state);
    m_timer->start(nextProbeDelayMs(m_state, m_baseDelayMs, m_maxDelayMs));
}

}  // namespace bg
