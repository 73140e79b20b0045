#pragma once

#include "core/hub_entity.h"

#include <QStringList>

#include <optional>

namespace bg {

/// The console's domain value for a converted hub entity, or nothing when its type is not one
/// the console shows (or the value fails bg::validate(), which adds a warning naming the entity
/// and the field). Reads `entity.keyValues` (and `entity.normalized` for units); the mapping of
/// each NGSI-LD type and attribute is listed in app/hub/README.md.
std::optional<Entity> ngsiToDomain(const HubEntity& entity, QStringList* warnings);

/// The NGSI-LD entity types ngsiToDomain maps, e.g. "OffStreetParking", "SmartCrosswalk".
QStringList ngsiDomainTypes();

}  // namespace bg
