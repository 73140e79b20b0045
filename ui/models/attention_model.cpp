#include "ui/models/attention_model.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "core/site.h"
#include "services/selective_monitor.h"

namespace bg {

AttentionModel::AttentionModel(EntityStore* store, SelectiveMonitor* monitor, QObject* parent)
    : QAbstractTableModel(parent), m_store(store), m_monitor(monitor) {}

void AttentionModel::setMinutes(int minutes) {
    m_minutes = std::max(1, minutes);
    refresh();
}

void AttentionModel::refresh() {
    QVector<Row> rows;
    if (m_store && m_monitor) {
        const QDateTime now = m_monitor->now();
        const AttentionLog& log = m_monitor->attention();
        for (const QString& id : m_monitor->unwatched(m_minutes)) {
            const Camera* c = m_store->get<Camera>(id);
            const QDateTime last = log.lastViewed(id);
            const QDateTime since = last.isValid() ? last : log.start();
            rows.append({id, c ? c->name.text() : id, last, int(since.secsTo(now) / 60)});
        }
    }
    // Same rows in the same order (the usual case between two refreshes): just the numbers.
    bool sameIds = rows.size() == m_rows.size();
    for (int i = 0; sameIds && i < rows.size(); ++i) sameIds = rows[i].id == m_rows[i].id;
    if (sameIds) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList AttentionModel::cameraIds() const {
    QStringList out;
    for (const Row& r : m_rows) out << r.id;
    return out;
}

int AttentionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttentionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
        case IdRole:
            return r.id;
        case MinutesRole:
            return r.minutes;
        case Qt::ToolTipRole:
            return r.id;
        case Qt::DisplayRole:
            switch (index.column()) {
                case NameColumn:
                    return r.name;
                case LastViewedColumn:
                    return r.lastViewed.isValid()
                               ? toSeoul(r.lastViewed).toString(QStringLiteral("HH:mm"))
                               : tr("not since start");
                case MinutesColumn:
                    return tr("%n min", nullptr, r.minutes);
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == NameColumn ? QVariant()
                                                : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case NameColumn:
            return tr("Camera");
        case LastViewedColumn:
            return tr("Last looked at");
        case MinutesColumn:
            return tr("Unwatched");
    }
    return {};
}

}  // namespace bg
