#pragma once

#include "core/alert.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace bg {

class EntityStore;

/// The alerts of the EntityStore as a table, following the store without resets for single
/// changes. Sorting and filtering are AlertFilterProxy's job.
///
/// Threading: GUI thread, with its store.
class AlertQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        CategoryColumn,
        StateColumn,
        PlaceColumn,
        TimeColumn,
        CountColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole,
        StateRole,
        CategoryRole,
        DongRole,
        RaisedAtRole
    };

    explicit AlertQueueModel(EntityStore* store, QObject* parent = nullptr);
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString categoryText(AlertCategory c);
    static QString severityText(Severity s);
    static QString stateText(AlertState s);

private:
    void reload();
    void onChanged(const QString& id, int kind, bool added);
    void onRemoved(const QString& id, int kind);

    EntityStore* m_store;
    QVector<Alert> m_alerts;
};

/// Sorts the queue by severity (critical first) then age (oldest first: it waited longest), and
/// filters by state (open only by default), category, service area, dong and free text.
class AlertFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject* parent = nullptr);

    void setOpenOnly(bool on);
    void setCategory(std::optional<AlertCategory> c);
    void setArea(std::optional<ServiceArea> area);
    void setDong(const QString& dong);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& a, const QModelIndex& b) const override;

private:
    bool m_openOnly = true;
    std::optional<AlertCategory> m_category;
    std::optional<ServiceArea> m_area;
    QString m_dong;
    QString m_text;
};

}  // namespace bg
