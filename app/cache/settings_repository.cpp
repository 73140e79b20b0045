#include "cache/settings_repository.h"

#include "cache/sql_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace bg {

WriteOp SettingsRepository::set(QString key, QString value) {
    return [key = std::move(key), value = std::move(value)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
        return sql::exec(q, QStringLiteral("set setting %1").arg(key));
    };
}

WriteOp SettingsRepository::remove(QString key) {
    return [key = std::move(key)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(key);
        return sql::exec(q, QStringLiteral("remove setting %1").arg(key));
    };
}

Result<std::optional<QString>> SettingsRepository::get(QSqlDatabase& db, const QString& key) {
    using R = Result<std::optional<QString>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = sql::exec(q, QStringLiteral("read setting %1").arg(key)); !s)
        return R::fail(s.error());
    if (!q.next()) return R::ok(std::nullopt);
    return R::ok(q.value(0).toString());
}

}  // namespace bg
