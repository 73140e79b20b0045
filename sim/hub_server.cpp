#include "hub_server.h"

#include <QHostAddress>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace sim {

HubServer::HubServer(QObject* parent) : QObject(parent) {
    // GET /ngsi-ld/v1/types — ETSI GS CIM 009 §5.7.5: an EntityTypeList of the types present.
    m_server.route(QStringLiteral("/ngsi-ld/v1/types"), QHttpServerRequest::Method::Get, [] {
        QJsonObject body{
            {QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:EntityTypeList:%1")
                                       .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
            {QStringLiteral("type"), QStringLiteral("EntityTypeList")},
            {QStringLiteral("typeList"), QJsonArray{}}};
        return QHttpServerResponse(body);
    });
}

quint16 HubServer::listen(quint16 port) {
    return m_server.listen(QHostAddress::LocalHost, port);
}

}  // namespace sim
