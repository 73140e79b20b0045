// The GeoJSON reader: the shared public map data reads completely (13 dongs, 1,366 road links
// …), and bad input is rejected with a message naming the file, the feature and the field while
// the good features are kept.
#include "core/geojson.h"

#include <QFile>
#include <QTest>

using namespace bg;

namespace {
QByteArray readData(const QString& relative) {
    QFile f(QStringLiteral(BITGOEUL_DATA_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}
GeoFeatureCollection parseOk(const QByteArray& json, const QString& source = QStringLiteral("t")) {
    auto r = parseGeoJson(json, source);
    if (!r) qWarning() << r.error();
    return r ? r.value() : GeoFeatureCollection{};
}
}  // namespace

class TestGeoJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sharedData_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("type");
        QTest::newRow("boundary") << "map/donggu_boundary_admdongkor_2021.geojson" << 1
                                  << int(GeoGeometryType::Polygon);
        QTest::newRow("dongs") << "map/donggu_dongs_admdongkor_2021.geojson" << 13
                               << int(GeoGeometryType::MultiPolygon);
        QTest::newRow("gu") << "map/gwangju_gu_admdongkor_2022_simple.geojson" << 5
                            << int(GeoGeometryType::Polygon);
        QTest::newRow("roads") << "map/roads/donggu_its_links_2025.geojson" << 1366
                               << int(GeoGeometryType::LineString);
        QTest::newRow("child zones") << "facilities/donggu_child_protection_zones_std_2026.geojson"
                                     << 32 << int(GeoGeometryType::Point);
        QTest::newRow("enforcement")
            << "facilities/donggu_traffic_enforcement_cameras_std_2020.geojson" << 21
            << int(GeoGeometryType::Point);
    }
    void sharedData() {
        QFETCH(QString, file);
        QFETCH(int, features);
        QFETCH(int, type);
        const QByteArray json = readData(file);
        QVERIFY2(!json.isEmpty(), qPrintable(file));
        auto r = parseGeoJson(json, file);
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        QVERIFY2(r.value().errors.isEmpty(), qPrintable(r.value().errors.join(u'\n')));
        QCOMPARE(r.value().features.size(), features);
        for (const GeoFeature& f : r.value().features) QCOMPARE(int(f.type), type);
        // Everything lies in or next to Dong-gu.
        for (const GeoFeature& f : r.value().features) {
            const GeoPoint p = f.type == GeoGeometryType::Point ? f.point
                               : f.lines.isEmpty()              ? f.polygons[0][0][0]
                                                                : f.lines[0][0];
            QVERIFY(p.lon > 126.6 && p.lon < 127.1 && p.lat > 35.0 && p.lat < 35.3);
        }
    }

    void dongNamesAndProperties() {
        const auto c =
            parseOk(readData(QStringLiteral("map/donggu_dongs_admdongkor_2021.geojson")));
        QStringList names;
        for (const GeoFeature& f : c.features) names << f.text(QStringLiteral("adm_nm"));
        QVERIFY(names.contains(QStringLiteral("광주광역시 동구 충장동")));
        QVERIFY(names.contains(QStringLiteral("광주광역시 동구 지원2동")));
        QCOMPARE(c.features[0].index, 0);
        const auto roads =
            parseOk(readData(QStringLiteral("map/roads/donggu_its_links_2025.geojson")));
        QCOMPARE(roads.features[0].text(QStringLiteral("LANES")), QStringLiteral("1"));
        QCOMPARE(roads.features[0].text(QStringLiteral("ROAD_NAME")), QStringLiteral("버들로"));
        QCOMPARE(roads.features[1].text(QStringLiteral("ROAD_NAME")), QString());  // null
    }

