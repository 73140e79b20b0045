#pragma once

#include "core/hub_port.h"
#include "core/result.h"
#include "hub/hub_dialect.h"
#include "hub/retry_policy.h"

#include <QNetworkReply>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace bg {

class NotificationEndpoint;

/// Where the hub is and how to talk to it.
struct HubClientConfig {
    QUrl baseUrl;  ///< e.g. http://127.0.0.1:1026; may hold user info (never logged)
    HubDialect dialect = HubDialect::etsi();
    QString bearerToken;  ///< sent as "Authorization: Bearer …" when set
    int pageSize = 100;
    int timeoutMs = 10000;  ///< per request (transfer timeout)
    int maxRetries = 3;     ///< on 5xx, timeouts and connection errors; never on 4xx
    int retryBaseMs = 500;
    QString caCertificatesFile;  ///< PEM; added to the system CAs when set
    bool verifyTls = true;
};

/// The NGSI-LD hub over HTTP (ETSI or KETI dialect): queries with pagination, writes from the
/// outbox, temporal queries and subscriptions. Every request retries with exponential backoff
/// and jitter on 5xx, timeouts and connection errors, never on 4xx; errors carry the broker's
/// ProblemDetails and the URL without credentials.
///
/// Threading: lives on the thread that created it (the GUI thread); all I/O is asynchronous and
/// every signal and callback comes on that thread.
class HubClient : public HubPort {
    Q_OBJECT
public:
    using TemporalCallback = std::function<void(Result<QVector<TelemetryPoint>>)>;
    using SubscribeCallback = std::function<void(Result<QString>)>;
    using StatusCallback = std::function<void(Status)>;

    HubClient(QNetworkAccessManager* network, HubClientConfig config, QObject* parent = nullptr);
    ~HubClient() override;

    const HubClientConfig& config() const { return m_config; }

    /// Follows `Link: <…>; rel="next"`, else continues by offset while full pages come; a
    /// shorter page without a Link ends it (the server's own cap). A 400 that speaks of the
    /// limit halves the page size once. Answered once by `fetched`.
    void fetchType(const QString& type) override;
    /// Answered by `delivered`: 2xx ok, 409 on POST ok (already there), other 4xx not ok and not
    /// retryable, 5xx/timeout/connection error retryable (after the client's own retries).
    void deliver(const OutboxWrite& write) override;

    /// The history of `attrs` of entity `id` between `from` and `to` (either may be invalid),
    /// at most the `lastN` latest per attribute (0: all); understands temporalValues and
    /// normalized history answers.
    void queryTemporal(const QString& id, const QStringList& attrs, const QDateTime& from,
                       const QDateTime& to, int lastN, TemporalCallback callback);
    /// Creates a subscription to changes of entities of `types` (of `watchedAttributes`, or any
    /// when empty) notified to `notificationUri`; answers with the subscription id.
    void subscribe(const QStringList& types, const QStringList& watchedAttributes,
                   const QUrl& notificationUri, int throttlingS, SubscribeCallback callback);
    void deleteSubscription(const QString& id, StatusCallback callback);

    /// Re-emits the entities `endpoint` receives as `notified`.
    void attachEndpoint(NotificationEndpoint* endpoint);

    /// The entities (or single entity) of a temporal answer as points, in time order per
    /// attribute; exposed for tests.
    static Result<QVector<TelemetryPoint>> parseTemporal(const QByteArray& body,
                                                         const QStringList& attrs);

private:
    // How one exchange ended, after the retries.
    struct Reply {
        int status = 0;  // HTTP status, 0 when none came
        HubOutcome outcome = HubOutcome::ConnectionError;
        QByteArray body;
        QByteArray linkHeader;
        QByteArray locationHeader;
        QUrl url;
        QString error;  // for a person: what went wrong, with ProblemDetails when given
    };

    struct Request {
        QByteArray method;
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct FetchState;

    void send(const Request& request, std::function<void(const Reply&)> done, int retriesDone = 0);
    QNetworkRequest networkRequest(const Request& request) const;
    Reply toReply(QNetworkReply* reply, const Request& request) const;
    void fetchPage(const std::shared_ptr<FetchState>& state, const QUrl& url);
    void onPage(const std::shared_ptr<FetchState>& state, const Reply& reply);

    QNetworkAccessManager* m_network;
    HubClientConfig m_config;
    RetryPolicy m_retry;
    std::optional<QSslConfiguration> m_ssl;
    QString m_sslError;  ///< the CA file could not be read: every request fails with this
};

/// The `rel="next"` target of a Link header (several links may be comma-separated), or empty.
QString nextLinkTarget(const QByteArray& linkHeader);

}  // namespace bg
