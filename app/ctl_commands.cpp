#include "ctl_commands.h"

#include "cache/alert_repository.h"
#include "cache/cache_adapter.h"
#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/entity_repository.h"
#include "cache/incident_repository.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "hub/http_hub_probe.h"
#include "hub/hub_client.h"
#include "hub/ngsi_entity.h"
#include "services/shift_report.h"
#include "services/sync_service.h"
#include "ui/models/shift_report_document.h"
#include "video/analytics/detector.h"
#include "video/analytics/opencv_runtime.h"
#include "video/analytics/tracker.h"
#include "video/gst_runtime.h"
#include "video/live_source.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTranslator>

#include <QTimer>
#include <cmath>
#include <opencv2/videoio.hpp>

#include <memory>
#include <vector>

namespace {

void printJson(QTextStream& out, const QJsonObject& o) {
    out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

int programSchemaVersion(QTextStream& err) {
    auto migrations = bg::loadMigrations();
    if (!migrations) {
        err << "bitgoeulctl: " << migrations.error() << "\n";
        return -1;
    }
    return bg::SchemaManager(migrations.value()).latestVersion();
}

/// A read connection to an existing cache file, or nothing after saying why on `err`.
std::optional<bg::ScopedConnection> openExistingCache(const bg::CtlOptions& o, QTextStream& err) {
    if (!QFileInfo::exists(o.cachePath)) {
        err << "bitgoeulctl: cache file '" << o.cachePath << "' does not exist\n";
        return std::nullopt;
    }
    auto opened = bg::openReadConnection(o.cachePath);
    if (!opened) {
        err << "bitgoeulctl: " << opened.error() << "\n";
        return std::nullopt;
    }
    return std::move(opened).value();
}

int cacheInfo(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    const int programVersion = programSchemaVersion(err);
    if (programVersion < 0) return 1;
    std::optional<bg::ScopedConnection> opened = openExistingCache(o, err);
    if (!opened) return 1;
    bg::ScopedConnection& conn = *opened;
    QSqlQuery q(conn.db());
    const auto scalar = [&](const QString& sql, QVariant* into) {
        if (!q.exec(sql) || !q.next()) return false;
        *into = q.value(0);
        return true;
    };
    QVariant version;
    QVariant journal;
    if (!scalar(QStringLiteral("PRAGMA user_version"), &version) ||
        !scalar(QStringLiteral("PRAGMA journal_mode"), &journal)) {
        err << "bitgoeulctl: '" << o.cachePath
            << "' is not a readable cache file: " << q.lastError().text() << "\n";
        return 1;
    }
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"))) {
        err << "bitgoeulctl: '" << o.cachePath << "': " << q.lastError().text() << "\n";
        return 1;
    }
    while (q.next()) tables << q.value(0).toString();
    QJsonObject counts;
    for (const QString& t : tables) {
        // Table names come from sqlite_master of this file; quote them as identifiers.
        QString quoted = t;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !q.next()) {
            err << "bitgoeulctl: cannot count table '" << t << "': " << q.lastError().text()
                << "\n";
            return 1;
        }
        counts.insert(t, q.value(0).toLongLong());
    }
    const qint64 size = QFileInfo(o.cachePath).size();
    if (o.format == u"json") {
        printJson(out, {{QStringLiteral("path"), QFileInfo(o.cachePath).absoluteFilePath()},
                        {QStringLiteral("schema_version"), version.toInt()},
                        {QStringLiteral("program_schema_version"), programVersion},
                        {QStringLiteral("journal_mode"), journal.toString()},
                        {QStringLiteral("size_bytes"), size},
                        {QStringLiteral("tables"), counts}});
        return 0;
    }
    out << "cache:           " << QFileInfo(o.cachePath).absoluteFilePath() << "\n"
        << "schema version:  " << version.toInt() << " (this program: " << programVersion << ")\n"
        << "journal mode:    " << journal.toString() << "\n"
        << "size:            " << size << " bytes\n"
        << "tables (rows):\n";
    for (const QString& t : tables)
        out << "  " << qSetFieldWidth(22) << Qt::left << t << qSetFieldWidth(0)
            << counts.value(t).toInteger() << "\n";
    return 0;
}

