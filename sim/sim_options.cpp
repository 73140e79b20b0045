#include "sim_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace sim {

SimOptions parseSimOptions(const QStringList& arguments) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "bitgoeul-sim: a simulated Gwangju Dong-gu data hub (NGSI-LD over HTTP) for Bitgoeul "
        "Console.\nOn start it prints one line 'HUB_URL=http://127.0.0.1:PORT' on standard "
        "output when the hub is listening."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QStringLiteral("Show the version and exit."));
    const QCommandLineOption hubPort(QStringLiteral("hub-port"),
                                     QStringLiteral("TCP port of the NGSI-LD hub on 127.0.0.1 "
                                                    "(0, the default: any free port)."),
                                     QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption exitWithParent(
        QStringLiteral("exit-with-parent"),
        QStringLiteral("Quit when standard input closes, i.e. when the program that started the "
                       "simulator ends, even if it was killed."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Folder with the public data (facilities/, map/); default: the build's "
                       "shared data folder, else the installed share/bitgoeul/data."),
        QStringLiteral("DIR"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Run simulated time N times faster than real time (default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the random generator: the same seed and start time give the same "
                       "entities and the same values (default: random, printed on stderr)."),
        QStringLiteral("S"));
    const QCommandLineOption startTime(
        QStringLiteral("start-time"),
        QStringLiteral("Simulated start time, ISO 8601 with an offset or Z "
                       "(e.g. 2026-03-02T09:00:00+09:00; default: now)."),
        QStringLiteral("ISO"));
    const QCommandLineOption alertRate(
        QStringLiteral("alert-rate"),
        QStringLiteral("Alerts raised per simulated minute across all categories (default 3; "
                       "0: none)."),
        QStringLiteral("PER_MIN"), QStringLiteral("3"));
    p.addOptions(
        {help, version, hubPort, exitWithParent, dataDir, speed, seed, startTime, alertRate});
    CameraOptions::addTo(p);

    SimOptions o;
    const auto error = [&o](const QString& text) {
        o.action = SimOptions::Action::Error;
        o.message = QStringLiteral("bitgoeul-sim: %1. Try 'bitgoeul-sim --help'.").arg(text);
        return o;
    };
    if (!p.parse(arguments)) return error(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return error(
            QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    if (p.isSet(help)) {
        o.action = SimOptions::Action::Help;
        if (QCoreApplication::instance()) o.message = p.helpText();
        return o;
    }
    if (p.isSet(version)) {
        o.action = SimOptions::Action::Version;
        return o;
    }
    bool ok = false;
    const uint port = p.value(hubPort).toUInt(&ok);
    if (!ok || port > 65535)
        return error(QStringLiteral("--hub-port must be a port number from 0 to 65535, not '%1'")
                         .arg(p.value(hubPort)));
    o.hubPort = quint16(port);
    if (const QString e = CameraOptions::readFrom(p, &o.cameras); !e.isEmpty()) return error(e);
    o.exitWithParent = p.isSet(exitWithParent);
    o.dataDir = p.value(dataDir);
    if (p.isSet(dataDir) && o.dataDir.isEmpty())
        return error(QStringLiteral("--data-dir must name a folder"));

    o.speed = p.value(speed).toDouble(&ok);
    // Beyond 10^5 one real second would cover more than a simulated day of minute ticks.
    if (!ok || !(o.speed > 0.0) || o.speed > 100000.0)
        return error(QStringLiteral("--speed must be a number above 0 and at most 100000, not '%1'")
                         .arg(p.value(speed)));
    if (p.isSet(seed)) {
        const qulonglong s = p.value(seed).toULongLong(&ok);
        if (!ok || s > 0xffffffffULL)
            return error(QStringLiteral("--seed must be a whole number from 0 to 4294967295, "
                                        "not '%1'")
                             .arg(p.value(seed)));
        o.seed = quint32(s);
        o.seedSet = true;
    }
    if (p.isSet(startTime)) {
        o.startTime = QDateTime::fromString(p.value(startTime), Qt::ISODateWithMs);
        if (!o.startTime.isValid())
            o.startTime = QDateTime::fromString(p.value(startTime), Qt::ISODate);
        if (!o.startTime.isValid())
            return error(QStringLiteral("--start-time must be an ISO 8601 date-time such as "
                                        "2026-03-02T09:00:00+09:00, not '%1'")
                             .arg(p.value(startTime)));
        o.startTime = o.startTime.toUTC();
    }
    o.alertRatePerMin = p.value(alertRate).toDouble(&ok);
    if (!ok || o.alertRatePerMin < 0.0 || o.alertRatePerMin > 1000.0)
        return error(QStringLiteral("--alert-rate must be a number from 0 to 1000, not '%1'")
                         .arg(p.value(alertRate)));
    return o;
}

}  // namespace sim
