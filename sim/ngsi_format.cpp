#include "ngsi_format.h"

namespace sim {

QString NgsiFormat::coreContext() {
    return QStringLiteral("https://uri.etsi.org/ngsi-ld/v1/ngsi-ld-core-context-v1.8.jsonld");
}

QByteArray NgsiFormat::contextLink(const QString& context) {
    return "<" + context.toUtf8() +
           ">; rel=\"http://www.w3.org/ns/json-ld#context\"; type=\"application/ld+json\"";
}

QString NgsiFormat::errorType(const QString& name) {
    return QStringLiteral("https://uri.etsi.org/ngsi-ld/errors/") + name;
}

QJsonObject NgsiFormat::toKeyValues(const QJsonObject& normalized) {
    QJsonObject out;
    for (auto it = normalized.begin(); it != normalized.end(); ++it) {
        if (!it.value().isObject()) {
            out.insert(it.key(), it.value());  // id, type, @context
            continue;
        }
        const QJsonObject attr = it.value().toObject();
        if (attr.contains(QLatin1String("object")))
            out.insert(it.key(), attr.value(QLatin1String("object")));
        else
            out.insert(it.key(), attr.value(QLatin1String("value")));
    }
    return out;
}

QJsonObject NgsiFormat::project(const QJsonObject& entity, const QStringList& attrs) {
    if (attrs.isEmpty()) return entity;
    QJsonObject out;
    out.insert(QLatin1String("id"), entity.value(QLatin1String("id")));
    out.insert(QLatin1String("type"), entity.value(QLatin1String("type")));
    for (const QString& a : attrs)
        if (entity.contains(a)) out.insert(a, entity.value(a));
    return out;
}

bool NgsiFormat::hasAnyOf(const QJsonObject& entity, const QStringList& attrs) {
    if (attrs.isEmpty()) return true;
    for (const QString& a : attrs)
        if (entity.contains(a)) return true;
    return false;
}

QString NgsiFormat::shortType(const QString& type) {
    const qsizetype cut = qMax(type.lastIndexOf(u'/'), type.lastIndexOf(u'#'));
    return cut >= 0 && type.contains(QLatin1String("://")) ? type.mid(cut + 1) : type;
}

QStringList NgsiFormat::splitList(const QString& text) {
    QStringList out;
    for (const QString& s : text.split(u',')) {
        const QString t = s.trimmed();
        if (!t.isEmpty()) out << t;
    }
    return out;
}

}  // namespace sim
