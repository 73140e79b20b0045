#include "video/analytics/rule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <limits>

namespace bg {

namespace {

const QLatin1String kId("id");
const QLatin1String kName("name");
const QLatin1String kKind("kind");
const QLatin1String kEnabled("enabled");
const QLatin1String kZone("zone");
const QLatin1String kLine("line");
const QLatin1String kDirection("direction");
const QLatin1String kClasses("classes");
const QLatin1String kMinDwellMs("minDwellMs");
const QLatin1String kLoiterMs("loiterMs");
const QLatin1String kCrowdCount("crowdCount");
const QLatin1String kParkedMs("parkedMs");
const QLatin1String kFastApproachKmh("fastApproachKmh");
const QLatin1String kMetresAcrossFrame("metresAcrossFrame");
const QLatin1String kCooldownMs("cooldownMs");

const QLatin1String kAllFields[] = {kId,
                                    kName,
                                    kKind,
                                    kEnabled,
                                    kZone,
                                    kLine,
                                    kDirection,
                                    kClasses,
                                    kMinDwellMs,
                                    kLoiterMs,
                                    kCrowdCount,
                                    kParkedMs,
                                    kFastApproachKmh,
                                    kMetresAcrossFrame,
                                    kCooldownMs};

constexpr int kFormatVersion = 1;

QJsonArray pointJson(QPointF p) {
    return QJsonArray{p.x(), p.y()};
}

QString kindList() {
    QStringList names;
    for (const auto& [kind, name] : EnumNames<RuleKind>::kNames) names << QString::fromLatin1(name);
    return names.join(QStringLiteral(", "));
}

/// Field readers: each returns an empty string on success, else the message (without prefix).
QString readPoint(const QJsonValue& v, const QString& what, QPointF* out) {
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() != 2 || !a[0].isDouble() || !a[1].isDouble())
        return QStringLiteral("%1 must be [x, y] with numbers").arg(what);
    const double x = a[0].toDouble();
    const double y = a[1].toDouble();
    if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1))
        return QStringLiteral("%1 must lie in 0..1 (frame-normalised), got [%2, %3]")
            .arg(what)
            .arg(x)
            .arg(y);
    *out = QPointF(x, y);
    return {};
}

QString readInt(const QJsonObject& o, QLatin1String field, int min, int* out) {
    if (!o.contains(field)) return {};
    const QJsonValue v = o.value(field);
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || std::floor(d) != d || d < min || d > std::numeric_limits<int>::max())
        return QStringLiteral("%1 must be an integer >= %2").arg(field).arg(min);
    *out = static_cast<int>(d);
    return {};
}

QString readDouble(const QJsonObject& o, QLatin1String field, double* out) {
    if (!o.contains(field)) return {};
    const QJsonValue v = o.value(field);
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0)
        return QStringLiteral("%1 must be a number >= 0").arg(field);
    *out = v.toDouble();
    return {};
}

