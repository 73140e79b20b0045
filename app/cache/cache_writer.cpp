#include "cache/cache_writer.h"

#include "cache/cache_log.h"
#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace bg {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

struct PendingOp {
    quint64 seq = 0;
    QString label;
    WriteOp op;
    bool failed = false;  // reported through writeFailed; not run again on a retry
};

}  // namespace

struct CacheWriter::Shared {
    std::mutex mutex;
    std::condition_variable wake;  // the writer waits here for ops, a flush or stop
    std::condition_variable done;  // flush() and start() wait here for the writer's progress
    std::deque<PendingOp> queue;
    quint64 lastSubmitted = 0;  // seq of the newest accepted op
    quint64 lastDone = 0;       // every op with seq <= this is committed or reported failed
    quint64 flushTarget = 0;    // a flush() waits for this seq: skip the batching window
    bool stopping = false;
    bool running = false;  // the thread is up with an open connection
    bool openFinished = false;
    QString openError;
    CacheOpenReport openReport;
    std::thread thread;

    std::atomic<qint64> batches{0};
    std::atomic<qint64> committed{0};
    std::atomic<qint64> failed{0};
};

CacheWriter::CacheWriter(QString path, SchemaManager schema, CacheWriterOptions options,
                         QObject* parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_schema(std::move(schema)),
      m_options(options),
      m_shared(std::make_shared<Shared>()) {
    m_options.batchWindowMs = std::max(0, m_options.batchWindowMs);
    m_options.maxBatch = std::max(1, m_options.maxBatch);
    m_options.retryInitialMs = std::max(1, m_options.retryInitialMs);
    m_options.retryMaxMs = std::max(m_options.retryInitialMs, m_options.retryMaxMs);
}

CacheWriter::~CacheWriter() {
    stop();
}

Status CacheWriter::start(CacheOpenReport* report) {
    Shared& s = *m_shared;
    std::unique_lock lock(s.mutex);
    if (s.thread.joinable() || s.stopping)
        return Status::fail(QStringLiteral("cache writer for %1 was already started").arg(m_path));
    s.thread = std::thread([this, shared = m_shared] { run(shared); });
    s.done.wait(lock, [&] { return s.openFinished; });
    if (report) *report = s.openReport;
    if (!s.running) {
        // Without a connection nothing submitted could ever be written: refuse from now on
        // rather than accept ops that would be lost.
        s.stopping = true;
        const QString error = s.openError;
        const size_t stranded = s.queue.size();
        lock.unlock();
        s.thread.join();
        if (stranded > 0)
            qCCritical(lcCache).noquote()
                << QStringLiteral("%1 cache writes submitted before start() are NOT saved: %2")
                       .arg(stranded)
                       .arg(error);
        return Status::fail(error);
    }
    return Status::ok();
}

bool CacheWriter::submit(QString label, WriteOp op) {
    Shared& s = *m_shared;
    {
        std::lock_guard lock(s.mutex);
        if (!s.stopping) {
            s.queue.push_back({++s.lastSubmitted, std::move(label), std::move(op)});
            s.wake.notify_one();
            return true;
        }
    }
    qCWarning(lcCache).noquote() << QStringLiteral(
                                        "cache write \"%1\" refused: the writer of %2 is stopping")
                                        .arg(label, m_path);
    return false;
}

bool CacheWriter::flush() {
    Shared& s = *m_shared;
    VERIFY_OR_DEBUG_ASSERT(std::this_thread::get_id() != s.thread.get_id()) {
        return false;
    }
    std::unique_lock lock(s.mutex);
    if (!s.running) return s.lastDone >= s.lastSubmitted;
    const quint64 target = s.lastSubmitted;
    s.flushTarget = std::max(s.flushTarget, target);
    s.wake.notify_one();
    s.done.wait(lock, [&] { return s.lastDone >= target || !s.running; });
    return s.lastDone >= target;
}

void CacheWriter::stop() {
    Shared& s = *m_shared;
    {
        std::lock_guard lock(s.mutex);
        s.stopping = true;
        s.wake.notify_one();
        if (!s.thread.joinable()) {
            if (!s.queue.empty())
                qCCritical(lcCache).noquote()
                    << QStringLiteral(
                           "%1 cache writes were never saved: the writer of %2 was "
                           "never started")
                           .arg(s.queue.size())
                           .arg(m_path);
            return;
        }
    }
    s.thread.join();
}

bool CacheWriter::isRunning() const {
    std::lock_guard lock(m_shared->mutex);
    return m_shared->running;
}

qint64 CacheWriter::batchesCommitted() const {
    return m_shared->batches.load();
}
qint64 CacheWriter::opsCommitted() const {
    return m_shared->committed.load();
}
qint64 CacheWriter::opsFailed() const {
    return m_shared->failed.load();
}

namespace {

// Runs one batch in one transaction. Returns the storage failure that made it roll back as a
// whole, or nothing when it committed; `ok` counts the ops committed. Ops failing on their data
// are rolled back to their savepoint, marked failed and passed to `reportFailed`.
template <class ReportFailed>
std::optional<QString> tryBatch(QSqlDatabase& db, std::vector<PendingOp>& batch, qint64* ok,
                                ReportFailed&& reportFailed) {
    *ok = 0;
    auto abort = [&](const QString& why) -> std::optional<QString> {
        // SQLite may have rolled back by itself (full disk, I/O error); then this fails,
        // harmlessly.
        (void)sql::exec(db, QStringLiteral("ROLLBACK"));
        return why;
    };
    if (Status st = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !st) return st.error();
    for (PendingOp& p : batch) {
        if (p.failed) continue;
        if (Status st = sql::exec(db, QStringLiteral("SAVEPOINT op")); !st)
            return abort(st.error());
        Status result = Status::ok();
        try {
            result = p.op ? p.op(db) : Status::fail(QStringLiteral("empty operation"));
        } catch (const std::exception& e) {
            result =
                Status::fail(QStringLiteral("threw: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            result = Status::fail(QStringLiteral("threw an unknown exception"));
        }
        if (result) {
            if (Status st = sql::exec(db, QStringLiteral("RELEASE op")); !st)
                return abort(st.error());
            ++*ok;
            continue;
        }
        if (sql::isStorageFailure(result.error())) return abort(result.error());
        if (Status st = sql::exec(db, QStringLiteral("ROLLBACK TO op")); !st)
            return abort(st.error());
        if (Status st = sql::exec(db, QStringLiteral("RELEASE op")); !st) return abort(st.error());
        p.failed = true;
        reportFailed(p, result.error());
    }
    if (Status st = sql::exec(db, QStringLiteral("COMMIT")); !st) return abort(st.error());
    return std::nullopt;
}

}  // namespace

void CacheWriter::run(std::shared_ptr<Shared> shared) {
    Shared& s = *shared;
    if (QThread* self = QThread::currentThread())
        self->setObjectName(QStringLiteral("cache-writer"));

    CacheOpenReport report;
    Result<ScopedConnection> opened =
        openCacheForWriting(m_path, m_schema, &report, m_options.open);
    {
        std::lock_guard lock(s.mutex);
        s.openFinished = true;
        s.openReport = report;
        s.running = opened.isOk();
        if (!opened) s.openError = opened.error();
    }
    s.done.notify_all();
    if (!opened) return;
    ScopedConnection connection = std::move(opened).value();
    QSqlDatabase& db = connection.db();

    auto reportFailed = [&](const PendingOp& p, const QString& message) {
        s.failed.fetch_add(1);
        qCWarning(lcCache).noquote()
            << QStringLiteral("cache write \"%1\" failed, none of it is saved: %2")
                   .arg(p.label, message);
        Q_EMIT writeFailed(p.label, message);
    };

    std::vector<PendingOp> batch;
    for (;;) {
        batch.clear();
        {
            std::unique_lock lock(s.mutex);
            s.wake.wait(lock, [&] { return !s.queue.empty() || s.stopping; });
            if (s.queue.empty()) break;  // stopping, and everything accepted is written
            // Batching: one commit (one fsync) for everything that arrives in the window.
            const auto deadline = Clock::now() + milliseconds(m_options.batchWindowMs);
            s.wake.wait_until(lock, deadline, [&] {
                return s.queue.size() >= size_t(m_options.maxBatch) || s.stopping ||
                       s.flushTarget > s.lastDone;
            });
            const size_t take = std::min(s.queue.size(), size_t(m_options.maxBatch));
            for (size_t i = 0; i < take; ++i) {
                batch.push_back(std::move(s.queue.front()));
                s.queue.pop_front();
            }
        }

        int backoffMs = m_options.retryInitialMs;
        bool hadStorageError = false;
        std::optional<Clock::time_point> giveUpAt;
        for (;;) {
            qint64 ok = 0;
            const std::optional<QString> failure = tryBatch(db, batch, &ok, reportFailed);
            if (!failure) {
                s.batches.fetch_add(1);
                s.committed.fetch_add(ok);
                qCDebug(lcCache) << "committed a batch of" << ok << "ops";
                if (hadStorageError) {
                    qCInfo(lcCache).noquote()
                        << QStringLiteral("cache %1 writes again after a storage error")
                               .arg(m_path);
                    Q_EMIT storageRecovered();
                }
                break;
            }
            hadStorageError = true;
            const QString message =
                QStringLiteral(
                    "cannot save %1 cache writes to %2: %3; keeping them and retrying "
                    "in %4 ms")
                    .arg(batch.size())
                    .arg(m_path, *failure)
                    .arg(backoffMs);
            qCWarning(lcCache).noquote() << message;
            Q_EMIT storageError(message);

            std::unique_lock lock(s.mutex);
            if (s.stopping) {
                if (!giveUpAt) giveUpAt = Clock::now() + milliseconds(m_options.stopRetryMs);
                if (Clock::now() >= *giveUpAt) {
                    lock.unlock();
                    qCCritical(lcCache).noquote()
                        << QStringLiteral(
                               "giving up at shutdown: %1 cache writes to %2 are NOT "
                               "saved: %3")
                               .arg(batch.size())
                               .arg(m_path, *failure);
                    for (const PendingOp& p : batch) {
                        if (!p.failed)
                            reportFailed(p,
                                         QStringLiteral("not saved at shutdown: %1").arg(*failure));
                    }
                    break;
                }
            }
            // Wake early only for stop(), so the shutdown deadline starts counting at once.
            const bool wasStopping = s.stopping;
            s.wake.wait_for(lock, milliseconds(backoffMs),
                            [&] { return s.stopping && !wasStopping; });
            backoffMs = std::min(backoffMs * 2, m_options.retryMaxMs);
        }

        {
            std::lock_guard lock(s.mutex);
            s.lastDone = batch.back().seq;
        }
        s.done.notify_all();
    }

    connection.reset();
    {
        std::lock_guard lock(s.mutex);
        s.running = false;
    }
    s.done.notify_all();
}

}  // namespace bg
