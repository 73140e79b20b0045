#pragma once

#include "cache/cache_writer.h"
#include "core/alert_workflow.h"
#include "core/result.h"

#include <optional>

class QSqlDatabase;

namespace bg {

/// Alerts (their latest state) and the append-only trail of their transitions.
///
/// Threading: stateless; WriteOps run on the CacheWriter's thread, reads on the caller's thread
/// with a connection that thread opened.
class AlertRepository {
public:
    /// Inserts or replaces the alert's row.
    static WriteOp upsertAlert(Alert alert);
    /// Appends one transition and updates the alert's state in the same transaction.
    static WriteOp recordTransition(AlertTransition transition);

    /// Alerts, newest first; only those in `state` when given.
    static Result<QVector<Alert>> alerts(QSqlDatabase& db, std::optional<AlertState> state = {});
    /// Transitions of one alert (all alerts when `alertId` is empty), oldest first.
    static Result<QVector<AlertTransition>> transitions(QSqlDatabase& db,
                                                        const QString& alertId = {});
};

}  // namespace bg
