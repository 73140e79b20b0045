// The Dashboards page built from a store and a REAL SQLite cache holding a recorded day
// (tests/support/dashboard_fixture.h): its cards, tables and charts show the day's numbers, every
// section can be opened by name (the same names as `bitgoeul --dashboard`), and a panel exports
// a non-empty PNG and a CSV with a byte-order mark.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "cli/console_options.h"
#include "services/history_source.h"
#include "support/dashboard_fixture.h"
#include "ui/dashboards_page.h"
#include "ui/models/dashboard_data.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;
using namespace bg::test;

namespace {

/// With BITGOEUL_TEST_SHOTS=DIR set, saves what the test looked at, for a person to look at too.
void keepShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("BITGOEUL_TEST_SHOTS");
    if (!dir.isEmpty()) w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

QString labelText(QWidget* root, const QString& name) {
    auto* l = root->findChild<QLabel*>(name);
    return l ? l->text() : QStringLiteral("<no label %1>").arg(name);
}

}  // namespace

class TestDashboardsPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void showsTheRecordedDay() {
        QLocale::setDefault(QLocale::c());  // "78.6", whatever the machine's locale
        CacheWriter writer(m_dir.filePath(QStringLiteral("page.sqlite")),
                           SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        HistorySource history(&cache);
        EntityStore store;
        recordDashboardHistory(store, cache);

        DashboardsPage page(&store, &history, nullptr, [] { return kNow; });
        QCOMPARE(page.pageName(), QStringLiteral("dashboards"));
        // The command line's --dashboard names are the page's.
        QCOMPARE(DashboardsPage::sectionNames(), consoleDashboardSections());
        page.resize(1500, 900);
        // The history is read on the history source's loader thread and drawn when it is in.
        QSignalSpy historyShown(page.data(), &DashboardData::historyRefreshed);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!historyShown.isEmpty());

