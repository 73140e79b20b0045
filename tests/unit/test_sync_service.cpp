// SyncService against a scripted hub and a REAL cache (SQLite in a temp folder): full sync into
// the store and the cache, a failing type, offline start from the cache, and the outbox —
// in order, each write once, retry on retryable failures, never on refusals, and pending writes
// surviving a restart.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/hub_port.h"
#include "services/sync_service.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {

HubEntity lot(const QString& id, int available) {
    HubEntity e;
    e.id = id;
    e.type = QStringLiteral("OffStreetParking");
    e.normalized = QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("type"), e.type},
                               {QStringLiteral("availableSpotNumber"),
                                QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                            {QStringLiteral("value"), available}}}};
    e.keyValues = QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("type"), e.type},
                              {QStringLiteral("availableSpotNumber"), available}};
    e.samples = {{QStringLiteral("availableSpotNumber"), QDateTime::currentDateTimeUtc(),
                  double(available)}};
    ParkingLot p;
    p.id = id;
    p.location = {126.92, 35.15};
    p.totalSpots = 100;
    p.availableSpots = available;
    e.domain = p;
    return e;
}

HubEntity other(const QString& id) {  // a type the console does not show
    HubEntity e;
    e.id = id;
    e.type = QStringLiteral("AirQualityObserved");
    e.normalized = QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("type"), e.type}};
    e.keyValues = e.normalized;
    return e;
}

/// What the tests' decoder does with cached JSON: enough to round-trip the two types above.
std::optional<HubEntity> decode(const QJsonObject& n) {
    const QString type = n.value(u"type").toString();
    if (type == u"OffStreetParking")
        return lot(n.value(u"id").toString(),
                   n.value(u"availableSpotNumber").toObject().value(u"value").toInt());
    return other(n.value(u"id").toString());
}

/// A hub that answers from a script, after the event loop turns (as a network would).
class ScriptedHub : public HubPort {
public:
    QHash<QString, QVector<HubEntity>> entities;
    QHash<QString, QString> failures;
    QStringList delivered;                 ///< op ids in the order the hub received them
    QList<std::pair<bool, bool>> answers;  ///< next delivery answers (ok, retryable)

    void fetchType(const QString& type) override {
        QMetaObject::invokeMethod(
            this,
            [this, type] { Q_EMIT fetched(type, entities.value(type), {}, failures.value(type)); },
            Qt::QueuedConnection);
    }
    void deliver(const OutboxWrite& w) override {
        delivered << w.opId;
        const auto [ok, retryable] =
            answers.isEmpty() ? std::pair{true, false} : answers.takeFirst();
        QMetaObject::invokeMethod(
            this,
            [this, id = w.opId, ok, retryable] {
                Q_EMIT HubPort::delivered(id, ok, retryable,
                                          ok ? QString() : QStringLiteral("HTTP 503"));
            },
            Qt::QueuedConnection);
    }
};

OutboxWrite write(const QString& opId) {
    return {0,
            opId,
            QStringLiteral("PATCH"),
            QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs"),
            QByteArrayLiteral("{\"status\":{\"type\":\"Property\",\"value\":\"acknowledged\"}}"),
            QStringLiteral("application/json")};
}

}  // namespace

class TestSyncService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    std::unique_ptr<CacheWriter> openCache(const QString& name) {
        auto w = std::make_unique<CacheWriter>(m_dir.filePath(name),
                                               SchemaManager(loadMigrations().value()));
        if (!w->start()) return nullptr;
        return w;
    }

