#pragma once

#include "ui/models/dashboard_models.h"

#include <QObject>

namespace bg {

class EntityStore;
class HistorySource;

/// Everything the Dashboards page shows, computed from the store (the latest state) and the
/// history source (cached telemetry, topped up from the hub's temporal API when online).
/// `refreshLive` recomputes what follows the store; `refreshHistory` re-reads the history.
///
/// Threading: GUI thread, with the store and the history source.
class DashboardData : public QObject {
    Q_OBJECT
public:
    /// Fullest bin at or above this (percent): the machine is due for collection.
    static constexpr double kCollectionDuePercent = 80;
    static constexpr int kAlertHours = 24;

    DashboardData(EntityStore* store, HistorySource* history, QObject* parent = nullptr);

    /// Recomputes from the store at `now` (UTC); with `withHistory`, also re-reads the history.
    void refresh(const QDateTime& now, bool withHistory = true);

    /// Tables and curves, bound to the page's tables and charts.
    OverviewKpiModel* overview() { return &m_overview; }
    ParkingOccupancyModel* parkingLots() { return &m_parkingLots; }
    /// The lots, fullest first (sorts by the raw values).
    QSortFilterProxyModel* lotsByOccupancy() { return &m_lotsByOccupancy; }
    TimeSeriesModel* parking24h() { return &m_parking24h; }
    TimeSeriesModel* parking7d() { return &m_parking7d; }
    ConnectorStateModel* megaConnectors() { return &m_megaConnectors; }
    ChargerStationModel* chargers() { return &m_chargers; }
    /// The stations, sortable by any column's raw value.
    QSortFilterProxyModel* chargersSorted() { return &m_chargersSorted; }
    TimeSeriesModel* energyFlow() { return &m_energyFlow; }
    RecyclingFillModel* recycling() { return &m_recycling; }
    /// The machines due for collection, fullest first.
    CollectionDueProxy* collectionsDue() { return &m_collectionsDue; }
    HourlyCountModel* crosswalkAlerts() { return &m_crosswalkAlerts; }
    HourlyCountModel* alertsPerHour() { return &m_alertsPerHour; }

    /// RE100 figures of the Seoul day so far.
    double pvKwhToday() const { return m_pvKwhToday; }
    double chargingKwhToday() const { return m_chargingKwhToday; }
    double pvPowerKw() const { return m_pvPowerKw; }
    double chargingPowerKw() const { return m_chargingPowerKw; }
    int megaFaults() const { return m_megaFaults; }
    int illegalParking24h() const { return m_illegalParking24h; }
    QString megaStationId() const { return m_megaId; }
    QString solarArrayId() const { return m_solarId; }

Q_SIGNALS:
    /// The models hold new numbers.
    void refreshed();

private:
    void refreshParkingHistory(const QDateTime& now);
    void refreshEnergy(const QDateTime& now, bool withHistory);
    void refreshAlerts(const QDateTime& now);
    void refreshOverview(const QDateTime& now);

    EntityStore* m_store;
    HistorySource* m_history;
    OverviewKpiModel m_overview;
    ParkingOccupancyModel m_parkingLots;
    QSortFilterProxyModel m_lotsByOccupancy;
    TimeSeriesModel m_parking24h;
    TimeSeriesModel m_parking7d;
    ConnectorStateModel m_megaConnectors;
    ChargerStationModel m_chargers;
    QSortFilterProxyModel m_chargersSorted;
    TimeSeriesModel m_energyFlow;
    RecyclingFillModel m_recycling;
    CollectionDueProxy m_collectionsDue;
    HourlyCountModel m_crosswalkAlerts;
    HourlyCountModel m_alertsPerHour;

    QString m_megaId;
    QString m_solarId;
    double m_pvKwhToday = 0;
    double m_chargingKwhToday = 0;
    double m_pvPowerKw = 0;
    double m_chargingPowerKw = 0;
    int m_megaFaults = 0;
    int m_illegalParking24h = 0;
    double m_occupancyHourAgo = std::numeric_limits<double>::quiet_NaN();
    double m_pvHourAgo = std::numeric_limits<double>::quiet_NaN();
    int m_alertsThisHour = 0;
    int m_alertsLastHour = 0;
};

}  // namespace bg
