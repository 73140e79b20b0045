#pragma once

#include "cache/cache_database.h"
#include "core/cache_port.h"

#include <QThreadStorage>

#include <functional>
#include <optional>

namespace bg {

class CacheWriter;

/// The cache as core's CachePort: hub entities into `entities` (the broker's JSON as received
/// plus typed columns) and `telemetry`, the outbox, and reading them back. Decoding cached JSON
/// into HubEntity is the hub module's job; the composition root hands its decoder in.
///
/// Threading: used on one thread (the GUI thread), except loadTelemetry(), which any thread may
/// call; writes go to the CacheWriter's thread, and each thread that reads gets a read connection
/// of its own, opened on its first read and closed when that thread ends (the adapter's own
/// thread's when the adapter goes). Destroy the adapter after the other reading threads ended.
class CacheAdapter : public CachePort {
public:
    using Decoder = std::function<std::optional<HubEntity>(const QJsonObject& normalized)>;

    CacheAdapter(CacheWriter* writer, Decoder decoder);
    ~CacheAdapter() override;

    void storeEntities(const QVector<HubEntity>& entities) override;
    QVector<HubEntity> loadEntities(const QStringList& types = {}) override;
    void storeTelemetry(const QString& entityId, const QVector<TelemetryPoint>& points) override;
    QVector<TelemetryPoint> loadTelemetry(const QString& entityId, const QString& attr,
                                          const QDateTime& from, const QDateTime& to) override;
    bool enqueueOutbox(const OutboxWrite& write) override;
    QVector<OutboxWrite> pendingOutbox() override;
    void markOutboxDone(const QString& opId, const QString& error = {}) override;
    void recordOutboxAttempt(const QString& opId, const QString& error) override;
    void storeAlert(const Alert& alert) override;
    bool recordTransition(const AlertTransition& transition) override;
    QVector<Alert> loadAlerts() override;
    QVector<AlertTransition> loadTransitions(const QString& alertId = {}) override;
    bool storeIncident(const Incident& incident) override;
    bool recordIncidentNote(const QString& incidentId, const IncidentNote& note) override;
    QVector<Incident> loadIncidents() override;
    bool storeShare(const IncidentShare& share) override;
    QVector<IncidentShare> loadShares(const QString& incidentId = {}) override;
    bool recordActivity(const ActivityEntry& entry) override;
    QVector<ActivityEntry> loadActivity(const QString& incidentId = {},
                                        const QDateTime& since = {}) override;

private:
    /// The calling thread's read connection.
    QSqlDatabase* readDb();
    /// Submits and waits: true once the op is committed, false when it failed.
    bool submitAndWait(const QString& label, std::function<Status(QSqlDatabase&)> op);

    CacheWriter* m_writer;
    Decoder m_decoder;
    QThreadStorage<ScopedConnection*> m_reads;
};

}  // namespace bg