double polygonArea(const QPolygonF& p) {
    double twice = 0;
    for (int i = 0; i < p.size(); ++i) {
        const QPointF a = p[i];
        const QPointF b = p[(i + 1) % p.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

QString validateAndRead(const QJsonObject& o, Rule* r) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool known = false;
        for (QLatin1String f : kAllFields) known = known || it.key() == f;
        // Typos like "minDwelMs" would otherwise silently fall back to a default.
        if (!known) return QStringLiteral("unknown field '%1'").arg(it.key());
    }

    if (o.contains(kName)) {
        if (!o.value(kName).isString()) return QStringLiteral("name must be a string");
        r->name = o.value(kName).toString();
    }

    if (!o.value(kKind).isString()) return QStringLiteral("kind must be one of %1").arg(kindList());
    const auto kind = enumFromName<RuleKind>(o.value(kKind).toString());
    if (!kind)
        return QStringLiteral("kind '%1' is not one of %2")
            .arg(o.value(kKind).toString(), kindList());
    r->kind = *kind;

    if (o.contains(kEnabled)) {
        if (!o.value(kEnabled).isBool()) return QStringLiteral("enabled must be true or false");
        r->enabled = o.value(kEnabled).toBool();
    }

    if (o.contains(kZone)) {
        if (!o.value(kZone).isArray())
            return QStringLiteral("zone must be an array of [x, y] points");
        const QJsonArray pts = o.value(kZone).toArray();
        for (int i = 0; i < pts.size(); ++i) {
            QPointF p;
            const QString err = readPoint(pts[i], QStringLiteral("zone[%1]").arg(i), &p);
            if (!err.isEmpty()) return err;
            r->zone << p;
        }
    }
    if (r->kind != RuleKind::LineCrossing || !r->zone.isEmpty()) {
        if (r->zone.size() < 3) return QStringLiteral("zone needs at least 3 points");
        if (polygonArea(r->zone) < 1e-6) return QStringLiteral("zone has no area");
    }

    if (o.contains(kLine)) {
        const QJsonArray ends = o.value(kLine).toArray();
        if (!o.value(kLine).isArray() || ends.size() != 2)
            return QStringLiteral("line must be [[x1, y1], [x2, y2]]");
        QPointF a, b;
        QString err = readPoint(ends[0], QStringLiteral("line[0]"), &a);
        if (err.isEmpty()) err = readPoint(ends[1], QStringLiteral("line[1]"), &b);
        if (!err.isEmpty()) return err;
        r->line = QLineF(a, b);
    }
    if (r->kind == RuleKind::LineCrossing) {
        if (!o.contains(kLine)) return QStringLiteral("line is required for a lineCrossing rule");
        if (r->line.length() < 1e-3) return QStringLiteral("line has (almost) zero length");
    }

    if (o.contains(kDirection)) {
        const QJsonValue v = o.value(kDirection);
        const double d = v.toDouble(2);
        if (!v.isDouble() || (d != -1 && d != 0 && d != 1))
            return QStringLiteral("direction must be -1, 0 or 1");
        r->direction = static_cast<int>(d);
    }

    if (o.contains(kClasses)) {
        if (!o.value(kClasses).isArray())
            return QStringLiteral("classes must be an array of class names");
        const QJsonArray a = o.value(kClasses).toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString() || a[i].toString().trimmed().isEmpty())
                return QStringLiteral("classes[%1] must be a non-empty string").arg(i);
            r->classes << a[i].toString().trimmed();
        }
    }

    QString err;
    if (err.isEmpty()) err = readInt(o, kMinDwellMs, 0, &r->minDwellMs);
    if (err.isEmpty()) err = readInt(o, kLoiterMs, 1, &r->loiterMs);
    if (err.isEmpty()) err = readInt(o, kCrowdCount, 1, &r->crowdCount);
    if (err.isEmpty()) err = readInt(o, kParkedMs, 1, &r->parkedMs);
    if (err.isEmpty()) err = readInt(o, kCooldownMs, 0, &r->cooldownMs);
    if (err.isEmpty()) err = readDouble(o, kFastApproachKmh, &r->fastApproachKmh);
    if (err.isEmpty()) err = readDouble(o, kMetresAcrossFrame, &r->metresAcrossFrame);
    if (!err.isEmpty()) return err;

    if (r->kind == RuleKind::CrosswalkSafety && r->fastApproachKmh > 0 &&
        !(r->metresAcrossFrame > 0))
        return QStringLiteral("metresAcrossFrame must be > 0 when fastApproachKmh is set");
    return {};
}

}  // namespace

QStringList defaultVehicleClasses() {
    return {QStringLiteral("car"), QStringLiteral("bus"), QStringLiteral("truck"),
            QStringLiteral("motorcycle"), QStringLiteral("motorbike")};
}

