// bitgoeul: the operator console. Parses the command line, then hands over to ConsoleApp.
#include "cli/console_options.h"
#include "console_app.h"

#include <QApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char** argv) {
    QStringList args;
    for (int i = 0; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    // Parse before any QApplication exists, so --help, --version and errors work without a display.
    auto parsed = bg::parseConsoleOptions(args);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed.error()));
        return 2;
    }
    if (parsed.value().action == bg::ConsoleOptions::Action::Version) {
        std::printf("bitgoeul %s\n", BITGOEUL_VERSION);
        return 0;
    }
    if (parsed.value().action == bg::ConsoleOptions::Action::Help) {
        QCoreApplication app(argc, argv);
        std::printf("%s", qPrintable(bg::parseConsoleOptions(args).value().helpText));
        return 0;
    }

    QApplication::setOrganizationName(QStringLiteral("Bitgoeul"));
    QApplication::setApplicationName(QStringLiteral("bitgoeul"));
    QApplication::setApplicationDisplayName(QStringLiteral("Bitgoeul Console"));
    QApplication::setApplicationVersion(QStringLiteral(BITGOEUL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("bitgoeul"));
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("bitgoeul.*.debug=false"));
    ConsoleApp console(std::move(parsed).value());
    return console.run();
}
