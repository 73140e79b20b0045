#include "video/restart_policy.h"

#include <algorithm>
#include <cmath>

namespace bg {

RestartDecision decideRestart(const RestartPolicyConfig& c, RestartState& s, StreamEvent event,
                              qint64 nowMs, double random01) {
    if (event == StreamEvent::Playing) {
        s.playingSinceMs = nowMs;
        return {};
    }
    // A failure. Only a stream that played long enough earns a fresh start of the backoff.
    if (s.playingSinceMs >= 0 && nowMs - s.playingSinceMs >= c.stableMs) s.consecutiveFailures = 0;
    s.playingSinceMs = -1;
    ++s.consecutiveFailures;
    if (event == StreamEvent::Unauthorized || event == StreamEvent::NotFound)
        return {true, c.configurationErrorDelayMs};
    const double base = c.initialDelayMs * std::pow(c.multiplier, s.consecutiveFailures - 1);
    const double capped = std::min<double>(base, c.maxDelayMs);
    const double factor = 1.0 + c.jitter * (2.0 * std::clamp(random01, 0.0, 1.0) - 1.0);
    const int delay = int(std::lround(std::clamp(capped * factor, 0.0, double(c.maxDelayMs))));
    return {true, delay};
}

}  // namespace bg
