#include "hub/retry_policy.h"

#include <algorithm>
#include <cmath>

namespace bg {

bool isRetryable(HubOutcome outcome) {
    switch (outcome) {
        case HubOutcome::ServerError:
        case HubOutcome::Timeout:
        case HubOutcome::ConnectionError:
            return true;
        case HubOutcome::Success:
        case HubOutcome::ClientError:
            return false;
    }
    return false;
}

std::optional<int> RetryPolicy::nextDelayMs(HubOutcome outcome, int retriesDone,
                                            double jitter) const {
    if (!isRetryable(outcome) || retriesDone >= maxRetries || retriesDone < 0) return std::nullopt;
    // Doubling in floating point so a large retriesDone saturates at the cap instead of
    // overflowing an int.
    const double full =
        std::min(double(maxDelayMs), std::max(0, baseMs) * std::pow(2.0, retriesDone));
    const double j = std::clamp(jitter, 0.0, 1.0);
    return int(std::lround(full / 2.0 + j * full / 2.0));
}

}  // namespace bg
