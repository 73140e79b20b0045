#pragma once

#include "core/hub_probe.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace bg {

/// Probes an NGSI-LD hub over HTTP: `GET <base>/ngsi-ld/v1/types` must answer 200 with JSON.
/// Used by the hub monitor for the status bar's online/offline state.
///
/// Threading: lives on one thread (the GUI thread); the network calls are asynchronous.
class HttpHubProbe : public HubProbe {
    Q_OBJECT
public:
    /// `basePath` is the dialect's prefix before `/types` (ETSI: "/ngsi-ld/v1").
    HttpHubProbe(QNetworkAccessManager* network, QUrl hubUrl,
                 QString basePath = QStringLiteral("/ngsi-ld/v1"), int timeoutMs = 3000,
                 QObject* parent = nullptr);

    void probe() override;
    QUrl probeUrl() const;

private:
    void onFinished(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QUrl m_hubUrl;
    QString m_basePath;
    int m_timeoutMs;
    QPointer<QNetworkReply> m_inFlight;
};

/// The URL as it may be shown or logged: user name and password removed.
QString redactedUrl(const QUrl& url);

}  // namespace bg
