#include "hub/ngsi_entity.h"

#include "hub/hub_log.h"
#include "hub/ngsi_domain.h"
#include "hub/ngsi_time.h"

#include <QJsonObject>

namespace bg {

namespace {

// Members of an entity that are not attributes: kept out of the attribute checks.
bool isEntityMember(const QString& key) {
    return key == u"id" || key == u"type" || key == u"@context" || key == u"createdAt" ||
           key == u"modifiedAt" || key == u"deletedAt" || key == u"scope";
}

QString entityLabel(const QJsonObject& object, int index) {
    const QString id = object.value(u"id").toString();
    if (!id.isEmpty()) return id;
    return index >= 0 ? QStringLiteral("#%1 (no id)").arg(index) : QStringLiteral("(no id)");
}

// NGSI-LD 1.5 allows several types; the console files an entity under its first.
QJsonValue firstType(const QJsonValue& type) {
    if (!type.isArray()) return type;
    const QJsonArray types = type.toArray();
    return types.isEmpty() ? QJsonValue() : types.first();
}

QJsonValue unwrapTypedValue(const QJsonValue& value) {
    // JSON-LD value objects {"@type": "DateTime", "@value": "…"}: key-values gives the literal.
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"@value")) return object.value(u"@value");
    }
    return value;
}

// Checks one attribute instance; returns the problem, or an empty string when it is usable.
QString instanceProblem(const QJsonValue& instanceValue) {
    if (!instanceValue.isObject()) return QStringLiteral("an attribute instance is not an object");
    const QJsonObject instance = instanceValue.toObject();
    const QJsonValue typeValue = instance.value(u"type");
    if (!typeValue.isString() || typeValue.toString().isEmpty()) return QStringLiteral("no type");
    const QString type = shortNgsiName(typeValue.toString());
    if (type == u"Property") {
        if (!instance.contains(u"value")) return QStringLiteral("Property has no value");
    } else if (type == u"Relationship") {
        const QJsonValue object = instance.value(u"object");
        if (!object.isString() && !object.isArray())
            return QStringLiteral("Relationship has no object");
    } else if (type == u"GeoProperty") {
        if (!instance.value(u"value").isObject())
            return QStringLiteral("GeoProperty value is not a GeoJSON object");
    } else if (type == u"LanguageProperty") {
        if (!instance.value(u"languageMap").isObject())
            return QStringLiteral("LanguageProperty has no languageMap object");
    } else if (type == u"ListRelationship") {
        if (!instance.value(u"objectList").isArray())
            return QStringLiteral("ListRelationship has no objectList");
    } else if (type == u"ListProperty") {
        if (!instance.value(u"valueList").isArray())
            return QStringLiteral("ListProperty has no valueList");
    } else if (type == u"JsonProperty") {
        if (!instance.contains(u"json")) return QStringLiteral("JsonProperty has no json");
    } else if (type == u"VocabProperty") {
        if (!instance.contains(u"vocab")) return QStringLiteral("VocabProperty has no vocab");
    } else if (!instance.contains(u"value")) {
        return QStringLiteral("attribute type '%1' is unknown and has no value").arg(type);
    }
    return {};
}

QString attributeProblem(const QJsonValue& attribute) {
    if (attribute.isObject()) return instanceProblem(attribute);
    if (!attribute.isArray()) return QStringLiteral("not an object or an array of objects");
    const QJsonArray instances = attribute.toArray();
    if (instances.isEmpty()) return QStringLiteral("an empty array of instances");
    for (const QJsonValue& instance : instances) {
        const QString problem = instanceProblem(instance);
        if (!problem.isEmpty()) return problem;
    }
    return {};
}

}  // namespace

QString shortNgsiName(const QString& name) {
    if (!name.contains(QLatin1String("://"))) return name;
    QString trimmed = name;
    while (trimmed.endsWith(u'/') || trimmed.endsWith(u'#')) trimmed.chop(1);
    const qsizetype cut = std::max(trimmed.lastIndexOf(u'/'), trimmed.lastIndexOf(u'#'));
    return trimmed.mid(cut + 1);
}

QJsonObject ngsiDefaultInstance(const QJsonValue& attribute) {
    if (attribute.isObject()) return attribute.toObject();
    const QJsonArray instances = attribute.toArray();
    for (const QJsonValue& instance : instances)
        if (instance.isObject() && !instance.toObject().contains(u"datasetId"))
            return instance.toObject();
    return instances.isEmpty() ? QJsonObject{} : instances.first().toObject();
}

