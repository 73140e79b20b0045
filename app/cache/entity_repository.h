#pragma once

#include "cache/cache_writer.h"
#include "core/result.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

#include <limits>
#include <optional>

class QSqlDatabase;

namespace bg {

/// One row of `entities`: the latest state of a hub entity.
struct EntityRecord {
    QString id;
    QString type;
    QString json;  ///< the NGSI-LD entity exactly as received
    QString nameKo;
    QString nameEn;
    QString dong;
    double lon = std::numeric_limits<double>::quiet_NaN();  ///< NaN when unknown
    double lat = std::numeric_limits<double>::quiet_NaN();
    QDateTime modifiedAt;  ///< the hub's modifiedAt; invalid when unknown
    QDateTime syncedAt;    ///< when this console received it
};

/// Reads and writes of the latest entity state. Writes are WriteOps for the CacheWriter; reads
/// take a connection opened on the calling thread (openReadConnection()).
///
/// Threading: stateless; the WriteOps run on the CacheWriter thread, the reads on the caller's
/// thread with a connection that thread opened.
class EntityRepository {
public:
    /// Inserts the records or replaces the rows with the same id, in one op.
    static WriteOp upsertEntities(QVector<EntityRecord> records);
    /// Deletes the entity; removing an unknown id is not an error.
    static WriteOp removeEntity(QString id);

    static Result<QVector<EntityRecord>> entitiesOfType(QSqlDatabase& db, const QString& type);
    static Result<std::optional<EntityRecord>> entityById(QSqlDatabase& db, const QString& id);
    static Result<int> countByType(QSqlDatabase& db, const QString& type);
    static Result<QMap<QString, int>> countsByType(QSqlDatabase& db);
};

}  // namespace bg
