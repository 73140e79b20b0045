// The Dashboards page's history refresh against a full week of samples in a REAL SQLite cache:
// 14 parking lots, the RE100 mega station and 3 other chargers, the PV array and 6 recycling
// machines (3 bins each), a sample a minute for 7 days (~250k telemetry rows). Times
//   (a) the history the dashboards read, through HistorySource, against the baseline of a bare
//       QSqlQuery SELECT of the same rows on a read connection of its own;
//   (b) a full DashboardData refresh (store + history + aggregates), on the GUI thread and with
//       the history read on the history source's loader thread (refreshInBackground), offline
//       and online (the first refresh of an hour also checks each window for a gap);
//   (c) the page's refresh with its chart redraw, offscreen, 1600×1000: the time the GUI thread
//       is blocked (the longest gap between ticks of a 1 ms probe timer), the time until the new
//       numbers are shown, and the page's refreshNow() call itself;
// each mean/p95 over `runs` refreshes (default 10), plus the process RSS. Prints; asserts nothing.
// Usage: bench_dashboards [runs]
#include "bench_support.h"
#include "cache/cache_adapter.h"
#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/history_source.h"
#include "ui/dashboards_page.h"
#include "ui/models/dashboard_data.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace bg;

namespace {

constexpr int kLots = 14;
constexpr int kDays = 7;
constexpr qint64 kStepS = 60;

struct Stats {
    double mean = 0;
    double p95 = 0;
};

Stats stats(const QVector<double>& ms) {
    Stats s;
    for (double v : ms) s.mean += v;
    s.mean = ms.isEmpty() ? 0 : s.mean / double(ms.size());
    s.p95 = benchsupport::percentile(ms, 0.95);
    return s;
}

/// VmRSS or VmHWM of this process in MB.
double procStatusMb(const char* key) {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key)) + 1).trimmed().split(' ')[0].toDouble() / 1024.0;
    return -1;
}

struct City {
    QVector<QString> lots;
    QString mega;
    QString pv;
    QVector<QString> chargers;  ///< the mega station first
    QVector<QString> machines;
    int rows = 0;
};

