#include "subscription_manager.h"

#include "context_store.h"
#include "ngsi_format.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

namespace sim {

namespace {

QString iso(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QStringList stringList(const QJsonValue& v) {
    QStringList out;
    for (const QJsonValue& item : v.toArray()) out << item.toString();
    return out;
}

}  // namespace

SubscriptionManager::SubscriptionManager(ContextStore* store, std::function<QDateTime()> now,
                                         QObject* parent)
    : QObject(parent), m_store(store), m_now(std::move(now)) {
    m_clock.start();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &SubscriptionManager::flush);
    connect(m_store, &ContextStore::entityChanged, this, &SubscriptionManager::onEntityChanged);
    connect(m_store, &ContextStore::entityRemoved, this, &SubscriptionManager::onEntityRemoved);
}

std::optional<SubscriptionManager::Error> SubscriptionManager::add(const QJsonObject& body,
                                                                   QString* id) {
    const auto bad = [](const QString& detail) {
        return Error{400, QStringLiteral("BadRequestData"), QStringLiteral("Invalid subscription"),
                     detail};
    };
    if (body.value(QLatin1String("type")).toString() != QLatin1String("Subscription"))
        return bad(QStringLiteral("type must be \"Subscription\""));
    Subscription s;
    s.body = body;
    s.body.remove(QLatin1String("@context"));
    QString subId = body.value(QLatin1String("id")).toString();
    if (body.contains(QLatin1String("id")) && !subId.contains(u':'))
        return bad(QStringLiteral("id must be a URI"));
    if (subId.isEmpty())
        subId = QStringLiteral("urn:ngsi-ld:Subscription:") +
                QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_subscriptions.contains(subId))
        return Error{409, QStringLiteral("AlreadyExists"),
                     QStringLiteral("Subscription already exists"), subId};
    s.body.insert(QLatin1String("id"), subId);

    const QJsonValue entities = body.value(QLatin1String("entities"));
    if (!entities.isUndefined() && (!entities.isArray() || entities.toArray().isEmpty()))
        return bad(QStringLiteral("entities must be a non-empty array"));
    for (const QJsonValue& e : entities.toArray()) {
        const QString type =
            NgsiFormat::shortType(e.toObject().value(QLatin1String("type")).toString());
        if (type.isEmpty()) return bad(QStringLiteral("entities[].type is mandatory"));
        s.types << type;
        const QString eid = e.toObject().value(QLatin1String("id")).toString();
        if (!eid.isEmpty()) s.ids << eid;
    }
    const QJsonValue watched = body.value(QLatin1String("watchedAttributes"));
    if (!watched.isUndefined() && (!watched.isArray() || watched.toArray().isEmpty()))
        return bad(QStringLiteral("watchedAttributes must be a non-empty array"));
    s.watched = stringList(watched);
    if (s.types.isEmpty() && s.watched.isEmpty())
        return bad(QStringLiteral("entities or watchedAttributes is mandatory"));

    if (body.contains(QLatin1String("q"))) {
        QString why;
        s.q = QueryFilter::parse(body.value(QLatin1String("q")).toString(), &why);
        if (!s.q) return bad(why);
    }
    if (body.contains(QLatin1String("geoQ"))) {
        const QJsonObject g = body.value(QLatin1String("geoQ")).toObject();
        QString why;
        s.geo = GeoQuery::parse(g.value(QLatin1String("georel")).toString(),
                                g.value(QLatin1String("geometry")).toString(),
                                g.value(QLatin1String("coordinates")).toArray(),
                                g.value(QLatin1String("geoproperty")).toString(), &why);
        if (!s.geo) return bad(QStringLiteral("geoQ: ") + why);
    }
    const QJsonObject notification = body.value(QLatin1String("notification")).toObject();
    const QJsonObject endpoint = notification.value(QLatin1String("endpoint")).toObject();
    s.endpoint = QUrl(endpoint.value(QLatin1String("uri")).toString(), QUrl::StrictMode);
    if (!s.endpoint.isValid() || (s.endpoint.scheme() != QLatin1String("http") &&
                                  s.endpoint.scheme() != QLatin1String("https")))
        return bad(QStringLiteral("notification.endpoint.uri must be an http(s) URL"));
    s.ldJson =
        endpoint.value(QLatin1String("accept")).toString() == QLatin1String("application/ld+json");
    const QString format = notification.value(QLatin1String("format")).toString();
    s.keyValues = format == QLatin1String("keyValues") || format == QLatin1String("simplified");
    s.notifyAttributes = stringList(notification.value(QLatin1String("attributes")));
    const QJsonValue throttling = body.value(QLatin1String("throttling"));
    if (!throttling.isUndefined() && (!throttling.isDouble() || throttling.toDouble() < 0))
        return bad(QStringLiteral("throttling must be a number of seconds >= 0"));
    s.throttlingS = throttling.toDouble();
    s.active = body.value(QLatin1String("isActive")).toBool(true);
    m_subscriptions.insert(subId, s);
    *id = subId;
    return std::nullopt;
}

bool SubscriptionManager::remove(const QString& id) {
    return m_subscriptions.remove(id) > 0;
}

