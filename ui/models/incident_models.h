#pragma once

#include "core/incident.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QVector>

namespace bg {

class EntityStore;
class IncidentService;

/// The incidents of an IncidentService as a table, following the service (a row inserted for a
/// new incident, dataChanged for a changed one).
///
/// Threading: GUI thread, with its service.
class IncidentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StateColumn, TitleColumn, AlertsColumn, CreatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole, CreatedAtRole };

    explicit IncidentListModel(IncidentService* service, QObject* parent = nullptr);

    int rowOf(const QString& id) const;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString stateText(IncidentState s);
    static QString agencyText(Agency a);
    static QString shareStatusText(ShareStatus s);
    static QString deliveryText(DeliveryState s);

private:
    void onChanged(const QString& id);

    IncidentService* m_service;
    QVector<Incident> m_rows;
};

/// Newest first; open (and escalated) incidents only unless told otherwise.
class IncidentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit IncidentFilterProxy(QObject* parent = nullptr);
    void setOpenOnly(bool on);
    bool openOnly() const { return m_openOnly; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;
    bool lessThan(const QModelIndex& a, const QModelIndex& b) const override;

private:
    bool m_openOnly = false;
};

/// One incident's timeline (IncidentService::timeline) as a table: time (KST), what, who,
/// details. Rebuilt when the incident, its shares or the activity log change, and on refresh()
/// (an alert transition).
///
/// Threading: GUI thread, with its service.
class IncidentTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, WhatColumn, WhoColumn, DetailColumn, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, AtRole, SubjectRole };

    IncidentTimelineModel(IncidentService* service, EntityStore* store, QObject* parent = nullptr);

    void setIncident(const QString& id);
    QString incidentId() const { return m_id; }
    void refresh();
    const QVector<TimelineEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    static QString kindText(TimelineEntry::Kind k);

private:
    QString detailText(const TimelineEntry& e) const;

    IncidentService* m_service;
    EntityStore* m_store;
    QString m_id;
    QVector<TimelineEntry> m_entries;
};

}  // namespace bg
