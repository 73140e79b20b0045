#pragma once

#include "core/hub_entity.h"
#include "core/result.h"

#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace bg {

/// Receives NGSI-LD notifications: `POST <path>` with `{"subscriptionId", "data": [entity…]}`
/// (normalized), converted with the same converter as queries. Answers 204 at once and signals
/// the entities afterwards; a body that is not a notification gets 400 with a ProblemDetails
/// body. Listens on 127.0.0.1 unless told otherwise.
///
/// Threading: lives on the thread that created it (the GUI thread); the HTTP server and the
/// signal run there.
class NotificationEndpoint : public QObject {
    Q_OBJECT
public:
    explicit NotificationEndpoint(QString path = QStringLiteral("/notify"),
                                  QObject* parent = nullptr);
    ~NotificationEndpoint() override;

    /// Starts listening; `port` 0 picks a free one (see port()). Fails with a message naming
    /// the address and port.
    Status listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_port; }
    /// The URI to give the broker in a subscription: http://<address>:<port><path>.
    QUrl url() const;

Q_SIGNALS:
    /// One notification's valid entities; `warnings` name each rejected entity and attribute.
    void received(const QString& subscriptionId, const QVector<bg::HubEntity>& entities,
                  const QStringList& warnings);

private:
    std::unique_ptr<QHttpServer> m_server;
    QString m_path;
    QHostAddress m_address;
    quint16 m_port = 0;
};

}  // namespace bg
