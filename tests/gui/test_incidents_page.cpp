// Incidents on the Alerts page, by keyboard, with a REAL cache on disk: two alerts selected with
// Home and Shift+Down become one incident with I; E on the incident opens the escalation dialog,
// Enter escalates to 112 and the share record (cameras within the radius, expiry) is on disk and
// listed; a note typed after N lands in the timeline; the shift report preview shows pages and
// its PDF export is logged in the activity log.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "services/alert_engine.h"
#include "services/incident_service.h"
#include "ui/alerts_page.h"
#include "ui/escalation_dialog.h"
#include "ui/incidents_panel.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/incident_models.h"
#include "ui/shift_report_dialog.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "widgets/video_tile.h"
#include "widgets/video_wall.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTranslator>

using namespace bg;

namespace {
/// With BITGOEUL_SHOTS=<dir> the test also saves what it shows, in the console's dark theme,
/// for people to look at (not checked).
void shoot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("BITGOEUL_SHOTS");
    if (dir.isEmpty()) return;
    static bool themed = false;
    if (!themed) {
        QFile qss(QStringLiteral(":/theme/dark.qss"));
        if (qss.open(QIODevice::ReadOnly)) qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
        qApp->setFont(QFont(QStringLiteral("NanumGothic"), 10));
        themed = true;
    }
    QCoreApplication::processEvents();
    w->grab().save(QDir(dir).filePath(name));
}

constexpr double kEarthRadiusM = 6371008.8;
const GeoPoint kBase{126.9200, 35.1460};
GeoPoint north(double m) {
    return {kBase.lon, kBase.lat + m / kEarthRadiusM * 180.0 / M_PI};
}
Camera camera(const QString& n, double northM) {
    Camera c;
    c.id = QStringLiteral("urn:ngsi-ld:Camera:%1").arg(n);
    c.name = {QStringLiteral("카메라 %1").arg(n), QStringLiteral("Camera %1").arg(n)};
    c.location = north(northM);
    c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:8554/%1").arg(n));
    c.subStreamUrl = c.mainStreamUrl;
    return c;
}
Alert alert(const QString& source, AlertCategory c, double northM, int minutesAgo) {
    Alert a;
    a.category = c;
    a.severity = Severity::Critical;  // all first in the queue, oldest first
    a.sourceId = source;
    a.location = north(northM);
    a.dong = QStringLiteral("충장동");
    a.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return a;
}
}  // namespace

class TestIncidentsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QTranslator m_korean;

