#include "cache/incident_repository.h"

#include "cache/sql_support.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace bg {

namespace {
QString jsonList(const QStringList& list) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
QStringList listFromJson(const QVariant& v) {
    QStringList out;
    for (const auto& x : QJsonDocument::fromJson(v.toByteArray()).array()) out << x.toString();
    return out;
}
}  // namespace

WriteOp IncidentRepository::upsertIncident(Incident i) {
    return [i = std::move(i)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO incidents (id, title, state, created_at, created_by, json, lon, lat, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET title = "
            "excluded.title, state = excluded.state, json = excluded.json, lon = excluded.lon, "
            "lat = excluded.lat, updated_at = excluded.updated_at"));
        q.addBindValue(i.id);
        q.addBindValue(i.title);
        q.addBindValue(enumName(i.state));
        q.addBindValue(sql::timeToSql(i.createdAt));
        q.addBindValue(i.createdBy);
        q.addBindValue(QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("dong"), i.dong},
                            {QStringLiteral("alerts"), QJsonArray::fromStringList(i.alertIds)}})
                .toJson(QJsonDocument::Compact)));
        q.addBindValue(sql::realToSql(i.location.lon));
        q.addBindValue(sql::realToSql(i.location.lat));
        q.addBindValue(sql::timeToSql(i.modifiedAt.isValid() ? i.modifiedAt : i.createdAt));
        if (Status s = sql::exec(q, QStringLiteral("store incident %1").arg(i.id)); !s) return s;
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM incident_alerts WHERE incident_id = ?"));
        del.addBindValue(i.id);
        if (Status s = sql::exec(del, QStringLiteral("alerts of incident %1").arg(i.id)); !s)
            return s;
        for (const QString& alertId : i.alertIds) {
            QSqlQuery ins(db);
            ins.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO incident_alerts (incident_id, alert_id) VALUES (?,?)"));
            ins.addBindValue(i.id);
            ins.addBindValue(alertId);
            if (Status s = sql::exec(
                    ins, QStringLiteral("link alert %1 to incident %2").arg(alertId, i.id));
                !s)
                return s;
        }
        return Status::ok();
    };
}

WriteOp IncidentRepository::appendNote(QString incidentId, IncidentNote n) {
    return [incidentId = std::move(incidentId), n = std::move(n)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO incident_notes (incident_id, user, at, text) VALUES (?,?,?,?)"));
        q.addBindValue(incidentId);
        q.addBindValue(n.user);
        q.addBindValue(sql::timeToSql(n.at));
        q.addBindValue(n.text);
        return sql::exec(q, QStringLiteral("note on incident %1").arg(incidentId));
    };
}

WriteOp IncidentRepository::upsertShare(IncidentShare s) {
    return [s = std::move(s)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO incident_shares (id, incident_id, agency, camera_ids, radius_m, "
            "created_at, expires_at, created_by, delivery, delivery_state, delivery_error, "
            "revoked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
            "delivery_state = excluded.delivery_state, delivery_error = excluded.delivery_error, "
            "revoked_at = excluded.revoked_at, expires_at = excluded.expires_at"));
        q.addBindValue(s.id);
        q.addBindValue(s.incidentId);
        q.addBindValue(enumName(s.agency));
        q.addBindValue(jsonList(s.cameraIds));
        q.addBindValue(s.radiusM);
        q.addBindValue(sql::timeToSql(s.createdAt));
        q.addBindValue(sql::timeToSql(s.expiresAt));
        q.addBindValue(s.createdBy);
        q.addBindValue(s.delivery);
        q.addBindValue(enumName(s.deliveryState));
        q.addBindValue(sql::textOrNull(s.deliveryError));
        q.addBindValue(s.revokedAt.isValid() ? sql::timeToSql(s.revokedAt) : QVariant());
        return sql::exec(q, QStringLiteral("store share %1").arg(s.id));
    };
}

WriteOp IncidentRepository::appendActivity(ActivityEntry e) {
    return [e = std::move(e)](QSqlDatabase& db) -> Status {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO activity_log (at, user, kind, incident_id, subject, "
                           "detail) VALUES (?,?,?,?,?,?)"));
        q.addBindValue(sql::timeToSql(e.at));
        q.addBindValue(e.user);
        q.addBindValue(enumName(e.kind));
        q.addBindValue(sql::textOrNull(e.incidentId));
        q.addBindValue(sql::textOrNull(e.subject));
        q.addBindValue(sql::textOrNull(e.detail));
        return sql::exec(q, QStringLiteral("log %1").arg(enumName(e.kind)));
    };
}

