#include "services/sync_service.h"

#include "core/cache_port.h"
#include "core/entity_store.h"
#include "core/hub_port.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace bg {

SyncService::SyncService(HubPort* hub, EntityStore* store, CachePort* cache, QObject* parent)
    : QObject(parent), m_hub(hub), m_store(store), m_cache(cache), m_retryTimer(new QTimer(this)) {
    qRegisterMetaType<bg::HubEntity>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncService::deliverNext);
    connect(m_hub, &HubPort::fetched, this, &SyncService::onFetched);
    connect(m_hub, &HubPort::notified, this, &SyncService::apply);
    connect(m_hub, &HubPort::delivered, this, &SyncService::onDelivered);
    if (m_cache) m_outbox = m_cache->pendingOutbox();
}

int SyncService::loadCache() {
    if (!m_cache) return 0;
    const QVector<HubEntity> cached = m_cache->loadEntities(m_types);
    QVector<Entity> domain;
    for (const HubEntity& e : cached)
        if (e.domain) domain.append(*e.domain);
    QStringList errors;
    m_store->upsertMany(domain, &errors);
    qCInfo(lcServices) << "loaded" << cached.size() << "cached entities," << domain.size()
                       << "shown";
    return int(domain.size() - errors.size());
}

void SyncService::syncAll() {
    if (isSyncing()) {
        m_resyncQueued = true;
        return;
    }
    if (m_types.isEmpty()) {
        Q_EMIT syncFinished(0, 0);
        return;
    }
    m_syncIndex = 0;
    m_typesOk = 0;
    m_typesFailed = 0;
    fetchNext();
}

void SyncService::fetchNext() {
    m_hub->fetchType(m_types.at(m_syncIndex));
}

void SyncService::onFetched(const QString& type, const QVector<HubEntity>& entities,
                            const QStringList& warnings, const QString& error) {
    for (const QString& w : warnings) qCWarning(lcServices).noquote() << w;
    // What came is good data even when the type failed part-way: keep it, it is the latest.
    apply(entities);
    if (error.isEmpty()) {
        Q_EMIT typeSynced(type, int(entities.size()), int(warnings.size()));
    } else {
        qCWarning(lcServices).noquote() << "sync of" << type << "failed:" << error;
        Q_EMIT typeFailed(type, error);
    }
    if (m_syncIndex < 0 || type != m_types.value(m_syncIndex)) return;  // not a fetch of ours
    ++(error.isEmpty() ? m_typesOk : m_typesFailed);
    if (++m_syncIndex < m_types.size()) {
        fetchNext();
        return;
    }
    m_syncIndex = -1;
    Q_EMIT syncFinished(m_typesOk, m_typesFailed);
    if (m_resyncQueued) {
        m_resyncQueued = false;
        syncAll();
    }
}

void SyncService::apply(const QVector<HubEntity>& entities) {
    if (entities.isEmpty()) return;
    QVector<Entity> domain;
    for (const HubEntity& e : entities)
        if (e.domain) domain.append(*e.domain);
    QStringList errors;
    m_store->upsertMany(domain, &errors);
    if (m_cache) m_cache->storeEntities(entities);
}

bool SyncService::queueWrite(const OutboxWrite& write) {
    if (m_cache && !m_cache->enqueueOutbox(write)) return false;
    for (const OutboxWrite& w : m_outbox)
        if (w.opId == write.opId) return true;  // already queued: idempotent
    m_outbox.append(write);
    if (m_online) deliverNext();
    return true;
}

void SyncService::setHubOnline(bool online) {
    const bool cameBack = online && !m_online;
    m_online = online;
    if (!cameBack) return;
    m_retryDelayMs = m_retryBaseMs;
    syncAll();
    deliverNext();
}

void SyncService::setRetryDelayMs(int baseMs, int maxMs) {
    m_retryBaseMs = baseMs;
    m_retryMaxMs = maxMs;
    m_retryDelayMs = baseMs;
}

void SyncService::deliverNext() {
    if (!m_inFlight.isEmpty() || m_outbox.isEmpty() || !m_online) return;
    m_retryTimer->stop();
    m_inFlight = m_outbox.first().opId;
    m_hub->deliver(m_outbox.first());
}

void SyncService::onDelivered(const QString& opId, bool ok, bool retryable,
                              const QString& message) {
    if (opId != m_inFlight) return;
    m_inFlight.clear();
    if (!ok && retryable) {
        if (m_cache) m_cache->recordOutboxAttempt(opId, message);
        qCWarning(lcServices).noquote() << "write" << opId << "not delivered, retrying in"
                                        << m_retryDelayMs << "ms:" << message;
        m_retryTimer->start(m_retryDelayMs);
        m_retryDelayMs = std::min(m_retryDelayMs * 2, m_retryMaxMs);
        return;
    }
    m_retryDelayMs = m_retryBaseMs;
    m_outbox.removeFirst();
    if (ok) {
        if (m_cache) m_cache->markOutboxDone(opId);
        Q_EMIT writeDelivered(opId);
    } else {
        // The hub will never take it (4xx): keep it on record with the reason, and go on.
        if (m_cache) m_cache->markOutboxDone(opId, QStringLiteral("refused: ") + message);
        qCWarning(lcServices).noquote() << "write" << opId << "refused by the hub:" << message;
        Q_EMIT writeRejected(opId, message);
    }
    deliverNext();
}

void queueHubWrite(SyncService* sync, const QString& method, const QString& path,
                   const QJsonObject& body) {
    if (!sync) return;
    OutboxWrite w;
    w.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    w.method = method;
    w.path = path;
    w.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    w.contentType = QStringLiteral("application/json");
    if (!sync->queueWrite(w))
        qCWarning(lcServices).noquote() << "could not queue" << method << path << "for the hub";
}

}  // namespace bg
