#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QSqlDatabase;

namespace bg {

/// One numbered schema step, read from `resources/sql/NNNN_name.sql`.
struct Migration {
    int version = 0;  ///< NNNN: 1 for the first file; versions are 1..N without gaps
    QString name;     ///< the file name ("0001_init.sql"), used in every message about it
    QString sql;      ///< the file's statements; no BEGIN/COMMIT (the manager adds them)
};

/// Reads the migrations in `dir` (by default the ones compiled into bitgoeul_cache). Every `*.sql`
/// file must be named NNNN_name.sql and the versions must run 1..N; a gap, a duplicate or a
/// badly named file is an error naming the file.
Result<QVector<Migration>> loadMigrations(const QString& dir = QStringLiteral(":/sql"));

/// Splits a migration file into single statements, because QSqlQuery runs only the first
/// statement of a string. Understands '…' and "…" literals (a `;` inside them is not an end),
/// `--` and `/* */` comments (dropped). Refuses what it cannot run correctly: CREATE TRIGGER (its
/// body holds `;`), transaction control (the manager owns the transaction), an unterminated
/// literal or comment.
Result<QStringList> splitSqlStatements(const QString& sql);

enum class SchemaOutcome {
    Created,       ///< the file was empty and now has the latest schema
    UpToDate,      ///< nothing to do
    Upgraded,      ///< older schema, migrated to the latest
    NewerThanApp,  ///< written by a newer program: refused, the file was not touched
    Failed,        ///< a migration failed: rolled back, the file stays at `toVersion`
};

struct SchemaResult {
    SchemaOutcome outcome = SchemaOutcome::Failed;
    int fromVersion = 0;  ///< user_version found in the file
    int toVersion = 0;    ///< user_version the file has now
    QString message;      ///< for the log and for people; names the file and SQLite's error
};

/// Brings a cache file's schema to the latest migration. The version is SQLite's
/// `PRAGMA user_version`; each migration runs in its own transaction together with its version
/// bump, so a failure leaves the file exactly at the previous version.
///
/// Threading: immutable after construction; apply() may run on any thread, with a connection
/// opened on that thread (the cache writer's, at open).
class SchemaManager {
public:
    /// `migrations` as returned by loadMigrations(): versions 1..N in order.
    explicit SchemaManager(QVector<Migration> migrations);

    int latestVersion() const;
    const QVector<Migration>& migrations() const { return m_migrations; }

    /// Reads the file's version and applies the missing migrations. `db` must be open and not in
    /// a transaction. A file newer than latestVersion() is refused untouched.
    SchemaResult apply(QSqlDatabase& db) const;

    /// Only reads the version; -1 with `error` set when it cannot be read.
    static int currentVersion(QSqlDatabase& db, QString* error = nullptr);

private:
    QVector<Migration> m_migrations;
};

/// "Created", "UpToDate" … for logs.
QString schemaOutcomeName(SchemaOutcome outcome);

}  // namespace bg
