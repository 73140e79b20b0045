#include "cache/cache_adapter.h"

#include "cache/alert_repository.h"
#include "cache/cache_log.h"
#include "cache/cache_writer.h"
#include "cache/entity_repository.h"
#include "cache/incident_repository.h"
#include "cache/outbox_repository.h"
#include "cache/telemetry_repository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bg {

namespace {

EntityRecord toRecord(const HubEntity& e, const QDateTime& syncedAt) {
    EntityRecord r;
    r.id = e.id;
    r.type = e.type;
    r.json = QString::fromUtf8(QJsonDocument(e.normalized).toJson(QJsonDocument::Compact));
    r.modifiedAt = e.modifiedAt;
    r.syncedAt = syncedAt;
    if (e.domain) {
        const EntityBase& b = baseOf(*e.domain);
        r.nameKo = b.name.ko;
        r.nameEn = b.name.en;
        r.dong = b.dong;
        if (b.location.isValid()) {
            r.lon = b.location.lon;
            r.lat = b.location.lat;
        }
    } else {
        r.nameKo = e.keyValues.value(u"name").toString();
        const QJsonObject geo = e.keyValues.value(u"location").toObject();
        if (geo.value(u"type").toString() == u"Point") {
            const QJsonArray c = geo.value(u"coordinates").toArray();
            if (c.size() >= 2) {
                r.lon = c.at(0).toDouble();
                r.lat = c.at(1).toDouble();
            }
        }
    }
    return r;
}

}  // namespace

CacheAdapter::CacheAdapter(CacheWriter* writer, Decoder decoder)
    : m_writer(writer), m_decoder(std::move(decoder)) {}

CacheAdapter::~CacheAdapter() {
    m_reads.setLocalData(nullptr);  // this thread's read connection; the others' end with them
}

QSqlDatabase* CacheAdapter::readDb() {
    ScopedConnection* read = m_reads.localData();
    if (!read || !read->isOpen()) {
        auto opened = openReadConnection(m_writer->path());
        if (!opened) {
            qCWarning(lcCache).noquote() << opened.error();
            return nullptr;
        }
        read = new ScopedConnection(std::move(opened).value());
        m_reads.setLocalData(read);  // deletes the closed one, if any
    }
    return &read->db();
}

void CacheAdapter::storeEntities(const QVector<HubEntity>& entities) {
    if (entities.isEmpty()) return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<EntityRecord> records;
    QVector<TelemetrySample> samples;
    records.reserve(entities.size());
    for (const HubEntity& e : entities) {
        records.append(toRecord(e, now));
        for (const TelemetryPoint& p : e.samples)
            if (p.at.isValid()) samples.append({e.id, p.attr, p.at, p.value});
    }
    m_writer->submit(QStringLiteral("store %1 entities").arg(records.size()),
                     EntityRepository::upsertEntities(std::move(records)));
    if (!samples.isEmpty())
        m_writer->submit(QStringLiteral("store %1 telemetry samples").arg(samples.size()),
                         TelemetryRepository::appendSamples(std::move(samples)));
}

void CacheAdapter::storeTelemetry(const QString& entityId, const QVector<TelemetryPoint>& points) {
    QVector<TelemetrySample> samples;
    samples.reserve(points.size());
    for (const TelemetryPoint& p : points)
        if (p.at.isValid()) samples.append({entityId, p.attr, p.at, p.value});
    if (samples.isEmpty()) return;
    m_writer->submit(
        QStringLiteral("store %1 fetched history samples of %2").arg(samples.size()).arg(entityId),
        TelemetryRepository::appendSamples(std::move(samples)));
}

QVector<TelemetryPoint> CacheAdapter::loadTelemetry(const QString& entityId, const QString& attr,
                                                    const QDateTime& from, const QDateTime& to) {
    QVector<TelemetryPoint> out;
    m_writer->flush();  // read what was handed to the writer, too
    QSqlDatabase* db = readDb();
    if (!db) return out;
    auto rows = TelemetryRepository::range(*db, entityId, attr, from, to);
    if (!rows) {
        qCWarning(lcCache).noquote() << rows.error();
        return out;
    }
    out.reserve(rows.value().size());
    for (const TelemetrySample& s : rows.value()) out.append({s.attr, s.observedAt, s.value});
    return out;
}

QVector<HubEntity> CacheAdapter::loadEntities(const QStringList& types) {
    QVector<HubEntity> out;
    m_writer->flush();  // read what was handed to the writer, too
    QSqlDatabase* db = readDb();
    if (!db) return out;
    QStringList wanted = types;
    if (wanted.isEmpty()) {
        auto counts = EntityRepository::countsByType(*db);
        if (!counts) {
            qCWarning(lcCache).noquote() << counts.error();
            return out;
        }
        wanted = counts.value().keys();
    }
    for (const QString& type : wanted) {
        auto rows = EntityRepository::entitiesOfType(*db, type);
        if (!rows) {
            qCWarning(lcCache).noquote() << rows.error();
            continue;
        }
        for (const EntityRecord& r : rows.value()) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(r.json.toUtf8(), &error);
            if (!doc.isObject()) {
                qCWarning(lcCache).noquote()
                    << "cached entity" << r.id << "is not a JSON object:" << error.errorString();
                continue;
            }
            if (auto e = m_decoder(doc.object())) out.append(std::move(*e));
        }
    }
    return out;
}

