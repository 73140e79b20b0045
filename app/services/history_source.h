#pragma once

#include "core/hub_entity.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace bg {

class CachePort;

/// History for the dashboards: the cache's telemetry first (it works offline), and, when a hub
/// is reachable, the hub's temporal API for the part of a window the cache has not seen; what
/// the hub gives is stored in the cache, so the next read (and the next offline start) has it.
///
/// Threading: GUI thread, with the cache adapter and the hub client.
class HistorySource : public QObject {
    Q_OBJECT
public:
    using TemporalCallback = std::function<void(Result<QVector<TelemetryPoint>>)>;
    /// Asks the hub for the history of `attrs` of `id` between `from` and `to`.
    using TemporalFetch =
        std::function<void(const QString& id, const QStringList& attrs, const QDateTime& from,
                           const QDateTime& to, TemporalCallback done)>;
    using Clock = std::function<QDateTime()>;

    explicit HistorySource(CachePort* cache, QObject* parent = nullptr, Clock clock = {});

    /// Without a fetch (no hub configured) only the cache answers.
    void setTemporalFetch(TemporalFetch fetch) { m_fetch = std::move(fetch); }
    /// A sample this close after `from` counts as covering the window's start.
    void setGapToleranceS(qint64 s) { m_gapToleranceS = s; }
    /// A failed fetch of the same window is not retried sooner than this.
    void setRetryAfterS(qint64 s) { m_retryAfterS = s; }

    /// The cached samples of `attr` of `id` with from <= at < to, oldest first.
    QVector<TelemetryPoint> history(const QString& id, const QString& attr, const QDateTime& from,
                                    const QDateTime& to) const;
    /// When the cache lacks the start of [from, to) for any of `attrs`, asks the hub for it (once
    /// per window start until it fails); `filled` follows once the answer is in the cache.
    /// Returns true when a request went out.
    bool fillGaps(const QString& id, const QStringList& attrs, const QDateTime& from,
                  const QDateTime& to);
    /// Requests sent to the hub, for status and tests.
    int requestsSent() const { return m_requests; }

Q_SIGNALS:
    /// History of `id` came from the hub and is now in the cache (`count` samples).
    void filled(const QString& id, int count);
    /// The hub could not give the history of `id` (offline, or an error it names).
    void fillFailed(const QString& id, const QString& error);

private:
    CachePort* m_cache;
    Clock m_clock;
    TemporalFetch m_fetch;
    qint64 m_gapToleranceS = 15 * 60;
    qint64 m_retryAfterS = 120;
    int m_requests = 0;
    QSet<QString> m_done;                 ///< "id|from": answered, not asked again
    QHash<QString, QDateTime> m_pending;  ///< "id|from" → when it was asked or failed
};

}  // namespace bg
