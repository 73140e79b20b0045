#pragma once

#include "core/result.h"

#include <QStringList>
#include <QUrl>

namespace bg {

/// What `bitgoeul` was asked to do on its command line.
struct ConsoleOptions {
    enum class Action { Run, Help, Version };
    Action action = Action::Run;
    bool demo = false;            ///< start bitgoeul-sim as a child and connect to it
    QUrl hubUrl;                  ///< --hub URL (empty: settings, then the embedded default)
    QString cachePath;            ///< --cache FILE (empty: AppDataLocation/cache.sqlite)
    QString screenshotPath;       ///< --screenshot FILE
    double screenshotAfterS = 3;  ///< --screenshot-after SECONDS
    QString lang;                 ///< "ko", "en" or empty for the system locale
    QString page;                 ///< --page NAME: the page to open first
    bool selective = false;       ///< --selective: the wall starts in selective mode
    QString dashboard;            ///< --dashboard SECTION: the Dashboards page's section
    QString helpText;             ///< for Action::Help, when a QCoreApplication exists
};

/// The page names `--page` takes, in the order the window shows them.
QStringList consolePageNames();

/// The sections `--dashboard` takes (the Dashboards page's own names for them).
QStringList consoleDashboardSections();

/// Parses `arguments` (arguments[0] is the program). On failure the error is one line for
/// stderr, e.g. "bitgoeul: --lang must be ko or en, not 'fr'. Try 'bitgoeul --help'."
Result<ConsoleOptions> parseConsoleOptions(const QStringList& arguments);

/// Checks a hub URL given on a command line: http(s) with a host. Empty when fine.
QString checkHubUrl(const QUrl& url, const QString& option);

}  // namespace bg