Result<QVector<Incident>> IncidentRepository::incidents(QSqlDatabase& db) {
    using R = Result<QVector<Incident>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, title, state, created_at, created_by, json, lon, lat, "
                       "updated_at FROM incidents ORDER BY created_at DESC, id"));
    if (Status s = sql::exec(q, QStringLiteral("read incidents")); !s) return R::fail(s.error());
    QVector<Incident> out;
    QHash<QString, int> index;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toString();
        i.title = q.value(1).toString();
        i.state = enumFromName<IncidentState>(q.value(2).toString()).value_or(IncidentState::Open);
        i.createdAt = sql::timeFromSql(q.value(3));
        i.createdBy = q.value(4).toString();
        const QJsonObject extra = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        i.dong = extra.value(u"dong").toString();
        // The order the operator added them in (the link table has none).
        for (const auto& a : extra.value(u"alerts").toArray()) i.alertIds << a.toString();
        i.location = {sql::realFromSql(q.value(6)), sql::realFromSql(q.value(7))};
        i.modifiedAt = sql::timeFromSql(q.value(8));
        index.insert(i.id, int(out.size()));
        out.append(i);
    }
    // A 0002 database has links but no list in the JSON: the links are the truth.
    QSqlQuery links(db);
    links.setForwardOnly(true);
    links.prepare(
        QStringLiteral("SELECT incident_id, alert_id FROM incident_alerts ORDER BY "
                       "incident_id, alert_id"));
    if (Status s = sql::exec(links, QStringLiteral("read incident alerts")); !s)
        return R::fail(s.error());
    QHash<QString, QStringList> linked;
    while (links.next()) linked[links.value(0).toString()] << links.value(1).toString();
    for (Incident& i : out) {
        const QStringList l = linked.value(i.id);
        QStringList kept;
        for (const QString& a : i.alertIds)
            if (l.contains(a)) kept << a;
        for (const QString& a : l)
            if (!kept.contains(a)) kept << a;
        i.alertIds = kept;
    }
    QSqlQuery notes(db);
    notes.setForwardOnly(true);
    notes.prepare(
        QStringLiteral("SELECT incident_id, user, at, text FROM incident_notes ORDER BY id"));
    if (Status s = sql::exec(notes, QStringLiteral("read incident notes")); !s)
        return R::fail(s.error());
    while (notes.next()) {
        const int at = index.value(notes.value(0).toString(), -1);
        if (at < 0) continue;
        out[at].notes.append({sql::timeFromSql(notes.value(2)), notes.value(1).toString(),
                              notes.value(3).toString()});
    }
    return R::ok(out);
}

Result<QVector<IncidentShare>> IncidentRepository::shares(QSqlDatabase& db,
                                                          const QString& incidentId) {
    using R = Result<QVector<IncidentShare>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, incident_id, agency, camera_ids, radius_m, created_at, "
                             "expires_at, created_by, delivery, delivery_state, delivery_error, "
                             "revoked_at FROM incident_shares ") +
              (incidentId.isEmpty() ? QString() : QStringLiteral("WHERE incident_id = ? ")) +
              QStringLiteral("ORDER BY created_at, id"));
    if (!incidentId.isEmpty()) q.addBindValue(incidentId);
    if (Status s = sql::exec(q, QStringLiteral("read shares")); !s) return R::fail(s.error());
    QVector<IncidentShare> out;
    while (q.next()) {
        IncidentShare s;
        s.id = q.value(0).toString();
        s.incidentId = q.value(1).toString();
        s.agency = enumFromName<Agency>(q.value(2).toString()).value_or(Agency::Police112);
        s.cameraIds = listFromJson(q.value(3));
        s.radiusM = q.value(4).toDouble();
        s.createdAt = sql::timeFromSql(q.value(5));
        s.expiresAt = sql::timeFromSql(q.value(6));
        s.createdBy = q.value(7).toString();
        s.delivery = q.value(8).toString();
        s.deliveryState =
            enumFromName<DeliveryState>(q.value(9).toString()).value_or(DeliveryState::Recorded);
        s.deliveryError = q.value(10).toString();
        s.revokedAt = q.value(11).isNull() ? QDateTime() : sql::timeFromSql(q.value(11));
        out.append(s);
    }
    return R::ok(out);
}

Result<QVector<ActivityEntry>> IncidentRepository::activity(QSqlDatabase& db,
                                                            const QString& incidentId,
                                                            const QDateTime& since) {
    using R = Result<QVector<ActivityEntry>>;
    QStringList where;
    if (!incidentId.isEmpty()) where << QStringLiteral("incident_id = ?");
    if (since.isValid()) where << QStringLiteral("at >= ?");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at, user, kind, incident_id, subject, detail FROM "
                       "activity_log ") +
        (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(u" AND ") + u' ') +
        QStringLiteral("ORDER BY id"));
    if (!incidentId.isEmpty()) q.addBindValue(incidentId);
    if (since.isValid()) q.addBindValue(sql::timeToSql(since));
    if (Status s = sql::exec(q, QStringLiteral("read the activity log")); !s)
        return R::fail(s.error());
    QVector<ActivityEntry> out;
    while (q.next()) {
        ActivityEntry e;
        e.id = q.value(0).toLongLong();
        e.at = sql::timeFromSql(q.value(1));
        e.user = q.value(2).toString();
        e.kind =
            enumFromName<ActivityKind>(q.value(3).toString()).value_or(ActivityKind::CameraViewed);
        e.incidentId = q.value(4).toString();
        e.subject = q.value(5).toString();
        e.detail = q.value(6).toString();
        out.append(e);
    }
    return R::ok(out);
}

}  // namespace bg
