#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/entity_repository.h"
#include "cache/outbox_repository.h"
#include "cache/schema_manager.h"
#include "cache/settings_repository.h"
#include "cache/telemetry_repository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace bg;

class TestRepositories : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheWriter> m_writer;
    ScopedConnection m_reader;

    // Every write goes through the real writer and must succeed.
    void write(const QString& label, WriteOp op) {
        const qint64 failedBefore = m_writer->opsFailed();
        QVERIFY(m_writer->submit(label, std::move(op)));
        QVERIFY(m_writer->flush());
        QCOMPARE(m_writer->opsFailed(), failedBefore);
    }

    static EntityRecord parking(const QString& n, const QString& nameKo, double lon, double lat) {
        EntityRecord r;
        r.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:%1").arg(n);
        r.type = QStringLiteral("OffStreetParking");
        r.json = QStringLiteral("{\"id\":\"%1\",\"type\":\"OffStreetParking\"}").arg(r.id);
        r.nameKo = nameKo;
        r.nameEn = QStringLiteral("Parking %1").arg(n);
        r.dong = QStringLiteral("충장동");
        r.lon = lon;
        r.lat = lat;
        r.modifiedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 28, 17, 123), Qt::UTC);
        r.syncedAt = QDateTime(QDate(2026, 11, 25), QTime(2, 28, 18, 5), Qt::UTC);
        return r;
    }

