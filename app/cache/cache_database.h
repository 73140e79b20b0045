#pragma once

#include "cache/schema_manager.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace bg {

/// `<AppDataLocation>/cache.sqlite`, e.g. ~/.local/share/bitgoeul/bitgoeul/cache.sqlite.
QString defaultCachePath();

/// What opening the cache found and did, for the log and the status bar.
struct CacheOpenReport {
    QString path;            ///< the cache file
    SchemaResult schema;     ///< what the schema manager did (Failed when it never ran)
    QString movedAsidePath;  ///< where a corrupt file was moved; empty when none was
    QString message;         ///< one line for people summing up the above
};

/// Owns one named QSqlDatabase connection: closes it and calls QSqlDatabase::removeDatabase()
/// when destroyed, which Qt requires once no QSqlDatabase object uses the name any more. Hand
/// `db()` by reference; a copy of the QSqlDatabase kept past this object's life keeps Qt's
/// "connection is still in use" warning alive.
///
/// Threading: a connection may be used only on the thread that opened it; create, use and
/// destroy a ScopedConnection on one thread.
class ScopedConnection {
public:
    ScopedConnection() = default;
    /// Takes over `db`, which must be the only QSqlDatabase object of its connection name.
    explicit ScopedConnection(QSqlDatabase db);
    ~ScopedConnection();
    ScopedConnection(ScopedConnection&& other) noexcept;
    ScopedConnection& operator=(ScopedConnection&& other) noexcept;
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase& db() { return m_db; }
    QString connectionName() const { return m_db.connectionName(); }

    /// Closes and removes the connection now.
    void reset();

private:
    QSqlDatabase m_db;
};

struct CacheOpenOptions {
    int busyTimeoutMs = 5000;  ///< how long a statement waits for another connection's lock
    /// Run `PRAGMA quick_check` at open: it reads every page once (about a second per few hundred
    /// MB) but finds damage before the console trusts the data.
    bool quickCheck = true;
};

/// Opens the cache file for the single writer, creating its folder and the file when missing.
/// Sets WAL (verified: readers must never wait for the writer), synchronous=NORMAL (WAL keeps the
/// file consistent on power loss; at worst the last commits are lost), foreign_keys=ON and a busy
/// timeout, then brings the schema up to date.
/// A corrupt or unreadable file (not a database, damaged header, quick_check not "ok") is renamed
/// to `<file>.corrupt-<yyyyMMdd-HHmmss>` with its -wal/-shm — never deleted — and a fresh cache is
/// created; an empty or truncated file (shorter than SQLite's header) counts as empty. A file of
/// a newer schema is refused untouched and nothing is moved.
/// `report`, when given, is filled on success and on failure.
Result<ScopedConnection> openCacheForWriting(const QString& path, const SchemaManager& schema,
                                             CacheOpenReport* report = nullptr,
                                             const CacheOpenOptions& options = {});

/// Opens a read-only connection of its own (QSQLITE_OPEN_READONLY) for a reader thread. With WAL
/// it reads the last committed state while the writer writes, without waiting.
Result<ScopedConnection> openReadConnection(const QString& path, int busyTimeoutMs = 5000);

/// A connection name unique in the process: "bitgoeul.cache.<purpose>.<n>".
QString uniqueConnectionName(const QString& purpose);

}  // namespace bg
