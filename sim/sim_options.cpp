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
    p.addOptions({help, version, hubPort, exitWithParent});
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
    o.exitWithParent = p.isSet(exitWithParent);
    if (const QString e = CameraOptions::readFrom(p, &o.cameras); !e.isEmpty()) return error(e);
    return o;
}

}  // namespace sim
