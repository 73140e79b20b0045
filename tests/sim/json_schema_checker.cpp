#include "json_schema_checker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

JsonSchemaChecker::JsonSchemaChecker(const QString& sharedDir) : m_sharedDir(sharedDir) {}

bool JsonSchemaChecker::load(const QString& path, QJsonObject* schema, QString* error) const {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = path + QStringLiteral(": not a JSON object");
        return false;
    }
    *schema = doc.object();
    return true;
}

QJsonObject JsonSchemaChecker::document(const QString& fileName) const {
    if (!m_documents.contains(fileName)) {
        QJsonObject o;
        QString ignored;
        load(QDir(m_sharedDir).filePath(fileName), &o, &ignored);
        m_documents.insert(fileName, o);
    }
    return m_documents.value(fileName);
}

bool JsonSchemaChecker::resolve(const QString& ref, const QJsonObject& root, QJsonObject* schema,
                                QJsonObject* newRoot, QString* error) const {
    const qsizetype hash = ref.indexOf(u'#');
    const QString url = hash < 0 ? ref : ref.left(hash);
    const QString pointer = hash < 0 ? QString() : ref.mid(hash + 1);
    *newRoot = root;
    if (!url.isEmpty()) {
        const QString file = QUrl(url).fileName();
        *newRoot = document(file);
        if (newRoot->isEmpty()) {
            *error = QStringLiteral("$ref %1: no local copy %2 in %3").arg(ref, file, m_sharedDir);
            return false;
        }
    }
    QJsonValue at = *newRoot;
    for (const QString& part : pointer.split(u'/', Qt::SkipEmptyParts)) {
        at = at.toObject().value(QString(part)
                                     .replace(QStringLiteral("~1"), QStringLiteral("/"))
                                     .replace(QStringLiteral("~0"), QStringLiteral("~")));
        if (at.isUndefined()) {
            *error = QStringLiteral("$ref %1: %2 not found").arg(ref, part);
            return false;
        }
    }
    *schema = at.toObject();
    return true;
}

QStringList JsonSchemaChecker::check(const QJsonValue& value, const QJsonObject& schema) const {
    QStringList errors;
    check(value, schema, schema, QString(), &errors);
    return errors;
}

namespace {

bool hasType(const QJsonValue& v, const QString& type) {
    if (type == QLatin1String("object")) return v.isObject();
    if (type == QLatin1String("array")) return v.isArray();
    if (type == QLatin1String("string")) return v.isString();
    if (type == QLatin1String("boolean")) return v.isBool();
    if (type == QLatin1String("null")) return v.isNull();
    if (type == QLatin1String("number")) return v.isDouble();
    if (type == QLatin1String("integer"))
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return false;
}

QString show(const QJsonValue& v) {
    if (v.isString()) return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isDouble()) return QString::number(v.toDouble());
    if (v.isBool()) return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.isArray() ? QStringLiteral("[…]") : QStringLiteral("{…}");
}

}  // namespace

