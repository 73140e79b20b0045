#include "hub/hub_client.h"

#include "hub/http_hub_probe.h"
#include "hub/hub_log.h"
#include "hub/ngsi_entity.h"
#include "hub/ngsi_time.h"
#include "hub/notification_endpoint.h"
#include "hub/problem_details.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>

namespace bg {

namespace {

// A broker that keeps answering rel="next" is not allowed to keep the console busy forever.
constexpr int kMaxPages = 10000;

bool isSuccess(int status) {
    return status >= 200 && status < 300;
}

QString bodyExcerpt(const QByteArray& body) {
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200) text += QStringLiteral("…");
    return text;
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

}  // namespace

QString nextLinkTarget(const QByteArray& linkHeader) {
    // <target>; param; param, <target>; … — targets may hold commas (coordinates), so split on
    // the angle brackets, not on commas. rel may list several relations: rel="next last".
    static const QRegularExpression kLink(QStringLiteral(R"(<([^>]*)>([^<]*))"));
    static const QRegularExpression kRel(
        QStringLiteral(R"re(\brel\s*=\s*(?:"([^"]*)"|([^;,\s]*)))re"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = kLink.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const auto link = it.next();
        const auto rel = kRel.match(link.captured(2));
        if (!rel.hasMatch()) continue;
        const QString relations = rel.captured(1) + rel.captured(2);
        if (relations.split(u' ', Qt::SkipEmptyParts)
                .contains(QStringLiteral("next"), Qt::CaseInsensitive))
            return link.captured(1).trimmed();
    }
    return {};
}

struct HubClient::FetchState {
    QString type;
    int pageSize = 100;
    int offset = 0;
    int pages = 0;
    bool halved = false;
    QVector<HubEntity> entities;
    QStringList warnings;
};

HubClient::HubClient(QNetworkAccessManager* network, HubClientConfig config, QObject* parent)
    : HubPort(parent),
      m_network(network),
      m_config(std::move(config)),
      m_retry{std::max(0, m_config.maxRetries), std::max(0, m_config.retryBaseMs)} {
    if (!m_config.verifyTls || !m_config.caCertificatesFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caCertificatesFile.isEmpty()) {
            const QList<QSslCertificate> certificates =
                QSslCertificate::fromPath(m_config.caCertificatesFile, QSsl::Pem);
            if (certificates.isEmpty()) {
                m_sslError = tr("the CA certificates file %1 holds no PEM certificate")
                                 .arg(m_config.caCertificatesFile);
                qCWarning(lcHub) << m_sslError;
            }
            ssl.addCaCertificates(certificates);
        }
        if (!m_config.verifyTls) {
            qCWarning(lcHub) << "TLS certificate verification is off for"
                             << redactedUrl(m_config.baseUrl);
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        m_ssl = ssl;
    }
}

HubClient::~HubClient() = default;

QNetworkRequest HubClient::networkRequest(const Request& request) const {
    QNetworkRequest r(request.url);
    r.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    if (!m_config.bearerToken.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_config.bearerToken.toUtf8());
    for (const auto& [name, value] : request.headers) r.setRawHeader(name, value);
    r.setTransferTimeout(std::max(1, m_config.timeoutMs));
    if (m_ssl) r.setSslConfiguration(*m_ssl);
    return r;
}

HubClient::Reply HubClient::toReply(QNetworkReply* reply, const Request& request) const {
    Reply r;
    r.url = request.url;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.linkHeader = reply->rawHeader("Link");
    r.locationHeader = reply->rawHeader("Location");
    const QString where =
        QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), redactedUrl(request.url));
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::OperationCanceledError) {
        r.outcome = HubOutcome::Timeout;
        r.error = tr("%1: no answer within %2 ms").arg(where).arg(m_config.timeoutMs);
        return r;
    }
    if (r.status == 0) {
        r.outcome = HubOutcome::ConnectionError;
        r.error = tr("%1: %2").arg(where, reply->errorString());
        return r;
    }
    if (isSuccess(r.status)) {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool shortBody = length.isValid() && length.toLongLong() > r.body.size();
        if (error != QNetworkReply::NoError || shortBody) {
            // The connection closed before the announced Content-Length: half a JSON page
            // must not pass for a whole one.
            r.outcome = HubOutcome::ConnectionError;
            r.error = tr("%1: the answer was cut short (%2 of %3 bytes: %4)")
                          .arg(where)
                          .arg(r.body.size())
                          .arg(length.isValid() ? length.toString() : QStringLiteral("?"),
                               reply->errorString());
            return r;
        }
        r.outcome = HubOutcome::Success;
        return r;
    }
    r.outcome = r.status >= 500 ? HubOutcome::ServerError : HubOutcome::ClientError;
    const std::optional<ProblemDetails> problem = ProblemDetails::parse(r.body);
    const QString detail = problem ? problem->message() : bodyExcerpt(r.body);
    r.error = detail.isEmpty() ? tr("%1 answered HTTP %2").arg(where).arg(r.status)
                               : tr("%1 answered HTTP %2: %3").arg(where).arg(r.status).arg(detail);
    return r;
}

