#pragma once

#include "core/geo.h"
#include "core/result.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace bg {

enum class GeoGeometryType { Point, LineString, MultiLineString, Polygon, MultiPolygon };

/// A line string, or one ring of a polygon (closed: the last position repeats the first).
using GeoLine = QVector<GeoPoint>;
/// A polygon: the outer ring first, then its holes.
using GeoPolygon = QVector<GeoLine>;

/// One feature of a GeoJSON FeatureCollection (RFC 7946), WGS84 lon/lat.
struct GeoFeature {
    GeoGeometryType type = GeoGeometryType::Point;
    int index = -1;                ///< position in the file's `features` array
    GeoPoint point;                ///< Point
    QVector<GeoLine> lines;        ///< LineString (one), MultiLineString (one or more)
    QVector<GeoPolygon> polygons;  ///< Polygon (one), MultiPolygon (one or more)
    QJsonObject properties;

    /// A property as text: strings as they are, numbers without a trailing ".0", null and
    /// missing properties empty.
    QString text(const QString& key) const;
};

/// The features read from one file. `errors` holds one message per feature that was rejected,
/// naming the source, the feature index and the field; the other features are kept.
struct GeoFeatureCollection {
    QString name;  ///< the collection's "name" member, if any
    QVector<GeoFeature> features;
    QStringList errors;
};

/// Parses a GeoJSON FeatureCollection of Point, LineString, MultiLineString, Polygon and
/// MultiPolygon features. Fails only when the document as a whole is unusable (not JSON, not
/// a FeatureCollection); a bad feature is skipped and described in `errors`, e.g.
/// "roads.geojson: features[12].geometry.coordinates[3]: expected a [lon, lat] position".
/// `source` names the input in messages (usually the file name).
Result<GeoFeatureCollection> parseGeoJson(const QByteArray& json, const QString& source);

}  // namespace bg
