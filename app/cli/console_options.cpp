#include "cli/console_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bg {

namespace {
QString fail(const QString& message) {
    return QStringLiteral("bitgoeul: %1. Try 'bitgoeul --help'.").arg(message);
}
}  // namespace

QStringList consolePageNames() {
    return {QStringLiteral("map"),    QStringLiteral("wall"),     QStringLiteral("dashboards"),
            QStringLiteral("alerts"), QStringLiteral("playback"), QStringLiteral("admin")};
}

QStringList consoleDashboardSections() {
    return {QStringLiteral("overview"),   QStringLiteral("parking"),   QStringLiteral("mega"),
            QStringLiteral("crosswalks"), QStringLiteral("recycling"), QStringLiteral("alerts")};
}

QString checkHubUrl(const QUrl& url, const QString& option) {
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty())
        return QStringLiteral("%1 must be an http:// or https:// URL with a host, not '%2'")
            .arg(option, url.toDisplayString(QUrl::RemoveUserInfo));
    return {};
}

Result<ConsoleOptions> parseConsoleOptions(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Bitgoeul Console: the operator console of Gwangju Dong-gu's CCTV control center.\n"
        "Without --hub or --demo it connects to the hub saved in its settings, and when none is\n"
        "saved it starts the embedded default (bitgoeul-sim) as with --demo."));
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Start bitgoeul-sim on free loopback ports, "
                                                 "connect to it, stop it on exit."));
    const QCommandLineOption hub(QStringLiteral("hub"),
                                 QStringLiteral("NGSI-LD data hub base URL, e.g. "
                                                "http://hub.example:1026."),
                                 QStringLiteral("URL"));
    const QCommandLineOption cache(QStringLiteral("cache"),
                                   QStringLiteral("SQLite cache file (default: in the user's "
                                                  "application data folder)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the main window to this PNG and quit."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption shotAfter(QStringLiteral("screenshot-after"),
                                       QStringLiteral("Seconds to wait before --screenshot "
                                                      "(default 3)."),
                                       QStringLiteral("SECONDS"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("User interface language: ko or en (default: "
                                                 "the system locale)."),
                                  QStringLiteral("ko|en"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("Page to open first: %1.")
                                      .arg(consolePageNames().join(QStringLiteral(", "))),
                                  QStringLiteral("NAME"));
    const QCommandLineOption selective(
        QStringLiteral("selective"),
        QStringLiteral("Start the video wall in selective monitoring mode: the console fills "
                       "it with the cameras where something is happening."));
    const QCommandLineOption dashboard(
        QStringLiteral("dashboard"),
        QStringLiteral("Section of the Dashboards page to show: %1.")
            .arg(consoleDashboardSections().join(QStringLiteral(", "))),
        QStringLiteral("SECTION"));
    p.addOptions(
        {help, version, demo, hub, cache, shot, shotAfter, lang, page, selective, dashboard});

    if (!p.parse(arguments)) return Result<ConsoleOptions>::fail(fail(p.errorText()));
    if (!p.positionalArguments().isEmpty())
        return Result<ConsoleOptions>::fail(
            fail(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first())));

    ConsoleOptions o;
    if (p.isSet(help)) {
        o.action = ConsoleOptions::Action::Help;
        // QCommandLineParser::helpText() needs the application object for the program name.
        if (QCoreApplication::instance()) o.helpText = p.helpText();
        return Result<ConsoleOptions>::ok(o);
    }
    if (p.isSet(version)) {
        o.action = ConsoleOptions::Action::Version;
        return Result<ConsoleOptions>::ok(o);
    }
    o.demo = p.isSet(demo);
    o.selective = p.isSet(selective);
    if (p.isSet(hub)) {
        if (o.demo)
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--demo and --hub cannot be used together")));
        o.hubUrl = QUrl(p.value(hub), QUrl::StrictMode);
        if (const QString e = checkHubUrl(o.hubUrl, QStringLiteral("--hub")); !e.isEmpty())
            return Result<ConsoleOptions>::fail(fail(e));
    }
    if (p.isSet(cache)) {
        o.cachePath = p.value(cache);
        if (o.cachePath.trimmed().isEmpty())
            return Result<ConsoleOptions>::fail(fail(QStringLiteral("--cache needs a file name")));
    }
    if (p.isSet(shot)) {
        o.screenshotPath = p.value(shot);
        if (!o.screenshotPath.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--screenshot must name a .png file, not '%1'")
                         .arg(o.screenshotPath)));
    }
    if (p.isSet(shotAfter)) {
        bool ok = false;
        o.screenshotAfterS = p.value(shotAfter).toDouble(&ok);
        if (!ok || o.screenshotAfterS < 0 || o.screenshotAfterS > 3600)
            return Result<ConsoleOptions>::fail(fail(
                QStringLiteral("--screenshot-after must be a number of seconds from 0 to 3600, "
                               "not '%1'")
                    .arg(p.value(shotAfter))));
        if (!p.isSet(shot))
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--screenshot-after needs --screenshot FILE")));
    }
    if (p.isSet(lang)) {
        o.lang = p.value(lang).toLower();
        if (o.lang != u"ko" && o.lang != u"en")
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--lang must be ko or en, not '%1'").arg(p.value(lang))));
    }
    if (p.isSet(page)) {
        o.page = p.value(page).toLower();
        if (!consolePageNames().contains(o.page))
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--page must be one of %1, not '%2'")
                         .arg(consolePageNames().join(QStringLiteral(", ")), p.value(page))));
    }
    if (p.isSet(dashboard)) {
        o.dashboard = p.value(dashboard).toLower();
        if (!consoleDashboardSections().contains(o.dashboard))
            return Result<ConsoleOptions>::fail(
                fail(QStringLiteral("--dashboard must be one of %1, not '%2'")
                         .arg(consoleDashboardSections().join(QStringLiteral(", ")),
                              p.value(dashboard))));
    }
    return Result<ConsoleOptions>::ok(o);
}

}  // namespace bg
