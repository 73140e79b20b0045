#pragma once

#include "cache/cache_database.h"
#include "cache/schema_manager.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSqlDatabase;

namespace bg {

/// One write to the cache, run on the writer thread with its connection, inside a transaction
/// the writer owns (never BEGIN/COMMIT in an op). An op may run more than once: after a storage
/// failure its batch is rolled back and run again, so it must have no effect outside the database.
using WriteOp = std::function<Status(QSqlDatabase&)>;

struct CacheWriterOptions {
    int batchWindowMs = 20;    ///< after the first op arrives, wait this long for more to batch
    int maxBatch = 500;        ///< ops per transaction at most
    int retryInitialMs = 100;  ///< first wait after a failed commit; doubles each time …
    int retryMaxMs = 5000;     ///< … up to this
    /// At stop(), how long a failing commit is still retried before the batch is given up — loudly:
    /// every op is reported through writeFailed and a critical log line. Never silently.
    int stopRetryMs = 10000;
    CacheOpenOptions open;
};

/// The cache's single writer: one thread owns the write connection; every write is a WriteOp
/// submitted from any thread. Ops queued within batchWindowMs (up to maxBatch) commit in one
/// transaction — one fsync instead of hundreds — each inside its own SAVEPOINT so a failing op
/// is rolled back alone and reported while the others commit. A failed COMMIT or a storage error
/// (full disk, I/O error) keeps the whole batch and retries it with backoff.
///
/// Threading: submit(), flush() and the counters are thread-safe. start() and stop() are called
/// by the owner's thread. Signals are emitted from the writer thread: connect with
/// Qt::QueuedConnection (the default AutoConnection does that for receivers in other threads).
class CacheWriter : public QObject {
    Q_OBJECT

public:
    CacheWriter(QString path, SchemaManager schema, CacheWriterOptions options = {},
                QObject* parent = nullptr);
    /// Stops (flushing) if still running.
    ~CacheWriter() override;

    /// Starts the thread, which opens the cache (see openCacheForWriting()); returns once it is
    /// open or has failed. `report` receives what opening found.
    Status start(CacheOpenReport* report = nullptr);

    /// Queues `op`; `label` names it in error messages ("upsert 120 entities"). Ops submitted
    /// before start() wait for it. Returns false, logging, once stop() has begun: the op is not
    /// accepted.
    bool submit(QString label, WriteOp op);

    /// Blocks until every op submitted before the call is committed or reported failed. False when
    /// the writer is not running or it is called from an op (it would wait for itself).
    bool flush();

    /// Flushes and ends the thread; the write connection is closed. Idempotent.
    void stop();

    bool isRunning() const;
    QString path() const { return m_path; }

    qint64 batchesCommitted() const;
    qint64 opsCommitted() const;
    qint64 opsFailed() const;

Q_SIGNALS:
    /// An op failed and was rolled back alone; the rest of its batch committed.
    void writeFailed(const QString& label, const QString& message);
    /// A commit failed (full disk, I/O error …); the batch is kept and retried.
    void storageError(const QString& message);
    /// A commit succeeded after storageError().
    void storageRecovered();

private:
    struct Shared;
    void run(std::shared_ptr<Shared> shared);

    QString m_path;
    SchemaManager m_schema;
    CacheWriterOptions m_options;
    std::shared_ptr<Shared> m_shared;
};

}  // namespace bg
