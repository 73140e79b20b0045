// Incidents with a REAL cache on disk: the state machine, one incident from alerts of three
// domains (crosswalk, CCTV rule, pole bell), unknown alert ids refused, escalation sharing the
// cameras within a radius (known coordinates), expiry and revocation, the share manifest written
// by the `file:` delivery, the timeline's order and content (under QAbstractItemModelTester),
// everything surviving a restart and queued for the hub, and the shift report counting incidents.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/hub_port.h"
#include "services/alert_engine.h"
#include "services/file_share_delivery.h"
#include "services/incident_service.h"
#include "services/shift_report.h"
#include "services/sync_service.h"
#include "ui/models/incident_models.h"
#include "ui/models/shift_report_document.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace bg;

namespace {
class AwayHub : public HubPort {
public:
    void fetchType(const QString&) override {}
    void deliver(const OutboxWrite&) override {}
};

constexpr double kEarthRadiusM = 6371008.8;
const GeoPoint kBase{126.9200, 35.1460};  // near the Asian Culture Center, Dong-gu

/// A point `northM` metres due north of kBase: along a meridian the great-circle distance is
/// R·Δφ exactly, so the expected distances do not depend on the code under test.
GeoPoint north(double northM) {
    return {kBase.lon, kBase.lat + northM / kEarthRadiusM * 180.0 / M_PI};
}

Camera camera(const QString& n, const GeoPoint& at) {
    Camera c;
    c.id = QStringLiteral("urn:ngsi-ld:Camera:%1").arg(n);
    c.name = {QStringLiteral("카메라 %1").arg(n), QStringLiteral("Camera %1").arg(n)};
    c.location = at;
    c.dong = QStringLiteral("충장동");
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://admin:secret@127.0.0.1:8554/%1/main").arg(n));
    c.subStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/%1/sub").arg(n));
    return c;
}

Alert alert(AlertCategory c, const QString& source, const GeoPoint& at, const QDateTime& when) {
    Alert a;
    a.category = c;
    a.severity = defaultSeverity(c);
    a.sourceId = source;
    a.location = at;
    a.raisedAt = when;
    a.dong = QStringLiteral("충장동");
    a.description = QStringLiteral("test");
    return a;
}

struct Rig {
    explicit Rig(const QString& path, const QDateTime* now)
        : writer(path, SchemaManager(loadMigrations().value())),
          started(writer.start()),
          cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); }),
          sync(&hub, &store, &cache),
          alerts(&store, &cache, &sync, nullptr, [now] { return *now; }),
          incidents(&store, &cache, &sync, nullptr, [now] { return *now; }) {}
    CacheWriter writer;
    Status started;
    CacheAdapter cache;
    AwayHub hub;
    EntityStore store;
    SyncService sync;
    AlertEngine alerts;
    IncidentService incidents;
};
}  // namespace

class TestIncidents : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);

    /// Three alerts of three domains around kBase (50 m apart) and cameras at known distances.
    QStringList seed(Rig& r) {
        r.store.upsertMany({camera(QStringLiteral("near"), north(100)),
                            camera(QStringLiteral("mid"), north(290)),
                            camera(QStringLiteral("edge"), north(310)),
                            camera(QStringLiteral("far"), north(900))});
        const QString crosswalk = r.alerts.raise(alert(AlertCategory::CrosswalkRedLight,
                                                       QStringLiteral("urn:ngsi-ld:Crosswalk:1"),
                                                       north(-50), m_now.addSecs(-300)));
        const QString rule = r.alerts.raise(alert(AlertCategory::Intrusion,
                                                  QStringLiteral("urn:ngsi-ld:Camera:near"),
                                                  north(0), m_now.addSecs(-240)));
        const QString bell = r.alerts.raise(alert(AlertCategory::EmergencyBell,
                                                  QStringLiteral("urn:ngsi-ld:SmartPole:7"),
                                                  north(50), m_now.addSecs(-200)));
        return {crosswalk, rule, bell};
    }

