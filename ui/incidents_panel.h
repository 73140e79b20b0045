#pragma once

#include "core/incident.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace bg {

class AlertEngine;
class EntityStore;
class IncidentFilterProxy;
class IncidentListModel;
class IncidentService;
class IncidentTimelineModel;

/// The incidents: a list (newest first, open only on request) and the selected incident's
/// details — its alerts, camera shares, timeline, a note field, state buttons and "Escalate to
/// 112 / 119" (a dialog asking radius and validity). Keyboard: arrows move in the list, N writes a
/// note (Enter adds it), E escalates, R resolves, C closes.
///
/// Threading: GUI thread.
class IncidentsPanel : public QWidget {
    Q_OBJECT
public:
    IncidentsPanel(IncidentService* service, EntityStore* store, AlertEngine* alerts, QString user,
                   QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QTableView* timeline() const { return m_timeline; }
    QListWidget* shareList() const { return m_shares; }
    QLineEdit* noteEdit() const { return m_note; }
    QString selectedIncidentId() const;
    void selectIncident(const QString& id);
    /// Opens the escalation dialog for the selected incident; the message shown.
    QString escalateSelected();
    QString message() const;

    void retranslateUi();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDetails();
    void addNote();
    void move(IncidentState to);
    void revokeSelectedShare();
    void say(const QString& text);

    IncidentService* m_service;
    EntityStore* m_store;
    QString m_user;
    IncidentListModel* m_model;
    IncidentFilterProxy* m_proxy;
    IncidentTimelineModel* m_timelineModel;
    QCheckBox* m_openOnly;
    QTableView* m_table;
    QLabel* m_title;
    QLabel* m_details;
    QLabel* m_alertsTitle;
    QListWidget* m_alerts;
    QLabel* m_sharesTitle;
    QListWidget* m_shares;
    QPushButton* m_revoke;
    QPushButton* m_escalate;
    QPushButton* m_resolve;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QLineEdit* m_note;
    QPushButton* m_addNote;
    QLabel* m_timelineTitle;
    QTableView* m_timeline;
    QLabel* m_message;
};

}  // namespace bg
