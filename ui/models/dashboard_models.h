#pragma once

#include "core/alert.h"
#include "core/charging_station.h"
#include "core/parking_lot.h"
#include "core/recycling_machine.h"
#include "core/result.h"
#include "ui/models/dashboard_aggregates.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace bg {

/// The dashboards' tables. Each shows numbers as text (Qt::DisplayRole) and gives the raw value
/// (double, int, QDateTime in UTC) as Qt::EditRole for charts, sorting and CSV export.
///
/// Threading: GUI thread only, like every model.

/// Curves on a common time grid: a time column, then one column per series.
class TimeSeriesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// `series[s]` has one value per `times` entry (NaN: unknown); `unit` goes in the headers.
    void setSeries(const QStringList& names, const QString& unit, const QVector<QDateTime>& times,
                   const QVector<QVector<double>>& series);
    QStringList seriesNames() const { return m_names; }
    QDateTime timeAt(int row) const { return m_times.value(row); }
    double valueAt(int row, int series) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    QString m_unit;
    QVector<QDateTime> m_times;
    QVector<QVector<double>> m_series;
};

/// Counts per Seoul hour: an hour column, one column per key, then the total.
class HourlyCountModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /// `labels` name the keys' columns (the keys themselves when empty or short).
    void setCounts(const HourlyCounts& counts, const QStringList& labels);
    const HourlyCounts& counts() const { return m_counts; }
    QStringList labels() const { return m_labels; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    HourlyCounts m_counts;
    QStringList m_labels;
};

/// Parking lots now: name, occupancy, free spots, spots, dong (the key figure first: the tables
/// are narrow on the second monitor).
class ParkingOccupancyModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        OccupancyColumn,
        AvailableColumn,
        TotalColumn,
        DongColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setLots(QVector<ParkingLot> lots);
    /// Occupancy over all lots (percent), NaN without capacity.
    double totalOccupancyPercent() const;
    int totalSpots() const;
    int availableSpots() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<ParkingLot> m_lots;
};

/// The connectors of one charging station: id, type, state, power drawn, rated power.
class ConnectorStateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, TypeColumn, StateColumn, DrawColumn, RatedColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setStation(const ChargingStation& station);
    const ChargingStation& station() const { return m_station; }
    static QString stateText(ConnectorState s);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    ChargingStation m_station;
};

/// Every charging station: name, dong, connectors by state, power drawn.
class ChargerStationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DongColumn,
        ConnectorsColumn,
        AvailableColumn,
        ChargingColumn,
        FaultedColumn,
        OfflineColumn,
        DrawColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setStations(QVector<ChargingStation> stations);
    int connectorCount(ConnectorState s) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<ChargingStation> m_stations;
};

/// Recycling machines: fill of each material bin, items today, status, whether a collection is
/// due (fullest bin at or above the threshold).
class RecyclingFillModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PetColumn,
        CanColumn,
        PaperColumn,
        ItemsColumn,
        StatusColumn,
        DueColumn,
        ColumnCount
    };
    enum Role { DueRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;

    void setMachines(QVector<RecyclingMachine> machines, double dueThresholdPercent);
    double dueThresholdPercent() const { return m_threshold; }
    int dueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<RecyclingMachine> m_machines;
    double m_threshold = 80;
};

/// Only the machines whose collection is due, fullest first.
class CollectionDueProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CollectionDueProxy(QObject* parent = nullptr);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& a, const QModelIndex& b) const override;
};

/// The overview's key figures, one row each: area, indicator, value, trend.
class OverviewKpiModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Area = ServiceArea;
    struct Kpi {
        QString key;  ///< stable, for objectNames and tests ("pvPowerKw" …)
        Area area = Area::Energy;
        QString label;
        double value = std::numeric_limits<double>::quiet_NaN();
        QString unit;
        int decimals = 0;
        /// The value a while ago (NaN: unknown), for the trend.
        double previous = std::numeric_limits<double>::quiet_NaN();
        /// Whether a rise is bad news (alerts) rather than good (energy).
        bool riseIsBad = false;
    };
    enum Column { AreaColumn, IndicatorColumn, ValueColumn, TrendColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, AreaRole, TrendRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setKpis(QVector<Kpi> kpis);
    const QVector<Kpi>& kpis() const { return m_kpis; }
    int rowOf(const QString& key) const;
    static QString areaText(Area a);
    static QString valueText(const Kpi& k);
    /// "▲ 2.5", "▼ 1", "=" or "" when unknown.
    static QString trendText(const Kpi& k);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QVector<Kpi> m_kpis;
};

/// The model's rows as CSV: a header row, then each row; a cell is its Qt::EditRole value (else
/// its display text), times as ISO-8601 in Asia/Seoul, lines ending in CRLF, quoted where needed.
QString modelToCsv(const QAbstractItemModel& model);
/// Writes `modelToCsv` to `path` as UTF-8 with a byte-order mark (so Excel reads Korean).
Status writeCsvFile(const QAbstractItemModel& model, const QString& path);

}  // namespace bg
