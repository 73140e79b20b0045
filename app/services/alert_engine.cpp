#include "services/alert_engine.h"

#include "core/cache_port.h"
#include "core/entity_store.h"
#include "services/sync_service.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace bg {

namespace {
QJsonObject prop(const QJsonValue& v) {
    return {{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), v}};
}
/// FIWARE Alert's broad `category` (a required attribute; the console's own category travels in
/// `alertType`), as the simulator files the same kinds.
QString fiwareCategory(AlertCategory c) {
    switch (c) {
        case AlertCategory::CrosswalkRedLight:
        case AlertCategory::IllegalParking:
        case AlertCategory::ChargerFault:
            return QStringLiteral("traffic");
        case AlertCategory::BinFull:
            return QStringLiteral("environment");
        case AlertCategory::Fall:
            return QStringLiteral("health");
        case AlertCategory::Other:
        case AlertCategory::Intrusion:
        case AlertCategory::Loitering:
        case AlertCategory::Crowding:
        case AlertCategory::EmergencyBell:
        case AlertCategory::CameraOffline:
        case AlertCategory::StreamDegraded:
            return QStringLiteral("security");
    }
    return QStringLiteral("security");
}
QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
}  // namespace

namespace {
const QString kLocalAlertPrefix = QStringLiteral("urn:ngsi-ld:Alert:console-");
}

QString newLocalAlertId() {
    return kLocalAlertPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLocalAlertId(const QString& id) {
    return id.startsWith(kLocalAlertPrefix);
}

AlertEngine::AlertEngine(EntityStore* store, CachePort* cache, SyncService* sync, QObject* parent,
                         Clock clock)
    : QObject(parent),
      m_store(store),
      m_cache(cache),
      m_sync(sync),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    qRegisterMetaType<bg::AlertTransition>();
    connect(store, &EntityStore::entityChanged, this, &AlertEngine::onEntityChanged);
}

int AlertEngine::loadFromCache() {
    if (!m_cache) return 0;
    const QVector<Alert> alerts = m_cache->loadAlerts();
    for (const AlertTransition& t : m_cache->loadTransitions()) m_trails[t.alertId].append(t);
    QVector<Entity> entities;
    for (const Alert& a : alerts) {
        entities.append(a);
        m_lastSeen.insert(a.id, a.modifiedAt.isValid() ? a.modifiedAt : a.raisedAt);
    }
    m_applying = true;
    m_store->upsertMany(entities);
    m_applying = false;
    return int(alerts.size());
}

QString AlertEngine::raise(Alert alert) {
    const QDateTime now = m_clock();
    if (!alert.raisedAt.isValid()) alert.raisedAt = now;
    // An alert is where its source is, unless it says otherwise: place, name and dong.
    if (const Entity* source = m_store->find(alert.sourceId)) {
        const EntityBase& base = baseOf(*source);
        if (!alert.location.isValid()) alert.location = base.location;
        if (alert.name.ko.isEmpty() && alert.name.en.isEmpty()) alert.name = base.name;
        if (alert.dong.isEmpty()) alert.dong = base.dong;
    }
    // Fold a repeat into the open alert of the same source and category.
    for (const Alert& open : m_store->all<Alert>()) {
        if (!m_grouping.sameGroup(open, alert, m_lastSeen.value(open.id, open.raisedAt))) continue;
        Alert grown = open;
        ++grown.repeatCount;
        grown.modifiedAt = now;
        m_lastSeen.insert(open.id, alert.raisedAt);
        m_applying = true;
        m_store->upsert(grown);
        m_applying = false;
        if (m_cache) m_cache->storeAlert(grown);
        queueHubWrite(m_sync, QStringLiteral("PATCH"),
                      QStringLiteral("/entities/%1/attrs").arg(open.id),
                      {{QStringLiteral("repeatCount"), prop(grown.repeatCount)}});
        Q_EMIT alertRepeated(open.id, grown.repeatCount);
        return open.id;
    }
    if (alert.id.isEmpty()) alert.id = newLocalAlertId();
    if (alert.repeatCount < 1) alert.repeatCount = 1;
    alert.state = AlertState::New;
    alert.modifiedAt = now;
    QString error;
    m_applying = true;
    const bool ok = m_store->upsert(alert, &error);
    m_applying = false;
    if (!ok) {
        qCWarning(lcServices).noquote() << "alert not raised:" << error;
        return {};
    }
    m_lastSeen.insert(alert.id, alert.raisedAt);
    if (m_cache) m_cache->storeAlert(alert);
    QJsonObject body{{QStringLiteral("id"), alert.id},
                     {QStringLiteral("type"), QStringLiteral("Alert")},
                     {QStringLiteral("alertType"), prop(enumName(alert.category))},
                     {QStringLiteral("category"), prop(fiwareCategory(alert.category))},
                     {QStringLiteral("severity"), prop(enumName(alert.severity))},
                     {QStringLiteral("status"), prop(enumName(alert.state))},
                     {QStringLiteral("dateIssued"), prop(iso(alert.raisedAt))},
                     {QStringLiteral("description"), prop(alert.description)},
                     {QStringLiteral("repeatCount"), prop(alert.repeatCount)}};
    // Beyond the FIWARE Alert model (its schema allows more attributes): how the tracked object
    // got there, frame-normalised foot points with their times.
    if (!alert.trackPath.isEmpty())
        body.insert(QStringLiteral("trackPath"), prop(trackPathToJson(alert.trackPath)));
    if (!alert.sourceId.isEmpty())
        body.insert(QStringLiteral("alertSource"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("Relationship")},
                                {QStringLiteral("object"), alert.sourceId}});
    if (alert.location.isValid())
        body.insert(
            QStringLiteral("location"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("GeoProperty")},
                        {QStringLiteral("value"),
                         QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                     {QStringLiteral("coordinates"),
                                      QJsonArray{alert.location.lon, alert.location.lat}}}}});
    queueHubWrite(m_sync, QStringLiteral("POST"), QStringLiteral("/entities"), body);
    Q_EMIT alertRaised(alert.id, alert.severity);
    return alert.id;
}

