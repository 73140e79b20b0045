#include "ui/models/dashboard_data.h"

#include "core/alert_workflow.h"
#include "core/entity_store.h"
#include "services/history_source.h"
#include "ui/models/alert_queue_model.h"

#include <QCoreApplication>

#include <utility>

namespace bg {

namespace {

constexpr qint64 kDayS = 24 * 3600;
constexpr qint64 kWeekS = 7 * kDayS;

// The grid's first time: `span` before `now`, rounded down to the step.
QDateTime gridStart(const QDateTime& now, qint64 spanS, qint64 stepS) {
    const qint64 s = now.toSecsSinceEpoch() - spanS;
    return QDateTime::fromSecsSinceEpoch(s - s % stepS, Qt::UTC);
}

// The value on the series' grid closest before `t`, NaN when unknown.
double valueAt(const QVector<TimeValue>& series, const QDateTime& t) {
    double v = std::numeric_limits<double>::quiet_NaN();
    for (const TimeValue& p : series) {
        if (p.at > t) break;
        v = p.value;
    }
    return v;
}

QVector<double> values(const QVector<TimeValue>& series) {
    QVector<double> out;
    out.reserve(series.size());
    for (const TimeValue& p : series) out.append(p.value);
    return out;
}

QVector<QDateTime> times(const QVector<TimeValue>& series) {
    QVector<QDateTime> out;
    out.reserve(series.size());
    for (const TimeValue& p : series) out.append(p.at);
    return out;
}

// The RE100 mega station (the first by id when there are several); null when there is none.
const ChargingStation* megaStation(const QVector<ChargingStation>& stations) {
    const ChargingStation* mega = nullptr;
    for (const ChargingStation& s : stations)
        if (s.megaStation && (!mega || s.id < mega->id)) mega = &s;
    return mega;
}

// The PV array that feeds the mega station `megaId`, else the first by station and id.
const SolarArray* solarArray(const QVector<SolarArray>& arrays, const QString& megaId) {
    const SolarArray* pv = nullptr;
    for (const SolarArray& a : arrays)
        if (!pv || (a.stationId == megaId && pv->stationId != megaId) ||
            (a.stationId == pv->stationId && a.id < pv->id))
            pv = &a;
    return pv;
}

QString zoneText(ProtectionZone z) {
    switch (z) {
        case ProtectionZone::Child:
            return QCoreApplication::translate("Dashboards", "child");
        case ProtectionZone::Elderly:
            return QCoreApplication::translate("Dashboards", "elderly");
        case ProtectionZone::None:
            break;
    }
    return {};
}

}  // namespace

DashboardData::DashboardData(EntityStore* store, HistorySource* history, QObject* parent)
    : QObject(parent), m_store(store), m_history(history) {
    m_lotsByOccupancy.setSourceModel(&m_parkingLots);
    m_lotsByOccupancy.setSortRole(Qt::EditRole);
    m_lotsByOccupancy.sort(ParkingOccupancyModel::OccupancyColumn, Qt::DescendingOrder);
    m_chargersSorted.setSourceModel(&m_chargers);
    m_chargersSorted.setSortRole(Qt::EditRole);
    m_collectionsDue.setSourceModel(&m_recycling);
}

void DashboardData::refresh(const QDateTime& now, bool withHistory) {
    if (!m_store) return;
    refreshLive();
    if (withHistory) {
        const HistoryInput in = historyInput(now);
        applyHistory(loadHistory(m_history, in), now);
        fillGaps(in, false);
    }
    refreshAlerts(now);
    refreshOverview(now);
    Q_EMIT refreshed();
}

void DashboardData::refreshInBackground(const QDateTime& now) {
    if (!m_store) return;
    if (!m_history) {
        refresh(now, true);
        Q_EMIT historyRefreshed();
        return;
    }
    if (m_loading) {
        m_loadAgainAt = now;
        return;
    }
    m_loading = true;
    HistoryInput in = historyInput(now);
    m_history->runInBackground(
        this, [history = m_history, in] { return loadHistory(history, in); },
        [this, in](const HistoryFigures& figures) {
            m_loading = false;
            refreshLive();
            applyHistory(figures, in.now);
            fillGaps(in, true);
            refreshAlerts(in.now);
            refreshOverview(in.now);
            Q_EMIT refreshed();
            Q_EMIT historyRefreshed();
            if (m_loadAgainAt.isValid()) refreshInBackground(std::exchange(m_loadAgainAt, {}));
        });
}

void DashboardData::refreshLive() {
    m_parkingLots.setLots(m_store->all<ParkingLot>());
    m_chargers.setStations(m_store->all<ChargingStation>());
    m_recycling.setMachines(m_store->all<RecyclingMachine>(), kCollectionDuePercent);
    refreshEnergy();
}

DashboardData::HistoryInput DashboardData::historyInput(const QDateTime& now) const {
    HistoryInput in;
    in.now = now;
    in.lots = m_store->all<ParkingLot>();
    const QVector<ChargingStation> stations = m_store->all<ChargingStation>();
    if (const ChargingStation* mega = megaStation(stations)) {
        in.megaId = mega->id;
        in.megaDrawKw = mega->drawKw();
    }
    const QVector<SolarArray> arrays = m_store->all<SolarArray>();
    if (const SolarArray* pv = solarArray(arrays, in.megaId)) {
        in.pvId = pv->id;
        in.pvPowerKw = pv->powerKw;
    }
    return in;
}

DashboardData::HistoryFigures DashboardData::loadHistory(HistorySource* history,
                                                         const HistoryInput& in) {
    HistoryFigures out;
    const QDateTime& now = in.now;
    // Parking: every lot's week.
    const QDateTime weekAgo = now.addSecs(-kWeekS);
    const QString spots = QStringLiteral("availableSpotNumber");
    QVector<LotHistory> lots;
    for (const ParkingLot& lot : in.lots) {
        LotHistory h;
        h.totalSpots = lot.totalSpots;
        if (history) h.available = history->history(lot.id, spots, weekAgo, now.addMSecs(1));
        // The store's value is the latest known: it holds until now.
        h.available.append({spots, now, double(lot.availableSpots)});
        lots.append(std::move(h));
    }
    out.parkingDay = occupancyHistory(lots, gridStart(now, kDayS, 900), now, 900);
    out.parkingWeek = occupancyHistory(lots, gridStart(now, kWeekS, 3600), now, 3600);

    // Energy: the PV array's and the mega station's day.
    const QDateTime dayStart = seoulDayStart(now);
    // From an hour before midnight, so that the curve can be cut at midnight.
    const QDateTime readFrom = dayStart.addSecs(-3600);
    QVector<TelemetryPoint> pvCurve, loadCurve;
    if (history && !in.pvId.isEmpty())
        pvCurve =
            history->history(in.pvId, QStringLiteral("activePower"), readFrom, now.addMSecs(1));
    if (history && !in.megaId.isEmpty())
        loadCurve = history->history(in.megaId, QStringLiteral("powerConsumption"), readFrom,
                                     now.addMSecs(1));
    // Values hold until the next change: the store's latest closes each curve at `now`.
    if (!in.pvId.isEmpty()) pvCurve.append({QStringLiteral("activePower"), now, in.pvPowerKw});
    if (!in.megaId.isEmpty())
        loadCurve.append({QStringLiteral("powerConsumption"), now, in.megaDrawKw});
    out.pvKwhToday = integrateKwh(pvCurve, dayStart, now);
    out.chargingKwhToday = integrateKwh(loadCurve, dayStart, now);
    const qint64 step = 600;
    out.pv = resample(pvCurve, dayStart, now, step);
    out.load = resample(loadCurve, dayStart, now, step);
    return out;
}

void DashboardData::applyHistory(const HistoryFigures& f, const QDateTime& now) {
    const QString name = QCoreApplication::translate("Dashboards", "Occupancy");
    m_parking24h.setSeries({name}, QStringLiteral("%"), times(f.parkingDay),
                           {values(f.parkingDay)});
    m_parking7d.setSeries({name}, QStringLiteral("%"), times(f.parkingWeek),
                          {values(f.parkingWeek)});
    m_occupancyHourAgo = valueAt(f.parkingDay, now.addSecs(-3600));
    m_pvKwhToday = f.pvKwhToday;
    m_chargingKwhToday = f.chargingKwhToday;
    m_energyFlow.setSeries({QCoreApplication::translate("Dashboards", "PV output"),
                            QCoreApplication::translate("Dashboards", "Charging load")},
                           QStringLiteral("kW"), times(f.pv), {values(f.pv), values(f.load)});
    m_pvHourAgo = valueAt(f.pv, now.addSecs(-3600));
}

void DashboardData::fillGaps(const HistoryInput& in, bool inBackground) {
    if (!m_history) return;
    const auto fill = [&](const QString& id, const QString& attr, const QDateTime& from) {
        if (inBackground)
            m_history->fillGapsInBackground(id, {attr}, from, in.now);
        else
            m_history->fillGaps(id, {attr}, from, in.now);
    };
    for (const ParkingLot& lot : in.lots)
        fill(lot.id, QStringLiteral("availableSpotNumber"), in.now.addSecs(-kWeekS));
    const QDateTime dayStart = seoulDayStart(in.now);
    if (!in.pvId.isEmpty()) fill(in.pvId, QStringLiteral("activePower"), dayStart);
    if (!in.megaId.isEmpty()) fill(in.megaId, QStringLiteral("powerConsumption"), dayStart);
}

void DashboardData::refreshEnergy() {
    const QVector<ChargingStation> stations = m_store->all<ChargingStation>();
    const ChargingStation* mega = megaStation(stations);
    m_megaId = mega ? mega->id : QString();
    m_megaConnectors.setStation(mega ? *mega : ChargingStation{});
    m_megaFaults = mega ? mega->count(ConnectorState::Faulted) : 0;
    m_chargingPowerKw = mega ? mega->drawKw() : 0;
    const QVector<SolarArray> arrays = m_store->all<SolarArray>();
    const SolarArray* pv = solarArray(arrays, m_megaId);
    m_solarId = pv ? pv->id : QString();
    m_pvPowerKw = pv ? pv->powerKw : 0;
}

void DashboardData::refreshAlerts(const QDateTime& now) {
    const QVector<Alert> alerts = m_store->all<Alert>();
    const QVector<Crosswalk> crosswalks = m_store->all<Crosswalk>();

    // Every category in the queue, in the enum's order.
    QVector<KeyedEvent> byCategory;
    QVector<KeyedEvent> byCrossing;
    m_illegalParking24h = 0;
    const QDateTime dayAgo = now.addSecs(-kDayS);
    for (const Alert& a : alerts) {
        byCategory.append({a.raisedAt, enumName(a.category)});
        if (a.category == AlertCategory::IllegalParking && a.raisedAt > dayAgo && a.raisedAt <= now)
            ++m_illegalParking24h;
        if (a.category != AlertCategory::CrosswalkRedLight) continue;
        QString key = a.sourceId;
        for (const Crosswalk& x : crosswalks)
            if (x.id == a.sourceId || (!x.cameraId.isEmpty() && x.cameraId == a.sourceId))
                key = x.id;
        byCrossing.append({a.raisedAt, key});
    }
    QStringList categoryOrder;
    for (const auto& [category, name] : EnumNames<AlertCategory>::kNames) {
        Q_UNUSED(category);
        categoryOrder << QString::fromLatin1(name);
    }
    HourlyCounts perCategory = countPerHour(byCategory, now, kAlertHours, categoryOrder);
    // Only the categories that happened in the window get a column.
    for (int k = int(perCategory.keys.size()) - 1; k >= 0; --k) {
        if (perCategory.keyTotal(k) > 0) continue;
        perCategory.keys.removeAt(k);
        for (QVector<int>& row : perCategory.counts) row.removeAt(k);
    }
    QStringList categoryLabels;
    for (const QString& key : perCategory.keys)
        categoryLabels << AlertQueueModel::categoryText(
            enumFromName<AlertCategory>(key).value_or(AlertCategory::Other));
    m_alertsPerHour.setCounts(perCategory, categoryLabels);
    const int hours = int(perCategory.hours.size());
    m_alertsThisHour = hours > 0 ? perCategory.total(hours - 1) : 0;
    m_alertsLastHour = hours > 1 ? perCategory.total(hours - 2) : 0;

    // Every smart crosswalk gets a column, quiet ones too: "none here" is news as well.
    QVector<Crosswalk> sorted = crosswalks;
    std::sort(sorted.begin(), sorted.end(), [](const Crosswalk& a, const Crosswalk& b) {
        return a.name.text() == b.name.text() ? a.id < b.id : a.name.text() < b.name.text();
    });
    QStringList crossingOrder, names;
    for (const Crosswalk& x : sorted) {
        crossingOrder << x.id;
        names << x.name.text();
    }
    // "대인시장 앞 스마트 횡단보도", "산수동 스마트 횡단보도": the words all names end with say
    // nothing in a legend about crosswalks.
    QString suffix;
    if (names.size() > 1) {
        suffix = names.first();
        for (const QString& n : names)
            while (!suffix.isEmpty() && !n.endsWith(suffix)) suffix = suffix.mid(1);
        const int space = int(suffix.indexOf(u' '));
        suffix = space < 0 ? QString() : suffix.mid(space);  // whole words only
    }
    QStringList crossingLabels;
    for (int i = 0; i < sorted.size(); ++i) {
        QString name = names.at(i);
        if (!suffix.isEmpty() && name.size() > suffix.size()) name.chop(suffix.size());
        const QString zone = zoneText(sorted.at(i).zone);
        crossingLabels << (zone.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, zone));
    }
    const HourlyCounts perCrossing = countPerHour(byCrossing, now, kAlertHours, crossingOrder);
    m_crosswalkAlerts.setCounts(perCrossing, crossingLabels);
}

