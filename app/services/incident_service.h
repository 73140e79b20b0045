#pragma once

#include "core/incident.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace bg {

class CachePort;
class EntityStore;
class ShareDelivery;
class SyncService;

/// Incidents: made from one or more alerts across domains, with notes, a state machine
/// (open → escalated → resolved → closed), escalation to police 112 or fire 119 that shares the
/// cameras within a radius of the incident for a limited time, and the activity log (cameras
/// viewed, exports) their timelines are built from. Every action is on disk in the cache before
/// the call returns, then written to the hub through the outbox (NGSI-LD type `Incident`).
///
/// Threading: GUI thread, with the store and the other services.
class IncidentService : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    static constexpr double kMaxRadiusM = 5000;
    static constexpr qint64 kMaxValiditySeconds = 7 * 24 * 3600;

    IncidentService(EntityStore* store, CachePort* cache, SyncService* sync,
                    QObject* parent = nullptr, Clock clock = {});

    /// How shares are handed over; none (the default) only records them. Not owned.
    void setDelivery(ShareDelivery* delivery) { m_delivery = delivery; }
    /// A failed delivery is tried again after `baseMs`, doubling up to `maxMs`, until it goes
    /// through or the share expires (a revoked share's manifest carries the revocation, so it
    /// is retried too). Default 30 s … 10 min.
    void setDeliveryRetryMs(int baseMs, int maxMs) {
        m_retryBaseMs = baseMs;
        m_retryMaxMs = maxMs;
    }
    /// Incidents, shares and the activity log from the cache (at start).
    int loadFromCache();

    /// Newest first.
    QVector<Incident> incidents() const;
    const Incident* incident(const QString& id) const;
    /// The incidents an alert belongs to.
    QStringList incidentsOf(const QString& alertId) const;

    /// Makes an incident of these alerts (any domains). Fails, creating nothing, on an unknown
    /// alert id, without alerts or without a user. An empty title gets one from the alerts.
    Result<QString> create(const QStringList& alertIds, const QString& user,
                           const QString& title = {});
    Status addAlerts(const QString& id, const QStringList& alertIds, const QString& user);
    Status removeAlert(const QString& id, const QString& alertId, const QString& user);
    Status addNote(const QString& id, const QString& user, const QString& text);
    /// Moves the incident along its state machine; illegal moves fail and change nothing.
    Status transition(const QString& id, IncidentState to, const QString& user);
    /// Hands the incident to 112 or 119: shares the cameras within `radiusM` of its location
    /// until `validitySeconds` from now, logs it, moves an open incident to escalated and
    /// delivers the share's manifest as configured.
    Result<IncidentShare> escalate(const QString& id, Agency agency, double radiusM,
                                   qint64 validitySeconds, const QString& user);
    Status revokeShare(const QString& shareId, const QString& user);
    /// Shares of one incident (all when empty), oldest first.
    QVector<IncidentShare> shares(const QString& incidentId = {}) const;

    /// Logs an action not tied to a workflow step: a camera viewed, an export.
    Status logActivity(ActivityKind kind, const QString& user, const QString& subject,
                       const QString& detail = {}, const QString& incidentId = {});

    /// Everything that happened to the incident, oldest first (see buildTimeline).
    QVector<TimelineEntry> timeline(const QString& id) const;

    QDateTime now() const { return m_clock(); }

Q_SIGNALS:
    void incidentChanged(const QString& id);
    void shareChanged(const QString& shareId);
    void activityLogged(const bg::ActivityEntry& entry);

private:
    Status checkAlerts(const QStringList& alertIds) const;
    GeoPoint locationOf(const QStringList& alertIds) const;
    Status save(Incident& incident);
    Status log(ActivityEntry entry);
    void patchHub(const Incident& incident, const QStringList& attrs);
    void deliver(const IncidentShare& share);
    void retryDelivery(const QString& shareId);
    QJsonObject hubEntity(const Incident& incident) const;

    EntityStore* m_store;
    CachePort* m_cache;
    SyncService* m_sync;
    Clock m_clock;
    ShareDelivery* m_delivery = nullptr;
    int m_retryBaseMs = 30'000;
    int m_retryMaxMs = 600'000;
    QHash<QString, int> m_failedDeliveries;  ///< share id → failures in a row
    QHash<QString, Incident> m_incidents;
    QVector<IncidentShare> m_shares;
    QVector<ActivityEntry> m_activity;
};

/// The id the console gives an incident (a URN the hub accepts).
QString newIncidentId();

}  // namespace bg

Q_DECLARE_METATYPE(bg::ActivityEntry)
