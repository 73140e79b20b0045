// Incidents against real servers: every incident action reaches the real simulator's hub through
// the outbox (an NGSI-LD `Incident` entity, POSTed then PATCHed) and reads back with its state,
// alerts and escalation; the `http:` delivery POSTs a share's manifest to a real local HTTP
// server (QHttpServer) and records a refusal as a failed delivery with the server's answer.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "hub/http_share_delivery.h"
#include "hub/hub_client.h"
#include "hub/ngsi_entity.h"
#include "services/alert_engine.h"
#include "services/incident_service.h"
#include "services/sync_service.h"
#include "support/announcing_process.h"
#include "support/process_helpers.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;
using namespace testsupport;

namespace {
Camera camera(const QString& n, double lon, double lat) {
    Camera c;
    c.id = QStringLiteral("urn:ngsi-ld:Camera:test-%1").arg(n);
    c.name = {QStringLiteral("카메라 %1").arg(n), {}};
    c.location = {lon, lat};
    return c;
}
Alert alert(AlertCategory c, double lon, double lat) {
    Alert a;
    a.category = c;
    a.severity = defaultSeverity(c);
    a.sourceId = QStringLiteral("urn:ngsi-ld:Streetlight:test-1");
    a.location = {lon, lat};
    a.description = QStringLiteral("test");
    return a;
}
QJsonObject getEntity(QNetworkAccessManager& nam, const QUrl& hub, const QString& id) {
    QUrl u = hub;
    u.setPath(QStringLiteral("/ngsi-ld/v1/entities/") + id);
    QNetworkReply* r = nam.get(QNetworkRequest(u));
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(5000);
    r->deleteLater();
    return QJsonDocument::fromJson(r->readAll()).object();
}
QJsonValue valueOf(const QJsonObject& entity, const QString& attr) {
    const QJsonValue v = entity.value(attr);
    return v.isObject() && v.toObject().contains(u"value") ? v.toObject().value(u"value") : v;
}
}  // namespace

class TestIncidentHub : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void incidentReachesTheSimulatorHub() {
        AnnouncingProcess sim(
            program("bitgoeul-sim"),
            {QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--no-rtsp")},
            QStringLiteral("HUB_URL"), isolatedEnvironment(m_home.path()));
        QVERIFY(sim.url.isValid());
        QNetworkAccessManager nam;
        HubClient client(&nam, {sim.url});
        CacheWriter writer(m_home.filePath(QStringLiteral("hub.sqlite")),
                           SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer,
                           [](const QJsonObject& n) { return convertNgsiEntity(n).entity; });
        EntityStore store;
        SyncService sync(&client, &store, &cache);
        sync.setHubOnline(true);
        AlertEngine alerts(&store, &cache, &sync);
        IncidentService incidents(&store, &cache, &sync);
        store.upsertMany({camera(QStringLiteral("1"), 126.9201, 35.1461),
                          camera(QStringLiteral("2"), 126.9300, 35.1600)});
        const QString a1 = alerts.raise(alert(AlertCategory::EmergencyBell, 126.9200, 35.1460));
        const QString a2 = alerts.raise(alert(AlertCategory::CrosswalkRedLight, 126.9202, 35.1462));
        const auto made =
            incidents.create({a1, a2}, QStringLiteral("김관제"), QStringLiteral("동구청 앞 사고"));
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(incidents.addNote(made.value(), QStringLiteral("김관제"), QStringLiteral("출동")));
        const auto share =
            incidents.escalate(made.value(), Agency::Fire119, 200, 900, QStringLiteral("김관제"));
        QVERIFY2(share, qPrintable(share.error()));
        QCOMPARE(share.value().cameraIds, QStringList{QStringLiteral("urn:ngsi-ld:Camera:test-1")});
        QVERIFY(
            incidents.transition(made.value(), IncidentState::Resolved, QStringLiteral("김관제")));

        // Every write delivered and accepted by the hub (a refusal would stay or be marked).
        QTRY_COMPARE_WITH_TIMEOUT(sync.pendingWrites(), 0, 15000);
        const QJsonObject e = getEntity(nam, sim.url, made.value());
        QCOMPARE(e.value(u"type").toString(), QStringLiteral("Incident"));
        QCOMPARE(valueOf(e, QStringLiteral("status")).toString(), QStringLiteral("resolved"));
        QCOMPARE(valueOf(e, QStringLiteral("title")).toString(), QStringLiteral("동구청 앞 사고"));
        QCOMPARE(valueOf(e, QStringLiteral("relatedAlerts")).toArray().size(), 2);
        QCOMPARE(valueOf(e, QStringLiteral("notes")).toArray().size(), 1);
        const QJsonArray esc = valueOf(e, QStringLiteral("escalations")).toArray();
        QCOMPARE(esc.size(), 1);
        QCOMPARE(esc.first().toObject().value(u"agency").toString(), QStringLiteral("119"));
        writer.stop();
    }

