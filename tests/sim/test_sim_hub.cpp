// The simulated hub's NGSI-LD API over real HTTP, in-process: queries with pagination, count,
// q and geo filters, keyValues; create/update/delete with their status codes; ProblemDetails;
// subscriptions delivering to a receiver in the test; the temporal API; idempotent op ids.
#include "hub_server.h"
#include "sim_fixture.h"
#include "subscription_manager.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using simtest::City;

namespace {

struct Answer {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;  // lower-case names
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray header(const char* name) const { return headers.value(QByteArray(name).toLower()); }
};

class Client {
public:
    explicit Client(quint16 port) : m_base(QStringLiteral("http://127.0.0.1:%1").arg(port)) {}

    Answer send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                const QList<QPair<QByteArray, QByteArray>>& headers = {}) {
        QNetworkRequest request(QUrl(m_base + pathAndQuery));
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        for (const auto& [name, value] : headers) request.setRawHeader(name, value);
        QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        for (const auto& [name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return a;
    }
    Answer get(const QString& p, const QList<QPair<QByteArray, QByteArray>>& h = {}) {
        return send("GET", p, {}, h);
    }

private:
    QString m_base;
    QNetworkAccessManager m_nam;
};

QByteArray toJson(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject ngsiProperty(const QJsonValue& v) {
    return {{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), v}};
}

/// The rel="next" target of a Link header, or empty.
QString nextLink(const QByteArray& link) {
    const auto m = QRegularExpression(QStringLiteral("<([^>]*)>; rel=\"next\""))
                       .match(QString::fromUtf8(link));
    return m.hasMatch() ? m.captured(1) : QString();
}

QSet<QString> ids(const QJsonDocument& doc) {
    QSet<QString> out;
    for (const QJsonValue& v : doc.array()) out.insert(v.toObject().value(u"id").toString());
    return out;
}

}  // namespace

class TestSimHub : public QObject {
    Q_OBJECT
    std::unique_ptr<City> m_city;
    std::unique_ptr<sim::HubServer> m_hub;
    std::unique_ptr<Client> m_client;
    QDateTime m_now = simtest::fixedStart();

    void verifyProblem(const Answer& a, int status, const char* type) {
        QCOMPARE(a.status, status);
        QVERIFY2(a.header("content-type").startsWith("application/json") ||
                     a.header("content-type").startsWith("application/problem+json"),
                 a.header("content-type").constData());
        const QJsonObject o = a.json().object();
        QCOMPARE(o.value(u"type").toString(),
                 QStringLiteral("https://uri.etsi.org/ngsi-ld/errors/") + QLatin1String(type));
        QVERIFY(!o.value(u"title").toString().isEmpty());
        QVERIFY(o.contains(u"detail"));
    }

private Q_SLOTS:
    void initTestCase() {
        m_city = std::make_unique<City>(7, 0.0);
        QVERIFY2(m_city->model, qPrintable(m_city->error));
        m_hub = std::make_unique<sim::HubServer>(&m_city->store, [this] { return m_now; });
        const quint16 port = m_hub->listen(0);
        QVERIFY(port != 0);
        m_client = std::make_unique<Client>(port);
        m_hub->subscriptions().setBatchWindowMs(20);
    }

    void queryNeedsARestriction() {
        verifyProblem(m_client->get(QStringLiteral("/ngsi-ld/v1/entities")), 400, "BadRequestData");
    }

    void paginationFollowsLinkNext() {
        Answer a =
            m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Camera&limit=500&count=true"));
        QCOMPARE(a.status, 200);
        const int total = a.header("ngsild-results-count").toInt();
        QVERIFY(total > 1175);
        QSet<QString> seen = ids(a.json());
        int pages = 1;
        QString next = nextLink(a.header("link"));
        while (!next.isEmpty()) {
            QVERIFY(next.startsWith(u"/ngsi-ld/v1/entities?"));
            a = m_client->get(next);
            QCOMPARE(a.status, 200);
            const QSet<QString> page = ids(a.json());
            QVERIFY(!seen.intersects(page));
            seen += page;
            ++pages;
            next = nextLink(a.header("link"));
            QVERIFY(pages < 10);
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), total);
        // The default page is 20; the last page carries no next link.
        a = m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=OffStreetParking"));
        QCOMPARE(a.json().array().size(), 14);
        QVERIFY(nextLink(a.header("link")).isEmpty());
        a = m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Camera"));
        QCOMPARE(a.json().array().size(), 20);
        QVERIFY(nextLink(a.header("link")).contains(u"offset=20"));
    }

