#include "hub/http_hub_probe.h"

#include "hub/hub_log.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcHub, "bitgoeul.hub")

namespace bg {

QString redactedUrl(const QUrl& url) {
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

HttpHubProbe::HttpHubProbe(QNetworkAccessManager* network, QUrl hubUrl, QString basePath,
                           int timeoutMs, QObject* parent)
    : HubProbe(parent),
      m_network(network),
      m_hubUrl(std::move(hubUrl)),
      m_basePath(std::move(basePath)),
      m_timeoutMs(timeoutMs) {}

QUrl HttpHubProbe::probeUrl() const {
    QUrl url = m_hubUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) path.chop(1);
    url.setPath(path + m_basePath + QStringLiteral("/types"));
    return url;
}

void HttpHubProbe::probe() {
    if (m_inFlight) return;  // one at a time; its `finished` will answer
    QNetworkRequest request(probeUrl());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    m_inFlight = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void HttpHubProbe::onFinished(QNetworkReply* reply) {
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = redactedUrl(m_hubUrl);
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        Q_EMIT finished(false, tr("%1 did not answer within %2 ms").arg(where).arg(m_timeoutMs));
        return;
    }
    if (status == 0) {
        Q_EMIT finished(false, tr("%1: %2").arg(where, reply->errorString()));
        return;
    }
    if (status != 200) {
        Q_EMIT finished(false, tr("%1 answered HTTP %2").arg(where).arg(status));
        return;
    }
    QJsonParseError error{};
    QJsonDocument::fromJson(reply->readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        Q_EMIT finished(
            false,
            tr("%1 answered with a body that is not JSON (%2)").arg(where, error.errorString()));
        return;
    }
    Q_EMIT finished(true, tr("%1 answered").arg(where));
}

}  // namespace bg
