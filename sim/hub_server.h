#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QStringList>

#include <deque>
#include <functional>

class QHttpServerRequest;

namespace sim {

class ContextStore;
class SubscriptionManager;

/// The simulated NGSI-LD hub on 127.0.0.1 (a subset of ETSI GS CIM 009): query, retrieve,
/// create, update-attributes and delete entities; the type list; subscriptions with HTTP
/// notifications; the temporal evolution of an entity. Errors are ProblemDetails. Besides,
/// a small debug API for tests: `GET /sim/v1/writes` and `GET /sim/v1/health`.
///
/// Writes carrying `X-Bitgoeul-Op-Id` are idempotent: a repeated op id gets the first answer
/// again and changes nothing.
///
/// Threading: lives on the simulator's main thread (QHttpServer is single-threaded).
class HubServer : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultLimit = 20;
    /// Larger pages are refused with 403 TooManyResults, as GS CIM 009 v1.8 asks (rather than
    /// silently clamped, which would let a client believe it had everything).
    static constexpr int kMaxLimit = 1000;
    static constexpr int kMaxWritesKept = 2000;

    /// `now` gives the simulated time (temporal queries and notifications use it).
    HubServer(ContextStore* store, std::function<QDateTime()> now, QObject* parent = nullptr);
    ~HubServer() override;

    /// Listens on 127.0.0.1:port (0: any free port). Returns the port, or 0 on failure.
    quint16 listen(quint16 port);

    SubscriptionManager& subscriptions() { return *m_subscriptions; }
    /// Extra members of `GET /sim/v1/health` (seed, speed …), asked at each request.
    void setHealthExtras(std::function<QJsonObject()> extras) {
        m_healthExtras = std::move(extras);
    }

    /// An answer kept whole, so that a repeated op id can be answered the same way.
    struct Reply {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

private:
    Reply queryEntities(const QHttpServerRequest& request);
    Reply retrieveEntity(const QString& id, const QHttpServerRequest& request);
    Reply createEntity(const QHttpServerRequest& request);
    Reply updateAttributes(const QString& id, const QHttpServerRequest& request);
    Reply deleteEntity(const QString& id);
    Reply entityTypes(const QHttpServerRequest& request);
    Reply createSubscription(const QHttpServerRequest& request);
    Reply temporalEntity(const QString& id, const QHttpServerRequest& request);
    Reply writes() const;
    Reply health() const;

    /// Runs a write once per op id and logs it for /sim/v1/writes.
    Reply write(const QHttpServerRequest& request, const std::function<Reply()>& apply);

    ContextStore* m_store;
    std::function<QDateTime()> m_now;
    std::function<QJsonObject()> m_healthExtras;
    SubscriptionManager* m_subscriptions;
    QHttpServer m_server;
    QDateTime m_startedAt;
    QHash<QString, Reply> m_opReplies;
    std::deque<QString> m_opOrder;  // oldest first, to bound m_opReplies
    std::deque<QJsonObject> m_writes;
};

}  // namespace sim
