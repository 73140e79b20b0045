// bitgoeulctl: the headless tool for operators' scripts and diagnostics.
#include "cli/ctl_options.h"
#include "core/logging.h"
#include "ctl_commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QLoggingCategory>
#include <memory>

#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication::setOrganizationName(QStringLiteral("Bitgoeul"));
    QCoreApplication::setApplicationName(QStringLiteral("bitgoeulctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITGOEUL_VERSION));
    // The PDF report lays out text: that needs fonts, hence a GUI application (offscreen).
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = needsGui
                                                ? std::make_unique<QGuiApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    // Diagnostics go to stderr only: stdout is for results that scripts parse. Debug lines only
    // when asked for (QT_LOGGING_RULES overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("bitgoeul.*.debug=false"));
    (void)bg::installLogSink({});

    auto parsed = bg::parseCtlOptions(QCoreApplication::arguments());
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error()));
        return 2;
    }
    const bg::CtlOptions& options = parsed.value();
    if (options.action == bg::CtlOptions::Action::Help) {
        std::printf("%s", qPrintable(options.helpText));
        return 0;
    }
    if (options.action == bg::CtlOptions::Action::Version) {
        std::printf("bitgoeulctl %s\n", BITGOEUL_VERSION);
        return 0;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = runCtlCommand(options, out, err);
    out.flush();
    err.flush();
    return status;
}
