#include "ui/main_window.h"

#include "core/camera_coverage.h"
#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/alert_engine.h"
#include "services/hub_monitor.h"
#include "services/incident_service.h"
#include "services/selective_monitor.h"
#include "ui/about_dialog.h"
#include "ui/admin_page.h"
#include "ui/alerts_page.h"
#include "ui/camera_preview.h"
#include "ui/dashboards_page.h"
#include "ui/language_manager.h"
#include "ui/map_page.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/connection_status.h"
#include "ui/page.h"
#include "ui/shift_report_dialog.h"
#include "ui/video_wall_page.h"
#include "ui/wall_controller.h"
#include "widgets/alert_snapshot.h"
#include "widgets/clock_label.h"
#include "widgets/navigation_rail.h"
#include "widgets/status_pill.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace bg {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kPageKey = QStringLiteral("window/page");

StatusPill::Tone toneOf(ConnectionStatusView::Tone t) {
    switch (t) {
        case ConnectionStatusView::Tone::Good:
            return StatusPill::Tone::Good;
        case ConnectionStatusView::Tone::Warning:
            return StatusPill::Tone::Warning;
        case ConnectionStatusView::Tone::Bad:
            return StatusPill::Tone::Bad;
        case ConnectionStatusView::Tone::Neutral:
            break;
    }
    return StatusPill::Tone::Neutral;
}
}  // namespace