QJsonObject SubscriptionManager::get(const QString& id) const {
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.constEnd()) return {};
    QJsonObject o = it->body;
    o.insert(QLatin1String("isActive"), it->active);
    o.insert(QLatin1String("status"),
             it->active ? QStringLiteral("active") : QStringLiteral("paused"));
    QJsonObject n = o.value(QLatin1String("notification")).toObject();
    n.insert(QLatin1String("timesSent"), it->timesSent);
    if (it->lastNotification.isValid()) {
        n.insert(QLatin1String("lastNotification"), iso(it->lastNotification));
        n.insert(QLatin1String("status"),
                 it->lastOk ? QStringLiteral("ok") : QStringLiteral("failed"));
    }
    if (it->lastSuccess.isValid()) n.insert(QLatin1String("lastSuccess"), iso(it->lastSuccess));
    if (it->lastFailure.isValid()) n.insert(QLatin1String("lastFailure"), iso(it->lastFailure));
    o.insert(QLatin1String("notification"), n);
    return o;
}

QJsonArray SubscriptionManager::list() const {
    QJsonArray out;
    for (auto it = m_subscriptions.constBegin(); it != m_subscriptions.constEnd(); ++it)
        out.append(get(it.key()));
    return out;
}

void SubscriptionManager::onEntityChanged(const QString& id, const QStringList& attributes) {
    if (m_subscriptions.isEmpty()) return;
    const QJsonObject entity = m_store->entity(id);
    const QString type = entity.value(QLatin1String("type")).toString();
    bool any = false;
    for (Subscription& s : m_subscriptions) {
        if (!s.active) continue;
        if (!s.types.isEmpty() && !s.types.contains(type)) continue;
        if (!s.ids.isEmpty() && !s.ids.contains(id)) continue;
        if (!s.watched.isEmpty()) {
            bool watchedChanged = false;
            for (const QString& a : attributes)
                watchedChanged = watchedChanged || s.watched.contains(a);
            if (!watchedChanged) continue;
        }
        if (s.q && !s.q->matches(entity)) continue;
        if (s.geo && !s.geo->matches(entity)) continue;
        s.pending.insert(id);
        any = true;
    }
    if (any && !m_flushTimer.isActive()) scheduleFlush(m_batchWindowMs);
}

void SubscriptionManager::onEntityRemoved(const QString& id) {
    for (Subscription& s : m_subscriptions) s.pending.remove(id);
}

void SubscriptionManager::scheduleFlush(int delayMs) {
    if (m_flushTimer.isActive() && m_flushTimer.remainingTime() <= delayMs) return;
    m_flushTimer.start(qMax(0, delayMs));
}

void SubscriptionManager::flush() {
    const qint64 nowMs = m_clock.elapsed();
    qint64 nextDueMs = -1;
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end(); ++it) {
        Subscription& s = it.value();
        if (s.pending.isEmpty()) continue;
        const qint64 dueMs = s.lastSentMs < 0 ? nowMs : s.lastSentMs + qint64(s.throttlingS * 1000);
        if (dueMs > nowMs) {
            nextDueMs = nextDueMs < 0 ? dueMs : qMin(nextDueMs, dueMs);
            continue;
        }
        send(it.key(), s);
    }
    if (nextDueMs >= 0) scheduleFlush(int(nextDueMs - nowMs));
}

void SubscriptionManager::send(const QString& subscriptionId, Subscription& s) {
    QStringList ids(s.pending.begin(), s.pending.end());
    ids.sort();
    s.pending.clear();
    QJsonArray data;
    for (const QString& id : ids) {
        const QJsonObject entity = m_store->entity(id);
        if (entity.isEmpty()) continue;
        const QJsonObject shown = NgsiFormat::project(entity, s.notifyAttributes);
        data.append(s.keyValues ? NgsiFormat::toKeyValues(shown) : shown);
    }
    if (data.isEmpty()) return;
    const QDateTime now = m_now();
    QJsonObject body{{QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:Notification:") +
                                                QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("type"), QStringLiteral("Notification")},
                     {QStringLiteral("subscriptionId"), subscriptionId},
                     {QStringLiteral("notifiedAt"), iso(now)},
                     {QStringLiteral("data"), data}};
    QNetworkRequest request(s.endpoint);
    request.setTransferTimeout(10000);
    if (s.ldJson) {
        body.insert(QLatin1String("@context"), NgsiFormat::coreContext());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/ld+json"));
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Link", NgsiFormat::contextLink(NgsiFormat::coreContext()));
    }
    request.setRawHeader("Ngsild-Attribute-Format", s.keyValues ? "Simplified" : "Normalized");
    s.timesSent++;
    s.lastNotification = now;
    s.lastSentMs = m_clock.elapsed();
    QNetworkReply* reply =
        m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, subscriptionId] {
        reply->deleteLater();
        auto it = m_subscriptions.find(subscriptionId);
        if (it == m_subscriptions.end()) return;  // deleted meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        it->lastOk = reply->error() == QNetworkReply::NoError && status >= 200 && status < 300;
        (it->lastOk ? it->lastSuccess : it->lastFailure) = m_now();
    });
}

}  // namespace sim
