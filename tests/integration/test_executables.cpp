// The three programs as an operator's script or the console itself runs them: exit statuses and
// one-line errors, the real simulator's HTTP hub, the real hub probe going offline when the
// simulator is killed and online when it returns, bitgoeulctl on real cache files, and
// `bitgoeul --demo` starting and stopping its simulator.
#include "cache/alert_repository.h"
#include "cache/cache_writer.h"
#include "cache/incident_repository.h"
#include "cache/schema_manager.h"
#include "hub/http_hub_probe.h"
#include "services/hub_monitor.h"
#include "support/announcing_process.h"
#include "support/process_helpers.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace testsupport;

namespace {

/// A running bitgoeul-sim with its hub URL.
/// A running bitgoeul-sim (no cameras) with its hub URL.
struct Sim : testsupport::AnnouncingProcess {
    explicit Sim(const QString& home, quint16 port = 0)
        : AnnouncingProcess(program("bitgoeul-sim"),
                            {QStringLiteral("--hub-port"), QString::number(port),
                             QStringLiteral("--exit-with-parent"), QStringLiteral("--no-rtsp")},
                            QStringLiteral("HUB_URL"), isolatedEnvironment(home)) {}
};

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool processAlive(qint64 pid) {
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

}  // namespace

class TestExecutables : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void versionsAndHelp() {
        for (const char* exe : {"bitgoeul", "bitgoeulctl", "bitgoeul-sim"}) {
            auto r = run(program(exe), {QStringLiteral("--version")}, m_home.path());
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.startsWith(QLatin1String(exe) + u' '), qPrintable(r.out));
            r = run(program(exe), {QStringLiteral("--help")}, m_home.path());
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(u"Usage:"), qPrintable(r.out));
        }
    }

    void badOptionsExitTwoWithOneLine_data() {
        QTest::addColumn<QString>("exe");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("console unknown")
            << "bitgoeul" << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("console lang")
            << "bitgoeul" << QStringList{QStringLiteral("--lang"), QStringLiteral("de")}
            << "--lang";
        QTest::newRow("console hub")
            << "bitgoeul" << QStringList{QStringLiteral("--hub"), QStringLiteral("hub:1026")}
            << "--hub";
        QTest::newRow("ctl command")
            << "bitgoeulctl" << QStringList{QStringLiteral("frob")} << "frob";
        QTest::newRow("ctl cache")
            << "bitgoeulctl" << QStringList{QStringLiteral("cache"), QStringLiteral("info")}
            << "--cache";
        QTest::newRow("sim port") << "bitgoeul-sim"
                                  << QStringList{QStringLiteral("--hub-port"),
                                                 QStringLiteral("99999")}
                                  << "--hub-port";
    }
    void badOptionsExitTwoWithOneLine() {
        QFETCH(QString, exe);
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        // No display is needed to be told off: the console parses before opening any window.
        auto r = run(program(exe.toLatin1().constData()), args, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        QVERIFY(r.out.isEmpty());
    }

    void simulatorServesTheTypeList() {
        Sim sim(m_home.path());
        QVERIFY(sim.url.isValid());
        QCOMPARE(sim.url.host(), QStringLiteral("127.0.0.1"));
        QNetworkAccessManager nam;
        QUrl u = sim.url;
        u.setPath(QStringLiteral("/ngsi-ld/v1/types"));
        QNetworkReply* reply = nam.get(QNetworkRequest(u));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(o.value(u"type").toString(), QStringLiteral("EntityTypeList"));
        QVERIFY(o.value(u"id").toString().startsWith(u"urn:ngsi-ld:EntityTypeList:"));
        reply->deleteLater();
    }

    void simulatorQuitsWhenItsParentGoes() {
        Sim sim(m_home.path());
        QVERIFY(sim.url.isValid());
        sim.process().closeWriteChannel();  // what the kernel does when the console dies
        QVERIFY(sim.process().waitForFinished(5000));
        QCOMPARE(sim.process().exitCode(), 0);
    }

    void probeFollowsTheRealHub() {
        const quint16 port = freePort();
        auto sim = std::make_unique<Sim>(m_home.path(), port);
        QVERIFY(sim->url.isValid());
        QNetworkAccessManager nam;
        bg::HttpHubProbe probe(&nam, sim->url, QStringLiteral("/ngsi-ld/v1"), 2000);
        bg::HubMonitor monitor(&probe, nullptr, 100, 400);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state().link, bg::HubLink::Online, 10000);

        sim->kill();  // a dead hub
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state().link, bg::HubLink::Offline, 10000);
        QVERIFY(monitor.state().offlineSince.isValid());
        QVERIFY2(monitor.state().detail.contains(u"127.0.0.1"), qPrintable(monitor.state().detail));

        sim = std::make_unique<Sim>(m_home.path(), port);  // it comes back on the same port
        QVERIFY(sim->url.isValid());
        QTRY_COMPARE_WITH_TIMEOUT(monitor.state().link, bg::HubLink::Online, 10000);
        QVERIFY(!monitor.state().offlineSince.isValid());
    }

    void probeRejectsANonJsonAnswerAndHidesCredentials() {
        // A server that answers 200 with HTML, as a misconfigured proxy would.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket* s = server.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\n"
                    "Connection: close\r\n\r\n<html></html>");
                s->disconnectFromHost();
            });
        });
        QNetworkAccessManager nam;
        QUrl url(QStringLiteral("http://operator:s3cret@127.0.0.1:%1").arg(server.serverPort()));
        bg::HttpHubProbe probe(&nam, url);
        QSignalSpy finished(&probe, &bg::HubProbe::finished);
        probe.probe();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished[0][0].toBool(), false);
        const QString detail = finished[0][1].toString();
        QVERIFY2(detail.contains(u"not JSON"), qPrintable(detail));
        QVERIFY(!detail.contains(u"s3cret"));
    }

    void ctlCacheMigrateAndInfo() {
        const QString cache = m_home.filePath(QStringLiteral("ctl/cache.sqlite"));
        auto r = run(program("bitgoeulctl"),
                     {QStringLiteral("cache"), QStringLiteral("migrate"), QStringLiteral("--cache"),
                      cache, QStringLiteral("--format"), QStringLiteral("json")},
                     m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"outcome").toString(), QStringLiteral("created"));
        const int version = o.value(u"to_version").toInt();
        QVERIFY(version >= 2);

        r = run(program("bitgoeulctl"),
                {QStringLiteral("cache"), QStringLiteral("info"), QStringLiteral("--cache"), cache,
                 QStringLiteral("--format"), QStringLiteral("json")},
                m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"schema_version").toInt(), version);
        QCOMPARE(o.value(u"journal_mode").toString(), QStringLiteral("wal"));
        for (const char* table : {"entities", "telemetry", "alerts", "alert_transitions",
                                  "incidents", "outbox", "settings"})
            QVERIFY2(o.value(u"tables").toObject().contains(QLatin1String(table)), table);

        r = run(program("bitgoeulctl"),
                {QStringLiteral("cache"), QStringLiteral("info"), QStringLiteral("--cache"),
                 m_home.filePath(QStringLiteral("nope.sqlite"))},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"nope.sqlite"));
    }

    void ctlMovesACorruptCacheAside() {
        const QString cache = m_home.filePath(QStringLiteral("corrupt.sqlite"));
        QFile f(cache);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, but the operator's notes are in it\n")
                    .repeated(200));
        f.close();
        auto r = run(program("bitgoeulctl"),
                     {QStringLiteral("cache"), QStringLiteral("migrate"), QStringLiteral("--cache"),
                      cache, QStringLiteral("--format"), QStringLiteral("json")},
                     m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString aside =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"moved_aside").toString();
        QVERIFY2(aside.contains(u".corrupt-"), qPrintable(r.out));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("operator's notes"));  // nothing deleted
    }

    void newerCacheIsRefusedByTheConsole() {
        const QString cache = m_home.filePath(QStringLiteral("newer.sqlite"));
        auto r = run(
            program("bitgoeulctl"),
            {QStringLiteral("cache"), QStringLiteral("migrate"), QStringLiteral("--cache"), cache},
            m_home.path());
        QCOMPARE(r.exitCode, 0);
        {
            const QString name = QStringLiteral("bump");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(cache);
                QVERIFY(db.open());
                QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QFile before(cache);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        r = run(program("bitgoeul"),
                {QStringLiteral("--cache"), cache, QStringLiteral("--hub"),
                 QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--screenshot"),
                 m_home.filePath(QStringLiteral("never.png"))},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"99"), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_home.filePath(QStringLiteral("never.png"))));
        QFile after(cache);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);  // untouched
    }

    void ctlDiagFindsTheVideoStack() {
        auto r = run(program("bitgoeulctl"),
                     {QStringLiteral("diag"), QStringLiteral("--format"), QStringLiteral("json")},
                     m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(u"gstreamer").toString().startsWith(u"GStreamer 1."));
        QVERIFY(o.value(u"opencv").toString().startsWith(u"OpenCV 4."));
        QVERIFY(o.value(u"gstreamer_missing_elements").toArray().isEmpty());
        QVERIFY(!o.value(u"sqlite").toString().isEmpty());
    }

    void demoStartsAndStopsItsSimulator() {
        const QString shot = m_home.filePath(QStringLiteral("demo.png"));
        auto r = run(program("bitgoeul"),
                     {QStringLiteral("--demo"), QStringLiteral("--cache"),
                      m_home.filePath(QStringLiteral("demo.sqlite")),
                      QStringLiteral("--screenshot"), shot, QStringLiteral("--screenshot-after"),
                      // Long enough for the whole city to sync even on a loaded machine.
                      QStringLiteral("6"), QStringLiteral("--lang"), QStringLiteral("en")},
                     m_home.path(), 90000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto m = QRegularExpression(
                           QStringLiteral("simulator (\\d+) hub at http://127\\.0\\.0\\.1:\\d+"))
                           .match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"hub online"), qPrintable(r.err));
        const qint64 pid = m.captured(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 5000);  // stopped on exit
        QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // The console synced the simulated city into its cache while it ran.
        QVERIFY2(r.err.contains(u"subscribed to the hub"), qPrintable(r.err));
        auto info = run(program("bitgoeulctl"),
                        {QStringLiteral("cache"), QStringLiteral("info"), QStringLiteral("--cache"),
                         m_home.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("--format"),
                         QStringLiteral("json")},
                        m_home.path());
        const int cached = QJsonDocument::fromJson(info.out.toUtf8())
                               .object()
                               .value(u"tables")
                               .toObject()
                               .value(u"entities")
                               .toInt();
        QVERIFY2(cached >= 1200, qPrintable(info.out));
        // The log file went to the isolated data folder, not the user's.
        QVERIFY(QFile::exists(
            m_home.filePath(QStringLiteral("data/Bitgoeul/bitgoeul/logs/bitgoeul.log"))));
    }

    void ctlHubSyncAndCacheList() {
        Sim sim(m_home.path());
        QVERIFY(sim.url.isValid());
        const QString cache = m_home.filePath(QStringLiteral("hubsync.sqlite"));
        auto r = run(program("bitgoeulctl"),
                     {QStringLiteral("hub"), QStringLiteral("sync"), QStringLiteral("--hub"),
                      sim.url.toString(), QStringLiteral("--types"),
                      QStringLiteral("OffStreetParking,EVChargingStation,ParkingSpot"),
                      QStringLiteral("--cache"), cache},
                     m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"OffStreetParking: 14 entities synced"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"EVChargingStation: 8 entities synced"));
        QVERIFY(r.out.contains(u"ParkingSpot:"));  // a type the UI does not show syncs too

        r = run(program("bitgoeulctl"),
                {QStringLiteral("cache"), QStringLiteral("list"), QStringLiteral("--cache"), cache,
                 QStringLiteral("--type"), QStringLiteral("OffStreetParking"),
                 QStringLiteral("--format"), QStringLiteral("json")},
                m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray lots = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(lots.size(), 14);
        for (const auto& v : lots) {
            const QJsonObject lot = v.toObject();
            QCOMPARE(lot.value(u"type").toString(), QStringLiteral("OffStreetParking"));
            QVERIFY(lot.value(u"id").toString().startsWith(u"urn:ngsi-ld:OffStreetParking:"));
            QVERIFY(lot.value(u"totalSpotNumber").isDouble());  // a value, not {"type", "value"}
            QCOMPARE(lot.value(u"location").toObject().value(u"type").toString(),
                     QStringLiteral("Point"));
        }

        // The KETI dialect has no /ngsi-ld/v1 prefix: against this ETSI hub every type fails,
        // each named on stderr, and the exit status says so.
        r = run(program("bitgoeulctl"),
                {QStringLiteral("hub"), QStringLiteral("sync"), QStringLiteral("--hub"),
                 sim.url.toString(), QStringLiteral("--types"),
                 QStringLiteral("OffStreetParking,Camera"), QStringLiteral("--cache"), cache,
                 QStringLiteral("--dialect"), QStringLiteral("keti")},
                m_home.path());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"OffStreetParking: ") && r.err.contains(u"Camera: "),
                 qPrintable(r.err));
    }

    void ctlProbesTheSimulatedCameras() {
        quint16 rtsp = 0;
        {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost, 0);
            rtsp = s.serverPort();
        }
        // Scenes are encoded once into the build's cache (shared with the sim's own tests), so
        // what is measured below is serving, not the first encoding.
        const QString cache = QStringLiteral(SIM_SCENE_CACHE);
        QCOMPARE(
            QProcess::execute(program("bitgoeul-sim"), {QStringLiteral("--encode-scenes"),
                                                        QStringLiteral("--scene-cache"), cache}),
            0);
        QProcess sim;
        sim.setProcessEnvironment(isolatedEnvironment(m_home.path()));
        sim.start(program("bitgoeul-sim"),
                  {QStringLiteral("--hub-port"), QStringLiteral("0"), QStringLiteral("--rtsp-port"),
                   QString::number(rtsp), QStringLiteral("--scene-cache"), cache});
        QVERIFY(sim.waitForStarted(10000));
        QString out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && !out.contains(u"RTSP_URL=")) {
            sim.waitForReadyRead(200);
            out += QString::fromUtf8(sim.readAllStandardOutput());
        }
        QVERIFY2(out.contains(u"RTSP_URL="), qPrintable(out));
        const QString base = QStringLiteral("rtsp://127.0.0.1:%1/cam/").arg(rtsp);
        auto r = run(program("bitgoeulctl"),
                     {QStringLiteral("video"), QStringLiteral("probe"), QStringLiteral("--url"),
                      base + QStringLiteral("1/sub"), QStringLiteral("--url"),
                      base + QStringLiteral("1175/main"), QStringLiteral("--seconds"),
                      QStringLiteral("4"), QStringLiteral("--format"), QStringLiteral("json")},
                     m_home.path(), 60000);
        sim.kill();
        sim.waitForFinished(5000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray streams =
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"streams").toArray();
        QCOMPARE(streams.size(), 2);
        for (const auto& v : streams) {
            const QJsonObject s = v.toObject();
            QVERIFY2(s.value(u"frames").toInt() > 20, qPrintable(r.out));
            QVERIFY2(s.value(u"first_frame_ms").toInt() < 2000, qPrintable(r.out));  // goal: ≤ 2 s
            // The simulated cameras send their capture time: latency is known and small on
            // loopback.
            QVERIFY2(!s.value(u"latency_ms_median").isNull(), qPrintable(r.out));
            QVERIFY2(s.value(u"latency_ms_median").toInt() < 1000, qPrintable(r.out));
        }
    }

    void ctlShiftReportIsAKoreanPdf() {
        // Some alerts with a trail, made the way the console makes them.
        const QString cache = m_home.filePath(QStringLiteral("report.sqlite"));
        {
            bg::CacheWriter writer(cache, bg::SchemaManager(bg::loadMigrations().value()));
            QVERIFY(writer.start());
            bg::Alert a;
            a.id = QStringLiteral("urn:ngsi-ld:Alert:r1");
            a.category = bg::AlertCategory::EmergencyBell;
            a.severity = bg::Severity::Critical;
            a.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
            writer.submit(QStringLiteral("alert"), bg::AlertRepository::upsertAlert(a));
            writer.submit(QStringLiteral("ack"),
                          bg::AlertRepository::recordTransition(
                              {a.id, bg::AlertState::New, bg::AlertState::Acknowledged,
                               QStringLiteral("김관제"), a.raisedAt.addSecs(90),
                               QStringLiteral("순찰 출동")}));
            bg::Incident i;
            i.id = QStringLiteral("urn:ngsi-ld:Incident:r1");
            i.title = QStringLiteral("동구청 앞 비상벨");
            i.state = bg::IncidentState::Escalated;
            i.alertIds = {a.id};
            i.createdAt = a.raisedAt.addSecs(120);
            i.createdBy = QStringLiteral("김관제");
            i.location = {126.92, 35.146};
            i.notes = {};
            writer.submit(QStringLiteral("incident"), bg::IncidentRepository::upsertIncident(i));
            bg::IncidentShare s;
            s.id = QStringLiteral("urn:ngsi-ld:CameraShare:r1");
            s.incidentId = i.id;
            s.cameraIds = {QStringLiteral("urn:ngsi-ld:Camera:1")};
            s.radiusM = 300;
            s.createdAt = i.createdAt.addSecs(60);
            s.expiresAt = s.createdAt.addSecs(3600);
            s.createdBy = i.createdBy;
            s.delivery = QStringLiteral("record");
            writer.submit(QStringLiteral("share"), bg::IncidentRepository::upsertShare(s));
            QVERIFY(writer.flush());
            QCOMPARE(writer.opsFailed(), 0);
        }
        const QString pdf = m_home.filePath(QStringLiteral("shift.pdf"));
        auto r = run(
            program("bitgoeulctl"),
            {QStringLiteral("report"), QStringLiteral("shift"), QStringLiteral("--cache"), cache,
             QStringLiteral("--hours"), QStringLiteral("8"), QStringLiteral("--out"), pdf},
            m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"1 alerts raised"), qPrintable(r.out));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 5000);
        QVERIFY(bytes.contains("NanumGothic"));  // Hangul is laid out with the Korean font
        // The incidents of the cache, as JSON.
        r = run(program("bitgoeulctl"),
                {QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--cache"),
                 cache, QStringLiteral("--format"), QStringLiteral("json")},
                m_home.path());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray incidents = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents.first().toObject();
        QCOMPARE(incident.value(u"state").toString(), QStringLiteral("escalated"));
        QCOMPARE(incident.value(u"title").toString(), QStringLiteral("동구청 앞 비상벨"));
        QCOMPARE(incident.value(u"alerts").toArray().first().toString(),
                 QStringLiteral("urn:ngsi-ld:Alert:r1"));
        const QJsonObject share = incident.value(u"shares").toArray().first().toObject();
        QCOMPARE(share.value(u"agency").toString(), QStringLiteral("112"));
        QCOMPARE(share.value(u"status").toString(), QStringLiteral("active"));
        // A wrong --out is a usage error.
        r = run(program("bitgoeulctl"),
                {QStringLiteral("report"), QStringLiteral("shift"), QStringLiteral("--cache"),
                 cache, QStringLiteral("--out"), QStringLiteral("x.txt")},
                m_home.path());
        QCOMPARE(r.exitCode, 2);
    }

    void killedConsoleLeavesNoSimulator() {
        QProcess console;
        console.setProcessEnvironment(isolatedEnvironment(m_home.path()));
        console.start(program("bitgoeul"), {QStringLiteral("--demo"), QStringLiteral("--cache"),
                                            m_home.filePath(QStringLiteral("killed.sqlite"))});
        QVERIFY(console.waitForStarted(10000));
        const QRegularExpression started(QStringLiteral("simulator (\\d+) hub at"));
        QString err;
        QRegularExpressionMatch m;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !(m = started.match(err)).hasMatch()) {
            console.waitForReadyRead(200);
            err += QString::fromUtf8(console.readAllStandardError());
        }
        QVERIFY2(m.hasMatch(), qPrintable(err));
        const qint64 simPid = m.captured(1).toLongLong();
        QVERIFY(processAlive(simPid));
        console.kill();  // SIGKILL: no clean-up code of the console runs
        QVERIFY(console.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(simPid), 5000);
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "test_executables.moc"