int cacheMigrate(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    auto migrations = bg::loadMigrations();
    if (!migrations) {
        err << "bitgoeulctl: " << migrations.error() << "\n";
        return 1;
    }
    bg::CacheOpenReport report;
    auto opened =
        bg::openCacheForWriting(o.cachePath, bg::SchemaManager(migrations.value()), &report);
    if (!opened) {
        err << "bitgoeulctl: " << (report.message.isEmpty() ? opened.error() : report.message)
            << "\n";
        return 1;
    }
    if (o.format == u"json") {
        QString outcome;
        switch (report.schema.outcome) {
            case bg::SchemaOutcome::Created:
                outcome = QStringLiteral("created");
                break;
            case bg::SchemaOutcome::UpToDate:
                outcome = QStringLiteral("up-to-date");
                break;
            case bg::SchemaOutcome::Upgraded:
                outcome = QStringLiteral("upgraded");
                break;
            default:
                outcome = QStringLiteral("failed");
                break;
        }
        printJson(out, {{QStringLiteral("path"), report.path},
                        {QStringLiteral("outcome"), outcome},
                        {QStringLiteral("from_version"), report.schema.fromVersion},
                        {QStringLiteral("to_version"), report.schema.toVersion},
                        {QStringLiteral("moved_aside"), report.movedAsidePath}});
    } else {
        out << report.message << "\n";
    }
    return 0;
}

int diag(const bg::CtlOptions& o, QTextStream& out, QTextStream&) {
    const QStringList required = bg::requiredVideoElements();
    const QStringList missing = bg::missingGstElements(required);
    QString sqliteVersion;
    {
        const QString name = bg::uniqueConnectionName(QStringLiteral("diag"));
        bg::ScopedConnection conn(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name));
        conn.db().setDatabaseName(QStringLiteral(":memory:"));
        if (conn.db().open()) {
            QSqlQuery q(conn.db());
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                sqliteVersion = q.value(0).toString();
        }
    }
    if (o.format == u"json") {
        printJson(out, {{QStringLiteral("version"), QCoreApplication::applicationVersion()},
                        {QStringLiteral("qt"), QLatin1String(qVersion())},
                        {QStringLiteral("gstreamer"), bg::gstreamerVersion()},
                        {QStringLiteral("gstreamer_missing_elements"),
                         QJsonArray::fromStringList(missing)},
                        {QStringLiteral("opencv"), bg::opencvVersion()},
                        {QStringLiteral("opencv_dnn_backends"),
                         QJsonArray::fromStringList(bg::opencvDnnBackends())},
                        {QStringLiteral("sqlite"), sqliteVersion}});
    } else {
        out << "bitgoeulctl " << QCoreApplication::applicationVersion() << "\n"
            << "Qt          " << qVersion() << "\n"
            << bg::gstreamerVersion() << "\n"
            << "  elements: "
            << (missing.isEmpty()
                    ? QStringLiteral("all %1 needed for live video present").arg(required.size())
                    : QStringLiteral("MISSING %1").arg(missing.join(QStringLiteral(", "))))
            << "\n"
            << bg::opencvVersion()
            << " (DNN: " << bg::opencvDnnBackends().join(QStringLiteral(", ")) << ")\n"
            << "SQLite      " << sqliteVersion << "\n";
    }
    return missing.isEmpty() && !sqliteVersion.isEmpty() ? 0 : 1;
}

