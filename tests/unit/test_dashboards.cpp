// The dashboards' numbers, without widgets: the pure aggregations (Seoul hours, kWh by
// trapezoid, occupancy over time) and every dashboard model under QAbstractItemModelTester, fed
// with a recorded history (samples generated from known curves, written to a REAL SQLite cache
// and read back through the history source), plus the CSV export.
#include "cache/cache_adapter.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/history_source.h"
#include "support/dashboard_fixture.h"
#include "ui/models/dashboard_data.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <utility>

using namespace bg;
using namespace bg::test;

namespace {

void attachTester(QAbstractItemModel* model, QObject* owner) {
    new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 owner);
}

/// The real cache, noting the thread of every history read.
class ThreadRecordingCache : public CacheAdapter {
public:
    explicit ThreadRecordingCache(CacheWriter* writer)
        : CacheAdapter(writer, [](const QJsonObject&) { return std::optional<HubEntity>(); }) {}
    QVector<TelemetryPoint> loadTelemetry(const QString& entityId, const QString& attr,
                                          const QDateTime& from, const QDateTime& to) override {
        {
            QMutexLocker lock(&m_mutex);
            m_threads.append(QThread::currentThread());
        }
        return CacheAdapter::loadTelemetry(entityId, attr, from, to);
    }
    QVector<QThread*> takeThreads() {
        QMutexLocker lock(&m_mutex);
        return std::exchange(m_threads, {});
    }

private:
    QMutex m_mutex;
    QVector<QThread*> m_threads;
};

}  // namespace

