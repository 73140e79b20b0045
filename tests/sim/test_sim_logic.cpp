// The simulator's pure parts: the q language, geo-queries, the CSV reader, the sun and the
// parking day, and its command line.
#include "city_data.h"
#include "city_dynamics.h"
#include "geo_query.h"
#include "query_filter.h"
#include "sim_options.h"

#include <QJsonArray>
#include <QTest>

namespace {

QJsonObject entity() {
    const auto p = [](const QJsonValue& v) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                           {QStringLiteral("value"), v}};
    };
    return {{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:Alert:1")},
            {QStringLiteral("type"), QStringLiteral("Alert")},
            {QStringLiteral("severity"), p(QStringLiteral("high"))},
            {QStringLiteral("count"), p(7)},
            {QStringLiteral("active"), p(true)},
            {QStringLiteral("tags"), p(QJsonArray{QStringLiteral("a"), QStringLiteral("b")})},
            {QStringLiteral("address"),
             p(QJsonObject{{QStringLiteral("city"), QStringLiteral("광주")}})},
            {QStringLiteral("dateIssued"), p(QStringLiteral("2026-03-01T09:12:30Z"))},
            {QStringLiteral("alertSource"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("Relationship")},
                         {QStringLiteral("object"), QStringLiteral("urn:ngsi-ld:Camera:9")}}},
            {QStringLiteral("location"),
             QJsonObject{
                 {QStringLiteral("type"), QStringLiteral("GeoProperty")},
                 {QStringLiteral("value"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                              {QStringLiteral("coordinates"), QJsonArray{126.9213, 35.1466}}}}}}};
}

}  // namespace

