// ETSI and KETI dialects: the request URLs they build (checked against all 102 requests of KETI's
// City Data Hub collection), timestamps with '.' or ',' decimals, the retry policy and
// ProblemDetails.
#include "hub/hub_dialect.h"
#include "hub/ngsi_time.h"
#include "hub/problem_details.h"
#include "hub/retry_policy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace bg;

namespace {

using Items = QList<QPair<QString, QString>>;

Items sortedItems(const QUrl& url) {
    Items items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    std::sort(items.begin(), items.end());
    return items;
}

QString trimmedPath(const QUrl& url) {
    QString path = url.path(QUrl::FullyDecoded);
    while (path.endsWith(u'/')) path.chop(1);
    return path;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

}  // namespace

class TestHubDialect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTimestamps_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("Z") << "2026-03-01T09:12:30Z" << utc(2026, 3, 1, 9, 12, 30);
        QTest::newRow("dot ms Z") << "2026-03-01T09:12:31.204Z" << utc(2026, 3, 1, 9, 12, 31, 204);
        QTest::newRow("comma KETI")
            << "2023-11-17T20:48:09,290+09:00" << utc(2023, 11, 17, 11, 48, 9, 290);
        QTest::newRow("comma 000")
            << "2018-11-16T05:09:55,000+09:00" << utc(2018, 11, 15, 20, 9, 55);
        QTest::newRow("two digits") << "2017-01-02T09:25:55.00Z" << utc(2017, 1, 2, 9, 25, 55);
        QTest::newRow("one digit") << "2017-01-02T09:25:55,5Z" << utc(2017, 1, 2, 9, 25, 55, 500);
        QTest::newRow("micro") << "2021-05-11T06:35:20.065123Z" << utc(2021, 5, 11, 6, 35, 20, 65);
        QTest::newRow("offset") << "2022-06-28T20:27:27+05:30" << utc(2022, 6, 28, 14, 57, 27);
        QTest::newRow("negative") << "2026-01-01T00:30:00-02:00" << utc(2026, 1, 1, 2, 30, 0);
        QTest::newRow("compact offset") << "2026-01-01T09:00:00+0900" << utc(2026, 1, 1, 0, 0, 0);
        QTest::newRow("hour offset") << "2026-01-01T09:00:00+09" << utc(2026, 1, 1, 0, 0, 0);
        QTest::newRow("no zone is UTC") << "2026-01-01T09:00:00" << utc(2026, 1, 1, 9, 0, 0);
        QTest::newRow("no seconds") << "2026-01-01T09:00Z" << utc(2026, 1, 1, 9, 0, 0);
        QTest::newRow("spaces") << "  2026-01-01T09:00:00Z " << utc(2026, 1, 1, 9, 0, 0);
        QTest::newRow("empty") << "" << QDateTime();
        QTest::newRow("date only") << "2026-01-01" << QDateTime();
        QTest::newRow("month 13") << "2026-13-01T00:00:00Z" << QDateTime();
        QTest::newRow("hour 25") << "2026-01-01T25:00:00Z" << QDateTime();
        QTest::newRow("junk zone") << "2026-01-01T00:00:00 UTC" << QDateTime();
        QTest::newRow("two separators") << "2026-01-01T00:00:00.1,2Z" << QDateTime();
        QTest::newRow("text") << "yesterday" << QDateTime();
    }

    void parsesTimestamps() {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseNgsiTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatsTimestampsInUtc() {
        QCOMPARE(formatNgsiTime(utc(2026, 3, 1, 9, 12, 30, 5)),
                 QStringLiteral("2026-03-01T09:12:30.005Z"));
        const QDateTime seoul(QDate(2026, 3, 1), QTime(18, 0), Qt::OffsetFromUTC, 9 * 3600);
        QCOMPARE(formatNgsiTime(seoul), QStringLiteral("2026-03-01T09:00:00.000Z"));
        QCOMPARE(parseNgsiTime(formatNgsiTime(seoul)), seoul);
    }

    void dialectsByName() {
        QCOMPARE(HubDialect::fromName(u"etsi").value(), HubDialect::etsi());
        QCOMPARE(HubDialect::fromName(u" KETI ").value(), HubDialect::keti());
        const auto bad = HubDialect::fromName(u"orion");
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QLatin1String("'orion'")));
        QVERIFY(bad.error().contains(QLatin1String("etsi or keti")));
    }

    void dialectSpellings() {
        const HubDialect etsi = HubDialect::etsi();
        const HubDialect keti = HubDialect::keti();
        QCOMPARE(etsi.basePath, QStringLiteral("/ngsi-ld/v1"));
        QVERIFY(keti.basePath.isEmpty());
        QCOMPARE(etsi.entityId(QStringLiteral("OffStreetParking"), QStringLiteral("lot-1")),
                 QStringLiteral("urn:ngsi-ld:OffStreetParking:lot-1"));
        QCOMPARE(keti.entityId(QStringLiteral("OffStreetParking"), QStringLiteral("test_01")),
                 QStringLiteral("urn:datahub:OffStreetParking:test_01"));

        const QUrl hub(QStringLiteral("http://user:secret@broker.example:1026/"));
        EntityQuery q;
        q.type = QStringLiteral("OffStreetParking");
        q.attrs = QStringList{QStringLiteral("name"), QStringLiteral("location")};
        q.limit = 100;
        q.offset = 200;
        const QUrl etsiUrl = etsi.entitiesUrl(hub, q);
        QCOMPARE(etsiUrl.path(), QStringLiteral("/ngsi-ld/v1/entities"));
        QCOMPARE(QUrlQuery(etsiUrl).queryItemValue(QStringLiteral("attrs")),
                 QStringLiteral("name,location"));
        QCOMPARE(QUrlQuery(etsiUrl).queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
        QCOMPARE(QUrlQuery(etsiUrl).queryItemValue(QStringLiteral("offset")),
                 QStringLiteral("200"));
        const QUrl ketiUrl = keti.entitiesUrl(hub, q);
        QCOMPARE(ketiUrl.path(), QStringLiteral("/entities"));
        QCOMPARE(QUrlQuery(ketiUrl).queryItemValue(QStringLiteral("attr")),
                 QStringLiteral("name,location"));
        QVERIFY(!QUrlQuery(ketiUrl).hasQueryItem(QStringLiteral("attrs")));

        TemporalQuery t;
        t.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:1");
        t.attrs = QStringList{QStringLiteral("availableSpotNumber")};
        t.from = utc(2026, 3, 1, 0, 0, 0);
        t.to = utc(2026, 3, 2, 0, 0, 0);
        t.lastN = 3;
        const QUrl etsiTemporal = etsi.temporalUrl(hub, t);
        QCOMPARE(etsiTemporal.path(),
                 QStringLiteral("/ngsi-ld/v1/temporal/entities/urn:ngsi-ld:OffStreetParking:1"));
        const QUrlQuery eq(etsiTemporal);
        QCOMPARE(eq.queryItemValue(QStringLiteral("timerel")), QStringLiteral("between"));
        QCOMPARE(parseNgsiTime(eq.queryItemValue(QStringLiteral("timeAt"))), t.from);
        QCOMPARE(parseNgsiTime(eq.queryItemValue(QStringLiteral("endTimeAt"))), t.to);
        QCOMPARE(eq.queryItemValue(QStringLiteral("lastN")), QStringLiteral("3"));
        QCOMPARE(eq.queryItemValue(QStringLiteral("options")), QStringLiteral("temporalValues"));
        const QUrlQuery kq(keti.temporalUrl(hub, t));
        QVERIFY(kq.hasQueryItem(QStringLiteral("time")));
        QVERIFY(kq.hasQueryItem(QStringLiteral("endtime")));
        QVERIFY(!kq.hasQueryItem(QStringLiteral("timeAt")));
    }

    void encodesWhatAUrlCannotCarry() {
        const HubDialect etsi = HubDialect::etsi();
        const QUrl hub(QStringLiteral("https://hub.example/broker"));
        // A hub below a path keeps it; an id with '/' or '#' stays one path segment.
        QCOMPARE(etsi.entityUrl(hub, QStringLiteral("urn:x:a/b#c")).toString(QUrl::FullyEncoded),
                 QStringLiteral("https://hub.example/broker/ngsi-ld/v1/entities/urn:x:a%2Fb%23c"));
        // '+' of an offset must not reach the server as a space.
        const QUrl url =
            etsi.url(hub, QStringLiteral("/temporal/entities"),
                     {{QStringLiteral("timeAt"), QStringLiteral("2026-03-01T09:00+09:00")},
                      {QStringLiteral("q"), QStringLiteral("name==\"a b\";x>=1")}});
        const QString encoded = url.toString(QUrl::FullyEncoded);
        QVERIFY2(encoded.contains(QLatin1String("timeAt=2026-03-01T09:00%2B09:00")),
                 qPrintable(encoded));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("name==\"a b\";x>=1"));
        QCOMPARE(etsi.subscriptionsUrl(hub, QStringLiteral("urn:ngsi-ld:Subscription:1")).path(),
                 QStringLiteral("/broker/ngsi-ld/v1/subscriptions/urn:ngsi-ld:Subscription:1"));
        QCOMPARE(etsi.attrsUrl(hub, QStringLiteral("urn:x:1"), QStringLiteral("status")).path(),
                 QStringLiteral("/broker/ngsi-ld/v1/entities/urn:x:1/attrs/status"));
    }

    // Every request of KETI's Postman collection, rebuilt from what it asks for (type, id,
    // attribute list, time range, representation, geo and q filters) with the KETI dialect:
    // the same path and the same parameters.
    void ketiCollectionRequests() {
        QFile file(QStringLiteral(BITGOEUL_DATA_DIR
                                  "/ngsi-ld/keti-citydatahub/datacore_http_binding_requests.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray requests =
            QJsonDocument::fromJson(file.readAll()).object().value(u"requests").toArray();
        QCOMPARE(requests.size(), 102);
        const HubDialect keti = HubDialect::keti();
        const QUrl hub(QStringLiteral("http://localhost:8080"));
        int checked = 0;
        for (const QJsonValue& value : requests) {
            const QJsonObject request = value.toObject();
            const QString name = request.value(u"name").toString();
            QString text = request.value(u"url").toString();
            text.replace(QLatin1String("{{hostname}}"), QLatin1String("localhost:8080"));
            const QUrl example(text, QUrl::TolerantMode);
            QVERIFY2(example.isValid(), qPrintable(name));
            Items params = QUrlQuery(example).queryItems(QUrl::FullyDecoded);
            // "?accept=application/ld+json" is the Postman way of an Accept header.
            params.removeIf([](const auto& p) { return p.first == u"accept"; });
            auto take = [&params](const QString& key) {
                for (qsizetype i = 0; i < params.size(); ++i)
                    if (params[i].first == key) return params.takeAt(i).second;
                return QString();
            };
            const QStringList segments = trimmedPath(example).split(u'/', Qt::SkipEmptyParts);
            QUrl ours;
            if (segments.value(0) == u"temporal") {
                TemporalQuery t;
                t.id = segments.value(2);
                t.type = take(QStringLiteral("type"));
                const QString timerel = take(QStringLiteral("timerel"));
                t.from = parseNgsiTime(take(QStringLiteral("time")));
                t.to = parseNgsiTime(take(QStringLiteral("endtime")));
                QVERIFY2(timerel.isEmpty() || timerel == u"between", qPrintable(name));
                const QString options = take(QStringLiteral("options"));
                t.form = options == u"temporalValues"     ? TemporalForm::Values
                         : options == u"keyValuesHistory" ? TemporalForm::KeyValues
                                                          : TemporalForm::Normalized;
                ours = keti.temporalUrl(hub, t);
                // The client always names the representation; the collection leaves the
                // default (normalized history) implicit.
                if (options.isEmpty()) {
                    Items mine = QUrlQuery(ours).queryItems(QUrl::FullyDecoded);
                    QVERIFY(mine.removeAll({QStringLiteral("options"),
                                            QStringLiteral("normalizedHistory")}) == 1);
                    QUrlQuery q;
                    q.setQueryItems(mine);
                    ours.setQuery(q);
                }
                // Times are sent in UTC: compare them as instants.
                const QUrlQuery mine(ours);
                if (t.from.isValid()) {
                    QCOMPARE(parseNgsiTime(mine.queryItemValue(QStringLiteral("time"))), t.from);
                    QCOMPARE(parseNgsiTime(mine.queryItemValue(QStringLiteral("endtime"))), t.to);
                }
                Items rest = QUrlQuery(ours).queryItems(QUrl::FullyDecoded);
                rest.removeIf(
                    [](const auto& p) { return p.first == u"time" || p.first == u"endtime"; });
                Items expected = QUrlQuery(example).queryItems(QUrl::FullyDecoded);
                expected.removeIf([](const auto& p) {
                    return p.first == u"time" || p.first == u"endtime" || p.first == u"accept";
                });
                std::sort(rest.begin(), rest.end());
                std::sort(expected.begin(), expected.end());
                QCOMPARE(rest, expected);
                QCOMPARE(trimmedPath(ours), trimmedPath(example));
                ++checked;
                continue;
            }
            QVERIFY2(segments.value(0) == u"entities", qPrintable(name));
            if (segments.size() == 1 && request.value(u"method").toString() == u"GET") {
                EntityQuery q;
                q.type = take(QStringLiteral("type"));
                const QString attrs = take(QStringLiteral("attr"));
                if (!attrs.isEmpty()) q.attrs = attrs.split(u',');
                q.q = take(QStringLiteral("q"));
                q.keyValues = take(QStringLiteral("options")) == u"keyValues";
                const QString limit = take(QStringLiteral("limit"));
                if (!limit.isEmpty()) q.limit = limit.toInt();
                q.extra = params;  // geometry, georel, coordinates…
                params.clear();
                ours = keti.entitiesUrl(hub, q);
            } else if (segments.size() == 1) {
                ours = keti.entitiesUrl(hub, {});  // POST /entities
            } else if (segments.size() == 2) {
                ours = keti.entityUrl(hub, segments[1]);
            } else {
                QCOMPARE(segments.value(2), QStringLiteral("attrs"));
                ours = keti.attrsUrl(hub, segments[1], segments.value(3));
            }
            QVERIFY2(params.isEmpty(), qPrintable(name + QStringLiteral(": unread parameters")));
            QCOMPARE(trimmedPath(ours), trimmedPath(example));
            Items expected = sortedItems(example);
            expected.removeIf([](const auto& p) { return p.first == u"accept"; });
            QCOMPARE(sortedItems(ours), expected);
            ++checked;
        }
        QCOMPARE(checked, 102);
    }

    void retryPolicy() {
        const RetryPolicy policy{3, 500, 4000};
        QVERIFY(!policy.nextDelayMs(HubOutcome::Success, 0, 0.5));
        QVERIFY(!policy.nextDelayMs(HubOutcome::ClientError, 0, 0.5));  // never on 4xx
        for (const HubOutcome o :
             {HubOutcome::ServerError, HubOutcome::Timeout, HubOutcome::ConnectionError}) {
            QVERIFY(isRetryable(o));
            QCOMPARE(policy.nextDelayMs(o, 0, 0.0).value(), 250);    // half of 500
            QCOMPARE(policy.nextDelayMs(o, 0, 0.999).value(), 500);  // all of it, rounded
            QCOMPARE(policy.nextDelayMs(o, 1, 0.0).value(), 500);
            QCOMPARE(policy.nextDelayMs(o, 2, 1.0).value(), 2000);
            QVERIFY(!policy.nextDelayMs(o, 3, 0.5));  // three retries used
        }
        QVERIFY(!isRetryable(HubOutcome::ClientError));
        QVERIFY(!isRetryable(HubOutcome::Success));
        // Capped, and no overflow however far it goes.
        const RetryPolicy many{100, 500, 4000};
        QCOMPARE(many.nextDelayMs(HubOutcome::Timeout, 10, 1.0).value(), 4000);
        QCOMPARE(many.nextDelayMs(HubOutcome::Timeout, 99, 1.0).value(), 4000);
        // Out-of-range jitter is clamped.
        QCOMPARE(policy.nextDelayMs(HubOutcome::Timeout, 0, 7.0).value(), 500);
        QCOMPARE(policy.nextDelayMs(HubOutcome::Timeout, 0, -1.0).value(), 250);
        // Every jitter lands in [half, full].
        for (double j = 0; j < 1.0; j += 0.05) {
            const int d = policy.nextDelayMs(HubOutcome::ServerError, 1, j).value();
            QVERIFY(d >= 500 && d <= 1000);
        }
    }

    void problemDetails() {
        const auto p = ProblemDetails::parse(
            R"({"type":"https:\/\/uri.etsi.org/ngsi-ld/errors/BadRequestData",
                "title":"Invalid coordinates","detail":"coordinates: not a valid JSON array",
                "status":400})");
        QVERIFY(p);
        QCOMPARE(p->status, 400);
        QCOMPARE(p->message(),
                 QStringLiteral("BadRequestData: Invalid coordinates — coordinates: not a valid "
                                "JSON array (400)"));
        const auto noStatus = ProblemDetails::parse(
            R"({"type":"https:\/\/uri.etsi.org/ngsi-ld/errors/AlreadyExists","title":"Entity already exists"})");
        QVERIFY(noStatus);
        QCOMPARE(noStatus->message(), QStringLiteral("AlreadyExists: Entity already exists"));
        QVERIFY(!ProblemDetails::parse("not json"));
        QVERIFY(!ProblemDetails::parse("[1,2]"));
        QVERIFY(!ProblemDetails::parse(R"({"id":"x"})"));
        QCOMPARE(ProblemDetails::parse(p->toJson())->message(), p->message());
    }
};

QTEST_GUILESS_MAIN(TestHubDialect)
#include "test_hub_dialect.moc"