class TestDashboards : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void seoulBuckets() {
        // 15:00 KST on the 25th: the Seoul day began at 15:00 UTC on the 24th.
        QCOMPARE(seoulDayStart(kNow), QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
        // 08:30 KST is still the 25th in Seoul although it is the 24th in UTC.
        QCOMPARE(seoulDayStart(seoul(25, 8, 30)),
                 QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
        QCOMPARE(seoulHourStart(seoul(25, 14, 59)), seoul(25, 14));
    }

    void energyByTrapezoid() {
        // Triangle up to 15:00: 300 kWh in the morning + (100 + 50) / 2 * 3 h = 525 kWh.
        const auto pv = triangleDay(seoul(25, 15));
        QCOMPARE(qRound(integrateKwh(pv, seoulDayStart(kNow), kNow) * 1000), 525000);
        // Up to noon only: the morning's half triangle.
        QCOMPARE(qRound(integrateKwh(pv, seoulDayStart(kNow), seoul(25, 12)) * 1000), 300000);
        // Cut at midnight: 10 kW held from 23:00 to 01:00 counts one hour after midnight.
        const QVector<TelemetryPoint> flat{{QStringLiteral("p"), seoul(24, 23), 10},
                                           {QStringLiteral("p"), seoul(25, 1), 10}};
        QCOMPARE(qRound(integrateKwh(flat, seoul(25, 0), kNow) * 1000), 10000);
        // Cut inside a ramp: 0 → 20 kW over two hours, the second hour alone is 15 kWh.
        const QVector<TelemetryPoint> ramp{{QStringLiteral("p"), seoul(25, 0), 0},
                                           {QStringLiteral("p"), seoul(25, 2), 20}};
        QCOMPARE(qRound(integrateKwh(ramp, seoul(25, 1), kNow) * 1000), 15000);
        QCOMPARE(integrateKwh({}, seoul(25, 0), kNow), 0.0);
    }

    void resampleHoldsAndAverages() {
        const QVector<TelemetryPoint> s{{QStringLiteral("a"), seoul(25, 10, 5), 10},
                                        {QStringLiteral("a"), seoul(25, 10, 7), 20},
                                        {QStringLiteral("a"), seoul(25, 10, 30), 40}};
        const auto grid = resample(s, seoul(25, 10), seoul(25, 10, 40), 600);
        QCOMPARE(grid.size(), 5);
        QVERIFY(!grid[0].known());      // 10:00: nothing yet
        QCOMPARE(grid[1].value, 15.0);  // 10:10: mean of 10 and 20
        QCOMPARE(grid[2].value, 20.0);  // 10:20: held
        QCOMPARE(grid[3].value, 40.0);  // 10:30: the sample at the grid time
        QCOMPARE(grid[4].value, 40.0);
        // `to` between two steps is the last grid time: the latest value shows.
        const auto late = resample(s, seoul(25, 10), seoul(25, 10, 8), 600);
        QCOMPARE(late.size(), 2);
        QCOMPARE(late[1].at, seoul(25, 10, 8));
        QCOMPARE(late[1].value, 15.0);
    }

    void occupancyOverLots() {
        LotHistory a{
            100,
            {{QStringLiteral("x"), seoul(25, 10), 50}, {QStringLiteral("x"), seoul(25, 11), 20}}};
        LotHistory b{50, {{QStringLiteral("x"), seoul(25, 10, 30), 45}}};
        const auto h = occupancyHistory({a, b}, seoul(25, 9), seoul(25, 11), 1800);
        QCOMPARE(h.size(), 5);
        QVERIFY(!h[0].known());                    // 09:00: no lot known
        QCOMPARE(h[2].value, 50.0);                // 10:00: lot a alone, 50 of 100
        QCOMPARE(qRound(h[3].value * 100), 3667);  // 10:30: (50 + 5) / 150
        QCOMPARE(qRound(h[4].value * 100), 5667);  // 11:00: (80 + 5) / 150
    }

    void countsPerSeoulHour() {
        const QVector<KeyedEvent> events{
            {seoul(25, 14, 59), QStringLiteral("a")},  {seoul(25, 15, 0), QStringLiteral("a")},
            {seoul(25, 15, 30), QStringLiteral("b")},  {seoul(24, 14, 30), QStringLiteral("a")},
            {seoul(24, 13, 0), QStringLiteral("old")},  // outside the 24 hours: no column
        };
        const HourlyCounts c = countPerHour(events, kNow, 24, {QStringLiteral("z")});
        QCOMPARE(c.hours.size(), 24);
        QCOMPARE(c.hours.first(), seoul(24, 16));
        QCOMPARE(c.hours.last(), seoul(25, 15));
        QCOMPARE(c.keys, (QStringList{QStringLiteral("z"), QStringLiteral("a"),
                                      QStringLiteral("b")}));  // asked-for keys first, even empty
        QCOMPARE(c.counts[23], (QVector<int>{0, 1, 1}));       // 15:00–16:00
        QCOMPARE(c.counts[22], (QVector<int>{0, 1, 0}));       // 14:59 is the 14 o'clock hour
        QCOMPARE(c.keyTotal(1), 2);  // the day-old 14:30 event is outside the window
        QCOMPARE(c.total(23), 2);
    }

    void dashboardsFromRecordedHistory() {
        const QString path = m_dir.filePath(QStringLiteral("dash.sqlite"));
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        HistorySource history(&cache);
        EntityStore store;

        // --- the recorded history (tests/support/dashboard_fixture.h) ----------------
        const DashboardFixture fx = recordDashboardHistory(store, cache);
        const Crosswalk& x1 = fx.x1;
        const Crosswalk& x2 = fx.x2;

        // --- the models under the tester, through a refresh ------------------------------
        DashboardData data(&store, &history);
        for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
                 data.overview(), data.parkingLots(), data.lotsByOccupancy(), data.parking24h(),
                 data.parking7d(), data.megaConnectors(), data.chargers(), data.chargersSorted(),
                 data.energyFlow(), data.recycling(), data.collectionsDue(), data.crosswalkAlerts(),
                 data.alertsPerHour()})
            attachTester(m, this);
        QSignalSpy refreshed(&data, &DashboardData::refreshed);
        data.refresh(kNow);
        QCOMPARE(refreshed.size(), 1);
        data.refresh(kNow);  // a second refresh over filled models

        // Parking now: (80 + 5 + 190) / 350 = 78.57 %.
        QCOMPARE(qRound(data.parkingLots()->totalOccupancyPercent() * 100), 7857);
        QCOMPARE(data.parkingLots()->availableSpots(), 75);
        // Fullest first: 다 (95 %), 가 (80 %), 나 (10 %).
        QSortFilterProxyModel* byOcc = data.lotsByOccupancy();
        QCOMPARE(byOcc->rowCount(), 3);
        QCOMPARE(byOcc->index(0, ParkingOccupancyModel::NameColumn).data().toString(),
                 QStringLiteral("다 주차장"));
        QCOMPARE(byOcc->index(1, ParkingOccupancyModel::NameColumn).data().toString(),
                 QStringLiteral("가 주차장"));
        QCOMPARE(
            byOcc->index(0, ParkingOccupancyModel::OccupancyColumn).data(Qt::EditRole).toDouble(),
            95.0);
        // 24 h history: 70 % until 14:30, 78.57 % after; unknown before the recording began.
        TimeSeriesModel* day = data.parking24h();
        QCOMPARE(day->rowCount(), 97);  // every 15 minutes over 24 hours, both ends
        QCOMPARE(day->timeAt(day->rowCount() - 1), kNow);
        QCOMPARE(qRound(day->valueAt(day->rowCount() - 1, 0) * 100), 7857);
        QCOMPARE(qRound(day->valueAt(day->rowCount() - 5, 0) * 100), 7000);  // 14:00
        QCOMPARE(qRound(day->valueAt(0, 0) * 100), 7000);
        TimeSeriesModel* week = data.parking7d();
        QCOMPARE(week->rowCount(), 7 * 24 + 1);
        QVERIFY(std::isnan(week->valueAt(0, 0)));  // a week ago nothing was recorded
        QCOMPARE(qRound(week->valueAt(week->rowCount() - 1, 0) * 100), 7857);

