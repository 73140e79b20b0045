#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <limits>

namespace bg::sql {

QString describeError(const QSqlError& error) {
    QString text = error.databaseText();
    if (text.isEmpty()) text = error.driverText();
    if (text.isEmpty()) text = QStringLiteral("unknown error");
    if (!error.nativeErrorCode().isEmpty())
        text += QStringLiteral(" (SQLite code %1)").arg(error.nativeErrorCode());
    return text;
}

Status exec(QSqlQuery& query, const QString& what) {
    if (query.exec()) return Status::ok();
    return Status::fail(QStringLiteral("%1: %2").arg(what, describeError(query.lastError())));
}

Status exec(QSqlDatabase& db, const QString& statement) {
    QSqlQuery query(db);
    if (query.exec(statement)) return Status::ok();
    return Status::fail(
        QStringLiteral("%1: %2").arg(statement.simplified(), describeError(query.lastError())));
}

bool isStorageFailure(const QString& message) {
    // SQLite's English error strings (sqlite3ErrStr) are fixed by its API; the primary codes are
    // matched too because an extended I/O code reads "(SQLite code 1290)" and the like.
    static const char* const kTexts[] = {
        "database or disk is full",
        "disk I/O error",
        "database is locked",
        "database table is locked",
        "out of memory",
        "attempt to write a readonly database",
        "unable to open database file",
        "database disk image is malformed",
    };
    for (const char* text : kTexts) {
        if (message.contains(QLatin1String(text), Qt::CaseInsensitive)) return true;
    }
    return false;
}

QVariant timeToSql(const QDateTime& time) {
    if (!time.isValid()) return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromSql(const QVariant& value) {
    if (value.isNull()) return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant realToSql(double value) {
    if (std::isnan(value)) return QVariant(QMetaType::fromType<double>());
    return value;
}

double realFromSql(const QVariant& value) {
    if (value.isNull()) return std::numeric_limits<double>::quiet_NaN();
    return value.toDouble();
}

QVariant textOrNull(const QString& text) {
    if (text.isEmpty()) return QVariant(QMetaType::fromType<QString>());
    return text;
}

}  // namespace bg::sql
