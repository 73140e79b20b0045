#include "ui/models/dashboard_models.h"

#include "core/seoul_time.h"
#include "ui/models/alert_queue_model.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace bg {

namespace {

QString number(double v, int decimals) {
    if (std::isnan(v)) return QStringLiteral("—");
    return QLocale().toString(v, 'f', decimals);
}

QVariant raw(double v) {
    return std::isnan(v) ? QVariant() : QVariant(v);
}

QString seoulShort(const QDateTime& t) {
    return toSeoul(t).toString(QStringLiteral("MM-dd HH:mm"));
}

}  // namespace

// ---- TimeSeriesModel ------------------------------------------------------------------------

void TimeSeriesModel::setSeries(const QStringList& names, const QString& unit,
                                const QVector<QDateTime>& times,
                                const QVector<QVector<double>>& series) {
    beginResetModel();
    m_names = names;
    m_unit = unit;
    m_times = times;
    m_series = series;
    m_series.resize(names.size());
    for (QVector<double>& s : m_series)
        s.resize(times.size(), std::numeric_limits<double>::quiet_NaN());
    endResetModel();
}

double TimeSeriesModel::valueAt(int row, int series) const {
    return m_series.value(series).value(row, std::numeric_limits<double>::quiet_NaN());
}

int TimeSeriesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_times.size());
}

int TimeSeriesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 1 + int(m_names.size());
}

QVariant TimeSeriesModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const int row = index.row();
    if (index.column() == 0) {
        if (role == Qt::DisplayRole) return seoulShort(m_times.at(row));
        if (role == Qt::EditRole) return m_times.at(row);
        return {};
    }
    const double v = valueAt(row, index.column() - 1);
    if (role == Qt::DisplayRole) return std::isnan(v) ? QString() : number(v, 1);
    if (role == Qt::EditRole) return raw(v);
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant TimeSeriesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == 0) return QCoreApplication::translate("Dashboards", "Time (KST)");
    const QString name = m_names.at(section - 1);
    return m_unit.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, m_unit);
}

// ---- HourlyCountModel -----------------------------------------------------------------------

void HourlyCountModel::setCounts(const HourlyCounts& counts, const QStringList& labels) {
    beginResetModel();
    m_counts = counts;
    m_labels = labels;
    for (int i = int(m_labels.size()); i < counts.keys.size(); ++i) m_labels << counts.keys.at(i);
    m_labels.resize(counts.keys.size());
    endResetModel();
}

int HourlyCountModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_counts.hours.size());
}

int HourlyCountModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : 2 + int(m_counts.keys.size());
}

QVariant HourlyCountModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const int row = index.row();
    const int col = index.column();
    if (col == 0) {
        const QDateTime t = m_counts.hours.at(row);
        if (role == Qt::DisplayRole) return toSeoul(t).toString(QStringLiteral("MM-dd HH:00"));
        if (role == Qt::EditRole) return t;
        return {};
    }
    const int n = col == columnCount() - 1 ? m_counts.total(row) : m_counts.counts[row][col - 1];
    if (role == Qt::DisplayRole || role == Qt::EditRole) return n;
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant HourlyCountModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    if (section == 0) return QCoreApplication::translate("Dashboards", "Hour (KST)");
    if (section == columnCount() - 1) return QCoreApplication::translate("Dashboards", "Total");
    return m_labels.at(section - 1);
}

// ---- ParkingOccupancyModel ------------------------------------------------------------------

void ParkingOccupancyModel::setLots(QVector<ParkingLot> lots) {
    beginResetModel();
    m_lots = std::move(lots);
    // A stable order (by name) so that views keep their place between refreshes.
    std::sort(m_lots.begin(), m_lots.end(), [](const ParkingLot& a, const ParkingLot& b) {
        return a.name.text() == b.name.text() ? a.id < b.id : a.name.text() < b.name.text();
    });
    endResetModel();
}

int ParkingOccupancyModel::totalSpots() const {
    int n = 0;
    for (const ParkingLot& l : m_lots) n += l.totalSpots;
    return n;
}

int ParkingOccupancyModel::availableSpots() const {
    int n = 0;
    for (const ParkingLot& l : m_lots)
        if (l.totalSpots > 0) n += std::clamp(l.availableSpots, 0, l.totalSpots);
    return n;
}

double ParkingOccupancyModel::totalOccupancyPercent() const {
    const int total = totalSpots();
    if (total <= 0) return std::numeric_limits<double>::quiet_NaN();
    return 100.0 * double(total - availableSpots()) / double(total);
}

int ParkingOccupancyModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lots.size());
}

int ParkingOccupancyModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParkingOccupancyModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const ParkingLot& l = m_lots.at(index.row());
    if (role == IdRole) return l.id;
    const double occupancy =
        l.totalSpots > 0 ? l.occupancy() * 100.0 : std::numeric_limits<double>::quiet_NaN();
    switch (index.column()) {
        case NameColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return l.name.text();
            break;
        case DongColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return l.dong;
            break;
        case TotalColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return l.totalSpots;
            break;
        case AvailableColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole) return l.availableSpots;
            break;
        case OccupancyColumn:
            if (role == Qt::DisplayRole) return number(occupancy, 1);
            if (role == Qt::EditRole) return raw(occupancy);
            break;
        default:
            break;
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn &&
        index.column() != DongColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ParkingOccupancyModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return QCoreApplication::translate("Dashboards", "Parking lot");
        case DongColumn:
            return QCoreApplication::translate("Dashboards", "Dong");
        case TotalColumn:
            return QCoreApplication::translate("Dashboards", "Spots");
        case AvailableColumn:
            return QCoreApplication::translate("Dashboards", "Free");
        case OccupancyColumn:
            return QCoreApplication::translate("Dashboards", "Occupancy (%)");
        default:
            return {};
    }
}

// ---- ConnectorStateModel --------------------------------------------------------------------

void ConnectorStateModel::setStation(const ChargingStation& station) {
    beginResetModel();
    m_station = station;
    endResetModel();
}

QString ConnectorStateModel::stateText(ConnectorState s) {
    switch (s) {
        case ConnectorState::Available:
            return QCoreApplication::translate("Dashboards", "Available");
        case ConnectorState::Charging:
            return QCoreApplication::translate("Dashboards", "Charging");
        case ConnectorState::Faulted:
            return QCoreApplication::translate("Dashboards", "Fault");
        case ConnectorState::Offline:
            return QCoreApplication::translate("Dashboards", "Offline");
        case ConnectorState::Unknown:
            break;
    }
    return QCoreApplication::translate("Dashboards", "Unknown");
}

int ConnectorStateModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_station.connectors.size());
}

int ConnectorStateModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectorStateModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Connector& c = m_station.connectors.at(index.row());
    if (role == StateRole) return int(c.state);
    if (role == Qt::TextAlignmentRole && index.column() >= DrawColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
        case IdColumn:
            return c.id;
        case TypeColumn:
            return c.type;
        case StateColumn:
            return stateText(c.state);
        case DrawColumn:
            return role == Qt::EditRole ? QVariant(c.drawKw) : QVariant(number(c.drawKw, 1));
        case RatedColumn:
            return role == Qt::EditRole ? QVariant(c.powerKw) : QVariant(number(c.powerKw, 0));
        default:
            return {};
    }
}

QVariant ConnectorStateModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case IdColumn:
            return QCoreApplication::translate("Dashboards", "Connector");
        case TypeColumn:
            return QCoreApplication::translate("Dashboards", "Type");
        case StateColumn:
            return QCoreApplication::translate("Dashboards", "State");
        case DrawColumn:
            return QCoreApplication::translate("Dashboards", "Drawing (kW)");
        case RatedColumn:
            return QCoreApplication::translate("Dashboards", "Rated (kW)");
        default:
            return {};
    }
}

// ---- ChargerStationModel --------------------------------------------------------------------

void ChargerStationModel::setStations(QVector<ChargingStation> stations) {
    beginResetModel();
    m_stations = std::move(stations);
    std::sort(m_stations.begin(), m_stations.end(),
              [](const ChargingStation& a, const ChargingStation& b) {
                  if (a.megaStation != b.megaStation) return a.megaStation;
                  return a.name.text() == b.name.text() ? a.id < b.id
                                                        : a.name.text() < b.name.text();
              });
    endResetModel();
}

int ChargerStationModel::connectorCount(ConnectorState s) const {
    int n = 0;
    for (const ChargingStation& st : m_stations) n += st.count(s);
    return n;
}

int ChargerStationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_stations.size());
}

int ChargerStationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChargerStationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const ChargingStation& s = m_stations.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= ConnectorsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
        case NameColumn:
            return s.name.text();
        case DongColumn:
            return s.dong;
        case ConnectorsColumn:
            return int(s.connectors.size());
        case AvailableColumn:
            return s.count(ConnectorState::Available);
        case ChargingColumn:
            return s.count(ConnectorState::Charging);
        case FaultedColumn:
            return s.count(ConnectorState::Faulted);
        case OfflineColumn:
            return s.count(ConnectorState::Offline);
        case DrawColumn:
            return role == Qt::EditRole ? QVariant(s.drawKw()) : QVariant(number(s.drawKw(), 1));
        default:
            return {};
    }
}