Rule Rule::drawn(RuleKind kind, const QPolygonF& zone, const QLineF& line) {
    Rule r;
    r.kind = kind;
    r.name = enumName(kind);
    r.zone = zone;
    r.line = line;
    r.cooldownMs = 30000;
    switch (kind) {
        case RuleKind::ZoneIntrusion:
            r.classes = {QStringLiteral("person")};
            r.minDwellMs = 1000;
            break;
        case RuleKind::Loitering:
            r.classes = {QStringLiteral("person")};
            r.loiterMs = 30000;
            break;
        case RuleKind::Crowding:
            r.classes = {QStringLiteral("person")};
            r.crowdCount = 6;
            r.minDwellMs = 3000;
            break;
        case RuleKind::IllegalParking:
            r.parkedMs = 120000;
            break;
        case RuleKind::CrosswalkSafety:
            r.fastApproachKmh = 40;
            r.metresAcrossFrame = 30;
            break;
        case RuleKind::LineCrossing:
            r.classes = {QStringLiteral("person")};
            break;
    }
    return r;
}

QJsonObject Rule::toJson() const {
    QJsonObject o{{kId, id},
                  {kName, name},
                  {kKind, enumName(kind)},
                  {kEnabled, enabled},
                  {kDirection, direction},
                  {kClasses, QJsonArray::fromStringList(classes)},
                  {kMinDwellMs, minDwellMs},
                  {kLoiterMs, loiterMs},
                  {kCrowdCount, crowdCount},
                  {kParkedMs, parkedMs},
                  {kFastApproachKmh, fastApproachKmh},
                  {kMetresAcrossFrame, metresAcrossFrame},
                  {kCooldownMs, cooldownMs}};
    if (!zone.isEmpty()) {
        QJsonArray pts;
        for (QPointF p : zone) pts.append(pointJson(p));
        o.insert(kZone, pts);
    }
    if (!line.isNull()) o.insert(kLine, QJsonArray{pointJson(line.p1()), pointJson(line.p2())});
    return o;
}

Result<Rule> Rule::fromJson(const QJsonObject& json) {
    const QJsonValue idValue = json.value(kId);
    if (!idValue.isString() || idValue.toString().trimmed().isEmpty())
        return Result<Rule>::fail(QStringLiteral("rule: id must be a non-empty string"));
    Rule r;
    r.id = idValue.toString().trimmed();
    const QString err = validateAndRead(json, &r);
    if (!err.isEmpty()) return Result<Rule>::fail(QStringLiteral("rule '%1': %2").arg(r.id, err));
    return Result<Rule>::ok(std::move(r));
}

Result<QVector<Rule>> rulesFromJson(const QByteArray& json) {
    using R = Result<QVector<Rule>>;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return R::fail(QStringLiteral("rules: not JSON: %1 at offset %2")
                           .arg(pe.errorString())
                           .arg(pe.offset));
    if (!doc.isObject()) return R::fail(QStringLiteral("rules: the document must be an object"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != kFormatVersion)
        return R::fail(QStringLiteral("rules: version must be %1").arg(kFormatVersion));
    if (!root.value(QLatin1String("rules")).isArray())
        return R::fail(QStringLiteral("rules: rules must be an array"));

    QVector<Rule> rules;
    QSet<QString> ids;
    const QJsonArray items = root.value(QLatin1String("rules")).toArray();
    for (int i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return R::fail(QStringLiteral("rules[%1]: must be an object").arg(i));
        auto rule = Rule::fromJson(items[i].toObject());
        if (!rule) return R::fail(QStringLiteral("rules[%1]: %2").arg(i).arg(rule.error()));
        if (ids.contains(rule.value().id))
            return R::fail(QStringLiteral("rules[%1]: rule '%2': id is used twice")
                               .arg(i)
                               .arg(rule.value().id));
        ids.insert(rule.value().id);
        rules.append(std::move(rule).value());
    }
    return R::ok(std::move(rules));
}

QByteArray rulesToJson(const QVector<Rule>& rules) {
    QJsonArray items;
    for (const Rule& r : rules) items.append(r.toJson());
    return QJsonDocument(QJsonObject{{QLatin1String("version"), kFormatVersion},
                                     {QLatin1String("rules"), items}})
        .toJson(QJsonDocument::Indented);
}

}  // namespace bg