MainWindow::MainWindow(MainWindowContext context, QWidget* parent)
    : QMainWindow(parent),
      m_ctx(std::move(context)),
      m_rail(new NavigationRail),
      m_stack(new QStackedWidget),
      m_offlineBanner(new QLabel),
      m_hubStatus(new StatusPill),
      m_entityCount(new QLabel),
      m_clock(new ClockLabel(seoulTimeZone(), QStringLiteral("KST"))) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/bitgoeul.svg")));

    auto* central = new QWidget;
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_rail);
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_offlineBanner->setObjectName(QStringLiteral("offlineBanner"));
    m_offlineBanner->setTextFormat(Qt::PlainText);
    m_offlineBanner->hide();
    column->addWidget(m_offlineBanner);
    // A new high or critical alarm waiting for a busy operator: one key (F2) opens it.
    m_alarmBanner = new QWidget;
    m_alarmBanner->setObjectName(QStringLiteral("alarmBanner"));
    m_alarmBanner->setAttribute(Qt::WA_StyledBackground);
    auto* alarmRow = new QHBoxLayout(m_alarmBanner);
    alarmRow->setContentsMargins(14, 6, 14, 6);
    m_alarmText = new QLabel;
    m_alarmText->setTextFormat(Qt::PlainText);
    auto* alarmGo = new QPushButton;
    alarmGo->setObjectName(QStringLiteral("alarmGo"));
    alarmRow->addWidget(m_alarmText, 1);
    alarmRow->addWidget(alarmGo);
    m_alarmBanner->hide();
    column->addWidget(m_alarmBanner);
    m_openAlarm = new QAction(this);
    m_openAlarm->setShortcut(Qt::Key_F2);
    m_openAlarm->setShortcutContext(Qt::ApplicationShortcut);
    addAction(m_openAlarm);
    connect(m_openAlarm, &QAction::triggered, this, &MainWindow::openAlarm);
    connect(alarmGo, &QPushButton::clicked, this, &MainWindow::openAlarm);
    m_lastInput.start();
    qApp->installEventFilter(this);
    column->addWidget(m_stack, 1);
    row->addLayout(column, 1);
    setCentralWidget(central);

    auto* map = new MapPage(m_ctx.store);
    m_mapPage = map;
    addPage(map);
    if (m_ctx.store) {
        auto* wall = new VideoWallPage(m_ctx.store, m_ctx.videoThread, m_ctx.settings);
        m_wallPage = wall;
        if (m_ctx.analytics) wall->controller()->setAnalytics(m_ctx.analytics);
        wall->controller()->setRuleSettings(m_ctx.settings);
        if (m_ctx.alerts) {
            connect(wall->controller(), &WallController::ruleEvent, this,
                    &MainWindow::raiseRuleAlert);
            connect(m_ctx.alerts, &AlertEngine::alertRaised, this, &MainWindow::onAlertRaised);
            connect(wall->controller(), &WallController::streamTrouble, this,
                    [this](const QString& cameraId, bool unauthorized, int seconds) {
                        Alert a;
                        a.category = AlertCategory::StreamDegraded;
                        a.severity = defaultSeverity(a.category);
                        a.sourceId = cameraId;
                        a.description =
                            unauthorized
                                ? tr("The camera refuses the console's user name and password")
                                : tr("No picture from the camera for %1 s").arg(seconds);
                        a.raisedAt = QDateTime::currentDateTimeUtc();
                        m_ctx.alerts->raise(a);  // placed at its camera by the engine
                    });
        }
        if (m_ctx.selective) wall->setSelectiveMonitor(m_ctx.selective);
        connect(wall, &VideoWallPage::unwatchedChanged, map, &MapPage::setUnwatched);
        map->setPreviewProvider(
            new CameraPreviewProvider(m_ctx.store, wall->controller(), m_ctx.videoThread, this));
        // Who looked at which camera belongs in the incidents' timelines.
        if (m_ctx.incidents)
            connect(wall->controller(), &WallController::cameraViewed, this,
                    [this](const QString& cameraId, bool maximised) {
                        m_ctx.incidents->logActivity(
                            ActivityKind::CameraViewed, m_ctx.user, cameraId,
                            maximised ? QStringLiteral("maximised") : QString());
                    });
        addPage(wall);
        // A camera clicked on the map opens on the wall, where the operator can watch it.
        connect(map, &MapPage::cameraActivated, this, [this, wall](const QString& id) {
            wall->showCamera(id);
            showPage(wall->pageName());
        });
    }
    addPage(new DashboardsPage(m_ctx.store, m_ctx.history));
    if (m_ctx.store)
        addPage(new AlertsPage(m_ctx.store, m_ctx.alerts, m_ctx.user, m_ctx.incidents));
    addPage(new PlaybackPage);
    m_admin = new AdminPage(m_ctx.info, m_ctx.language, m_ctx.settings);
    addPage(m_admin);
    connect(m_admin, &AdminPage::aboutRequested, this, &MainWindow::openAbout);
    if (m_wallPage)
        connect(m_admin, &AdminPage::attentionMinutesChanged, m_wallPage,
                &VideoWallPage::setAttentionMinutes);
    connect(m_rail, &NavigationRail::currentChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_hubStatus->setObjectName(QStringLiteral("hubStatus"));
    m_entityCount->setObjectName(QStringLiteral("entityCount"));
    statusBar()->addWidget(m_hubStatus);
    statusBar()->addWidget(m_entityCount);
    statusBar()->addPermanentWidget(m_clock);

    buildMenus();
    if (m_ctx.hub) {
        connect(m_ctx.hub, &HubMonitor::stateChanged, this, &MainWindow::showConnection);
    }
    if (m_ctx.store) {
        connect(m_ctx.store, &EntityStore::entityChanged, this, &MainWindow::updateEntityCount);
        connect(m_ctx.store, &EntityStore::entityRemoved, this, &MainWindow::updateEntityCount);
        connect(m_ctx.store, &EntityStore::cleared, this, &MainWindow::updateEntityCount);
    }
    showPage(0);
    // Remember the page the operator goes to (from here on, not the constructor's default).
    connect(m_rail, &NavigationRail::currentChanged, this, [this](int index) {
        if (m_ctx.settings) m_ctx.settings->setValue(kPageKey, m_pages.at(index)->pageName());
    });
    retranslateUi();
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page) {
    m_pages.append(page);
    m_stack->addWidget(page);
    m_rail->addItem(QIcon(page->iconPath()), page->title(),
                    QStringLiteral("nav_%1").arg(page->pageName()));
}

