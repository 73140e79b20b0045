#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

/// Small SQL helpers shared by the cache's schema manager, writer and repositories.
namespace bg::sql {

/// SQLite's own error text (e.g. "database or disk is full") with its code, for messages to
/// people and for isStorageFailure().
QString describeError(const QSqlError& error);

/// Runs a prepared query; on failure the message names `what` and SQLite's error.
Status exec(QSqlQuery& query, const QString& what);

/// Runs one SQL statement (no bound values) on `db`.
Status exec(QSqlDatabase& db, const QString& statement);

/// True when `message` carries an SQLite error that is about the storage rather than the data
/// (full disk, I/O error, locked, out of memory, read-only file, corruption): retrying later may
/// succeed, so the writer keeps the batch instead of dropping the op.
bool isStorageFailure(const QString& message);

/// Times are stored as ISO-8601 UTC text with milliseconds ("2026-11-25T02:28:17.123Z") so that
/// text order is time order; an invalid time is NULL.
QVariant timeToSql(const QDateTime& time);
QDateTime timeFromSql(const QVariant& value);

/// NaN (unknown) is NULL and back.
QVariant realToSql(double value);
double realFromSql(const QVariant& value);

/// An empty string is stored as NULL only where the column means "unknown"; other text is kept.
QVariant textOrNull(const QString& text);

}  // namespace bg::sql