/// The entities in the store, and a sample a minute for `kDays` up to `now` in the cache.
City record(EntityStore& store, CacheAdapter& cache, CacheWriter& writer, const QDateTime& now) {
    City city;
    const QDateTime start = now.addSecs(-kDays * 24 * 3600);
    const int steps = int(start.secsTo(now) / kStepS) + 1;
    auto series = [&](const QString& id, const QString& attr, auto valueAt) {
        QVector<TelemetryPoint> points;
        points.reserve(steps);
        for (int i = 0; i < steps; ++i) {
            const QDateTime t = start.addSecs(i * kStepS);
            points.append({attr, t, valueAt(i, t)});
        }
        cache.storeTelemetry(id, points);
        city.rows += int(points.size());
    };
    // A day's curve: busy in the afternoon, quiet at night (Seoul is UTC+9).
    auto daily = [](const QDateTime& t) {
        const double h = std::fmod(double(t.toSecsSinceEpoch()) / 3600.0 + 9.0, 24.0);
        return 0.5 + 0.5 * std::sin((h - 9.0) / 24.0 * 2 * M_PI);
    };
    for (int n = 0; n < kLots; ++n) {
        ParkingLot lot;
        lot.id = QStringLiteral("urn:ngsi-ld:OffStreetParking:bench-%1").arg(n);
        lot.name = {QStringLiteral("벤치 주차장 %1").arg(n), QStringLiteral("bench lot %1").arg(n)};
        lot.location = {126.92 + n * 0.001, 35.14};
        lot.totalSpots = 50 + 25 * n;
        lot.availableSpots = lot.totalSpots / 3;
        store.upsert(lot);
        city.lots << lot.id;
        series(lot.id, QStringLiteral("availableSpotNumber"), [&](int i, const QDateTime& t) {
            return std::round(lot.totalSpots * (1 - 0.9 * daily(t)) + (i * 7 + n) % 5);
        });
    }
    for (int n = 0; n < 4; ++n) {
        ChargingStation s;
        s.id = QStringLiteral("urn:ngsi-ld:EVChargingStation:bench-%1").arg(n);
        s.name = {QStringLiteral("충전소 %1").arg(n), QStringLiteral("charger %1").arg(n)};
        s.location = {126.93, 35.12 + n * 0.001};
        s.megaStation = n == 0;
        for (int c = 0; c < (n == 0 ? 8 : 2); ++c)
            s.connectors.append(
                {QString::number(c + 1), QStringLiteral("DC-Combo"), 100, c % 3 == 0 ? 0.0 : 40.0,
                 c % 3 == 0 ? ConnectorState::Available : ConnectorState::Charging});
        store.upsert(s);
        city.chargers << s.id;
        series(s.id, QStringLiteral("powerConsumption"),
               [&](int, const QDateTime& t) { return (n == 0 ? 400 : 80) * daily(t); });
    }
    city.mega = city.chargers.first();
    SolarArray pv;
    pv.id = QStringLiteral("urn:ngsi-ld:PhotovoltaicMeasurement:bench-pv");
    pv.name = {QStringLiteral("태양광"), QStringLiteral("PV")};
    pv.location = {126.93, 35.12};
    pv.peakKw = 500;
    pv.powerKw = 210;
    pv.stationId = city.mega;
    store.upsert(pv);
    city.pv = pv.id;
    series(pv.id, QStringLiteral("activePower"), [](int, const QDateTime& t) {
        const double h = std::fmod(double(t.toSecsSinceEpoch()) / 3600.0 + 9.0, 24.0);
        return h < 6 || h > 18 ? 0.0 : 500 * std::sin((h - 6) / 12 * M_PI);
    });
    for (int n = 0; n < 6; ++n) {
        RecyclingMachine m;
        m.id = QStringLiteral("urn:ngsi-ld:WasteContainer:bench-%1").arg(n);
        m.name = {QStringLiteral("자판기 %1").arg(n), QStringLiteral("machine %1").arg(n)};
        m.location = {126.92, 35.15};
        m.pet.fillPercent = 20 + 12 * n;
        m.can.fillPercent = 30;
        m.paper.fillPercent = 90 - 10 * n;
        m.status = MachineStatus::Ok;
        store.upsert(m);
        city.machines << m.id;
        for (const char* attr : {"petFill", "canFill", "paperFill"})
            series(m.id, QString::fromLatin1(attr),
                   [&](int i, const QDateTime&) { return double((i / 30 + n) % 100); });
    }
    for (int n = 0; n < 4; ++n) {
        Crosswalk x;
        x.id = QStringLiteral("urn:ngsi-ld:Crosswalk:bench-%1").arg(n);
        x.name = {QStringLiteral("횡단보도 %1 스마트 횡단보도").arg(n),
                  QStringLiteral("x %1").arg(n)};
        x.location = {126.91, 35.15};
        x.zone = n % 2 ? ProtectionZone::Child : ProtectionZone::None;
        store.upsert(x);
    }
    for (int n = 0; n < 200; ++n) {
        Alert a;
        a.id = QStringLiteral("urn:ngsi-ld:Alert:bench-%1").arg(n);
        a.category = n % 3 ? AlertCategory::CrosswalkRedLight : AlertCategory::IllegalParking;
        a.severity = defaultSeverity(a.category);
        a.raisedAt = now.addSecs(-n * 431);
        a.sourceId = QStringLiteral("urn:ngsi-ld:Crosswalk:bench-%1").arg(n % 4);
        a.location = {126.92, 35.14};
        store.upsert(a);
    }
    writer.flush();
    return city;
}

