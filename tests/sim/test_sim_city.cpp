// The simulated Dong-gu: built from the real public data (counts), reproducible by seed, and
// every entity type valid against its FIWARE Smart Data Model schema (or our SmartCrosswalk).
#include "json_schema_checker.h"
#include "ngsi_format.h"
#include "sim_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using simtest::City;

namespace {

int countType(const sim::ContextStore& store, const QString& type,
              std::optional<bool> simulated = std::nullopt) {
    int n = 0;
    for (const QJsonObject& e : store.entities()) {
        if (e.value(u"type").toString() != type) continue;
        const bool sim = e.value(u"simulated").toObject().value(u"value").toBool();
        if (!simulated || *simulated == sim) ++n;
    }
    return n;
}

QString fiware(const char* relative) {
    return QStringLiteral(BITGOEUL_DATA_DIR "/fiware/") + QLatin1String(relative);
}

}  // namespace

class TestSimCity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsThePublicData() {
        City city;
        QVERIFY2(city.data, qPrintable(city.error));
        QCOMPARE(city.data->parkingLots.size(), 14);
        int placed = 0;
        for (const auto& lot : city.data->parkingLots) placed += lot.placed ? 1 : 0;
        QCOMPARE(placed, 4);  // 서석동, 웨딩의거리, 전자의거리, 충장로상점가 have no coordinates
        QCOMPARE(city.data->evStations.size(), 7);
        QCOMPARE(city.data->cctvSites.size(), 678);
        int cameras = 0;
        for (const auto& s : city.data->cctvSites) cameras += s.cameras;
        QCOMPARE(cameras, 1175);
    }

    void badDataIsNamed() {
        QString error;
        QVERIFY(!sim::CityData::load(QStringLiteral("/nonexistent"),
                                     sim::CityData::builtInScenario(), &error));
        QVERIFY2(error.contains(u"donggu_parking_lots_std_2023.csv"), qPrintable(error));
        QJsonObject scenario = sim::CityData::builtInScenario();
        scenario.remove(QStringLiteral("parkingPlacements"));
        QVERIFY(!sim::CityData::load(QStringLiteral(BITGOEUL_DATA_DIR), scenario, &error));
        QVERIFY2(error.contains(u"parkingPlacements"), qPrintable(error));
    }

    void entityCounts() {
        City city;
        QVERIFY2(city.model, qPrintable(city.error));
        QCOMPARE(countType(city.store, QStringLiteral("OffStreetParking")), 14);
        QCOMPARE(countType(city.store, QStringLiteral("EVChargingStation"), false), 7);
        QCOMPARE(countType(city.store, QStringLiteral("EVChargingStation"), true), 1);
        QCOMPARE(countType(city.store, QStringLiteral("Camera"), false), 1175);
        QVERIFY(countType(city.store, QStringLiteral("Camera"), true) >= 20);
        QSet<QString> sites;
        for (const QJsonObject& e : city.store.entities())
            if (e.value(u"type").toString() == QLatin1String("Camera") &&
                !e.value(u"simulated").toObject().value(u"value").toBool())
                sites.insert(e.value(u"siteId").toObject().value(u"value").toString());
        QCOMPARE(sites.size(), 678);
        QVERIFY(countType(city.store, QStringLiteral("Streetlight")) >= 8);
        QVERIFY(countType(city.store, QStringLiteral("SmartCrosswalk")) >= 4);
        QVERIFY(countType(city.store, QStringLiteral("WasteContainer")) >= 4);
        QVERIFY(countType(city.store, QStringLiteral("ParkingSpot")) >= 12);
        QCOMPARE(countType(city.store, QStringLiteral("PhotovoltaicMeasurement")), 1);
    }

    void camerasPointAtTheRtspMounts() {
        City city;
        QVERIFY(city.model);
        QSet<QString> urls;
        int n = 0;
        for (const QJsonObject& e : city.store.entities()) {
            if (e.value(u"type").toString() != QLatin1String("Camera")) continue;
            ++n;
            const QString main = e.value(u"streamURL").toObject().value(u"value").toString();
            const QString sub = e.value(u"subStreamURL").toObject().value(u"value").toString();
            QVERIFY2(main.startsWith(u"rtsp://127.0.0.1:8554/cam/") && main.endsWith(u"/main"),
                     qPrintable(main));
            QCOMPARE(sub, main.chopped(4) + QStringLiteral("sub"));
            urls.insert(main);
        }
        QCOMPARE(urls.size(), n);  // one mount per camera
        QCOMPARE(city.model->cameraCount(), n);
        QVERIFY(urls.contains(QStringLiteral("rtsp://127.0.0.1:8554/cam/%1/main").arg(n)));
    }

    void sameSeedSameCity() {
        City a(42), b(42), c(43);
        QVERIFY(a.model && b.model && c.model);
        a.steps(180);
        b.steps(180);
        c.steps(180);
        QCOMPARE(a.store.entities().size(), b.store.entities().size());
        QVERIFY(a.store.entities() == b.store.entities());
        QCOMPARE(a.model->alertsRaised(), b.model->alertsRaised());
        QVERIFY(a.store.entities() != c.store.entities());
        const QString lot = QStringLiteral("urn:ngsi-ld:OffStreetParking:KR-29110:175-2-000001");
        const auto ha = a.store.history(lot, QStringLiteral("availableSpotNumber"));
        const auto hb = b.store.history(lot, QStringLiteral("availableSpotNumber"));
        QVERIFY(ha.size() > 10);
        QCOMPARE(ha.size(), hb.size());
        for (size_t i = 0; i < ha.size(); ++i) QCOMPARE(ha[i].value, hb[i].value);
    }

    void parkingFollowsTheDay() {
        // Start at 04:00 KST on a market day: 남광주시장 fills in the morning, downtown at lunch.
        City city(5, 0, QDateTime::fromString(QStringLiteral("2026-03-01T19:00:00Z"), Qt::ISODate));
        QVERIFY(city.model);
        const auto available = [&city](const char* code) {
            return city.store
                .entity(QStringLiteral("urn:ngsi-ld:OffStreetParking:KR-29110:") +
                        QLatin1String(code))
                .value(u"availableSpotNumber")
                .toObject()
                .value(u"value")
                .toInt();
        };
        const int namgwangjuAtFour = available("175-2-000012");
        const int downtownAtFour = available("175-2-000001");
        city.steps(5 * 60);  // 09:00 KST
        QVERIFY2(
            available("175-2-000012") < namgwangjuAtFour - 60,
            qPrintable(
                QStringLiteral("%1 -> %2").arg(namgwangjuAtFour).arg(available("175-2-000012"))));
        city.steps(3 * 60 + 30);                                    // 12:30 KST
        QVERIFY(available("175-2-000001") < downtownAtFour - 150);  // 황금주차장, 301 spaces
    }

    void pvFollowsTheSun() {
        City city(9, 0, QDateTime::fromString(QStringLiteral("2026-06-20T15:00:00Z"), Qt::ISODate));
        QVERIFY(city.model);
        const QString pv = QStringLiteral("urn:ngsi-ld:PhotovoltaicMeasurement:KR-29110:re100-pv");
        const auto power = [&] {
            return city.store.entity(pv)
                .value(u"activePower")
                .toObject()
                .value(u"value")
                .toDouble();
        };
        QCOMPARE(power(), 0.0);    // midnight KST
        city.steps(12 * 60 + 30);  // 12:30 KST on the longest day
        QVERIFY2(power() > 40, qPrintable(QString::number(power())));
        const double elevation =
            city.store.entity(pv).value(u"solarElevation").toObject().value(u"value").toDouble();
        QVERIFY2(elevation > 75 && elevation < 80, qPrintable(QString::number(elevation)));
    }

    void everyEntityValidatesAgainstItsSchema() {
        // A busy hour with many alerts, so every alert kind and device state is present.
        City city(11, 30);
        QVERIFY(city.model);
        city.steps(60);
        const QMap<QString, QString> schemas{
            {QStringLiteral("OffStreetParking"),
             fiware("dataModel.Parking/OffStreetParking/schema.json")},
            {QStringLiteral("OnStreetParking"),
             fiware("dataModel.Parking/OnStreetParking/schema.json")},
            {QStringLiteral("ParkingSpot"), fiware("dataModel.Parking/ParkingSpot/schema.json")},
            {QStringLiteral("EVChargingStation"),
             fiware("dataModel.Transportation/EVChargingStation/schema.json")},
            {QStringLiteral("PhotovoltaicMeasurement"),
             fiware("dataModel.GreenEnergy/PhotovoltaicMeasurement/schema.json")},
            {QStringLiteral("PhotovoltaicDevice"),
             fiware("dataModel.GreenEnergy/PhotovoltaicDevice/schema.json")},
            {QStringLiteral("Camera"), fiware("dataModel.Device/Camera/schema.json")},
            {QStringLiteral("Streetlight"),
             fiware("dataModel.Streetlighting/Streetlight/schema.json")},
            {QStringLiteral("WasteContainer"),
             fiware("dataModel.WasteManagement/WasteContainer/schema.json")},
            {QStringLiteral("Alert"), fiware("dataModel.Alert/Alert/schema.json")},
            {QStringLiteral("SmartCrosswalk"),
             QStringLiteral(BITGOEUL_SOURCE_DIR "/sim/scenario/SmartCrosswalk.schema.json")}};
        JsonSchemaChecker checker(fiware("shared-schemas"));
        QMap<QString, int> checked;
        QSet<QString> alertTypes;
        for (const QJsonObject& e : city.store.entities()) {
            const QString type = e.value(u"type").toString();
            QVERIFY2(schemas.contains(type), qPrintable(QStringLiteral("no schema for ") + type));
            QJsonObject schema;
            QString error;
            QVERIFY2(checker.load(schemas.value(type), &schema, &error), qPrintable(error));
            const QJsonObject kv = sim::NgsiFormat::toKeyValues(e);
            const QStringList problems = checker.check(kv, schema);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(e.value(u"id").toString() + QStringLiteral(": ") +
                                problems.join(QStringLiteral("; "))));
            checked[type]++;
            if (type == QLatin1String("Alert"))
                alertTypes.insert(kv.value(u"alertType").toString());
        }
        QCOMPARE(checked.size(), schemas.size());  // every type served was checked
        QCOMPARE(alertTypes.size(), 5);
    }

    void checkerCatchesBadEntities_data() {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("enum") << "status" << QJsonValue(QStringLiteral("broken")) << "enum";
        QTest::newRow("type") << "totalSpotNumber" << QJsonValue(QStringLiteral("62")) << "type";
        QTest::newRow("minimum") << "availableSpotNumber" << QJsonValue(-1) << "minimum";
        QTest::newRow("ref") << "location"
                             << QJsonValue(
                                    QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")}})
                             << "oneOf";
        QTest::newRow("required") << "location" << QJsonValue() << "required";
    }
    void checkerCatchesBadEntities() {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, complaint);
        JsonSchemaChecker checker(fiware("shared-schemas"));
        QJsonObject schema;
        QString error;
        QVERIFY(checker.load(fiware("dataModel.Parking/OffStreetParking/schema.json"), &schema,
                             &error));
        QJsonObject lot{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:OffStreetParking:x")},
                        {QStringLiteral("type"), QStringLiteral("OffStreetParking")},
                        {QStringLiteral("location"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                     {QStringLiteral("coordinates"), QJsonArray{126.9, 35.1}}}},
                        {QStringLiteral("status"), QJsonArray{QStringLiteral("open")}}};
        QVERIFY(checker.check(lot, schema).isEmpty());
        if (value.isNull())
            lot.remove(member);
        else
            lot.insert(member,
                       member == QLatin1String("status") ? QJsonValue(QJsonArray{value}) : value);
        const QStringList problems = checker.check(lot, schema);
        QVERIFY2(problems.join(u' ').contains(complaint), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSimCity)
#include "test_sim_city.moc"
