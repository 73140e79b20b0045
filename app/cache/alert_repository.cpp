#include "cache/alert_repository.h"

#include "cache/cache_log.h"
#include "cache/sql_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bg {

WriteOp AlertRepository::upsertAlert(Alert a) {
    const QDateTime updatedAt =
        a.modifiedAt.isValid() ? a.modifiedAt : QDateTime::currentDateTimeUtc();
    return [a = std::move(a), updatedAt](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO alerts (id, category, severity, state, source_id, lon, lat, description, "
            "raised_at, updated_at, repeat_count, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET category = excluded.category, severity = "
            "excluded.severity, state = excluded.state, source_id = excluded.source_id, lon = "
            "excluded.lon, lat = excluded.lat, description = excluded.description, raised_at = "
            "excluded.raised_at, updated_at = excluded.updated_at, repeat_count = "
            "excluded.repeat_count, json = excluded.json"));
        q.addBindValue(a.id);
        q.addBindValue(enumName(a.category));
        q.addBindValue(enumName(a.severity));
        q.addBindValue(enumName(a.state));
        q.addBindValue(sql::textOrNull(a.sourceId));
        q.addBindValue(sql::realToSql(a.location.lon));
        q.addBindValue(sql::realToSql(a.location.lat));
        q.addBindValue(sql::textOrNull(a.description));
        q.addBindValue(sql::timeToSql(a.raisedAt));
        q.addBindValue(sql::timeToSql(updatedAt));
        q.addBindValue(a.repeatCount);
        // What the typed columns do not hold.
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("nameKo"), a.name.ko},
                                      {QStringLiteral("nameEn"), a.name.en},
                                      {QStringLiteral("dong"), a.dong},
                                      {QStringLiteral("simulated"), a.simulated},
                                      {QStringLiteral("snapshot"), a.snapshotPath},
                                      {QStringLiteral("tracks"),
                                       [&a] {
                                           QJsonArray t;
                                           for (int id : a.trackIds) t.append(id);
                                           return t;
                                       }()},
                                      {QStringLiteral("trackPath"), trackPathToJson(a.trackPath)}})
                .toJson(QJsonDocument::Compact)));
        return sql::exec(q, QStringLiteral("store alert %1").arg(a.id));
    };
}

WriteOp AlertRepository::recordTransition(AlertTransition t) {
    return [t = std::move(t)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO alert_transitions (alert_id, from_state, to_state, "
                           "user, at, note) VALUES (?,?,?,?,?,?)"));
        q.addBindValue(t.alertId);
        q.addBindValue(enumName(t.from));
        q.addBindValue(enumName(t.to));
        q.addBindValue(t.user);
        q.addBindValue(sql::timeToSql(t.at));
        q.addBindValue(sql::textOrNull(t.note));
        if (Status s = sql::exec(q, QStringLiteral("record transition of alert %1").arg(t.alertId));
            !s)
            return s;
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE alerts SET state = ?, updated_at = ? WHERE id = ?"));
        u.addBindValue(enumName(t.to));
        u.addBindValue(sql::timeToSql(t.at));
        u.addBindValue(t.alertId);
        return sql::exec(u, QStringLiteral("update state of alert %1").arg(t.alertId));
    };
}

Result<QVector<Alert>> AlertRepository::alerts(QSqlDatabase& db, std::optional<AlertState> state) {
    using R = Result<QVector<Alert>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, category, severity, state, source_id, lon, lat, "
                       "description, raised_at, updated_at, repeat_count, json FROM alerts ") +
        (state ? QStringLiteral("WHERE state = ? ") : QString()) +
        QStringLiteral("ORDER BY raised_at DESC"));
    if (state) q.addBindValue(enumName(*state));
    if (Status s = sql::exec(q, QStringLiteral("read alerts")); !s) return R::fail(s.error());
    QVector<Alert> out;
    while (q.next()) {
        Alert a;
        a.id = q.value(0).toString();
        a.category =
            enumFromName<AlertCategory>(q.value(1).toString()).value_or(AlertCategory::Other);
        a.severity = enumFromName<Severity>(q.value(2).toString()).value_or(Severity::Medium);
        a.state = enumFromName<AlertState>(q.value(3).toString()).value_or(AlertState::New);
        a.sourceId = q.value(4).toString();
        a.location = {sql::realFromSql(q.value(5)), sql::realFromSql(q.value(6))};
        a.description = q.value(7).toString();
        a.raisedAt = sql::timeFromSql(q.value(8));
        a.modifiedAt = sql::timeFromSql(q.value(9));
        a.repeatCount = q.value(10).toInt();
        const QJsonObject extra = QJsonDocument::fromJson(q.value(11).toByteArray()).object();
        a.name = {extra.value(u"nameKo").toString(), extra.value(u"nameEn").toString()};
        a.dong = extra.value(u"dong").toString();
        a.simulated = extra.value(u"simulated").toBool();
        a.snapshotPath = extra.value(u"snapshot").toString();
        for (const auto& t : extra.value(u"tracks").toArray()) a.trackIds.append(t.toInt());
        if (auto path = trackPathFromJson(extra.value(u"trackPath")))
            a.trackPath = std::move(path).value();
        else  // the alert itself is still good: keep it without its path
            qCWarning(lcCache).noquote() << "alert" << a.id << path.error();
        out.append(a);
    }
    return R::ok(out);
}

Result<QVector<AlertTransition>> AlertRepository::transitions(QSqlDatabase& db,
                                                              const QString& alertId) {
    using R = Result<QVector<AlertTransition>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT alert_id, from_state, to_state, user, at, note FROM "
                             "alert_transitions ") +
              (alertId.isEmpty() ? QString() : QStringLiteral("WHERE alert_id = ? ")) +
              QStringLiteral("ORDER BY id"));
    if (!alertId.isEmpty()) q.addBindValue(alertId);
    if (Status s = sql::exec(q, QStringLiteral("read alert transitions")); !s)
        return R::fail(s.error());
    QVector<AlertTransition> out;
    while (q.next()) {
        AlertTransition t;
        t.alertId = q.value(0).toString();
        t.from = enumFromName<AlertState>(q.value(1).toString()).value_or(AlertState::New);
        t.to = enumFromName<AlertState>(q.value(2).toString()).value_or(AlertState::New);
        t.user = q.value(3).toString();
        t.at = sql::timeFromSql(q.value(4));
        t.note = q.value(5).toString();
        out.append(t);
    }
    return R::ok(out);
}

}  // namespace bg
