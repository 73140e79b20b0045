#pragma once

#include "core/alert.h"
#include "core/geo.h"
#include "services/shift_report.h"
#include "ui/system_info.h"

#include <QElapsedTimer>

#include <QMainWindow>
#include <QPointer>
#include <QVector>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QStackedWidget;
class QThread;

namespace bg {

class AdminPage;
class AlertEngine;
class AnalyticsEngine;
class ClockLabel;
class EntityStore;
class SelectiveMonitor;
class HistorySource;
class HubMonitor;
class IncidentService;
class LanguageManager;
class NavigationRail;
class Page;
class StatusPill;
struct ConnectionState;
struct RuleEvent;

/// What the main window is built from; the composition root owns all of it.
struct MainWindowContext {
    EntityStore* store = nullptr;
    HubMonitor* hub = nullptr;
    LanguageManager* language = nullptr;
    QSettings* settings = nullptr;  ///< window geometry, last page, saved hub URL
    SystemInfo info;
    QThread* videoThread = nullptr;         ///< where the live sources drive GStreamer
    AnalyticsEngine* analytics = nullptr;   ///< detection and tracking for the wall's tiles
    AlertEngine* alerts = nullptr;          ///< the alert queue's workflow
    HistorySource* history = nullptr;       ///< telemetry history for the dashboards
    QString user;                           ///< the operator signed in, for the alert trail
    IncidentService* incidents = nullptr;   ///< incidents, escalations and the activity log
    SelectiveMonitor* selective = nullptr;  ///< selective monitoring and attention coverage
    /// Builds the shift report of a period (UTC) for the preview; none hides "Shift report…".
    std::function<ShiftReport(const QDateTime& from, const QDateTime& to)> shiftReport;
};

/// The operator's main window. It only composes: the navigation rail, the pages, the offline
/// banner and the status bar (hub link, cached entities, Asia/Seoul clock). Each page owns its
/// content. Geometry and the last page are remembered in the settings.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(MainWindowContext context, QWidget* parent = nullptr);
    ~MainWindow() override;

    int pageCount() const;
    Page* page(int index) const;
    Page* currentPage() const;
    class VideoWallPage* wallPage() const {
        return m_wallPage;
    }
    void showPage(int index);
    /// Shows the page with this name ("map", "wall" …); false when there is none.
    bool showPage(const QString& name);
    /// Restores geometry and the last page from the settings.
    void restoreFromSettings();
    void openAbout();
    /// The shift report preview (File → Shift report…); its exports are logged.
    void openShiftReport();

    StatusPill* hubStatus() const { return m_hubStatus; }
    QWidget* alarmBanner() const { return m_alarmBanner; }
    /// The cameras the pending alarm would open (source first), empty when none is pending.
    QStringList pendingAlarmCameras() const { return m_alarmCameras; }
    /// Opens the pending alarm: its cameras in the alarm layout, the map centred on it.
    void openAlarm();
    /// How long without keyboard or mouse input counts as idle: an idle console opens a new
    /// alarm by itself, a busy one shows the banner (F2 opens it).
    void setAlarmIdleMs(qint64 ms) { m_alarmIdleMs = ms; }
    QLabel* offlineBanner() const { return m_offlineBanner; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPage(Page* page);
    void buildMenus();
    void retranslateUi();
    void showConnection(const ConnectionState& state);
    void updateEntityCount();
    void saveToSettings();
    void raiseRuleAlert(const QString& cameraId, const RuleEvent& event, const QImage& snapshot);
    void onAlertRaised(const QString& alertId, Severity severity);
    void retranslateAlarm();

    MainWindowContext m_ctx;
    NavigationRail* m_rail;
    QStackedWidget* m_stack;
    QLabel* m_offlineBanner;
    QWidget* m_alarmBanner = nullptr;
    QLabel* m_alarmText = nullptr;
    QAction* m_openAlarm = nullptr;
    QStringList m_alarmCameras;
    QString m_alarmId;
    GeoPoint m_alarmLocation;
    QElapsedTimer m_lastInput;
    qint64 m_alarmIdleMs = 30000;
    class VideoWallPage* m_wallPage = nullptr;
    class MapPage* m_mapPage = nullptr;
    QVector<Page*> m_pages;
    AdminPage* m_admin = nullptr;

    StatusPill* m_hubStatus;
    QLabel* m_entityCount;
    ClockLabel* m_clock;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_shiftReport = nullptr;
    QAction* m_fullScreen = nullptr;
    QAction* m_about = nullptr;
    QVector<QAction*> m_pageActions;
    QPointer<QWidget> m_aboutDialog;
};

}  // namespace bg