void HubClient::send(const Request& request, std::function<void(const Reply&)> done,
                     int retriesDone) {
    if (!m_sslError.isEmpty()) {
        Reply r;
        r.url = request.url;
        r.error = m_sslError;
        // Answer later, as a network reply would: callers may not expect re-entrance.
        QTimer::singleShot(0, this, [done = std::move(done), r] { done(r); });
        return;
    }
    const QNetworkRequest nr = networkRequest(request);
    QNetworkReply* reply = request.method == "GET"
                               ? m_network->get(nr)
                               : m_network->sendCustomRequest(nr, request.method, request.body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, done = std::move(done), retriesDone]() mutable {
                reply->deleteLater();
                const Reply r = toReply(reply, request);
                const std::optional<int> delay = m_retry.nextDelayMs(
                    r.outcome, retriesDone, QRandomGenerator::global()->generateDouble());
                if (delay) {
                    qCInfo(lcHub).noquote() << r.error << "— retry" << retriesDone + 1 << "of"
                                            << m_retry.maxRetries << "in" << *delay << "ms";
                    QTimer::singleShot(*delay, this,
                                       [this, request, done = std::move(done), retriesDone] {
                                           send(request, done, retriesDone + 1);
                                       });
                    return;
                }
                if (r.outcome != HubOutcome::Success) qCWarning(lcHub).noquote() << r.error;
                done(r);
            });
}

// ---- fetchType ------------------------------------------------------------------------------

void HubClient::fetchType(const QString& type) {
    auto state = std::make_shared<FetchState>();
    state->type = type;
    state->pageSize = std::max(1, m_config.pageSize);
    EntityQuery q;
    q.type = type;
    q.limit = state->pageSize;
    q.offset = 0;
    fetchPage(state, m_config.dialect.entitiesUrl(m_config.baseUrl, q));
}

void HubClient::fetchPage(const std::shared_ptr<FetchState>& state, const QUrl& url) {
    send({"GET", url, {}, {}, {}}, [this, state](const Reply& r) { onPage(state, r); });
}

void HubClient::onPage(const std::shared_ptr<FetchState>& state, const Reply& r) {
    const auto fail = [this, &state](const QString& error) {
        Q_EMIT fetched(state->type, state->entities, state->warnings,
                       tr("Could not fetch %1: %2").arg(state->type, error));
    };
    const auto nextByOffset = [this, &state] {
        EntityQuery q;
        q.type = state->type;
        q.limit = state->pageSize;
        q.offset = state->offset;
        fetchPage(state, m_config.dialect.entitiesUrl(m_config.baseUrl, q));
    };
    if (r.outcome != HubOutcome::Success) {
        // Brokers cap `limit` (Orion-LD: 1000, Scorpio: configurable) and some refuse a larger
        // one with 400 instead of capping: one halving usually fits under the cap.
        if (r.status == 400 && !state->halved && state->pageSize > 1 &&
            r.body.toLower().contains("limit")) {
            state->halved = true;
            state->pageSize /= 2;
            qCInfo(lcHub) << "hub refused the page size for" << state->type << "- trying"
                          << state->pageSize;
            nextByOffset();
            return;
        }
        fail(r.error);
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("%1 answered with a body that is not JSON (%2 at byte %3)")
                 .arg(redactedUrl(r.url), parseError.errorString())
                 .arg(parseError.offset));
        return;
    }
    if (!doc.isArray()) {
        fail(tr("%1 answered with JSON that is not an array of entities").arg(redactedUrl(r.url)));
        return;
    }
    const QJsonArray array = doc.array();
    NgsiPage page = convertNgsiEntities(array);
    state->entities += std::move(page.entities);
    state->warnings += page.warnings;
    state->offset += int(array.size());
    if (++state->pages >= kMaxPages) {
        fail(tr("more than %1 pages; stopped").arg(kMaxPages));
        return;
    }
    const QString next = nextLinkTarget(r.linkHeader);
    if (!next.isEmpty()) {
        const QUrl nextUrl = r.url.resolved(QUrl(next, QUrl::TolerantMode));
        // The request carries the bearer token: never follow a link to another server.
        if (!sameOrigin(nextUrl, r.url)) {
            fail(tr("the next page link points to another server (%1)").arg(redactedUrl(nextUrl)));
            return;
        }
        if (nextUrl == r.url) {
            fail(tr("the next page link points to the same page (%1)").arg(redactedUrl(nextUrl)));
            return;
        }
        fetchPage(state, nextUrl);
        return;
    }
    // No link: a full page means there may be more; a shorter one (the server's own cap, or
    // the end) finishes.
    if (!array.isEmpty() && array.size() >= state->pageSize) {
        nextByOffset();
        return;
    }
    qCDebug(lcHub) << "fetched" << state->entities.size() << state->type << "in" << state->pages
                   << "pages";
    Q_EMIT fetched(state->type, state->entities, state->warnings, QString());
}