    void limitsAndCount() {
        verifyProblem(m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Camera&limit=1001")),
                      403, "TooManyResults");
        verifyProblem(m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Camera&limit=0")),
                      400, "BadRequestData");
        verifyProblem(m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Camera&limit=x")),
                      400, "BadRequestData");
        const Answer a = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/entities?type=OffStreetParking,EVChargingStation&limit=0&count=true"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().array().size(), 0);
        QCOMPARE(a.header("ngsild-results-count"), QByteArray("22"));
        // Without count=true there is no count header.
        QVERIFY(m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Alert"))
                    .header("ngsild-results-count")
                    .isEmpty());
    }

    void qFilters_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<int>("expected");
        QTest::newRow(">") << "totalSpotNumber>100" << 4;
        QTest::newRow(">= and <=") << "totalSpotNumber>=102;totalSpotNumber<=193" << 3;
        QTest::newRow("<") << "totalSpotNumber<30" << 3;
        QTest::newRow("==") << "name==\"황금주차장\"" << 1;
        QTest::newRow("!=") << "totalSpotNumber!=62" << 12;
        QTest::newRow("list") << "parkingSiteId==\"175-2-000008\",\"175-2-000009\"" << 2;
        QTest::newRow("range") << "totalSpotNumber==60..130" << 4;
        QTest::newRow("or") << "totalSpotNumber==301|totalSpotNumber==18" << 2;
        QTest::newRow("compound") << "address[streetAddress]==\"광주광역시 동구 제봉로 7\"" << 1;
        QTest::newRow("array value") << "category==\"free\"" << 0;
        QTest::newRow("exists") << "placementBasis" << 4;
    }
    void qFilters() {
        QFETCH(QString, q);
        QFETCH(int, expected);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("type"), QStringLiteral("OffStreetParking"));
        query.addQueryItem(QStringLiteral("q"), q);
        const Answer a = m_client->get(QStringLiteral("/ngsi-ld/v1/entities?") +
                                       query.toString(QUrl::FullyEncoded));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().array().size(), expected);
    }

    void badQIsRefused() {
        verifyProblem(
            m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Alert&q=severity==%22high")),
            400, "BadRequestData");
    }

    void geoQueries() {
        // The two 대인시장 lots are ~50 m apart; the next lot is ~180 m away.
        Answer a = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/entities?type=OffStreetParking&georel=near%3BmaxDistance%3D%3D100"
            "&geometry=Point&coordinates=%5B126.9166914,35.15414128%5D"));
        QCOMPARE(a.status, 200);
        QCOMPARE(
            ids(a.json()),
            (QSet<QString>{QStringLiteral("urn:ngsi-ld:OffStreetParking:KR-29110:175-2-000008"),
                           QStringLiteral("urn:ngsi-ld:OffStreetParking:KR-29110:175-2-000009")}));
        // The district's bounding box holds all 14 public lots; a box round 남광주시장 one.
        a = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/entities?type=OffStreetParking&georel=within&geometry=Polygon"
            "&coordinates=[[[126.907,35.072],[127.005,35.072],[127.005,35.166],[126.907,35.166],"
            "[126.907,35.072]]]&count=true"));
        QCOMPARE(a.header("ngsild-results-count"), QByteArray("14"));
        a = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/entities?type=OffStreetParking&georel=within&geometry=Polygon"
            "&coordinates=[[[126.921,35.138],[126.923,35.138],[126.923,35.140],[126.921,35.140],"
            "[126.921,35.138]]]"));
        QCOMPARE(
            ids(a.json()),
            QSet<QString>{QStringLiteral("urn:ngsi-ld:OffStreetParking:KR-29110:175-2-000012")});
        a = m_client->get(
            QStringLiteral("/ngsi-ld/v1/entities?type=OffStreetParking&georel=near;maxDistance==500"
                           "&geometry=Point&coordinates=%5B126.92,35.15"));
        verifyProblem(a, 400, "BadRequestData");
        QVERIFY(a.json().object().value(u"detail").toString().contains(u"coordinates"));
    }

    void keyValuesAndAttrs() {
        for (const char* option : {"options=keyValues", "format=simplified"}) {
            const Answer a = m_client->get(
                QStringLiteral(
                    "/ngsi-ld/v1/"
                    "entities?type=OffStreetParking&attrs=availableSpotNumber,location&") +
                QLatin1String(option));
            QCOMPARE(a.status, 200);
            const QJsonObject first = a.json().array().first().toObject();
            QVERIFY(first.value(u"availableSpotNumber").isDouble());
            QCOMPARE(first.value(u"location").toObject().value(u"type").toString(),
                     QStringLiteral("Point"));
            QVERIFY(!first.contains(u"name"));  // attrs projects
            QCOMPARE(first.size(), 4);          // id, type and the two
        }
        const Answer normalized =
            m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=OffStreetParking&limit=1"));
        QCOMPARE(normalized.json()
                     .array()
                     .first()
                     .toObject()
                     .value(u"availableSpotNumber")
                     .toObject()
                     .value(u"type")
                     .toString(),
                 QStringLiteral("Property"));
    }

    void contextByAcceptHeader() {
        Answer a = m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Streetlight&limit=1"),
                                 {{"Accept", "application/json"}});
        QVERIFY(a.header("content-type").startsWith("application/json"));
        QVERIFY(a.header("link").contains(
            "ngsi-ld-core-context-v1.8.jsonld>; rel=\"http://www.w3.org/ns/json-ld#context\""));
        QVERIFY(!a.json().array().first().toObject().contains(u"@context"));
        a = m_client->get(QStringLiteral("/ngsi-ld/v1/entities?type=Streetlight&limit=1"),
                          {{"Accept", "application/ld+json"}});
        QVERIFY(a.header("content-type").startsWith("application/ld+json"));
        QVERIFY(a.json().array().first().toObject().contains(u"@context"));
    }

    void retrieveAndTypes() {
        Answer a = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/entities/urn:ngsi-ld:EVChargingStation:KR-29110:re100-mega"));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().object().value(u"type").toString(), QStringLiteral("EVChargingStation"));
        verifyProblem(m_client->get(QStringLiteral("/ngsi-ld/v1/entities/urn:ngsi-ld:Camera:none")),
                      404, "ResourceNotFound");
        a = m_client->get(QStringLiteral("/ngsi-ld/v1/types"));
        QCOMPARE(a.json().object().value(u"type").toString(), QStringLiteral("EntityTypeList"));
        QVERIFY(a.json()
                    .object()
                    .value(u"typeList")
                    .toArray()
                    .contains(QStringLiteral("SmartCrosswalk")));
    }

    void createUpdateDelete() {
        const QString path = QStringLiteral("/ngsi-ld/v1/entities");
        const QJsonObject thing{
            {QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:TestThing:crud")},
            {QStringLiteral("type"), QStringLiteral("TestThing")},
            {QStringLiteral("level"), ngsiProperty(1)}};
        Answer a = m_client->send("POST", path, toJson(thing));
        QCOMPARE(a.status, 201);
        QCOMPARE(a.header("location"),
                 QByteArray("/ngsi-ld/v1/entities/urn:ngsi-ld:TestThing:crud"));
        verifyProblem(m_client->send("POST", path, toJson(thing)), 409, "AlreadyExists");
        verifyProblem(m_client->send("POST", path, "{not json"), 400, "InvalidRequest");
        verifyProblem(
            m_client->send("POST", path, toJson({{QStringLiteral("type"), QStringLiteral("X")}})),
            400, "BadRequestData");
        verifyProblem(
            m_client->send("POST", path,
                           toJson({{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:X:1")},
                                   {QStringLiteral("type"), QStringLiteral("X")},
                                   {QStringLiteral("bad"), 3}})),
            400, "BadRequestData");

        const QString attrs = path + QStringLiteral("/urn:ngsi-ld:TestThing:crud/attrs");
        a = m_client->send("PATCH", attrs, toJson({{QStringLiteral("level"), ngsiProperty(2)}}));
        QCOMPARE(a.status, 204);
        QCOMPARE(m_city->store.entity(QStringLiteral("urn:ngsi-ld:TestThing:crud"))
                     .value(u"level")
                     .toObject()
                     .value(u"value")
                     .toInt(),
                 2);
        a = m_client->send("PATCH", attrs,
                           toJson({{QStringLiteral("level"), ngsiProperty(3)},
                                   {QStringLiteral("nope"), ngsiProperty(1)}}));
        QCOMPARE(a.status, 207);
        QCOMPARE(a.json()
                     .object()
                     .value(u"notUpdated")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"attributeName")
                     .toString(),
                 QStringLiteral("nope"));
        verifyProblem(
            m_client->send("PATCH", path + QStringLiteral("/urn:ngsi-ld:TestThing:none/attrs"),
                           toJson({{QStringLiteral("level"), ngsiProperty(2)}})),
            404, "ResourceNotFound");

        QCOMPARE(
            m_client->send("DELETE", path + QStringLiteral("/urn:ngsi-ld:TestThing:crud")).status,
            204);
        verifyProblem(
            m_client->send("DELETE", path + QStringLiteral("/urn:ngsi-ld:TestThing:crud")), 404,
            "ResourceNotFound");
        verifyProblem(m_client->get(path + QStringLiteral("/urn:ngsi-ld:TestThing:crud")), 404,
                      "ResourceNotFound");
    }

    void opIdsAreIdempotent() {
        const QString path = QStringLiteral("/ngsi-ld/v1/entities");
        const QJsonObject thing{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:TestThing:op")},
                                {QStringLiteral("type"), QStringLiteral("TestThing")},
                                {QStringLiteral("level"), ngsiProperty(1)}};
        QCOMPARE(
            m_client->send("POST", path, toJson(thing), {{"X-Bitgoeul-Op-Id", "op-create"}}).status,
            201);
        // The retry of a create that did arrive: the same 201, not a 409.
        QCOMPARE(
            m_client->send("POST", path, toJson(thing), {{"X-Bitgoeul-Op-Id", "op-create"}}).status,
            201);
        const QString attrs = path + QStringLiteral("/urn:ngsi-ld:TestThing:op/attrs");
        QCOMPARE(m_client
                     ->send("PATCH", attrs, toJson({{QStringLiteral("level"), ngsiProperty(5)}}),
                            {{"X-Bitgoeul-Op-Id", "op-a"}})
                     .status,
                 204);
        QCOMPARE(m_client
                     ->send("PATCH", attrs, toJson({{QStringLiteral("level"), ngsiProperty(6)}}),
                            {{"X-Bitgoeul-Op-Id", "op-b"}})
                     .status,
                 204);
        // A late duplicate of op-a must not put 5 back over 6.
        QCOMPARE(m_client
                     ->send("PATCH", attrs, toJson({{QStringLiteral("level"), ngsiProperty(5)}}),
                            {{"X-Bitgoeul-Op-Id", "op-a"}})
                     .status,
                 204);
        QCOMPARE(m_city->store.entity(QStringLiteral("urn:ngsi-ld:TestThing:op"))
                     .value(u"level")
                     .toObject()
                     .value(u"value")
                     .toInt(),
                 6);

        const Answer w = m_client->get(QStringLiteral("/sim/v1/writes"));
        QCOMPARE(w.status, 200);
        QList<QPair<QString, bool>> log;
        for (const QJsonValue& v : w.json().array()) {
            const QJsonObject o = v.toObject();
            QVERIFY(o.contains(u"method") && o.contains(u"path") && o.contains(u"at"));
            if (o.value(u"opId").toString().startsWith(u"op-"))
                log.append({o.value(u"opId").toString(), o.value(u"applied").toBool()});
        }
        const QList<QPair<QString, bool>> expected{{QStringLiteral("op-create"), true},
                                                   {QStringLiteral("op-create"), false},
                                                   {QStringLiteral("op-a"), true},
                                                   {QStringLiteral("op-b"), true},
                                                   {QStringLiteral("op-a"), false}};
        QCOMPARE(log, expected);
        const Answer h = m_client->get(QStringLiteral("/sim/v1/health"));
        QCOMPARE(h.json().object().value(u"status").toString(), QStringLiteral("ok"));
    }

    void subscriptionsNotify() {
        QHttpServer receiver;
        QList<QPair<qint64, QJsonObject>> received;
        QElapsedTimer clock;
        clock.start();
        receiver.route(
            QStringLiteral("/notify"), QHttpServerRequest::Method::Post,
            [&](const QHttpServerRequest& r) {
                received.append({clock.elapsed(), QJsonDocument::fromJson(r.body()).object()});
                return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
            });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        const QString path = QStringLiteral("/ngsi-ld/v1/entities");
        QCOMPARE(
            m_client
                ->send("POST", path,
                       toJson({{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:TestThing:sub")},
                               {QStringLiteral("type"), QStringLiteral("TestThing")},
                               {QStringLiteral("watched"), ngsiProperty(0)},
                               {QStringLiteral("other"), ngsiProperty(0)}}))
                .status,
            201);
        const QJsonObject subscription{
            {QStringLiteral("type"), QStringLiteral("Subscription")},
            {QStringLiteral("entities"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("TestThing")}}}},
            {QStringLiteral("watchedAttributes"), QJsonArray{QStringLiteral("watched")}},
            {QStringLiteral("throttling"), 1},
            {QStringLiteral("notification"),
             QJsonObject{{QStringLiteral("endpoint"),
                          QJsonObject{{QStringLiteral("uri"),
                                       QStringLiteral("http://127.0.0.1:%1/notify").arg(port)}}}}}};
        Answer a = m_client->send("POST", QStringLiteral("/ngsi-ld/v1/subscriptions"),
                                  toJson(subscription));
        QCOMPARE(a.status, 201);
        const QString location = QString::fromUtf8(a.header("location"));
        QVERIFY(location.startsWith(u"/ngsi-ld/v1/subscriptions/urn:ngsi-ld:Subscription:"));
        const QString subId = location.mid(QStringLiteral("/ngsi-ld/v1/subscriptions/").size());

        const QString attrs = path + QStringLiteral("/urn:ngsi-ld:TestThing:sub/attrs");
        // A change of an unwatched attribute notifies nobody.
        QCOMPARE(
            m_client->send("PATCH", attrs, toJson({{QStringLiteral("other"), ngsiProperty(1)}}))
                .status,
            204);
        QTest::qWait(300);
        QCOMPARE(received.size(), 0);
        QCOMPARE(
            m_client->send("PATCH", attrs, toJson({{QStringLiteral("watched"), ngsiProperty(1)}}))
                .status,
            204);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const QJsonObject n = received.first().second;
        QCOMPARE(n.value(u"type").toString(), QStringLiteral("Notification"));
        QCOMPARE(n.value(u"subscriptionId").toString(), subId);
        QVERIFY(n.value(u"id").toString().startsWith(u"urn:ngsi-ld:Notification:"));
        QVERIFY(!n.value(u"notifiedAt").toString().isEmpty());
        const QJsonObject entity = n.value(u"data").toArray().first().toObject();
        QCOMPARE(entity.value(u"id").toString(), QStringLiteral("urn:ngsi-ld:TestThing:sub"));
        QCOMPARE(entity.value(u"watched").toObject().value(u"value").toInt(), 1);

        // Two quick changes inside the 1 s throttling: one later notification with the latest.
        QCOMPARE(
            m_client->send("PATCH", attrs, toJson({{QStringLiteral("watched"), ngsiProperty(2)}}))
                .status,
            204);
        QCOMPARE(
            m_client->send("PATCH", attrs, toJson({{QStringLiteral("watched"), ngsiProperty(3)}}))
                .status,
            204);
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 5000);
        QVERIFY2(received[1].first - received[0].first >= 950,
                 qPrintable(QString::number(received[1].first - received[0].first)));
        QTest::qWait(1300);
        QCOMPARE(received.size(), 2);
        QCOMPARE(received[1]
                     .second.value(u"data")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"watched")
                     .toObject()
                     .value(u"value")
                     .toInt(),
                 3);

        a = m_client->get(location);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().object().value(u"notification").toObject().value(u"timesSent").toInt(),
                 2);
        QVERIFY(m_client->get(QStringLiteral("/ngsi-ld/v1/subscriptions")).json().array().size() >=
                1);
        verifyProblem(
            m_client->send(
                "POST", QStringLiteral("/ngsi-ld/v1/subscriptions"),
                toJson({{QStringLiteral("type"), QStringLiteral("Subscription")},
                        {QStringLiteral("entities"),
                         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("X")}}}}})),
            400, "BadRequestData");
        QCOMPARE(m_client->send("DELETE", location).status, 204);
        verifyProblem(m_client->get(location), 404, "ResourceNotFound");
    }

    void notificationsCarryTheCitysChanges() {
        QHttpServer receiver;
        QList<QJsonObject> received;
        receiver.route(QStringLiteral("/n"), QHttpServerRequest::Method::Post,
                       [&](const QHttpServerRequest& r) {
                           received.append(QJsonDocument::fromJson(r.body()).object());
                           return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
                       });
        const quint16 port = receiver.listen(QHostAddress::LocalHost, 0);
        const QJsonObject subscription{
            {QStringLiteral("type"), QStringLiteral("Subscription")},
            {QStringLiteral("entities"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("OffStreetParking")}}}},
            {QStringLiteral("notification"),
             QJsonObject{
                 {QStringLiteral("format"), QStringLiteral("keyValues")},
                 {QStringLiteral("attributes"), QJsonArray{QStringLiteral("availableSpotNumber")}},
                 {QStringLiteral("endpoint"),
                  QJsonObject{{QStringLiteral("uri"),
                               QStringLiteral("http://127.0.0.1:%1/n").arg(port)}}}}}};
        const Answer a = m_client->send("POST", QStringLiteral("/ngsi-ld/v1/subscriptions"),
                                        toJson(subscription));
        QCOMPARE(a.status, 201);
        m_city->steps(3);  // three simulated minutes, batched into one notification
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const QJsonArray data = received.first().value(u"data").toArray();
        QVERIFY(data.size() >= 5);
        QVERIFY(data.first().toObject().value(u"availableSpotNumber").isDouble());
        QVERIFY(!data.first().toObject().contains(u"name"));
        QCOMPARE(m_client->send("DELETE", QString::fromUtf8(a.header("location"))).status, 204);
    }

    void temporalQueries() {
        const QString path = QStringLiteral("/ngsi-ld/v1/entities");
        QCOMPARE(
            m_client
                ->send("POST", path,
                       toJson({{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:TestThing:t")},
                               {QStringLiteral("type"), QStringLiteral("TestThing")},
                               {QStringLiteral("level"), ngsiProperty(0)}}))
                .status,
            201);
        for (int hour : {10, 11, 12}) {
            QJsonObject level = ngsiProperty(hour - 9);
            level.insert(QStringLiteral("observedAt"),
                         QStringLiteral("2026-03-02T%1:00:00.000Z").arg(hour));
            QCOMPARE(m_client
                         ->send("PATCH", path + QStringLiteral("/urn:ngsi-ld:TestThing:t/attrs"),
                                toJson({{QStringLiteral("level"), level}}))
                         .status,
                     204);
        }
        const auto values = [this](const QString& query) {
            const Answer a = m_client->get(
                QStringLiteral("/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:TestThing:t?") + query);
            QList<int> out;
            for (const QJsonValue& v : a.json().object().value(u"level").toArray())
                out << v.toObject().value(u"value").toInt();
            return out;
        };
        QCOMPARE(values(QStringLiteral("attrs=level")), (QList<int>{1, 2, 3}));
        QCOMPARE(values(QStringLiteral("timerel=before&timeAt=2026-03-02T11:30:00Z")),
                 (QList<int>{1, 2}));
        QCOMPARE(values(QStringLiteral("timerel=after&timeAt=2026-03-02T10:30:00Z")),
                 (QList<int>{2, 3}));
        QCOMPARE(values(QStringLiteral(
                     "timerel=between&timeAt=2026-03-02T10:30:00Z&endTimeAt=2026-03-02T12:00:00Z")),
                 (QList<int>{2}));
        QCOMPARE(values(QStringLiteral("lastN=2")), (QList<int>{2, 3}));
        const Answer tv =
            m_client->get(QStringLiteral("/ngsi-ld/v1/temporal/entities/"
                                         "urn:ngsi-ld:TestThing:t?options=temporalValues&lastN=1"));
        QCOMPARE(tv.json()
                     .object()
                     .value(u"level")
                     .toObject()
                     .value(u"values")
                     .toArray()
                     .first()
                     .toArray()
                     .at(0)
                     .toInt(),
                 3);
        const QJsonObject instance =
            m_client
                ->get(
                    QStringLiteral("/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:TestThing:t?lastN=1"))
                .json()
                .object()
                .value(u"level")
                .toArray()
                .first()
                .toObject();
        QCOMPARE(instance.value(u"observedAt").toString(),
                 QStringLiteral("2026-03-02T12:00:00.000Z"));
        QVERIFY(instance.value(u"instanceId")
                    .toString()
                    .startsWith(u"urn:ngsi-ld:attribute:instance:"));
        verifyProblem(m_client->get(QStringLiteral(
                          "/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:TestThing:t?timerel=before")),
                      400, "BadRequestData");
        verifyProblem(m_client->get(QStringLiteral(
                          "/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:TestThing:none")),
                      404, "ResourceNotFound");
        // The city keeps the history of what it observes.
        m_city->steps(10);
        const Answer lot = m_client->get(QStringLiteral(
            "/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:OffStreetParking:KR-29110:175-2-000001"
            "?attrs=availableSpotNumber&lastN=5"));
        QCOMPARE(lot.status, 200);
        QVERIFY(lot.json().object().value(u"availableSpotNumber").toArray().size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TestSimHub)
#include "test_sim_hub.moc"
