#include "city_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace sim {

namespace {

const QString kParkingCsv = QStringLiteral("facilities/donggu_parking_lots_std_2023.csv");
const QString kEvGeoJson = QStringLiteral("facilities/donggu_ev_charging_std_2020.geojson");
const QString kCctvGeoJson = QStringLiteral("facilities/gwangju_security_cctv_2026.geojson");
const QString kZonesGeoJson =
    QStringLiteral("facilities/donggu_child_protection_zones_std_2026.geojson");
const QString kRoadsGeoJson = QStringLiteral("map/roads/donggu_its_links_2025.geojson");

bool readFile(const QString& path, QByteArray* bytes, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    *bytes = f.readAll();
    return true;
}

std::optional<QJsonArray> readFeatures(const QString& path, QString* error) {
    QByteArray bytes;
    if (!readFile(path, &bytes, error)) return std::nullopt;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: not JSON (%2)").arg(path, pe.errorString());
        return std::nullopt;
    }
    if (!doc.object().value(QLatin1String("features")).isArray()) {
        *error = QStringLiteral("%1: no 'features' array (not GeoJSON?)").arg(path);
        return std::nullopt;
    }
    return doc.object().value(QLatin1String("features")).toArray();
}

std::optional<GeoPoint> pointOf(const QJsonObject& feature) {
    const QJsonObject g = feature.value(QLatin1String("geometry")).toObject();
    const QJsonArray c = g.value(QLatin1String("coordinates")).toArray();
    if (g.value(QLatin1String("type")).toString() != QLatin1String("Point") || c.size() < 2)
        return std::nullopt;
    return GeoPoint{c[0].toDouble(), c[1].toDouble()};
}

QString text(const QJsonObject& props, const char* key) {
    const QJsonValue v = props.value(QString::fromUtf8(key));
    return v.isDouble() ? QString::number(v.toDouble(), 'g', 12) : v.toString().trimmed();
}

bool loadParking(const QString& dir, const QJsonObject& scenario, CityData* data, QString* error) {
    QByteArray bytes;
    const QString path = QDir(dir).filePath(kParkingCsv);
    if (!readFile(path, &bytes, error)) return false;
    const QList<QStringList> rows = CityData::parseCsv(QString::fromUtf8(bytes));
    if (rows.isEmpty()) {
        *error = QStringLiteral("%1: empty").arg(path);
        return false;
    }
    const QStringList head = rows.first();
    const auto column = [&](const char* name) { return head.indexOf(QString::fromUtf8(name)); };
    const int cCode = column("주차장관리번호"), cName = column("주차장명"),
              cKind = column("주차장구분"), cRoad = column("소재지도로명주소"),
              cLot = column("소재지지번주소"), cCap = column("주차구획수"),
              cOpen = column("평일운영시작시각"), cClose = column("평일운영종료시각"),
              cFee = column("요금정보"), cLat = column("위도"), cLon = column("경도"),
              cDate = column("데이터기준일자");
    for (int c : {cCode, cName, cKind, cRoad, cLot, cCap, cOpen, cClose, cFee, cLat, cLon, cDate}) {
        if (c < 0) {
            *error = QStringLiteral("%1: a column of the standard data is missing (header: %2)")
                         .arg(path, head.join(u','));
            return false;
        }
    }
    const QJsonObject placements = scenario.value(QLatin1String("parkingPlacements")).toObject();
    const QJsonObject profiles = scenario.value(QLatin1String("parkingProfiles")).toObject();
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList& r = rows[i];
        if (r.size() < head.size() || r[cKind] != QStringLiteral("공영")) continue;
        ParkingLotRecord lot;
        lot.code = r[cCode];
        lot.name = r[cName];
        bool ok = false;
        lot.capacity = r[cCap].toInt(&ok);
        if (!ok || lot.capacity <= 0) {
            *error = QStringLiteral("%1 row %2: 주차구획수 '%3' is not a capacity")
                         .arg(path)
                         .arg(i + 1)
                         .arg(r[cCap]);
            return false;
        }
        lot.roadAddress = r[cRoad];
        lot.lotAddress = r[cLot];
        lot.weekdayOpen = r[cOpen];
        lot.weekdayClose = r[cClose];
        lot.fee = r[cFee];
        lot.dataDate = r[cDate];
        bool okLat = false, okLon = false;
        lot.at = GeoPoint{r[cLon].toDouble(&okLon), r[cLat].toDouble(&okLat)};
        if (!okLat || !okLon) {
            const QJsonObject p = placements.value(lot.code).toObject();
            const QJsonArray c = p.value(QLatin1String("coordinates")).toArray();
            if (c.size() != 2) {
                *error = QStringLiteral(
                             "scenario: parkingPlacements has no coordinates for lot "
                             "%1 (%2), which the data does not place")
                             .arg(lot.code, lot.name);
                return false;
            }
            lot.at = GeoPoint{c[0].toDouble(), c[1].toDouble()};
            lot.placed = true;
            lot.placementBasis = p.value(QLatin1String("basis")).toString();
        }
        lot.profile = profiles.value(lot.code).toString(QStringLiteral("downtown"));
        data->parkingLots << lot;
    }
    return true;
}

bool loadEv(const QString& dir, CityData* data, QString* error) {
    const auto features = readFeatures(QDir(dir).filePath(kEvGeoJson), error);
    if (!features) return false;
    int n = 0;
    for (const QJsonValue& f : *features) {
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        const auto at = pointOf(f.toObject());
        if (!at) continue;
        EvStationRecord s;
        s.code = QStringLiteral("%1").arg(++n, 3, 10, QLatin1Char('0'));
        s.name = text(p, "충전소명");
        s.roadAddress = text(p, "소재지도로명주소");
        s.lotAddress = text(p, "소재지지번주소");
        s.operatorName = text(p, "관리업체명");
        s.phone = text(p, "관리업체전화번호");
        s.dataDate = text(p, "데이터기준일자");
        s.slowChargers = text(p, "완속충전기대수").toInt();
        s.fastChargers = text(p, "급속충전기대수").toInt();
        s.fastType = text(p, "급속충전타입구분");
        s.at = *at;
        data->evStations << s;
    }
    return true;
}

