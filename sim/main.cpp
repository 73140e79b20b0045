// bitgoeul-sim: the embedded default of Bitgoeul Console (a simulated Dong-gu data hub).
#include "camera_service.h"
#include "hub_server.h"
#include "sim_options.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <unistd.h>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bitgoeul-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BITGOEUL_VERSION));

    const sim::SimOptions options = sim::parseSimOptions(QCoreApplication::arguments());
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

    sim::CameraService cameras(options.cameras);
    if (const int code = cameras.runOneShot(); code >= 0) return code;

    sim::HubServer hub;
    const quint16 port = hub.listen(options.hubPort);
    if (port == 0) {
        std::fprintf(stderr, "bitgoeul-sim: cannot listen on 127.0.0.1:%u (port in use?)\n",
                     unsigned(options.hubPort));
        return 1;
    }
    // The console reads this line to find the hub; keep its format.
    std::printf("HUB_URL=http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
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