private Q_SLOTS:
    void syncFillsStoreAndCache() {
        auto writer = openCache(QStringLiteral("sync.sqlite"));
        QVERIFY(writer);
        CacheAdapter cache(writer.get(), decode);
        ScriptedHub hub;
        hub.entities[QStringLiteral("OffStreetParking")] = {
            lot(QStringLiteral("urn:ngsi-ld:OffStreetParking:1"), 10),
            lot(QStringLiteral("urn:ngsi-ld:OffStreetParking:2"), 20)};
        hub.entities[QStringLiteral("AirQualityObserved")] = {
            other(QStringLiteral("urn:ngsi-ld:AirQualityObserved:1"))};
        hub.failures[QStringLiteral("Camera")] = QStringLiteral("HTTP 503 from hub");
        EntityStore store;
        SyncService sync(&hub, &store, &cache);
        sync.setTypes({QStringLiteral("OffStreetParking"), QStringLiteral("Camera"),
                       QStringLiteral("AirQualityObserved")});
        QSignalSpy finished(&sync, &SyncService::syncFinished);
        QSignalSpy failed(&sync, &SyncService::typeFailed);
        sync.syncAll();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished[0][0].toInt(), 2);
        QCOMPARE(finished[0][1].toInt(), 1);
        QCOMPARE(failed[0][0].toString(), QStringLiteral("Camera"));
        QCOMPARE(store.count(EntityKind::ParkingLot), 2);
        const QVector<HubEntity> cached = cache.loadEntities();
        QCOMPARE(cached.size(), 3);  // the type the console does not show is cached too

        // A notification changes one lot: store and cache follow.
        Q_EMIT hub.notified({lot(QStringLiteral("urn:ngsi-ld:OffStreetParking:1"), 3)});
        QCOMPARE(
            store.get<ParkingLot>(QStringLiteral("urn:ngsi-ld:OffStreetParking:1"))->availableSpots,
            3);
        const auto again = cache.loadEntities({QStringLiteral("OffStreetParking")});
        bool found = false;
        for (const auto& e : again)
            if (e.id.endsWith(u":1"))
                found = e.keyValues.value(u"availableSpotNumber").toInt() == 3;
        QVERIFY(found);
    }

    void offlineStartFromTheCache() {
        auto writer = openCache(QStringLiteral("offline.sqlite"));
        QVERIFY(writer);
        {
            CacheAdapter cache(writer.get(), decode);
            cache.storeEntities({lot(QStringLiteral("urn:ngsi-ld:OffStreetParking:9"), 42)});
        }
        writer->stop();
        writer = openCache(QStringLiteral("offline.sqlite"));  // a new start, hub unreachable
        CacheAdapter cache(writer.get(), decode);
        ScriptedHub hub;
        EntityStore store;
        SyncService sync(&hub, &store, &cache);
        sync.setTypes({QStringLiteral("OffStreetParking")});
        QCOMPARE(sync.loadCache(), 1);
        QCOMPARE(
            store.get<ParkingLot>(QStringLiteral("urn:ngsi-ld:OffStreetParking:9"))->availableSpots,
            42);
    }

    void outboxDeliversInOrderOnceWithRetries() {
        auto writer = openCache(QStringLiteral("outbox.sqlite"));
        QVERIFY(writer);
        CacheAdapter cache(writer.get(), decode);
        ScriptedHub hub;
        EntityStore store;
        SyncService sync(&hub, &store, &cache);
        sync.setRetryDelayMs(20, 100);
        QSignalSpy delivered(&sync, &SyncService::writeDelivered);
        QSignalSpy rejected(&sync, &SyncService::writeRejected);
        // Offline: the operator acknowledges three alerts.
        QVERIFY(sync.queueWrite(write(QStringLiteral("op-1"))));
        QVERIFY(sync.queueWrite(write(QStringLiteral("op-2"))));
        QVERIFY(sync.queueWrite(write(QStringLiteral("op-2"))));  // a double click: one write
        QVERIFY(sync.queueWrite(write(QStringLiteral("op-3"))));
        QTest::qWait(50);
        QVERIFY(hub.delivered.isEmpty());
        QCOMPARE(sync.pendingWrites(), 3);
        QCOMPARE(cache.pendingOutbox().size(), 3);

        // The hub returns; op-2 first meets a 503 (retryable), op-3 is refused (4xx).
        hub.answers = {{true, false}, {false, true}, {true, false}, {false, false}};
        sync.setHubOnline(true);
        QTRY_COMPARE(delivered.size() + rejected.size(), 3);
        QCOMPARE(hub.delivered, (QStringList{QStringLiteral("op-1"), QStringLiteral("op-2"),
                                             QStringLiteral("op-2"), QStringLiteral("op-3")}));
        QCOMPARE(delivered[0][0].toString(), QStringLiteral("op-1"));
        QCOMPARE(delivered[1][0].toString(), QStringLiteral("op-2"));
        QCOMPARE(rejected[0][0].toString(), QStringLiteral("op-3"));
        QCOMPARE(sync.pendingWrites(), 0);
        QTest::qWait(150);
        QCOMPARE(hub.delivered.size(), 4);  // nothing delivered twice after success or refusal
        QCOMPARE(cache.pendingOutbox().size(), 0);
    }

    void pendingWritesSurviveARestart() {
        auto writer = openCache(QStringLiteral("restart.sqlite"));
        QVERIFY(writer);
        {
            CacheAdapter cache(writer.get(), decode);
            ScriptedHub hub;
            EntityStore store;
            SyncService sync(&hub, &store, &cache);
            QVERIFY(sync.queueWrite(write(QStringLiteral("a"))));
            QVERIFY(sync.queueWrite(write(QStringLiteral("b"))));
        }  // the console stops (or dies) before the hub came back
        writer->stop();
        writer = openCache(QStringLiteral("restart.sqlite"));
        CacheAdapter cache(writer.get(), decode);
        ScriptedHub hub;
        EntityStore store;
        SyncService sync(&hub, &store, &cache);
        QCOMPARE(sync.pendingWrites(), 2);
        sync.setHubOnline(true);
        QTRY_COMPARE(hub.delivered, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "test_sync_service.moc"
