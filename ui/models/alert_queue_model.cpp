#include "ui/models/alert_queue_model.h"

#include "core/alert_workflow.h"
#include "core/entity_store.h"
#include "core/seoul_time.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace bg {

QString AlertQueueModel::categoryText(AlertCategory c) {
    switch (c) {
        case AlertCategory::Intrusion:
            return QCoreApplication::translate("AlertText", "Intrusion");
        case AlertCategory::Loitering:
            return QCoreApplication::translate("AlertText", "Loitering");
        case AlertCategory::Fall:
            return QCoreApplication::translate("AlertText", "Fall");
        case AlertCategory::Crowding:
            return QCoreApplication::translate("AlertText", "Crowding");
        case AlertCategory::CrosswalkRedLight:
            return QCoreApplication::translate("AlertText", "Pedestrian on red");
        case AlertCategory::IllegalParking:
            return QCoreApplication::translate("AlertText", "Illegal parking");
        case AlertCategory::ChargerFault:
            return QCoreApplication::translate("AlertText", "Charger fault");
        case AlertCategory::BinFull:
            return QCoreApplication::translate("AlertText", "Bin full");
        case AlertCategory::EmergencyBell:
            return QCoreApplication::translate("AlertText", "Emergency bell");
        case AlertCategory::CameraOffline:
            return QCoreApplication::translate("AlertText", "Camera offline");
        case AlertCategory::StreamDegraded:
            return QCoreApplication::translate("AlertText", "Stream degraded");
        case AlertCategory::Other:
            break;
    }
    return QCoreApplication::translate("AlertText", "Other");
}

QString AlertQueueModel::severityText(Severity s) {
    switch (s) {
        case Severity::Critical:
            return QCoreApplication::translate("AlertText", "Critical");
        case Severity::High:
            return QCoreApplication::translate("AlertText", "High");
        case Severity::Medium:
            return QCoreApplication::translate("AlertText", "Medium");
        case Severity::Low:
            break;
    }
    return QCoreApplication::translate("AlertText", "Low");
}

QString AlertQueueModel::stateText(AlertState s) {
    switch (s) {
        case AlertState::New:
            return QCoreApplication::translate("AlertText", "New");
        case AlertState::Acknowledged:
            return QCoreApplication::translate("AlertText", "Acknowledged");
        case AlertState::InProgress:
            return QCoreApplication::translate("AlertText", "In progress");
        case AlertState::Resolved:
            return QCoreApplication::translate("AlertText", "Resolved");
        case AlertState::Closed:
            break;
    }
    return QCoreApplication::translate("AlertText", "Closed");
}

AlertQueueModel::AlertQueueModel(EntityStore* store, QObject* parent)
    : QAbstractTableModel(parent), m_store(store) {
    connect(store, &EntityStore::entityChanged, this,
            [this](const QString& id, EntityKind k, bool added) { onChanged(id, int(k), added); });
    connect(store, &EntityStore::entityRemoved, this,
            [this](const QString& id, EntityKind k) { onRemoved(id, int(k)); });
    connect(store, &EntityStore::cleared, this, &AlertQueueModel::reload);
    reload();
}

void AlertQueueModel::reload() {
    beginResetModel();
    m_alerts = m_store->all<Alert>();
    endResetModel();
}

void AlertQueueModel::onChanged(const QString& id, int kind, bool added) {
    if (EntityKind(kind) != EntityKind::Alert) return;
    const Alert* a = m_store->get<Alert>(id);
    if (!a) return;
    const int row = added ? -1 : rowOf(id);
    if (row >= 0) {
        m_alerts[row] = *a;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_alerts.size()), int(m_alerts.size()));
    m_alerts.append(*a);
    endInsertRows();
}

void AlertQueueModel::onRemoved(const QString& id, int kind) {
    if (EntityKind(kind) != EntityKind::Alert) return;
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_alerts.removeAt(row);
    endRemoveRows();
}

int AlertQueueModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_alerts.size(); ++i)
        if (m_alerts[i].id == id) return i;
    return -1;
}

int AlertQueueModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertQueueModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertQueueModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert& a = m_alerts.at(index.row());
    switch (role) {
        case IdRole:
            return a.id;
        case SeverityRole:
            return int(a.severity);
        case StateRole:
            return int(a.state);
        case CategoryRole:
            return int(a.category);
        case DongRole:
            return a.dong;
        case RaisedAtRole:
            return a.raisedAt;
        case Qt::BackgroundRole:
            if (a.severity == Severity::Critical && isOpen(a.state))
                return QBrush(QColor(0x5a, 0x1d, 0x20));
            if (a.severity == Severity::High && a.state == AlertState::New)
                return QBrush(QColor(0x4a, 0x34, 0x12));
            return {};
        case Qt::ToolTipRole:
            return a.description.isEmpty() ? a.id : a.description;
        case Qt::DisplayRole:
            switch (index.column()) {
                case SeverityColumn:
                    return severityText(a.severity);
                case CategoryColumn:
                    return categoryText(a.category);
                case StateColumn:
                    return stateText(a.state);
                case PlaceColumn: {
                    const QString lang = currentLanguage();
                    QString name = a.name.text(lang);
                    // Hub alerts name their source only: show the source's own name.
                    if (name.isEmpty())
                        if (const Entity* source = m_store->find(a.sourceId))
                            name = baseOf(*source).name.text(lang);
                    const QString place = name.isEmpty() ? a.sourceId.section(u':', -1) : name;
                    return a.dong.isEmpty() ? place : QStringLiteral("%1 · %2").arg(place, a.dong);
                }
                case TimeColumn:
                    return formatSeoulDateTime(a.raisedAt);
                case CountColumn:
                    return a.repeatCount;
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant AlertQueueModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case SeverityColumn:
            return tr("Severity");
        case CategoryColumn:
            return tr("Category");
        case StateColumn:
            return tr("State");
        case PlaceColumn:
            return tr("Place");
        case TimeColumn:
            return tr("Raised (KST)");
        case CountColumn:
            return tr("Repeats");
        default:
            return {};
    }
}

AlertFilterProxy::AlertFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(0);
}

void AlertFilterProxy::setOpenOnly(bool on) {
    m_openOnly = on;
    invalidateFilter();
}
void AlertFilterProxy::setCategory(std::optional<AlertCategory> c) {
    m_category = c;
    invalidateFilter();
}
void AlertFilterProxy::setArea(std::optional<ServiceArea> area) {
    m_area = area;
    invalidateFilter();
}
void AlertFilterProxy::setDong(const QString& dong) {
    m_dong = dong;
    invalidateFilter();
}
void AlertFilterProxy::setText(const QString& text) {
    m_text = text;
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const {
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const auto state = AlertState(i.data(AlertQueueModel::StateRole).toInt());
    if (m_openOnly && !isOpen(state)) return false;
    if (m_category && AlertCategory(i.data(AlertQueueModel::CategoryRole).toInt()) != *m_category)
        return false;
    if (m_area && areaOf(AlertCategory(i.data(AlertQueueModel::CategoryRole).toInt())) != *m_area)
        return false;
    if (!m_dong.isEmpty() && i.data(AlertQueueModel::DongRole).toString() != m_dong) return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (int c = 0; c < AlertQueueModel::ColumnCount && !found; ++c)
            found = sourceModel()
                        ->index(row, c, parent)
                        .data()
                        .toString()
                        .contains(m_text, Qt::CaseInsensitive);
        if (!found) return false;
    }
    return true;
}

bool AlertFilterProxy::lessThan(const QModelIndex& a, const QModelIndex& b) const {
    const int sa = a.data(AlertQueueModel::SeverityRole).toInt();
    const int sb = b.data(AlertQueueModel::SeverityRole).toInt();
    if (sa != sb) return sa > sb;  // critical first
    return a.data(AlertQueueModel::RaisedAtRole).toDateTime() <
           b.data(AlertQueueModel::RaisedAtRole).toDateTime();  // then the one waiting longest
}

}  // namespace bg