QVariant ChargerStationModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return QCoreApplication::translate("Dashboards", "Charging station");
        case DongColumn:
            return QCoreApplication::translate("Dashboards", "Dong");
        case ConnectorsColumn:
            return QCoreApplication::translate("Dashboards", "Connectors");
        case AvailableColumn:
            return QCoreApplication::translate("Dashboards", "Available");
        case ChargingColumn:
            return QCoreApplication::translate("Dashboards", "Charging");
        case FaultedColumn:
            return QCoreApplication::translate("Dashboards", "Fault");
        case OfflineColumn:
            return QCoreApplication::translate("Dashboards", "Offline");
        case DrawColumn:
            return QCoreApplication::translate("Dashboards", "Drawing (kW)");
        default:
            return {};
    }
}

// ---- RecyclingFillModel ---------------------------------------------------------------------

void RecyclingFillModel::setMachines(QVector<RecyclingMachine> machines, double threshold) {
    beginResetModel();
    m_machines = std::move(machines);
    m_threshold = threshold;
    std::sort(m_machines.begin(), m_machines.end(),
              [](const RecyclingMachine& a, const RecyclingMachine& b) {
                  return a.name.text() == b.name.text() ? a.id < b.id
                                                        : a.name.text() < b.name.text();
              });
    endResetModel();
}

int RecyclingFillModel::dueCount() const {
    int n = 0;
    for (const RecyclingMachine& m : m_machines)
        n += collectionDue(m.maxFillPercent(), m_threshold) ? 1 : 0;
    return n;
}

int RecyclingFillModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_machines.size());
}

int RecyclingFillModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString machineStatusText(MachineStatus s) {
    switch (s) {
        case MachineStatus::Ok:
            return QCoreApplication::translate("Dashboards", "Normal");
        case MachineStatus::Full:
            return QCoreApplication::translate("Dashboards", "Full");
        case MachineStatus::Fault:
            return QCoreApplication::translate("Dashboards", "Fault");
        case MachineStatus::Offline:
            return QCoreApplication::translate("Dashboards", "Offline");
        case MachineStatus::Unknown:
            break;
    }
    return QCoreApplication::translate("Dashboards", "Unknown");
}

}  // namespace

QVariant RecyclingFillModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const RecyclingMachine& m = m_machines.at(index.row());
    const bool due = collectionDue(m.maxFillPercent(), m_threshold);
    if (role == DueRole) return due;
    if (role == Qt::TextAlignmentRole && index.column() >= PetColumn &&
        index.column() <= ItemsColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    const auto fill = [role](double v) {
        return role == Qt::EditRole ? QVariant(v) : QVariant(number(v, 0));
    };
    switch (index.column()) {
        case NameColumn:
            return m.name.text();
        case PetColumn:
            return fill(m.pet.fillPercent);
        case CanColumn:
            return fill(m.can.fillPercent);
        case PaperColumn:
            return fill(m.paper.fillPercent);
        case ItemsColumn:
            return m.pet.itemsToday + m.can.itemsToday + m.paper.itemsToday;
        case StatusColumn:
            return machineStatusText(m.status);
        case DueColumn:
            if (role == Qt::EditRole) return due;
            return due ? QCoreApplication::translate("Dashboards", "Due")
                       : QCoreApplication::translate("Dashboards", "Not yet");
        default:
            return {};
    }
}

QVariant RecyclingFillModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return QCoreApplication::translate("Dashboards", "Machine");
        case PetColumn:
            return QCoreApplication::translate("Dashboards", "PET (%)");
        case CanColumn:
            return QCoreApplication::translate("Dashboards", "Cans (%)");
        case PaperColumn:
            return QCoreApplication::translate("Dashboards", "Paper (%)");
        case ItemsColumn:
            return QCoreApplication::translate("Dashboards", "Items today");
        case StatusColumn:
            return QCoreApplication::translate("Dashboards", "Status");
        case DueColumn:
            return QCoreApplication::translate("Dashboards", "Collection");
        default:
            return {};
    }
}

CollectionDueProxy::CollectionDueProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    sort(0);
}

bool CollectionDueProxy::filterAcceptsRow(int row, const QModelIndex& parent) const {
    return sourceModel()->index(row, 0, parent).data(RecyclingFillModel::DueRole).toBool();
}

bool CollectionDueProxy::lessThan(const QModelIndex& a, const QModelIndex& b) const {
    const auto fullest = [this](const QModelIndex& i) {
        double v = 0;
        for (int c : {RecyclingFillModel::PetColumn, RecyclingFillModel::CanColumn,
                      RecyclingFillModel::PaperColumn})
            v = std::max(v, sourceModel()->index(i.row(), c).data(Qt::EditRole).toDouble());
        return v;
    };
    return fullest(a) > fullest(b);  // fullest first
}

// ---- OverviewKpiModel -----------------------------------------------------------------------

