#pragma once

#include "cache/cache_writer.h"
#include "core/incident.h"
#include "core/result.h"

class QSqlDatabase;

namespace bg {

/// Incidents (with the alerts they group and their notes), the camera shares of their
/// escalations, and the append-only activity log.
///
/// Threading: stateless; WriteOps run on the CacheWriter's thread, reads on the caller's thread
/// with a connection that thread opened.
class IncidentRepository {
public:
    /// Inserts or replaces the incident's row and its set of alerts (notes are appended apart).
    static WriteOp upsertIncident(Incident incident);
    static WriteOp appendNote(QString incidentId, IncidentNote note);
    /// Inserts or replaces a share (delivery state and revocation change it).
    static WriteOp upsertShare(IncidentShare share);
    static WriteOp appendActivity(ActivityEntry entry);

    /// Every incident with its alerts and notes, newest first.
    static Result<QVector<Incident>> incidents(QSqlDatabase& db);
    /// Shares of one incident (all when empty), oldest first.
    static Result<QVector<IncidentShare>> shares(QSqlDatabase& db, const QString& incidentId = {});
    /// The activity log, oldest first: of one incident when `incidentId` is given, from `since`
    /// on when it is valid.
    static Result<QVector<ActivityEntry>> activity(QSqlDatabase& db, const QString& incidentId = {},
                                                   const QDateTime& since = {});
};

}  // namespace bg
