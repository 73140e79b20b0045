// HubClient against canned broker answers on a loopback port: pagination (Link rel=next, by
// offset, server caps, "limit too large"), ProblemDetails errors and which of them are retried
// (counting the requests the server saw), bodies that are not JSON or cut short, timeouts,
// headers (bearer token, op id), KETI paths, temporal answers and subscriptions.
// No "//" inside raw strings: moc 6.4 takes it for a comment (JSON writes "https:\/\/").
#include "canned_broker.h"

#include "hub/hub_client.h"
#include "hub/ngsi_time.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace bg;

namespace {

QByteArray entity(int n) {
    return QStringLiteral(
               R"({"id":"urn:ngsi-ld:T:%1","type":"T","n":{"type":"Property","value":%1}})")
        .arg(n)
        .toUtf8();
}

QByteArray page(int from, int count) {
    QByteArrayList items;
    for (int i = from; i < from + count; ++i) items << entity(i);
    return '[' + items.join(',') + ']';
}

QUrlQuery queryOf(const SeenRequest& r) {
    return QUrlQuery(QUrl(QString::fromLatin1(r.target)));
}

QByteArray problem(const char* type, const char* title, int status) {
    return QStringLiteral(
               R"({"type":"https:\/\/uri.etsi.org/ngsi-ld/errors/%1","title":"%2","status":%3})")
        .arg(QLatin1String(type), QLatin1String(title))
        .arg(status)
        .toUtf8();
}

struct Fetched {
    QString type;
    QVector<HubEntity> entities;
    QStringList warnings;
    QString error;
};

struct Delivered {
    QString opId;
    bool ok = false;
    bool retryable = false;
    QString message;
};

}  // namespace

