#include "hub/http_share_delivery.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace bg {

void HttpShareDelivery::deliver(const QJsonObject& manifest, Done done) {
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply =
        m_network->post(request, QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, done = std::move(done), url = m_url] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
                done(Status::ok());
                return;
            }
            const QByteArray body = reply->readAll().left(200);
            done(Status::fail(
                status > 0 ? QStringLiteral("%1 answered %2: %3")
                                 .arg(url.toString())
                                 .arg(status)
                                 .arg(QString::fromUtf8(body))
                           : QStringLiteral("%1: %2").arg(url.toString(), reply->errorString())));
        });
}

}  // namespace bg
