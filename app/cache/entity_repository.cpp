#include "cache/entity_repository.h"

#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bg {

namespace {

const QString kColumns =
    QStringLiteral("id, type, json, name_ko, name_en, lon, lat, dong, modified_at, synced_at");

EntityRecord recordFrom(const QSqlQuery& q) {
    EntityRecord r;
    r.id = q.value(0).toString();
    r.type = q.value(1).toString();
    r.json = q.value(2).toString();
    r.nameKo = q.value(3).toString();
    r.nameEn = q.value(4).toString();
    r.lon = sql::realFromSql(q.value(5));
    r.lat = sql::realFromSql(q.value(6));
    r.dong = q.value(7).toString();
    r.modifiedAt = sql::timeFromSql(q.value(8));
    r.syncedAt = sql::timeFromSql(q.value(9));
    return r;
}

}  // namespace

WriteOp EntityRepository::upsertEntities(QVector<EntityRecord> records) {
    return [records = std::move(records)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        // ON CONFLICT … DO UPDATE rather than INSERT OR REPLACE: REPLACE deletes the row first,
        // which would cascade to anything that references the entity later.
        if (!q.prepare(
                QStringLiteral(
                    "INSERT INTO entities (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET type = excluded.type, json = excluded.json, "
                    "name_ko = excluded.name_ko, name_en = excluded.name_en, lon = excluded.lon, "
                    "lat = excluded.lat, dong = excluded.dong, modified_at = excluded.modified_at, "
                    "synced_at = excluded.synced_at")
                    .arg(kColumns)))
            return Status::fail(
                QStringLiteral("prepare entity upsert: %1").arg(sql::describeError(q.lastError())));
        for (const EntityRecord& r : records) {
            // The columns are NOT NULL, but an empty string would pass them.
            if (r.id.isEmpty() || r.type.isEmpty())
                return Status::fail(
                    QStringLiteral("entity '%1' has no %2")
                        .arg(r.id, r.id.isEmpty() ? QStringLiteral("id") : QStringLiteral("type")));
            q.addBindValue(r.id);
            q.addBindValue(r.type);
            q.addBindValue(r.json);
            q.addBindValue(sql::textOrNull(r.nameKo));
            q.addBindValue(sql::textOrNull(r.nameEn));
            q.addBindValue(sql::realToSql(r.lon));
            q.addBindValue(sql::realToSql(r.lat));
            q.addBindValue(sql::textOrNull(r.dong));
            q.addBindValue(sql::timeToSql(r.modifiedAt));
            q.addBindValue(sql::timeToSql(r.syncedAt));
            if (Status s = sql::exec(q, QStringLiteral("upsert entity %1").arg(r.id)); !s) return s;
        }
        return Status::ok();
    };
}

WriteOp EntityRepository::removeEntity(QString id) {
    return [id = std::move(id)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?"));
        q.addBindValue(id);
        return sql::exec(q, QStringLiteral("remove entity %1").arg(id));
    };
}

Result<QVector<EntityRecord>> EntityRepository::entitiesOfType(QSqlDatabase& db,
                                                               const QString& type) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entities WHERE type = ? ORDER BY id").arg(kColumns));
    q.addBindValue(type);
    if (Status s = sql::exec(q, QStringLiteral("read entities of type %1").arg(type)); !s)
        return Result<QVector<EntityRecord>>::fail(s.error());
    QVector<EntityRecord> records;
    while (q.next()) records.append(recordFrom(q));
    return Result<QVector<EntityRecord>>::ok(std::move(records));
}

Result<std::optional<EntityRecord>> EntityRepository::entityById(QSqlDatabase& db,
                                                                 const QString& id) {
    using R = Result<std::optional<EntityRecord>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = sql::exec(q, QStringLiteral("read entity %1").arg(id)); !s)
        return R::fail(s.error());
    if (!q.next()) return R::ok(std::nullopt);
    return R::ok(recordFrom(q));
}

Result<int> EntityRepository::countByType(QSqlDatabase& db, const QString& type) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM entities WHERE type = ?"));
    q.addBindValue(type);
    if (Status s = sql::exec(q, QStringLiteral("count entities of type %1").arg(type)); !s)
        return Result<int>::fail(s.error());
    return Result<int>::ok(q.next() ? q.value(0).toInt() : 0);
}

Result<QMap<QString, int>> EntityRepository::countsByType(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT type, count(*) FROM entities GROUP BY type"));
    if (Status s = sql::exec(q, QStringLiteral("count entities by type")); !s)
        return Result<QMap<QString, int>>::fail(s.error());
    QMap<QString, int> counts;
    while (q.next()) counts.insert(q.value(0).toString(), q.value(1).toInt());
    return Result<QMap<QString, int>>::ok(std::move(counts));
}

}  // namespace bg
