#include "geo_query.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace sim {

namespace {

bool isPosition(const QJsonValue& v) {
    const QJsonArray a = v.toArray();
    return v.isArray() && a.size() >= 2 && a[0].isDouble() && a[1].isDouble() &&
           std::abs(a[0].toDouble()) <= 180 && std::abs(a[1].toDouble()) <= 90;
}

}  // namespace

std::optional<GeoQuery> GeoQuery::parse(const QString& georel, const QString& geometry,
                                        const QString& coordinates, const QString& geoproperty,
                                        QString* error) {
    QJsonParseError pe;
    // The coordinates parameter is the bare JSON array, e.g. [126.92,35.15].
    const QJsonDocument doc = QJsonDocument::fromJson(coordinates.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = QStringLiteral("coordinates: not a valid JSON array");
        return std::nullopt;
    }
    return parse(georel, geometry, doc.array(), geoproperty, error);
}

std::optional<GeoQuery> GeoQuery::parse(const QString& georel, const QString& geometry,
                                        const QJsonArray& coordinates, const QString& geoproperty,
                                        QString* error) {
    GeoQuery q;
    if (!geoproperty.isEmpty()) q.m_geoproperty = geoproperty;
    const QStringList parts = georel.split(u';');
    const QString rel = parts.value(0);
    if (rel == QLatin1String("near")) {
        q.m_relation = Relation::Near;
        for (int i = 1; i < parts.size(); ++i) {
            const QStringList kv = parts[i].split(QStringLiteral("=="));
            bool ok = false;
            const double d = kv.value(1).toDouble(&ok);
            if (kv.size() != 2 || !ok || d < 0) {
                *error = QStringLiteral("georel: bad modifier '%1'").arg(parts[i]);
                return std::nullopt;
            }
            if (kv[0] == QLatin1String("maxDistance"))
                q.m_maxDistanceM = d;
            else if (kv[0] == QLatin1String("minDistance"))
                q.m_minDistanceM = d;
            else {
                *error = QStringLiteral("georel: unknown modifier '%1'").arg(kv[0]);
                return std::nullopt;
            }
        }
        if (q.m_maxDistanceM < 0 && q.m_minDistanceM < 0) {
            *error = QStringLiteral("georel: near needs maxDistance or minDistance");
            return std::nullopt;
        }
        if (geometry != QLatin1String("Point")) {
            *error = QStringLiteral("geometry: near needs a Point, not '%1'").arg(geometry);
            return std::nullopt;
        }
        if (!isPosition(coordinates)) {
            *error = QStringLiteral("coordinates: a Point needs [lon,lat] within ±180/±90");
            return std::nullopt;
        }
        q.m_lon = coordinates[0].toDouble();
        q.m_lat = coordinates[1].toDouble();
        return q;
    }
    if (rel == QLatin1String("within"))
        q.m_relation = Relation::Within;
    else if (rel == QLatin1String("intersects"))
        q.m_relation = Relation::Intersects;
    else if (rel == QLatin1String("disjoint"))
        q.m_relation = Relation::Disjoint;
    else {
        *error = QStringLiteral(
                     "georel: '%1' is not supported (near, within, intersects, "
                     "disjoint)")
                     .arg(georel);
        return std::nullopt;
    }
    if (parts.size() > 1) {
        *error = QStringLiteral("georel: %1 takes no modifier").arg(rel);
        return std::nullopt;
    }
    if (geometry != QLatin1String("Polygon")) {
        *error = QStringLiteral("geometry: %1 needs a Polygon here, not '%2'").arg(rel, geometry);
        return std::nullopt;
    }
    if (coordinates.isEmpty()) {
        *error = QStringLiteral("coordinates: a Polygon needs at least one ring");
        return std::nullopt;
    }
    for (const QJsonValue& ring : coordinates) {
        const QJsonArray r = ring.toArray();
        if (!ring.isArray() || r.size() < 4) {
            *error = QStringLiteral("coordinates: each Polygon ring needs at least 4 positions");
            return std::nullopt;
        }
        for (const QJsonValue& p : r) {
            if (!isPosition(p)) {
                *error = QStringLiteral("coordinates: a ring position is not [lon,lat]");
                return std::nullopt;
            }
        }
        if (r.first() != r.last()) {
            *error = QStringLiteral("coordinates: a Polygon ring must be closed");
            return std::nullopt;
        }
    }
    q.m_rings = coordinates;
    return q;
}

double GeoQuery::distanceMeters(double lon1, double lat1, double lon2, double lat2) {
    constexpr double kEarthRadiusM = 6371008.8;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRad, dLon = (lon2 - lon1) * kRad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(a)));
}

bool GeoQuery::inPolygon(double lon, double lat) const {
    // Even-odd ray casting over all rings: holes flip the answer back, as they should.
    bool inside = false;
    for (const QJsonValue& ringValue : m_rings) {
        const QJsonArray ring = ringValue.toArray();
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QJsonArray a = ring[i].toArray(), b = ring[j].toArray();
            const double xi = a[0].toDouble(), yi = a[1].toDouble();
            const double xj = b[0].toDouble(), yj = b[1].toDouble();
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
                inside = !inside;
        }
    }
    return inside;
}

bool GeoQuery::matches(const QJsonObject& entity) const {
    const QJsonObject attr = entity.value(m_geoproperty).toObject();
    const QJsonObject geo = attr.value(QLatin1String("value")).toObject();
    if (geo.value(QLatin1String("type")).toString() != QLatin1String("Point")) return false;
    const QJsonArray c = geo.value(QLatin1String("coordinates")).toArray();
    if (c.size() < 2) return false;
    const double lon = c[0].toDouble(), lat = c[1].toDouble();
    switch (m_relation) {
        case Relation::Near: {
            const double d = distanceMeters(m_lon, m_lat, lon, lat);
            return (m_maxDistanceM < 0 || d <= m_maxDistanceM) &&
                   (m_minDistanceM < 0 || d >= m_minDistanceM);
        }
        case Relation::Within:
        case Relation::Intersects:
            return inPolygon(lon, lat);
        case Relation::Disjoint:
            return !inPolygon(lon, lat);
    }
    return false;
}

}  // namespace sim
