// IncidentRepository on real SQLite files: incidents with their alerts and notes, shares and the
// activity log round-trip; a cache made by the 0002 schema (incidents, links, notes already in
// it) is upgraded by 0003 with its data kept and readable; a link to an unknown alert is refused.
#include "cache/alert_repository.h"
#include "cache/cache_adapter.h"
#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/incident_repository.h"
#include "cache/schema_manager.h"
#include "cache/sql_support.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {
const QDateTime kT0(QDate(2026, 11, 25), QTime(2, 0, 0, 250), Qt::UTC);

Alert alert(const QString& n) {
    Alert a;
    a.id = QStringLiteral("urn:ngsi-ld:Alert:%1").arg(n);
    a.category = AlertCategory::Intrusion;
    a.raisedAt = kT0;
    a.location = {126.92, 35.146};
    return a;
}
}  // namespace

class TestIncidentRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTrip() {
        const QString path = m_dir.filePath(QStringLiteral("round.sqlite"));
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        for (const QString& n : {QStringLiteral("a"), QStringLiteral("b")})
            cache.storeAlert(alert(n));
        Incident i;
        i.id = QStringLiteral("urn:ngsi-ld:Incident:1");
        i.title = QStringLiteral("금남로 침입");
        i.state = IncidentState::Escalated;
        i.alertIds = {QStringLiteral("urn:ngsi-ld:Alert:b"), QStringLiteral("urn:ngsi-ld:Alert:a")};
        i.createdAt = kT0;
        i.createdBy = QStringLiteral("김관제");
        i.location = {126.9213, 35.1472};
        i.dong = QStringLiteral("충장동");
        QVERIFY(cache.storeIncident(i));
        const IncidentNote note{kT0.addSecs(60), QStringLiteral("김관제"), QStringLiteral("출동")};
        QVERIFY(cache.recordIncidentNote(i.id, note));

        // A link to an alert the cache does not know breaks the foreign key: refused, reported.
        Incident broken = i;
        broken.id = QStringLiteral("urn:ngsi-ld:Incident:2");
        broken.alertIds = {QStringLiteral("urn:ngsi-ld:Alert:ghost")};
        QVERIFY(!cache.storeIncident(broken));

        IncidentShare s;
        s.id = QStringLiteral("urn:ngsi-ld:CameraShare:1");
        s.incidentId = i.id;
        s.agency = Agency::Fire119;
        s.cameraIds = {QStringLiteral("urn:ngsi-ld:Camera:3"),
                       QStringLiteral("urn:ngsi-ld:Camera:1")};
        s.radiusM = 250;
        s.createdAt = kT0.addSecs(120);
        s.expiresAt = kT0.addSecs(3720);
        s.createdBy = QStringLiteral("김관제");
        s.delivery = QStringLiteral("file:/srv/shares");
        s.deliveryState = DeliveryState::Pending;
        QVERIFY(cache.storeShare(s));
        s.deliveryState = DeliveryState::Failed;
        s.deliveryError = QStringLiteral("disk full");
        s.revokedAt = kT0.addSecs(600);
        QVERIFY(cache.storeShare(s));  // an update, not a second row

        const ActivityEntry viewed{
            0,  kT0.addSecs(30),           QStringLiteral("김관제"),   ActivityKind::CameraViewed,
            {}, QStringLiteral("urn:c:1"), QStringLiteral("maximised")};
        const ActivityEntry state{0,
                                  kT0.addSecs(40),
                                  QStringLiteral("김관제"),
                                  ActivityKind::IncidentState,
                                  i.id,
                                  QStringLiteral("escalated"),
                                  QStringLiteral("open")};
        QVERIFY(cache.recordActivity(viewed));
        QVERIFY(cache.recordActivity(state));

        const QVector<Incident> loaded = cache.loadIncidents();
        QCOMPARE(loaded.size(), 1);
        Incident expected = i;
        expected.notes = {note};
        expected.modifiedAt = kT0;           // updated_at falls back to created_at
        QCOMPARE(loaded.first(), expected);  // alert order kept as the operator made it

