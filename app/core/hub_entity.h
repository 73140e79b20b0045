#pragma once

#include "core/entity.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QVector>

#include <optional>

namespace bg {

/// One numeric value of an entity at a time, kept as history for charts (telemetry table).
struct TelemetryPoint {
    QString attr;  ///< attribute name, e.g. "availableSpotNumber"
    QDateTime at;  ///< observedAt of the value, else the entity's modifiedAt (UTC)
    double value = 0;
    friend bool operator==(const TelemetryPoint&, const TelemetryPoint&) = default;
};

/// An entity as it came from the hub, in the forms the console needs: the broker's normalized
/// NGSI-LD JSON (kept as received, for the cache), its key-values form (for scripts), the numeric
/// values worth keeping as history, and — when its type is one the console shows — the domain
/// value the pages read. Produced by the hub module; consumed by services through core's ports.
struct HubEntity {
    QString id;
    QString type;            ///< short type name, e.g. "OffStreetParking"
    QJsonObject normalized;  ///< as the broker sent it
    QJsonObject keyValues;   ///< {"id", "type", attr: value, …}
    QDateTime modifiedAt;    ///< modifiedAt, else the latest observedAt; may be invalid
    QVector<TelemetryPoint> samples;
    std::optional<Entity> domain;  ///< empty for types the console does not show
};

/// A write waiting for the hub (outbox row): delivered once, in order, when the hub answers.
struct OutboxWrite {
    qint64 id = 0;   ///< delivery order
    QString opId;    ///< idempotency key, sent as the X-Bitgoeul-Op-Id header
    QString method;  ///< "POST", "PATCH", "DELETE"
    QString path;    ///< relative to the dialect's base path, e.g. "/entities/{id}/attrs"
    QByteArray body;
    QString contentType;  ///< "application/json" or "application/ld+json"
};

}  // namespace bg

Q_DECLARE_METATYPE(bg::HubEntity)
Q_DECLARE_METATYPE(bg::OutboxWrite)
