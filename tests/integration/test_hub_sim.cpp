// The console's hub client against the real simulator over real HTTP: every type the console
// shows syncs and maps to the domain without a warning; notifications reach the EntityStore;
// the temporal API gives history; and the outbox delivers writes made while the hub was dead
// exactly once, in order, after it returns — checked on the simulator's own record of writes.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "hub/http_hub_probe.h"
#include "hub/hub_client.h"
#include "hub/ngsi_domain.h"
#include "hub/ngsi_entity.h"
#include "hub/notification_endpoint.h"
#include "services/alert_engine.h"
#include "services/history_source.h"
#include "services/hub_monitor.h"
#include "services/sync_service.h"
#include "support/announcing_process.h"
#include "support/process_helpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace bg;
using namespace testsupport;

namespace {

/// A running bitgoeul-sim (seed 42, no cameras) with its hub URL.
struct Sim : testsupport::AnnouncingProcess {
    Sim(const QString& home, quint16 port, QStringList extra = {})
        : AnnouncingProcess(program("bitgoeul-sim"),
                            QStringList{QStringLiteral("--hub-port"), QString::number(port),
                                        QStringLiteral("--seed"), QStringLiteral("42"),
                                        QStringLiteral("--no-rtsp")} +
                                extra,
                            QStringLiteral("HUB_URL"), isolatedEnvironment(home)) {}
};

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

QJsonArray simWrites(QNetworkAccessManager& nam, const QUrl& hub) {
    QUrl u = hub;
    u.setPath(QStringLiteral("/sim/v1/writes"));
    QNetworkReply* r = nam.get(QNetworkRequest(u));
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(5000);
    r->deleteLater();
    const QJsonDocument doc = QJsonDocument::fromJson(r->readAll());
    return doc.isArray() ? doc.array() : doc.object().value(u"writes").toArray();
}

OutboxWrite newAlert(int n) {
    const QString id = QStringLiteral("urn:ngsi-ld:Alert:console-test-%1").arg(n);
    const QJsonObject body{
        {QStringLiteral("id"), id},
        {QStringLiteral("type"), QStringLiteral("Alert")},
        {QStringLiteral("alertType"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                     {QStringLiteral("value"), QStringLiteral("intrusion")}}},
        {QStringLiteral("category"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                     {QStringLiteral("value"), QStringLiteral("security")}}},
        {QStringLiteral("dateIssued"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                     {QStringLiteral("value"), QStringLiteral("2026-11-25T03:00:00Z")}}}};
    return {0,
            QStringLiteral("op-test-%1").arg(n),
            QStringLiteral("POST"),
            QStringLiteral("/entities"),
            QJsonDocument(body).toJson(QJsonDocument::Compact),
            QStringLiteral("application/json")};
}

/// The console's hub side as the console composes it: client, cache file, store, sync with its
/// outbox, alert engine, and a monitor that takes the sync off and on line with the hub.
struct Console {
    HubClient client;
    CacheWriter writer;
    CacheAdapter cache;
    EntityStore store;
    SyncService sync;
    AlertEngine engine;
    HttpHubProbe probe;
    HubMonitor monitor;
    bool started = false;

    Console(QNetworkAccessManager* nam, const HubClientConfig& config, const QString& cachePath,
            const QStringList& types)
        : client(nam, config),
          writer(cachePath, SchemaManager(loadMigrations().value())),
          cache(&writer, [](const QJsonObject& n) { return convertNgsiEntity(n).entity; }),
          sync(&client, &store, &cache),
          engine(&store, &cache, &sync),
          probe(nam, config.baseUrl, QStringLiteral("/ngsi-ld/v1"), 1000),
          monitor(&probe, nullptr, 200, 500) {
        started = bool(writer.start());
        if (!types.isEmpty()) sync.setTypes(types);
        sync.setRetryDelayMs(200, 1000);
        QObject::connect(
            &monitor, &HubMonitor::stateChanged, &sync,
            [this](const ConnectionState& s) { sync.setHubOnline(s.link == HubLink::Online); });
    }
    ~Console() { writer.stop(); }
};

}  // namespace

