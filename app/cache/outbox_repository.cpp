#include "cache/outbox_repository.h"

#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bg {

WriteOp OutboxRepository::enqueue(QString opId, QString method, QString path, QString body,
                                  QString contentType) {
    // The time the caller decided to write, not the time the writer thread got to it.
    const QDateTime createdAt = QDateTime::currentDateTimeUtc();
    return [=](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO outbox (op_id, method, path, body, content_type, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT(op_id) DO NOTHING"));
        q.addBindValue(opId);
        q.addBindValue(method);
        q.addBindValue(path);
        q.addBindValue(body);
        q.addBindValue(sql::textOrNull(contentType));
        q.addBindValue(sql::timeToSql(createdAt));
        return sql::exec(q, QStringLiteral("enqueue outbox op %1").arg(opId));
    };
}

WriteOp OutboxRepository::markDelivered(qint64 id) {
    const QDateTime deliveredAt = QDateTime::currentDateTimeUtc();
    return [=](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE outbox SET delivered_at = ? WHERE id = ?"));
        q.addBindValue(sql::timeToSql(deliveredAt));
        q.addBindValue(id);
        return sql::exec(q, QStringLiteral("mark outbox entry %1 delivered").arg(id));
    };
}

WriteOp OutboxRepository::markDoneByOpId(QString opId, QString error) {
    const QDateTime deliveredAt = QDateTime::currentDateTimeUtc();
    return [=](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE outbox SET delivered_at = ?, last_error = "
                           "COALESCE(?, last_error) WHERE op_id = ?"));
        q.addBindValue(sql::timeToSql(deliveredAt));
        q.addBindValue(sql::textOrNull(error));
        q.addBindValue(opId);
        return sql::exec(q, QStringLiteral("mark outbox op %1 done").arg(opId));
    };
}

WriteOp OutboxRepository::recordAttemptByOpId(QString opId, QString error) {
    return [opId = std::move(opId), error = std::move(error)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE op_id = ?"));
        q.addBindValue(error);
        q.addBindValue(opId);
        return sql::exec(q, QStringLiteral("record attempt of outbox op %1").arg(opId));
    };
}

WriteOp OutboxRepository::recordAttempt(qint64 id, QString error) {
    return [id, error = std::move(error)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?"));
        q.addBindValue(error);
        q.addBindValue(id);
        return sql::exec(q, QStringLiteral("record attempt of outbox entry %1").arg(id));
    };
}

Result<QVector<OutboxEntry>> OutboxRepository::pending(QSqlDatabase& db, int limit) {
    using R = Result<QVector<OutboxEntry>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, op_id, method, path, body, content_type, created_at, "
                       "attempts, last_error, delivered_at FROM outbox "
                       "WHERE delivered_at IS NULL ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    if (Status s = sql::exec(q, QStringLiteral("read pending outbox")); !s)
        return R::fail(s.error());
    QVector<OutboxEntry> entries;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.opId = q.value(1).toString();
        e.method = q.value(2).toString();
        e.path = q.value(3).toString();
        e.body = q.value(4).toString();
        e.contentType = q.value(5).toString();
        e.createdAt = sql::timeFromSql(q.value(6));
        e.attempts = q.value(7).toInt();
        e.lastError = q.value(8).toString();
        e.deliveredAt = sql::timeFromSql(q.value(9));
        entries.append(std::move(e));
    }
    return R::ok(std::move(entries));
}

Result<int> OutboxRepository::pendingCount(QSqlDatabase& db) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")) ||
        !q.next())
        return Result<int>::fail(
            QStringLiteral("count pending outbox: %1").arg(sql::describeError(q.lastError())));
    return Result<int>::ok(q.value(0).toInt());
}

}  // namespace bg
