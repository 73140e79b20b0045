#pragma once

#include "cli/console_options.h"

#include <QUrl>

#include <memory>

namespace bg {
struct ConnectionState;
}

/// The console's composition root: the only place that builds the concrete objects (cache
/// writer, entity store, hub probe and monitor, simulator, language, main window) and hands
/// them to each other. Nothing else creates services; nothing uses `instance()`.
class ConsoleApp {
public:
    explicit ConsoleApp(bg::ConsoleOptions options);
    ~ConsoleApp();

    /// Builds everything, shows the window and runs the event loop; returns the exit status.
    int run();

private:
    struct Parts;
    void wireData(const QUrl& hubUrl);
    void wireIncidents();
    void onHubState(const bg::ConnectionState& state);
    bg::ConsoleOptions m_options;
    std::unique_ptr<Parts> m_parts;
};