Status AlertEngine::transition(const QString& alertId, AlertState to, const QString& user,
                               const QString& note) {
    const Alert* current = m_store->get<Alert>(alertId);
    if (!current) return Status::fail(QStringLiteral("no alert %1").arg(alertId));
    if (!canTransition(current->state, to))
        return Status::fail(QStringLiteral("alert %1 cannot go from %2 to %3")
                                .arg(alertId, enumName(current->state), enumName(to)));
    if (user.trimmed().isEmpty())
        return Status::fail(QStringLiteral("a transition needs the user who made it"));
    const AlertTransition t{alertId, current->state, to, user, m_clock(), note};
    // The trail goes to disk first: what the operator did is never lost, even if we die now.
    if (m_cache && !m_cache->recordTransition(t))
        return Status::fail(
            QStringLiteral("the cache could not store the transition of %1").arg(alertId));
    Alert next = *current;
    next.state = to;
    next.modifiedAt = t.at;
    m_applying = true;
    m_store->upsert(next);
    m_applying = false;
    if (m_cache) m_cache->storeAlert(next);
    m_trails[alertId].append(t);
    QJsonObject body{{QStringLiteral("status"), prop(enumName(to))}};
    queueHubWrite(m_sync, QStringLiteral("PATCH"),
                  QStringLiteral("/entities/%1/attrs").arg(alertId), body);
    Q_EMIT alertTransitioned(t);
    return Status::ok();
}

Status AlertEngine::logStep(const QString& alertId, const QString& user, const QString& step) {
    const Alert* a = m_store->get<Alert>(alertId);
    if (!a) return Status::fail(QStringLiteral("no alert %1").arg(alertId));
    if (user.trimmed().isEmpty())
        return Status::fail(QStringLiteral("a step needs the user who did it"));
    // A step is a trail entry that keeps the state: who did what, when.
    const AlertTransition t{alertId, a->state,  a->state,
                            user,    m_clock(), QStringLiteral("✓ ") + step};
    if (m_cache && !m_cache->recordTransition(t))
        return Status::fail(
            QStringLiteral("the cache could not store the step of %1").arg(alertId));
    m_trails[alertId].append(t);
    Q_EMIT alertTransitioned(t);
    return Status::ok();
}

QVector<AlertTransition> AlertEngine::trail(const QString& alertId) const {
    return m_trails.value(alertId);
}

