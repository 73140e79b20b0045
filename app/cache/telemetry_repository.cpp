#include "cache/telemetry_repository.h"

#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace bg {

WriteOp TelemetryRepository::appendSamples(QVector<TelemetrySample> samples) {
    return [samples = std::move(samples)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("INSERT OR REPLACE INTO telemetry "
                                      "(entity_id, attr, observed_at, value) VALUES (?, ?, ?, ?)")))
            return Status::fail(QStringLiteral("prepare telemetry insert: %1")
                                    .arg(sql::describeError(q.lastError())));
        for (const TelemetrySample& sample : samples) {
            if (!sample.observedAt.isValid())
                return Status::fail(QStringLiteral("telemetry sample of %1/%2 has no time")
                                        .arg(sample.entityId, sample.attr));
            q.addBindValue(sample.entityId);
            q.addBindValue(sample.attr);
            q.addBindValue(sample.observedAt.toMSecsSinceEpoch());
            q.addBindValue(sql::realToSql(sample.value));
            if (Status s = sql::exec(
                    q,
                    QStringLiteral("append telemetry of %1/%2").arg(sample.entityId, sample.attr));
                !s)
                return s;
        }
        return Status::ok();
    };
}

WriteOp TelemetryRepository::removeOlderThan(QDateTime cutoff) {
    return [cutoff = std::move(cutoff)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM telemetry WHERE observed_at < ?"));
        q.addBindValue(cutoff.toMSecsSinceEpoch());
        return sql::exec(q, QStringLiteral("remove telemetry older than %1")
                                .arg(cutoff.toUTC().toString(Qt::ISODateWithMs)));
    };
}

Result<QVector<TelemetrySample>> TelemetryRepository::range(QSqlDatabase& db,
                                                            const QString& entityId,
                                                            const QString& attr,
                                                            const QDateTime& from,
                                                            const QDateTime& to) {
    using R = Result<QVector<TelemetrySample>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT observed_at, value FROM telemetry WHERE entity_id = ? AND "
                       "attr = ? AND observed_at >= ? AND observed_at < ? "
                       "ORDER BY observed_at"));
    q.addBindValue(entityId);
    q.addBindValue(attr);
    q.addBindValue(from.toMSecsSinceEpoch());
    q.addBindValue(to.toMSecsSinceEpoch());
    if (Status s = sql::exec(q, QStringLiteral("read telemetry of %1/%2").arg(entityId, attr)); !s)
        return R::fail(s.error());
    QVector<TelemetrySample> samples;
    while (q.next()) {
        samples.append({entityId, attr,
                        QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                        sql::realFromSql(q.value(1))});
    }
    return R::ok(std::move(samples));
}

}  // namespace bg
