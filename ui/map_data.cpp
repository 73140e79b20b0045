#include "ui/map_data.h"

#include "core/geojson.h"

#include <QFile>
#include <QFileInfo>

#include <optional>

namespace bg {

namespace {

std::optional<GeoFeatureCollection> readFile(const QString& path, QStringList* errors) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *errors << QStringLiteral("%1: cannot open: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    auto result = parseGeoJson(f.readAll(), QFileInfo(path).fileName());
    if (!result) {
        *errors << result.error();
        return std::nullopt;
    }
    *errors << result.value().errors;
    return std::move(result).value();
}

QVector<QPointF> toPoints(const GeoLine& line) {
    QVector<QPointF> out;
    out.reserve(line.size());
    for (const GeoPoint& p : line) out.append({p.lon, p.lat});
    return out;
}

MapArea toArea(const GeoFeature& f, const QString& name) {
    MapArea area{name, {}};
    for (const GeoPolygon& polygon : f.polygons)
        for (const GeoLine& ring : polygon) area.rings.append(toPoints(ring));
    return area;
}

/// "광주광역시 동구 충장동" → "충장동".
QString lastWord(const QString& s) {
    return s.section(u' ', -1);
}

}  // namespace

MapData MapData::load(const QString& root) {
    MapData d;
    if (auto c = readFile(root + QStringLiteral("/map/gwangju_gu_admdongkor_2022_simple.geojson"),
                          &d.errors)) {
        for (const GeoFeature& f : c->features) {
            // Dong-gu itself comes from the detailed files.
            if (f.text(QStringLiteral("sgg")) == u"29110") continue;
            d.neighbours.append(toArea(f, f.text(QStringLiteral("sggnm"))));
        }
    }
    if (auto c = readFile(root + QStringLiteral("/map/donggu_boundary_admdongkor_2021.geojson"),
                          &d.errors)) {
        for (const GeoFeature& f : c->features)
            d.district.append(toArea(f, f.text(QStringLiteral("sggnm"))));
    }
    if (auto c = readFile(root + QStringLiteral("/map/donggu_dongs_admdongkor_2021.geojson"),
                          &d.errors)) {
        for (const GeoFeature& f : c->features)
            d.dongs.append(toArea(f, lastWord(f.text(QStringLiteral("adm_nm")))));
    }
    if (auto c = readFile(root + QStringLiteral("/map/roads/donggu_its_links_2025.geojson"),
                          &d.errors)) {
        d.roads.reserve(c->features.size());
        for (const GeoFeature& f : c->features) {
            for (const GeoLine& line : f.lines)
                d.roads.append({f.text(QStringLiteral("ROAD_NAME")),
                                f.text(QStringLiteral("ROAD_RANK")).toInt(), toPoints(line)});
        }
    }
    if (auto c = readFile(
            root + QStringLiteral("/facilities/donggu_child_protection_zones_std_2026.geojson"),
            &d.errors)) {
        for (const GeoFeature& f : c->features) {
            if (f.type != GeoGeometryType::Point) continue;
            d.childZones.append(
                {QStringLiteral("childZone:%1").arg(f.index), f.text(QStringLiteral("대상시설명")),
                 f.text(QStringLiteral("소재지도로명주소")), f.text(QStringLiteral("adminDong")),
                 f.text(QStringLiteral("시설종류")), f.point.lon, f.point.lat});
        }
    }
    if (auto c = readFile(
            root +
                QStringLiteral("/facilities/donggu_traffic_enforcement_cameras_std_2020.geojson"),
            &d.errors)) {
        for (const GeoFeature& f : c->features) {
            if (f.type != GeoGeometryType::Point) continue;
            QString address = f.text(QStringLiteral("소재지도로명주소"));
            if (address.isEmpty()) address = f.text(QStringLiteral("소재지지번주소"));
            d.enforcementCameras.append(
                {QStringLiteral("enforcement:%1").arg(f.index), f.text(QStringLiteral("설치장소")),
                 address, f.text(QStringLiteral("adminDong")), f.text(QStringLiteral("제한속도")),
                 f.point.lon, f.point.lat});
        }
    }
    return d;
}

}  // namespace bg
