#include "ui/video_wall_page.h"

#include "core/entity_store.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/attention_model.h"
#include "ui/models/camera_list_model.h"
#include "ui/wall_controller.h"
#include "widgets/video_wall.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bg {

namespace {
const QString kCurrent = QStringLiteral("wall/current");
const QString kLayouts = QStringLiteral("wall/layouts");

/// Closing the pop-out window puts the wall back on the page instead of destroying it.
class PopOutWindow : public QWidget {
public:
    std::function<void()> onClose;
    using QWidget::QWidget;

protected:
    void closeEvent(QCloseEvent* e) override {
        if (onClose) onClose();
        QWidget::closeEvent(e);
    }
};
}  // namespace

QList<int> VideoWallPage::gridSizes() {
    return {1, 2, 3, 4, 5, 6, 8};
}

VideoWallPage::VideoWallPage(EntityStore* store, QThread* videoThread, QSettings* settings,
                             QWidget* parent)
    : Page(parent),
      m_store(store),
      m_settings(settings),
      m_model(new CameraListModel(store, this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit),
      m_list(new QListView),
      m_cameraCount(new QLabel),
      m_gridLabel(new QLabel),
      m_gridCombo(new QComboBox),
      m_layoutCombo(new QComboBox),
      m_saveLayout(new QPushButton),
      m_popOut(new QPushButton),
      m_splitter(new QSplitter),
      m_wall(new VideoWall),
      m_selective(new QPushButton),
      m_selectiveTimer(new QTimer(this)),
      m_viewTimer(new QTimer(this)),
      m_attentionLabel(new QLabel),
      m_attentionView(new QTableView) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);
    m_search->setObjectName(QStringLiteral("cameraSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    m_list->setObjectName(QStringLiteral("cameraList"));
    m_list->setModel(m_proxy);
    m_list->setDragEnabled(true);
    m_list->setDragDropMode(QAbstractItemView::DragOnly);
    m_list->setUniformItemSizes(true);
    m_controller = new WallController(m_wall, store, videoThread, this);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        showCamera(index.data(CameraListModel::IdRole).toString());
    });
    connect(m_wall, &VideoWall::cameraDropped, this, [this] {
        // The operator placed a camera by hand: the wall is theirs again, as it is now.
        if (m_selectiveOn) {
            m_selectiveOn = false;
            leaveSelective(false);
        }
        saveCurrent();
    });

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 4, 8);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_list, 1);
    sideLayout->addWidget(m_cameraCount);
    m_attentionLabel->setObjectName(QStringLiteral("attentionLabel"));
    m_attentionLabel->setWordWrap(true);
    m_attentionView->setObjectName(QStringLiteral("attentionView"));
    m_attentionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attentionView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attentionView->verticalHeader()->hide();
    m_attentionView->setShowGrid(false);
    m_attentionView->setWordWrap(false);
    m_attentionView->setMaximumHeight(220);
    sideLayout->addSpacing(8);
    sideLayout->addWidget(m_attentionLabel);
    sideLayout->addWidget(m_attentionView);
    m_attentionLabel->hide();
    m_attentionView->hide();
    connect(m_attentionView, &QTableView::activated, this, [this](const QModelIndex& index) {
        showCamera(index.data(AttentionModel::IdRole).toString());
    });

    m_gridCombo->setObjectName(QStringLiteral("gridCombo"));
    for (int n : gridSizes())
        m_gridCombo->addItem(n == 1 ? QStringLiteral("1") : QStringLiteral("%1×%1").arg(n), n);
    connect(m_gridCombo, &QComboBox::activated, this,
            [this](int i) { setGrid(m_gridCombo->itemData(i).toInt()); });
    m_layoutCombo->setObjectName(QStringLiteral("layoutCombo"));
    connect(m_layoutCombo, &QComboBox::activated, this, [this](int i) {
        if (i > 0) loadLayout(m_layoutCombo->itemText(i));
    });
    connect(m_saveLayout, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save layout"), tr("Layout name:"),
                                                   QLineEdit::Normal, {}, &ok)
                                 .trimmed();
        if (ok && !name.isEmpty()) saveLayout(name);
    });
    m_selective->setObjectName(QStringLiteral("selectiveButton"));
    m_selective->setCheckable(true);
    m_selective->setEnabled(false);  // until a monitor is set
    connect(m_selective, &QPushButton::toggled, this, &VideoWallPage::setSelectiveMode);
    m_selectiveTimer->setInterval(1000);
    connect(m_selectiveTimer, &QTimer::timeout, this, &VideoWallPage::updateSelective);
    m_viewTimer->setInterval(1000);
    connect(m_viewTimer, &QTimer::timeout, this, &VideoWallPage::reportViews);
    m_popOut->setCheckable(true);
    connect(m_popOut, &QPushButton::toggled, this, &VideoWallPage::popOut);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_gridLabel);
    toolbar->addWidget(m_gridCombo);
    toolbar->addSpacing(16);
    toolbar->addWidget(m_layoutCombo);
    toolbar->addWidget(m_saveLayout);
    toolbar->addStretch(1);
    toolbar->addWidget(m_selective);
    toolbar->addWidget(m_popOut);
    auto* main = new QWidget;
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(4, 8, 8, 8);
    mainLayout->addLayout(toolbar);
    mainLayout->addWidget(m_wall, 1);

    m_splitter->addWidget(side);
    m_splitter->addWidget(main);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 1200});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    auto updateCount = [this] {
        m_cameraCount->setText(tr("%n camera(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    // Cameras arrive from the hub after the page exists: put the saved wall back when they do.
    // A console that never had a wall starts with a few cameras, so a newcomer sees it work.
    connect(store, &EntityStore::entitiesChanged, this, [this] {
        if (!m_configured && m_controller->firstEmptyTile() == 0) fillDefault();
        for (int i = 0; i < m_wall->tileCount(); ++i)
            if (!m_controller->cameraAt(i).isEmpty() && m_controller->playingUrl(i).isEmpty())
                m_controller->assign(i, m_controller->cameraAt(i));
    });
    restoreCurrent();
    refreshLayoutList();
    retranslateUi();
}

VideoWallPage::~VideoWallPage() {
    if (m_popOutWindow) popOut(false);
}

void VideoWallPage::setGrid(int n) {
    const QStringList cams = m_controller->cameras();
    m_wall->setGrid(n);
    m_gridCombo->setCurrentIndex(m_gridCombo->findData(m_wall->gridSize()));
    if (m_selectiveOn) {
        updateSelective();
        return;
    }
    for (int i = 0; i < std::min<int>(int(cams.size()), m_wall->tileCount()); ++i)
        if (m_controller->cameraAt(i) != cams[i]) m_controller->assign(i, cams[i]);
    saveCurrent();
}

void VideoWallPage::fillDefault() {
    QVector<Camera> cameras = m_store->all<Camera>();
    if (cameras.isEmpty()) return;
    // Places where something happens first: crosswalks, markets, parking; then the rest by id.
    const auto rank = [](const Camera& c) {
        const QString n = c.name.ko;
        if (n.contains(QStringLiteral("횡단보도"))) return 0;
        if (n.contains(QStringLiteral("시장"))) return 1;
        if (n.contains(QStringLiteral("주차"))) return 2;
        return 3;
    };
    std::stable_sort(cameras.begin(), cameras.end(), [&](const Camera& a, const Camera& b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.id < b.id;
    });
    for (int i = 0; i < std::min<int>(m_wall->tileCount(), int(cameras.size())); ++i)
        m_controller->assign(i, cameras[i].id);
    m_configured = true;
    saveCurrent();
}

void VideoWallPage::saveCurrent() {
    // The selective wall is the console's, not the operator's: it is never saved over theirs.
    if (!m_settings || m_selectiveOn) return;
    m_settings->setValue(kCurrent + QStringLiteral("/grid"), m_wall->gridSize());
    m_settings->setValue(kCurrent + QStringLiteral("/cameras"), m_controller->cameras());
}

void VideoWallPage::restoreCurrent() {
    if (!m_settings) return;
    m_configured = m_settings->contains(kCurrent + QStringLiteral("/grid"));
    m_wall->setGrid(m_settings->value(kCurrent + QStringLiteral("/grid"), 2).toInt());
    const QStringList cams =
        m_settings->value(kCurrent + QStringLiteral("/cameras")).toStringList();
    for (int i = 0; i < std::min<int>(int(cams.size()), m_wall->tileCount()); ++i)
        m_controller->assign(i, cams[i]);
    m_gridCombo->setCurrentIndex(m_gridCombo->findData(m_wall->gridSize()));
}

void VideoWallPage::saveLayout(const QString& name) {
    if (!m_settings) return;
    m_settings->beginGroup(kLayouts);
    m_settings->beginGroup(name);
    m_settings->setValue(QStringLiteral("grid"), m_wall->gridSize());
    m_settings->setValue(QStringLiteral("cameras"), m_controller->cameras());
    m_settings->endGroup();
    m_settings->endGroup();
    refreshLayoutList();
    m_layoutCombo->setCurrentText(name);
}

bool VideoWallPage::loadLayout(const QString& name) {
    if (!m_settings || !layoutNames().contains(name)) return false;
    m_settings->beginGroup(kLayouts);
    m_settings->beginGroup(name);
    const int grid = m_settings->value(QStringLiteral("grid"), 2).toInt();
    const QStringList cams = m_settings->value(QStringLiteral("cameras")).toStringList();
    m_settings->endGroup();
    m_settings->endGroup();
    m_wall->setGrid(grid);
    m_gridCombo->setCurrentIndex(m_gridCombo->findData(m_wall->gridSize()));
    for (int i = 0; i < m_wall->tileCount(); ++i) m_controller->assign(i, cams.value(i));
    saveCurrent();
    return true;
}

QStringList VideoWallPage::layoutNames() const {
    if (!m_settings) return {};
    m_settings->beginGroup(kLayouts);
    QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    names.sort();
    return names;
}

void VideoWallPage::refreshLayoutList() {
    const QString current = m_layoutCombo->currentText();
    m_layoutCombo->clear();
    m_layoutCombo->addItem(tr("Saved layouts…"));
    m_layoutCombo->addItems(layoutNames());
    if (layoutNames().contains(current)) m_layoutCombo->setCurrentText(current);
}

void VideoWallPage::popOut(bool out) {
    if (out == isPoppedOut()) return;
    if (out) {
        auto* window = new PopOutWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Video wall"));
        auto* l = new QVBoxLayout(window);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_wall);
        window->onClose = [this] {
            m_popOutWindow = nullptr;
            m_popOut->setChecked(false);
            static_cast<QVBoxLayout*>(m_splitter->widget(1)->layout())->addWidget(m_wall, 1);
        };
        m_popOutWindow = window;
        window->resize(1280, 760);
        window->show();
    } else if (m_popOutWindow) {
        m_popOutWindow->close();  // its onClose brings the wall back
    }
    m_popOut->setChecked(out);
}

int VideoWallPage::showCamera(const QString& cameraId) {
    if (m_selectiveOn) setSelectiveMode(false);  // the operator's choice ends selective mode
    // A maximised tile hides the others: a camera put anywhere else would not be seen.
    int tile =
        m_wall->maximisedIndex() >= 0 ? m_wall->maximisedIndex() : m_controller->firstEmptyTile();
    if (tile < 0) tile = 0;
    m_controller->openByOperator(tile, cameraId);
    saveCurrent();
    return tile;
}

void VideoWallPage::showAlarm(const QStringList& cameraIds) {
    if (m_selectiveOn) {
        // Selective mode stays: the alarm's cameras take the weakest tiles at once.
        m_plan = m_monitor->urgent(m_plan, cameraIds, m_wall->tileCount());
        updateSelective();
        return;
    }
    m_wall->restore();
    setGrid(2);
    for (int i = 0; i < m_wall->tileCount(); ++i) m_controller->assign(i, cameraIds.value(i));
    saveCurrent();
}

void VideoWallPage::setSelectiveMonitor(SelectiveMonitor* monitor) {
    m_monitor = monitor;
    m_selective->setEnabled(monitor != nullptr);
    if (!monitor) return;
    m_attention = new AttentionModel(m_store, monitor, this);
    m_attentionView->setModel(m_attention);
    m_attentionView->horizontalHeader()->setSectionResizeMode(AttentionModel::NameColumn,
                                                              QHeaderView::Stretch);
    m_attentionView->horizontalHeader()->setSectionResizeMode(AttentionModel::LastViewedColumn,
                                                              QHeaderView::ResizeToContents);
    m_attentionView->horizontalHeader()->setSectionResizeMode(AttentionModel::MinutesColumn,
                                                              QHeaderView::ResizeToContents);
    m_attentionLabel->show();
    m_attentionView->show();
    if (m_settings)
        m_attention->setMinutes(m_settings->value(QStringLiteral("attention/minutes"), 15).toInt());
    connect(m_controller, &WallController::presence, monitor, &SelectiveMonitor::notePresence);
    connect(monitor, &SelectiveMonitor::activityChanged, this, [this] {
        if (m_selectiveOn) updateSelective();
    });
    m_viewTimer->start();
    refreshAttention();
}

void VideoWallPage::setAttentionMinutes(int minutes) {
    if (!m_attention) return;
    m_attention->setMinutes(minutes);
    refreshAttention();
}

void VideoWallPage::setSelectiveMode(bool on) {
    if (!m_monitor) on = false;
    if (on == m_selectiveOn) {
        m_selective->setChecked(on);
        return;
    }
    if (on) {
        saveCurrent();  // the operator's wall, to come back to
        m_selectiveOn = true;
        m_wall->restore();
        if (m_wall->gridSize() < 2) {
            m_wall->setGrid(3);
            m_gridCombo->setCurrentIndex(m_gridCombo->findData(m_wall->gridSize()));
        }
        m_plan = {};
        for (int i = 0; i < m_wall->tileCount(); ++i) m_controller->assign(i, {});
        m_selectiveTimer->start();
        updateSelective();
    } else {
        m_selectiveOn = false;
        leaveSelective(true);
    }
    m_selective->setChecked(on);
}

void VideoWallPage::leaveSelective(bool restoreWall) {
    m_selectiveTimer->stop();
    m_plan = {};
    for (int i = 0; i < m_wall->tileCount(); ++i) m_wall->tile(i)->setCaption({});
    if (restoreWall) restoreCurrent();
    const QSignalBlocker block(m_selective);
    m_selective->setChecked(false);
}

void VideoWallPage::updateSelective() {
    if (!m_selectiveOn || !m_monitor) return;
    const int tiles = m_wall->tileCount();
    m_plan = m_monitor->plan(m_plan, tiles);
    QHash<QString, RankedCamera> why;
    for (const RankedCamera& r : m_monitor->ranked()) why.insert(r.cameraId, r);
    for (int i = 0; i < tiles; ++i) {
        const QString id = m_plan.cameras.value(i);
        if (m_controller->cameraAt(i) != id) m_controller->assign(i, id);
        m_wall->tile(i)->setCaption(id.isEmpty() ? QString() : captionFor(why.value(id)));
    }
}

QString VideoWallPage::captionFor(const RankedCamera& r) const {
    if (r.cameraId.isEmpty()) return tr("Activity ended");
    switch (r.reason) {
        case ActivityReason::Alert:
        case ActivityReason::Device: {
            const Alert* a = m_store->get<Alert>(r.detail);
            const QString what = a ? AlertQueueModel::categoryText(a->category) : QString();
            return r.reason == ActivityReason::Alert ? tr("Alert: %1").arg(what)
                                                     : tr("Device: %1").arg(what);
        }
        case ActivityReason::Presence:
            return tr("%n in a rule zone", nullptr, r.detail.toInt());
    }
    return {};
}

QStringList VideoWallPage::camerasInView() const {
    QStringList out;
    if (!m_wall->isVisible() || m_wall->window()->isMinimized()) return out;
    const int maximised = m_wall->maximisedIndex();
    for (int i = 0; i < m_wall->tileCount(); ++i) {
        if (maximised >= 0 && i != maximised) continue;
        const VideoTile* t = m_wall->tile(i);
        if (t && t->state() == VideoTile::State::Playing && !m_controller->cameraAt(i).isEmpty())
            out << m_controller->cameraAt(i);
    }
    return out;
}

void VideoWallPage::reportViews() {
    if (!m_monitor) return;
    m_monitor->markViewed(camerasInView());
    if (++m_viewTicks % 10 == 0) refreshAttention();  // attention moves in minutes
}

void VideoWallPage::refreshAttention() {
    if (!m_attention) return;
    m_attention->refresh();
    m_attentionLabel->setText(
        tr("Not looked at for %1 min or more: %n camera(s)", nullptr, m_attention->rowCount())
            .arg(m_attention->minutes()));
    Q_EMIT unwatchedChanged(m_attention->cameraIds());
}

bool VideoWallPage::isPoppedOut() const {
    return m_popOutWindow != nullptr;
}

void VideoWallPage::retranslateUi() {
    m_search->setPlaceholderText(tr("Search cameras"));
    m_cameraCount->setText(tr("%n camera(s)", nullptr, m_model->rowCount()));
    m_gridLabel->setText(tr("Layout"));
    m_saveLayout->setText(tr("Save layout…"));
    m_selective->setText(tr("Selective monitoring"));
    m_selective->setToolTip(
        tr("Let the console fill the wall with the cameras where something "
           "is happening now: new alerts, device events, people or vehicles "
           "in rule zones"));
    m_attentionView->setToolTip(
        tr("Cameras nobody has had on screen for a while; "
           "double-click one to look at it"));
    if (m_attention) refreshAttention();
    m_popOut->setText(tr("Pop out"));
    m_popOut->setToolTip(tr("Show the wall in a window of its own, e.g. on another monitor"));
    if (m_layoutCombo->count() > 0) m_layoutCombo->setItemText(0, tr("Saved layouts…"));
    m_model->setLanguage(currentLanguage());
}

}  // namespace bg
