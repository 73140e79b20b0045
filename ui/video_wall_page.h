#pragma once

#include "ui/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QThread;

namespace bg {

class CameraListModel;
class EntityStore;
class VideoWall;
class WallController;

/// The live video wall: the camera list (search, drag or double-click a camera onto the wall),
/// layouts 1 … 8×8 and named custom layouts that persist, double-click to maximise a tile on the
/// main stream, and the wall popped out to a window of its own (another monitor).
class VideoWallPage : public Page {
    Q_OBJECT
public:
    VideoWallPage(EntityStore* store, QThread* videoThread, QSettings* settings,
                  QWidget* parent = nullptr);
    ~VideoWallPage() override;

    QString pageName() const override { return QStringLiteral("wall"); }
    QString title() const override { return tr("Video wall"); }
    QString iconPath() const override { return QStringLiteral(":/icons/wall.svg"); }

    VideoWall* wall() const { return m_wall; }
    WallController* controller() const { return m_controller; }
    QListView* cameraList() const { return m_list; }
    /// Grid sizes the layout selector offers (1, 2, 3, 4, 5, 6, 8).
    static QList<int> gridSizes();
    void setGrid(int n);
    /// Saves the current grid and cameras under `name`; loading restores them.
    void saveLayout(const QString& name);
    bool loadLayout(const QString& name);
    QStringList layoutNames() const;
    void popOut(bool out);
    bool isPoppedOut() const;
    /// Puts a camera on the wall where the operator sees it: in the maximised tile if one is
    /// maximised, else in the first empty tile, else in tile 0. Returns the tile used.
    int showCamera(const QString& cameraId);
    /// The alarm layout: a 2×2 wall with these cameras (the alarm's source first).
    void showAlarm(const QStringList& cameraIds);

protected:
    void retranslateUi() override;

private:
    void saveCurrent();
    void fillDefault();
    void restoreCurrent();
    void refreshLayoutList();

    EntityStore* m_store;
    QSettings* m_settings;
    CameraListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_cameraCount;
    QLabel* m_gridLabel;
    QComboBox* m_gridCombo;
    QComboBox* m_layoutCombo;
    QPushButton* m_saveLayout;
    QPushButton* m_popOut;
    QSplitter* m_splitter;
    VideoWall* m_wall;
    WallController* m_controller;
    QWidget* m_popOutWindow = nullptr;
    bool m_configured = false;  ///< the operator (or a saved wall) has set the wall
};

}  // namespace bg
