#pragma once

#include "core/result.h"

#include <QStringList>
#include <QUrl>

namespace bg {

/// What `bitgoeulctl` was asked to do: `bitgoeulctl <command> [<subcommand>] [options]`.
struct CtlOptions {
    enum class Action { Run, Help, Version };
    Action action = Action::Run;
    QString command;     ///< "cache", "diag" …
    QString subcommand;  ///< "info", "migrate" … (empty for commands without one)
    QString cachePath;   ///< --cache FILE
    QString format = QStringLiteral("text");   ///< --format text|json
    QStringList urls;                          ///< --url URL (repeatable)
    double seconds = 10;                       ///< --seconds S
    QUrl hubUrl;                               ///< hub sync: --hub URL
    QStringList types;                         ///< hub sync: --types T1,T2; cache list: --type T
    QString token;                             ///< hub sync: --token T
    QString dialect = QStringLiteral("etsi");  ///< hub sync: --dialect etsi|keti
    QString state;                             ///< alerts list: --state S
    double hours = 8;                          ///< report shift: --hours N
    QString out;                               ///< report shift: --out FILE.pdf
    QString input;                             ///< detect: --input FILE_OR_URL
    QString model;     ///< detect: --model PATH (empty: the configured default)
    int stride = 1;    ///< detect: --stride S
    int frames = 10;   ///< detect: --frames K
    QString helpText;  ///< for Action::Help, when a QCoreApplication exists
};

/// The commands bitgoeulctl knows, "command subcommand", for help and errors.
QStringList ctlCommands();

/// Parses `arguments` (arguments[0] is the program). Errors are one line for stderr naming the
/// option or command, e.g. "bitgoeulctl: unknown command 'frob'. Try 'bitgoeulctl --help'.".
Result<CtlOptions> parseCtlOptions(const QStringList& arguments);

}  // namespace bg
