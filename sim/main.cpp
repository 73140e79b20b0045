// bitgoeul-sim: the embedded default of Bitgoeul Console (a simulated Dong-gu data hub).
#include "camera_service.h"
#include "city_data.h"
#include "city_model.h"
#include "context_store.h"
#include "hub_server.h"
#include "sim_options.h"
#include "sim_runner.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>

#include <unistd.h>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bitgoeul-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITGOEUL_VERSION));

    sim::SimOptions options = sim::parseSimOptions(QCoreApplication::arguments());
    switch (options.action) {
        case sim::SimOptions::Action::Error:
            std::fprintf(stderr, "%s\n", qPrintable(options.message));
            return 2;
        case sim::SimOptions::Action::Help:
            std::printf("%s", qPrintable(options.message));
            return 0;
        case sim::SimOptions::Action::Version:
            std::printf("bitgoeul-sim %s\n", BITGOEUL_VERSION);
            return 0;
        case sim::SimOptions::Action::Run:
            break;
    }

    // The cameras' URLs in the hub carry the RTSP port, and the model is built before the RTSP
    // server listens (on its own thread): "any free port" is chosen here, so the URLs and the
    // server agree.
    if (options.cameras.rtsp && options.cameras.rtspPort == 0) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, 0)) options.cameras.rtspPort = probe.serverPort();
    }

    sim::CameraService cameras(options.cameras);
    if (const int code = cameras.runOneShot(); code >= 0) return code;

    const QString dataDir = sim::CityData::resolveDataDir(options.dataDir);
    if (dataDir.isEmpty()) {
        std::fprintf(stderr,
                     "bitgoeul-sim: no data folder found (neither the build's nor "
                     "share/bitgoeul/data); give one with --data-dir\n");
        return 1;
    }
    QString error;
    const auto data = sim::CityData::load(dataDir, sim::CityData::builtInScenario(), &error);
    if (!data) {
        std::fprintf(stderr, "bitgoeul-sim: %s\n", qPrintable(error));
        return 1;
    }
    if (!options.seedSet) options.seed = QRandomGenerator::system()->generate();
    if (!options.startTime.isValid()) options.startTime = QDateTime::currentDateTimeUtc();

    sim::ContextStore store;
    sim::CityModel::Options modelOptions;
    modelOptions.seed = options.seed;
    modelOptions.start = options.startTime;
    modelOptions.alertRatePerMin = options.alertRatePerMin;
    modelOptions.rtspPort = options.cameras.rtspPort;
    sim::CityModel model(*data, &store, modelOptions);
    model.populate();
    sim::SimRunner runner(&model, options.startTime, options.speed);

    sim::HubServer hub(&store, [&runner] { return runner.now(); });
    hub.setHealthExtras([&] {
        return QJsonObject{{QStringLiteral("seed"), qint64(options.seed)},
                           {QStringLiteral("speed"), options.speed},
                           {QStringLiteral("modelTime"), model.time().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("cameras"), model.cameraCount()},
                           {QStringLiteral("alertsRaised"), model.alertsRaised()},
                           {QStringLiteral("dataDir"), dataDir}};
    });
    const quint16 port = hub.listen(options.hubPort);
    if (port == 0) {
        std::fprintf(stderr, "bitgoeul-sim: cannot listen on 127.0.0.1:%u (port in use?)\n",
                     unsigned(options.hubPort));
        return 1;
    }
    runner.start();
    // The console reads this line to find the hub; keep its format.
    std::printf("HUB_URL=http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr,
                 "bitgoeul-sim: %d entities from %s, seed %u, start %s, speed %g, %g alerts/min\n",
                 int(store.entities().size()), qPrintable(QDir::toNativeSeparators(dataDir)),
                 options.seed, qPrintable(options.startTime.toString(Qt::ISODate)), options.speed,
                 options.alertRatePerMin);
    if (!cameras.start()) return 1;

    if (options.exitWithParent) {
        // Our standard input is a pipe from the console: EOF means it is gone, even if killed.
        auto* stdinWatch = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, &app);
        QObject::connect(stdinWatch, &QSocketNotifier::activated, &app, [stdinWatch] {
            char buf[256];
            if (::read(STDIN_FILENO, buf, sizeof buf) <= 0) {
                stdinWatch->setEnabled(false);
                QCoreApplication::quit();
            }
        });
    }
    return app.exec();
}
