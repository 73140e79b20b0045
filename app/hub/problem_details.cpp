#include "hub/problem_details.h"

#include "hub/ngsi_entity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace bg {

std::optional<ProblemDetails> ProblemDetails::parse(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) return std::nullopt;
    const QJsonObject o = doc.object();
    ProblemDetails p;
    p.type = o.value(u"type").toString();
    p.title = o.value(u"title").toString();
    p.detail = o.value(u"detail").toString();
    p.status = o.value(u"status").toInt();
    if (p.type.isEmpty() && p.title.isEmpty() && p.detail.isEmpty()) return std::nullopt;
    return p;
}

QString ProblemDetails::message() const {
    QStringList parts;
    if (!type.isEmpty()) parts << shortNgsiName(type);
    QString text = title;
    if (!detail.isEmpty()) text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + detail;
    if (!text.isEmpty()) parts << text;
    QString message = parts.join(QStringLiteral(": "));
    if (status > 0) message += QStringLiteral(" (%1)").arg(status);
    return message;
}

QByteArray ProblemDetails::toJson() const {
    QJsonObject o{{QStringLiteral("type"), type},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("detail"), detail}};
    if (status > 0) o.insert(QStringLiteral("status"), status);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace bg
