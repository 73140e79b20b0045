#pragma once

#include <optional>

namespace bg {

/// How one HTTP exchange with the hub ended, as far as retrying is concerned.
enum class HubOutcome {
    Success,          ///< 2xx (and a 409 on a create: the hub already has it)
    ClientError,      ///< 4xx: the request itself is wrong; repeating it cannot help
    ServerError,      ///< 5xx
    Timeout,          ///< no complete answer within the transfer timeout
    ConnectionError,  ///< refused, reset, DNS, TLS, or a body cut short
};

/// True for the outcomes worth trying again later: 5xx, timeouts and connection errors.
bool isRetryable(HubOutcome outcome);

/// Exponential backoff with jitter for hub requests; pure, so it is tested without a network.
/// The n-th retry (n = 0, 1, …) waits between half and all of `baseMs · 2ⁿ`, capped at
/// `maxDelayMs`; the jitter spreads the retries of many consoles after a hub restart.
struct RetryPolicy {
    int maxRetries = 3;
    int baseMs = 500;
    int maxDelayMs = 30000;

    /// The delay before the next attempt, or nothing when the request must not (4xx, success)
    /// or may no longer (`retriesDone` ≥ maxRetries) be repeated. `jitter` is in [0, 1).
    std::optional<int> nextDelayMs(HubOutcome outcome, int retriesDone, double jitter) const;
};

}  // namespace bg