        // Overview cards.
        QCOMPARE(labelText(&page, QStringLiteral("kpi_parkingOccupancy")),
                 QStringLiteral("78.6 %"));
        QCOMPARE(labelText(&page, QStringLiteral("trend_parkingOccupancy")),
                 QStringLiteral("▲ 8.6"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_pvKwhToday")), QStringLiteral("525.0 kWh"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_chargingKwhToday")),
                 QStringLiteral("180.0 kWh"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_collectionsDue")), QStringLiteral("2"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_openAlerts")), QStringLiteral("5"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_pm10")), QStringLiteral("—"));
        keepShot(&page, QStringLiteral("dashboards-overview"));

        // Parking.
        QVERIFY(page.showSection(QStringLiteral("parking")));
        QCOMPARE(labelText(&page, QStringLiteral("figure_parkingOccupancy")),
                 QStringLiteral("78.6 %"));
        QCOMPARE(labelText(&page, QStringLiteral("figure_parkingFree")),
                 QStringLiteral("75 / 350"));
        QCOMPARE(labelText(&page, QStringLiteral("figure_illegalParking24h")), QStringLiteral("1"));
        auto* lots = page.findChild<QTableView*>(QStringLiteral("table_parkingLots"));
        QVERIFY(lots);
        QAbstractItemModelTester lotsTester(lots->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(lots->model()->rowCount(), 3);
        // Fullest first, until the operator sorts otherwise.
        QCOMPARE(lots->model()->index(0, ParkingOccupancyModel::NameColumn).data().toString(),
                 QStringLiteral("다 주차장"));
        QCOMPARE(lots->model()->index(2, ParkingOccupancyModel::NameColumn).data().toString(),
                 QStringLiteral("나 주차장"));
        lots->sortByColumn(ParkingOccupancyModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(lots->model()->index(0, ParkingOccupancyModel::NameColumn).data().toString(),
                 QStringLiteral("가 주차장"));
        // …which does not reorder the fullest-lots chart (its own proxy).
        QCOMPARE(page.data()
                     ->lotsByOccupancy()
                     ->index(0, ParkingOccupancyModel::NameColumn)
                     .data()
                     .toString(),
                 QStringLiteral("다 주차장"));
        auto* day = page.findChild<QChartView*>(QStringLiteral("chart_parking24h"));
        QVERIFY(day);
        QCOMPARE(day->chart()->series().size(), 1);
        auto* dayLine = qobject_cast<QLineSeries*>(day->chart()->series().first());
        QCOMPARE(dayLine->count(), 97);  // every 15 minutes for 24 hours
        QCOMPARE(qRound(dayLine->at(96).y() * 100), 7857);
        keepShot(&page, QStringLiteral("dashboards-parking"));

        // RE100.
        QVERIFY(page.showSection(QStringLiteral("mega")));
        QCOMPARE(labelText(&page, QStringLiteral("figure_megaPvKwh")), QStringLiteral("525.0 kWh"));
        QCOMPARE(labelText(&page, QStringLiteral("figure_megaLoadKw")), QStringLiteral("30.0 kW"));
        QCOMPARE(labelText(&page, QStringLiteral("figure_megaFaults")), QStringLiteral("1"));
        auto* flow = page.findChild<QChartView*>(QStringLiteral("chart_energyFlow"));
        QCOMPARE(flow->chart()->series().size(), 2);
        auto* connectors = page.findChild<QTableView*>(QStringLiteral("table_megaConnectors"));
        QCOMPARE(connectors->model()->rowCount(), 3);
        keepShot(&page, QStringLiteral("dashboards-mega"));

        // Crosswalks, recycling, alerts.
        QVERIFY(page.showSection(QStringLiteral("crosswalks")));
        auto* xw = page.findChild<QTableView*>(QStringLiteral("table_crosswalkTable"));
        QCOMPARE(xw->model()->rowCount(), 24);
        QCOMPARE(xw->model()->index(22, 2).data().toInt(), 2);  // 14 o'clock, crosswalk 1
        // Opened at the hour now (the last row), not at yesterday's.
        QVERIFY(!xw->visualRect(xw->model()->index(23, 0)).isEmpty());
        QVERIFY(xw->viewport()->rect().intersects(xw->visualRect(xw->model()->index(23, 0))));
        keepShot(&page, QStringLiteral("dashboards-crosswalks"));
        QVERIFY(page.showSection(QStringLiteral("recycling")));
        QCOMPARE(labelText(&page, QStringLiteral("figure_recyclingDue")), QStringLiteral("2"));
        auto* due = page.findChild<QTableView*>(QStringLiteral("table_collectionsDue"));
        QCOMPARE(due->model()->rowCount(), 2);
        QCOMPARE(due->model()->index(0, 0).data().toString(), QStringLiteral("자판기 3"));
        keepShot(&page, QStringLiteral("dashboards-recycling"));
        QVERIFY(page.showSection(QStringLiteral("alerts")));
        auto* perHour = page.findChild<QTableView*>(QStringLiteral("table_alertsTable"));
        QCOMPARE(perHour->model()->columnCount(), 4);  // hour, 2 categories, total
        QCOMPARE(perHour->model()->index(23, 3).data().toInt(), 2);
        keepShot(&page, QStringLiteral("dashboards-alerts"));
        QVERIFY(!page.showSection(QStringLiteral("nonsense")));

        // Exports: a picture of the chart's panel and its table.
        const QString png = m_dir.filePath(QStringLiteral("flow.png"));
        QVERIFY(
            page.exportPanel(QStringLiteral("energyFlow"), png, DashboardsPage::ExportFormat::Png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 200 && image.height() > 100);
        const QString csv = m_dir.filePath(QStringLiteral("flow.csv"));
        QVERIFY(
            page.exportPanel(QStringLiteral("energyFlow"), csv, DashboardsPage::ExportFormat::Csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count('\n'), 1 + 91);  // header and every 10 minutes since midnight
        QVERIFY(bytes.contains("2026-11-25T12:00:00+09:00,100,30"));
        const Status unknown =
            page.exportPanel(QStringLiteral("nope"), csv, DashboardsPage::ExportFormat::Csv);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QStringLiteral("nope")));
        QVERIFY(page.panelNames().contains(QStringLiteral("alertsChart")));
    }

    void emptyStoreShowsDashes() {
        EntityStore store;
        DashboardsPage page(&store, nullptr);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_pvPowerKw")), QStringLiteral("—"));
        QCOMPARE(labelText(&page, QStringLiteral("kpi_openAlerts")), QStringLiteral("0"));
        page.showSection(QStringLiteral("mega"));
        QVERIFY(labelText(&page, QStringLiteral("figure_megaPvKw")).startsWith(u"—"));
    }
};

QTEST_MAIN(TestDashboardsPage)
#include "test_dashboards_page.moc"
