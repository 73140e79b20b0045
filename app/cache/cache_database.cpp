#include "cache/cache_database.h"

#include "cache/cache_log.h"
#include "cache/sql_support.h"
#include "core/seoul_time.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace bg {

QString defaultCachePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/cache.sqlite");
}

QString uniqueConnectionName(const QString& purpose) {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("bitgoeul.cache.%1.%2").arg(purpose).arg(++counter);
}

ScopedConnection::ScopedConnection(QSqlDatabase db) : m_db(std::move(db)) {}

ScopedConnection::~ScopedConnection() {
    reset();
}

ScopedConnection::ScopedConnection(ScopedConnection&& other) noexcept : m_db(other.m_db) {
    other.m_db = QSqlDatabase();
}

ScopedConnection& ScopedConnection::operator=(ScopedConnection&& other) noexcept {
    if (this != &other) {
        reset();
        m_db = other.m_db;
        other.m_db = QSqlDatabase();
    }
    return *this;
}

void ScopedConnection::reset() {
    const QString name = m_db.connectionName();
    if (name.isEmpty()) return;
    m_db.close();
    m_db = QSqlDatabase();  // removeDatabase() needs the last handle to the connection gone
    QSqlDatabase::removeDatabase(name);
}

namespace {

// The 16 bytes every SQLite 3 database file starts with.
constexpr char kSqliteMagic[] = "SQLite format 3";  // + its terminating NUL = 16 bytes
constexpr qint64 kMagicSize = 16;
constexpr qint64 kHeaderSize = 100;

enum class HeaderState { Empty, Truncated, Sqlite, Garbage, Unreadable };

HeaderState inspectHeader(const QString& path, QString* why) {
    QFile file(path);
    if (!file.exists()) return HeaderState::Empty;
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return HeaderState::Unreadable;
    }
    const qint64 size = file.size();
    if (size == 0) return HeaderState::Empty;
    const QByteArray head = file.read(kMagicSize);
    const QByteArray magic(kSqliteMagic, kMagicSize);
    if (head != magic.left(head.size())) {
        *why = QStringLiteral("it does not start with the SQLite header");
        return HeaderState::Garbage;
    }
    return size < kHeaderSize ? HeaderState::Truncated : HeaderState::Sqlite;
}

// SQLite's answers that mean the bytes are damaged, as opposed to a lock or a missing permission.
bool meansCorrupt(const QSqlError& error) {
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("26") || code == QLatin1String("11") ||  // NOTADB, CORRUPT
           error.databaseText().contains(QLatin1String("not a database")) ||
           error.databaseText().contains(QLatin1String("malformed"));
}

enum class AttemptKind { Opened, Corrupt, Refused };

struct Attempt {
    AttemptKind kind = AttemptKind::Refused;
    QString reason;
    ScopedConnection connection;
};

