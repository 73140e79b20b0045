#pragma once

#include <QDateTime>
#include <QString>

namespace bg {

enum class HubLink { NotConfigured, Connecting, Online, Offline };

/// What the console knows about its link to the data hub. A plain value; `next` is the only
/// way it changes, so the status bar and the offline banner are a pure function of probes.
struct ConnectionState {
    HubLink link = HubLink::NotConfigured;
    QDateTime offlineSince;  ///< first failed probe after the last success (UTC)
    QDateTime lastContact;   ///< last successful probe (UTC)
    int consecutiveFailures = 0;
    QString detail;  ///< the last probe's explanation

    friend bool operator==(const ConnectionState&, const ConnectionState&) = default;
};

/// Folds one probe result into the state.
ConnectionState nextConnectionState(ConnectionState state, bool reachable, const QString& detail,
                                    const QDateTime& now);

/// Milliseconds until the next probe: steady while online, backing off while offline
/// (base, 2×, 4× … capped at maxMs) so a dead hub is not hammered.
int nextProbeDelayMs(const ConnectionState& state, int baseMs = 5000, int maxMs = 30000);

}  // namespace bg
