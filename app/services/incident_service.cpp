#include "services/incident_service.h"

#include "core/cache_port.h"
#include "core/entity_store.h"
#include "core/share_delivery.h"
#include "services/sync_service.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <QUuid>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace bg {

namespace {
QJsonObject prop(const QJsonValue& v) {
    return {{QStringLiteral("type"), QStringLiteral("Property")}, {QStringLiteral("value"), v}};
}
QString iso(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString shortId(const QString& urn) {
    return urn.section(u':', -1).left(8);
}
}  // namespace

QString newIncidentId() {
    return QStringLiteral("urn:ngsi-ld:Incident:console-%1")
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

IncidentService::IncidentService(EntityStore* store, CachePort* cache, SyncService* sync,
                                 QObject* parent, Clock clock)
    : QObject(parent),
      m_store(store),
      m_cache(cache),
      m_sync(sync),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); })) {
    qRegisterMetaType<bg::ActivityEntry>();
}

int IncidentService::loadFromCache() {
    if (!m_cache) return 0;
    const QVector<Incident> loaded = m_cache->loadIncidents();
    for (const Incident& i : loaded) m_incidents.insert(i.id, i);
    m_shares = m_cache->loadShares();
    m_activity = m_cache->loadActivity();
    for (const Incident& i : loaded) Q_EMIT incidentChanged(i.id);
    // Shares whose delivery had not gone through when the console stopped are sent again.
    for (const IncidentShare& s : std::as_const(m_shares))
        if (m_clock() < s.expiresAt &&
            (s.deliveryState == DeliveryState::Pending || s.deliveryState == DeliveryState::Failed))
            QTimer::singleShot(0, this, [this, id = s.id] { retryDelivery(id); });
    return int(loaded.size());
}

QVector<Incident> IncidentService::incidents() const {
    QVector<Incident> out(m_incidents.cbegin(), m_incidents.cend());
    std::sort(out.begin(), out.end(), [](const Incident& a, const Incident& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id < b.id;
    });
    return out;
}

const Incident* IncidentService::incident(const QString& id) const {
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &*it;
}

QStringList IncidentService::incidentsOf(const QString& alertId) const {
    QStringList out;
    for (const Incident& i : m_incidents)
        if (i.alertIds.contains(alertId)) out << i.id;
    return out;
}

Status IncidentService::checkAlerts(const QStringList& alertIds) const {
    if (alertIds.isEmpty()) return Status::fail(QStringLiteral("alerts: none given"));
    QStringList unknown;
    for (const QString& id : alertIds)
        if (!m_store->get<Alert>(id)) unknown << id;
    if (!unknown.isEmpty())
        return Status::fail(QStringLiteral("alerts: unknown id(s) %1").arg(unknown.join(u", ")));
    return Status::ok();
}

GeoPoint IncidentService::locationOf(const QStringList& alertIds) const {
    QVector<GeoPoint> points;
    for (const QString& id : alertIds) {
        const Alert* a = m_store->get<Alert>(id);
        if (!a) continue;
        GeoPoint p = a->location;
        // An alert without a place is where its source stands (a camera, a pole).
        if (!p.isValid() && !a->sourceId.isEmpty())
            if (const Entity* source = m_store->find(a->sourceId)) p = baseOf(*source).location;
        points.append(p);
    }
    return centroid(points);
}

Result<QString> IncidentService::create(const QStringList& alertIds, const QString& user,
                                        const QString& title) {
    using R = Result<QString>;
    if (user.trimmed().isEmpty())
        return R::fail(QStringLiteral("user: an incident needs the user who made it"));
    QStringList ids;
    for (const QString& a : alertIds)
        if (!ids.contains(a)) ids << a;
    if (Status s = checkAlerts(ids); !s) return R::fail(s.error());
    Incident i;
    i.id = newIncidentId();
    i.alertIds = ids;
    i.createdAt = m_clock();
    i.modifiedAt = i.createdAt;
    i.createdBy = user;
    i.location = locationOf(ids);
    const Alert* first = m_store->get<Alert>(ids.first());
    i.dong = first->dong;
    i.title = title.trimmed();
    if (i.title.isEmpty())
        i.title =
            ids.size() == 1
                ? QCoreApplication::translate("IncidentService", "Incident %1").arg(shortId(i.id))
                : QCoreApplication::translate("IncidentService", "Incident %1 (%n alerts)", nullptr,
                                              int(ids.size()))
                      .arg(shortId(i.id));
    if (Status s = save(i); !s) return R::fail(s.error());
    m_incidents.insert(i.id, i);
    log({0, i.createdAt, user, ActivityKind::IncidentCreated, i.id, ids.join(u' '), {}});
    queueHubWrite(m_sync, QStringLiteral("POST"), QStringLiteral("/entities"), hubEntity(i));
    Q_EMIT incidentChanged(i.id);
    return R::ok(i.id);
}