Attempt attemptOpen(const QString& path, const SchemaManager& schema,
                    const CacheOpenOptions& options, CacheOpenReport* report) {
    Attempt attempt;
    auto refuse = [&](QString reason) {
        attempt.kind = AttemptKind::Refused;
        attempt.reason = std::move(reason);
        attempt.connection.reset();
        return std::move(attempt);
    };
    auto corrupt = [&](QString reason) {
        attempt.kind = AttemptKind::Corrupt;
        attempt.reason = std::move(reason);
        attempt.connection.reset();
        return std::move(attempt);
    };

    QString why;
    switch (inspectHeader(path, &why)) {
        case HeaderState::Unreadable:
            return refuse(QStringLiteral("cannot read cache file %1: %2").arg(path, why));
        case HeaderState::Garbage:
            return corrupt(why);
        case HeaderState::Truncated: {
            // Shorter than the 100-byte header: a crash while creating it, no data in it yet.
            qCInfo(lcCache).noquote()
                << QStringLiteral(
                       "cache file %1 is truncated before the end of its header; "
                       "treating it as empty")
                       .arg(path);
            QFile file(path);
            if (!file.resize(0))
                return refuse(QStringLiteral("cannot reset truncated cache file %1: %2")
                                  .arg(path, file.errorString()));
            break;
        }
        case HeaderState::Empty:
        case HeaderState::Sqlite:
            break;
    }

    attempt.connection = ScopedConnection(QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"), uniqueConnectionName(QStringLiteral("write"))));
    QSqlDatabase& conn = attempt.connection.db();
    conn.setDatabaseName(path);
    conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!conn.open())
        return refuse(QStringLiteral("cannot open cache file %1: %2")
                          .arg(path, sql::describeError(conn.lastError())));

    // Queries live in their own scope: the connection may be removed on a failure below, and Qt
    // warns when a query still refers to a removed connection.
    QString corruptWhy;
    QString refuseWhy;
    {
        // quick_check reads every page; without it, reading the schema still catches a file
        // whose header is fine but whose first page is not.
        QSqlQuery query(conn);
        const QString check = options.quickCheck
                                  ? QStringLiteral("PRAGMA quick_check")
                                  : QStringLiteral("SELECT count(*) FROM sqlite_master");
        if (!query.exec(check)) {
            const QSqlError error = query.lastError();
            if (meansCorrupt(error))
                corruptWhy = sql::describeError(error);
            else
                refuseWhy = QStringLiteral("cannot read cache file %1: %2")
                                .arg(path, sql::describeError(error));
        } else if (options.quickCheck) {
            QStringList problems;
            while (query.next()) problems << query.value(0).toString();
            if (problems != QStringList{QStringLiteral("ok")}) {
                // quick_check can list thousands of problems; the first few say enough.
                QString text = problems.join(QLatin1Char('\n')).simplified();
                if (text.size() > 200) text = text.left(200) + QStringLiteral(" …");
                corruptWhy = QStringLiteral("quick_check: %1").arg(text);
            }
        }
    }
    if (!corruptWhy.isEmpty()) return corrupt(corruptWhy);
    if (!refuseWhy.isEmpty()) return refuse(refuseWhy);

    if (Status s = sql::exec(conn, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return refuse(s.error());

    // The schema runs before WAL is switched on: setting WAL writes the file header, and a file
    // of a newer program must stay byte for byte as it was.
    const SchemaResult schemaResult = schema.apply(conn);
    if (report) report->schema = schemaResult;
    if (schemaResult.outcome == SchemaOutcome::NewerThanApp ||
        schemaResult.outcome == SchemaOutcome::Failed)
        return refuse(schemaResult.message);

    {
        QSqlQuery query(conn);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
            refuseWhy = QStringLiteral("cannot switch cache file %1 to WAL: %2")
                            .arg(path, sql::describeError(query.lastError()));
        } else if (const QString mode = query.value(0).toString();
                   mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            refuseWhy = QStringLiteral(
                            "cache file %1 stays in journal mode '%2' instead of WAL "
                            "(a network or read-only file system?): readers would "
                            "wait for the writer; put the cache on a local disk")
                            .arg(path, mode);
        }
    }
    if (!refuseWhy.isEmpty()) return refuse(refuseWhy);
    if (Status s = sql::exec(conn, QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
        return refuse(s.error());

    attempt.kind = AttemptKind::Opened;
    return attempt;
}

// Renames `path` (and its -wal, -shm, -journal) to a free `<path>.corrupt-<stamp>` name.
Result<QString> moveAside(const QString& path) {
    const QString stamp =
        toSeoul(QDateTime::currentDateTimeUtc()).toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);

    if (!QFile::rename(path, target))
        return Result<QString>::fail(
            QStringLiteral("cannot move damaged cache file %1 aside to %2").arg(path, target));
    // A stale -wal left beside a fresh file would be replayed into it, so the companions must go
    // with the file they belong to.
    for (const QString& suffix :
         {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            return Result<QString>::fail(QStringLiteral("moved damaged cache file %1 to %2 but "
                                                        "cannot move its %3 file")
                                             .arg(path, target, suffix));
    }
    return Result<QString>::ok(target);
}

}  // namespace

Result<ScopedConnection> openCacheForWriting(const QString& path, const SchemaManager& schema,
                                             CacheOpenReport* report,
                                             const CacheOpenOptions& options) {
    using R = Result<ScopedConnection>;
    CacheOpenReport local;
    CacheOpenReport& rep = report ? *report : local;
    rep = CacheOpenReport{};
    rep.path = path;
    rep.schema.message = QStringLiteral("schema not checked");

    auto fail = [&](const QString& message) {
        rep.message = message;
        qCWarning(lcCache).noquote() << message;
        return R::fail(message);
    };

    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the cache folder %1").arg(folder));

    Attempt attempt = attemptOpen(path, schema, options, &rep);
    if (attempt.kind == AttemptKind::Corrupt) {
        const Result<QString> moved = moveAside(path);
        if (!moved)
            return fail(QStringLiteral("cache file %1 is damaged (%2) and %3")
                            .arg(path, attempt.reason, moved.error()));
        rep.movedAsidePath = moved.value();
        qCWarning(lcCache).noquote()
            << QStringLiteral(
                   "cache file %1 is damaged (%2): moved it to %3 and starting a "
                   "fresh cache")
                   .arg(path, attempt.reason, rep.movedAsidePath);
        attempt = attemptOpen(path, schema, options, &rep);
        if (attempt.kind == AttemptKind::Corrupt)
            return fail(QStringLiteral("a fresh cache file %1 is damaged again right after "
                                       "creation (%2): is the disk failing?")
                            .arg(path, attempt.reason));
    }
    if (attempt.kind != AttemptKind::Opened) return fail(attempt.reason);

    rep.message = rep.schema.message;
    if (!rep.movedAsidePath.isEmpty())
        rep.message += QStringLiteral("; the damaged file was moved to %1").arg(rep.movedAsidePath);
    qCInfo(lcCache).noquote() << QStringLiteral("opened cache for writing: %1").arg(rep.message);
    return R::ok(std::move(attempt.connection));
}

Result<ScopedConnection> openReadConnection(const QString& path, int busyTimeoutMs) {
    using R = Result<ScopedConnection>;
    // Read-only connections cannot create the file; say so rather than SQLite's "unable to open".
    if (!QFileInfo::exists(path))
        return R::fail(
            QStringLiteral("cache file %1 does not exist (the writer creates it)").arg(path));
    ScopedConnection connection(QSqlDatabase::addDatabase(
        QStringLiteral("QSQLITE"), uniqueConnectionName(QStringLiteral("read"))));
    QSqlDatabase& db = connection.db();
    db.setDatabaseName(path);
    db.setConnectOptions(
        QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!db.open())
        return R::fail(QStringLiteral("cannot open cache file %1 for reading: %2")
                           .arg(path, sql::describeError(db.lastError())));
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return R::fail(QStringLiteral("cannot read cache file %1: %2")
                           .arg(path, sql::describeError(probe.lastError())));
    probe.finish();
    return R::ok(std::move(connection));
}

}  // namespace bg