int videoProbe(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    if (const bg::Status s = bg::initGStreamer(); !s) {
        err << "bitgoeulctl: " << s.error() << "\n";
        return 1;
    }
    QThread control;
    control.setObjectName(QStringLiteral("video-control"));
    control.start();
    struct Probe {
        std::unique_ptr<bg::LiveSource> source;
        quint64 lastSeen = 0;
        quint64 taken = 0;
        QVector<qint64> latencies;  ///< capture (camera clock) → arrival in the slot, per frame
    };
    std::vector<Probe> probes;
    for (const QString& url : o.urls) {
        bg::LiveSourceConfig config;
        config.url = QUrl(url);
        // A probe watches through outages: retry quickly and keep counting across reconnects.
        config.restart.initialDelayMs = 250;
        config.restart.maxDelayMs = 2000;
        config.restart.configurationErrorDelayMs = 2000;
        probes.push_back({std::make_unique<bg::LiveSource>(config, &control)});
        probes.back().source->start();
    }
    // Take frames as a 60 Hz display would; "dropped" counts the frames such a reader missed.
    QTimer reader;
    QObject::connect(&reader, &QTimer::timeout, [&probes] {
        for (Probe& p : probes) {
            if (auto f = p.source->frames().latestAfter(p.lastSeen)) {
                p.lastSeen = f->sequence;
                ++p.taken;
                if (f->captureUtcMs > 0) p.latencies.append(f->arrivalUtcMs - f->captureUtcMs);
            }
        }
    });
    reader.start(16);
    QEventLoop loop;
    QTimer::singleShot(int(o.seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    reader.stop();

    QJsonArray streams;
    bool anyFrames = false;
    for (Probe& p : probes) {
        const bg::StreamState state = p.source->state();
        p.source->stop();
        const bg::StreamStats s = p.source->stats();
        anyFrames = anyFrames || s.frames > 0;
        streams.append(QJsonObject{
            {QStringLiteral("url"), p.source->displayUrl()},
            {QStringLiteral("frames"), qint64(s.frames)},
            {QStringLiteral("fps"), std::round(double(s.frames) / o.seconds * 100) / 100},
            {QStringLiteral("first_frame_ms"),
             s.firstFrameMs < 0 ? QJsonValue() : QJsonValue(s.firstFrameMs)},
            {QStringLiteral("reconnects"), s.reconnects},
            {QStringLiteral("errors"), s.errors},
            {QStringLiteral("dropped"), qint64(s.frames - std::min(s.frames, p.taken))},
            // Unknown (null), not zero, when the camera sends no capture time.
            {QStringLiteral("latency_ms_median"),
             p.latencies.isEmpty() ? QJsonValue() : QJsonValue([&p] {
                 std::nth_element(p.latencies.begin(), p.latencies.begin() + p.latencies.size() / 2,
                                  p.latencies.end());
                 return p.latencies[p.latencies.size() / 2];
             }())},
            {QStringLiteral("state"), bg::streamStateName(state)},
            {QStringLiteral("last_error"), s.lastError}});
    }
    probes.clear();
    control.quit();
    control.wait();
    if (o.format == u"json") {
        printJson(out, {{QStringLiteral("streams"), streams}});
    } else {
        for (const auto& v : streams) {
            const QJsonObject s = v.toObject();
            out << s.value(u"url").toString() << ": " << s.value(u"frames").toInteger()
                << " frames, " << s.value(u"fps").toDouble() << " fps, first frame "
                << (s.value(u"first_frame_ms").isNull()
                        ? QStringLiteral("never")
                        : QStringLiteral("%1 ms").arg(s.value(u"first_frame_ms").toInteger()))
                << ", " << s.value(u"reconnects").toInt() << " reconnects, "
                << s.value(u"errors").toInt() << " errors\n";
        }
    }
    return anyFrames ? 0 : 1;
}

int detect(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    bg::DetectorConfig config;
    config.modelPath = o.model;
    bg::DetectorLoad load = bg::loadDetector(config);
    if (!load.warning.isEmpty()) err << "bitgoeulctl: " << load.warning << "\n";
    err.flush();
    cv::VideoCapture capture;
    const bool isUrl = o.input.contains(QStringLiteral("://"));
    if (!isUrl && !QFileInfo::exists(o.input)) {
        err << "bitgoeulctl: input file '" << o.input << "' does not exist\n";
        return 1;
    }
    if (!capture.open(o.input.toStdString()) || !capture.isOpened()) {
        err << "bitgoeulctl: cannot open input '"
            << (isUrl ? QUrl(o.input).toDisplayString(QUrl::RemoveUserInfo) : o.input) << "'\n";
        return 1;
    }
    const double fps = capture.get(cv::CAP_PROP_FPS);
    bg::Tracker tracker;
    QJsonArray frames;
    cv::Mat frame;
    int index = 0;
    while (frames.size() < o.frames) {
        if (index % o.stride != 0) {  // skipped frames are only demuxed, not decoded
            if (!capture.grab()) break;
            ++index;
            continue;
        }
        if (!capture.read(frame) || frame.empty()) break;
        double ptsMs = capture.get(cv::CAP_PROP_POS_MSEC);
        if (ptsMs <= 0 && index > 0 && fps > 0) ptsMs = index * 1000.0 / fps;
        const QVector<bg::Detection> found = load.detector->detect(frame);
        const bg::TrackerResult tracks = tracker.update(found, qint64(ptsMs));
        QJsonArray detections;
        for (int i = 0; i < found.size(); ++i) {
            const bg::Detection& d = found[i];
            detections.append(QJsonObject{
                {QStringLiteral("class"), d.className},
                {QStringLiteral("confidence"), std::round(double(d.confidence) * 1000) / 1000},
                {QStringLiteral("box"),
                 QJsonArray{std::round(d.box.x() * 10) / 10, std::round(d.box.y() * 10) / 10,
                            std::round(d.box.width() * 10) / 10,
                            std::round(d.box.height() * 10) / 10}},
                {QStringLiteral("track"), tracks.trackOfDetection.value(i, -1)}});
        }
        frames.append(QJsonObject{{QStringLiteral("index"), index},
                                  {QStringLiteral("pts_ms"), qint64(std::llround(ptsMs))},
                                  {QStringLiteral("detections"), detections}});
        ++index;
    }
    if (frames.isEmpty()) {
        err << "bitgoeulctl: no frame could be read from '" << o.input << "'\n";
        return 1;
    }
    if (o.format == u"json") {
        printJson(out, {{QStringLiteral("detector"), load.detector->name()},
                        {QStringLiteral("frames"), frames}});
    } else {
        out << "detector: " << load.detector->name() << "\n";
        for (const auto& f : frames) {
            const QJsonObject fo = f.toObject();
            out << "frame " << fo.value(u"index").toInt() << " (" << fo.value(u"pts_ms").toInteger()
                << " ms): " << fo.value(u"detections").toArray().size() << " objects\n";
        }
    }
    return 0;
}

/// Decodes a cached entity again (the cache keeps the broker's JSON as received).
std::optional<bg::HubEntity> decodeCached(const QJsonObject& normalized) {
    return bg::convertNgsiEntity(normalized).entity;
}

int hubSync(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    auto migrations = bg::loadMigrations();
    if (!migrations) {
        err << "bitgoeulctl: " << migrations.error() << "\n";
        return 1;
    }
    bg::CacheWriter writer(o.cachePath, bg::SchemaManager(migrations.value()));
    bg::CacheOpenReport report;
    if (const bg::Status s = writer.start(&report); !s) {
        err << "bitgoeulctl: " << (report.message.isEmpty() ? s.error() : report.message) << "\n";
        return 1;
    }
    QNetworkAccessManager network;
    bg::HubClientConfig config;
    config.baseUrl = o.hubUrl;
    config.dialect = bg::HubDialect::fromName(o.dialect).value();
    config.bearerToken = o.token;
    bg::HubClient client(&network, config);
    bg::CacheAdapter cache(&writer, decodeCached);
    bg::EntityStore store;  // the service's store; bitgoeulctl only needs the cache
    bg::SyncService sync(&client, &store, &cache);
    sync.setTypes(o.types);
    QJsonArray results;
    int failed = 0;
    QObject::connect(
        &sync, &bg::SyncService::typeSynced, [&](const QString& type, int n, int warnings) {
            out << type << ": " << n << " entities synced"
                << (warnings ? QStringLiteral(", %1 rejected").arg(warnings) : QString()) << "\n";
            out.flush();
            results.append(QJsonObject{{QStringLiteral("type"), type},
                                       {QStringLiteral("entities"), n},
                                       {QStringLiteral("rejected"), warnings}});
        });
    QObject::connect(&sync, &bg::SyncService::typeFailed,
                     [&](const QString& type, const QString& error) {
                         ++failed;
                         err << "bitgoeulctl: " << type << ": " << error << "\n";
                         err.flush();
                     });
    QObject::connect(&client, &bg::HubPort::fetched,
                     [&err](const QString&, const QVector<bg::HubEntity>&,
                            const QStringList& warnings, const QString&) {
                         for (const QString& w : warnings)
                             err << "bitgoeulctl: warning: " << w << "\n";
                     });
    QEventLoop loop;
    QObject::connect(&sync, &bg::SyncService::syncFinished, &loop, &QEventLoop::quit);
    sync.syncAll();
    loop.exec();
    writer.stop();
    return failed == 0 ? 0 : 1;
}

int alertsList(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    std::optional<bg::ScopedConnection> opened = openExistingCache(o, err);
    if (!opened) return 1;
    bg::ScopedConnection& conn = *opened;
    auto alerts = bg::AlertRepository::alerts(
        conn.db(), o.state.isEmpty() ? std::nullopt : bg::enumFromName<bg::AlertState>(o.state));
    auto transitions = bg::AlertRepository::transitions(conn.db());
    if (!alerts || !transitions) {
        err << "bitgoeulctl: " << (alerts ? transitions.error() : alerts.error()) << "\n";
        return 1;
    }
    QHash<QString, QJsonArray> trails;
    for (const bg::AlertTransition& t : transitions.value())
        trails[t.alertId].append(
            QJsonObject{{QStringLiteral("from"), bg::enumName(t.from)},
                        {QStringLiteral("to"), bg::enumName(t.to)},
                        {QStringLiteral("user"), t.user},
                        {QStringLiteral("at"), t.at.toString(Qt::ISODateWithMs)},
                        {QStringLiteral("note"), t.note}});
    QJsonArray list;
    for (const bg::Alert& a : alerts.value()) {
        QJsonObject o{{QStringLiteral("id"), a.id},
                      {QStringLiteral("category"), bg::enumName(a.category)},
                      {QStringLiteral("severity"), bg::enumName(a.severity)},
                      {QStringLiteral("state"), bg::enumName(a.state)},
                      {QStringLiteral("source"), a.sourceId},
                      {QStringLiteral("description"), a.description},
                      {QStringLiteral("raised_at"), a.raisedAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("repeat_count"), a.repeatCount},
                      {QStringLiteral("transitions"), trails.value(a.id)}};
        o.insert(QStringLiteral("location"),
                 a.location.isValid() ? QJsonValue(QJsonArray{a.location.lon, a.location.lat})
                                      : QJsonValue());
        list.append(o);
    }
    if (o.format == u"json") {
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& v : list) {
            const QJsonObject a = v.toObject();
            out << a.value(u"raised_at").toString() << "  " << a.value(u"severity").toString()
                << "  " << a.value(u"state").toString() << "  " << a.value(u"category").toString()
                << "  " << a.value(u"id").toString() << "\n";
        }
    }
    return 0;
}

int incidentsList(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    std::optional<bg::ScopedConnection> opened = openExistingCache(o, err);
    if (!opened) return 1;
    if (bg::SchemaManager::currentVersion(opened->db()) < 3) {
        err << "bitgoeulctl: '" << o.cachePath
            << "' has no camera shares yet (schema older than 3): run 'bitgoeulctl cache migrate "
               "--cache FILE' first\n";
        return 1;
    }
    auto incidents = bg::IncidentRepository::incidents(opened->db());
    auto shares = bg::IncidentRepository::shares(opened->db());
    if (!incidents || !shares) {
        err << "bitgoeulctl: " << (incidents ? shares.error() : incidents.error()) << "\n";
        return 1;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto iso = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonArray list;
    for (const bg::Incident& i : incidents.value()) {
        QJsonArray notes;
        for (const bg::IncidentNote& n : i.notes)
            notes.append(QJsonObject{{QStringLiteral("at"), iso(n.at)},
                                     {QStringLiteral("user"), n.user},
                                     {QStringLiteral("text"), n.text}});
        QJsonArray shareList;
        for (const bg::IncidentShare& s : shares.value()) {
            if (s.incidentId != i.id) continue;
            static const char* kStatus[] = {"active", "expired", "revoked"};
            shareList.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("agency"), bg::enumName(s.agency)},
                {QStringLiteral("cameras"), QJsonArray::fromStringList(s.cameraIds)},
                {QStringLiteral("radius_m"), s.radiusM},
                {QStringLiteral("created_at"), iso(s.createdAt)},
                {QStringLiteral("expires_at"), iso(s.expiresAt)},
                {QStringLiteral("created_by"), s.createdBy},
                {QStringLiteral("status"), QString::fromLatin1(kStatus[int(s.status(now))])},
                {QStringLiteral("delivery"), s.delivery},
                {QStringLiteral("delivery_state"), bg::enumName(s.deliveryState)},
                {QStringLiteral("delivery_error"), s.deliveryError},
                {QStringLiteral("revoked_at"), iso(s.revokedAt)}});
        }
        QJsonObject e{{QStringLiteral("id"), i.id},
                      {QStringLiteral("title"), i.title},
                      {QStringLiteral("state"), bg::enumName(i.state)},
                      {QStringLiteral("created_at"), iso(i.createdAt)},
                      {QStringLiteral("created_by"), i.createdBy},
                      {QStringLiteral("alerts"), QJsonArray::fromStringList(i.alertIds)},
                      {QStringLiteral("notes"), notes},
                      {QStringLiteral("shares"), shareList}};
        e.insert(QStringLiteral("location"),
                 i.location.isValid() ? QJsonValue(QJsonArray{i.location.lon, i.location.lat})
                                      : QJsonValue());
        list.append(e);
    }
    if (o.format == u"json") {
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& v : list) {
            const QJsonObject i = v.toObject();
            out << i.value(u"created_at").toString() << "  " << i.value(u"state").toString() << "  "
                << i.value(u"alerts").toArray().size() << " alerts  "
                << i.value(u"shares").toArray().size() << " shares  " << i.value(u"id").toString()
                << "  " << i.value(u"title").toString() << "\n";
        }
    }
    return 0;
}