class TestHubClient : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    HubClientConfig config(const CannedBroker& broker) {
        HubClientConfig c;
        c.baseUrl = QUrl(broker.url());
        c.retryBaseMs = 5;
        c.timeoutMs = 3000;
        return c;
    }

    // Runs fetchType and waits for its one answer.
    Fetched fetch(HubClient& client, const QString& type) {
        QSignalSpy spy(&client, &HubPort::fetched);
        client.fetchType(type);
        if (!spy.wait(10000)) return {type, {}, {}, QStringLiteral("no answer")};
        [&] { QCOMPARE(spy.size(), 1); }();
        const auto args = spy.takeFirst();
        return {args[0].toString(), args[1].value<QVector<HubEntity>>(), args[2].toStringList(),
                args[3].toString()};
    }

    Delivered deliver(HubClient& client, const OutboxWrite& write) {
        QSignalSpy spy(&client, &HubPort::delivered);
        client.deliver(write);
        if (!spy.wait(10000)) return {write.opId, false, false, QStringLiteral("no answer")};
        const auto args = spy.takeFirst();
        return {args[0].toString(), args[1].toBool(), args[2].toBool(), args[3].toString()};
    }

    static OutboxWrite write(const char* method, const QString& path) {
        OutboxWrite w;
        w.id = 1;
        w.opId = QStringLiteral("op-7f3a");
        w.method = QLatin1String(method);
        w.path = path;
        w.body = R"({"status":{"type":"Property","value":"acknowledged"}})";
        w.contentType = QStringLiteral("application/json");
        return w;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QVector<HubEntity>>(); }

    void followsLinkRelNext() {
        CannedBroker broker([](const SeenRequest& r, int index) {
            CannedAnswer a = CannedBroker::json(200, {});
            if (index == 0) {
                a.body = page(0, 2);
                a.header(
                    "Link",
                    "<https://ctx.example/c.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\"; "
                    "type=\"application/ld+json\", "
                    "</ngsi-ld/v1/entities?type=T&limit=2&offset=2&cursor=abc>; "
                    "rel=\"next\"; type=\"application/json\"");
            } else if (queryOf(r).queryItemValue(QStringLiteral("cursor")) == u"abc") {
                a.body = page(2, 2);
                a.header(
                    "Link",
                    R"(</ngsi-ld/v1/entities?type=T&limit=2&offset=4&cursor=def>; rel="next")");
            } else {
                a.body = page(4, 1);
            }
            return a;
        });
        HubClientConfig c = config(broker);
        c.pageSize = 2;
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.type, QStringLiteral("T"));
        QCOMPARE(f.entities.size(), 5);
        QCOMPARE(f.entities[4].id, QStringLiteral("urn:ngsi-ld:T:4"));
        QCOMPARE(broker.seen().size(), 3);
        QCOMPARE(broker.seen()[0].target,
                 QByteArray("/ngsi-ld/v1/entities?type=T&limit=2&offset=0"));
        QCOMPARE(queryOf(broker.seen()[2]).queryItemValue(QStringLiteral("cursor")),
                 QStringLiteral("def"));
    }

    void continuesByOffsetWithoutLink() {
        CannedBroker broker([](const SeenRequest& r, int) {
            const int offset = queryOf(r).queryItemValue(QStringLiteral("offset")).toInt();
            return CannedBroker::json(200, offset < 4 ? page(offset, 2) : QByteArray("[]"));
        });
        HubClientConfig c = config(broker);
        c.pageSize = 2;
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.entities.size(), 4);
        QCOMPARE(broker.seen().size(), 3);
        QCOMPARE(queryOf(broker.seen()[2]).queryItemValue(QStringLiteral("offset")),
                 QStringLiteral("4"));
    }

    void aShortPageWithoutLinkEnds() {
        // The server caps pages at 3 although 10 were asked: taken as the last page.
        CannedBroker broker(
            [](const SeenRequest&, int) { return CannedBroker::json(200, page(0, 3)); });
        HubClientConfig c = config(broker);
        c.pageSize = 10;
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.entities.size(), 3);
        QCOMPARE(broker.seen().size(), 1);
    }

    void limitTooLargeHalvesThePageOnce() {
        CannedBroker broker([](const SeenRequest& r, int) {
            const int limit = queryOf(r).queryItemValue(QStringLiteral("limit")).toInt();
            if (limit > 500)
                return CannedBroker::json(400, problem("BadRequestData", "limit too large", 400));
            return CannedBroker::json(200, page(0, 1));
        });
        HubClientConfig c = config(broker);
        c.pageSize = 1000;
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
        QCOMPARE(f.entities.size(), 1);
        QCOMPARE(broker.seen().size(), 2);
        QCOMPARE(queryOf(broker.seen()[1]).queryItemValue(QStringLiteral("limit")),
                 QStringLiteral("500"));

        // Still refused after halving: an error, not a loop.
        CannedBroker stubborn([](const SeenRequest&, int) {
            return CannedBroker::json(400, problem("BadRequestData", "limit too large", 400));
        });
        HubClient client2(&m_network, config(stubborn));
        const Fetched f2 = fetch(client2, QStringLiteral("T"));
        QVERIFY(f2.error.contains(QLatin1String("limit too large")));
        QCOMPARE(stubborn.seen().size(), 2);
    }

    void malformedEntitiesAreSkippedAndNamed() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(
                200, "[" + entity(1) +
                         R"(,{"id":"urn:ngsi-ld:T:bad","type":"T","n":{"type":"Property"}},)" +
                         entity(3) + "]");
        });
        HubClient client(&m_network, config(broker));
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY(f.error.isEmpty());
        QCOMPARE(f.entities.size(), 2);
        QCOMPARE(f.warnings.size(), 1);
        QVERIFY(f.warnings[0].contains(QLatin1String("urn:ngsi-ld:T:bad")));
        QVERIFY(f.warnings[0].contains(QLatin1String("'n'")));
    }

    void badRequestIsNotRetried() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(400, problem("BadRequestData", "Invalid type", 400));
        });
        HubClient client(&m_network, config(broker));
        const Fetched f = fetch(client, QStringLiteral("Parking Lot"));
        QCOMPARE(broker.seen().size(), 1);
        QVERIFY(f.error.contains(QLatin1String("Parking Lot")));
        QVERIFY2(f.error.contains(QLatin1String("BadRequestData: Invalid type (400)")),
                 qPrintable(f.error));
        QVERIFY(f.error.contains(QLatin1String("HTTP 400")));
    }

    void notFoundDeliveryIsFinal() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(404, problem("ResourceNotFound", "Entity Not Found", 404));
        });
        HubClient client(&m_network, config(broker));
        const Delivered d =
            deliver(client, write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs")));
        QCOMPARE(d.opId, QStringLiteral("op-7f3a"));
        QVERIFY(!d.ok);
        QVERIFY(!d.retryable);
        QVERIFY(d.message.contains(QLatin1String("ResourceNotFound")));
        QCOMPARE(broker.seen().size(), 1);
    }

    void conflictOnPostIsAlreadyThere() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(409, problem("AlreadyExists", "Entity already exists", 409));
        });
        HubClient client(&m_network, config(broker));
        const Delivered created = deliver(client, write("POST", QStringLiteral("/entities")));
        QVERIFY(created.ok);
        QVERIFY(created.message.contains(QLatin1String("AlreadyExists")));
        const Delivered patched =
            deliver(client, write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs")));
        QVERIFY(!patched.ok);
        QVERIFY(!patched.retryable);
        QCOMPARE(broker.seen().size(), 2);
    }

    void unavailableIsRetriedThenSucceeds() {
        CannedBroker broker([](const SeenRequest&, int index) {
            if (index < 2)
                return CannedBroker::json(503, problem("LdContextNotAvailable", "busy", 503));
            return CannedBroker::json(204, {});
        });
        HubClient client(&m_network, config(broker));
        const Delivered d =
            deliver(client, write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs")));
        QVERIFY2(d.ok, qPrintable(d.message));
        QCOMPARE(broker.seen().size(), 3);
        // The same write each time, op id included: the hub can tell the repeats.
        for (const SeenRequest& r : broker.seen()) {
            QCOMPARE(r.headers.value("x-bitgoeul-op-id"), QByteArray("op-7f3a"));
            QCOMPARE(r.body, write("PATCH", {}).body);
        }
    }

    void unavailableBeyondRetriesIsRetryable() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(503, problem("InternalError", "down", 503));
        });
        HubClientConfig c = config(broker);
        c.maxRetries = 2;
        HubClient client(&m_network, c);
        const Delivered d =
            deliver(client, write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs")));
        QVERIFY(!d.ok);
        QVERIFY(d.retryable);
        QVERIFY(d.message.contains(QLatin1String("HTTP 503")));
        QCOMPARE(broker.seen().size(), 3);
    }

    void bodyThatIsNotJson() {
        CannedBroker broker([](const SeenRequest&, int) {
            CannedAnswer a = CannedBroker::json(200, "<html>maintenance</html>");
            a.header("Content-Type", "text/html");
            return a;
        });
        HubClientConfig c = config(broker);
        c.baseUrl.setUserInfo(QStringLiteral("operator:hunter2"));
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("OffStreetParking"));
        QVERIFY(f.entities.isEmpty());
        QVERIFY2(f.error.contains(QLatin1String("OffStreetParking")), qPrintable(f.error));
        QVERIFY(f.error.contains(QLatin1String("not JSON")));
        QVERIFY(f.error.contains(
            QStringLiteral("127.0.0.1:%1/ngsi-ld/v1/entities").arg(broker.port())));
        QVERIFY(!f.error.contains(QLatin1String("hunter2")));
        QVERIFY(!f.error.contains(QLatin1String("operator")));
        QCOMPARE(broker.seen().size(), 1);  // a 200 is an answer: not retried
    }

    void truncatedBody() {
        CannedBroker broker([](const SeenRequest&, int) {
            CannedAnswer a = CannedBroker::json(200, page(0, 2).left(30));
            a.truncate = true;
            return a;
        });
        HubClientConfig c = config(broker);
        c.maxRetries = 1;
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("OffStreetParking"));
        QVERIFY(f.entities.isEmpty());
        QVERIFY2(f.error.contains(QLatin1String("OffStreetParking")), qPrintable(f.error));
        QVERIFY2(f.error.contains(QLatin1String("cut short")), qPrintable(f.error));
        // A connection problem: retried. Qt's HTTP layer may resend a request on a closed
        // connection once by itself, so the server can see more than 1 + maxRetries.
        QVERIFY(broker.seen().size() >= 2);
    }

    void slowServerTimesOut() {
        CannedBroker broker([](const SeenRequest&, int) {
            CannedAnswer a;
            a.hang = true;
            return a;
        });
        HubClientConfig c = config(broker);
        c.timeoutMs = 300;
        c.maxRetries = 1;
        HubClient client(&m_network, c);
        QElapsedTimer timer;
        timer.start();
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY2(f.error.contains(QLatin1String("no answer within 300 ms")), qPrintable(f.error));
        QVERIFY(timer.elapsed() >= 500);  // two attempts of 300 ms (coarse timers run early)
        QCOMPARE(broker.seen().size(), 2);
        const Delivered d =
            deliver(client, write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs")));
        QVERIFY(!d.ok);
        QVERIFY(d.retryable);
    }

    void connectionRefusedIsRetryable() {
        quint16 port = 0;
        {
            CannedBroker gone([](const SeenRequest&, int) { return CannedAnswer{}; });
            port = gone.port();
        }
        HubClientConfig c;
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        c.maxRetries = 1;
        c.retryBaseMs = 5;
        HubClient client(&m_network, c);
        const Delivered d = deliver(client, write("POST", QStringLiteral("/entities")));
        QVERIFY(!d.ok);
        QVERIFY(d.retryable);
    }

    void headersOfAWrite() {
        CannedBroker broker([](const SeenRequest&, int) { return CannedBroker::json(204, {}); });
        HubClientConfig c = config(broker);
        c.bearerToken = QStringLiteral("tok-123");
        HubClient client(&m_network, c);
        OutboxWrite w = write("PATCH", QStringLiteral("/entities/urn:ngsi-ld:Alert:1/attrs"));
        w.contentType = QStringLiteral("application/ld+json");
        const Delivered d = deliver(client, w);
        QVERIFY(d.ok);
        QCOMPARE(broker.seen().size(), 1);
        const SeenRequest& r = broker.seen()[0];
        QCOMPARE(r.method, QByteArray("PATCH"));
        QCOMPARE(r.target, QByteArray("/ngsi-ld/v1/entities/urn:ngsi-ld:Alert:1/attrs"));
        QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(r.headers.value("x-bitgoeul-op-id"), QByteArray("op-7f3a"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/ld+json"));
        QCOMPARE(r.body, w.body);

        const Fetched f = fetch(client, QStringLiteral("T"));
        QCOMPARE(broker.seen().size(), 2);
        QCOMPARE(broker.seen()[1].headers.value("authorization"), QByteArray("Bearer tok-123"));
        QCOMPARE(broker.seen()[1].headers.value("accept"), QByteArray("application/json"));
    }

    void ketiPaths() {
        CannedBroker broker([](const SeenRequest& r, int) {
            if (r.target.startsWith("/temporal"))
                return CannedBroker::json(200, R"({"id":"urn:datahub:OffStreetParking:test_01",
                    "type":"OffStreetParking","availableSpotNumber":{"type":"Property",
                    "values":[[40,"2023-11-17T20:48:09,290+09:00"],[38,"2023-11-17T21:48:09,290+09:00"]]}})");
            if (r.method == "GET") return CannedBroker::json(200, "[]");
            return CannedBroker::json(204, {});
        });
        HubClientConfig c = config(broker);
        c.dialect = HubDialect::keti();
        HubClient client(&m_network, c);
        QVERIFY(fetch(client, QStringLiteral("OffStreetParking")).error.isEmpty());
        QCOMPARE(broker.seen()[0].target,
                 QByteArray("/entities?type=OffStreetParking&limit=100&offset=0"));

        QVERIFY(deliver(client,
                        write("POST", QStringLiteral(
                                          "/entities/urn:datahub:OffStreetParking:test_01/attrs")))
                    .ok);
        QCOMPARE(broker.seen()[1].target,
                 QByteArray("/entities/urn:datahub:OffStreetParking:test_01/attrs"));

        std::optional<Result<QVector<TelemetryPoint>>> history;
        client.queryTemporal(
            QStringLiteral("urn:datahub:OffStreetParking:test_01"),
            {QStringLiteral("availableSpotNumber")},
            QDateTime(QDate(2023, 11, 17), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(2023, 11, 18), QTime(0, 0), Qt::UTC), 0,
            [&history](Result<QVector<TelemetryPoint>> r) { history = std::move(r); });
        QTRY_VERIFY(history.has_value());
        QVERIFY2(history->isOk(), qPrintable(history->error()));
        const SeenRequest& t = broker.seen()[2];
        QVERIFY(t.target.startsWith("/temporal/entities/urn:datahub:OffStreetParking:test_01?"));
        const QUrlQuery q = queryOf(t);
        QCOMPARE(q.queryItemValue(QStringLiteral("attr")), QStringLiteral("availableSpotNumber"));
        QCOMPARE(q.queryItemValue(QStringLiteral("timerel")), QStringLiteral("between"));
        QVERIFY(q.hasQueryItem(QStringLiteral("time")) &&
                q.hasQueryItem(QStringLiteral("endtime")));
        QCOMPARE(q.queryItemValue(QStringLiteral("options")), QStringLiteral("temporalValues"));
        QCOMPARE(history->value().size(), 2);
        QCOMPARE(history->value()[0].value, 40.0);
        QCOMPARE(history->value()[0].at,
                 QDateTime(QDate(2023, 11, 17), QTime(11, 48, 9, 290), Qt::UTC));
    }

    void temporalForms() {
        // temporalValues
        const auto values = HubClient::parseTemporal(R"({"id":"urn:ngsi-ld:OffStreetParking:1",
            "type":"OffStreetParking","availableSpotNumber":{"type":"Property","values":[
              [37,"2026-03-01T22:00:00Z"],[41,"2026-03-01T21:00:00Z"],[52,"2026-03-01T23:00:00Z"]]}})",
                                                     {});
        QVERIFY(values);
        QCOMPARE(values.value().size(), 3);
        QCOMPARE(values.value()[0].value, 41.0);  // in time order
        QCOMPARE(values.value()[2].at, QDateTime(QDate(2026, 3, 1), QTime(23, 0), Qt::UTC));
        // normalized history, in an array of entities, with another attribute filtered out
        const auto normalized = HubClient::parseTemporal(R"([{"id":"urn:ngsi-ld:OffStreetParking:1",
            "type":"OffStreetParking",
            "availableSpotNumber":[
              {"type":"Property","value":41,"observedAt":"2026-03-01T21:00:00Z","instanceId":"urn:i:1"},
              {"type":"Property","value":37,"observedAt":"2026-03-01T22:00:00,500Z"}],
            "name":[{"type":"Property","value":"x","observedAt":"2026-03-01T21:00:00Z"}],
            "totalSpotNumber":{"type":"Property","value":100,"observedAt":"2026-03-01T21:00:00Z"}}])",
                                                         {QStringLiteral("availableSpotNumber")});
        QVERIFY(normalized);
        QCOMPARE(normalized.value().size(), 2);
        QCOMPARE(normalized.value()[1],
                 (TelemetryPoint{QStringLiteral("availableSpotNumber"),
                                 QDateTime(QDate(2026, 3, 1), QTime(22, 0, 0, 500), Qt::UTC), 37}));
        QVERIFY(!HubClient::parseTemporal("<html>", {}));
    }

    void temporalErrorNamesTheEntity() {
        CannedBroker broker([](const SeenRequest&, int) {
            return CannedBroker::json(404, problem("ResourceNotFound", "Entity Not Found", 404));
        });
        HubClient client(&m_network, config(broker));
        std::optional<Result<QVector<TelemetryPoint>>> history;
        client.queryTemporal(
            QStringLiteral("urn:ngsi-ld:T:9"), {}, {}, {}, 5,
            [&history](Result<QVector<TelemetryPoint>> r) { history = std::move(r); });
        QTRY_VERIFY(history.has_value());
        QVERIFY(!history->isOk());
        QVERIFY(history->error().contains(QLatin1String("urn:ngsi-ld:T:9")));
        QVERIFY(history->error().contains(QLatin1String("ResourceNotFound")));
        QCOMPARE(queryOf(broker.seen()[0]).queryItemValue(QStringLiteral("lastN")),
                 QStringLiteral("5"));
        QVERIFY(!queryOf(broker.seen()[0]).hasQueryItem(QStringLiteral("timerel")));
    }

    void subscriptions() {
        CannedBroker broker([](const SeenRequest& r, int) {
            if (r.method == "POST") {
                CannedAnswer a = CannedBroker::json(201, {});
                a.header("Location", "/ngsi-ld/v1/subscriptions/urn:ngsi-ld:Subscription:abc");
                return a;
            }
            if (r.target.endsWith("abc")) return CannedBroker::json(204, {});
            return CannedBroker::json(404,
                                      problem("ResourceNotFound", "No such subscription", 404));
        });
        HubClient client(&m_network, config(broker));
        std::optional<Result<QString>> id;
        client.subscribe({QStringLiteral("Alert"), QStringLiteral("OffStreetParking")},
                         {QStringLiteral("severity")},
                         QUrl(QStringLiteral("http://127.0.0.1:8765/notify")), 2,
                         [&id](Result<QString> r) { id = std::move(r); });
        QTRY_VERIFY(id.has_value());
        QVERIFY2(id->isOk(), qPrintable(id->error()));
        QCOMPARE(id->value(), QStringLiteral("urn:ngsi-ld:Subscription:abc"));
        const SeenRequest& post = broker.seen()[0];
        QCOMPARE(post.target, QByteArray("/ngsi-ld/v1/subscriptions"));
        QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject body = QJsonDocument::fromJson(post.body).object();
        QCOMPARE(body.value(u"type").toString(), QStringLiteral("Subscription"));
        QCOMPARE(body.value(u"entities").toArray().size(), 2);
        QCOMPARE(body.value(u"entities").toArray()[1].toObject().value(u"type").toString(),
                 QStringLiteral("OffStreetParking"));
        QCOMPARE(body.value(u"watchedAttributes").toArray().first().toString(),
                 QStringLiteral("severity"));
        QCOMPARE(body.value(u"throttling").toInt(), 2);
        const QJsonObject notification = body.value(u"notification").toObject();
        QCOMPARE(notification.value(u"format").toString(), QStringLiteral("normalized"));
        QCOMPARE(notification.value(u"endpoint").toObject().value(u"uri").toString(),
                 QStringLiteral("http://127.0.0.1:8765/notify"));

        std::optional<Status> deleted;
        client.deleteSubscription(id->value(), [&deleted](Status s) { deleted = s; });
        QTRY_VERIFY(deleted.has_value());
        QVERIFY(deleted->isOk());
        QCOMPARE(broker.seen()[1].method, QByteArray("DELETE"));
        QCOMPARE(broker.seen()[1].target,
                 QByteArray("/ngsi-ld/v1/subscriptions/urn:ngsi-ld:Subscription:abc"));

        std::optional<Status> missing;
        client.deleteSubscription(QStringLiteral("urn:ngsi-ld:Subscription:zzz"),
                                  [&missing](Status s) { missing = s; });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->isOk());
        QVERIFY(missing->error().contains(QLatin1String("No such subscription")));
    }

    void unreadableCaFileFailsEveryRequest() {
        CannedBroker broker([](const SeenRequest&, int) { return CannedBroker::json(200, "[]"); });
        HubClientConfig c = config(broker);
        c.caCertificatesFile = QStringLiteral("/nonexistent/ca.pem");
        HubClient client(&m_network, c);
        const Fetched f = fetch(client, QStringLiteral("T"));
        QVERIFY2(f.error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(f.error));
        QCOMPARE(broker.seen().size(), 0);
    }

    void linkHeaderParsing() {
        QCOMPARE(nextLinkTarget(R"(</e?a=1>; rel="next")"), QStringLiteral("/e?a=1"));
        QCOMPARE(
            nextLinkTarget("<https://c.example/ctx>; rel=\"http://www.w3.org/ns/json-ld#context\", "
                           "</e?coordinates=[1,2]&o=2>; rel=next; type=\"application/json\""),
            QStringLiteral("/e?coordinates=[1,2]&o=2"));
        QCOMPARE(nextLinkTarget(R"(</p>; rel="prev", </n>; rel="next last")"),
                 QStringLiteral("/n"));
        QCOMPARE(nextLinkTarget(R"(</p>; rel="prev")"), QString());
        QCOMPARE(nextLinkTarget(R"(</p>; title="next")"), QString());
        QCOMPARE(nextLinkTarget({}), QString());
    }
};

QTEST_GUILESS_MAIN(TestHubClient)
#include "test_hub_client.moc"
