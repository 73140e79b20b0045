#include "ui/models/incident_models.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/incident_service.h"
#include "ui/models/alert_queue_model.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>

namespace bg {

QString IncidentListModel::stateText(IncidentState s) {
    switch (s) {
        case IncidentState::Open:
            return QCoreApplication::translate("IncidentText", "Open");
        case IncidentState::Escalated:
            return QCoreApplication::translate("IncidentText", "Escalated");
        case IncidentState::Resolved:
            return QCoreApplication::translate("IncidentText", "Resolved");
        case IncidentState::Closed:
            return QCoreApplication::translate("IncidentText", "Closed");
    }
    return {};
}

QString IncidentListModel::agencyText(Agency a) {
    return a == Agency::Police112 ? QCoreApplication::translate("IncidentText", "Police 112")
                                  : QCoreApplication::translate("IncidentText", "Fire 119");
}

QString IncidentListModel::shareStatusText(ShareStatus s) {
    switch (s) {
        case ShareStatus::Active:
            return QCoreApplication::translate("IncidentText", "active");
        case ShareStatus::Expired:
            return QCoreApplication::translate("IncidentText", "expired");
        case ShareStatus::Revoked:
            return QCoreApplication::translate("IncidentText", "revoked");
    }
    return {};
}

QString IncidentListModel::deliveryText(DeliveryState s) {
    switch (s) {
        case DeliveryState::Recorded:
            return QCoreApplication::translate("IncidentText", "recorded");
        case DeliveryState::Pending:
            return QCoreApplication::translate("IncidentText", "being delivered");
        case DeliveryState::Delivered:
            return QCoreApplication::translate("IncidentText", "delivered");
        case DeliveryState::Failed:
            return QCoreApplication::translate("IncidentText", "delivery failed");
    }
    return {};
}

IncidentListModel::IncidentListModel(IncidentService* service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service) {
    if (!service) return;
    m_rows = service->incidents();
    connect(service, &IncidentService::incidentChanged, this, &IncidentListModel::onChanged);
}

int IncidentListModel::rowOf(const QString& id) const {
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (m_rows[i].id == id) return i;
    return -1;
}

void IncidentListModel::onChanged(const QString& id) {
    const Incident* i = m_service->incident(id);
    const int row = rowOf(id);
    if (!i) {
        if (row < 0) return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    if (row >= 0) {
        m_rows[row] = *i;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(*i);
    endInsertRows();
}

int IncidentListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident& i = m_rows[index.row()];
    switch (role) {
        case IdRole:
            return i.id;
        case StateRole:
            return int(i.state);
        case CreatedAtRole:
            return i.createdAt;
        case Qt::ForegroundRole:
            if (index.column() == StateColumn && i.state == IncidentState::Escalated)
                return QBrush(QColor(0xff, 0x9e, 0x5e));
            return {};
        case Qt::ToolTipRole:
            return i.id;
        case Qt::DisplayRole:
            switch (index.column()) {
                case StateColumn:
                    return stateText(i.state);
                case TitleColumn:
                    return i.title;
                case AlertsColumn:
                    return int(i.alertIds.size());
                case CreatedColumn:
                    return formatSeoulDateTime(i.createdAt);
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case StateColumn:
            return QCoreApplication::translate("IncidentText", "State");
        case TitleColumn:
            return QCoreApplication::translate("IncidentText", "Incident");
        case AlertsColumn:
            return QCoreApplication::translate("IncidentText", "Alerts");
        case CreatedColumn:
            return QCoreApplication::translate("IncidentText", "Created (KST)");
        default:
            return {};
    }
}

IncidentFilterProxy::IncidentFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setDynamicSortFilter(true);
    sort(0);
}

void IncidentFilterProxy::setOpenOnly(bool on) {
    if (on == m_openOnly) return;
    m_openOnly = on;
    invalidateFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int row, const QModelIndex& parent) const {
    if (!m_openOnly) return true;
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    return isOpen(IncidentState(i.data(IncidentListModel::StateRole).toInt()));
}

bool IncidentFilterProxy::lessThan(const QModelIndex& a, const QModelIndex& b) const {
    // Newest first.
    return a.data(IncidentListModel::CreatedAtRole).toDateTime() >
           b.data(IncidentListModel::CreatedAtRole).toDateTime();
}

IncidentTimelineModel::IncidentTimelineModel(IncidentService* service, EntityStore* store,
                                             QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_store(store) {
    if (!service) return;
    connect(service, &IncidentService::incidentChanged, this, [this](const QString& id) {
        if (id == m_id) refresh();
    });
    connect(service, &IncidentService::shareChanged, this, &IncidentTimelineModel::refresh);
    connect(service, &IncidentService::activityLogged, this, [this](const ActivityEntry& e) {
        if (!m_id.isEmpty() && (e.incidentId.isEmpty() || e.incidentId == m_id)) refresh();
    });
}

void IncidentTimelineModel::setIncident(const QString& id) {
    m_id = id;
    refresh();
}

void IncidentTimelineModel::refresh() {
    beginResetModel();
    m_entries = m_service && !m_id.isEmpty() ? m_service->timeline(m_id) : QVector<TimelineEntry>{};
    endResetModel();
}

int IncidentTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int IncidentTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTimelineModel::kindText(TimelineEntry::Kind k) {
    using K = TimelineEntry::Kind;
    switch (k) {
        case K::AlertRaised:
            return QCoreApplication::translate("IncidentText", "Alert raised");
        case K::AlertTransition:
            return QCoreApplication::translate("IncidentText", "Alert changed");
        case K::AlertStep:
            return QCoreApplication::translate("IncidentText", "Procedure step");
        case K::Note:
            return QCoreApplication::translate("IncidentText", "Note");
        case K::Created:
            return QCoreApplication::translate("IncidentText", "Incident created");
        case K::StateChange:
            return QCoreApplication::translate("IncidentText", "Incident state");
        case K::AlertAdded:
            return QCoreApplication::translate("IncidentText", "Alert added");
        case K::AlertRemoved:
            return QCoreApplication::translate("IncidentText", "Alert removed");
        case K::CameraViewed:
            return QCoreApplication::translate("IncidentText", "Camera viewed");
        case K::Export:
            return QCoreApplication::translate("IncidentText", "Export");
        case K::Escalation:
            return QCoreApplication::translate("IncidentText", "Escalation");
        case K::ShareRevoked:
            return QCoreApplication::translate("IncidentText", "Share revoked");
    }
    return {};
}

QString IncidentTimelineModel::detailText(const TimelineEntry& e) const {
    using K = TimelineEntry::Kind;
    const auto name = [this](const QString& id) {
        if (m_store)
            if (const Entity* x = m_store->find(id)) {
                const QString n = baseOf(*x).name.text();
                if (!n.isEmpty()) return n;
            }
        return id.section(u':', -1);
    };
    switch (e.kind) {
        case K::AlertRaised: {
            const auto c = enumFromName<AlertCategory>(e.detail);
            const Alert* a = m_store ? m_store->get<Alert>(e.subject) : nullptr;
            const QString where = a && !a->sourceId.isEmpty() ? name(a->sourceId) : QString();
            const QString what = c ? AlertQueueModel::categoryText(*c) : e.detail;
            return where.isEmpty() ? what : QStringLiteral("%1 · %2").arg(what, where);
        }
        case K::AlertTransition: {
            const auto from = enumFromName<AlertState>(e.from);
            const auto to = enumFromName<AlertState>(e.to);
            QString t =
                QStringLiteral("%1 → %2").arg(from ? AlertQueueModel::stateText(*from) : e.from,
                                              to ? AlertQueueModel::stateText(*to) : e.to);
            if (!e.detail.isEmpty()) t += QStringLiteral(" — ") + e.detail;
            return t;
        }
        case K::StateChange: {
            const auto from = enumFromName<IncidentState>(e.from);
            const auto to = enumFromName<IncidentState>(e.to);
            return QStringLiteral("%1 → %2").arg(
                from ? IncidentListModel::stateText(*from) : e.from,
                to ? IncidentListModel::stateText(*to) : e.to);
        }
        case K::Created: {
            const int n = int(e.subject.split(QStringLiteral(" "), Qt::SkipEmptyParts).size());
            return QCoreApplication::translate("IncidentText", "%n alert(s)", nullptr, n);
        }
        case K::AlertAdded:
        case K::AlertRemoved: {
            const Alert* a = m_store ? m_store->get<Alert>(e.subject) : nullptr;
            return a ? AlertQueueModel::categoryText(a->category) : e.subject.section(u':', -1);
        }
        case K::CameraViewed:
            return name(e.subject) +
                   (e.detail == u"maximised"
                        ? QStringLiteral(" (") +
                              QCoreApplication::translate("IncidentText", "maximised") +
                              QStringLiteral(")")
                        : QString());
        case K::Export:
            return e.subject;
        case K::Escalation:
        case K::ShareRevoked: {
            for (const IncidentShare& s : m_service->shares(m_id)) {
                if (s.id != e.subject) continue;
                if (e.kind == K::ShareRevoked) return IncidentListModel::agencyText(s.agency);
                return QCoreApplication::translate("IncidentText",
                                                   "%1 — %n camera(s) within %2 m until %3 (KST)",
                                                   nullptr, int(s.cameraIds.size()))
                    .arg(IncidentListModel::agencyText(s.agency))
                    .arg(qRound(s.radiusM))
                    .arg(formatSeoulDateTime(s.expiresAt));
            }
            return e.detail;
        }
        case K::AlertStep:
        case K::Note:
            return e.detail;
    }
    return e.detail;
}

QVariant IncidentTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry& e = m_entries[index.row()];
    switch (role) {
        case KindRole:
            return int(e.kind);
        case AtRole:
            return e.at;
        case SubjectRole:
            return e.subject;
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return formatSeoulDateTime(e.at);
                case WhatColumn:
                    return kindText(e.kind);
                case WhoColumn:
                    return e.user.isEmpty() ? QStringLiteral("—") : e.user;
                case DetailColumn:
                    return detailText(e);
                default:
                    return {};
            }
        default:
            return {};
    }
}

QVariant IncidentTimelineModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case TimeColumn:
            return QCoreApplication::translate("IncidentText", "Time (KST)");
        case WhatColumn:
            return QCoreApplication::translate("IncidentText", "What");
        case WhoColumn:
            return QCoreApplication::translate("IncidentText", "Who");
        case DetailColumn:
            return QCoreApplication::translate("IncidentText", "Details");
        default:
            return {};
    }
}

}  // namespace bg