void MainWindow::openShiftReport() {
    if (!m_ctx.shiftReport) return;
    auto* dialog = new ShiftReportDialog(
        m_ctx.shiftReport,
        QCoreApplication::translate("ShiftReport", "Dong-gu Integrated Control Center"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ctx.incidents)
        connect(dialog, &ShiftReportDialog::exported, this, [this](const QString& path) {
            m_ctx.incidents->logActivity(ActivityKind::Export, m_ctx.user, path,
                                         QStringLiteral("shiftReport"));
        });
    dialog->open();
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    if (m_ctx.shiftReport) {
        m_shiftReport = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                              &MainWindow::openShiftReport);
        m_shiftReport->setObjectName(QStringLiteral("shiftReportAction"));
        m_fileMenu->addSeparator();
    }
    m_quit = m_fileMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_pages.size(); ++i) {
        QAction* a = m_viewMenu->addAction(QIcon(m_pages[i]->iconPath()), QString());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showPage(i); });
        m_pageActions.append(a);
    }
    m_viewMenu->addSeparator();
    m_fullScreen = m_viewMenu->addAction(QString());
    m_fullScreen->setShortcut(QKeySequence::FullScreen);
    m_fullScreen->setCheckable(true);
    connect(m_fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    m_languageMenu = menuBar()->addMenu(QString());
    auto* group = new QActionGroup(this);
    for (const auto& [code, name] : {std::pair{"ko", "한국어"}, std::pair{"en", "English"}}) {
        QAction* a = m_languageMenu->addAction(QString::fromUtf8(name));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(code));
        group->addAction(a);
        if (m_ctx.language && m_ctx.language->language() == QLatin1String(code))
            a->setChecked(true);
        connect(a, &QAction::triggered, this, [this, lang = QString::fromLatin1(code)] {
            if (m_ctx.language && m_ctx.language->setLanguage(lang) && m_ctx.settings)
                m_ctx.settings->setValue(QStringLiteral("ui/language"), lang);
        });
    }
    if (m_ctx.language) {
        connect(m_ctx.language, &LanguageManager::languageChanged, this, [group](const QString& l) {
            for (QAction* a : group->actions()) a->setChecked(a->data().toString() == l);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString(), this, &MainWindow::openAbout);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            m_lastInput.restart();
            break;
        default:
            break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onAlertRaised(const QString& alertId, Severity severity) {
    if (severity < Severity::High || !m_ctx.store || !m_wallPage) return;
    const Alert* a = m_ctx.store->get<Alert>(alertId);
    if (!a) return;
    // The source camera first (or the camera of the device that raised it), then the nearest
    // cameras whose view covers the place.
    const QStringList cameras = camerasForAlert(*m_ctx.store, *a, 4);
    GeoPoint at = a->location;
    if (!at.isValid())
        if (const Entity* source = m_ctx.store->find(a->sourceId)) at = baseOf(*source).location;
    if (cameras.isEmpty()) return;
    m_alarmCameras = cameras;
    m_alarmLocation = at;
    m_alarmId = alertId;
    // Someone working is not yanked away: the banner waits for them (F2); an idle console opens
    // the alarm by itself.
    if (m_lastInput.elapsed() >= m_alarmIdleMs) {
        openAlarm();
        return;
    }
    m_alarmBanner->show();
    retranslateAlarm();
}

void MainWindow::retranslateAlarm() {
    const Alert* a = m_ctx.store ? m_ctx.store->get<Alert>(m_alarmId) : nullptr;
    if (!a || !m_alarmText) return;
    m_alarmText->setText(
        tr("New alarm: %1 (%2) — %n camera(s) ready", nullptr, int(m_alarmCameras.size()))
            .arg(AlertQueueModel::categoryText(a->category),
                 AlertQueueModel::severityText(a->severity)));
    m_alarmBanner->findChild<QPushButton*>(QStringLiteral("alarmGo"))->setText(tr("Show (F2)"));
}

void MainWindow::openAlarm() {
    if (m_alarmCameras.isEmpty() || !m_wallPage) return;
    m_wallPage->showAlarm(m_alarmCameras);
    if (m_mapPage && m_alarmLocation.isValid()) m_mapPage->centerOn(m_alarmLocation);
    showPage(m_wallPage->pageName());
    m_alarmBanner->hide();
    m_alarmCameras.clear();
}

void MainWindow::raiseRuleAlert(const QString& cameraId, const RuleEvent& event,
                                const QImage& snapshot) {
    Alert a;
    a.category = event.category;
    a.severity = event.severity;
    a.sourceId = cameraId;
    a.description = event.description;
    a.raisedAt = QDateTime::fromMSecsSinceEpoch(event.timeMs, Qt::UTC);
    a.trackIds = event.trackIds;
    a.trackPath = event.trackPath;  // place, name and dong come from the camera (raise())
    // The moment itself, with the offending boxes, kept beside the cache for the review. Marked
    // and encoded off the GUI thread; the alert names the file it will be in.
    if (!snapshot.isNull()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                            QStringLiteral("/snapshots");
        a.snapshotPath = QStringLiteral("%1/%2-%3.jpg")
                             .arg(dir)
                             .arg(event.timeMs)
                             .arg(cameraId.section(u':', -1));
        (void)QtConcurrent::run(
            [snapshot, box = event.box, trackPath = event.trackPath, dir, path = a.snapshotPath] {
                QDir().mkpath(dir);
                // The box, and how the object got there.
                const QImage marked = markAlertSnapshot(snapshot, box, trackPath);
                if (!marked.save(path, "JPG", 85))
                    qWarning().noquote() << "cannot write the alert snapshot" << path;
            });
    }
    m_ctx.alerts->raise(a);
}

void MainWindow::retranslateUi() {
    retranslateAlarm();
    setWindowTitle(tr("Bitgoeul Console — Dong-gu Integrated Control Center"));
    for (int i = 0; i < m_pages.size(); ++i) {
        m_rail->setItemText(i, m_pages[i]->title(),
                            tr("%1 (Ctrl+%2)").arg(m_pages[i]->title()).arg(i + 1));
        m_pageActions[i]->setText(m_pages[i]->title());
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quit->setText(tr("&Quit"));
    if (m_shiftReport) m_shiftReport->setText(tr("&Shift report…"));
    m_viewMenu->setTitle(tr("&View"));
    m_fullScreen->setText(tr("&Full screen"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About Bitgoeul Console"));
    showConnection(m_ctx.hub ? m_ctx.hub->state() : ConnectionState{});
    updateEntityCount();
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showConnection(const ConnectionState& state) {
    const ConnectionStatusView view = presentConnection(state, m_ctx.info.hubDisplay);
    m_hubStatus->setState(toneOf(view.tone), view.text, view.tooltip);
    m_offlineBanner->setVisible(state.link == HubLink::Offline);
    if (state.link == HubLink::Offline) {
        m_offlineBanner->setText(
            tr("The data hub does not answer. Offline since %1 (KST): the console shows cached "
               "data, and your changes are kept and sent when the hub returns.")
                .arg(formatSeoulHourMinute(state.offlineSince)));
        m_offlineBanner->setToolTip(view.tooltip);
    }
}

void MainWindow::updateEntityCount() {
    m_entityCount->setText(tr("Entities: %1").arg(m_ctx.store ? m_ctx.store->count() : 0));
}

int MainWindow::pageCount() const {
    return int(m_pages.size());
}
Page* MainWindow::page(int index) const {
    return m_pages.value(index);
}
Page* MainWindow::currentPage() const {
    return m_pages.value(m_stack->currentIndex());
}

void MainWindow::showPage(int index) {
    if (index < 0 || index >= m_pages.size()) return;
    m_rail->setCurrentIndex(index);
    m_stack->setCurrentIndex(index);
}

bool MainWindow::showPage(const QString& name) {
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages[i]->pageName() == name) {
            showPage(i);
            return true;
        }
    }
    return false;
}

void MainWindow::restoreFromSettings() {
    if (!m_ctx.settings) return;
    const QByteArray geometry = m_ctx.settings->value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the primary screen, centred.
        if (const QScreen* screen = QApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(avail.size() * 0.9);
            move(avail.center() - rect().center());
        }
    }
    restoreState(m_ctx.settings->value(kStateKey).toByteArray());
    showPage(m_ctx.settings->value(kPageKey, QStringLiteral("map")).toString());
}

void MainWindow::saveToSettings() {
    if (!m_ctx.settings) return;
    m_ctx.settings->setValue(kGeometryKey, saveGeometry());
    m_ctx.settings->setValue(kStateKey, saveState());
    if (const Page* p = currentPage()) m_ctx.settings->setValue(kPageKey, p->pageName());
    m_ctx.settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveToSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::openAbout() {
    if (m_aboutDialog) {
        m_aboutDialog->raise();
        m_aboutDialog->activateWindow();
        return;
    }
    auto* dialog = new AboutDialog(
        m_ctx.info, m_ctx.language ? m_ctx.language->language() : QStringLiteral("ko"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->show();
}

}  // namespace bg