    void httpDeliveryPostsTheManifest() {
        QHttpServer gateway;
        QJsonObject received;
        bool refuse = false;
        gateway.route(QStringLiteral("/shares"), QHttpServerRequest::Method::Post,
                      [&](const QHttpServerRequest& r) {
                          if (refuse)
                              return QHttpServerResponse(
                                  QByteArray("gateway busy"),
                                  QHttpServerResponse::StatusCode::ServiceUnavailable);
                          received = QJsonDocument::fromJson(r.body()).object();
                          return QHttpServerResponse(QHttpServerResponse::StatusCode::Created);
                      });
        const quint16 port = gateway.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QString spec = QStringLiteral("http:http://127.0.0.1:%1/shares").arg(port);
        const auto parsed = parseDeliverySpec(spec);
        QVERIFY(parsed);
        QNetworkAccessManager nam;
        HttpShareDelivery delivery(&nam, QUrl(parsed.value().target), 3000);
        QCOMPARE(delivery.name(), spec);

        CacheWriter writer(m_home.filePath(QStringLiteral("http.sqlite")),
                           SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        EntityStore store;
        AlertEngine alerts(&store, &cache, nullptr);
        IncidentService incidents(&store, &cache, nullptr);
        incidents.setDelivery(&delivery);
        incidents.setDeliveryRetryMs(1500, 3000);
        store.upsertMany({camera(QStringLiteral("1"), 126.9201, 35.1461)});
        const QString a = alerts.raise(alert(AlertCategory::Fall, 126.9200, 35.1460));
        const QString id = incidents.create({a}, QStringLiteral("u")).value();

        const auto share = incidents.escalate(id, Agency::Police112, 100, 600, QStringLiteral("u"));
        QVERIFY(share);
        QCOMPARE(share.value().deliveryState, DeliveryState::Pending);  // the POST is on its way
        QTRY_COMPARE_WITH_TIMEOUT(incidents.shares(id).first().deliveryState,
                                  DeliveryState::Delivered, 5000);
        QCOMPARE(received.value(u"shareId").toString(), share.value().id);
        QCOMPARE(received.value(u"agency").toString(), QStringLiteral("112"));
        QCOMPARE(received.value(u"cameras").toArray().size(), 1);
        QCOMPARE(cache.loadShares(id).first().deliveryState, DeliveryState::Delivered);  // on disk

        refuse = true;
        const auto second = incidents.escalate(id, Agency::Fire119, 100, 600, QStringLiteral("u"));
        QVERIFY(second);
        QTRY_COMPARE_WITH_TIMEOUT(incidents.shares(id).last().deliveryState, DeliveryState::Failed,
                                  5000);
        const IncidentShare failed = cache.loadShares(id).last();
        QCOMPARE(failed.deliveryState, DeliveryState::Failed);
        QVERIFY2(
            failed.deliveryError.contains(u"503") && failed.deliveryError.contains(u"gateway busy"),
            qPrintable(failed.deliveryError));
        // The gateway is back: the failed share goes through on its own.
        refuse = false;
        QTRY_COMPARE_WITH_TIMEOUT(incidents.shares(id).last().deliveryState,
                                  DeliveryState::Delivered, 10000);
        QCOMPARE(received.value(u"shareId").toString(), second.value().id);
        QCOMPARE(cache.loadShares(id).last().deliveryState, DeliveryState::Delivered);
        // A revocation the gateway refused reaches it too, once it is back.
        refuse = true;
        QVERIFY(incidents.revokeShare(second.value().id, QStringLiteral("u")));
        QTRY_COMPARE_WITH_TIMEOUT(incidents.shares(id).last().deliveryState, DeliveryState::Failed,
                                  5000);
        received = {};
        refuse = false;
        QTRY_COMPARE_WITH_TIMEOUT(incidents.shares(id).last().deliveryState,
                                  DeliveryState::Delivered, 10000);
        QCOMPARE(received.value(u"shareId").toString(), second.value().id);
        QVERIFY(received.contains(u"revokedAt"));
        writer.stop();
    }
};

QTEST_GUILESS_MAIN(TestIncidentHub)
#include "test_incident_hub.moc"
