#include "core/geojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace bg {

namespace {

/// Thrown inside one feature's parse only, caught before it leaves this file: the path of the
/// field that is wrong and what is wrong with it.
struct FieldError {
    QString path;
    QString problem;
};

GeoPoint position(const QJsonValue& v, const QString& path) {
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() < 2 || !a[0].isDouble() || !a[1].isDouble())
        throw FieldError{path, QStringLiteral("expected a [lon, lat] position")};
    const GeoPoint p{a[0].toDouble(), a[1].toDouble()};
    if (!p.isValid())
        throw FieldError{
            path,
            QStringLiteral("position %1, %2 is outside lon ±180, lat ±90").arg(p.lon).arg(p.lat)};
    return p;
}

GeoLine line(const QJsonValue& v, const QString& path, int minPoints) {
    if (!v.isArray()) throw FieldError{path, QStringLiteral("expected an array of positions")};
    const QJsonArray a = v.toArray();
    if (a.size() < minPoints)
        throw FieldError{path, QStringLiteral("expected at least %1 positions, found %2")
                                   .arg(minPoints)
                                   .arg(a.size())};
    GeoLine out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append(position(a[i], path + QStringLiteral("[%1]").arg(i)));
    return out;
}

GeoPolygon polygon(const QJsonValue& v, const QString& path) {
    if (!v.isArray() || v.toArray().isEmpty())
        throw FieldError{path, QStringLiteral("expected an array of linear rings")};
    const QJsonArray a = v.toArray();
    GeoPolygon out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString ringPath = path + QStringLiteral("[%1]").arg(i);
        GeoLine ring = line(a[i], ringPath, 4);
        if (!(ring.first() == ring.last()))
            throw FieldError{ringPath, QStringLiteral("linear ring is not closed")};
        out.append(std::move(ring));
    }
    return out;
}

QVector<GeoLine> lines(const QJsonValue& v, const QString& path) {
    if (!v.isArray() || v.toArray().isEmpty())
        throw FieldError{path, QStringLiteral("expected an array of line strings")};
    const QJsonArray a = v.toArray();
    QVector<GeoLine> out;
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append(line(a[i], path + QStringLiteral("[%1]").arg(i), 2));
    return out;
}

GeoFeature feature(const QJsonValue& v, const QString& path) {
    if (!v.isObject()) throw FieldError{path, QStringLiteral("expected a Feature object")};
    const QJsonObject o = v.toObject();
    if (o.value(u"type").toString() != u"Feature")
        throw FieldError{path + QStringLiteral(".type"), QStringLiteral("expected \"Feature\"")};
    const QJsonValue props = o.value(u"properties");
    if (!props.isObject() && !props.isNull() && !props.isUndefined())
        throw FieldError{path + QStringLiteral(".properties"),
                         QStringLiteral("expected an object or null")};
    const QJsonValue g = o.value(u"geometry");
    const QString gPath = path + QStringLiteral(".geometry");
    if (!g.isObject()) throw FieldError{gPath, QStringLiteral("missing or null geometry")};
    const QJsonObject geometry = g.toObject();
    const QString type = geometry.value(u"type").toString();
    const QJsonValue coords = geometry.value(u"coordinates");
    const QString cPath = gPath + QStringLiteral(".coordinates");

    GeoFeature f;
    f.properties = props.toObject();
    if (type == u"Point") {
        f.type = GeoGeometryType::Point;
        f.point = position(coords, cPath);
    } else if (type == u"LineString") {
        f.type = GeoGeometryType::LineString;
        f.lines = {line(coords, cPath, 2)};
    } else if (type == u"MultiLineString") {
        f.type = GeoGeometryType::MultiLineString;
        f.lines = lines(coords, cPath);
    } else if (type == u"Polygon") {
        f.type = GeoGeometryType::Polygon;
        f.polygons = {polygon(coords, cPath)};
    } else if (type == u"MultiPolygon") {
        f.type = GeoGeometryType::MultiPolygon;
        if (!coords.isArray() || coords.toArray().isEmpty())
            throw FieldError{cPath, QStringLiteral("expected an array of polygons")};
        const QJsonArray a = coords.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            f.polygons.append(polygon(a[i], cPath + QStringLiteral("[%1]").arg(i)));
    } else {
        throw FieldError{gPath + QStringLiteral(".type"),
                         type.isEmpty()
                             ? QStringLiteral("missing geometry type")
                             : QStringLiteral("unsupported geometry type \"%1\"").arg(type)};
    }
    return f;
}

}  // namespace

QString GeoFeature::text(const QString& key) const {
    const QJsonValue v = properties.value(key);
    if (v.isString()) return v.toString();
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

Result<GeoFeatureCollection> parseGeoJson(const QByteArray& json, const QString& source) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<GeoFeatureCollection>::fail(QStringLiteral("%1: not JSON at offset %2: %3")
                                                      .arg(source)
                                                      .arg(parseError.offset)
                                                      .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(u"type").toString() != u"FeatureCollection")
        return Result<GeoFeatureCollection>::fail(
            QStringLiteral("%1: type: expected \"FeatureCollection\"").arg(source));
    if (!root.value(u"features").isArray())
        return Result<GeoFeatureCollection>::fail(
            QStringLiteral("%1: features: expected an array").arg(source));

    GeoFeatureCollection out;
    out.name = root.value(u"name").toString();
    const QJsonArray features = root.value(u"features").toArray();
    out.features.reserve(features.size());
    for (qsizetype i = 0; i < features.size(); ++i) {
        try {
            GeoFeature f = feature(features[i], QStringLiteral("features[%1]").arg(i));
            f.index = int(i);
            out.features.append(std::move(f));
        } catch (const FieldError& e) {
            out.errors << QStringLiteral("%1: %2: %3").arg(source, e.path, e.problem);
        }
    }
    return Result<GeoFeatureCollection>::ok(std::move(out));
}

}  // namespace bg
