// Hub benchmarks against the real simulator (started here on a free port):
//  1. Sync of N entities (default 10,000 OffStreetParking, POSTed to the sim first) through the
//     console's HubClient + SyncService into the EntityStore and the SQLite cache: entities/s and
//     peak RSS growth — against the baseline of merely downloading and parsing the same pages.
//  2. Notification → EntityStore latency: PATCH one lot M times and time each change until the
//     store has it (subscription without throttling): p50 / p95.
// Usage: bench_hub [N] [M]. Prints figures; asserts nothing.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "hub/hub_client.h"
#include "hub/ngsi_entity.h"
#include "hub/notification_endpoint.h"
#include "services/sync_service.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace bg;

namespace {

long rssKb(const char* field) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(strlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

QNetworkReply* send(QNetworkAccessManager& nam, const QByteArray& method, const QUrl& url,
                    const QByteArray& body = {}) {
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* r = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    r->deleteLater();
    return r;
}

QJsonObject prop(const QJsonValue& v) {
    return {{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), v}};
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? atoi(argv[1]) : 10000;
    const int m = argc > 2 ? atoi(argv[2]) : 200;
    QProcess sim;
    sim.start(QStringLiteral(BITGOEUL_SIM),
              {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--seed"),
               QStringLiteral("1"), QStringLiteral("--alert-rate"), QStringLiteral("0"),
               QStringLiteral("--no-rtsp")});
    sim.waitForStarted();
    QByteArray out;
    while (!out.contains('\n') && sim.waitForReadyRead(10000)) out += sim.readAllStandardOutput();
    const QUrl hub(QRegularExpression(QStringLiteral("HUB_URL=(\\S+)"))
                       .match(QString::fromUtf8(out))
                       .captured(1));
    QNetworkAccessManager nam;
    const QUrl entities(hub.toString() + QStringLiteral("/ngsi-ld/v1/entities"));
    for (int i = 0; i < n; ++i) {
        const QJsonObject e{
            {QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:OffStreetParking:bench-%1").arg(i)},
            {QStringLiteral("type"), QStringLiteral("OffStreetParking")},
            {QStringLiteral("name"), prop(QStringLiteral("벤치 주차장 %1").arg(i))},
            {QStringLiteral("totalSpotNumber"), prop(200)},
            {QStringLiteral("availableSpotNumber"), prop(i % 200)},
            {QStringLiteral("location"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("GeoProperty")},
                         {QStringLiteral("value"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                      {QStringLiteral("coordinates"),
                                       QJsonArray{126.91 + (i % 100) * 1e-3,
                                                  35.13 + (i / 100) * 3e-4}}}}}}};
        send(nam, "POST", entities, QJsonDocument(e).toJson(QJsonDocument::Compact));
    }
    const int total = n + 14;

    // Baseline: download and parse the same pages, nothing else.
    QElapsedTimer t;
    t.start();
    int parsed = 0;
    for (int offset = 0; offset < total; offset += 1000) {
        QNetworkReply* r =
            send(nam, "GET",
                 QUrl(entities.toString() +
                      QStringLiteral("?type=OffStreetParking&limit=1000&offset=%1").arg(offset)));
        parsed += int(QJsonDocument::fromJson(r->readAll()).array().size());
    }
    const double baselineS = t.nsecsElapsed() / 1e9;

    QTemporaryDir dir;
    CacheWriter writer(dir.filePath(QStringLiteral("bench.sqlite")),
                       SchemaManager(loadMigrations().value()));
    writer.start();
    CacheAdapter cache(&writer, [](const QJsonObject& e) { return convertNgsiEntity(e).entity; });
    HubClientConfig config{hub};
    config.pageSize = 1000;
    HubClient client(&nam, config);
    EntityStore store;
    SyncService sync(&client, &store, &cache);
    sync.setTypes({QStringLiteral("OffStreetParking")});
    const long rssBefore = rssKb("VmRSS:");
    QEventLoop loop;
    QObject::connect(&sync, &SyncService::syncFinished, &loop, &QEventLoop::quit);
    t.restart();
    sync.syncAll();
    loop.exec();
    const double syncS = t.nsecsElapsed() / 1e9;
    writer.flush();
    const double withCacheS = t.nsecsElapsed() / 1e9;
    const long peak = rssKb("VmHWM:");

    std::printf("hub sync, %d OffStreetParking entities from bitgoeul-sim (pages of 1000)\n",
                total);
    std::printf("  baseline: download + parse only   %8.0f entities/s (%d parsed)\n",
                parsed / baselineS, parsed);
    std::printf("  sync into EntityStore             %8.0f entities/s (%d in store)\n",
                total / syncS, store.count());
    std::printf("  ... and committed to the cache    %8.0f entities/s\n", total / withCacheS);
    std::printf("  ratio sync+cache time / baseline  %8.2f x\n", withCacheS / baselineS);
    std::printf("  RSS before sync %ld KiB, peak %ld KiB (growth %ld KiB, %.0f bytes/entity)\n",
                rssBefore, peak, peak - rssBefore, (peak - rssBefore) * 1024.0 / total);

    // Notification → EntityStore latency.
    NotificationEndpoint endpoint;
    endpoint.listen();
    QElapsedTimer received;
    // Connected before the client's own slot, so it runs first when a notification comes in.
    QObject::connect(&endpoint, &NotificationEndpoint::received, [&] { received.start(); });
    client.attachEndpoint(&endpoint);
    bool subscribed = false;
    client.subscribe({QStringLiteral("OffStreetParking")}, {QStringLiteral("availableSpotNumber")},
                     endpoint.url(), 0, [&](const Result<QString>& id) {
                         subscribed = bool(id);
                         loop.quit();
                     });
    loop.exec();
    if (!subscribed) {
        std::printf("  subscription failed\n");
        return 1;
    }
    const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:bench-7");
    QVector<double> latencies;  // PATCH sent → store changed
    QVector<double> consoleMs;  // notification received → store changed: the console's share
    QElapsedTimer sent;
    QObject::connect(&store, &EntityStore::entityChanged, [&](const QString& changed) {
        if (changed == id && sent.isValid()) {
            latencies.append(sent.nsecsElapsed() / 1e6);
            if (received.isValid()) consoleMs.append(received.nsecsElapsed() / 1e6);
            sent.invalidate();
            received.invalidate();
            loop.quit();
        }
    });
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    for (int i = 0; i < m; ++i) {
        const QJsonObject patch{{QStringLiteral("availableSpotNumber"), prop(1 + (i % 150))}};
        sent.start();
        QNetworkRequest req(QUrl(entities.toString() + u'/' + id + QStringLiteral("/attrs")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        nam.sendCustomRequest(req, "PATCH", QJsonDocument(patch).toJson(QJsonDocument::Compact));
        timeout.start(5000);
        loop.exec();
        timeout.stop();
    }
    const auto pct = [](QVector<double> v, double p) {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? -1.0 : v[int(p * (v.size() - 1))];
    };
    std::printf("notification -> EntityStore, %d PATCHes (%d arrived)\n", m, int(latencies.size()));
    std::printf(
        "  PATCH -> store:        p50 %.1f ms, p95 %.1f ms (the sim batches notifications every "
        "100 ms)\n",
        pct(latencies, 0.5), pct(latencies, 0.95));
    std::printf("  notification -> store: p50 %.2f ms, p95 %.2f ms (the console's own share)\n",
                pct(consoleMs, 0.5), pct(consoleMs, 0.95));
    writer.stop();
    sim.kill();
    sim.waitForFinished();
    return 0;
}
