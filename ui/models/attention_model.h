#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QVector>

namespace bg {

class EntityStore;
class SelectiveMonitor;

/// Attention coverage as a table: the cameras nobody has looked at for `minutes` or more,
/// longest first — the camera, when it was last on an operator's screen (Asia/Seoul; "never"
/// since the console started) and for how many minutes it has not been. Refreshed on demand
/// (the page calls `refresh` every few seconds; attention changes slowly).
class AttentionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, LastViewedColumn, MinutesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, MinutesRole };

    AttentionModel(EntityStore* store, SelectiveMonitor* monitor, QObject* parent = nullptr);

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    /// Reads the monitor again; rows that stay keep their place in the model's order.
    void refresh();
    QStringList cameraIds() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString id;
        QString name;
        QDateTime lastViewed;  ///< invalid: never
        int minutes = 0;
    };
    EntityStore* m_store;
    SelectiveMonitor* m_monitor;
    int m_minutes = 15;
    QVector<Row> m_rows;
};

}  // namespace bg