        const QVector<IncidentShare> shares = cache.loadShares(i.id);
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first(), s);
        QVERIFY(cache.loadShares(QStringLiteral("urn:other")).isEmpty());

        const QVector<ActivityEntry> all = cache.loadActivity();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].kind, ActivityKind::CameraViewed);
        QVERIFY(all[0].incidentId.isEmpty());
        QCOMPARE(all[0].detail, QStringLiteral("maximised"));
        QVERIFY(all[0].id < all[1].id);
        QCOMPARE(cache.loadActivity(i.id).size(), 1);
        QCOMPARE(cache.loadActivity({}, kT0.addSecs(35)).size(), 1);
        writer.stop();
    }

    void upgradeFrom0002KeepsIncidents() {
        const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
        const QVector<Migration> all = loadMigrations().value();
        QVERIFY(all.size() >= 3);
        {
            // A cache as the previous release left it: schema 2 with an incident in it.
            CacheWriter old(path, SchemaManager(all.mid(0, 2)));
            CacheOpenReport report;
            QVERIFY(old.start(&report));
            QCOMPARE(report.schema.toVersion, 2);
            QVERIFY(old.submit(QStringLiteral("alert"),
                               AlertRepository::upsertAlert(alert(QStringLiteral("x")))));
            QVERIFY(old.submit(QStringLiteral("old incident"), [](QSqlDatabase& db) -> Status {
                for (const QString& sql :
                     {QStringLiteral("INSERT INTO incidents (id, title, state, created_at, "
                                     "created_by, json) VALUES ('urn:ngsi-ld:Incident:old', "
                                     "'옛 사건', 'open', '2026-11-24T22:00:00.000Z', '이관제', "
                                     "NULL)"),
                      QStringLiteral("INSERT INTO incident_alerts VALUES "
                                     "('urn:ngsi-ld:Incident:old', 'urn:ngsi-ld:Alert:x')"),
                      QStringLiteral("INSERT INTO incident_notes (incident_id, user, at, text) "
                                     "VALUES ('urn:ngsi-ld:Incident:old', '이관제', "
                                     "'2026-11-24T22:05:00.000Z', '인계')")})
                    if (Status s = sql::exec(db, sql); !s) return s;
                return Status::ok();
            }));
            QVERIFY(old.flush());
            QCOMPARE(old.opsFailed(), 0);
            old.stop();
        }
        CacheWriter writer(path, SchemaManager(all));
        CacheOpenReport report;
        QVERIFY(writer.start(&report));
        QCOMPARE(report.schema.outcome, SchemaOutcome::Upgraded);
        QCOMPARE(report.schema.fromVersion, 2);
        QCOMPARE(report.schema.toVersion, all.size());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        const QVector<Incident> loaded = cache.loadIncidents();
        QCOMPARE(loaded.size(), 1);
        const Incident& i = loaded.first();
        QCOMPARE(i.title, QStringLiteral("옛 사건"));
        QCOMPARE(i.createdBy, QStringLiteral("이관제"));
        QCOMPARE(i.alertIds, QStringList{QStringLiteral("urn:ngsi-ld:Alert:x")});
        QCOMPARE(i.notes.size(), 1);
        QCOMPARE(i.notes.first().text, QStringLiteral("인계"));
        QVERIFY(!i.location.isValid());  // the old schema had none
        // And the new tables take rows at once.
        IncidentShare s;
        s.id = QStringLiteral("urn:ngsi-ld:CameraShare:new");
        s.incidentId = i.id;
        s.cameraIds = {QStringLiteral("urn:c")};
        s.radiusM = 100;
        s.createdAt = kT0;
        s.expiresAt = kT0.addSecs(60);
        s.createdBy = QStringLiteral("u");
        s.delivery = QStringLiteral("record");
        QVERIFY(cache.storeShare(s));
        QCOMPARE(cache.loadShares().size(), 1);
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TestIncidentRepository)
#include "test_incident_repository.moc"
