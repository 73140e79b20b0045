#include "services/history_source.h"

#include "core/cache_port.h"

#include <QLoggingCategory>
#include <QPointer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcServices)

namespace bg {

namespace {
constexpr qint64 kHoldS = 6 * 3600;
}  // namespace

HistorySource::HistorySource(CachePort* cache, QObject* parent, Clock clock)
    : QObject(parent), m_cache(cache), m_clock(std::move(clock)) {
    if (!m_clock) m_clock = [] { return QDateTime::currentDateTimeUtc(); };
}

QVector<TelemetryPoint> HistorySource::history(const QString& id, const QString& attr,
                                               const QDateTime& from, const QDateTime& to) const {
    if (!m_cache) return {};
    return m_cache->loadTelemetry(id, attr, from, to);
}

bool HistorySource::fillGaps(const QString& id, const QStringList& attrs, const QDateTime& from,
                             const QDateTime& to) {
    if (!m_fetch || !m_cache || attrs.isEmpty()) return false;
    const QString key = id + u'|' + QString::number(from.toSecsSinceEpoch() / 3600);
    if (m_done.contains(key)) return false;
    const QDateTime now = m_clock();
    if (auto it = m_pending.constFind(key);
        it != m_pending.constEnd() && it->secsTo(now) < m_retryAfterS)
        return false;
    // The gap is where the cache's first sample comes later than the window's start.
    QDateTime gapEnd;
    // Values are written when they change: a sample a while before `from` still covers it.
    const QDateTime lookBack = from.addSecs(-kHoldS);
    for (const QString& attr : attrs) {
        const QVector<TelemetryPoint> cached = m_cache->loadTelemetry(id, attr, lookBack, to);
        const QDateTime first = cached.isEmpty() ? to : std::max(cached.first().at, from);
        if (from.secsTo(first) > m_gapToleranceS && (!gapEnd.isValid() || first > gapEnd))
            gapEnd = first;
    }
    if (!gapEnd.isValid()) {
        m_done.insert(key);
        return false;
    }
    m_pending.insert(key, now);
    ++m_requests;
    QPointer<HistorySource> self(this);
    m_fetch(id, attrs, from, gapEnd, [self, id, key](Result<QVector<TelemetryPoint>> result) {
        if (!self) return;
        if (!result) {
            qCInfo(lcServices).noquote()
                << "history of" << id << "not available from the hub:" << result.error();
            self->m_pending.insert(key, self->m_clock());
            Q_EMIT self->fillFailed(id, result.error());
            return;
        }
        self->m_pending.remove(key);
        self->m_done.insert(key);
        const QVector<TelemetryPoint> points = std::move(result).value();
        qCDebug(lcServices).noquote()
            << "history of" << id << "from the hub:" << points.size() << "samples";
        self->m_cache->storeTelemetry(id, points);
        Q_EMIT self->filled(id, int(points.size()));
    });
    return true;
}

}  // namespace bg
