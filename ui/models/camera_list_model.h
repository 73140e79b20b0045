#pragma once

#include "core/camera.h"

#include <QAbstractListModel>
#include <QVector>

namespace bg {

class EntityStore;

/// The cameras of the EntityStore as a list, sorted by name, for the video wall's camera list
/// (filter it with a QSortFilterProxyModel). Follows the store: cameras added, changed or removed
/// appear, change or disappear without a reset.
///
/// Threading: GUI thread, with its store.
class CameraListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, DongRole, StatusRole, SubUrlRole, MainUrlRole };

    explicit CameraListModel(EntityStore* store, QObject* parent = nullptr);

    /// "ko" or "en": which name to show.
    void setLanguage(const QString& lang);
    int rowOf(const QString& id) const;
    const Camera* cameraAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    /// The MIME type a dragged camera carries (core's cameraMimeType()).
    static QString cameraMimeType() { return bg::cameraMimeType(); }

private:
    void onChanged(const QString& id, int kind, bool added);
    void onRemoved(const QString& id, int kind);
    void reload();
    QString nameOf(const Camera& c) const;
    int insertionRow(const Camera& c) const;

    EntityStore* m_store;
    QVector<Camera> m_cameras;
    QString m_lang = QStringLiteral("ko");
};

}  // namespace bg
