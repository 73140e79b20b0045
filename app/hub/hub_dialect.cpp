#include "hub/hub_dialect.h"

#include "hub/ngsi_time.h"

namespace bg {

namespace {

QString encodeSegment(const QString& segment) {
    // ':' stays readable in URNs; everything else outside the unreserved set is encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(segment, ":"));
}

}  // namespace

HubDialect HubDialect::etsi() {
    return {QStringLiteral("etsi"),           QStringLiteral("/ngsi-ld/v1"),
            QStringLiteral("urn:ngsi-ld:"),   QStringLiteral("attrs"),
            QStringLiteral("timeAt"),         QStringLiteral("endTimeAt"),
            QStringLiteral("temporalValues"), QString(),
            QStringLiteral("temporalValues")};
}

HubDialect HubDialect::keti() {
    return {QStringLiteral("keti"),
            QString(),
            QStringLiteral("urn:datahub:"),
            QStringLiteral("attr"),
            QStringLiteral("time"),
            QStringLiteral("endtime"),
            QStringLiteral("temporalValues"),
            QStringLiteral("normalizedHistory"),
            QStringLiteral("keyValuesHistory")};
}

Result<HubDialect> HubDialect::fromName(QStringView name) {
    const QString lower = name.trimmed().toString().toLower();
    if (lower == u"etsi") return Result<HubDialect>::ok(etsi());
    if (lower == u"keti") return Result<HubDialect>::ok(keti());
    return Result<HubDialect>::fail(
        QStringLiteral("hub dialect '%1' is unknown (expected etsi or keti)").arg(name));
}

QString HubDialect::entityId(const QString& type, const QString& localId) const {
    return idPrefix + type + u':' + localId;
}

QString encodeQuery(const QList<QPair<QString, QString>>& items) {
    QStringList parts;
    for (const auto& [key, value] : items) {
        // ',' separates attribute lists and ':' is in every id and time: both are legal in a
        // query and kept readable; brackets and quotes of q and coordinates are encoded.
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' +
                                     QUrl::toPercentEncoding(value, ",:"));
    }
    return parts.join(u'&');
}

QUrl HubDialect::url(const QUrl& hub, const QString& relativePath,
                     const QList<QPair<QString, QString>>& query) const {
    QUrl url = hub;
    QString path = url.path();
    while (path.endsWith(u'/')) path.chop(1);
    url.setPath(path + basePath + relativePath, QUrl::TolerantMode);
    if (query.isEmpty()) {
        url.setQuery(QString());
    } else {
        url.setQuery(encodeQuery(query), QUrl::TolerantMode);
    }
    return url;
}

QUrl HubDialect::entitiesUrl(const QUrl& hub, const EntityQuery& query) const {
    QList<QPair<QString, QString>> items;
    if (!query.type.isEmpty()) items.append({QStringLiteral("type"), query.type});
    if (!query.attrs.isEmpty()) items.append({attrsParam, query.attrs.join(u',')});
    if (!query.q.isEmpty()) items.append({QStringLiteral("q"), query.q});
    items += query.extra;
    if (query.keyValues) items.append({QStringLiteral("options"), QStringLiteral("keyValues")});
    if (query.limit >= 0) items.append({QStringLiteral("limit"), QString::number(query.limit)});
    if (query.offset >= 0) items.append({QStringLiteral("offset"), QString::number(query.offset)});
    return url(hub, QStringLiteral("/entities"), items);
}

QUrl HubDialect::entityUrl(const QUrl& hub, const QString& id) const {
    return url(hub, QStringLiteral("/entities/") + encodeSegment(id));
}

QUrl HubDialect::attrsUrl(const QUrl& hub, const QString& id, const QString& attr) const {
    QString path = QStringLiteral("/entities/") + encodeSegment(id) + QStringLiteral("/attrs");
    if (!attr.isEmpty()) path += u'/' + encodeSegment(attr);
    return url(hub, path);
}

QUrl HubDialect::temporalUrl(const QUrl& hub, const TemporalQuery& query) const {
    QList<QPair<QString, QString>> items;
    if (query.id.isEmpty() && !query.type.isEmpty())
        items.append({QStringLiteral("type"), query.type});
    if (!query.attrs.isEmpty()) items.append({attrsParam, query.attrs.join(u',')});
    const bool from = query.from.isValid();
    const bool to = query.to.isValid();
    if (from && to) {
        items.append({QStringLiteral("timerel"), QStringLiteral("between")});
        items.append({timeAtParam, formatNgsiTime(query.from)});
        items.append({endTimeAtParam, formatNgsiTime(query.to)});
    } else if (from) {
        items.append({QStringLiteral("timerel"), QStringLiteral("after")});
        items.append({timeAtParam, formatNgsiTime(query.from)});
    } else if (to) {
        items.append({QStringLiteral("timerel"), QStringLiteral("before")});
        items.append({timeAtParam, formatNgsiTime(query.to)});
    }
    if (query.lastN > 0) items.append({QStringLiteral("lastN"), QString::number(query.lastN)});
    QString option;
    switch (query.form) {
        case TemporalForm::Normalized:
            option = normalizedHistoryOption;
            break;
        case TemporalForm::Values:
            option = temporalValuesOption;
            break;
        case TemporalForm::KeyValues:
            option = keyValuesHistoryOption;
            break;
    }
    if (!option.isEmpty()) items.append({QStringLiteral("options"), option});
    QString path = QStringLiteral("/temporal/entities");
    if (!query.id.isEmpty()) path += u'/' + encodeSegment(query.id);
    return url(hub, path, items);
}

QUrl HubDialect::subscriptionsUrl(const QUrl& hub, const QString& id) const {
    QString path = QStringLiteral("/subscriptions");
    if (!id.isEmpty()) path += u'/' + encodeSegment(id);
    return url(hub, path);
}

}  // namespace bg
