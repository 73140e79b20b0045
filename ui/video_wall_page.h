#pragma once

#include "services/selective_monitor.h"
#include "ui/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QThread;
class QTimer;

namespace bg {

class AttentionModel;
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

    /// Selective monitoring (선별관제) and attention coverage run on this monitor: the wall
    /// reports what the operator sees to it, and fills itself from it in selective mode.
    void setSelectiveMonitor(SelectiveMonitor* monitor);
    /// Selective mode: the console fills the tiles with the cameras that show activity of
    /// interest now (ranked, each kept for a minimum dwell); the operator's own wall comes back
    /// when the mode ends. A camera the operator places ends the mode; an alarm's cameras
    /// take the weakest tiles at once and the mode stays.
    void setSelectiveMode(bool on);
    bool isSelectiveMode() const { return m_selectiveOn; }
    /// Re-plans the selective wall now (a timer does it every second).
    void updateSelective();
    /// The cameras the operator has in front of them now: playing tiles of a visible wall (only
    /// the maximised one when a tile is maximised).
    QStringList camerasInView() const;
    AttentionModel* attentionModel() const { return m_attention; }
    /// Attention coverage threshold in minutes (read from the settings "attention/minutes" at
    /// start, default 15; the Admin page saves it and calls this).
    void setAttentionMinutes(int minutes);

Q_SIGNALS:
    /// The unwatched cameras changed (the map marks them).
    void unwatchedChanged(const QStringList& cameraIds);

protected:
    void retranslateUi() override;

private:
    void saveCurrent();
    void fillDefault();
    void restoreCurrent();
    void refreshLayoutList();
    void reportViews();
    void leaveSelective(bool restoreWall);
    void refreshAttention();
    QString captionFor(const RankedCamera& r) const;

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
    SelectiveMonitor* m_monitor = nullptr;
    QPushButton* m_selective;
    QTimer* m_selectiveTimer;
    QTimer* m_viewTimer;
    bool m_selectiveOn = false;
    TilePlan m_plan;
    AttentionModel* m_attention = nullptr;
    QLabel* m_attentionLabel;
    QTableView* m_attentionView;
    int m_viewTicks = 0;
};

}  // namespace bg
