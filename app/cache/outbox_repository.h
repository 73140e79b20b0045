#pragma once

#include "cache/cache_writer.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QSqlDatabase;

namespace bg {

/// A write for the hub waiting to be delivered (or delivered, kept for the audit).
struct OutboxEntry {
    qint64 id = 0;  ///< delivery order
    QString opId;   ///< idempotency key chosen by the caller
    QString method;
    QString path;
    QString body;
    QString contentType;
    QDateTime createdAt;
    int attempts = 0;
    QString lastError;
    QDateTime deliveredAt;  ///< invalid while pending
};

/// The outbox: writes made while the hub may be offline, delivered once, in order, after it
/// returns.
///
/// Threading: stateless; the WriteOps run on the CacheWriter thread, the reads on the caller's
/// thread with a connection that thread opened.
class OutboxRepository {
public:
    /// Queues a request. A second enqueue with the same `opId` is ignored (not an error), so a
    /// caller that retries after a crash cannot send the same write twice.
    static WriteOp enqueue(QString opId, QString method, QString path, QString body,
                           QString contentType);
    static WriteOp markDelivered(qint64 id);
    /// Marks the entry with this op id done; a non-empty `error` records why the hub refused it
    /// for good (it is not retried either way).
    static WriteOp markDoneByOpId(QString opId, QString error = {});
    /// As recordAttempt, by op id.
    static WriteOp recordAttemptByOpId(QString opId, QString error);
    /// Counts a failed delivery attempt and keeps its error; the entry stays pending.
    static WriteOp recordAttempt(qint64 id, QString error);

    /// Up to `limit` pending entries, oldest (lowest id) first.
    static Result<QVector<OutboxEntry>> pending(QSqlDatabase& db, int limit);
    static Result<int> pendingCount(QSqlDatabase& db);
};

}  // namespace bg