// ---- deliver ---------------------------------------------------------------------------------

void HubClient::deliver(const OutboxWrite& write) {
    Request request;
    request.method = write.method.trimmed().toUpper().toLatin1();
    const qsizetype question = write.path.indexOf(u'?');
    request.url = m_config.dialect.url(m_config.baseUrl, write.path.left(question));
    if (question >= 0) request.url.setQuery(write.path.mid(question + 1), QUrl::TolerantMode);
    request.body = write.body;
    request.contentType = write.contentType.toLatin1();
    if (request.contentType.isEmpty() && !request.body.isEmpty())
        request.contentType = "application/json";
    request.headers.append({"X-Bitgoeul-Op-Id", write.opId.toUtf8()});
    const QString opId = write.opId;
    const bool isPost = request.method == "POST";
    send(request, [this, opId, isPost](const Reply& r) {
        if (r.outcome == HubOutcome::Success) {
            Q_EMIT delivered(opId, true, false, tr("HTTP %1").arg(r.status));
        } else if (isPost && r.status == 409) {
            // Created before, e.g. an earlier attempt whose answer was lost.
            Q_EMIT delivered(opId, true, false, tr("already on the hub: %1").arg(r.error));
        } else {
            Q_EMIT delivered(opId, false, isRetryable(r.outcome), r.error);
        }
    });
}

// ---- temporal --------------------------------------------------------------------------------

Result<QVector<TelemetryPoint>> HubClient::parseTemporal(const QByteArray& body,
                                                         const QStringList& attrs) {
    using R = Result<QVector<TelemetryPoint>>;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::fail(QStringLiteral("not JSON (%1)").arg(parseError.errorString()));
    QJsonArray entities;
    if (doc.isObject()) {
        entities.append(doc.object());
    } else {
        entities = doc.array();
    }
    QVector<TelemetryPoint> points;
    auto add = [&points](const QString& attr, const QJsonValue& value, const QString& time) {
        QJsonValue v = value;
        if (v.isObject() && v.toObject().contains(u"@value")) v = v.toObject().value(u"@value");
        const QDateTime at = parseNgsiTime(time);
        if (v.isDouble() && at.isValid()) points.append({attr, at, v.toDouble()});
    };
    for (const QJsonValue& e : std::as_const(entities)) {
        const QJsonObject entity = e.toObject();
        for (auto it = entity.begin(); it != entity.end(); ++it) {
            const QString attr = shortNgsiName(it.key());
            if (attr == u"id" || attr == u"type" || attr == u"@context") continue;
            if (!attrs.isEmpty() && !attrs.contains(attr)) continue;
            if (it->isObject() && it->toObject().value(u"values").isArray()) {
                // temporalValues: {"type": "Property", "values": [[value, time], …]}
                for (const QJsonValue& pair : it->toObject().value(u"values").toArray())
                    add(attr, pair.toArray().at(0), pair.toArray().at(1).toString());
                continue;
            }
            // normalized history: an instance or an array of instances with observedAt.
            const QJsonArray instances = it->isArray() ? it->toArray() : QJsonArray{*it};
            for (const QJsonValue& instance : instances) {
                const QJsonObject o = instance.toObject();
                add(attr, o.value(u"value"), o.value(u"observedAt").toString());
            }
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const auto& a, const auto& b) {
        return a.attr != b.attr ? a.attr < b.attr : a.at < b.at;
    });
    return R::ok(std::move(points));
}