class TestSimLogic : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void queryLanguage_data() {
        QTest::addColumn<QString>("q");
        QTest::addColumn<bool>("matches");
        QTest::newRow("eq string") << "severity==\"high\"" << true;
        QTest::newRow("eq bare") << "severity==high" << true;
        QTest::newRow("ne") << "severity!=\"high\"" << false;
        QTest::newRow("any of") << "severity==\"low\",\"high\"" << true;
        QTest::newRow("none of") << "severity!=\"low\",\"medium\"" << true;
        QTest::newRow("lt") << "count<8" << true;
        QTest::newRow("le") << "count<=7" << true;
        QTest::newRow("gt") << "count>7" << false;
        QTest::newRow("ge") << "count>=7" << true;
        QTest::newRow("range") << "count==5..7" << true;
        QTest::newRow("range out") << "count==8..9" << false;
        QTest::newRow("bool") << "active==true" << true;
        QTest::newRow("and") << "count>1;severity==\"high\"" << true;
        QTest::newRow("and fails") << "count>1;severity==\"low\"" << false;
        QTest::newRow("or") << "count>100|severity==\"high\"" << true;
        QTest::newRow("parens") << "(count>100|count<2);active==true" << false;
        QTest::newRow("date") << "dateIssued>=\"2026-01-01T00:00:00Z\"" << true;
        QTest::newRow("date before") << "dateIssued<2026-03-01T09:00:00Z" << false;
        QTest::newRow("relationship") << "alertSource==\"urn:ngsi-ld:Camera:9\"" << true;
        QTest::newRow("array any") << "tags==\"b\"" << true;
        QTest::newRow("compound") << "address[city]==\"광주\"" << true;
        QTest::newRow("exists") << "count" << true;
        QTest::newRow("absent") << "missing" << false;
        QTest::newRow("absent ne") << "missing!=1" << false;
        QTest::newRow("regex") << "severity~=\"^hi\"" << true;
        QTest::newRow("type mismatch") << "count==\"7\"" << false;
    }
    void queryLanguage() {
        QFETCH(QString, q);
        QFETCH(bool, matches);
        QString error;
        const auto f = sim::QueryFilter::parse(q, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->matches(entity()), matches);
    }

    void badQueries_data() {
        QTest::addColumn<QString>("q");
        for (const char* q : {"", "==3", "a==\"x", "(a==1", "a==", "a<1,2", "a~=\"(\""})
            QTest::newRow(q) << QString::fromUtf8(q);
    }
    void badQueries() {
        QFETCH(QString, q);
        QString error;
        QVERIFY(!sim::QueryFilter::parse(q, &error));
        QVERIFY(!error.isEmpty());
    }

    void geoQueries() {
        QString error;
        auto near =
            sim::GeoQuery::parse(QStringLiteral("near;maxDistance==100"), QStringLiteral("Point"),
                                 QStringLiteral("[126.9213,35.1470]"), QString(), &error);
        QVERIFY2(near, qPrintable(error));
        QVERIFY(near->matches(entity()));  // ~44 m north
        near = sim::GeoQuery::parse(QStringLiteral("near;maxDistance==30"), QStringLiteral("Point"),
                                    QStringLiteral("[126.9213,35.1470]"), QString(), &error);
        QVERIFY(!near->matches(entity()));
        near = sim::GeoQuery::parse(QStringLiteral("near;minDistance==30"), QStringLiteral("Point"),
                                    QStringLiteral("[126.9213,35.1470]"), QString(), &error);
        QVERIFY(near->matches(entity()));
        const QString box = QStringLiteral(
            "[[[126.92,35.14],[126.93,35.14],[126.93,35.15],[126.92,35.15],[126.92,35.14]]]");
        auto within = sim::GeoQuery::parse(QStringLiteral("within"), QStringLiteral("Polygon"), box,
                                           QString(), &error);
        QVERIFY2(within, qPrintable(error));
        QVERIFY(within->matches(entity()));
        // A hole round the point takes it out again.
        const QString holed = QStringLiteral(
            "[[[126.92,35.14],[126.93,35.14],[126.93,35.15],[126.92,35.15],[126.92,35.14]],"
            "[[126.921,35.146],[126.922,35.146],[126.922,35.147],[126.921,35.147],[126.921,35.146]]"
            "]");
        within = sim::GeoQuery::parse(QStringLiteral("within"), QStringLiteral("Polygon"), holed,
                                      QString(), &error);
        QVERIFY(!within->matches(entity()));
        auto disjoint = sim::GeoQuery::parse(QStringLiteral("disjoint"), QStringLiteral("Polygon"),
                                             box, QString(), &error);
        QVERIFY(!disjoint->matches(entity()));
        // About 1.11 km per 0.01° of latitude.
        QVERIFY(std::abs(sim::GeoQuery::distanceMeters(126.92, 35.14, 126.92, 35.15) - 1112) < 5);
    }

    void badGeoQueries_data() {
        QTest::addColumn<QString>("georel");
        QTest::addColumn<QString>("geometry");
        QTest::addColumn<QString>("coordinates");
        QTest::addColumn<QString>("names");
        QTest::newRow("json") << "near;maxDistance==5"
                              << "Point"
                              << "[126.92,35.15"
                              << "coordinates";
        QTest::newRow("no distance") << "near"
                                     << "Point"
                                     << "[126.92,35.15]"
                                     << "georel";
        QTest::newRow("near polygon") << "near;maxDistance==5"
                                      << "Polygon"
                                      << "[[[0,0],[1,0],[1,1],[0,0]]]"
                                      << "geometry";
        QTest::newRow("within point") << "within"
                                      << "Point"
                                      << "[126.92,35.15]"
                                      << "geometry";
        QTest::newRow("open ring") << "within"
                                   << "Polygon"
                                   << "[[[0,0],[1,0],[1,1],[0,1]]]"
                                   << "coordinates";
        QTest::newRow("unknown") << "overlaps"
                                 << "Polygon"
                                 << "[[[0,0],[1,0],[1,1],[0,0]]]"
                                 << "georel";
        QTest::newRow("latitude") << "near;maxDistance==5"
                                  << "Point"
                                  << "[35.15,126.92]"
                                  << "coordinates";
    }
    void badGeoQueries() {
        QFETCH(QString, georel);
        QFETCH(QString, geometry);
        QFETCH(QString, coordinates);
        QFETCH(QString, names);
        QString error;
        QVERIFY(!sim::GeoQuery::parse(georel, geometry, coordinates, QString(), &error));
        QVERIFY2(error.startsWith(names), qPrintable(error));
    }

    void csv() {
        const auto rows = sim::CityData::parseCsv(
            QStringLiteral("\xfeff"
                           "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\n\n2,,3"));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0],
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("x, y"),
                                       QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("2"), QString(), QStringLiteral("3")}));
    }

    void sunOverGwangju() {
        const auto at = [](const char* iso) {
            return sim::CityDynamics::solarElevationDeg(
                QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate));
        };
        // Noon elevation is 90 - latitude + declination: about 78.3° in June, 31.4° in December.
        QVERIFY(std::abs(at("2026-06-21T12:30:00+09:00") - 78.3) < 1.0);
        QVERIFY(std::abs(at("2026-12-21T12:30:00+09:00") - 31.4) < 1.0);
        QVERIFY(at("2026-06-21T00:00:00+09:00") < -20);
        // Sunrise in Gwangju is about 05:20 in late June, 07:40 in late December.
        QVERIFY(at("2026-06-21T05:05:00+09:00") < 0 && at("2026-06-21T05:35:00+09:00") > 0);
        QVERIFY(at("2026-12-21T07:25:00+09:00") < 0 && at("2026-12-21T07:55:00+09:00") > 0);
    }

    void marketDaysAndDemand() {
        QVERIFY(sim::CityDynamics::isNamgwangjuMarketDay(QDate(2026, 3, 2)));
        QVERIFY(sim::CityDynamics::isNamgwangjuMarketDay(QDate(2026, 3, 27)));
        QVERIFY(!sim::CityDynamics::isNamgwangjuMarketDay(QDate(2026, 3, 3)));
        QVERIFY(!sim::CityDynamics::isNamgwangjuMarketDay(QDate(2026, 3, 30)));
        const auto kst = [](const char* iso) {
            return sim::CityDynamics::toKst(
                QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate));
        };
        const QString market = QStringLiteral("namgwangjuMarket");
        QVERIFY(sim::CityDynamics::parkingDemand(market, kst("2026-03-02T09:00:00+09:00")) >
                sim::CityDynamics::parkingDemand(market, kst("2026-03-03T09:00:00+09:00")) + 0.3);
        const QString downtown = QStringLiteral("downtown");
        const double lunch =
            sim::CityDynamics::parkingDemand(downtown, kst("2026-03-03T12:30:00+09:00"));
        const double afternoon =
            sim::CityDynamics::parkingDemand(downtown, kst("2026-03-03T15:00:00+09:00"));
        const double evening =
            sim::CityDynamics::parkingDemand(downtown, kst("2026-03-03T19:00:00+09:00"));
        const double night =
            sim::CityDynamics::parkingDemand(downtown, kst("2026-03-03T03:00:00+09:00"));
        QVERIFY(lunch > afternoon && evening > afternoon && afternoon > night);
    }

    void options() {
        const auto parse = [](QStringList args) {
            args.prepend(QStringLiteral("bitgoeul-sim"));
            return sim::parseSimOptions(args);
        };
        auto o =
            parse({QStringLiteral("--speed"), QStringLiteral("60"), QStringLiteral("--seed"),
                   QStringLiteral("42"), QStringLiteral("--start-time"),
                   QStringLiteral("2026-03-02T09:00:00+09:00"), QStringLiteral("--alert-rate"),
                   QStringLiteral("0.5"), QStringLiteral("--rtsp-port"), QStringLiteral("9554"),
                   QStringLiteral("--data-dir"), QStringLiteral("/tmp/d")});
        QCOMPARE(o.action, sim::SimOptions::Action::Run);
        QCOMPARE(o.speed, 60.0);
        QVERIFY(o.seedSet);
        QCOMPARE(o.seed, 42u);
        QCOMPARE(o.startTime,
                 QDateTime::fromString(QStringLiteral("2026-03-02T00:00:00Z"), Qt::ISODate));
        QCOMPARE(o.alertRatePerMin, 0.5);
        QCOMPARE(o.cameras.rtspPort, quint16(9554));
        QCOMPARE(o.dataDir, QStringLiteral("/tmp/d"));
        o = parse({});
        QCOMPARE(o.speed, 1.0);
        QCOMPARE(o.cameras.rtspPort, quint16(8554));
        QVERIFY(!o.seedSet);
        QVERIFY(!o.startTime.isValid());
        for (const QStringList& bad :
             {QStringList{QStringLiteral("--speed"), QStringLiteral("0")},
              QStringList{QStringLiteral("--seed"), QStringLiteral("-1")},
              QStringList{QStringLiteral("--start-time"), QStringLiteral("tomorrow")},
              QStringList{QStringLiteral("--alert-rate"), QStringLiteral("-2")},
              QStringList{QStringLiteral("--rtsp-port"), QStringLiteral("70000")}}) {
            o = parse(bad);
            QCOMPARE(o.action, sim::SimOptions::Action::Error);
            QVERIFY2(o.message.contains(bad.first()), qPrintable(o.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimLogic)
#include "test_sim_logic.moc"
