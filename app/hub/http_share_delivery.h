#pragma once

#include "core/share_delivery.h"

#include <QUrl>

class QNetworkAccessManager;

namespace bg {

/// Delivers a share by POSTing its manifest (application/json) to a gateway URL; any 2xx is
/// delivered, anything else failed with the status and the start of the answer.
///
/// Threading: the thread of the network manager; `done` is called there, after deliver()
/// returned.
class HttpShareDelivery : public ShareDelivery {
public:
    HttpShareDelivery(QNetworkAccessManager* network, QUrl url, int timeoutMs = 10000)
        : m_network(network), m_url(std::move(url)), m_timeoutMs(timeoutMs) {}
    QString name() const override { return QStringLiteral("http:") + m_url.toString(); }
    void deliver(const QJsonObject& manifest, Done done) override;

private:
    QNetworkAccessManager* m_network;
    QUrl m_url;
    int m_timeoutMs;
};

}  // namespace bg