bool CacheAdapter::enqueueOutbox(const OutboxWrite& w) {
    const bool accepted =
        m_writer->submit(QStringLiteral("queue %1 %2 (op %3)").arg(w.method, w.path, w.opId),
                         OutboxRepository::enqueue(w.opId, w.method, w.path,
                                                   QString::fromUtf8(w.body), w.contentType));
    return accepted && m_writer->flush();
}

QVector<OutboxWrite> CacheAdapter::pendingOutbox() {
    QVector<OutboxWrite> out;
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return out;
    auto rows = OutboxRepository::pending(*db, 100000);
    if (!rows) {
        qCWarning(lcCache).noquote() << rows.error();
        return out;
    }
    for (const OutboxEntry& e : rows.value())
        out.append({e.id, e.opId, e.method, e.path, e.body.toUtf8(), e.contentType});
    return out;
}

void CacheAdapter::markOutboxDone(const QString& opId, const QString& error) {
    m_writer->submit(QStringLiteral("outbox op %1 done").arg(opId),
                     OutboxRepository::markDoneByOpId(opId, error));
}

void CacheAdapter::recordOutboxAttempt(const QString& opId, const QString& error) {
    m_writer->submit(QStringLiteral("outbox op %1 attempt").arg(opId),
                     OutboxRepository::recordAttemptByOpId(opId, error));
}

void CacheAdapter::storeAlert(const Alert& alert) {
    m_writer->submit(QStringLiteral("store alert %1").arg(alert.id),
                     AlertRepository::upsertAlert(alert));
}

bool CacheAdapter::recordTransition(const AlertTransition& t) {
    return submitAndWait(QStringLiteral("alert %1 → %2").arg(t.alertId, enumName(t.to)),
                         AlertRepository::recordTransition(t));
}

QVector<Alert> CacheAdapter::loadAlerts() {
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return {};
    auto rows = AlertRepository::alerts(*db);
    if (!rows) qCWarning(lcCache).noquote() << rows.error();
    return rows ? rows.value() : QVector<Alert>{};
}

QVector<AlertTransition> CacheAdapter::loadTransitions(const QString& alertId) {
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return {};
    auto rows = AlertRepository::transitions(*db, alertId);
    if (!rows) qCWarning(lcCache).noquote() << rows.error();
    return rows ? rows.value() : QVector<AlertTransition>{};
}

bool CacheAdapter::submitAndWait(const QString& label, std::function<Status(QSqlDatabase&)> op) {
    // This op's own outcome (a constraint, a bad row): another write failing meanwhile must not
    // make a kept action look lost, nor a lost one look kept.
    auto result = std::make_shared<Status>(Status::fail(QStringLiteral("not run")));
    const bool queued = m_writer->submit(label, [op = std::move(op), result](QSqlDatabase& db) {
        *result = op(db);
        return *result;
    });
    return queued && m_writer->flush() && bool(*result);
}

bool CacheAdapter::storeIncident(const Incident& i) {
    return submitAndWait(QStringLiteral("store incident %1").arg(i.id),
                         IncidentRepository::upsertIncident(i));
}

bool CacheAdapter::recordIncidentNote(const QString& incidentId, const IncidentNote& note) {
    return submitAndWait(QStringLiteral("note on incident %1").arg(incidentId),
                         IncidentRepository::appendNote(incidentId, note));
}

QVector<Incident> CacheAdapter::loadIncidents() {
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return {};
    auto rows = IncidentRepository::incidents(*db);
    if (!rows) qCWarning(lcCache).noquote() << rows.error();
    return rows ? rows.value() : QVector<Incident>{};
}

bool CacheAdapter::storeShare(const IncidentShare& s) {
    return submitAndWait(QStringLiteral("store share %1").arg(s.id),
                         IncidentRepository::upsertShare(s));
}

QVector<IncidentShare> CacheAdapter::loadShares(const QString& incidentId) {
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return {};
    auto rows = IncidentRepository::shares(*db, incidentId);
    if (!rows) qCWarning(lcCache).noquote() << rows.error();
    return rows ? rows.value() : QVector<IncidentShare>{};
}

bool CacheAdapter::recordActivity(const ActivityEntry& e) {
    return submitAndWait(QStringLiteral("log %1").arg(enumName(e.kind)),
                         IncidentRepository::appendActivity(e));
}

QVector<ActivityEntry> CacheAdapter::loadActivity(const QString& incidentId,
                                                  const QDateTime& since) {
    m_writer->flush();
    QSqlDatabase* db = readDb();
    if (!db) return {};
    auto rows = IncidentRepository::activity(*db, incidentId, since);
    if (!rows) qCWarning(lcCache).noquote() << rows.error();
    return rows ? rows.value() : QVector<ActivityEntry>{};
}

}  // namespace bg