Status IncidentService::addAlerts(const QString& id, const QStringList& alertIds,
                                  const QString& user) {
    const Incident* current = incident(id);
    if (!current) return Status::fail(QStringLiteral("incident: no incident %1").arg(id));
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    if (Status s = checkAlerts(alertIds); !s) return s;
    Incident next = *current;
    QStringList added;
    for (const QString& a : alertIds)
        if (!next.alertIds.contains(a)) {
            next.alertIds << a;
            added << a;
        }
    if (added.isEmpty()) return Status::ok();
    next.location = locationOf(next.alertIds);
    next.modifiedAt = m_clock();
    if (Status s = save(next); !s) return s;
    m_incidents.insert(id, next);
    for (const QString& a : added)
        log({0, next.modifiedAt, user, ActivityKind::AlertAdded, id, a, {}});
    patchHub(next, {QStringLiteral("relatedAlerts"), QStringLiteral("location")});
    Q_EMIT incidentChanged(id);
    return Status::ok();
}

Status IncidentService::removeAlert(const QString& id, const QString& alertId,
                                    const QString& user) {
    const Incident* current = incident(id);
    if (!current) return Status::fail(QStringLiteral("incident: no incident %1").arg(id));
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    if (!current->alertIds.contains(alertId))
        return Status::fail(QStringLiteral("alert %1 is not part of incident %2").arg(alertId, id));
    if (current->alertIds.size() == 1)
        return Status::fail(QStringLiteral("incident %1 keeps at least one alert").arg(id));
    Incident next = *current;
    next.alertIds.removeAll(alertId);
    next.location = locationOf(next.alertIds);
    next.modifiedAt = m_clock();
    if (Status s = save(next); !s) return s;
    m_incidents.insert(id, next);
    log({0, next.modifiedAt, user, ActivityKind::AlertRemoved, id, alertId, {}});
    patchHub(next, {QStringLiteral("relatedAlerts"), QStringLiteral("location")});
    Q_EMIT incidentChanged(id);
    return Status::ok();
}

Status IncidentService::addNote(const QString& id, const QString& user, const QString& text) {
    const Incident* current = incident(id);
    if (!current) return Status::fail(QStringLiteral("incident: no incident %1").arg(id));
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    if (text.trimmed().isEmpty()) return Status::fail(QStringLiteral("note: empty"));
    const IncidentNote note{m_clock(), user, text.trimmed()};
    if (m_cache && !m_cache->recordIncidentNote(id, note))
        return Status::fail(QStringLiteral("the cache could not store the note on %1").arg(id));
    Incident& i = m_incidents[id];
    i.notes.append(note);
    patchHub(i, {QStringLiteral("notes")});
    Q_EMIT incidentChanged(id);
    return Status::ok();
}

Status IncidentService::transition(const QString& id, IncidentState to, const QString& user) {
    const Incident* current = incident(id);
    if (!current) return Status::fail(QStringLiteral("incident: no incident %1").arg(id));
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    if (!canTransition(current->state, to))
        return Status::fail(QStringLiteral("incident %1 cannot go from %2 to %3")
                                .arg(id, enumName(current->state), enumName(to)));
    const IncidentState from = current->state;
    Incident next = *current;
    next.state = to;
    next.modifiedAt = m_clock();
    // The log entry first: who moved it survives a crash even if the row update does not.
    if (Status s = log({0, next.modifiedAt, user, ActivityKind::IncidentState, id, enumName(to),
                        enumName(from)});
        !s)
        return s;
    if (Status s = save(next); !s) return s;
    m_incidents.insert(id, next);
    patchHub(next, {QStringLiteral("status")});
    Q_EMIT incidentChanged(id);
    return Status::ok();
}