    void everyGeometryType() {
        const QByteArray json = R"({"type":"FeatureCollection","name":"all","features":[
            {"type":"Feature","properties":{"n":1},"geometry":{"type":"Point","coordinates":[126.9,35.1]}},
            {"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[126.9,35.1],[126.91,35.11]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"MultiLineString","coordinates":[[[0,0],[1,1]],[[2,2],[3,3],[4,4]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.1],[0.8,0.1],[0.8,0.5],[0.2,0.1]]]}},
            {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]}}
        ]})";
        const auto c = parseOk(json);
        QVERIFY(c.errors.isEmpty());
        QCOMPARE(c.name, QStringLiteral("all"));
        QCOMPARE(c.features.size(), 5);
        QCOMPARE(c.features[0].type, GeoGeometryType::Point);
        QCOMPARE(c.features[0].point, (GeoPoint{126.9, 35.1}));
        QCOMPARE(c.features[0].text(QStringLiteral("n")), QStringLiteral("1"));
        QCOMPARE(c.features[1].lines.size(), 1);
        QCOMPARE(c.features[2].lines.size(), 2);
        QCOMPARE(c.features[2].lines[1].size(), 3);
        QCOMPARE(c.features[3].polygons.size(), 1);
        QCOMPARE(c.features[3].polygons[0].size(), 2);  // outer ring and a hole
        QCOMPARE(c.features[4].polygons.size(), 2);
    }

    void badDocumentsFail() {
        auto r = parseGeoJson("{not json", QStringLiteral("broken.geojson"));
        QVERIFY(!r);
        QVERIFY2(r.error().startsWith(u"broken.geojson: not JSON"), qPrintable(r.error()));
        r = parseGeoJson(R"({"type":"Feature"})", QStringLiteral("one.geojson"));
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("one.geojson: type: expected \"FeatureCollection\""));
        r = parseGeoJson(R"({"type":"FeatureCollection","features":{}})", QStringLiteral("f"));
        QVERIFY(!r);
        QVERIFY(r.error().contains(u"features: expected an array"));
    }

    void badFeaturesAreNamedAndSkipped_data() {
        QTest::addColumn<QByteArray>("feature");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a feature")
            << QByteArray(R"({"type":"Thing"})") << "features[1].type: expected \"Feature\"";
        QTest::newRow("no geometry")
            << QByteArray(R"({"type":"Feature","properties":{},"geometry":null})")
            << "features[1].geometry: missing or null geometry";
        QTest::newRow("unsupported")
            << QByteArray(
                   R"({"type":"Feature","geometry":{"type":"GeometryCollection","geometries":[]}})")
            << "features[1].geometry.type: unsupported geometry type \"GeometryCollection\"";
        QTest::newRow("text coordinate")
            << QByteArray(
                   R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2],["3",4]]}})")
            << "features[1].geometry.coordinates[1]: expected a [lon, lat] position";
        QTest::newRow("short line")
            << QByteArray(
                   R"({"type":"Feature","geometry":{"type":"LineString","coordinates":[[1,2]]}})")
            << "features[1].geometry.coordinates: expected at least 2 positions, found 1";
        QTest::newRow("open ring")
            << QByteArray(
                   R"({"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,1]]]]}})")
            << "features[1].geometry.coordinates[0][0]: linear ring is not closed";
        QTest::newRow("latitude out of range")
            << QByteArray(
                   R"({"type":"Feature","geometry":{"type":"Point","coordinates":[126.9,135.1]}})")
            << "features[1].geometry.coordinates: position 126.9, 135.1 is outside lon ±180, lat "
               "±90";
        QTest::newRow("properties not an object")
            << QByteArray(
                   R"({"type":"Feature","properties":[1],"geometry":{"type":"Point","coordinates":[1,2]}})")
            << "features[1].properties: expected an object or null";
    }
    void badFeaturesAreNamedAndSkipped() {
        QFETCH(QByteArray, feature);
        QFETCH(QString, message);
        const QByteArray good =
            R"({"type":"Feature","properties":{"id":"a"},"geometry":{"type":"Point","coordinates":[126.9,35.1]}})";
        const QByteArray json = R"({"type":"FeatureCollection","features":[)" + good + "," +
                                feature + "," + good + "]}";
        auto r = parseGeoJson(json, QStringLiteral("bad.geojson"));
        QVERIFY(r.isOk());
        QCOMPARE(r.value().errors, QStringList{QStringLiteral("bad.geojson: ") + message});
        QCOMPARE(r.value().features.size(), 2);  // what was good is kept
        QCOMPARE(r.value().features[0].index, 0);
        QCOMPARE(r.value().features[1].index, 2);
    }
};

QTEST_GUILESS_MAIN(TestGeoJson)
#include "test_geojson.moc"