private Q_SLOTS:
    void initTestCase() {
        // The pictures are for Korean operators.
        if (!qEnvironmentVariableIsEmpty("BITGOEUL_SHOTS") &&
            m_korean.load(QStringLiteral(":/i18n/bitgoeul_ko.qm"))) {
            QCoreApplication::installTranslator(&m_korean);
            QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
        }
    }

    void createAndEscalateByKeyboard() {
        const QString path = m_dir.filePath(QStringLiteral("gui.sqlite"));
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        EntityStore store;
        store.upsertMany({camera(QStringLiteral("a"), 60), camera(QStringLiteral("b"), -150),
                          camera(QStringLiteral("c"), 700)});
        AlertEngine engine(&store, &cache, nullptr);
        IncidentService incidents(&store, &cache, nullptr);
        AlertsPage page(&store, &engine, QStringLiteral("박관제"), &incidents);
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString crosswalk = engine.raise(alert(QStringLiteral("urn:ngsi-ld:Crosswalk:1"),
                                                     AlertCategory::CrosswalkRedLight, -20, 9));
        const QString bell = engine.raise(
            alert(QStringLiteral("urn:ngsi-ld:SmartPole:1"), AlertCategory::EmergencyBell, 20, 8));
        engine.raise(
            alert(QStringLiteral("urn:ngsi-ld:Camera:c"), AlertCategory::Intrusion, 700, 1));

        QTableView* table = page.table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Home);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(page.selectedAlertIds(), (QStringList{crosswalk, bell}));
        QTest::keyClick(table, Qt::Key_I);
        QCOMPARE(incidents.incidents().size(), 1);
        const Incident made = incidents.incidents().first();
        QCOMPARE(made.alertIds, (QStringList{crosswalk, bell}));
        QCOMPARE(made.createdBy, QStringLiteral("박관제"));
        QVERIFY2(made.title.contains(u"충장동"), qPrintable(made.title));
        // The page moved to the incidents, with the new one selected and focused.
        QCOMPARE(page.tabs()->currentWidget(), page.incidentsPanel());
        IncidentsPanel* panel = page.incidentsPanel();
        QCOMPARE(panel->selectedIncidentId(), made.id);
        QVERIFY(panel->table()->hasFocus());
        QVERIFY(panel->timeline()->model()->rowCount() >= 3);  // two alerts raised, created

        // E: the dialog opens; a radius of 200 m takes cameras a (60 m) and b (150 m); Enter.
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<EscalationDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            sawDialog = true;
            shoot(dialog, QStringLiteral("escalation-dialog.png"));
            QCOMPARE(dialog->agency(), Agency::Police112);
            auto* radius = dialog->findChild<QSpinBox*>(QStringLiteral("escalationRadius"));
            radius->setValue(200);
            QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("escalationCameras"))
                        ->text()
                        .contains(u'2'));
            auto* validity = dialog->findChild<QSpinBox*>(QStringLiteral("escalationValidity"));
            validity->setValue(30);
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QTest::keyClick(panel->table(), Qt::Key_E);
        QVERIFY(sawDialog);
        const QVector<IncidentShare> shares = cache.loadShares(made.id);  // on disk
        QCOMPARE(shares.size(), 1);
        const IncidentShare& s = shares.first();
        QCOMPARE(s.agency, Agency::Police112);
        QCOMPARE(s.cameraIds, (QStringList{QStringLiteral("urn:ngsi-ld:Camera:a"),
                                           QStringLiteral("urn:ngsi-ld:Camera:b")}));
        QCOMPARE(s.radiusM, 200.0);
        QCOMPARE(s.createdAt.secsTo(s.expiresAt), 30 * 60);
        QCOMPARE(s.createdBy, QStringLiteral("박관제"));
        QCOMPARE(s.deliveryState, DeliveryState::Recorded);
        QCOMPARE(incidents.incident(made.id)->state, IncidentState::Escalated);
        QCOMPARE(panel->shareList()->count(), 1);
        QVERIFY(panel->shareList()->item(0)->text().contains(
            store.get<Camera>(QStringLiteral("urn:ngsi-ld:Camera:a"))->name.text()));
        QVERIFY2(panel->message().contains(u"112"), qPrintable(panel->message()));

        // N, a note, Enter: in the incident and at the end of its timeline.
        page.activateWindow();  // back from the dialog
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(panel->table()->hasFocus());
        QTest::keyClick(panel->table(), Qt::Key_N);
        QVERIFY(panel->noteEdit()->hasFocus());
        panel->noteEdit()->insert(QStringLiteral("경찰 도착"));
        QTest::keyClick(panel->noteEdit(), Qt::Key_Return);
        QCOMPARE(incidents.incident(made.id)->notes.size(), 1);
        const QAbstractItemModel* timeline = panel->timeline()->model();
        QCOMPARE(timeline->index(timeline->rowCount() - 1, IncidentTimelineModel::DetailColumn)
                     .data()
                     .toString(),
                 QStringLiteral("경찰 도착"));

        shoot(&page, QStringLiteral("incidents-panel.png"));

        // R resolves; E is then refused with a message, no second share.
        QTest::keyClick(panel->table(), Qt::Key_R);
        QCOMPARE(incidents.incident(made.id)->state, IncidentState::Resolved);
        QTest::keyClick(panel->table(), Qt::Key_E);
        QCOMPARE(cache.loadShares().size(), 1);

        // The shift report preview: pages, the incident counted, and the export logged.
        ShiftReportDialog report(
            [&](const QDateTime& from, const QDateTime& to) {
                ShiftReport r =
                    buildShiftReport(cache.loadAlerts(), cache.loadTransitions(), from, to);
                addIncidents(r, incidents.incidents(), incidents.shares());
                return r;
            },
            QStringLiteral("동구 통합관제센터"));
        connect(&report, &ShiftReportDialog::exported, &incidents, [&](const QString& file) {
            incidents.logActivity(ActivityKind::Export, QStringLiteral("박관제"), file);
        });
        report.show();
        QVERIFY(QTest::qWaitForWindowExposed(&report));
        QVERIFY(report.pageCount() >= 1);
        shoot(&report, QStringLiteral("shift-report-preview.png"));
        QCOMPARE(report.report().incidentsCreated, 1);
        QCOMPARE(report.report().incidentsEscalated, 1);
        QCOMPARE(report.report().raised, 3);
        const QString pdf = m_dir.filePath(QStringLiteral("shift.pdf"));
        report.saveAsPdf(pdf);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QVector<ActivityEntry> log = cache.loadActivity();
        QCOMPARE(log.last().kind, ActivityKind::Export);
        QCOMPARE(log.last().subject, pdf);
        writer.stop();
    }

    void wallReportsCamerasTheOperatorOpens() {
        EntityStore store;
        Camera c = camera(QStringLiteral("w"), 0);
        c.mainStreamUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:9/none"));  // nothing plays
        c.subStreamUrl = c.mainStreamUrl;
        store.upsert(c);
        QThread video;
        video.start();
        QSettings settings(m_dir.filePath(QStringLiteral("wall.ini")), QSettings::IniFormat);
        {
            VideoWallPage page(&store, &video, &settings);
            page.resize(900, 600);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QSignalSpy viewed(page.controller(), &WallController::cameraViewed);
            page.controller()->assign(1, c.id);  // a layout restored: nobody chose to look
            QCOMPARE(viewed.size(), 0);
            const int tile = page.showCamera(c.id);  // chosen from the list or the map
            QCOMPARE(viewed.size(), 1);
            QCOMPARE(viewed.last().at(0).toString(), c.id);
            QCOMPARE(viewed.last().at(1).toBool(), false);
            QTest::mouseDClick(page.wall()->tile(tile), Qt::LeftButton);  // maximised
            QCOMPARE(page.wall()->maximisedIndex(), tile);
            QCOMPARE(viewed.size(), 2);
            QCOMPARE(viewed.last().at(1).toBool(), true);
        }
        video.quit();
        video.wait();
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "test_incidents_page.moc"
