#include "hub/notification_endpoint.h"

#include "hub/hub_log.h"
#include "hub/ngsi_entity.h"
#include "hub/problem_details.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bg {

namespace {

QHttpServerResponse badRequest(const QString& detail) {
    qCWarning(lcHub).noquote() << "rejected a notification:" << detail;
    const ProblemDetails problem{
        QStringLiteral("https://uri.etsi.org/ngsi-ld/errors/BadRequestData"),
        QStringLiteral("Not an NGSI-LD notification"), detail, 400};
    return QHttpServerResponse(QByteArrayLiteral("application/json"), problem.toJson(),
                               QHttpServerResponse::StatusCode::BadRequest);
}

}  // namespace

NotificationEndpoint::NotificationEndpoint(QString path, QObject* parent)
    : QObject(parent), m_server(std::make_unique<QHttpServer>()), m_path(std::move(path)) {
    if (!m_path.startsWith(u'/')) m_path.prepend(u'/');
    m_server->route(
        m_path, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest& request) -> QHttpServerResponse {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
            if (error.error != QJsonParseError::NoError)
                return badRequest(
                    QStringLiteral("the body is not JSON (%1)").arg(error.errorString()));
            const QJsonObject body = doc.object();
            if (!doc.isObject() || !body.value(u"data").isArray())
                return badRequest(QStringLiteral("no \"data\" array of entities"));
            const QString subscriptionId = body.value(u"subscriptionId").toString();
            const QJsonArray data = body.value(u"data").toArray();
            // Answer first: the broker must not wait for the console's slots.
            QMetaObject::invokeMethod(
                this,
                [this, subscriptionId, data] {
                    NgsiPage page = convertNgsiEntities(data);
                    Q_EMIT received(subscriptionId, page.entities, page.warnings);
                },
                Qt::QueuedConnection);
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
        });
}

NotificationEndpoint::~NotificationEndpoint() = default;

Status NotificationEndpoint::listen(const QHostAddress& address, quint16 port) {
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0) {
        return Status::fail(
            tr("cannot listen for hub notifications on %1:%2").arg(address.toString()).arg(port));
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcHub).noquote() << "notifications on" << url().toString();
    return Status::ok();
}

QUrl NotificationEndpoint::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

}  // namespace bg
