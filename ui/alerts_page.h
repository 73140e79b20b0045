#pragma once

#include "core/alert_workflow.h"
#include "ui/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace bg {

class AlertEngine;
class AlertFilterProxy;
class AlertQueueModel;
class EntityStore;
class IncidentService;
class IncidentsPanel;

/// The alert queue: sorted by severity and age, filtered by state, category and text; the
/// selected alert's details and trail; acknowledge, start, resolve, close and escalate — all
/// from the keyboard: arrows move, Enter shows the details, A acknowledges and E escalates,
/// each asking for a note in the bar below the table (Enter confirms, Esc cancels). Critical
/// alerts are coloured and sound (mutable), and sound again while nobody acknowledged them.
/// Several alerts selected (Shift/Ctrl+arrows, Ctrl+Space) become one incident with I; the
/// Incidents tab lists the incidents with their timelines, notes, states and escalations.
class AlertsPage : public Page {
    Q_OBJECT
public:
    AlertsPage(EntityStore* store, AlertEngine* engine, QString user,
               IncidentService* incidents = nullptr, QWidget* parent = nullptr);
    class AlarmSound* alarmSound() const {
        return m_sound;
    }

    QString pageName() const override { return QStringLiteral("alerts"); }
    QString title() const override { return tr("Alerts"); }
    QString iconPath() const override { return QStringLiteral(":/icons/alerts.svg"); }

    QTableView* table() const { return m_table; }
    QListWidget* procedure() const { return m_procedure; }
    QLineEdit* noteEdit() const { return m_note; }
    QString selectedAlertId() const;
    /// Every selected alert, in the queue's order.
    QStringList selectedAlertIds() const;
    /// Makes an incident of the selected alerts and shows it; the message shown.
    QString createIncidentFromSelection();
    QTabWidget* tabs() const { return m_tabs; }
    IncidentsPanel* incidentsPanel() const { return m_incidentsPanel; }
    QString message() const;
    void selectAlert(const QString& id);
    /// Moves the selected alert to `to` with `note`; the message shown (error or done).
    QString applyToSelected(AlertState to, const QString& note);
    int reminderCount() const { return m_reminders; }

protected:
    void retranslateUi() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Pending { None, Acknowledge, Escalate };
    void askNote(Pending what);
    void confirmNote();
    void cancelNote();
    void showDetails();
    void remindCritical();
    void onRaised(const QString& id, Severity severity);
    void updateIncidentTab();

    EntityStore* m_store;
    AlertEngine* m_engine;
    QString m_user;
    AlertQueueModel* m_model;
    AlertFilterProxy* m_proxy;
    QCheckBox* m_openOnly;
    QComboBox* m_category;
    QComboBox* m_area;
    QComboBox* m_dong;
    void refreshDongs();
    QLineEdit* m_search;
    QCheckBox* m_mute;
    class AlarmSound* m_sound;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_details;
    QListWidget* m_trail;
    QLabel* m_procedureTitle;
    QListWidget* m_procedure;  ///< the category's checklist; ticking a step logs it
    QPushButton* m_ack;
    QPushButton* m_start;
    QPushButton* m_resolve;
    QPushButton* m_close;
    QPushButton* m_escalate;
    QPushButton* m_createIncident;
    IncidentService* m_incidents;
    IncidentsPanel* m_incidentsPanel = nullptr;
    QTabWidget* m_tabs;
    QWidget* m_noteBar;
    QLabel* m_noteLabel;
    QComboBox* m_escalateTo;
    QLineEdit* m_note;
    QLabel* m_message;
    QTimer* m_reminder;
    Pending m_pending = Pending::None;
    bool m_filling = false;
    int m_reminders = 0;
};

}  // namespace bg
