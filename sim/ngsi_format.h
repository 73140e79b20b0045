#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sim {

/// NGSI-LD representations and constants shared by the hub and the notifier.
struct NgsiFormat {
    /// The core @context the hub answers with (GS CIM 009 v1.8).
    static QString coreContext();
    /// `Link: <context>; rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"`.
    static QByteArray contextLink(const QString& context);
    /// The error type URI `https://uri.etsi.org/ngsi-ld/errors/<name>`.
    static QString errorType(const QString& name);

    /// The simplified (keyValues) form: Property/GeoProperty → value, Relationship → object.
    static QJsonObject toKeyValues(const QJsonObject& normalized);
    /// Keeps id, type and the listed attributes (all when `attrs` is empty).
    static QJsonObject project(const QJsonObject& entity, const QStringList& attrs);
    /// True if the entity has at least one of the attributes (or `attrs` is empty).
    static bool hasAnyOf(const QJsonObject& entity, const QStringList& attrs);
    /// A type given as an expanded IRI (".../OffStreetParking") reduced to its short name.
    static QString shortType(const QString& type);
    /// Splits a comma list, dropping empty items.
    static QStringList splitList(const QString& text);
};

}  // namespace sim
