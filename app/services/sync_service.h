#pragma once

#include "core/hub_entity.h"

#include <QObject>
#include <QStringList>
#include <QVector>

class QJsonObject;
class QTimer;

namespace bg {

class CachePort;
class EntityStore;
class HubPort;

/// Keeps the EntityStore and the cache in step with the hub, and delivers the outbox.
/// - `loadCache()` fills the store from the cache at start, so the console works offline.
/// - `syncAll()` fetches every configured type, one after the other; each type's entities go to
///   the store (those the console shows) and to the cache (all of them, as received).
/// - Notifications from the hub are applied the same way.
/// - `queueWrite()` puts a write in the outbox (on disk before it returns) and delivers the
///   outbox in order, one write at a time, each exactly once: a write is taken off only when the
///   hub confirmed it; retryable failures wait and try again (backoff), and the hub returning
///   (`setHubOnline(true)`) triggers a full re-sync and the delivery of what waited.
///
/// Threading: GUI thread, with its ports.
class SyncService : public QObject {
    Q_OBJECT
public:
    SyncService(HubPort* hub, EntityStore* store, CachePort* cache, QObject* parent = nullptr);

    void setTypes(const QStringList& types) { m_types = types; }
    QStringList types() const { return m_types; }

    /// Loads every cached entity into the store; returns how many the store took.
    int loadCache();
    /// Starts a full sync of all types (ignored while one runs).
    void syncAll();
    bool isSyncing() const { return m_syncIndex >= 0; }

    /// Queues a write for the hub; false when the cache could not store it.
    bool queueWrite(const OutboxWrite& write);
    int pendingWrites() const { return int(m_outbox.size()); }

    /// From the hub monitor: an offline → online edge re-syncs and delivers the outbox.
    void setHubOnline(bool online);

    /// Delay before retrying a write that failed for a retryable reason (timeout, 5xx).
    void setRetryDelayMs(int baseMs, int maxMs);

Q_SIGNALS:
    void typeSynced(const QString& type, int entities, int warnings);
    void typeFailed(const QString& type, const QString& error);
    void syncFinished(int typesOk, int typesFailed);
    void writeDelivered(const QString& opId);
    void writeRejected(const QString& opId, const QString& message);

private:
    void fetchNext();
    void onFetched(const QString& type, const QVector<bg::HubEntity>& entities,
                   const QStringList& warnings, const QString& error);
    void apply(const QVector<HubEntity>& entities);
    void deliverNext();
    void onDelivered(const QString& opId, bool ok, bool retryable, const QString& message);

    HubPort* m_hub;
    EntityStore* m_store;
    CachePort* m_cache;
    QStringList m_types;
    int m_syncIndex = -1;
    int m_typesOk = 0;
    int m_typesFailed = 0;
    bool m_resyncQueued = false;

    QVector<OutboxWrite> m_outbox;  ///< pending writes, in delivery order
    QString m_inFlight;             ///< op id being delivered, empty when none
    bool m_online = false;
    int m_retryBaseMs = 2000;
    int m_retryMaxMs = 60000;
    int m_retryDelayMs = 2000;
    QTimer* m_retryTimer;
};

/// Queues a JSON write for the hub (`method` on `path`, e.g. PATCH /entities/…/attrs) under a
/// new op id; nothing without a sync service, a warning when the outbox could not take it.
void queueHubWrite(SyncService* sync, const QString& method, const QString& path,
                   const QJsonObject& body);

}  // namespace bg
