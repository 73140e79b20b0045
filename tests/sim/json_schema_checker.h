#pragma once
// A small JSON-Schema checker for the subset the FIWARE Smart Data Models use: type, enum,
// const, required, properties, items, min/maxItems, uniqueItems, minimum/maximum (and the
// exclusive forms), min/maxLength, pattern, format date-time/uri (loosely), allOf/anyOf/oneOf
// and $ref into the same document or into the shared schema files. Test code only.

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

class JsonSchemaChecker {
public:
    /// `sharedDir` holds the $ref targets (common-schema.json, alert-schema.json …), found by
    /// the file name at the end of the $ref URL.
    explicit JsonSchemaChecker(const QString& sharedDir);

    /// Loads a schema file; false (with `error`) if it cannot be read.
    bool load(const QString& path, QJsonObject* schema, QString* error) const;
    /// The problems of `value` against `schema` (empty: valid). Each names a JSON pointer.
    QStringList check(const QJsonValue& value, const QJsonObject& schema) const;

private:
    void check(const QJsonValue& value, const QJsonObject& schema, const QJsonObject& root,
               const QString& path, QStringList* errors) const;
    bool resolve(const QString& ref, const QJsonObject& root, QJsonObject* schema,
                 QJsonObject* newRoot, QString* error) const;
    QJsonObject document(const QString& fileName) const;

    QString m_sharedDir;
    mutable QHash<QString, QJsonObject> m_documents;
};