/// The longest gap between ticks of a 1 ms timer on the GUI thread while `run` goes on: how
/// long the GUI thread could not paint or play video.
class StallProbe : public QObject {
public:
    StallProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start() {
        m_max = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Also counts the time since the last tick (the end of a blocking call counts).
    double stop() {
        tick();
        m_timer.stop();
        return m_max;
    }

private:
    void tick() {
        const qint64 now = m_clock.nsecsElapsed();
        m_max = std::max(m_max, double(now - m_last) / 1e6);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_max = 0;
};

void print(const char* what, const QVector<double>& ms, double baselineMs) {
    const Stats s = stats(ms);
    std::printf("%-44s mean %8.1f ms  p95 %8.1f ms", what, s.mean, s.p95);
    if (baselineMs > 0) std::printf("  %5.1f× the bare SELECT", s.mean / baselineMs);
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;

    QTemporaryDir dir(QDir::temp().filePath(QStringLiteral("bench_dashboards-XXXXXX")));
    const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
    CacheWriter writer(path, SchemaManager(loadMigrations().value()));
    if (!writer.start()) {
        std::fprintf(stderr, "cannot open the cache at %s\n", qPrintable(path));
        return 1;
    }
    CacheAdapter cache(&writer, [](const QJsonObject&) { return std::optional<HubEntity>(); });
    HistorySource history(&cache);
    EntityStore store;
    // Now: a minute after the last sample; the refreshes all see the same week.
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
    QElapsedTimer fill;
    fill.start();
    const City city = record(store, cache, writer, now);
    std::printf(
        "cache: %d telemetry rows (%d lots, %d chargers, PV, %d machines × 3 bins, a "
        "sample a minute for %d days) written in %.1f s, %.1f MB on disk\n",
        city.rows, kLots, int(city.chargers.size()), int(city.machines.size()), kDays,
        double(fill.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
    std::printf("RSS after filling the cache: %.1f MB\n", procStatusMb("VmRSS:"));

    // What the dashboards read: each lot's week, the PV's and the mega station's day.
    struct Read {
        QString id, attr;
        QDateTime from, to;
    };
    QVector<Read> reads;
    for (const QString& lot : city.lots)
        reads.append({lot, QStringLiteral("availableSpotNumber"), now.addSecs(-kDays * 24 * 3600),
                      now.addMSecs(1)});
    const QDateTime readFrom = seoulDayStart(now).addSecs(-3600);
    reads.append({city.pv, QStringLiteral("activePower"), readFrom, now.addMSecs(1)});
    reads.append({city.mega, QStringLiteral("powerConsumption"), readFrom, now.addMSecs(1)});

    // (a) the bare SELECT, then the history source.
    auto baselineConn = openReadConnection(path);
    if (!baselineConn) {
        std::fprintf(stderr, "%s\n", qPrintable(baselineConn.error()));
        return 1;
    }
    ScopedConnection baseDb = std::move(baselineConn).value();
    QVector<double> bare, load, data, pageCall, pageStall, pageShown;
    int rowsRead = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        double sum = 0;
        int rows = 0;
        for (const Read& rd : reads) {
            QSqlQuery q(baseDb.db());
            q.setForwardOnly(true);
            q.prepare(
                QStringLiteral("SELECT observed_at, value FROM telemetry WHERE entity_id = ? "
                               "AND attr = ? AND observed_at >= ? AND observed_at < ? "
                               "ORDER BY observed_at"));
            q.addBindValue(rd.id);
            q.addBindValue(rd.attr);
            q.addBindValue(rd.from.toMSecsSinceEpoch());
            q.addBindValue(rd.to.toMSecsSinceEpoch());
            q.exec();
            while (q.next()) {
                sum += q.value(1).toDouble() + double(q.value(0).toLongLong() % 7);
                ++rows;
            }
        }
        bare.append(double(t.nsecsElapsed()) / 1e6);
        rowsRead = rows;
        if (sum < 0) std::printf("-");  // keep the loop
    }
    const double baseline = stats(bare).mean;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        int rows = 0;
        for (const Read& rd : reads)
            rows += int(history.history(rd.id, rd.attr, rd.from, rd.to).size());
        load.append(double(t.nsecsElapsed()) / 1e6);
        if (rows != rowsRead) std::printf("history read %d rows, the SELECT %d\n", rows, rowsRead);
    }

    // (b) DashboardData, the whole refresh: on this thread, and with the history read and
    // aggregated on the history source's loader thread (the call, until the numbers are in, and
    // this thread's longest stall meanwhile).
    StallProbe probe;
    QVector<double> bgCall, bgDone, bgStall, onlineSync, onlineBgStall;
    {
        DashboardData dashboard(&store, &history);
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            dashboard.refresh(now, true);
            data.append(double(t.nsecsElapsed()) / 1e6);
        }
        int loaded = 0;
        QObject::connect(&dashboard, &DashboardData::historyRefreshed, &dashboard,
                         [&] { ++loaded; });
        for (int r = 0; r < runs; ++r) {
            const int before = loaded;
            probe.start();
            benchsupport::wait(5);
            QElapsedTimer t;
            t.start();
            dashboard.refreshInBackground(now);
            bgCall.append(double(t.nsecsElapsed()) / 1e6);
            while (loaded == before && t.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            bgDone.append(double(t.nsecsElapsed()) / 1e6);
            benchsupport::wait(5);
            bgStall.append(probe.stop());
        }
    }
    // Online, the first refresh of an hour also checks every window for a gap the hub should
    // fill (a second read of each series, from 6 h before its window): a new source each run.
    for (int r = 0; r < runs; ++r) {
        for (bool background : {false, true}) {
            HistorySource online(&cache);
            online.setTemporalFetch([](const QString&, const QStringList&, const QDateTime&,
                                       const QDateTime&, HistorySource::TemporalCallback done) {
                done(Result<QVector<TelemetryPoint>>::ok({}));
            });
            DashboardData dashboard(&store, &online);
            int loaded = 0;
            QObject::connect(&dashboard, &DashboardData::historyRefreshed, &dashboard,
                             [&] { ++loaded; });
            probe.start();
            benchsupport::wait(5);
            QElapsedTimer t;
            t.start();
            if (background) {
                dashboard.refreshInBackground(now);
                while (loaded == 0 && t.elapsed() < 10000)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
                benchsupport::wait(150);  // the gap checks follow the history on the loader
                onlineBgStall.append(probe.stop());
            } else {
                dashboard.refresh(now, true);
                onlineSync.append(double(t.nsecsElapsed()) / 1e6);
                probe.stop();
            }
        }
    }

    // (c) the page, shown offscreen, refreshed with its charts.
    {
        DashboardsPage page(&store, &history, nullptr, [now] { return now; });
        page.resize(1600, 1000);
        page.show();
        benchsupport::wait(500);
        page.showSection(QStringLiteral("parking"));
        benchsupport::wait(200);
        int shown = 0;
        QObject::connect(page.data(), &DashboardData::historyRefreshed, &page, [&] { ++shown; });
        for (int r = 0; r < runs; ++r) {
            const int before = shown;
            probe.start();
            benchsupport::wait(5);
            QElapsedTimer t;
            t.start();
            page.refreshNow();
            pageCall.append(double(t.nsecsElapsed()) / 1e6);
            // Until the history is in and painted.
            while (shown == before && t.elapsed() < 10000)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            page.repaint();
            pageShown.append(double(t.nsecsElapsed()) / 1e6);
            benchsupport::wait(5);
            pageStall.append(probe.stop());
            benchsupport::wait(100);
        }
    }

    std::printf("\n%d refreshes, %d rows read per refresh (%d series)\n", runs, rowsRead,
                int(reads.size()));
    print("(a) bare SELECT (baseline)", bare, 0);
    print("(a) HistorySource::history", load, baseline);
    print("(b) DashboardData::refresh (this thread)", data, baseline);
    print("(b) refreshInBackground() call", bgCall, baseline);
    print("(b) refreshInBackground() until numbers in", bgDone, baseline);
    print("(b) refreshInBackground() longest stall", bgStall, baseline);
    print("(b) online 1st refresh (this thread)", onlineSync, baseline);
    print("(b) online 1st refreshInBackground() stall", onlineBgStall, baseline);
    print("(c) page refreshNow() call", pageCall, baseline);
    print("(c) page refresh until shown (incl. paint)", pageShown, baseline);
    print("(c) longest GUI-thread stall per refresh", pageStall, baseline);
    std::printf("RSS now %.1f MB, peak %.1f MB\n", procStatusMb("VmRSS:"), procStatusMb("VmHWM:"));
    return 0;
}
