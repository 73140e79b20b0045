#include "hub_server.h"

#include "context_store.h"
#include "geo_query.h"
#include "ngsi_format.h"
#include "query_filter.h"
#include "subscription_manager.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <optional>

namespace sim {

namespace {

using Reply = HubServer::Reply;
using Method = QHttpServerRequest::Method;

const QString kEntitiesPath = QStringLiteral("/ngsi-ld/v1/entities");

QByteArray header(const QHttpServerRequest& request, const QByteArray& name) {
    // Header names are case-insensitive (RFC 9110); the 6.4 request does not promise that.
    for (const auto& [key, value] : request.headers())
        if (key.compare(name, Qt::CaseInsensitive) == 0) return value;
    return {};
}

QString param(const QUrlQuery& query, const QString& key) {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

Reply json(int status, const QJsonDocument& doc, const QByteArray& type = "application/json") {
    Reply r;
    r.status = status;
    r.contentType = type;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

Reply empty(int status) {
    Reply r;
    r.status = status;
    return r;
}

/// ProblemDetails (RFC 7807) with an ETSI error type.
Reply problem(int status, const QString& type, const QString& title, const QString& detail) {
    return json(status,
                QJsonDocument(QJsonObject{{QStringLiteral("type"), NgsiFormat::errorType(type)},
                                          {QStringLiteral("title"), title},
                                          {QStringLiteral("detail"), detail},
                                          {QStringLiteral("status"), status}}));
}

Reply badRequest(const QString& detail) {
    return problem(400, QStringLiteral("BadRequestData"), QStringLiteral("Bad request data"),
                   detail);
}

Reply notFound(const QString& what, const QString& id) {
    return problem(404, QStringLiteral("ResourceNotFound"), what + QStringLiteral(" not found"),
                   id);
}

/// Content negotiation: the body carries @context for application/ld+json, else a Link header.
struct Negotiation {
    bool ldJson = false;
    QString context;

    explicit Negotiation(const QHttpServerRequest& request) {
        const QByteArray accept = header(request, "Accept");
        const qsizetype ld = accept.indexOf("application/ld+json");
        const qsizetype plain = accept.indexOf("application/json");
        ldJson = ld >= 0 && (plain < 0 || ld < plain);
        // Answer in the client's own @context when it sent one, as brokers do.
        const QByteArray link = header(request, "Link");
        const qsizetype open = link.indexOf('<'), close = link.indexOf('>');
        if (link.contains("json-ld#context") && open >= 0 && close > open)
            context = QString::fromUtf8(link.mid(open + 1, close - open - 1));
        if (context.isEmpty()) context = NgsiFormat::coreContext();
    }

    QJsonObject entity(QJsonObject e) const {
        if (ldJson) e.insert(QLatin1String("@context"), context);
        return e;
    }
    Reply reply(const QJsonDocument& doc, int status = 200) const {
        if (ldJson) return json(status, doc, "application/ld+json");
        Reply r = json(status, doc);
        r.headers.append({"Link", NgsiFormat::contextLink(context)});
        return r;
    }
};

std::optional<QJsonObject> parseObject(const QHttpServerRequest& request, Reply* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error =
            problem(400, QStringLiteral("InvalidRequest"), QStringLiteral("Invalid JSON"),
                    QStringLiteral("body: %1 at offset %2").arg(pe.errorString()).arg(pe.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = badRequest(QStringLiteral("body: a JSON object is expected"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const bool ld = header(request, "Content-Type").startsWith("application/ld+json");
    if (ld && !o.contains(QLatin1String("@context"))) {
        *error = badRequest(QStringLiteral("body: application/ld+json needs an @context member"));
        return std::nullopt;
    }
    return o;
}

/// Checks the attributes of a normalized fragment; returns the first problem found.
QString attributeProblem(const QJsonObject& fragment) {
    for (auto it = fragment.begin(); it != fragment.end(); ++it) {
        const QString& name = it.key();
        if (name == QLatin1String("id") || name == QLatin1String("type") ||
            name == QLatin1String("@context"))
            continue;
        if (!it.value().isObject())
            return QStringLiteral("%1: an attribute must be an object with a type").arg(name);
        const QJsonObject a = it.value().toObject();
        const QString type = a.value(QLatin1String("type")).toString();
        if (type == QLatin1String("Relationship")) {
            if (!a.value(QLatin1String("object")).isString())
                return QStringLiteral("%1: a Relationship needs an object URI").arg(name);
        } else if (type == QLatin1String("GeoProperty")) {
            const QJsonObject g = a.value(QLatin1String("value")).toObject();
            if (g.value(QLatin1String("type")).toString().isEmpty() ||
                !g.value(QLatin1String("coordinates")).isArray())
                return QStringLiteral("%1: a GeoProperty needs a GeoJSON value").arg(name);
        } else if (type == QLatin1String("Property") || type == QLatin1String("LanguageProperty")) {
            if (!a.contains(QLatin1String("value")) && !a.contains(QLatin1String("languageMap")))
                return QStringLiteral("%1: a Property needs a value").arg(name);
        } else {
            return QStringLiteral("%1: type '%2' is not Property, GeoProperty or Relationship")
                .arg(name, type);
        }
    }
    return {};
}

bool wantsKeyValues(const QUrlQuery& query) {
    const QStringList options = NgsiFormat::splitList(param(query, QStringLiteral("options")));
    const QString format = param(query, QStringLiteral("format"));
    return options.contains(QLatin1String("keyValues")) ||
           options.contains(QLatin1String("simplified")) || format == QLatin1String("simplified") ||
           format == QLatin1String("keyValues");
}

QString idFromPath(const QString& raw) {
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

QHttpServerResponse toResponse(const Reply& r) {
    const auto status = QHttpServerResponse::StatusCode(r.status);
    QHttpServerResponse response = r.body.isEmpty() && r.contentType.isEmpty()
                                       ? QHttpServerResponse(status)
                                       : QHttpServerResponse(r.contentType, r.body, status);
    for (const auto& [name, value] : r.headers) response.addHeader(name, value);
    return response;
}

}  // namespace

HubServer::HubServer(ContextStore* store, std::function<QDateTime()> now, QObject* parent)
    : QObject(parent),
      m_store(store),
      m_now(std::move(now)),
      m_subscriptions(new SubscriptionManager(store, m_now, this)),
      m_startedAt(QDateTime::currentDateTimeUtc()) {
    const auto methods = [](Method a, Method b) { return QHttpServerRequest::Methods(a) | b; };

    m_server.route(kEntitiesPath, methods(Method::Get, Method::Post),
                   [this](const QHttpServerRequest& request) {
                       if (request.method() == Method::Get)
                           return toResponse(queryEntities(request));
                       return toResponse(write(request, [&] { return createEntity(request); }));
                   });
    m_server.route(kEntitiesPath + QStringLiteral("/<arg>"), methods(Method::Get, Method::Delete),
                   [this](const QString& raw, const QHttpServerRequest& request) {
                       const QString id = idFromPath(raw);
                       if (request.method() == Method::Get)
                           return toResponse(retrieveEntity(id, request));
                       return toResponse(write(request, [&] { return deleteEntity(id); }));
                   });
    m_server.route(
        kEntitiesPath + QStringLiteral("/<arg>/attrs"), Method::Patch,
        [this](const QString& raw, const QHttpServerRequest& request) {
            const QString id = idFromPath(raw);
            return toResponse(write(request, [&] { return updateAttributes(id, request); }));
        });
    // GET /ngsi-ld/v1/types — ETSI GS CIM 009 §5.7.5: an EntityTypeList of the types present.
    m_server.route(
        QStringLiteral("/ngsi-ld/v1/types"), Method::Get,
        [this](const QHttpServerRequest& request) { return toResponse(entityTypes(request)); });
    m_server.route(
        QStringLiteral("/ngsi-ld/v1/subscriptions"), methods(Method::Get, Method::Post),
        [this](const QHttpServerRequest& request) {
            if (request.method() == Method::Get)
                return toResponse(
                    Negotiation(request).reply(QJsonDocument(m_subscriptions->list())));
            return toResponse(write(request, [&] { return createSubscription(request); }));
        });
    m_server.route(
        QStringLiteral("/ngsi-ld/v1/subscriptions/<arg>"), methods(Method::Get, Method::Delete),
        [this](const QString& raw, const QHttpServerRequest& request) {
            const QString id = idFromPath(raw);
            if (request.method() == Method::Get) {
                const QJsonObject s = m_subscriptions->get(id);
                if (s.isEmpty()) return toResponse(notFound(QStringLiteral("Subscription"), id));
                return toResponse(Negotiation(request).reply(QJsonDocument(s)));
            }
            return toResponse(write(request, [&] {
                return m_subscriptions->remove(id) ? empty(204)
                                                   : notFound(QStringLiteral("Subscription"), id);
            }));
        });
    m_server.route(QStringLiteral("/ngsi-ld/v1/temporal/entities/<arg>"), Method::Get,
                   [this](const QString& raw, const QHttpServerRequest& request) {
                       return toResponse(temporalEntity(idFromPath(raw), request));
                   });
    m_server.route(QStringLiteral("/sim/v1/writes"), Method::Get,
                   [this] { return toResponse(writes()); });
    m_server.route(QStringLiteral("/sim/v1/health"), Method::Get,
                   [this] { return toResponse(health()); });
}

HubServer::~HubServer() = default;

quint16 HubServer::listen(quint16 port) {
    return m_server.listen(QHostAddress::LocalHost, port);
}

HubServer::Reply HubServer::write(const QHttpServerRequest& request,
                                  const std::function<Reply()>& apply) {
    const QString opId = QString::fromUtf8(header(request, "X-Bitgoeul-Op-Id")).trimmed();
    const auto method = [&] {
        switch (request.method()) {
            case Method::Post:
                return QStringLiteral("POST");
            case Method::Patch:
                return QStringLiteral("PATCH");
            case Method::Delete:
                return QStringLiteral("DELETE");
            default:
                return QStringLiteral("OTHER");
        }
    }();
    Reply reply;
    bool applied = false;
    if (!opId.isEmpty() && m_opReplies.contains(opId)) {
        reply = m_opReplies.value(opId);  // a retry of a write we already did
    } else {
        reply = apply();
        applied = reply.status >= 200 && reply.status < 300;
        if (!opId.isEmpty()) {
            m_opReplies.insert(opId, reply);
            m_opOrder.push_back(opId);
            while (int(m_opOrder.size()) > kMaxWritesKept) {
                m_opReplies.remove(m_opOrder.front());
                m_opOrder.pop_front();
            }
        }
    }
    m_writes.push_back(QJsonObject{
        {QStringLiteral("opId"), opId.isEmpty() ? QJsonValue() : QJsonValue(opId)},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), request.url().path()},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("applied"), applied}});
    while (int(m_writes.size()) > kMaxWritesKept) m_writes.pop_front();
    return reply;
}

HubServer::Reply HubServer::queryEntities(const QHttpServerRequest& request) {
    const QUrlQuery query = request.query();
    const Negotiation negotiation(request);
    QStringList types;
    for (const QString& t : NgsiFormat::splitList(param(query, QStringLiteral("type"))))
        types << NgsiFormat::shortType(t);
    const QStringList ids = NgsiFormat::splitList(param(query, QStringLiteral("id")));
    const QString idPattern = param(query, QStringLiteral("idPattern"));
    const QStringList attrs = NgsiFormat::splitList(param(query, QStringLiteral("attrs")));
    const QString qText = param(query, QStringLiteral("q"));
    const QString georel = param(query, QStringLiteral("georel"));
    // GS CIM 009 6.4.3.2: a query must say what it wants; an unrestricted dump is refused.
    if (types.isEmpty() && ids.isEmpty() && idPattern.isEmpty() && attrs.isEmpty() &&
        qText.isEmpty() && georel.isEmpty())
        return badRequest(QStringLiteral("type, id, idPattern, attrs, q or georel is needed"));

    std::optional<QRegularExpression> idRegex;
    if (!idPattern.isEmpty()) {
        idRegex = QRegularExpression(idPattern);
        if (!idRegex->isValid())
            return badRequest(QStringLiteral("idPattern: %1").arg(idRegex->errorString()));
    }
    std::optional<QueryFilter> filter;
    if (!qText.isEmpty()) {
        QString why;
        filter = QueryFilter::parse(qText, &why);
        if (!filter) return badRequest(why);
    }
    std::optional<GeoQuery> geo;
    if (!georel.isEmpty()) {
        QString why;
        geo = GeoQuery::parse(georel, param(query, QStringLiteral("geometry")),
                              param(query, QStringLiteral("coordinates")),
                              param(query, QStringLiteral("geoproperty")), &why);
        if (!geo)
            return problem(400, QStringLiteral("BadRequestData"),
                           QStringLiteral("Invalid geo-query"), why);
    }
    int limit = kDefaultLimit, offset = 0;
    bool ok = true;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = param(query, QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return badRequest(QStringLiteral("limit: must be a whole number >= 0"));
        if (limit > kMaxLimit)
            return problem(403, QStringLiteral("TooManyResults"),
                           QStringLiteral("Too many results requested"),
                           QStringLiteral("limit: %1 exceeds the maximum page size %2")
                               .arg(limit)
                               .arg(kMaxLimit));
    }
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        offset = param(query, QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return badRequest(QStringLiteral("offset: must be a whole number >= 0"));
    }
    const bool count = param(query, QStringLiteral("count")) == QLatin1String("true");
    if (limit == 0 && !count) return badRequest(QStringLiteral("limit: 0 needs count=true"));
    const bool keyValues = wantsKeyValues(query);

    int total = 0;
    QJsonArray page;
    for (const QJsonObject& e : m_store->entities()) {
        const QString id = e.value(QLatin1String("id")).toString();
        if (!types.isEmpty() && !types.contains(e.value(QLatin1String("type")).toString()))
            continue;
        if (!ids.isEmpty() && !ids.contains(id)) continue;
        if (idRegex && !idRegex->match(id).hasMatch()) continue;
        if (!NgsiFormat::hasAnyOf(e, attrs)) continue;
        if (filter && !filter->matches(e)) continue;
        if (geo && !geo->matches(e)) continue;
        if (total >= offset && total < offset + limit) {
            const QJsonObject shown = NgsiFormat::project(e, attrs);
            page.append(negotiation.entity(keyValues ? NgsiFormat::toKeyValues(shown) : shown));
        }
        ++total;
    }
    Reply reply = negotiation.reply(QJsonDocument(page));
    if (count) reply.headers.append({"NGSILD-Results-Count", QByteArray::number(total)});
    const auto pageLink = [&](int newOffset, const char* rel) {
        QUrlQuery q = query;
        q.removeAllQueryItems(QStringLiteral("offset"));
        q.addQueryItem(QStringLiteral("offset"), QString::number(newOffset));
        QUrl u;
        u.setPath(kEntitiesPath);
        u.setQuery(q);
        reply.headers.append(
            {"Link", "<" + u.toEncoded() + ">; rel=\"" + rel + "\"; type=\"application/json\""});
    };
    if (limit > 0 && offset + limit < total) pageLink(offset + limit, "next");
    if (limit > 0 && offset > 0) pageLink(qMax(0, offset - limit), "prev");
    return reply;
}

HubServer::Reply HubServer::retrieveEntity(const QString& id, const QHttpServerRequest& request) {
    const QJsonObject e = m_store->entity(id);
    if (e.isEmpty()) return notFound(QStringLiteral("Entity"), id);
    const QUrlQuery query = request.query();
    const QJsonObject shown =
        NgsiFormat::project(e, NgsiFormat::splitList(param(query, QStringLiteral("attrs"))));
    const Negotiation negotiation(request);
    return negotiation.reply(QJsonDocument(
        negotiation.entity(wantsKeyValues(query) ? NgsiFormat::toKeyValues(shown) : shown)));
}

HubServer::Reply HubServer::createEntity(const QHttpServerRequest& request) {
    Reply error;
    const auto body = parseObject(request, &error);
    if (!body) return error;
    const QString id = body->value(QLatin1String("id")).toString();
    const QString type = body->value(QLatin1String("type")).toString();
    if (id.isEmpty() || !id.contains(u':'))
        return badRequest(QStringLiteral("id: a URI such as urn:ngsi-ld:Type:local-id is needed"));
    if (type.isEmpty()) return badRequest(QStringLiteral("type: is needed"));
    const QString why = attributeProblem(*body);
    if (!why.isEmpty()) return badRequest(why);
    if (m_store->contains(id))
        return problem(409, QStringLiteral("AlreadyExists"),
                       QStringLiteral("Entity already exists"), id);
    QJsonObject entity = *body;
    entity.insert(QLatin1String("type"), NgsiFormat::shortType(type));
    m_store->create(entity, m_now());
    Reply r = empty(201);
    r.headers.append({"Location", (kEntitiesPath + u'/' + id).toUtf8()});
    return r;
}

HubServer::Reply HubServer::updateAttributes(const QString& id, const QHttpServerRequest& request) {
    Reply error;
    const auto body = parseObject(request, &error);
    if (!body) return error;
    const QString why = attributeProblem(*body);
    if (!why.isEmpty()) return badRequest(why);
    if (!m_store->contains(id)) return notFound(QStringLiteral("Entity"), id);
    const auto result = m_store->updateAttributes(id, *body, m_now(), true);
    if (result.notPresent.isEmpty()) return empty(204);
    // Partial success (GS CIM 009 6.6.3.3): 207 with what was and was not updated.
    QJsonArray updated, notUpdated;
    for (auto it = body->begin(); it != body->end(); ++it)
        if (it.key() != QLatin1String("@context") && !result.notPresent.contains(it.key()))
            updated.append(it.key());
    for (const QString& name : result.notPresent)
        notUpdated.append(
            QJsonObject{{QStringLiteral("attributeName"), name},
                        {QStringLiteral("reason"), QStringLiteral("attribute not present")}});
    return json(207, QJsonDocument(QJsonObject{{QStringLiteral("updated"), updated},
                                               {QStringLiteral("notUpdated"), notUpdated}}));
}

HubServer::Reply HubServer::deleteEntity(const QString& id) {
    return m_store->remove(id) ? empty(204) : notFound(QStringLiteral("Entity"), id);
}

HubServer::Reply HubServer::entityTypes(const QHttpServerRequest& request) {
    QJsonArray list;
    for (const QString& t : m_store->types()) list.append(t);
    const Negotiation negotiation(request);
    return negotiation.reply(QJsonDocument(negotiation.entity(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("urn:ngsi-ld:EntityTypeList:%1")
                                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
        {QStringLiteral("type"), QStringLiteral("EntityTypeList")},
        {QStringLiteral("typeList"), list}})));
}

HubServer::Reply HubServer::createSubscription(const QHttpServerRequest& request) {
    Reply error;
    const auto body = parseObject(request, &error);
    if (!body) return error;
    QString id;
    if (const auto refused = m_subscriptions->add(*body, &id))
        return problem(refused->status, refused->type, refused->title, refused->detail);
    Reply r = empty(201);
    r.headers.append({"Location", QStringLiteral("/ngsi-ld/v1/subscriptions/%1").arg(id).toUtf8()});
    return r;
}

HubServer::Reply HubServer::temporalEntity(const QString& id, const QHttpServerRequest& request) {
    const QJsonObject e = m_store->entity(id);
    if (e.isEmpty()) return notFound(QStringLiteral("Entity"), id);
    const QUrlQuery query = request.query();
    const QString timerel = param(query, QStringLiteral("timerel"));
    // Old dialects (and the KETI hub) say time/endtime; accept them as aliases.
    QString timeAtText = param(query, QStringLiteral("timeAt"));
    if (timeAtText.isEmpty()) timeAtText = param(query, QStringLiteral("time"));
    QString endText = param(query, QStringLiteral("endTimeAt"));
    if (endText.isEmpty()) endText = param(query, QStringLiteral("endtime"));
    QDateTime timeAt, endTimeAt;
    if (!timerel.isEmpty()) {
        if (timerel != QLatin1String("before") && timerel != QLatin1String("after") &&
            timerel != QLatin1String("between"))
            return badRequest(QStringLiteral("timerel: must be before, after or between"));
        timeAt = QDateTime::fromString(timeAtText, Qt::ISODateWithMs);
        if (!timeAt.isValid())
            return badRequest(QStringLiteral("timeAt: an ISO 8601 date-time is needed"));
        if (timerel == QLatin1String("between")) {
            endTimeAt = QDateTime::fromString(endText, Qt::ISODateWithMs);
            if (!endTimeAt.isValid())
                return badRequest(QStringLiteral("endTimeAt: between needs an ISO 8601 date-time"));
        }
    } else if (!timeAtText.isEmpty()) {
        return badRequest(QStringLiteral("timeAt: needs timerel"));
    }
    int lastN = 0;
    if (query.hasQueryItem(QStringLiteral("lastN"))) {
        bool ok = false;
        lastN = param(query, QStringLiteral("lastN")).toInt(&ok);
        if (!ok || lastN < 1)
            return badRequest(QStringLiteral("lastN: must be a whole number >= 1"));
    }
    const QStringList options = NgsiFormat::splitList(param(query, QStringLiteral("options")));
    const bool temporalValues =
        options.contains(QLatin1String("temporalValues")) ||
        param(query, QStringLiteral("format")) == QLatin1String("temporalValues");
    QStringList attrs = NgsiFormat::splitList(param(query, QStringLiteral("attrs")));
    if (attrs.isEmpty()) attrs = m_store->historyAttributes(id);

    QJsonObject out{{QStringLiteral("id"), id},
                    {QStringLiteral("type"), e.value(QLatin1String("type"))}};
    for (const QString& attr : attrs) {
        std::vector<ContextStore::Instance> kept;
        for (const auto& instance : m_store->history(id, attr)) {
            const QDateTime& t = instance.observedAt;
            if (timerel == QLatin1String("before") && !(t < timeAt)) continue;
            if (timerel == QLatin1String("after") && !(t > timeAt)) continue;
            if (timerel == QLatin1String("between") && !(t >= timeAt && t < endTimeAt)) continue;
            kept.push_back(instance);
        }
        if (lastN > 0 && int(kept.size()) > lastN) kept.erase(kept.begin(), kept.end() - lastN);
        if (kept.empty()) continue;
        if (temporalValues) {
            QJsonArray values;
            for (const auto& i : kept)
                values.append(QJsonArray{i.value, i.observedAt.toString(Qt::ISODateWithMs)});
            out.insert(attr, QJsonObject{{QStringLiteral("type"), QStringLiteral("Property")},
                                         {QStringLiteral("values"), values}});
        } else {
            QJsonArray instances;
            for (const auto& i : kept)
                instances.append(QJsonObject{
                    {QStringLiteral("type"), QStringLiteral("Property")},
                    {QStringLiteral("value"), i.value},
                    {QStringLiteral("observedAt"), i.observedAt.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("instanceId"),
                     QStringLiteral("urn:ngsi-ld:attribute:instance:%1").arg(i.instanceId)}});
            out.insert(attr, instances);
        }
    }
    const Negotiation negotiation(request);
    return negotiation.reply(QJsonDocument(negotiation.entity(out)));
}

HubServer::Reply HubServer::writes() const {
    QJsonArray list;
    for (const QJsonObject& w : m_writes) list.append(w);
    return json(200, QJsonDocument(list));
}

HubServer::Reply HubServer::health() const {
    QJsonObject o{{QStringLiteral("status"), QStringLiteral("ok")},
                  {QStringLiteral("entities"), int(m_store->entities().size())},
                  {QStringLiteral("simTime"), m_now().toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs)}};
    if (m_healthExtras) {
        const QJsonObject extras = m_healthExtras();
        for (auto it = extras.begin(); it != extras.end(); ++it) o.insert(it.key(), it.value());
    }
    return json(200, QJsonDocument(o));
}

}  // namespace sim