void OverviewKpiModel::setKpis(QVector<Kpi> kpis) {
    if (kpis.size() == m_kpis.size()) {
        // Same rows (the usual refresh): tell views the values changed, keep their place.
        m_kpis = std::move(kpis);
        if (!m_kpis.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_kpis = std::move(kpis);
    endResetModel();
}

int OverviewKpiModel::rowOf(const QString& key) const {
    for (int i = 0; i < m_kpis.size(); ++i)
        if (m_kpis.at(i).key == key) return i;
    return -1;
}

QString OverviewKpiModel::areaText(Area a) {
    switch (a) {
        case Area::Energy:
            return QCoreApplication::translate("Dashboards", "Energy");
        case Area::Transportation:
            return QCoreApplication::translate("Dashboards", "Transportation");
        case Area::Safety:
            return QCoreApplication::translate("Dashboards", "Safety");
        case Area::Environment:
            return QCoreApplication::translate("Dashboards", "Environment");
    }
    return {};
}

QString OverviewKpiModel::valueText(const Kpi& k) {
    const QString n = number(k.value, k.decimals);
    return k.unit.isEmpty() || std::isnan(k.value) ? n : QStringLiteral("%1 %2").arg(n, k.unit);
}

QString OverviewKpiModel::trendText(const Kpi& k) {
    if (std::isnan(k.value) || std::isnan(k.previous)) return {};
    const double d = k.value - k.previous;
    const double epsilon = 0.5 * std::pow(10.0, -k.decimals);
    if (std::abs(d) < epsilon) return QStringLiteral("=");
    return QStringLiteral("%1 %2").arg(d > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                                       number(std::abs(d), k.decimals));
}

int OverviewKpiModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_kpis.size());
}

int OverviewKpiModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewKpiModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Kpi& k = m_kpis.at(index.row());
    if (role == KeyRole) return k.key;
    if (role == AreaRole) return int(k.area);
    if (role == TrendRole) {
        // +1: good news, -1: bad news, 0: steady or unknown.
        if (std::isnan(k.value) || std::isnan(k.previous) || k.value == k.previous) return 0;
        const bool rise = k.value > k.previous;
        return rise != k.riseIsBad ? 1 : -1;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
        case AreaColumn:
            return areaText(k.area);
        case IndicatorColumn:
            return k.label;
        case ValueColumn:
            return role == Qt::EditRole ? raw(k.value) : QVariant(valueText(k));
        case TrendColumn:
            if (role == Qt::EditRole)
                return std::isnan(k.value) || std::isnan(k.previous)
                           ? QVariant()
                           : QVariant(k.value - k.previous);
            return trendText(k);
        default:
            return {};
    }
}

QVariant OverviewKpiModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case AreaColumn:
            return QCoreApplication::translate("Dashboards", "Area");
        case IndicatorColumn:
            return QCoreApplication::translate("Dashboards", "Indicator");
        case ValueColumn:
            return QCoreApplication::translate("Dashboards", "Value");
        case TrendColumn:
            return QCoreApplication::translate("Dashboards", "Trend");
        default:
            return {};
    }
}

// ---- CSV ------------------------------------------------------------------------------------

namespace {

QString csvCell(const QVariant& v) {
    QString text;
    if (v.metaType().id() == QMetaType::QDateTime) {
        const QDateTime t = v.toDateTime();
        text = t.isValid() ? toSeoul(t).toString(Qt::ISODate) : QString();
    } else if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Float) {
        // Plain dot decimals whatever the interface language, at most 3 places.
        text = QString::number(v.toDouble(), 'f', 3);
        while (text.endsWith(u'0')) text.chop(1);
        if (text.endsWith(u'.')) text.chop(1);
    } else if (v.metaType().id() == QMetaType::Bool) {
        text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        text = v.toString();
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
        text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        text = u'"' + text + u'"';
    }
    return text;
}

}  // namespace

QString modelToCsv(const QAbstractItemModel& model) {
    QString out;
    QStringList cells;
    const int columns = model.columnCount();
    for (int c = 0; c < columns; ++c)
        cells << csvCell(model.headerData(c, Qt::Horizontal, Qt::DisplayRole));
    out += cells.join(u',') + QStringLiteral("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex i = model.index(r, c);
            const QVariant edit = i.data(Qt::EditRole);
            cells << csvCell(edit.isValid() ? edit : i.data(Qt::DisplayRole));
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

Status writeCsvFile(const QAbstractItemModel& model, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(
            QStringLiteral("cannot write CSV %1: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF");  // UTF-8 byte-order mark: Excel then reads Korean correctly
    file.write(modelToCsv(model).toUtf8());
    if (!file.commit())
        return Status::fail(
            QStringLiteral("cannot write CSV %1: %2").arg(path, file.errorString()));
    return Status::ok();
}

}  // namespace bg