class TestHubSim : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void everyConsoleTypeSyncsAndMaps() {
        Sim sim(m_home.path(), 0);
        QVERIFY(sim.url.isValid());
        QNetworkAccessManager nam;
        HubClient client(&nam, {sim.url});
        QSignalSpy fetched(&client, &HubPort::fetched);
        QHash<QString, int> counts;
        for (const QString& type : ngsiDomainTypes()) {
            client.fetchType(type);
            QVERIFY(fetched.wait(20000));
            const auto args = fetched.takeFirst();
            const auto entities = args.at(1).value<QVector<HubEntity>>();
            QVERIFY2(args.at(3).toString().isEmpty(),
                     qPrintable(type + QStringLiteral(": ") + args.at(3).toString()));
            QVERIFY2(
                args.at(2).toStringList().isEmpty(),
                qPrintable(type + QStringLiteral(": ") + args.at(2).toStringList().join(u'\n')));
            for (const HubEntity& e : entities) {
                QVERIFY2(e.domain.has_value(), qPrintable(e.id));
                QVERIFY2(validate(*e.domain).isEmpty(),
                         qPrintable(validate(*e.domain).join(u'\n')));
            }
            counts[type] = int(entities.size());
        }
        QCOMPARE(counts.value(QStringLiteral("OffStreetParking")), 14);
        QCOMPARE(counts.value(QStringLiteral("EVChargingStation")), 8);
        QVERIFY(counts.value(QStringLiteral("Camera")) >= 1175);
        QVERIFY(counts.value(QStringLiteral("Streetlight")) >= 8);
        QVERIFY(counts.value(QStringLiteral("WasteContainer")) >= 4);
        QVERIFY(counts.value(QStringLiteral("SmartCrosswalk")) >= 1);
        QCOMPARE(counts.value(QStringLiteral("PhotovoltaicMeasurement")), 1);
    }

    void notificationsReachTheStoreAndHistoryIsThere() {
        Sim sim(m_home.path(), 0, {QStringLiteral("--speed"), QStringLiteral("60")});
        QVERIFY(sim.url.isValid());
        QNetworkAccessManager nam;
        HubClient client(&nam, {sim.url});
        NotificationEndpoint endpoint;
        QVERIFY(endpoint.listen());
        client.attachEndpoint(&endpoint);
        EntityStore store;
        SyncService sync(&client, &store, nullptr);
        sync.setTypes({QStringLiteral("OffStreetParking")});
        QSignalSpy finished(&sync, &SyncService::syncFinished);
        sync.syncAll();
        QVERIFY(finished.wait(20000));
        QCOMPARE(store.count(EntityKind::ParkingLot), 14);

        QString subscription;
        client.subscribe(
            {QStringLiteral("OffStreetParking")}, {QStringLiteral("availableSpotNumber")},
            endpoint.url(), 0, [&subscription](const Result<QString>& id) {
                subscription = id ? id.value() : QStringLiteral("failed: ") + id.error();
            });
        QTRY_VERIFY_WITH_TIMEOUT(!subscription.isEmpty(), 10000);
        QVERIFY2(!subscription.startsWith(u"failed"), qPrintable(subscription));
        QSignalSpy notified(&client, &HubPort::notified);
        QSignalSpy changed(&store, &EntityStore::entityChanged);
        // One simulated minute per real second: the lots change within a few seconds.
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty() && !changed.isEmpty(), 15000);

        const QString lot = store.ids(EntityKind::ParkingLot).first();
        Result<QVector<TelemetryPoint>> history = Result<QVector<TelemetryPoint>>::fail({});
        bool answered = false;
        client.queryTemporal(lot, {QStringLiteral("availableSpotNumber")}, {}, {}, 5,
                             [&](Result<QVector<TelemetryPoint>> r) {
                                 history = std::move(r);
                                 answered = true;
                             });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(history, qPrintable(history.error()));
        QVERIFY(!history.value().isEmpty());
        QVERIFY(history.value().size() <= 5);
        Status deleted = Status::fail(QStringLiteral("no answer"));
        answered = false;
        client.deleteSubscription(subscription, [&](const Status& s) {
            deleted = s;
            answered = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY2(deleted, qPrintable(deleted.error()));
    }

    void dashboardHistoryComesFromTheHubIntoTheCache() {
        // One simulated minute per real second: a few seconds give the PV curve some history.
        Sim sim(m_home.path(), 0, {QStringLiteral("--speed"), QStringLiteral("60")});
        QVERIFY(sim.url.isValid());
        QNetworkAccessManager nam;
        HubClient client(&nam, {sim.url});
        QSignalSpy fetched(&client, &HubPort::fetched);
        client.fetchType(QStringLiteral("PhotovoltaicMeasurement"));
        QVERIFY(fetched.wait(20000));
        const auto pv = fetched.takeFirst().at(1).value<QVector<HubEntity>>();
        QCOMPARE(pv.size(), 1);
        QTest::qWait(6000);

        // An empty cache: everything the dashboards show of the past must come from the hub.
        CacheWriter writer(m_home.filePath(QStringLiteral("history.sqlite")),
                           SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer,
                           [](const QJsonObject& n) { return convertNgsiEntity(n).entity; });
        HistorySource history(&cache);
        history.setTemporalFetch([&client](const QString& id, const QStringList& attrs,
                                           const QDateTime& from, const QDateTime& to,
                                           HistorySource::TemporalCallback done) {
            client.queryTemporal(id, attrs, from, to, 0, std::move(done));
        });
        QSignalSpy filled(&history, &HistorySource::filled);
        QSignalSpy failed(&history, &HistorySource::fillFailed);
        // The simulator's clock runs ahead of ours: a window around now holds its minutes.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime from = now.addSecs(-3600), to = now.addSecs(3 * 3600);
        const QString attr = QStringLiteral("activePower");
        QVERIFY(history.history(pv.first().id, attr, from, to).isEmpty());
        QVERIFY(history.fillGaps(pv.first().id, {attr}, from, to));
        QTRY_VERIFY_WITH_TIMEOUT(!filled.isEmpty() || !failed.isEmpty(), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        const int count = filled.first().at(1).toInt();
        QVERIFY2(count >= 3, qPrintable(QString::number(count)));  // a sample a simulated minute
        const QVector<TelemetryPoint> cached = history.history(pv.first().id, attr, from, to);
        // All of it; two points the hub gives for one instant are one row (same entity,
        // attribute and time replace each other).
        QVERIFY2(cached.size() >= count - 1 && cached.size() <= count,
                 qPrintable(QStringLiteral("%1 of %2").arg(cached.size()).arg(count)));
        for (int i = 1; i < cached.size(); ++i) QVERIFY(cached[i - 1].at < cached[i].at);
        QVERIFY(!history.fillGaps(pv.first().id, {attr}, from, to));  // asked once
        QCOMPARE(history.requestsSent(), 1);
    }

    void outboxDeliversExactlyOnceAcrossAHubRestart() {
        const quint16 port = freePort();
        auto sim = std::make_unique<Sim>(m_home.path(), port);
        QVERIFY(sim->url.isValid());
        const QUrl hubUrl = sim->url;
        QNetworkAccessManager nam;
        HubClientConfig config{hubUrl};
        config.timeoutMs = 2000;
        config.maxRetries = 0;  // the outbox retries; the client should not hide the outage
        Console console(&nam, config, m_home.filePath(QStringLiteral("outbox.sqlite")), {});
        QVERIFY(console.started);
        SyncService& sync = console.sync;
        CacheAdapter& cache = console.cache;
        HubMonitor& monitor = console.monitor;
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state().link, HubLink::Online, 10000);

        sim.reset();  // the hub dies
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state().link, HubLink::Offline, 10000);
        // The operator keeps working: three new alerts, one of them sent twice by a double click.
        QVERIFY(sync.queueWrite(newAlert(1)));
        QVERIFY(sync.queueWrite(newAlert(2)));
        QVERIFY(sync.queueWrite(newAlert(2)));
        QVERIFY(sync.queueWrite(newAlert(3)));
        QCOMPARE(sync.pendingWrites(), 3);
        QTest::qWait(500);

        sim = std::make_unique<Sim>(m_home.path(), port);  // it comes back
        QVERIFY(sim->url.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingWrites(), 0, 15000);
        QCOMPARE(cache.pendingOutbox().size(), 0);
        const QJsonArray writes = simWrites(nam, hubUrl);
        QStringList ops;
        for (const auto& w : writes) ops << w.toObject().value(u"opId").toString();
        QCOMPARE(ops, (QStringList{QStringLiteral("op-test-1"), QStringLiteral("op-test-2"),
                                   QStringLiteral("op-test-3")}));
        for (const auto& w : writes) QVERIFY(w.toObject().value(u"applied").toBool());
    }

    void alertTransitionsReachTheHubAcrossARestartOfBoth() {
        // A hub that starts the same way each time: same seed, same clock, alerts from the start.
        const QStringList args{QStringLiteral("--start-time"),
                               QStringLiteral("2026-11-25T03:00:00Z"),
                               QStringLiteral("--alert-rate"), QStringLiteral("30")};
        const quint16 port = freePort();
        auto sim = std::make_unique<Sim>(m_home.path(), port, args);
        QVERIFY(sim->url.isValid());
        const QUrl hubUrl = sim->url;
        const QString cachePath = m_home.filePath(QStringLiteral("transitions.sqlite"));
        QNetworkAccessManager nam;
        HubClientConfig config{hubUrl};
        config.timeoutMs = 2000;
        config.maxRetries = 0;
        const QStringList types{QStringLiteral("Alert")};
        QString alertId;
        {
            Console console(&nam, config, cachePath, types);
            QVERIFY(console.started);
            console.monitor.start();
            QTRY_VERIFY_WITH_TIMEOUT(console.store.count(EntityKind::Alert) > 0, 15000);
            QStringList ids = console.store.ids(EntityKind::Alert);
            ids.sort();
            alertId = ids.first();
            QCOMPARE(console.store.get<Alert>(alertId)->state, AlertState::New);

            sim.reset();  // the hub dies
            QTRY_COMPARE_WITH_TIMEOUT(console.monitor.state().link, HubLink::Offline, 10000);
            QVERIFY(console.engine.transition(alertId, AlertState::Acknowledged,
                                              QStringLiteral("김관제"),
                                              QStringLiteral("현장 확인 중")));
            QVERIFY(console.engine.transition(alertId, AlertState::InProgress,
                                              QStringLiteral("김관제")));
            QCOMPARE(console.sync.pendingWrites(), 2);
        }  // … and the console is closed before the hub comes back

        sim = std::make_unique<Sim>(m_home.path(), port, args);
        QVERIFY(sim->url.isValid());
        // The console starts again from its cache: the trail and the two writes are there.
        Console console(&nam, config, cachePath, types);
        QVERIFY(console.started);
        auto& cache = console.cache;
        QVERIFY(console.engine.loadFromCache() > 0);
        QCOMPARE(console.engine.trail(alertId).size(), 2);
        QStringList opIds;
        for (const OutboxWrite& w : cache.pendingOutbox()) opIds << w.opId;
        QCOMPARE(opIds.size(), 2);
        console.monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(cache.pendingOutbox().size(), 0, 15000);
        // The hub took both state changes, once each, in order: the alert is in progress there.
        const QJsonArray writes = simWrites(nam, hubUrl);
        QStringList delivered;
        for (const auto& w : writes) {
            const QJsonObject o = w.toObject();
            if (!opIds.contains(o.value(u"opId").toString())) continue;
            QVERIFY(o.value(u"applied").toBool());
            delivered << o.value(u"opId").toString();
        }
        QCOMPARE(delivered, opIds);
        QUrl u = hubUrl;
        u.setPath(QStringLiteral("/ngsi-ld/v1/entities/") + alertId);
        u.setQuery(QStringLiteral("options=keyValues"));
        QNetworkReply* r = nam.get(QNetworkRequest(u));
        QSignalSpy done(r, &QNetworkReply::finished);
        QVERIFY(done.wait(5000));
        r->deleteLater();
        QCOMPARE(QJsonDocument::fromJson(r->readAll()).object().value(u"status").toString(),
                 QStringLiteral("inProgress"));
    }
};

QTEST_GUILESS_MAIN(TestHubSim)
#include "test_hub_sim.moc"