        // RE100: 525 kWh of sun, 6 h × 30 kW = 180 kWh of charging, one faulted connector.
        QCOMPARE(qRound(data.pvKwhToday() * 10), 5250);
        QCOMPARE(qRound(data.chargingKwhToday() * 10), 1800);
        QCOMPARE(data.pvPowerKw(), 50.0);
        QCOMPARE(data.chargingPowerKw(), 30.0);
        QCOMPARE(data.megaFaults(), 1);
        QCOMPARE(data.megaConnectors()->rowCount(), 3);
        QCOMPARE(data.megaConnectors()
                     ->index(2, ConnectorStateModel::StateColumn)
                     .data(ConnectorStateModel::StateRole)
                     .toInt(),
                 int(ConnectorState::Faulted));
        QCOMPARE(data.chargers()->rowCount(), 2);
        QCOMPARE(data.chargers()->index(0, ChargerStationModel::NameColumn).data().toString(),
                 QStringLiteral("RE100 메가스테이션"));  // the mega station first
        QCOMPARE(data.chargers()->connectorCount(ConnectorState::Charging), 2);
        // Energy flow every 10 minutes from midnight: PV at noon 100 kW, charging 30 kW.
        TimeSeriesModel* flow = data.energyFlow();
        QCOMPARE(flow->rowCount(), 15 * 6 + 1);
        QCOMPARE(flow->timeAt(0), seoulDayStart(kNow));
        QCOMPARE(flow->valueAt(12 * 6, 0), 100.0);
        QCOMPARE(flow->valueAt(12 * 6, 1), 30.0);
        QVERIFY(std::isnan(flow->valueAt(8 * 6, 1)));  // no charging recorded before 09:00

        // Recycling: 2 due, the fuller first.
        QCOMPARE(data.recycling()->dueCount(), 2);
        CollectionDueProxy* due = data.collectionsDue();
        QCOMPARE(due->rowCount(), 2);
        QCOMPARE(due->index(0, RecyclingFillModel::NameColumn).data().toString(),
                 QStringLiteral("자판기 3"));
        QCOMPARE(due->index(1, RecyclingFillModel::NameColumn).data().toString(),
                 QStringLiteral("자판기 1"));

        // Crosswalks: one column per crosswalk (대인시장 앞 sorts first), by Seoul hour.
        const HourlyCounts& xw = data.crosswalkAlerts()->counts();
        QCOMPARE(xw.keys, (QStringList{x2.id, x1.id}));
        QCOMPARE(xw.counts[22], (QVector<int>{0, 2}));  // 14:00–15:00: both at crosswalk 1
        QCOMPARE(xw.counts[23], (QVector<int>{1, 0}));  // 15:00–16:00
        // Labels: the name without the words every name ends with (" 앞"), and the zone.
        QCOMPARE(
            data.crosswalkAlerts()->labels(),
            (QStringList{QStringLiteral("대인시장 (elderly)"), QStringLiteral("중앙초 (child)")}));

        // Alerts per category: only categories seen in the 24 hours get a column.
        const HourlyCounts& cat = data.alertsPerHour()->counts();
        QCOMPARE(cat.keys, (QStringList{QStringLiteral("pedestrianOnRed"),
                                        QStringLiteral("illegalParking")}));
        QCOMPARE(cat.counts[23], (QVector<int>{1, 1}));
        QCOMPARE(cat.counts[22], (QVector<int>{2, 0}));
        QCOMPARE(data.illegalParking24h(), 1);