private Q_SLOTS:
    void stateMachine() {
        using S = IncidentState;
        QVERIFY(canTransition(S::Open, S::Escalated));
        QVERIFY(canTransition(S::Open, S::Resolved));
        QVERIFY(canTransition(S::Escalated, S::Resolved));
        QVERIFY(canTransition(S::Resolved, S::Closed));
        QVERIFY(canTransition(S::Resolved, S::Open));  // reopen
        QVERIFY(!canTransition(S::Open, S::Closed));   // resolve first
        QVERIFY(!canTransition(S::Escalated, S::Open));
        QVERIFY(!canTransition(S::Closed, S::Open));
        QVERIFY(!canTransition(S::Closed, S::Resolved));
        QVERIFY(!canTransition(S::Open, S::Open));
    }

    void deliverySpec() {
        QCOMPARE(parseDeliverySpec(QString()).value().kind, DeliverySpec::Kind::Record);
        QCOMPARE(parseDeliverySpec(QStringLiteral("record")).value().kind,
                 DeliverySpec::Kind::Record);
        const auto file = parseDeliverySpec(QStringLiteral("file:/srv/shares"));
        QCOMPARE(file.value().kind, DeliverySpec::Kind::File);
        QCOMPARE(file.value().target, QStringLiteral("/srv/shares"));
        QCOMPARE(parseDeliverySpec(QStringLiteral("http:http://gw.local:8080/shares")).value().kind,
                 DeliverySpec::Kind::Http);
        const auto bad = parseDeliverySpec(QStringLiteral("mail:police"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().contains(u"escalation/delivery"), qPrintable(bad.error()));
        QVERIFY(!parseDeliverySpec(QStringLiteral("file:")));
        QVERIFY(!parseDeliverySpec(QStringLiteral("http:ftp://x")));
    }

    void camerasByRadius() {
        const QVector<Camera> cams{
            camera(QStringLiteral("far"), north(900)), camera(QStringLiteral("edge"), north(310)),
            camera(QStringLiteral("near"), north(100)), camera(QStringLiteral("mid"), north(-290))};
        QCOMPARE(camerasWithinRadius(kBase, 300, cams),
                 (QStringList{QStringLiteral("urn:ngsi-ld:Camera:near"),
                              QStringLiteral("urn:ngsi-ld:Camera:mid")}));
        QCOMPARE(camerasWithinRadius(kBase, 1000, cams).size(), 4);
        QCOMPARE(camerasWithinRadius(kBase, 50, cams), QStringList());
        QCOMPARE(camerasWithinRadius(GeoPoint{}, 1000, cams), QStringList());
    }

    void createAcrossDomainsEscalateAndRestart() {
        const QString path = m_dir.filePath(QStringLiteral("incidents.sqlite"));
        const QString shareDir = m_dir.filePath(QStringLiteral("shares"));
        QString incidentId;
        QString shareId;
        QStringList alertIds;
        {
            Rig r(path, &m_now);
            QVERIFY2(r.started, qPrintable(r.started.error()));
            FileShareDelivery delivery(shareDir);
            r.incidents.setDelivery(&delivery);
            alertIds = seed(r);
            const int outboxBefore = r.sync.pendingWrites();

            // Unknown ids are refused by name, and nothing is made.
            const auto unknown = r.incidents.create(
                {alertIds[0], QStringLiteral("urn:ngsi-ld:Alert:nope")}, QStringLiteral("김관제"));
            QVERIFY(!unknown);
            QVERIFY2(unknown.error().contains(u"urn:ngsi-ld:Alert:nope"),
                     qPrintable(unknown.error()));
            QVERIFY(!r.incidents.create({}, QStringLiteral("김관제")));
            QVERIFY(!r.incidents.create(alertIds, QString()));
            QVERIFY(r.incidents.incidents().isEmpty());

            QSignalSpy changed(&r.incidents, &IncidentService::incidentChanged);
            m_now = m_now.addSecs(10);
            const auto created = r.incidents.create(alertIds, QStringLiteral("김관제"),
                                                    QStringLiteral("충장로 횡단보도 사고"));
            QVERIFY2(created, qPrintable(created.error()));
            incidentId = created.value();
            QCOMPARE(changed.size(), 1);
            const Incident* i = r.incidents.incident(incidentId);
            QCOMPARE(i->alertIds, alertIds);
            QCOMPARE(i->state, IncidentState::Open);
            // The centroid of -50 m, 0 m and +50 m north is the base point.
            QVERIFY(distanceMeters(i->location, kBase) < 0.5);
            QCOMPARE(r.incidents.incidentsOf(alertIds[2]), QStringList{incidentId});
            // Written to the hub: POST of an Incident entity through the outbox.
            QCOMPARE(r.sync.pendingWrites(), outboxBefore + 1);
            const OutboxWrite post = r.cache.pendingOutbox().last();
            QCOMPARE(post.method, QStringLiteral("POST"));
            const QJsonObject body = QJsonDocument::fromJson(post.body).object();
            QCOMPARE(body.value(u"type").toString(), QStringLiteral("Incident"));
            QCOMPARE(body.value(u"relatedAlerts").toObject().value(u"value").toArray().size(), 3);

            // Illegal transitions change nothing.
            QVERIFY(!r.incidents.transition(incidentId, IncidentState::Closed,
                                            QStringLiteral("김관제")));
            QCOMPARE(r.incidents.incident(incidentId)->state, IncidentState::Open);

            m_now = m_now.addSecs(20);
            QVERIFY(r.incidents.addNote(incidentId, QStringLiteral("김관제"),
                                        QStringLiteral("보행자 부상, 구급차 요청")));
            QVERIFY(
                !r.incidents.addNote(incidentId, QStringLiteral("김관제"), QStringLiteral(" ")));

            // Bad escalation input: the field is named.
            auto bad = r.incidents.escalate(incidentId, Agency::Police112, 0, 3600,
                                            QStringLiteral("김관제"));
            QVERIFY(!bad);
            QVERIFY2(bad.error().startsWith(u"radius_m"), qPrintable(bad.error()));
            bad = r.incidents.escalate(incidentId, Agency::Police112, 300, 0,
                                       QStringLiteral("김관제"));
            QVERIFY2(bad.error().startsWith(u"validity"), qPrintable(bad.error()));
            bad = r.incidents.escalate(incidentId, Agency::Police112, 20, 3600,
                                       QStringLiteral("김관제"));
            QVERIFY2(bad.error().contains(u"no camera"), qPrintable(bad.error()));
            QVERIFY(r.incidents.shares().isEmpty());

            m_now = m_now.addSecs(30);
            const auto share = r.incidents.escalate(incidentId, Agency::Police112, 300, 1800,
                                                    QStringLiteral("김관제"));
            QVERIFY2(share, qPrintable(share.error()));
            shareId = share.value().id;
            QCOMPARE(share.value().cameraIds,
                     (QStringList{QStringLiteral("urn:ngsi-ld:Camera:near"),
                                  QStringLiteral("urn:ngsi-ld:Camera:mid")}));
            QCOMPARE(share.value().expiresAt, m_now.addSecs(1800));
            QCOMPARE(share.value().deliveryState, DeliveryState::Delivered);
            QCOMPARE(share.value().delivery, QStringLiteral("file:") + shareDir);
            QCOMPARE(r.incidents.incident(incidentId)->state, IncidentState::Escalated);
            QCOMPARE(share.value().status(m_now), ShareStatus::Active);
            QCOMPARE(share.value().status(m_now.addSecs(1800)), ShareStatus::Expired);

            // The manifest a gateway picks up: the share, its cameras, no credentials.
            QFile manifest(delivery.pathFor(shareId));
            QVERIFY2(manifest.open(QIODevice::ReadOnly), qPrintable(manifest.fileName()));
            const QJsonObject m = QJsonDocument::fromJson(manifest.readAll()).object();
            QCOMPARE(m.value(u"shareId").toString(), shareId);
            QCOMPARE(m.value(u"agency").toString(), QStringLiteral("112"));
            QCOMPARE(m.value(u"incidentId").toString(), incidentId);
            const QJsonArray cams = m.value(u"cameras").toArray();
            QCOMPARE(cams.size(), 2);
            QCOMPARE(cams.at(0).toObject().value(u"id").toString(),
                     QStringLiteral("urn:ngsi-ld:Camera:near"));
            QCOMPARE(cams.at(0).toObject().value(u"distanceM").toInt(), 100);
            QVERIFY(!cams.at(0).toObject().value(u"stream").toString().contains(u"secret"));
            QCOMPARE(QDateTime::fromString(m.value(u"expiresAt").toString(), Qt::ISODateWithMs),
                     m_now.addSecs(1800));

            // A camera opened on the wall and an export are logged; a camera of no concern
            // is logged too but stays out of the timeline.
            m_now = m_now.addSecs(5);
            QVERIFY(r.incidents.logActivity(ActivityKind::CameraViewed, QStringLiteral("김관제"),
                                            QStringLiteral("urn:ngsi-ld:Camera:mid"),
                                            QStringLiteral("maximised")));
            QVERIFY(r.incidents.logActivity(ActivityKind::CameraViewed, QStringLiteral("김관제"),
                                            QStringLiteral("urn:ngsi-ld:Camera:far")));
            m_now = m_now.addSecs(5);
            QVERIFY(r.alerts.transition(alertIds[1], AlertState::Acknowledged,
                                        QStringLiteral("김관제"), QStringLiteral("확인")));
            m_now = m_now.addSecs(5);
            QVERIFY(r.incidents.logActivity(ActivityKind::Export, QStringLiteral("김관제"),
                                            QStringLiteral("/tmp/shift.pdf")));
            m_now = m_now.addSecs(5);
            QVERIFY(r.incidents.revokeShare(shareId, QStringLiteral("김관제")));
            QVERIFY(!r.incidents.revokeShare(shareId, QStringLiteral("김관제")));
            QCOMPARE(r.incidents.shares(incidentId).first().status(m_now), ShareStatus::Revoked);
            QFile revoked(delivery.pathFor(shareId));
            QVERIFY(revoked.open(QIODevice::ReadOnly));
            QVERIFY(QJsonDocument::fromJson(revoked.readAll()).object().contains(u"revokedAt"));
            m_now = m_now.addSecs(5);
            QVERIFY(r.incidents.transition(incidentId, IncidentState::Resolved,
                                           QStringLiteral("박팀장")));

            // Every change went to the hub's outbox (offline: all still pending).
            QStringList paths;
            for (const OutboxWrite& w : r.cache.pendingOutbox()) paths << w.method + u' ' + w.path;
            QVERIFY(paths.count(QStringLiteral("PATCH /entities/%1/attrs").arg(incidentId)) >= 4);

            // The timeline: in time order, all kinds, nothing of the unrelated camera.
            using K = TimelineEntry::Kind;
            const QVector<TimelineEntry> t = r.incidents.timeline(incidentId);
            QVector<K> kinds;
            for (const TimelineEntry& e : t) kinds << e.kind;
            const QVector<K> expected{K::AlertRaised, K::AlertRaised,  K::AlertRaised,
                                      K::Created,     K::Note,         K::Escalation,
                                      K::StateChange, K::CameraViewed, K::AlertTransition,
                                      K::Export,      K::ShareRevoked, K::StateChange};
            QCOMPARE(kinds, expected);
            for (int k = 1; k < t.size(); ++k) QVERIFY(t[k - 1].at <= t[k].at);
            QCOMPARE(t[0].subject, alertIds[0]);
            QCOMPARE(t[0].detail, QStringLiteral("pedestrianOnRed"));
            QCOMPARE(t[4].detail, QStringLiteral("보행자 부상, 구급차 요청"));
            QCOMPARE(t[5].subject, shareId);
            QCOMPARE(t[6].from, QStringLiteral("open"));
            QCOMPARE(t[6].to, QStringLiteral("escalated"));
            QCOMPARE(t[7].subject, QStringLiteral("urn:ngsi-ld:Camera:mid"));
            QCOMPARE(t[8].to, QStringLiteral("acknowledged"));
            QCOMPARE(t[8].detail, QStringLiteral("확인"));
            QCOMPARE(t[11].user, QStringLiteral("박팀장"));

            // The same as a model, checked by QAbstractItemModelTester.
            IncidentTimelineModel model(&r.incidents, &r.store);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setIncident(incidentId);
            QCOMPARE(model.rowCount(), t.size());
            QVERIFY(model.index(5, IncidentTimelineModel::DetailColumn)
                        .data()
                        .toString()
                        .contains(u"300"));
            QVERIFY(r.incidents.addNote(incidentId, QStringLiteral("김관제"),
                                        QStringLiteral("인계 완료")));
            QCOMPARE(model.rowCount(), t.size() + 1);

            IncidentListModel list(&r.incidents);
            QAbstractItemModelTester listTester(
                &list, QAbstractItemModelTester::FailureReportingMode::QtTest);
            IncidentFilterProxy proxy;
            proxy.setSourceModel(&list);
            QAbstractItemModelTester proxyTester(
                &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(list.rowCount(), 1);
            proxy.setOpenOnly(true);
            QCOMPARE(proxy.rowCount(), 0);  // resolved
            QVERIFY(r.incidents.transition(incidentId, IncidentState::Open,
                                           QStringLiteral("박팀장")));  // reopened
            QCOMPARE(proxy.rowCount(), 1);
            const auto second = r.incidents.create({alertIds[0]}, QStringLiteral("김관제"));
            QVERIFY(second);
            QCOMPARE(list.rowCount(), 2);
            QCOMPARE(proxy.index(0, 0).data(IncidentListModel::IdRole).toString(),
                     second.value());  // newest first
            r.writer.stop();
        }
        // After a restart everything is back from the disk.
        Rig again(path, &m_now);
        QVERIFY(again.started);
        again.alerts.loadFromCache();
        QCOMPARE(again.incidents.loadFromCache(), 2);
        const Incident* i = again.incidents.incident(incidentId);
        QVERIFY(i);
        QCOMPARE(i->alertIds, alertIds);
        QCOMPARE(i->state, IncidentState::Open);
        QCOMPARE(i->notes.size(), 2);
        QCOMPARE(i->notes.first().user, QStringLiteral("김관제"));
        QVERIFY(distanceMeters(i->location, kBase) < 0.5);
        const QVector<IncidentShare> shares = again.incidents.shares(incidentId);
        QCOMPARE(shares.size(), 1);
        QCOMPARE(shares.first().id, shareId);
        QCOMPARE(shares.first().cameraIds.size(), 2);
        QVERIFY(shares.first().revokedAt.isValid());
        QCOMPARE(shares.first().deliveryState, DeliveryState::Delivered);
        QCOMPARE(again.incidents.timeline(incidentId).size(), 14);
    }

    void membersAndUnknowns() {
        Rig r(m_dir.filePath(QStringLiteral("members.sqlite")), &m_now);
        QVERIFY(r.started);
        const QStringList ids = seed(r);
        const auto created = r.incidents.create({ids[0]}, QStringLiteral("u"));
        QVERIFY(created);
        const QString id = created.value();
        QVERIFY(!r.incidents.addAlerts(id, {QStringLiteral("urn:x")}, QStringLiteral("u")));
        QVERIFY(r.incidents.addAlerts(id, {ids[1], ids[2]}, QStringLiteral("u")));
        QCOMPARE(r.incidents.incident(id)->alertIds.size(), 3);
        QVERIFY(r.incidents.removeAlert(id, ids[1], QStringLiteral("u")));
        QVERIFY(!r.incidents.removeAlert(id, ids[1], QStringLiteral("u")));
        QCOMPARE(r.incidents.incident(id)->alertIds, (QStringList{ids[0], ids[2]}));
        // The removed alert keeps its place in the history.
        int removed = 0;
        for (const TimelineEntry& e : r.incidents.timeline(id))
            removed += e.kind == TimelineEntry::Kind::AlertRemoved;
        QCOMPARE(removed, 1);
        QVERIFY(r.incidents.transition(id, IncidentState::Resolved, QStringLiteral("u")));
        QVERIFY(r.incidents.transition(id, IncidentState::Closed, QStringLiteral("u")));
        const auto late = r.incidents.escalate(id, Agency::Fire119, 500, 600, QStringLiteral("u"));
        QVERIFY(!late);
        QVERIFY2(late.error().contains(u"closed"), qPrintable(late.error()));
        QVERIFY(!r.incidents.transition(id, IncidentState::Open, QStringLiteral("u")));
    }

    void shiftReportCountsIncidents() {
        Rig r(m_dir.filePath(QStringLiteral("shift.sqlite")), &m_now);
        QVERIFY(r.started);
        const QStringList ids = seed(r);
        const QDateTime shiftStart = m_now.addSecs(-3600);
        // One incident before the shift, still open; two in it, one escalated, one resolved.
        const QDateTime saved = m_now;
        m_now = shiftStart.addSecs(-600);
        const auto before = r.incidents.create({ids[0]}, QStringLiteral("u"));
        m_now = saved.addSecs(-1200);
        const auto escalated = r.incidents.create({ids[1]}, QStringLiteral("u"));
        QVERIFY(r.incidents.escalate(escalated.value(), Agency::Fire119, 400, 600,
                                     QStringLiteral("u")));
        m_now = saved.addSecs(-600);
        const auto resolved = r.incidents.create({ids[2]}, QStringLiteral("u"));
        QVERIFY(
            r.incidents.transition(resolved.value(), IncidentState::Resolved, QStringLiteral("u")));
        m_now = saved;
        QVERIFY(before && escalated && resolved);

        ShiftReport report =
            buildShiftReport(r.cache.loadAlerts(), r.cache.loadTransitions(), shiftStart, m_now);
        addIncidents(report, r.cache.loadIncidents(), r.cache.loadShares());
        QCOMPARE(report.incidentsCreated, 2);
        QCOMPARE(report.incidentsEscalated, 1);
        QCOMPARE(report.incidentsOpen, 2);  // the old one and the escalated one
        QCOMPARE(report.incidents.size(), 3);
        QCOMPARE(report.incidents.first().id, before.value());
        QCOMPARE(report.escalations.size(), 1);
        QCOMPARE(report.escalations.first().agency, Agency::Fire119);
        const QString html = shiftReportHtml(report, QStringLiteral("동구"));
        QVERIFY(html.contains(report.incidents.last().title.toHtmlEscaped()));
        QVERIFY(html.contains(u"Fire 119"));
    }
};

QTEST_GUILESS_MAIN(TestIncidents)
#include "test_incidents.moc"
