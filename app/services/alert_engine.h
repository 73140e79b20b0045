#pragma once

#include "core/alert_workflow.h"
#include "core/entity.h"
#include "core/result.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace bg {

class CachePort;
class EntityStore;
class SyncService;

/// The operator's single queue of alerts: from the hub (Alert entities arriving in the store),
/// from local analytics rules and from device states the console watches (charger faulted, bin
/// full, emergency bell pressed, camera offline). Local repeats of the same source and category
/// fold into the open alert (its counter grows). Every transition is checked against the state
/// machine, kept with user, time and note in the cache (on disk before `transition` returns),
/// applied to the store, and written to the hub through the outbox.
///
/// Hub alerts are taken as the hub sends them; grouping applies to what the console raises.
///
/// Threading: GUI thread, with the store and the services.
class AlertEngine : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    AlertEngine(EntityStore* store, CachePort* cache, SyncService* sync, QObject* parent = nullptr,
                Clock clock = {});

    /// Puts the alerts and their trails from the cache back in the store (offline start).
    int loadFromCache();
    /// Raises an alert the console found (analytics rule, device state). Returns the id of the
    /// alert it went into: a new one, or the open one it was grouped with.
    QString raise(Alert alert);
    /// Moves an alert to `to`; fails, changing nothing, when the state machine forbids it.
    Status transition(const QString& alertId, AlertState to, const QString& user,
                      const QString& note = {});
    QVector<AlertTransition> trail(const QString& alertId) const;
    /// Logs a ticked procedure step in the alert's trail (state unchanged; on disk before it
    /// returns). Fails for an unknown alert or without a user.
    Status logStep(const QString& alertId, const QString& user, const QString& step);
    void setGrouping(GroupingPolicy policy) { m_grouping = policy; }
    /// Watch device states in the store and raise alerts for them (on by default).
    void setWatchDevices(bool on) { m_watchDevices = on; }
    /// Takes the device states now in the store as known, without raising alerts for them
    /// (after loading the cache: they were alerted in an earlier run).
    void primeDeviceStates();
    /// A device state waits this long before it becomes a console alert, and does not when the
    /// hub has meanwhile sent an open alert of the same source and category (the hub's own
    /// alert for the same event): one event, one row. 0 (the default) raises at once.
    void setDeviceGraceMs(int ms) { m_deviceGraceMs = ms; }

Q_SIGNALS:
    /// A new alert entered the queue (from anywhere).
    void alertRaised(const QString& alertId, bg::Severity severity);
    /// An alert's counter grew because a repeat was folded into it.
    void alertRepeated(const QString& alertId, int count);
    void alertTransitioned(const bg::AlertTransition& transition);

private:
    void onEntityChanged(const QString& id, EntityKind kind, bool added);
    void watchDevice(const Entity& e, bool raiseNew = true);

    EntityStore* m_store;
    CachePort* m_cache;
    SyncService* m_sync;
    Clock m_clock;
    GroupingPolicy m_grouping;
    bool m_watchDevices = true;
    int m_deviceGraceMs = 0;
    /// The open alert of this source and category already in the store, if any.
    QString openAlertFor(const QString& sourceId, AlertCategory category) const;
    void raiseDeviceAlert(const QString& key, const Alert& alert);
    bool m_applying = false;               ///< our own store writes: not "new from the hub"
    QHash<QString, QDateTime> m_lastSeen;  ///< alert id → last occurrence (for grouping)
    QHash<QString, QVector<AlertTransition>> m_trails;
    QHash<QString, QString> m_deviceAlert;  ///< "source|category" → alert raised for it
};

/// The id the console gives an alert it raises (a URN the hub accepts).
QString newLocalAlertId();
/// Whether the console raised this alert (its id came from newLocalAlertId).
bool isLocalAlertId(const QString& id);

}  // namespace bg

Q_DECLARE_METATYPE(bg::AlertTransition)