int reportShift(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    std::optional<bg::ScopedConnection> opened = openExistingCache(o, err);
    if (!opened) return 1;
    auto alerts = bg::AlertRepository::alerts(opened->db());
    auto transitions = bg::AlertRepository::transitions(opened->db());
    if (!alerts || !transitions) {
        err << "bitgoeulctl: " << (alerts ? transitions.error() : alerts.error()) << "\n";
        return 1;
    }
    // The report speaks Korean, like the control room (LANG=en… gives English).
    QTranslator korean;
    if (!QLocale::system().name().startsWith(QStringLiteral("en")) &&
        korean.load(QStringLiteral(":/i18n/bitgoeul_ko.qm")))
        QCoreApplication::installTranslator(&korean);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    bg::ShiftReport report = bg::buildShiftReport(alerts.value(), transitions.value(),
                                                  to.addSecs(-qint64(o.hours * 3600)), to);
    // A cache older than the incidents' migration (0003) has no shares yet: its report has no
    // incidents; the console upgrades the file when it next opens it.
    if (bg::SchemaManager::currentVersion(opened->db()) >= 3) {
        auto incidents = bg::IncidentRepository::incidents(opened->db());
        auto shares = bg::IncidentRepository::shares(opened->db());
        if (!incidents || !shares) {
            err << "bitgoeulctl: " << (incidents ? shares.error() : incidents.error()) << "\n";
            return 1;
        }
        bg::addIncidents(report, incidents.value(), shares.value());
    }
    const QString centre =
        QCoreApplication::translate("ShiftReport", "Dong-gu Integrated Control Center");
    if (const bg::Status s = bg::writeShiftReportPdf(report, centre, o.out); !s) {
        err << "bitgoeulctl: " << s.error() << "\n";
        return 1;
    }
    out << "shift report: " << report.raised << " alerts raised, " << report.stillOpen.size()
        << " open, written to " << o.out << "\n";
    return 0;
}

