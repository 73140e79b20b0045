#pragma once

#include "core/alert_workflow.h"
#include "core/hub_entity.h"
#include "core/incident.h"

#include <QStringList>
#include <QVector>

namespace bg {

/// Port: the local cache as the services see it — the latest state and history of every hub
/// entity, and the outbox of writes waiting for the hub. Implemented by the cache module.
///
/// Threading: called on one thread (the GUI thread in the console), except loadTelemetry(), which
/// may be called on any thread (history loads off the GUI thread); writes are handed to the
/// cache's writer thread, reads use a connection of the calling thread.
class CachePort {
public:
    virtual ~CachePort() = default;

    /// Stores the entities' latest state and their telemetry samples (asynchronous, in order).
    virtual void storeEntities(const QVector<HubEntity>& entities) = 0;
    /// Stores history fetched elsewhere (the hub's temporal API) for one entity (asynchronous,
    /// in order); a point already stored (same attribute and time) is replaced, not doubled.
    virtual void storeTelemetry(const QString& entityId, const QVector<TelemetryPoint>& points) = 0;
    /// The cached history of `attr` of `entityId` with from <= at < to, oldest first; empty
    /// when there is none or the cache cannot be read (logged). Any thread.
    virtual QVector<TelemetryPoint> loadTelemetry(const QString& entityId, const QString& attr,
                                                  const QDateTime& from, const QDateTime& to) = 0;
    /// Every cached entity of these types (all types when empty), decoded again.
    virtual QVector<HubEntity> loadEntities(const QStringList& types = {}) = 0;

    /// Queues a write for the hub. Returns only once it is on disk: an operator's acknowledged
    /// action survives a crash. A repeated opId is ignored.
    virtual bool enqueueOutbox(const OutboxWrite& write) = 0;
    /// The writes not yet delivered, in delivery order.
    virtual QVector<OutboxWrite> pendingOutbox() = 0;
    /// The hub took the write (or refused it for good: then `error` says why).
    virtual void markOutboxDone(const QString& opId, const QString& error = {}) = 0;
    /// A delivery attempt failed and will be retried.
    virtual void recordOutboxAttempt(const QString& opId, const QString& error) = 0;

    /// The alert's latest state (asynchronous, in order).
    virtual void storeAlert(const Alert& alert) = 0;
    /// One state change, appended to the trail. Returns once it is on disk: an acknowledgement
    /// survives a crash.
    virtual bool recordTransition(const AlertTransition& transition) = 0;
    virtual QVector<Alert> loadAlerts() = 0;
    /// The trail of one alert (all when empty), oldest first.
    virtual QVector<AlertTransition> loadTransitions(const QString& alertId = {}) = 0;

    /// The incident's row and its alerts. Returns once it is on disk.
    virtual bool storeIncident(const Incident& incident) = 0;
    /// Appends a note to the incident. Returns once it is on disk.
    virtual bool recordIncidentNote(const QString& incidentId, const IncidentNote& note) = 0;
    /// Every incident with its alerts and notes, newest first.
    virtual QVector<Incident> loadIncidents() = 0;
    /// Inserts or updates a camera share. Returns once it is on disk.
    virtual bool storeShare(const IncidentShare& share) = 0;
    /// The shares of one incident (all when empty), oldest first.
    virtual QVector<IncidentShare> loadShares(const QString& incidentId = {}) = 0;
    /// Appends to the activity log. Returns once it is on disk.
    virtual bool recordActivity(const ActivityEntry& entry) = 0;
    /// The activity log, oldest first; of one incident when given, from `since` when valid.
    virtual QVector<ActivityEntry> loadActivity(const QString& incidentId = {},
                                                const QDateTime& since = {}) = 0;
};

}  // namespace bg