void JsonSchemaChecker::check(const QJsonValue& value, const QJsonObject& schema,
                              const QJsonObject& root, const QString& path,
                              QStringList* errors) const {
    const QString at = path.isEmpty() ? QStringLiteral("/") : path;
    const auto fail = [&](const QString& why) { errors->append(at + QStringLiteral(": ") + why); };

    if (schema.contains(QLatin1String("$ref"))) {
        QJsonObject target, targetRoot;
        QString why;
        if (!resolve(schema.value(QLatin1String("$ref")).toString(), root, &target, &targetRoot,
                     &why))
            fail(why);
        else
            check(value, target, targetRoot, path, errors);
    }
    const QJsonValue type = schema.value(QLatin1String("type"));
    if (type.isString() && !hasType(value, type.toString())) {
        fail(QStringLiteral("%1 is not of type %2").arg(show(value), type.toString()));
        return;
    }
    if (type.isArray()) {
        bool any = false;
        for (const QJsonValue& t : type.toArray()) any = any || hasType(value, t.toString());
        if (!any) {
            fail(QStringLiteral("%1 has none of the types allowed").arg(show(value)));
            return;
        }
    }
    if (schema.contains(QLatin1String("enum")) &&
        !schema.value(QLatin1String("enum")).toArray().contains(value))
        fail(QStringLiteral("%1 is not one of the enum values").arg(show(value)));
    if (schema.contains(QLatin1String("const")) && schema.value(QLatin1String("const")) != value)
        fail(QStringLiteral("%1 is not the const value").arg(show(value)));

    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const QJsonValue& r : schema.value(QLatin1String("required")).toArray())
            if (!o.contains(r.toString()))
                fail(QStringLiteral("required member '%1' is missing").arg(r.toString()));
        const QJsonObject properties = schema.value(QLatin1String("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            if (o.contains(it.key()))
                check(o.value(it.key()), it.value().toObject(), root, path + u'/' + it.key(),
                      errors);
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (schema.contains(QLatin1String("minItems")) &&
            a.size() < schema.value(QLatin1String("minItems")).toInt())
            fail(QStringLiteral("fewer than %1 items")
                     .arg(schema.value(QLatin1String("minItems")).toInt()));
        if (schema.contains(QLatin1String("maxItems")) &&
            a.size() > schema.value(QLatin1String("maxItems")).toInt())
            fail(QStringLiteral("more than %1 items")
                     .arg(schema.value(QLatin1String("maxItems")).toInt()));
        if (schema.value(QLatin1String("uniqueItems")).toBool())
            for (qsizetype i = 0; i < a.size(); ++i)
                for (qsizetype j = i + 1; j < a.size(); ++j)
                    if (a[i] == a[j]) fail(QStringLiteral("items %1 and %2 repeat").arg(i).arg(j));
        if (schema.value(QLatin1String("items")).isObject())
            for (qsizetype i = 0; i < a.size(); ++i)
                check(a[i], schema.value(QLatin1String("items")).toObject(), root,
                      path + QStringLiteral("/%1").arg(i), errors);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        const auto limit = [&](const char* key) { return schema.value(QLatin1String(key)); };
        if (limit("minimum").isDouble() && d < limit("minimum").toDouble())
            fail(QStringLiteral("%1 is below the minimum %2")
                     .arg(d)
                     .arg(limit("minimum").toDouble()));
        if (limit("maximum").isDouble() && d > limit("maximum").toDouble())
            fail(QStringLiteral("%1 is above the maximum %2")
                     .arg(d)
                     .arg(limit("maximum").toDouble()));
        if (limit("exclusiveMinimum").isDouble() && d <= limit("exclusiveMinimum").toDouble())
            fail(QStringLiteral("%1 is not above %2")
                     .arg(d)
                     .arg(limit("exclusiveMinimum").toDouble()));
        if (limit("exclusiveMaximum").isDouble() && d >= limit("exclusiveMaximum").toDouble())
            fail(QStringLiteral("%1 is not below %2")
                     .arg(d)
                     .arg(limit("exclusiveMaximum").toDouble()));
    }
    if (value.isString()) {
        const QString s = value.toString();
        if (schema.contains(QLatin1String("minLength")) &&
            s.size() < schema.value(QLatin1String("minLength")).toInt())
            fail(QStringLiteral("shorter than %1")
                     .arg(schema.value(QLatin1String("minLength")).toInt()));
        if (schema.contains(QLatin1String("maxLength")) &&
            s.size() > schema.value(QLatin1String("maxLength")).toInt())
            fail(QStringLiteral("longer than %1")
                     .arg(schema.value(QLatin1String("maxLength")).toInt()));
        if (schema.contains(QLatin1String("pattern"))) {
            const QRegularExpression re(schema.value(QLatin1String("pattern")).toString());
            if (!re.isValid())
                fail(QStringLiteral("the schema's pattern does not compile"));
            else if (!re.match(s).hasMatch())
                fail(QStringLiteral("%1 does not match the pattern").arg(show(value)));
        }
        const QString format = schema.value(QLatin1String("format")).toString();
        if (format == QLatin1String("date-time") &&
            (!s.contains(u'T') || !QDateTime::fromString(s, Qt::ISODateWithMs).isValid()))
            fail(QStringLiteral("%1 is not a date-time").arg(show(value)));
        if (format == QLatin1String("uri") &&
            (!s.contains(u':') || !QUrl(s, QUrl::StrictMode).isValid()))
            fail(QStringLiteral("%1 is not a URI").arg(show(value)));
    }

    for (const QJsonValue& sub : schema.value(QLatin1String("allOf")).toArray())
        check(value, sub.toObject(), root, path, errors);
    const auto passes = [&](const QJsonValue& sub) {
        QStringList e;
        check(value, sub.toObject(), root, path, &e);
        return e.isEmpty();
    };
    if (schema.contains(QLatin1String("anyOf"))) {
        bool any = false;
        for (const QJsonValue& sub : schema.value(QLatin1String("anyOf")).toArray())
            any = any || passes(sub);
        if (!any) fail(QStringLiteral("%1 matches none of anyOf").arg(show(value)));
    }
    if (schema.contains(QLatin1String("oneOf"))) {
        int n = 0;
        for (const QJsonValue& sub : schema.value(QLatin1String("oneOf")).toArray())
            n += passes(sub) ? 1 : 0;
        if (n != 1)
            fail(QStringLiteral("%1 matches %2 of oneOf, not exactly one").arg(show(value)).arg(n));
    }
}