Result<IncidentShare> IncidentService::escalate(const QString& id, Agency agency, double radiusM,
                                                qint64 validitySeconds, const QString& user) {
    using R = Result<IncidentShare>;
    const Incident* current = incident(id);
    if (!current) return R::fail(QStringLiteral("incident: no incident %1").arg(id));
    if (user.trimmed().isEmpty()) return R::fail(QStringLiteral("user: missing"));
    if (!isOpen(current->state))
        return R::fail(QStringLiteral("incident %1 is %2: reopen it before escalating")
                           .arg(id, enumName(current->state)));
    if (!(radiusM > 0 && radiusM <= kMaxRadiusM))
        return R::fail(
            QStringLiteral("radius_m: %1 is not between 1 and %2 m").arg(radiusM).arg(kMaxRadiusM));
    if (validitySeconds <= 0 || validitySeconds > kMaxValiditySeconds)
        return R::fail(
            QStringLiteral("validity: %1 s is not between 1 s and 7 days").arg(validitySeconds));
    if (!current->location.isValid())
        return R::fail(QStringLiteral("incident %1 has no location: no cameras to share").arg(id));
    const QVector<Camera> cameras = m_store->all<Camera>();
    IncidentShare s;
    s.cameraIds = camerasWithinRadius(current->location, radiusM, cameras);
    if (s.cameraIds.isEmpty())
        return R::fail(
            QStringLiteral("radius_m: no camera within %1 m of the incident").arg(qRound(radiusM)));
    s.id = QStringLiteral("urn:ngsi-ld:CameraShare:console-%1")
               .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    s.incidentId = id;
    s.agency = agency;
    s.radiusM = radiusM;
    s.createdAt = m_clock();
    s.expiresAt = s.createdAt.addSecs(validitySeconds);
    s.createdBy = user;
    s.delivery = m_delivery ? m_delivery->name() : QStringLiteral("record");
    s.deliveryState = m_delivery ? DeliveryState::Pending : DeliveryState::Recorded;
    if (m_cache && !m_cache->storeShare(s))
        return R::fail(QStringLiteral("the cache could not store the share of %1").arg(id));
    m_shares.append(s);
    log({0, s.createdAt, user, ActivityKind::Escalation, id, s.id,
         QStringLiteral("%1 · %2 · %3 m")
             .arg(enumName(agency))
             .arg(s.cameraIds.size())
             .arg(qRound(radiusM))});
    if (current->state == IncidentState::Open) {
        if (Status st = transition(id, IncidentState::Escalated, user); !st)
            return R::fail(st.error());
    }
    patchHub(m_incidents.value(id), {QStringLiteral("escalations")});
    Q_EMIT shareChanged(s.id);
    Q_EMIT incidentChanged(id);
    deliver(s);
    // The delivery may have answered already (file, record): hand back what is kept now.
    for (const IncidentShare& kept : m_shares)
        if (kept.id == s.id) return R::ok(kept);
    return R::ok(s);
}

void IncidentService::deliver(const IncidentShare& share) {
    if (!m_delivery) return;
    const Incident* i = incident(share.incidentId);
    if (!i) return;
    QJsonObject manifest = shareManifest(share, *i, m_store->all<Camera>());
    if (share.revokedAt.isValid())
        manifest.insert(QStringLiteral("revokedAt"), iso(share.revokedAt));
    const QString shareId = share.id;
    QPointer<IncidentService> self(this);
    m_delivery->deliver(manifest, [self, shareId](const Status& result) {
        if (!self) return;
        for (IncidentShare& s : self->m_shares) {
            if (s.id != shareId) continue;
            s.deliveryState = result ? DeliveryState::Delivered : DeliveryState::Failed;
            s.deliveryError = result ? QString() : result.error();
            if (result) {
                self->m_failedDeliveries.remove(shareId);
            } else {
                const int failures = ++self->m_failedDeliveries[shareId];
                const qint64 delay = std::min<qint64>(
                    self->m_retryMaxMs, qint64(self->m_retryBaseMs) << std::min(failures - 1, 20));
                qCWarning(lcServices).noquote()
                    << "share" << shareId << "not delivered:" << result.error()
                    << "- trying again in" << delay / 1000.0 << "s";
                QTimer::singleShot(delay, self.data(),
                                   [self, shareId] { self->retryDelivery(shareId); });
            }
            if (self->m_cache) self->m_cache->storeShare(s);
            Q_EMIT self->shareChanged(shareId);
            return;
        }
    });
}

void IncidentService::retryDelivery(const QString& shareId) {
    for (IncidentShare& s : m_shares) {
        if (s.id != shareId) continue;
        // Nothing more to hand over once it is delivered or expired. A revoked share is still
        // sent: its manifest carries the revocation, which the gateway must learn.
        if (s.deliveryState == DeliveryState::Delivered || m_clock() >= s.expiresAt) {
            m_failedDeliveries.remove(shareId);
            return;
        }
        s.deliveryState = DeliveryState::Pending;
        if (m_cache) m_cache->storeShare(s);
        Q_EMIT shareChanged(shareId);
        deliver(s);
        return;
    }
}

Status IncidentService::revokeShare(const QString& shareId, const QString& user) {
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    for (IncidentShare& s : m_shares) {
        if (s.id != shareId) continue;
        if (s.revokedAt.isValid())
            return Status::fail(QStringLiteral("share %1 is already revoked").arg(shareId));
        IncidentShare next = s;
        next.revokedAt = m_clock();
        if (m_cache && !m_cache->storeShare(next))
            return Status::fail(QStringLiteral("the cache could not store the revocation"));
        s = next;
        log({0, next.revokedAt, user, ActivityKind::ShareRevoked, next.incidentId, shareId,
             enumName(next.agency)});
        if (const Incident* i = incident(next.incidentId))
            patchHub(*i, {QStringLiteral("escalations")});
        Q_EMIT shareChanged(shareId);
        Q_EMIT incidentChanged(next.incidentId);
        // The gateway learns that the share ended.
        deliver(next);
        return Status::ok();
    }
    return Status::fail(QStringLiteral("share: no share %1").arg(shareId));
}

