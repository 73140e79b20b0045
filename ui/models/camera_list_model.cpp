#include "ui/models/camera_list_model.h"

#include "core/entity_store.h"

#include <QMimeData>

#include <algorithm>

namespace bg {

CameraListModel::CameraListModel(EntityStore* store, QObject* parent)
    : QAbstractListModel(parent), m_store(store) {
    connect(store, &EntityStore::entityChanged, this,
            [this](const QString& id, EntityKind kind, bool added) {
                onChanged(id, int(kind), added);
            });
    connect(store, &EntityStore::entityRemoved, this,
            [this](const QString& id, EntityKind kind) { onRemoved(id, int(kind)); });
    connect(store, &EntityStore::cleared, this, &CameraListModel::reload);
    reload();
}

QString CameraListModel::nameOf(const Camera& c) const {
    const QString name = c.name.text(m_lang);
    return name.isEmpty() ? c.id : name;
}

int CameraListModel::insertionRow(const Camera& c) const {
    const QString key = nameOf(c);
    const auto it = std::lower_bound(m_cameras.begin(), m_cameras.end(), c,
                                     [this, &key](const Camera& a, const Camera&) {
                                         return QString::localeAwareCompare(nameOf(a), key) < 0;
                                     });
    return int(it - m_cameras.begin());
}

void CameraListModel::reload() {
    beginResetModel();
    m_cameras = m_store->all<Camera>();
    std::sort(m_cameras.begin(), m_cameras.end(), [this](const Camera& a, const Camera& b) {
        return QString::localeAwareCompare(nameOf(a), nameOf(b)) < 0;
    });
    endResetModel();
}

void CameraListModel::setLanguage(const QString& lang) {
    if (lang == m_lang) return;
    m_lang = lang;
    reload();  // the order follows the names
}

int CameraListModel::rowOf(const QString& id) const {
    for (int i = 0; i < m_cameras.size(); ++i)
        if (m_cameras[i].id == id) return i;
    return -1;
}

const Camera* CameraListModel::cameraAt(int row) const {
    return row >= 0 && row < m_cameras.size() ? &m_cameras[row] : nullptr;
}

void CameraListModel::onChanged(const QString& id, int kind, bool added) {
    if (EntityKind(kind) != EntityKind::Camera) return;
    const Camera* c = m_store->get<Camera>(id);
    if (!c) return;
    const int old = added ? -1 : rowOf(id);
    if (old >= 0 && nameOf(m_cameras[old]) == nameOf(*c)) {
        m_cameras[old] = *c;  // same place in the order
        Q_EMIT dataChanged(index(old), index(old));
        return;
    }
    if (old >= 0) {
        beginRemoveRows({}, old, old);
        m_cameras.removeAt(old);
        endRemoveRows();
    }
    const int row = insertionRow(*c);
    beginInsertRows({}, row, row);
    m_cameras.insert(row, *c);
    endInsertRows();
}

void CameraListModel::onRemoved(const QString& id, int kind) {
    if (EntityKind(kind) != EntityKind::Camera) return;
    const int row = rowOf(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_cameras.removeAt(row);
    endRemoveRows();
}

int CameraListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_cameras.size());
}

QVariant CameraListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Camera& c = m_cameras.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return nameOf(c);
        case Qt::ToolTipRole:
            return c.dong.isEmpty() ? c.id : QStringLiteral("%1 · %2").arg(c.dong, c.id);
        case IdRole:
            return c.id;
        case DongRole:
            return c.dong;
        case StatusRole:
            return enumName(c.status);
        case SubUrlRole:
            return c.subStreamUrl;
        case MainUrlRole:
            return c.mainStreamUrl;
        default:
            return {};
    }
}

Qt::ItemFlags CameraListModel::flags(const QModelIndex& index) const {
    return QAbstractListModel::flags(index) |
           (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList CameraListModel::mimeTypes() const {
    return {cameraMimeType()};
}

QMimeData* CameraListModel::mimeData(const QModelIndexList& indexes) const {
    if (indexes.isEmpty()) return nullptr;
    auto* mime = new QMimeData;
    mime->setData(cameraMimeType(), data(indexes.first(), IdRole).toString().toUtf8());
    return mime;
}

}  // namespace bg
