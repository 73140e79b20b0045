#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sim {

/// An NGSI-LD geo-query (GS CIM 009 clause 4.10) on Point GeoProperties: `near;maxDistance==M`
/// or `near;minDistance==M` around a Point, and `within`, `intersects`, `disjoint` with a
/// Polygon (first ring the outline, further rings holes). Distances are great-circle metres.
class GeoQuery {
public:
    enum class Relation { Near, Within, Intersects, Disjoint };

    /// Parses the georel/geometry/coordinates/geoproperty parameters; on failure returns nothing
    /// and puts the reason (naming the parameter) in `error`.
    static std::optional<GeoQuery> parse(const QString& georel, const QString& geometry,
                                         const QString& coordinates, const QString& geoproperty,
                                         QString* error);
    /// Same, with the coordinates already parsed (the geoQ member of a subscription).
    static std::optional<GeoQuery> parse(const QString& georel, const QString& geometry,
                                         const QJsonArray& coordinates, const QString& geoproperty,
                                         QString* error);

    /// True if the entity's geoproperty is a Point satisfying the relation.
    bool matches(const QJsonObject& entity) const;

    /// Great-circle distance in metres between two lon/lat points (WGS84 mean radius).
    static double distanceMeters(double lon1, double lat1, double lon2, double lat2);

private:
    bool inPolygon(double lon, double lat) const;

    Relation m_relation = Relation::Near;
    double m_maxDistanceM = -1;
    double m_minDistanceM = -1;
    double m_lon = 0, m_lat = 0;  // the Point of `near`
    QJsonArray m_rings;           // the Polygon's rings
    QString m_geoproperty = QStringLiteral("location");
};

}  // namespace sim
