#pragma once

#include "core/hub_entity.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThread>

#include <functional>

namespace bg {

class CachePort;

/// History for the dashboards: the cache's telemetry first (it works offline), and, when a hub
/// is reachable, the hub's temporal API for the part of a window the cache has not seen; what
/// the hub gives is stored in the cache, so the next read (and the next offline start) has it.
///
/// Reads can run off the GUI thread: runInBackground() runs work on this source's loader thread
/// (history() may be called there; the cache reads with that thread's own connection) and hands
/// the result back to the GUI thread.
///
/// Threading: GUI thread, with the cache adapter and the hub client; history() on any thread.
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
    /// Waits for the loader's current work, then ends its thread.
    ~HistorySource() override;

    /// Without a fetch (no hub configured) only the cache answers.
    void setTemporalFetch(TemporalFetch fetch) { m_fetch = std::move(fetch); }
    /// A sample this close after `from` counts as covering the window's start.
    void setGapToleranceS(qint64 s) { m_gapToleranceS = s; }
    /// A failed fetch of the same window is not retried sooner than this.
    void setRetryAfterS(qint64 s) { m_retryAfterS = s; }

    /// The cached samples of `attr` of `id` with from <= at < to, oldest first. Any thread.
    QVector<TelemetryPoint> history(const QString& id, const QString& attr, const QDateTime& from,
                                    const QDateTime& to) const;
    /// When the cache lacks the start of [from, to) for any of `attrs`, asks the hub for it (once
    /// per window start until it fails); `filled` follows once the answer is in the cache.
    /// Returns true when a request went out.
    bool fillGaps(const QString& id, const QStringList& attrs, const QDateTime& from,
                  const QDateTime& to);
    /// fillGaps() with the cache read on the loader thread: the request, if any, goes out once
    /// the read is back on this thread. The window counts as asked from now on.
    void fillGapsInBackground(const QString& id, const QStringList& attrs, const QDateTime& from,
                              const QDateTime& to);
    /// Requests sent to the hub, for status and tests.
    int requestsSent() const { return m_requests; }

    /// Runs `work()` on the loader thread, one piece of work after the other, then
    /// `apply(result)` on this object's thread unless `context` (of this thread) is gone by then.
    /// `work` must only read (history()) and compute.
    template <typename Work, typename Apply>
    void runInBackground(QObject* context, Work work, Apply apply) {
        QPointer<QObject> receiver(context);
        QPointer<HistorySource> self(this);
        QMetaObject::invokeMethod(m_loaderContext, [self, receiver, work = std::move(work),
                                                    apply = std::move(apply)]() mutable {
            auto result = work();
            // This object outlives the loader thread (its destructor waits for it).
            QMetaObject::invokeMethod(self.data(), [receiver, apply = std::move(apply),
                                                    result = std::move(result)]() mutable {
                if (receiver) apply(std::move(result));
            });
        });
    }
    /// The thread the background work runs on.
    QThread* loaderThread() const { return m_loader; }

Q_SIGNALS:
    /// History of `id` came from the hub and is now in the cache (`count` samples).
    void filled(const QString& id, int count);
    /// The hub could not give the history of `id` (offline, or an error it names).
    void fillFailed(const QString& id, const QString& error);

private:
    /// Whether the window `key` is to be checked now (not answered, not asked a moment ago).
    bool shouldCheck(const QString& key, const QDateTime& now) const;
    /// The end of the gap at the start of [from, to) in the cache; invalid when there is none.
    QDateTime gapEnd(const QString& id, const QStringList& attrs, const QDateTime& from,
                     const QDateTime& to) const;
    /// Asks the hub for [from, gapEnd) (or notes the window as answered when there is no gap).
    bool request(const QString& id, const QStringList& attrs, const QDateTime& from,
                 const QDateTime& gapEnd, const QString& key, const QDateTime& now);

    CachePort* m_cache;
    Clock m_clock;
    TemporalFetch m_fetch;
    qint64 m_gapToleranceS = 15 * 60;
    qint64 m_retryAfterS = 120;
    int m_requests = 0;
    QSet<QString> m_done;                 ///< "id|from": answered, not asked again
    QHash<QString, QDateTime> m_pending;  ///< "id|from" → when it was asked or failed
    QThread* m_loader;
    QObject* m_loaderContext;  ///< lives in m_loader: work is queued to it
};

}  // namespace bg
