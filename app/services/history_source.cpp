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
    : QObject(parent),
      m_cache(cache),
      m_clock(std::move(clock)),
      m_loader(new QThread(this)),
      m_loaderContext(new QObject) {
    if (!m_clock) m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_loader->setObjectName(QStringLiteral("history loader"));
    m_loaderContext->moveToThread(m_loader);
    connect(m_loader, &QThread::finished, m_loaderContext, &QObject::deleteLater);
    m_loader->start();
}

HistorySource::~HistorySource() {
    m_loader->quit();
    m_loader->wait();
}

QVector<TelemetryPoint> HistorySource::history(const QString& id, const QString& attr,
                                               const QDateTime& from, const QDateTime& to) const {
    if (!m_cache) return {};
    return m_cache->loadTelemetry(id, attr, from, to);
}

bool HistorySource::shouldCheck(const QString& key, const QDateTime& now) const {
    if (m_done.contains(key)) return false;
    const auto it = m_pending.constFind(key);
    return it == m_pending.constEnd() || it->secsTo(now) >= m_retryAfterS;
}

QDateTime HistorySource::gapEnd(const QString& id, const QStringList& attrs, const QDateTime& from,
                                const QDateTime& to) const {
    // The gap is where the cache's first sample comes later than the window's start.
    QDateTime end;
    // Values are written when they change: a sample a while before `from` still covers it.
    const QDateTime lookBack = from.addSecs(-kHoldS);
    for (const QString& attr : attrs) {
        const QVector<TelemetryPoint> cached = m_cache->loadTelemetry(id, attr, lookBack, to);
        const QDateTime first = cached.isEmpty() ? to : std::max(cached.first().at, from);
        if (from.secsTo(first) > m_gapToleranceS && (!end.isValid() || first > end)) end = first;
    }
    return end;
}

bool HistorySource::fillGaps(const QString& id, const QStringList& attrs, const QDateTime& from,
                             const QDateTime& to) {
    if (!m_fetch || !m_cache || attrs.isEmpty()) return false;
    const QString key = id + u'|' + QString::number(from.toSecsSinceEpoch() / 3600);
    const QDateTime now = m_clock();
    if (!shouldCheck(key, now)) return false;
    return request(id, attrs, from, gapEnd(id, attrs, from, to), key, now);
}

void HistorySource::fillGapsInBackground(const QString& id, const QStringList& attrs,
                                         const QDateTime& from, const QDateTime& to) {
    if (!m_fetch || !m_cache || attrs.isEmpty()) return;
    const QString key = id + u'|' + QString::number(from.toSecsSinceEpoch() / 3600);
    const QDateTime now = m_clock();
    if (!shouldCheck(key, now)) return;
    m_pending.insert(key, now);  // not checked again while the read is on its way
    runInBackground(
        this, [this, id, attrs, from, to] { return gapEnd(id, attrs, from, to); },
        [this, id, attrs, from, key](const QDateTime& end) {
            request(id, attrs, from, end, key, m_clock());
        });
}

bool HistorySource::request(const QString& id, const QStringList& attrs, const QDateTime& from,
                            const QDateTime& gapEnd, const QString& key, const QDateTime& now) {
    if (!gapEnd.isValid()) {
        m_pending.remove(key);
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