QJsonValue ngsiInstanceValue(const QJsonObject& instance) {
    const QString type = shortNgsiName(instance.value(u"type").toString());
    if (type == u"Relationship") return instance.value(u"object");
    if (type == u"LanguageProperty") return instance.value(u"languageMap");
    if (type == u"ListRelationship") return instance.value(u"objectList");
    if (type == u"ListProperty") return instance.value(u"valueList");
    if (type == u"JsonProperty") return instance.value(u"json");
    if (type == u"VocabProperty") return instance.value(u"vocab");
    return unwrapTypedValue(instance.value(u"value"));
}

QJsonObject ngsiKeyValues(const QJsonObject& normalized) {
    QJsonObject keyValues;
    for (auto it = normalized.begin(); it != normalized.end(); ++it) {
        const QString key = it.key();
        if (key == u"@context") continue;
        if (key == u"type") {
            keyValues.insert(key, shortNgsiName(firstType(it.value()).toString()));
        } else if (isEntityMember(key)) {
            keyValues.insert(key, it.value());
        } else {
            keyValues.insert(shortNgsiName(key), ngsiInstanceValue(ngsiDefaultInstance(*it)));
        }
    }
    return keyValues;
}

NgsiConversion convertNgsiEntity(const QJsonValue& json, int index) {
    NgsiConversion result;
    if (!json.isObject()) {
        result.warnings << QStringLiteral("entity #%1: not a JSON object; skipped").arg(index);
        return result;
    }
    const QJsonObject object = json.toObject();
    const QString label = entityLabel(object, index);
    const QJsonValue idValue = object.value(u"id");
    if (!idValue.isString() || idValue.toString().isEmpty()) {
        result.warnings << QStringLiteral("entity %1: no id; skipped").arg(label);
        return result;
    }
    const QJsonValue typeValue = firstType(object.value(u"type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty()) {
        result.warnings << QStringLiteral("entity %1: no type; skipped").arg(label);
        return result;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isEntityMember(it.key())) continue;
        const QString problem = attributeProblem(*it);
        if (!problem.isEmpty()) {
            result.warnings << QStringLiteral("entity %1: attribute '%2': %3; entity skipped")
                                   .arg(label, it.key(), problem);
            return result;
        }
    }

    HubEntity entity;
    entity.id = idValue.toString();
    entity.type = shortNgsiName(typeValue.toString());
    entity.normalized = object;
    entity.keyValues = ngsiKeyValues(object);

    QDateTime latestObserved;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isEntityMember(it.key())) continue;
        const QJsonArray instances = it->isArray() ? it->toArray() : QJsonArray{it->toObject()};
        for (const QJsonValue& instance : instances) {
            const QDateTime observed =
                parseNgsiTime(instance.toObject().value(u"observedAt").toString());
            if (observed.isValid() && (!latestObserved.isValid() || observed > latestObserved))
                latestObserved = observed;
        }
    }
    const QDateTime modified = parseNgsiTime(object.value(u"modifiedAt").toString());
    entity.modifiedAt = modified.isValid() ? modified : latestObserved;

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isEntityMember(it.key())) continue;
        const QJsonObject instance = ngsiDefaultInstance(*it);
        if (shortNgsiName(instance.value(u"type").toString()) != u"Property") continue;
        const QJsonValue value = unwrapTypedValue(instance.value(u"value"));
        if (!value.isDouble()) continue;
        QDateTime at = parseNgsiTime(instance.value(u"observedAt").toString());
        if (!at.isValid()) at = entity.modifiedAt;
        // A value with no time at all is a state, not a point of history.
        if (!at.isValid()) continue;
        entity.samples.append({shortNgsiName(it.key()), at, value.toDouble()});
    }

    entity.domain = ngsiToDomain(entity, &result.warnings);
    result.entity = std::move(entity);
    return result;
}

NgsiPage convertNgsiEntities(const QJsonArray& array) {
    NgsiPage page;
    page.entities.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        NgsiConversion one = convertNgsiEntity(array.at(i), int(i));
        page.warnings += one.warnings;
        if (one.entity) page.entities.append(std::move(*one.entity));
    }
    for (const QString& warning : std::as_const(page.warnings)) qCWarning(lcHub) << warning;
    return page;
}

}  // namespace bg
