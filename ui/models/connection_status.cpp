#include "ui/models/connection_status.h"

#include "core/seoul_time.h"

#include <QCoreApplication>

namespace bg {

ConnectionStatusView presentConnection(const ConnectionState& s, const QString& hubDisplay) {
    ConnectionStatusView v;
    switch (s.link) {
        case HubLink::NotConfigured:
            v.text = QCoreApplication::translate("ConnectionStatus", "No hub configured");
            v.tooltip = QCoreApplication::translate(
                "ConnectionStatus",
                "Start with --hub URL or --demo, or set the hub on the Admin page.");
            v.tone = ConnectionStatusView::Tone::Warning;
            break;
        case HubLink::Connecting:
            v.text = QCoreApplication::translate("ConnectionStatus", "Connecting to the hub…");
            v.tooltip = hubDisplay;
            v.tone = ConnectionStatusView::Tone::Neutral;
            break;
        case HubLink::Online:
            v.text = QCoreApplication::translate("ConnectionStatus", "Hub online");
            v.tooltip = QCoreApplication::translate("ConnectionStatus", "%1\nlast answer %2")
                            .arg(hubDisplay, formatSeoulDateTime(s.lastContact));
            v.tone = ConnectionStatusView::Tone::Good;
            break;
        case HubLink::Offline:
            v.text =
                QCoreApplication::translate("ConnectionStatus", "Offline since %1 — cached data")
                    .arg(formatSeoulHourMinute(s.offlineSince));
            v.tooltip = QCoreApplication::translate("ConnectionStatus", "%1\n%2\nfailed probes: %3")
                            .arg(hubDisplay, s.detail)
                            .arg(s.consecutiveFailures);
            v.tone = ConnectionStatusView::Tone::Bad;
            break;
    }
    return v;
}

}  // namespace bg
