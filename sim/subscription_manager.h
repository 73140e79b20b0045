#pragma once

#include "geo_query.h"
#include "query_filter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

namespace sim {

class ContextStore;

/// NGSI-LD subscriptions (GS CIM 009 clause 5.2.12) on the simulated store: entity types or ids,
/// watchedAttributes, q, geoQ, throttling; notifications are HTTP POSTs of a Notification
/// (id, type, subscriptionId, notifiedAt, data) to notification.endpoint.uri.
///
/// Changes are batched: every change marks the entity pending for the matching subscriptions
/// and one notification per subscription carries all pending entities in their latest state a
/// moment later. Throttling (seconds of real time) delays the next notification until the
/// period has passed; what changed meanwhile goes in that delayed notification, so nothing is
/// dropped.
///
/// Threading: lives on the simulator's main thread.
class SubscriptionManager : public QObject {
    Q_OBJECT
public:
    /// Why a subscription was refused.
    struct Error {
        int status = 400;
        QString type;  ///< short ETSI error name: BadRequestData, AlreadyExists …
        QString title;
        QString detail;
    };

    /// `now` gives the (simulated) time stamped on notifications.
    SubscriptionManager(ContextStore* store, std::function<QDateTime()> now,
                        QObject* parent = nullptr);

    /// Validates and adds a subscription; on success `id` holds its id.
    std::optional<Error> add(const QJsonObject& body, QString* id);
    bool remove(const QString& id);
    bool contains(const QString& id) const { return m_subscriptions.contains(id); }
    /// The subscription with its notification status, or an empty object.
    QJsonObject get(const QString& id) const;
    /// All subscriptions, ordered by id.
    QJsonArray list() const;

    /// How long changes are collected before a notification goes out (real milliseconds).
    void setBatchWindowMs(int ms) { m_batchWindowMs = ms; }

private:
    struct Subscription {
        QJsonObject body;  // as created, without @context
        QStringList types, ids, watched, notifyAttributes;
        std::optional<QueryFilter> q;
        std::optional<GeoQuery> geo;
        QUrl endpoint;
        bool keyValues = false;
        bool ldJson = false;
        double throttlingS = 0;
        bool active = true;
        int timesSent = 0;
        QDateTime lastNotification, lastSuccess, lastFailure;
        bool lastOk = true;
        QSet<QString> pending;
        qint64 lastSentMs = -1;  // on m_clock
    };

    void onEntityChanged(const QString& id, const QStringList& attributes);
    void onEntityRemoved(const QString& id);
    void scheduleFlush(int delayMs);
    void flush();
    void send(const QString& subscriptionId, Subscription& s);

    ContextStore* m_store;
    std::function<QDateTime()> m_now;
    QNetworkAccessManager m_network;
    QMap<QString, Subscription> m_subscriptions;
    QTimer m_flushTimer;
    QElapsedTimer m_clock;
    int m_batchWindowMs = 100;
};

}  // namespace sim