void DashboardData::refreshOverview(const QDateTime& now) {
    using Area = OverviewKpiModel::Area;
    using Kpi = OverviewKpiModel::Kpi;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QVector<Kpi> kpis;

    // Energy: the RE100 station's sun and load.
    kpis.append({QStringLiteral("pvPowerKw"), Area::Energy,
                 QCoreApplication::translate("Dashboards", "PV output now"),
                 m_solarId.isEmpty() ? nan : m_pvPowerKw, QStringLiteral("kW"), 1, m_pvHourAgo});
    kpis.append({QStringLiteral("pvKwhToday"), Area::Energy,
                 QCoreApplication::translate("Dashboards", "PV energy today"),
                 m_solarId.isEmpty() ? nan : m_pvKwhToday, QStringLiteral("kWh"), 1});
    kpis.append({QStringLiteral("chargingKwhToday"), Area::Energy,
                 QCoreApplication::translate("Dashboards", "Charging energy today"),
                 m_megaId.isEmpty() ? nan : m_chargingKwhToday, QStringLiteral("kWh"), 1});

    // Transportation: parking and chargers.
    kpis.append({QStringLiteral("parkingOccupancy"), Area::Transportation,
                 QCoreApplication::translate("Dashboards", "Parking occupancy"),
                 m_parkingLots.totalOccupancyPercent(), QStringLiteral("%"), 1, m_occupancyHourAgo,
                 true});
    kpis.append({QStringLiteral("freeSpots"), Area::Transportation,
                 QCoreApplication::translate("Dashboards", "Free parking spots"),
                 m_parkingLots.rowCount() > 0 ? double(m_parkingLots.availableSpots()) : nan,
                 QString(), 0});
    kpis.append({QStringLiteral("chargersInUse"), Area::Transportation,
                 QCoreApplication::translate("Dashboards", "Connectors charging"),
                 m_chargers.rowCount() > 0
                     ? double(m_chargers.connectorCount(ConnectorState::Charging))
                     : nan,
                 QString(), 0});
    kpis.append({QStringLiteral("chargerFaults"), Area::Transportation,
                 QCoreApplication::translate("Dashboards", "Connectors faulted or offline"),
                 m_chargers.rowCount() > 0
                     ? double(m_chargers.connectorCount(ConnectorState::Faulted) +
                              m_chargers.connectorCount(ConnectorState::Offline))
                     : nan,
                 QString(), 0});

    // Safety: the alert queue.
    int open = 0, redLight24h = 0;
    const QDateTime dayAgo = now.addSecs(-kDayS);
    for (const Alert& a : m_store->all<Alert>()) {
        open += isOpen(a.state) ? 1 : 0;
        if (a.category == AlertCategory::CrosswalkRedLight && a.raisedAt > dayAgo &&
            a.raisedAt <= now)
            ++redLight24h;
    }
    kpis.append({QStringLiteral("openAlerts"), Area::Safety,
                 QCoreApplication::translate("Dashboards", "Open alerts"), double(open), QString(),
                 0});
    kpis.append({QStringLiteral("alertsThisHour"), Area::Safety,
                 QCoreApplication::translate("Dashboards", "Alerts this hour"),
                 double(m_alertsThisHour), QString(), 0, double(m_alertsLastHour), true});
    kpis.append({QStringLiteral("redLight24h"), Area::Safety,
                 QCoreApplication::translate("Dashboards", "Pedestrians on red (24 h)"),
                 double(redLight24h), QString(), 0});
    kpis.append({QStringLiteral("illegalParking24h"), Area::Safety,
                 QCoreApplication::translate("Dashboards", "Illegal parking (24 h)"),
                 double(m_illegalParking24h), QString(), 0});

    // Environment: recycling, and the poles' air sensors where there are any.
    const QVector<RecyclingMachine> machines = m_store->all<RecyclingMachine>();
    double fill = 0, fullest = 0;
    for (const RecyclingMachine& m : machines) {
        fill += (m.pet.fillPercent + m.can.fillPercent + m.paper.fillPercent) / 3;
        fullest = std::max(fullest, m.maxFillPercent());
    }
    const bool haveMachines = !machines.isEmpty();
    kpis.append({QStringLiteral("collectionsDue"), Area::Environment,
                 QCoreApplication::translate("Dashboards", "Collections due"),
                 haveMachines ? double(m_recycling.dueCount()) : nan, QString(), 0});
    kpis.append({QStringLiteral("binFill"), Area::Environment,
                 QCoreApplication::translate("Dashboards", "Average bin fill"),
                 haveMachines ? fill / double(machines.size()) : nan, QStringLiteral("%"), 0});
    // (Items taken today are not reported by every hub — the simulator's machines report fill
    // only — so the overview shows the fullest bin instead of a count that may read 0.)
    kpis.append({QStringLiteral("fullestBin"), Area::Environment,
                 QCoreApplication::translate("Dashboards", "Fullest bin"),
                 haveMachines ? fullest : nan, QStringLiteral("%"), 0});
    double pm10 = 0;
    int sensors = 0;
    for (const SmartPole& p : m_store->all<SmartPole>()) {
        if (!p.sensors.contains(QStringLiteral("pm10"))) continue;
        pm10 += p.sensors.value(QStringLiteral("pm10"));
        ++sensors;
    }
    kpis.append({QStringLiteral("pm10"), Area::Environment,
                 QCoreApplication::translate("Dashboards", "Fine dust PM10"),
                 sensors > 0 ? pm10 / sensors : nan, QStringLiteral("µg/m³"), 0});
    m_overview.setKpis(std::move(kpis));
}

}  // namespace bg
