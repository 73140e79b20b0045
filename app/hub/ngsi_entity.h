#pragma once

#include "core/hub_entity.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace bg {

/// What converting one normalized NGSI-LD entity gave: the entity, or nothing when it was
/// rejected; `warnings` name the entity id and the attribute either way.
struct NgsiConversion {
    std::optional<HubEntity> entity;
    QStringList warnings;
};

/// What converting a page (a JSON array of entities) gave: every valid entity, in order, and a
/// warning for each rejected one. One bad entity never costs the rest of the page.
struct NgsiPage {
    QVector<HubEntity> entities;
    QStringList warnings;
};

/// Converts one entity in the normalized representation into a HubEntity: `normalized` as given,
/// `keyValues` (see ngsiKeyValues), `modifiedAt`, numeric `samples` and, for the types the
/// console shows, `domain` (see ngsi_domain.h). `index` is the position in its page, used to
/// name an entity that has no id.
///
/// Rejected, with a warning naming entity and attribute: not an object; no string `id` or
/// `type`; an attribute that is not an object or a non-empty array of objects, or whose instance
/// has no `type`; a Property without `value`, a Relationship without `object`, a GeoProperty
/// whose `value` is not a GeoJSON object, a LanguageProperty without a `languageMap` object.
NgsiConversion convertNgsiEntity(const QJsonValue& json, int index = -1);

/// Converts every element of `array` with convertNgsiEntity.
NgsiPage convertNgsiEntities(const QJsonArray& array);

/// The key-values form of a well-formed normalized entity: `{"id", "type", attr: value…}` with
/// values as the broker sent them (a GeoProperty's GeoJSON object, a Relationship's object id,
/// a LanguageProperty's language map, the `@value` of a typed value). Of a multi-attribute the
/// default instance (no datasetId) is taken, else the first. Sub-properties such as observedAt
/// and unitCode are dropped; `@context` is ignored; expanded type and attribute URIs are
/// shortened to their last segment.
QJsonObject ngsiKeyValues(const QJsonObject& normalized);

/// The instance of an attribute key-values uses: the object itself, or of an array of
/// instances the one without `datasetId`, else the first. Empty when there is none.
QJsonObject ngsiDefaultInstance(const QJsonValue& attribute);

/// The key-values value of one attribute instance.
QJsonValue ngsiInstanceValue(const QJsonObject& instance);

/// "https://smartdatamodels.org/dataModel.Parking/OffStreetParking" → "OffStreetParking";
/// a name that is not an expanded URI is returned unchanged.
QString shortNgsiName(const QString& name);

}  // namespace bg
