#include "core/connection_state.h"

#include <algorithm>

namespace bg {

ConnectionState nextConnectionState(ConnectionState s, bool reachable, const QString& detail,
                                    const QDateTime& now) {
    s.detail = detail;
    if (reachable) {
        s.link = HubLink::Online;
        s.lastContact = now;
        s.offlineSince = {};
        s.consecutiveFailures = 0;
        return s;
    }
    if (s.link != HubLink::Offline) s.offlineSince = now;
    s.link = HubLink::Offline;
    ++s.consecutiveFailures;
    return s;
}

int nextProbeDelayMs(const ConnectionState& s, int baseMs, int maxMs) {
    if (s.link != HubLink::Offline) return baseMs;
    const int shift = std::clamp(s.consecutiveFailures - 1, 0, 10);
    return int(std::min<qint64>(qint64(baseMs) << shift, maxMs));
}

}  // namespace bg