void AlertEngine::onEntityChanged(const QString& id, EntityKind kind, bool added) {
    if (m_applying) return;
    if (kind == EntityKind::Alert) {
        const Alert* a = m_store->get<Alert>(id);
        if (!a) return;
        // A copy from the hub or the entity cache that predates the operator's last step (made
        // while the hub was away, not delivered yet) does not undo it: the trail wins over an
        // older state, a newer change (another console) wins over the trail.
        if (const auto trail = m_trails.constFind(id);
            trail != m_trails.cend() && !trail->isEmpty()) {
            const AlertTransition& last = trail->last();
            const QDateTime theirs = a->modifiedAt.isValid() ? a->modifiedAt : a->raisedAt;
            if (a->state != last.to && (!theirs.isValid() || theirs < last.at)) {
                Alert kept = *a;
                kept.state = last.to;
                kept.modifiedAt = last.at;
                m_applying = true;
                m_store->upsert(kept);
                m_applying = false;
                a = m_store->get<Alert>(id);
            }
        }
        if (added) {
            m_lastSeen.insert(id, a->raisedAt);
            if (m_cache) m_cache->storeAlert(*a);
            if (isOpen(a->state)) Q_EMIT alertRaised(id, a->severity);
        } else if (m_cache) {
            m_cache->storeAlert(*a);
        }
        return;
    }
    if (m_watchDevices)
        if (const Entity* e = m_store->find(id)) watchDevice(*e);
}

void AlertEngine::primeDeviceStates() {
    for (const QString& id :
         m_store->ids(EntityKind::ChargingStation) + m_store->ids(EntityKind::RecyclingMachine) +
             m_store->ids(EntityKind::SmartPole) + m_store->ids(EntityKind::Camera))
        if (const Entity* e = m_store->find(id)) watchDevice(*e, false);
}

void AlertEngine::watchDevice(const Entity& e, bool raiseNew) {
    // Device states that need a person, each raised once while the state lasts.
    struct Finding {
        AlertCategory category;
        bool active;
        QString description;
    };
    QVector<Finding> findings;
    if (const auto* s = std::get_if<ChargingStation>(&e)) {
        findings.append(
            {AlertCategory::ChargerFault, s->count(ConnectorState::Faulted) > 0,
             QStringLiteral("%1 connector(s) faulted").arg(s->count(ConnectorState::Faulted))});
    } else if (const auto* m = std::get_if<RecyclingMachine>(&e)) {
        findings.append({AlertCategory::BinFull,
                         m->status == MachineStatus::Full || m->maxFillPercent() >= 95,
                         QStringLiteral("bin %1% full").arg(qRound(m->maxFillPercent()))});
    } else if (const auto* p = std::get_if<SmartPole>(&e)) {
        findings.append({AlertCategory::EmergencyBell, p->emergencyBellActive,
                         QStringLiteral("emergency bell pressed")});
    } else if (const auto* c = std::get_if<Camera>(&e)) {
        findings.append({AlertCategory::CameraOffline, c->status == CameraStatus::Offline,
                         QStringLiteral("camera offline")});
    }
    const EntityBase& base = baseOf(e);
    for (const Finding& f : findings) {
        const QString key = base.id + u'|' + enumName(f.category);
        if (!f.active) {
            m_deviceAlert.remove(key);  // the state ended: a later one is a new event
            continue;
        }
        if (m_deviceAlert.contains(key)) continue;
        if (!raiseNew) {
            m_deviceAlert.insert(key, QString());
            continue;
        }
        Alert a;
        a.category = f.category;
        a.severity = defaultSeverity(f.category);
        a.sourceId = base.id;  // raise() takes its place, name and dong
        a.description = f.description;
        if (m_deviceGraceMs <= 0) {
            raiseDeviceAlert(key, a);
            continue;
        }
        m_deviceAlert.insert(key, QString());  // pending: a repeat of the state waits too
        QTimer::singleShot(m_deviceGraceMs, this, [this, key, a] {
            if (!m_deviceAlert.contains(key)) return;  // the state ended meanwhile
            raiseDeviceAlert(key, a);
        });
    }
}

QString AlertEngine::openAlertFor(const QString& sourceId, AlertCategory category) const {
    for (const Alert& a : m_store->all<Alert>())
        if (a.sourceId == sourceId && a.category == category && isOpen(a.state)) return a.id;
    return {};
}

void AlertEngine::raiseDeviceAlert(const QString& key, const Alert& alert) {
    // The hub already has this event open: its alert stands for it. (An open alert the console
    // raised itself takes the repeat through the usual grouping instead.)
    if (const QString open = openAlertFor(alert.sourceId, alert.category);
        !open.isEmpty() && !isLocalAlertId(open)) {
        m_deviceAlert.insert(key, open);
        return;
    }
    Alert a = alert;
    if (!a.raisedAt.isValid()) a.raisedAt = m_clock();
    m_deviceAlert.insert(key, raise(a));
}

}  // namespace bg