        // Overview: the same numbers, with trends.
        OverviewKpiModel* kpi = data.overview();
        const auto value = [kpi](const char* key) {
            return kpi->kpis().at(kpi->rowOf(QString::fromLatin1(key))).value;
        };
        QCOMPARE(qRound(value("parkingOccupancy") * 100), 7857);
        QCOMPARE(kpi->index(kpi->rowOf(QStringLiteral("parkingOccupancy")),
                            OverviewKpiModel::TrendColumn)
                     .data()
                     .toString(),
                 QStringLiteral("▲ 8.6"));  // 70 % an hour ago
        QCOMPARE(value("pvKwhToday"), data.pvKwhToday());
        QCOMPARE(value("collectionsDue"), 2.0);
        QCOMPARE(value("alertsThisHour"), 2.0);
        QCOMPARE(kpi->kpis().at(kpi->rowOf(QStringLiteral("alertsThisHour"))).previous, 2.0);
        QCOMPARE(value("chargerFaults"), 1.0);
        QCOMPARE(value("openAlerts"), 5.0);
        QVERIFY(std::isnan(value("pm10")));  // no pole measures it: shown as "—", not 0
    }

    void refreshReadsHistoryOffTheGuiThread() {
        const QString path = m_dir.filePath(QStringLiteral("background.sqlite"));
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        ThreadRecordingCache cache(&writer);
        HistorySource history(&cache, nullptr, [] { return kNow; });
        // Online: the week before the recorded day is a gap the hub is asked for (it has none).
        QVector<QThread*> fetchThreads;
        history.setTemporalFetch([&](const QString&, const QStringList&, const QDateTime&,
                                     const QDateTime&, HistorySource::TemporalCallback done) {
            fetchThreads.append(QThread::currentThread());
            done(Result<QVector<TelemetryPoint>>::ok({}));
        });
        EntityStore store;
        recordDashboardHistory(store, cache);
        QVERIFY(cache.takeThreads().size() == 0);  // the fixture only writes

        DashboardData data(&store, &history);
        QSignalSpy refreshed(&data, &DashboardData::refreshed);
        QSignalSpy loaded(&data, &DashboardData::historyRefreshed);
        data.refreshInBackground(kNow);
        // Returned before the history was read: nothing changed yet.
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(data.parking24h()->rowCount(), 0);
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(refreshed.size(), 1);
        // Every read of the cache ran on the history source's loader thread, none on this one.
        QTRY_VERIFY(history.requestsSent() > 0);  // the gaps' reads, after the history's
        const QVector<QThread*> readers = cache.takeThreads();
        QVERIFY(readers.size() >= 3 + 2);  // 3 lots, PV and the mega station
        QVERIFY(history.loaderThread() != QThread::currentThread());
        for (QThread* t : readers) QCOMPARE(t, history.loaderThread());
        // The hub is asked from this thread, as before.
        QVERIFY(!fetchThreads.isEmpty());
        for (QThread* t : fetchThreads) QCOMPARE(t, QThread::currentThread());

        // The same numbers as the synchronous refresh (dashboardsFromRecordedHistory).
        QCOMPARE(qRound(data.parkingLots()->totalOccupancyPercent() * 100), 7857);
        TimeSeriesModel* day = data.parking24h();
        QCOMPARE(day->rowCount(), 97);
        QCOMPARE(qRound(day->valueAt(day->rowCount() - 1, 0) * 100), 7857);
        QCOMPARE(qRound(day->valueAt(day->rowCount() - 5, 0) * 100), 7000);
        QCOMPARE(data.parking7d()->rowCount(), 7 * 24 + 1);
        QCOMPARE(qRound(data.pvKwhToday() * 10), 5250);
        QCOMPARE(qRound(data.chargingKwhToday() * 10), 1800);
        QCOMPARE(data.energyFlow()->valueAt(12 * 6, 0), 100.0);
        QCOMPARE(data.energyFlow()->valueAt(12 * 6, 1), 30.0);
        OverviewKpiModel* kpi = data.overview();
        QCOMPARE(kpi->index(kpi->rowOf(QStringLiteral("parkingOccupancy")),
                            OverviewKpiModel::TrendColumn)
                     .data()
                     .toString(),
                 QStringLiteral("▲ 8.6"));
        QCOMPARE(kpi->kpis().at(kpi->rowOf(QStringLiteral("pvKwhToday"))).value, data.pvKwhToday());

        // Asked twice while loading: the second runs after the first, with its own time.
        data.refreshInBackground(kNow.addSecs(-3600));
        data.refreshInBackground(kNow);
        QTRY_COMPARE(loaded.size(), 3);
        QCOMPARE(qRound(data.pvKwhToday() * 10), 5250);
        QCOMPARE(data.parking24h()->timeAt(data.parking24h()->rowCount() - 1), kNow);
        for (QThread* t : cache.takeThreads()) QCOMPARE(t, history.loaderThread());
    }

    void historySourceFillsGapsOnce() {
        const QString path = m_dir.filePath(QStringLiteral("fill.sqlite"));
        CacheWriter writer(path, SchemaManager(loadMigrations().value()));
        QVERIFY(writer.start());
        CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
        HistorySource history(&cache, nullptr, [] { return kNow; });
        const QString id = QStringLiteral("urn:ngsi-ld:OffStreetParking:A");
        const QString attr = QStringLiteral("availableSpotNumber");
        // The cache saw the last hour only.
        cache.storeTelemetry(id, {{attr, kNow.addSecs(-3600), 40}});
        int asked = 0;
        QDateTime askedTo;
        bool fail = true;
        history.setTemporalFetch([&](const QString&, const QStringList& attrs,
                                     const QDateTime& from, const QDateTime& to,
                                     HistorySource::TemporalCallback done) {
            ++asked;
            askedTo = to;
            if (fail) {
                done(Result<QVector<TelemetryPoint>>::fail(QStringLiteral("hub offline")));
                return;
            }
            done(Result<QVector<TelemetryPoint>>::ok(
                {{attrs.first(), from, 10}, {attrs.first(), from.addSecs(3600), 30}}));
        });
        QSignalSpy failed(&history, &HistorySource::fillFailed);
        QSignalSpy filled(&history, &HistorySource::filled);
        const QDateTime from = kNow.addSecs(-24 * 3600);
        QVERIFY(history.fillGaps(id, {attr}, from, kNow));
        QCOMPARE(askedTo, kNow.addSecs(-3600));  // only the part the cache lacks
        QCOMPARE(failed.size(), 1);
        // Offline: not asked again at once (the cache answers meanwhile).
        QVERIFY(!history.fillGaps(id, {attr}, from, kNow));
        history.setRetryAfterS(0);
        fail = false;
        QVERIFY(history.fillGaps(id, {attr}, from, kNow));
        QCOMPARE(filled.size(), 1);
        QCOMPARE(history.history(id, attr, from, kNow.addSecs(1)).size(), 3);
        // Filled: not asked again.
        QVERIFY(!history.fillGaps(id, {attr}, from, kNow));
        QCOMPARE(asked, 2);
        // Without a gap nothing is asked.
        QVERIFY(!history.fillGaps(id, {attr}, kNow.addSecs(-1800), kNow));
    }

    void csvExport() {
        RecyclingFillModel model;
        attachTester(&model, this);
        model.setMachines(
            {machine(QStringLiteral("m1"), QStringLiteral("자판기, 동구청"), 85.5, 10, 20)}, 80);
        const QStringList lines = modelToCsv(model).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 3);  // header, one row, the empty rest after the last CRLF
        QCOMPARE(lines[0].count(u','), RecyclingFillModel::ColumnCount - 1);
        // Raw values, quoted where the text has a comma.
        QCOMPARE(lines[1],
                 QStringLiteral("\"자판기, 동구청\",85.5,10,20,16,%1,true")
                     .arg(model.index(0, RecyclingFillModel::StatusColumn).data().toString()));

        // Times in Asia/Seoul with the offset, whatever the process's zone.
        TimeSeriesModel series;
        attachTester(&series, this);
        series.setSeries({QStringLiteral("PV")}, QStringLiteral("kW"), {seoul(25, 0)}, {{12.25}});
        QCOMPARE(modelToCsv(series).split(QStringLiteral("\r\n")).at(1),
                 QStringLiteral("2026-11-25T00:00:00+09:00,12.25"));

        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeCsvFile(model, path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(bytes.mid(3)), modelToCsv(model));
        // A path that cannot be written says which.
        const Status bad = writeCsvFile(model, m_dir.filePath(QStringLiteral("no/such/dir.csv")));
        QVERIFY(!bad);
        QVERIFY(bad.error().contains(QStringLiteral("no/such/dir.csv")));
    }
};

QTEST_GUILESS_MAIN(TestDashboards)
#include "test_dashboards.moc"