private Q_SLOTS:
    void init() {
        const Result<QVector<Migration>> migrations = loadMigrations();
        QVERIFY2(migrations.isOk(), qPrintable(migrations.error()));
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("repo-%1.sqlite").arg(++n));
        m_writer = std::make_unique<CacheWriter>(path, SchemaManager(migrations.value()));
        QVERIFY(m_writer->start());
        Result<ScopedConnection> reader = openReadConnection(path);
        QVERIFY2(reader.isOk(), qPrintable(reader.error()));
        m_reader = std::move(reader).value();
    }

    void cleanup() {
        m_reader.reset();
        m_writer.reset();
    }

    void entitiesUpsertReplaceReadCount() {
        EntityRecord a =
            parking(QStringLiteral("1"), QStringLiteral("충장로 공영주차장"), 126.9155, 35.1468);
        EntityRecord b =
            parking(QStringLiteral("2"), QStringLiteral("동명동 주차장"), 126.9210, 35.1502);
        EntityRecord camera;
        camera.id = QStringLiteral("urn:ngsi-ld:Device:cctv-7");
        camera.type = QStringLiteral("Device");
        camera.json = QStringLiteral("{}");  // no names, no location: NULL columns
        write(QStringLiteral("upsert"), EntityRepository::upsertEntities({a, b, camera}));

        Result<QVector<EntityRecord>> lots =
            EntityRepository::entitiesOfType(m_reader.db(), QStringLiteral("OffStreetParking"));
        QVERIFY2(lots.isOk(), qPrintable(lots.error()));
        QCOMPARE(lots.value().size(), 2);
        const EntityRecord& got = lots.value().at(0);
        QCOMPARE(got.id, a.id);
        QCOMPARE(got.json, a.json);
        QCOMPARE(got.nameKo, a.nameKo);
        QCOMPARE(got.nameEn, a.nameEn);
        QCOMPARE(got.dong, a.dong);
        QCOMPARE(got.lon, a.lon);
        QCOMPARE(got.lat, a.lat);
        QCOMPARE(got.modifiedAt, a.modifiedAt);  // ms kept
        QCOMPARE(got.syncedAt, a.syncedAt);

        const auto device = EntityRepository::entityById(m_reader.db(), camera.id);
        QVERIFY(device.isOk() && device.value().has_value());
        QVERIFY(std::isnan(device.value()->lon));
        QVERIFY(std::isnan(device.value()->lat));
        QVERIFY(!device.value()->modifiedAt.isValid());

        // Replace: same id, new state; nothing duplicated.
        a.nameKo = QStringLiteral("충장로 제1공영주차장");
        a.json = QStringLiteral("{\"availableSpotNumber\":12}");
        write(QStringLiteral("replace"), EntityRepository::upsertEntities({a}));
        const auto replaced = EntityRepository::entityById(m_reader.db(), a.id);
        QVERIFY(replaced.isOk() && replaced.value().has_value());
        QCOMPARE(replaced.value()->nameKo, a.nameKo);
        QCOMPARE(replaced.value()->json, a.json);

        QCOMPARE(EntityRepository::countByType(m_reader.db(), QStringLiteral("OffStreetParking"))
                     .value(),
                 2);
        QCOMPARE(EntityRepository::countByType(m_reader.db(), QStringLiteral("Nope")).value(), 0);
        const QMap<QString, int> expected{{QStringLiteral("Device"), 1},
                                          {QStringLiteral("OffStreetParking"), 2}};
        QCOMPARE(EntityRepository::countsByType(m_reader.db()).value(), expected);

        write(QStringLiteral("remove"), EntityRepository::removeEntity(b.id));
        write(QStringLiteral("remove unknown"),
              EntityRepository::removeEntity(QStringLiteral("urn:none")));
        QCOMPARE(EntityRepository::countByType(m_reader.db(), QStringLiteral("OffStreetParking"))
                     .value(),
                 1);
        QVERIFY(!EntityRepository::entityById(m_reader.db(), b.id).value().has_value());
    }

    void entityWithoutTypeIsRejected() {
        EntityRecord bad;
        bad.id = QStringLiteral("urn:bad");
        bad.json = QStringLiteral("{}");
        bad.type = QString();  // null: NOT NULL column
        QSignalSpy failed(m_writer.get(), &CacheWriter::writeFailed);
        QVERIFY(m_writer->submit(QStringLiteral("bad"), EntityRepository::upsertEntities({bad})));
        QVERIFY(m_writer->flush());
        QCOMPARE(m_writer->opsFailed(), 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.at(0).at(1).toString().contains(QLatin1String("urn:bad")));
    }

    void outboxIsIdempotentAndOrdered() {
        write(QStringLiteral("e1"),
              OutboxRepository::enqueue(QStringLiteral("op-1"), QStringLiteral("PATCH"),
                                        QStringLiteral("/ngsi-ld/v1/entities/urn:a/attrs"),
                                        QStringLiteral("{\"status\":{\"value\":\"ack\"}}"),
                                        QStringLiteral("application/json")));
        write(
            QStringLiteral("e2"),
            OutboxRepository::enqueue(QStringLiteral("op-2"), QStringLiteral("POST"),
                                      QStringLiteral("/ngsi-ld/v1/entities"), QStringLiteral("{}"),
                                      QStringLiteral("application/ld+json")));
        // The same op again (a retry after a crash): stored once, not an error.
        write(QStringLiteral("e1 again"),
              OutboxRepository::enqueue(QStringLiteral("op-1"), QStringLiteral("PATCH"),
                                        QStringLiteral("/changed"), QStringLiteral("{}"),
                                        QStringLiteral("application/json")));
        write(QStringLiteral("e3"),
              OutboxRepository::enqueue(QStringLiteral("op-3"), QStringLiteral("DELETE"),
                                        QStringLiteral("/ngsi-ld/v1/entities/urn:c"), {}, {}));

        Result<QVector<OutboxEntry>> pending = OutboxRepository::pending(m_reader.db(), 10);
        QVERIFY2(pending.isOk(), qPrintable(pending.error()));
        QCOMPARE(pending.value().size(), 3);
        QCOMPARE(pending.value().at(0).opId, QStringLiteral("op-1"));
        QCOMPARE(pending.value().at(0).path, QStringLiteral("/ngsi-ld/v1/entities/urn:a/attrs"));
        QCOMPARE(pending.value().at(0).contentType, QStringLiteral("application/json"));
        QVERIFY(pending.value().at(0).createdAt.isValid());
        QCOMPARE(pending.value().at(1).opId, QStringLiteral("op-2"));
        QCOMPARE(pending.value().at(2).opId, QStringLiteral("op-3"));
        QVERIFY(pending.value().at(0).id < pending.value().at(1).id);
        QCOMPARE(OutboxRepository::pending(m_reader.db(), 2).value().size(), 2);

        const qint64 first = pending.value().at(0).id;
        write(QStringLiteral("attempt"),
              OutboxRepository::recordAttempt(first, QStringLiteral("hub offline")));
        write(QStringLiteral("attempt"),
              OutboxRepository::recordAttempt(first, QStringLiteral("503")));
        pending = OutboxRepository::pending(m_reader.db(), 10);
        QCOMPARE(pending.value().at(0).attempts, 2);
        QCOMPARE(pending.value().at(0).lastError, QStringLiteral("503"));

        write(QStringLiteral("delivered"), OutboxRepository::markDelivered(first));
        pending = OutboxRepository::pending(m_reader.db(), 10);
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().at(0).opId, QStringLiteral("op-2"));
        QCOMPARE(OutboxRepository::pendingCount(m_reader.db()).value(), 2);

        // A delivered op enqueued again is still not sent twice.
        write(QStringLiteral("e1 late"),
              OutboxRepository::enqueue(QStringLiteral("op-1"), QStringLiteral("PATCH"),
                                        QStringLiteral("/x"), {}, {}));
        QCOMPARE(OutboxRepository::pendingCount(m_reader.db()).value(), 2);
    }

    void settingsRoundTrip() {
        QVERIFY(
            !SettingsRepository::get(m_reader.db(), QStringLiteral("ui/page")).value().has_value());
        write(QStringLiteral("set"),
              SettingsRepository::set(QStringLiteral("ui/page"), QStringLiteral("map")));
        QCOMPARE(SettingsRepository::get(m_reader.db(), QStringLiteral("ui/page")).value(),
                 std::optional<QString>(QStringLiteral("map")));
        write(QStringLiteral("set"),
              SettingsRepository::set(QStringLiteral("ui/page"), QStringLiteral("비디오 월")));
        QCOMPARE(SettingsRepository::get(m_reader.db(), QStringLiteral("ui/page")).value(),
                 std::optional<QString>(QStringLiteral("비디오 월")));
        write(QStringLiteral("remove"), SettingsRepository::remove(QStringLiteral("ui/page")));
        QVERIFY(
            !SettingsRepository::get(m_reader.db(), QStringLiteral("ui/page")).value().has_value());
    }

    void telemetryRange() {
        const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:1");
        const QString attr = QStringLiteral("availableSpotNumber");
        const QDateTime t0(QDate(2026, 11, 25), QTime(0, 0, 0, 250), Qt::UTC);
        QVector<TelemetrySample> samples;
        for (int i = 0; i < 10; ++i)
            samples.append({id, attr, t0.addSecs(60 * i), double(100 - i)});
        samples.append({id, QStringLiteral("other"), t0.addSecs(120), 1.0});
        samples.append({QStringLiteral("urn:other"), attr, t0.addSecs(120), 2.0});
        write(QStringLiteral("append"), TelemetryRepository::appendSamples(samples));
        // The same observation again replaces, never duplicates.
        write(QStringLiteral("again"),
              TelemetryRepository::appendSamples({{id, attr, t0.addSecs(120), 42.0}}));

        Result<QVector<TelemetrySample>> r =
            TelemetryRepository::range(m_reader.db(), id, attr, t0.addSecs(60), t0.addSecs(240));
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        QCOMPARE(r.value().size(), 3);  // minutes 1, 2, 3: the end is exclusive
        QCOMPARE(r.value().at(0).observedAt, t0.addSecs(60));
        QCOMPARE(r.value().at(0).value, 99.0);
        QCOMPARE(r.value().at(1).value, 42.0);
        QCOMPARE(r.value().at(2).observedAt, t0.addSecs(180));

        write(QStringLiteral("retention"), TelemetryRepository::removeOlderThan(t0.addSecs(300)));
        r = TelemetryRepository::range(m_reader.db(), id, attr, t0, t0.addDays(1));
        QCOMPARE(r.value().size(), 5);
        QCOMPARE(r.value().first().observedAt, t0.addSecs(300));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "test_repositories.moc"
