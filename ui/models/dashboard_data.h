#pragma once

#include "ui/models/dashboard_models.h"

#include <QObject>

namespace bg {

class EntityStore;
class HistorySource;

/// Everything the Dashboards page shows, computed from the store (the latest state) and the
/// history source (cached telemetry, topped up from the hub's temporal API when online).
/// `refresh` recomputes on the calling thread; `refreshInBackground` reads and aggregates the
/// history on the history source's loader thread and applies it here.
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
    /// refresh(now) with the history read and aggregated on the history source's loader thread:
    /// returns at once; the models change (and `refreshed`, then `historyRefreshed`, follow) once
    /// the history is in. A refresh asked while one is loading runs after it. Without a history
    /// source, refreshes here and now.
    void refreshInBackground(const QDateTime& now);

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
    /// The models hold new numbers, the history's included.
    void historyRefreshed();

private:
    /// What the history part of a refresh needs from the store.
    struct HistoryInput {
        QDateTime now;
        QVector<ParkingLot> lots;
        QString pvId, megaId;
        double pvPowerKw = 0, megaDrawKw = 0;
    };
    /// The history part of a refresh: curves on their grids and today's energy.
    struct HistoryFigures {
        QVector<TimeValue> parkingDay, parkingWeek, pv, load;
        double pvKwhToday = 0, chargingKwhToday = 0;
    };
    HistoryInput historyInput(const QDateTime& now) const;
    /// Reads and aggregates (any thread: touches nothing of this object).
    static HistoryFigures loadHistory(HistorySource* history, const HistoryInput& in);
    void applyHistory(const HistoryFigures& figures, const QDateTime& now);
    /// Asks the hub for what the cache lacks of the windows read.
    void fillGaps(const HistoryInput& in, bool inBackground);
    /// What follows the store: lots, chargers, machines, the mega station and its PV.
    void refreshLive();
    void refreshEnergy();
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
    bool m_loading = false;   ///< a background refresh is on the loader thread
    QDateTime m_loadAgainAt;  ///< the refresh asked meanwhile (valid when there is one)
};

}  // namespace bg
