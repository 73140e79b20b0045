// The alert engine with a REAL cache: the state machine (legal and illegal transitions), the
// trail with user, time and note surviving a restart, grouping of repeats, device states raising
// alerts once, and every change queued for the hub in order. An analytics alert's track path
// survives the cache and the hub, and its NGSI-LD form stays a valid FIWARE Alert.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/hub_port.h"
#include "hub/ngsi_entity.h"
#include "services/alert_engine.h"
#include "services/sync_service.h"
#include "sim/json_schema_checker.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {
/// A hub that is away: writes stay in the outbox, which is what the test reads.
class AwayHub : public HubPort {
public:
    void fetchType(const QString&) override {}
    void deliver(const OutboxWrite&) override {}
};

Alert alertFrom(const QString& source, AlertCategory c, const QDateTime& at) {
    Alert a;
    a.category = c;
    a.severity = defaultSeverity(c);
    a.sourceId = source;
    a.raisedAt = at;
    a.description = QStringLiteral("test");
    return a;
}
}  // namespace

class TestAlertEngine : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

private Q_SLOTS:
    void trackPathJson() {
        const QVector<TrackPoint> path{{1772420400000, {0.25, 0.75}},
                                       {1772420400200, {0.3125, 0.7}}};
        const QJsonArray json = trackPathToJson(path);
        QCOMPARE(json[1].toObject().value(u"observedAt").toString(),
                 QStringLiteral("2026-03-02T03:00:00.200Z"));
        QCOMPARE(trackPathFromJson(json).value(), path);
        QVERIFY(trackPathFromJson(QJsonValue()).value().isEmpty());  // none: fine
        const struct {
            const char* json;
            const char* error;
        } bad[] = {
            {R"({"x":0.1})", "trackPath: an array expected"},
            {R"([{"x":0.1,"y":0.2,"observedAt":"2026-03-02T03:00:00Z"},3])",
             "trackPath[1]: an object expected"},
            {R"([{"x":1.5,"y":0.2,"observedAt":"2026-03-02T03:00:00Z"}])",
             "trackPath[0].x: a number in 0..1 expected"},
            {R"([{"x":0.5,"y":"0.2","observedAt":"2026-03-02T03:00:00Z"}])",
             "trackPath[0].y: a number in 0..1 expected"},
            {R"([{"x":0.5,"y":0.2,"observedAt":"yesterday"}])",
             "trackPath[0].observedAt: an ISO 8601 date-time expected"},
        };
        for (const auto& b : bad) {
            const QJsonValue v =
                QJsonDocument::fromJson(QByteArray("{\"v\":") + b.json + "}").object().value(u"v");
            const auto r = trackPathFromJson(v);
            QVERIFY2(!r, b.json);
            QCOMPARE(r.error(), QLatin1String(b.error));
        }
    }

    void analyticsAlertKeepsItsTrackPath() {
        const QString path = m_dir.filePath(QStringLiteral("paths.sqlite"));
        Alert a =
            alertFrom(QStringLiteral("urn:ngsi-ld:Camera:7"), AlertCategory::Loitering, m_now);
        a.trackIds = {12};
        for (int i = 0; i < 5; ++i)
            a.trackPath.append({m_now.toMSecsSinceEpoch() - 800 + 200 * i, {0.5 + 0.01 * i, 0.8}});
        QString id;
        QByteArray posted;
        {
            CacheWriter writer(path, SchemaManager(loadMigrations().value()));
            QVERIFY(writer.start());
            CacheAdapter cache(&writer,
                               [](const QJsonObject&) { return std::optional<HubEntity>(); });
            AwayHub hub;
            EntityStore store;
            SyncService sync(&hub, &store, &cache);
            AlertEngine engine(&store, &cache, &sync, nullptr, [this] { return m_now; });
            id = engine.raise(a);
            QCOMPARE(store.get<Alert>(id)->trackPath, a.trackPath);
            const QVector<OutboxWrite> out = cache.pendingOutbox();
            QCOMPARE(out.size(), 1);
            posted = out[0].body;
            writer.stop();
        }
        // From the cache after a restart.
        {
            CacheWriter writer(path, SchemaManager(loadMigrations().value()));
            QVERIFY(writer.start());
            CacheAdapter cache(&writer,
                               [](const QJsonObject&) { return std::optional<HubEntity>(); });
            EntityStore store;
            AlertEngine engine(&store, &cache, nullptr);
            QCOMPARE(engine.loadFromCache(), 1);
            QCOMPARE(store.get<Alert>(id)->trackPath, a.trackPath);
            QCOMPARE(store.get<Alert>(id)->trackIds, a.trackIds);
            writer.stop();
        }
        // What went to the hub comes back from it with its path (the hub's own mapping)...
        const QJsonObject body = QJsonDocument::fromJson(posted).object();
        QVERIFY(body.contains(u"trackPath"));
        const NgsiConversion back = convertNgsiEntity(body);
        QVERIFY2(back.entity && back.entity->domain, qPrintable(back.warnings.join(u'\n')));
        QCOMPARE(std::get<Alert>(*back.entity->domain).trackPath, a.trackPath);
        // ... and is still a FIWARE Alert: its key-values form against the model's schema.
        QJsonObject kv;
        for (auto it = body.begin(); it != body.end(); ++it) {
            const QJsonObject attr = it->toObject();
            kv.insert(it.key(), !it->isObject()            ? *it
                                : attr.contains(u"object") ? attr.value(u"object")
                                                           : attr.value(u"value"));
        }
        const QString fiware = QStringLiteral(BITGOEUL_DATA_DIR "/fiware/");
        JsonSchemaChecker checker(fiware + QStringLiteral("shared-schemas"));
        QJsonObject schema;
        QString error;
        QVERIFY2(checker.load(fiware + QStringLiteral("dataModel.Alert/Alert/schema.json"), &schema,
                              &error),
                 qPrintable(error));
        const QStringList problems = checker.check(kv, schema);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // A path the hub mangled is dropped; the alert is kept.
        QJsonObject mangled = body;
        mangled.insert(QStringLiteral("trackPath"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                   {QStringLiteral("value"), QStringLiteral("nonsense")}});
        const NgsiConversion kept = convertNgsiEntity(mangled);
        QVERIFY(kept.entity && kept.entity->domain);
        QVERIFY(std::get<Alert>(*kept.entity->domain).trackPath.isEmpty());
    }

    void stateMachine() {
        QVERIFY(canTransition(AlertState::New, AlertState::Acknowledged));
        QVERIFY(canTransition(AlertState::Acknowledged, AlertState::InProgress));
        QVERIFY(canTransition(AlertState::Acknowledged, AlertState::Resolved));
        QVERIFY(canTransition(AlertState::InProgress, AlertState::Resolved));
        QVERIFY(canTransition(AlertState::Resolved, AlertState::Closed));
        QVERIFY(canTransition(AlertState::Closed, AlertState::InProgress));  // reopen
        QVERIFY(!canTransition(AlertState::New, AlertState::Resolved));      // acknowledge first
        QVERIFY(!canTransition(AlertState::New, AlertState::Closed));
        QVERIFY(!canTransition(AlertState::Closed, AlertState::New));
        QVERIFY(!canTransition(AlertState::InProgress, AlertState::Acknowledged));
        QCOMPARE(nextStates(AlertState::Acknowledged),
                 (QVector<AlertState>{AlertState::InProgress, AlertState::Resolved}));
    }

    void transitionsAreKeptAndQueuedForTheHub() {
        const QString path = m_dir.filePath(QStringLiteral("alerts.sqlite"));
        QString id;
        {
            CacheWriter writer(path, SchemaManager(loadMigrations().value()));
            QVERIFY(writer.start());
            CacheAdapter cache(&writer,
                               [](const QJsonObject&) { return std::optional<HubEntity>(); });
            AwayHub hub;
            EntityStore store;
            SyncService sync(&hub, &store, &cache);
            AlertEngine engine(&store, &cache, &sync, nullptr, [this] { return m_now; });
            QSignalSpy raised(&engine, &AlertEngine::alertRaised);
            id = engine.raise(
                alertFrom(QStringLiteral("urn:ngsi-ld:Camera:1"), AlertCategory::Intrusion, m_now));
            QVERIFY(id.startsWith(u"urn:ngsi-ld:Alert:console-"));
            QCOMPARE(raised.size(), 1);
            QCOMPARE(store.get<Alert>(id)->state, AlertState::New);

            const Status illegal =
                engine.transition(id, AlertState::Resolved, QStringLiteral("김관제"));
            QVERIFY(!illegal);
            QVERIFY(illegal.error().contains(u"new") && illegal.error().contains(u"resolved"));
            QCOMPARE(store.get<Alert>(id)->state, AlertState::New);  // nothing changed
            QVERIFY(!engine.transition(id, AlertState::Acknowledged, QString()));  // who did it?

            m_now = m_now.addSecs(30);
            QVERIFY(engine.transition(id, AlertState::Acknowledged, QStringLiteral("김관제"),
                                      QStringLiteral("확인, 순찰 요청")));
            m_now = m_now.addSecs(60);
            QVERIFY(engine.transition(id, AlertState::InProgress, QStringLiteral("김관제")));
            QCOMPARE(store.get<Alert>(id)->state, AlertState::InProgress);
            QCOMPARE(engine.trail(id).size(), 2);

            // Everything went to the outbox in order: the alert, then its two state changes.
            const QVector<OutboxWrite> out = cache.pendingOutbox();
            QCOMPARE(out.size(), 3);
            QCOMPARE(out[0].method, QStringLiteral("POST"));
            QVERIFY(out[1].path.contains(id) && out[1].body.contains("acknowledged"));
            QVERIFY(out[2].body.contains("inProgress"));
            writer.stop();
        }
        // A new start: the alert and its trail come back from the cache.
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        EntityStore store;
        AlertEngine engine(&store, &cache, nullptr);
        QCOMPARE(engine.loadFromCache(), 1);
        QCOMPARE(store.get<Alert>(id)->state, AlertState::InProgress);
        const auto trail = engine.trail(id);
        QCOMPARE(trail.size(), 2);
        QCOMPARE(trail[0].user, QStringLiteral("김관제"));
        QCOMPARE(trail[0].note, QStringLiteral("확인, 순찰 요청"));
        QCOMPARE(trail[0].from, AlertState::New);
        QCOMPARE(trail[0].to, AlertState::Acknowledged);
        QCOMPARE(trail[1].at, QDateTime(QDate(2026, 11, 25), QTime(3, 1, 30), Qt::UTC));
    }

    void repeatsAreGrouped() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr, nullptr, [this] { return m_now; });
        QSignalSpy repeated(&engine, &AlertEngine::alertRepeated);
        const QString cam = QStringLiteral("urn:ngsi-ld:Camera:7");
        const QString first = engine.raise(alertFrom(cam, AlertCategory::Loitering, m_now));
        QCOMPARE(engine.raise(alertFrom(cam, AlertCategory::Loitering, m_now.addSecs(60))), first);
        QCOMPARE(engine.raise(alertFrom(cam, AlertCategory::Loitering, m_now.addSecs(200))), first);
        QCOMPARE(store.get<Alert>(first)->repeatCount, 3);
        QCOMPARE(repeated.size(), 2);
        // Another category, another source, or long after: new alerts.
        QVERIFY(engine.raise(alertFrom(cam, AlertCategory::Intrusion, m_now)) != first);
        QVERIFY(engine.raise(alertFrom(QStringLiteral("urn:ngsi-ld:Camera:8"),
                                       AlertCategory::Loitering, m_now)) != first);
        QVERIFY(engine.raise(alertFrom(cam, AlertCategory::Loitering, m_now.addSecs(200 + 301))) !=
                first);
        // A resolved alert does not swallow the next occurrence.
        const QString fresh =
            engine.raise(alertFrom(QStringLiteral("urn:x:9"), AlertCategory::Fall, m_now));
        QVERIFY(engine.transition(fresh, AlertState::Acknowledged, QStringLiteral("u")));
        QVERIFY(engine.transition(fresh, AlertState::Resolved, QStringLiteral("u")));
        QVERIFY(engine.raise(alertFrom(QStringLiteral("urn:x:9"), AlertCategory::Fall, m_now)) !=
                fresh);
    }

    void anOlderCopyDoesNotUndoTheOperatorsStep() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr, nullptr, [this] { return m_now; });
        Alert hub = alertFrom(QStringLiteral("urn:ngsi-ld:Camera:9"), AlertCategory::Loitering,
                              m_now.addSecs(-600));
        hub.id = QStringLiteral("urn:ngsi-ld:Alert:000007-loitering");
        hub.modifiedAt = m_now.addSecs(-600);
        QVERIFY(store.upsert(hub));
        QVERIFY(engine.transition(hub.id, AlertState::Acknowledged, QStringLiteral("김관제")));
        // The hub's copy from before the acknowledgement comes back (a re-sync, the entity cache
        // at start): the acknowledgement stays.
        Alert stale = hub;
        stale.description = QStringLiteral("still loitering");
        QVERIFY(store.upsert(stale));
        QCOMPARE(store.get<Alert>(hub.id)->state, AlertState::Acknowledged);
        QCOMPARE(store.get<Alert>(hub.id)->description, QStringLiteral("still loitering"));
        // Another console resolved it after us: that newer change stands.
        Alert newer = hub;
        newer.state = AlertState::Resolved;
        newer.modifiedAt = m_now.addSecs(60);
        QVERIFY(store.upsert(newer));
        QCOMPARE(store.get<Alert>(hub.id)->state, AlertState::Resolved);
    }

    void deviceStatesRaiseOncePerOccurrence() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        SmartPole pole;
        pole.id = QStringLiteral("urn:ngsi-ld:Streetlight:pole-1");
        pole.location = {126.92, 35.15};
        store.upsert(pole);
        QCOMPARE(raised.size(), 0);
        pole.emergencyBellActive = true;
        store.upsert(pole);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised[0][1].value<Severity>(), Severity::Critical);
        pole.lightLevelPercent = 40;  // still ringing, something else changed: no new alert
        store.upsert(pole);
        QCOMPARE(raised.size(), 1);
        pole.emergencyBellActive = false;
        store.upsert(pole);
        pole.emergencyBellActive = true;  // pressed again later: grouped while the first is open
        store.upsert(pole);
        const auto alerts = store.all<Alert>();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].repeatCount, 2);
        QCOMPARE(alerts[0].category, AlertCategory::EmergencyBell);
        QCOMPARE(alerts[0].sourceId, pole.id);

        ChargingStation station;
        station.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:1");
        station.location = {126.93, 35.14};
        station.connectors = {
            {QStringLiteral("1"), QStringLiteral("DC"), 50, 0, ConnectorState::Faulted}};
        store.upsert(station);
        QCOMPARE(store.all<Alert>().size(), 2);
    }

    void aDeviceEventTheHubAlertsAboutIsOneRow() {
        EntityStore store;
        AlertEngine engine(&store, nullptr, nullptr);
        engine.setDeviceGraceMs(200);
        ChargingStation station;
        station.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:7");
        station.location = {126.93, 35.14};
        station.connectors = {
            {QStringLiteral("1"), QStringLiteral("DC"), 50, 0, ConnectorState::Faulted}};
        // The fault arrives first (a sync brings stations before alerts), the hub's own alert
        // for it a moment later: the console does not add a second row for the same event.
        store.upsert(station);
        Alert hub;
        hub.id = QStringLiteral("urn:ngsi-ld:Alert:000042-chargerFault");
        hub.category = AlertCategory::ChargerFault;
        hub.sourceId = station.id;
        hub.raisedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.upsert(hub));
        QTest::qWait(400);
        QCOMPARE(store.all<Alert>().size(), 1);

        // A fault nobody else reports still becomes an alert, after the grace.
        ChargingStation other = station;
        other.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:8");
        store.upsert(other);
        QCOMPARE(store.all<Alert>().size(), 1);
        QTRY_COMPARE(store.all<Alert>().size(), 2);
        // One that ends within the grace never does.
        ChargingStation blip = station;
        blip.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:9");
        store.upsert(blip);
        blip.connectors[0].state = ConnectorState::Available;
        store.upsert(blip);
        QTest::qWait(400);
        QCOMPARE(store.all<Alert>().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "test_alert_engine.moc"
