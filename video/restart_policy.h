#pragma once

#include <QtGlobal>

namespace bg {

/// What happened to a live stream, as the restart policy sees it.
enum class StreamEvent {
    Playing,       ///< the first frame arrived after a (re)start
    Error,         ///< the pipeline failed (connection refused, network error, EOS…)
    NoFrames,      ///< the no-frame watchdog fired while playing
    Unauthorized,  ///< the camera answered 401: wrong or missing credentials
    NotFound,      ///< the camera answered 404: no such stream
};

struct RestartPolicyConfig {
    int initialDelayMs = 500;  ///< first retry
    int maxDelayMs = 30000;    ///< cap of the exponential backoff
    double multiplier = 2.0;
    double jitter = 0.2;   ///< ±20 % so a hundred cameras do not retry in lock-step
    int stableMs = 10000;  ///< playing this long resets the backoff
    /// Credentials and paths do not fix themselves: retry those slowly.
    int configurationErrorDelayMs = 30000;
};

/// The policy's memory of one stream.
struct RestartState {
    int consecutiveFailures = 0;
    qint64 playingSinceMs = -1;  ///< -1 when not playing
};

struct RestartDecision {
    bool restart = false;
    int delayMs = 0;
    friend bool operator==(const RestartDecision&, const RestartDecision&) = default;
};

/// Reconnect policy of a live stream as a pure function (no GStreamer, no clock, no randomness
/// of its own: `random01` in [0, 1) comes from the caller), so it is tested as a state machine.
/// Exponential backoff with jitter, capped; the count resets once a stream has played for
/// `stableMs`, so a camera that flaps every few seconds still backs off.
RestartDecision decideRestart(const RestartPolicyConfig& config, RestartState& state,
                              StreamEvent event, qint64 nowMs, double random01);

}  // namespace bg