QVector<IncidentShare> IncidentService::shares(const QString& incidentId) const {
    if (incidentId.isEmpty()) return m_shares;
    QVector<IncidentShare> out;
    for (const IncidentShare& s : m_shares)
        if (s.incidentId == incidentId) out.append(s);
    return out;
}

Status IncidentService::logActivity(ActivityKind kind, const QString& user, const QString& subject,
                                    const QString& detail, const QString& incidentId) {
    if (user.trimmed().isEmpty()) return Status::fail(QStringLiteral("user: missing"));
    if (!incidentId.isEmpty() && !incident(incidentId))
        return Status::fail(QStringLiteral("incident: no incident %1").arg(incidentId));
    return log({0, m_clock(), user, kind, incidentId, subject, detail});
}

Status IncidentService::log(ActivityEntry entry) {
    if (m_cache && !m_cache->recordActivity(entry))
        return Status::fail(QStringLiteral("the cache could not log %1").arg(enumName(entry.kind)));
    entry.id = m_activity.isEmpty() ? 1 : m_activity.last().id + 1;
    m_activity.append(entry);
    Q_EMIT activityLogged(entry);
    return Status::ok();
}

QVector<TimelineEntry> IncidentService::timeline(const QString& id) const {
    const Incident* i = incident(id);
    if (!i) return {};
    QVector<Alert> alerts;
    QVector<AlertTransition> transitions;
    QStringList ids = i->alertIds;
    for (const ActivityEntry& a : m_activity)
        if (a.incidentId == id && a.kind == ActivityKind::AlertRemoved && !ids.contains(a.subject))
            ids << a.subject;
    for (const QString& alertId : ids) {
        if (const Alert* a = m_store->get<Alert>(alertId)) alerts.append(*a);
        if (m_cache) transitions += m_cache->loadTransitions(alertId);
    }
    return buildTimeline(*i, alerts, transitions, m_activity, shares(id));
}

Status IncidentService::save(Incident& incident) {
    if (m_cache && !m_cache->storeIncident(incident))
        return Status::fail(
            QStringLiteral("the cache could not store incident %1").arg(incident.id));
    return Status::ok();
}

QJsonObject IncidentService::hubEntity(const Incident& i) const {
    QJsonArray notes;
    for (const IncidentNote& n : i.notes)
        notes.append(QJsonObject{{QStringLiteral("at"), iso(n.at)},
                                 {QStringLiteral("user"), n.user},
                                 {QStringLiteral("text"), n.text}});
    QJsonArray escalations;
    for (const IncidentShare& s : m_shares) {
        if (s.incidentId != i.id) continue;
        QJsonObject e{{QStringLiteral("share"), s.id},
                      {QStringLiteral("agency"), enumName(s.agency)},
                      {QStringLiteral("cameras"), QJsonArray::fromStringList(s.cameraIds)},
                      {QStringLiteral("radiusM"), s.radiusM},
                      {QStringLiteral("at"), iso(s.createdAt)},
                      {QStringLiteral("expiresAt"), iso(s.expiresAt)},
                      {QStringLiteral("by"), s.createdBy}};
        if (s.revokedAt.isValid()) e.insert(QStringLiteral("revokedAt"), iso(s.revokedAt));
        escalations.append(e);
    }
    QJsonObject body{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("type"), QStringLiteral("Incident")},
        {QStringLiteral("title"), prop(i.title)},
        {QStringLiteral("status"), prop(enumName(i.state))},
        {QStringLiteral("relatedAlerts"), prop(QJsonArray::fromStringList(i.alertIds))},
        {QStringLiteral("dateCreated"), prop(iso(i.createdAt))},
        {QStringLiteral("createdBy"), prop(i.createdBy)},
        {QStringLiteral("notes"), prop(notes)},
        {QStringLiteral("escalations"), prop(escalations)}};
    if (i.location.isValid())
        body.insert(QStringLiteral("location"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("GeoProperty")},
                                {QStringLiteral("value"),
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                             {QStringLiteral("coordinates"),
                                              QJsonArray{i.location.lon, i.location.lat}}}}});
    return body;
}

void IncidentService::patchHub(const Incident& i, const QStringList& attrs) {
    const QJsonObject full = hubEntity(i);
    QJsonObject body;
    for (const QString& a : attrs)
        if (full.contains(a)) body.insert(a, full.value(a));
    if (body.isEmpty()) return;
    queueHubWrite(m_sync, QStringLiteral("PATCH"), QStringLiteral("/entities/%1/attrs").arg(i.id),
                  body);
}

}  // namespace bg
