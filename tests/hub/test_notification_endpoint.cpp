// NotificationEndpoint: a notification POSTed to it becomes converted entities (re-emitted by
// HubClient as HubPort::notified) after a 204; bad bodies get 400 with ProblemDetails.
#include "hub/hub_client.h"
#include "hub/notification_endpoint.h"
#include "hub/problem_details.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace bg;

namespace {

// No "//" inside raw strings: moc 6.4 takes it for a comment.
const QByteArray kNotification = R"({
  "id":"urn:ngsi-ld:Notification:1","type":"Notification",
  "subscriptionId":"urn:ngsi-ld:Subscription:donggu-console-alerts",
  "notifiedAt":"2026-03-01T09:12:31.204Z",
  "data":[
    {"id":"urn:ngsi-ld:Alert:KR-29110:cctv-0042:20260301T0912","type":"Alert",
     "category":{"type":"Property","value":"security"},
     "subCategory":{"type":"Property","value":"intrusion"},
     "severity":{"type":"Property","value":"high"},
     "dateIssued":{"type":"Property","value":{"@type":"DateTime","@value":"2026-03-01T09:12:30Z"}},
     "location":{"type":"GeoProperty","value":{"type":"Point","coordinates":[126.9213,35.1466]}},
     "alertSource":{"type":"Relationship","object":"urn:ngsi-ld:Device:KR-29110:cctv-0042"}},
    {"id":"urn:ngsi-ld:Alert:broken","type":"Alert","severity":{"type":"Property"}}
  ]})";

}  // namespace

class TestNotificationEndpoint : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    struct Answer {
        int status = 0;
        QByteArray body;
    };

    Answer post(const QUrl& url, const QByteArray& body) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000)) return {};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll()};
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QVector<HubEntity>>(); }

    void notificationBecomesEntities() {
        NotificationEndpoint endpoint(QStringLiteral("/notify"));
        QVERIFY(endpoint.listen());
        QVERIFY(endpoint.port() != 0);
        QCOMPARE(endpoint.url(),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/notify").arg(endpoint.port())));

        HubClientConfig config;
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        HubClient client(&m_network, config);
        client.attachEndpoint(&endpoint);
        QSignalSpy received(&endpoint, &NotificationEndpoint::received);
        QSignalSpy notified(&client, &HubPort::notified);

        const Answer answer = post(endpoint.url(), kNotification);
        QCOMPARE(answer.status, 204);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received[0][0].toString(),
                 QStringLiteral("urn:ngsi-ld:Subscription:donggu-console-alerts"));
        const auto entities = received[0][1].value<QVector<HubEntity>>();
        QCOMPARE(entities.size(), 1);
        QVERIFY(entities[0].domain);
        const auto& alert = std::get<Alert>(*entities[0].domain);
        QCOMPARE(alert.category, AlertCategory::Intrusion);
        QCOMPARE(alert.severity, Severity::High);
        QCOMPARE(alert.sourceId, QStringLiteral("urn:ngsi-ld:Device:KR-29110:cctv-0042"));
        const QStringList warnings = received[0][2].toStringList();
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings[0].contains(QLatin1String("urn:ngsi-ld:Alert:broken")));
        QVERIFY(warnings[0].contains(QLatin1String("'severity'")));

        QTRY_COMPARE(notified.size(), 1);
        QCOMPARE(notified[0][0].value<QVector<HubEntity>>().first().id, entities[0].id);
    }

    void badBodiesGetProblemDetails_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray("{\"data\": [") << "not JSON";
        QTest::newRow("no data") << QByteArray(R"({"subscriptionId":"s"})") << "\"data\"";
        QTest::newRow("data not array") << QByteArray(R"({"data":{"id":"x"}})") << "\"data\"";
        QTest::newRow("array") << QByteArray("[]") << "\"data\"";
    }

    void badBodiesGetProblemDetails() {
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        NotificationEndpoint endpoint(QStringLiteral("notify"));  // the '/' is added
        QVERIFY(endpoint.listen(QHostAddress::LocalHost, 0));
        QSignalSpy received(&endpoint, &NotificationEndpoint::received);
        const Answer answer = post(endpoint.url(), body);
        QCOMPARE(answer.status, 400);
        const auto problem = ProblemDetails::parse(answer.body);
        QVERIFY2(problem, answer.body.constData());
        QCOMPARE(problem->status, 400);
        QVERIFY(problem->type.endsWith(QLatin1String("BadRequestData")));
        QVERIFY2(problem->detail.contains(detail), qPrintable(problem->detail));
        QTest::qWait(20);
        QCOMPARE(received.size(), 0);
    }

    void portInUseFailsWithAMessage() {
        NotificationEndpoint first;
        QVERIFY(first.listen());
        NotificationEndpoint second;
        const Status status = second.listen(QHostAddress::LocalHost, first.port());
        QVERIFY(!status);
        QVERIFY(status.error().contains(QString::number(first.port())));
    }
};

QTEST_GUILESS_MAIN(TestNotificationEndpoint)
#include "test_notification_endpoint.moc"