int cacheList(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    std::optional<bg::ScopedConnection> opened = openExistingCache(o, err);
    if (!opened) return 1;
    bg::ScopedConnection& conn = *opened;
    auto rows = bg::EntityRepository::entitiesOfType(conn.db(), o.types.value(0));
    if (!rows) {
        err << "bitgoeulctl: " << rows.error() << "\n";
        return 1;
    }
    QJsonArray list;
    for (const bg::EntityRecord& r : rows.value()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.json.toUtf8());
        if (!doc.isObject()) {
            err << "bitgoeulctl: cached entity " << r.id << " is not a JSON object; skipped\n";
            continue;
        }
        list.append(bg::ngsiKeyValues(doc.object()));
    }
    if (o.format == u"json") {
        out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const auto& v : list) out << v.toObject().value(u"id").toString() << "\n";
    }
    return 0;
}

}  // namespace

int runCtlCommand(const bg::CtlOptions& o, QTextStream& out, QTextStream& err) {
    if (o.command == u"cache" && o.subcommand == u"info") return cacheInfo(o, out, err);
    if (o.command == u"cache" && o.subcommand == u"migrate") return cacheMigrate(o, out, err);
    if (o.command == u"diag") return diag(o, out, err);
    if (o.command == u"hub" && o.subcommand == u"sync") return hubSync(o, out, err);
    if (o.command == u"cache" && o.subcommand == u"list") return cacheList(o, out, err);
    if (o.command == u"alerts" && o.subcommand == u"list") return alertsList(o, out, err);
    if (o.command == u"report" && o.subcommand == u"shift") return reportShift(o, out, err);
    if (o.command == u"incidents" && o.subcommand == u"list") return incidentsList(o, out, err);
    if (o.command == u"video" && o.subcommand == u"probe") return videoProbe(o, out, err);
    if (o.command == u"detect") return detect(o, out, err);
    // parseCtlOptions only lets known commands through; reaching here is a programming error.
    err << "bitgoeulctl: no handler for '" << o.command << ' ' << o.subcommand << "'\n";
    return 1;
}
