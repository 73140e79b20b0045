#pragma once

#include "cache/cache_writer.h"
#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QSqlDatabase;

namespace bg {

/// One observed value of one attribute of one entity (occupancy, power, solar output …).
struct TelemetrySample {
    QString entityId;
    QString attr;
    QDateTime observedAt;  ///< stored with ms precision, UTC
    double value = 0.0;
};

/// History for charts. Writes are WriteOps for the CacheWriter; reads take a connection opened on
/// the calling thread.
///
/// Threading: stateless; the WriteOps run on the CacheWriter thread, the reads on the caller's
/// thread with a connection that thread opened.
class TelemetryRepository {
public:
    /// Appends samples; a sample with the same entity, attribute and time replaces the old one,
    /// so receiving the same notification twice stores it once.
    static WriteOp appendSamples(QVector<TelemetrySample> samples);
    /// Deletes samples observed before `cutoff` (retention).
    static WriteOp removeOlderThan(QDateTime cutoff);

    /// Samples of `entityId`/`attr` with from <= observedAt < to, oldest first.
    static Result<QVector<TelemetrySample>> range(QSqlDatabase& db, const QString& entityId,
                                                  const QString& attr, const QDateTime& from,
                                                  const QDateTime& to);
};

}  // namespace bg