void HubClient::queryTemporal(const QString& id, const QStringList& attrs, const QDateTime& from,
                              const QDateTime& to, int lastN, TemporalCallback callback) {
    TemporalQuery q;
    q.id = id;
    q.attrs = attrs;
    q.from = from;
    q.to = to;
    q.lastN = lastN;
    q.form = TemporalForm::Values;
    send({"GET", m_config.dialect.temporalUrl(m_config.baseUrl, q), {}, {}, {}},
         [this, id, attrs, callback = std::move(callback)](const Reply& r) {
             using R = Result<QVector<TelemetryPoint>>;
             if (r.outcome != HubOutcome::Success) {
                 callback(R::fail(tr("Could not read the history of %1: %2").arg(id, r.error)));
                 return;
             }
             R parsed = parseTemporal(r.body, attrs);
             if (!parsed) {
                 callback(R::fail(tr("Could not read the history of %1: %2 answered %3")
                                      .arg(id, redactedUrl(r.url), parsed.error())));
                 return;
             }
             callback(std::move(parsed));
         });
}

// ---- subscriptions ---------------------------------------------------------------------------

void HubClient::subscribe(const QStringList& types, const QStringList& watchedAttributes,
                          const QUrl& notificationUri, int throttlingS,
                          SubscribeCallback callback) {
    QJsonArray entities;
    for (const QString& type : types) entities.append(QJsonObject{{QStringLiteral("type"), type}});
    QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("Subscription")},
        {QStringLiteral("description"), QStringLiteral("Bitgoeul Console")},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("notification"),
         QJsonObject{
             {QStringLiteral("format"), QStringLiteral("normalized")},
             {QStringLiteral("endpoint"),
              QJsonObject{{QStringLiteral("uri"), notificationUri.toString()},
                          {QStringLiteral("accept"), QStringLiteral("application/json")}}}}},
    };
    if (!watchedAttributes.isEmpty())
        body.insert(QStringLiteral("watchedAttributes"),
                    QJsonArray::fromStringList(watchedAttributes));
    if (throttlingS > 0) body.insert(QStringLiteral("throttling"), throttlingS);
    Request request{"POST",
                    m_config.dialect.subscriptionsUrl(m_config.baseUrl),
                    QJsonDocument(body).toJson(QJsonDocument::Compact),
                    "application/json",
                    {}};
    send(request, [this, callback = std::move(callback)](const Reply& r) {
        if (r.outcome != HubOutcome::Success) {
            callback(Result<QString>::fail(tr("Could not subscribe: %1").arg(r.error)));
            return;
        }
        // 201 with Location: …/subscriptions/<id>; some brokers answer the id in the body.
        QString id;
        if (!r.locationHeader.isEmpty()) {
            const QString path =
                QUrl(QString::fromLatin1(r.locationHeader)).path(QUrl::FullyDecoded);
            id = path.mid(path.lastIndexOf(u'/') + 1);
        }
        if (id.isEmpty()) id = QJsonDocument::fromJson(r.body).object().value(u"id").toString();
        if (id.isEmpty()) {
            callback(Result<QString>::fail(
                tr("Could not subscribe: %1 answered HTTP %2 without a subscription id")
                    .arg(redactedUrl(r.url))
                    .arg(r.status)));
            return;
        }
        callback(Result<QString>::ok(id));
    });
}

void HubClient::deleteSubscription(const QString& id, StatusCallback callback) {
    send(
        {"DELETE", m_config.dialect.subscriptionsUrl(m_config.baseUrl, id), {}, {}, {}},
        [this, id, callback = std::move(callback)](const Reply& r) {
            if (r.outcome == HubOutcome::Success) {
                callback(Status::ok());
            } else {
                callback(Status::fail(tr("Could not delete subscription %1: %2").arg(id, r.error)));
            }
        });
}

void HubClient::attachEndpoint(NotificationEndpoint* endpoint) {
    connect(endpoint, &NotificationEndpoint::received, this,
            [this](const QString&, const QVector<HubEntity>& entities, const QStringList&) {
                if (!entities.isEmpty()) Q_EMIT notified(entities);
            });
}

}  // namespace bg
