#pragma once

#include "core/connection_state.h"

#include <QString>

namespace bg {

/// How the status bar shows the hub link: text, a tooltip with the detail, and a tone.
struct ConnectionStatusView {
    enum class Tone { Neutral, Good, Warning, Bad };
    QString text;
    QString tooltip;
    Tone tone = Tone::Neutral;
    friend bool operator==(const ConnectionStatusView&, const ConnectionStatusView&) = default;
};

/// Presents the connection state in the current language, e.g. "Hub offline since 14:05 —
/// cached data" (times in Asia/Seoul). `hubDisplay` is the hub URL without credentials.
ConnectionStatusView presentConnection(const ConnectionState& state, const QString& hubDisplay);

}  // namespace bg
