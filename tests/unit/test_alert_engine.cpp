// The alert engine with a REAL cache: the state machine (legal and illegal transitions), the
// trail with user, time and note surviving a restart, grouping of repeats, device states raising
// alerts once, and every change queued for the hub in order.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/hub_port.h"
#include "services/alert_engine.h"
#include "services/sync_service.h"

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
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "test_alert_engine.moc"