bool loadCctv(const QString& dir, CityData* data, QString* error) {
    const QString path = QDir(dir).filePath(kCctvGeoJson);
    const auto features = readFeatures(path, error);
    if (!features) return false;
    int row = 0;
    for (const QJsonValue& f : *features) {
        ++row;
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        const auto at = pointOf(f.toObject());
        bool ok = false;
        const int cameras = text(p, "카메라대수").toInt(&ok);
        if (!at || !ok || cameras < 1) {
            *error = QStringLiteral("%1 feature %2: needs a Point and 카메라대수 >= 1")
                         .arg(path)
                         .arg(row);
            return false;
        }
        CctvSiteRecord s;
        s.row = row;
        s.at = *at;
        s.cameras = cameras;
        s.roadAddress = text(p, "소재지도로명주소");
        s.lotAddress = text(p, "소재지지번주소");
        s.pixels = text(p, "카메라화소");
        s.view = text(p, "촬영방면");
        s.retention = text(p, "보관일수");
        s.year = text(p, "설치연도");
        s.dataDate = text(p, "데이터기준일자");
        s.agency = text(p, "관리기관명");
        data->cctvSites << s;
    }
    return true;
}

bool loadZones(const QString& dir, CityData* data, QString* error) {
    const auto features = readFeatures(QDir(dir).filePath(kZonesGeoJson), error);
    if (!features) return false;
    for (const QJsonValue& f : *features) {
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        const auto at = pointOf(f.toObject());
        if (!at) continue;
        data->protectionZones << ProtectionZoneRecord{text(p, "대상시설명"), text(p, "시설종류"),
                                                      text(p, "소재지도로명주소"), *at};
    }
    return true;
}

bool loadRoads(const QString& dir, const QJsonObject& scenario, CityData* data, QString* error) {
    QStringList wanted;
    for (const QJsonValue& s : scenario.value(QLatin1String("parkingStreets")).toArray())
        wanted << s.toObject().value(QLatin1String("road")).toString();
    if (wanted.isEmpty()) return true;
    const QString path = QDir(dir).filePath(kRoadsGeoJson);
    const auto features = readFeatures(path, error);
    if (!features) return false;
    QMap<QString, double> longest;
    for (const QJsonValue& f : *features) {
        const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
        const QString name = p.value(QLatin1String("ROAD_NAME")).toString();
        if (!wanted.contains(name)) continue;
        const double length = p.value(QLatin1String("LENGTH")).toDouble();
        if (longest.contains(name) && longest.value(name) >= length) continue;
        QList<GeoPoint> line;
        const QJsonObject g = f.toObject().value(QLatin1String("geometry")).toObject();
        for (const QJsonValue& c : g.value(QLatin1String("coordinates")).toArray())
            line << GeoPoint{c.toArray().at(0).toDouble(), c.toArray().at(1).toDouble()};
        if (line.size() < 2) continue;
        longest.insert(name, length);
        data->roads.insert(name, line);
    }
    for (const QString& name : wanted) {
        if (!data->roads.contains(name)) {
            *error = QStringLiteral("%1: no road link named '%2' (scenario parkingStreets)")
                         .arg(path, name);
            return false;
        }
    }
    return true;
}

}  // namespace

QStringList CityData::requiredFiles() {
    return {kParkingCsv, kEvGeoJson, kCctvGeoJson, kZonesGeoJson, kRoadsGeoJson};
}

QList<QStringList> CityData::parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    qsizetype i = text.startsWith(QChar(0xfeff)) ? 1 : 0;  // a UTF-8 BOM
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') ++i;
            row << field;
            field.clear();
            if (!(row.size() == 1 && row.first().isEmpty())) rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QJsonObject CityData::builtInScenario() {
    QFile f(QStringLiteral(":/sim/scenario/donggu.json"));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString CityData::resolveDataDir(const QString& requested) {
    const auto holdsData = [](const QString& dir) {
        for (const QString& file : requiredFiles())
            if (!QFileInfo::exists(QDir(dir).filePath(file))) return false;
        return true;
    };
    if (!requested.isEmpty()) return requested;  // the caller reports what is missing in it
    QStringList candidates;
#ifdef BITGOEUL_DEFAULT_DATA_DIR
    candidates << QStringLiteral(BITGOEUL_DEFAULT_DATA_DIR);
#endif
    if (QCoreApplication::instance())
        candidates << QDir(QCoreApplication::applicationDirPath())
                          .filePath(QStringLiteral("../share/bitgoeul/data"));
    for (const QString& c : candidates)
        if (holdsData(c)) return QDir::cleanPath(c);
    return {};
}

std::optional<CityData> CityData::load(const QString& dataDir, const QJsonObject& scenario,
                                       QString* error) {
    if (scenario.isEmpty()) {
        *error = QStringLiteral("the scenario is empty or not JSON");
        return std::nullopt;
    }
    CityData data;
    data.scenario = scenario;
    if (!loadParking(dataDir, scenario, &data, error) || !loadEv(dataDir, &data, error) ||
        !loadCctv(dataDir, &data, error) || !loadZones(dataDir, &data, error) ||
        !loadRoads(dataDir, scenario, &data, error))
        return std::nullopt;
    return data;
}

}  // namespace sim
