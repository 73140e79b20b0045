#include "ui/incidents_panel.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/alert_engine.h"
#include "services/incident_service.h"
#include "ui/escalation_dialog.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/incident_models.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bg {

IncidentsPanel::IncidentsPanel(IncidentService* service, EntityStore* store, AlertEngine* alerts,
                               QString user, QWidget* parent)
    : QWidget(parent),
      m_service(service),
      m_store(store),
      m_user(std::move(user)),
      m_model(new IncidentListModel(service, this)),
      m_proxy(new IncidentFilterProxy(this)),
      m_timelineModel(new IncidentTimelineModel(service, store, this)),
      m_openOnly(new QCheckBox),
      m_table(new QTableView),
      m_title(new QLabel),
      m_details(new QLabel),
      m_alertsTitle(new QLabel),
      m_alerts(new QListWidget),
      m_sharesTitle(new QLabel),
      m_shares(new QListWidget),
      m_revoke(new QPushButton),
      m_escalate(new QPushButton),
      m_resolve(new QPushButton),
      m_close(new QPushButton),
      m_reopen(new QPushButton),
      m_note(new QLineEdit),
      m_addNote(new QPushButton),
      m_timelineTitle(new QLabel),
      m_timeline(new QTableView),
      m_message(new QLabel) {
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(IncidentListModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    connect(m_openOnly, &QCheckBox::toggled, m_proxy, &IncidentFilterProxy::setOpenOnly);

    m_timeline->setObjectName(QStringLiteral("incidentTimeline"));
    m_timeline->setModel(m_timelineModel);
    m_timeline->verticalHeader()->hide();
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setWordWrap(false);
    m_timeline->setAlternatingRowColors(true);
    m_shares->setObjectName(QStringLiteral("incidentShares"));
    // A share is two lines (agency, expiry, delivery; the cameras): wrap, never scroll sideways.
    m_shares->setWordWrap(true);
    m_shares->setResizeMode(QListView::Adjust);
    m_shares->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_alerts->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("incidentNote"));
    m_note->installEventFilter(this);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    leftLayout->addWidget(m_openOnly);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_escalate, m_resolve, m_close, m_reopen}) buttons->addWidget(b);
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    auto* lists = new QHBoxLayout;
    auto* alertsBox = new QVBoxLayout;
    alertsBox->addWidget(m_alertsTitle);
    alertsBox->addWidget(m_alerts);
    auto* sharesBox = new QVBoxLayout;
    sharesBox->addWidget(m_sharesTitle);
    sharesBox->addWidget(m_shares);
    sharesBox->addWidget(m_revoke, 0, Qt::AlignLeft);
    lists->addLayout(alertsBox, 1);
    lists->addLayout(sharesBox, 1);
    rightLayout->addLayout(lists, 1);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote);
    rightLayout->addLayout(noteRow);
    rightLayout->addWidget(m_timelineTitle);
    rightLayout->addWidget(m_timeline, 2);

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 840});  // titles readable in the list
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentsPanel::showDetails);
    connect(m_escalate, &QPushButton::clicked, this, &IncidentsPanel::escalateSelected);
    connect(m_resolve, &QPushButton::clicked, this, [this] { move(IncidentState::Resolved); });
    connect(m_close, &QPushButton::clicked, this, [this] { move(IncidentState::Closed); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { move(IncidentState::Open); });
    connect(m_addNote, &QPushButton::clicked, this, &IncidentsPanel::addNote);
    connect(m_revoke, &QPushButton::clicked, this, &IncidentsPanel::revokeSelectedShare);
    connect(m_shares, &QListWidget::currentRowChanged, this,
            [this] { m_revoke->setEnabled(m_shares->currentItem() != nullptr); });
    if (m_service) {
        connect(m_service, &IncidentService::incidentChanged, this, [this](const QString& id) {
            if (id == selectedIncidentId()) showDetails();
        });
        connect(m_service, &IncidentService::shareChanged, this, &IncidentsPanel::showDetails);
    }
    if (alerts)
        connect(alerts, &AlertEngine::alertTransitioned, this, [this](const AlertTransition& t) {
            // Only a step on one of the shown incident's alerts changes what is shown.
            const Incident* shown = m_service ? m_service->incident(selectedIncidentId()) : nullptr;
            if (!shown || !shown->alertIds.contains(t.alertId)) return;
            m_timelineModel->refresh();
            showDetails();
        });
    retranslateUi();
}

QString IncidentsPanel::selectedIncidentId() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(IncidentListModel::IdRole).toString() : QString();
}

void IncidentsPanel::selectIncident(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (i.isValid()) m_table->setCurrentIndex(i);
}

QString IncidentsPanel::message() const {
    return m_message->text();
}

void IncidentsPanel::say(const QString& text) {
    m_message->setText(text);
}

void IncidentsPanel::showDetails() {
    const QString id = selectedIncidentId();
    const Incident* i = m_service && !id.isEmpty() ? m_service->incident(id) : nullptr;
    if (m_timelineModel->incidentId() != id) m_timelineModel->setIncident(id);
    m_alerts->clear();
    m_shares->clear();
    m_escalate->setEnabled(i && isOpen(i->state));
    m_resolve->setEnabled(i && canTransition(i->state, IncidentState::Resolved));
    m_close->setEnabled(i && canTransition(i->state, IncidentState::Closed));
    m_reopen->setEnabled(i && canTransition(i->state, IncidentState::Open));
    m_note->setEnabled(i != nullptr);
    m_addNote->setEnabled(i != nullptr);
    m_revoke->setEnabled(false);
    if (!i) {
        m_title->setText(tr("No incident selected"));
        m_details->setText(
            tr("Select alerts in the queue (Shift+arrows) and press I to make an incident of "
               "them. Here, N writes a note, E escalates to 112 or 119, R resolves, C closes."));
        return;
    }
    m_title->setText(i->title);
    const QString where = i->location.isValid() ? QStringLiteral("%1, %2")
                                                      .arg(i->location.lat, 0, 'f', 5)
                                                      .arg(i->location.lon, 0, 'f', 5)
                                                : tr("unknown");
    m_details->setText(tr("State: %1\nCreated: %2 (KST) by %3\nPlace: %4 %5")
                           .arg(IncidentListModel::stateText(i->state),
                                formatSeoulDateTime(i->createdAt), i->createdBy, i->dong, where));
    for (const QString& alertId : i->alertIds) {
        const Alert* a = m_store->get<Alert>(alertId);
        if (!a) {
            m_alerts->addItem(alertId);
            continue;
        }
        QString source = a->sourceId.section(u':', -1);
        if (const Entity* e = m_store->find(a->sourceId))
            if (!baseOf(*e).name.isEmpty()) source = baseOf(*e).name.text();
        m_alerts->addItem(QStringLiteral("%1 · %2 · %3 · %4")
                              .arg(formatSeoulHourMinute(a->raisedAt),
                                   AlertQueueModel::categoryText(a->category), source,
                                   AlertQueueModel::stateText(a->state)));
    }
    const QDateTime now = m_service->now();
    for (const IncidentShare& s : m_service->shares(id)) {
        QStringList names;
        for (const QString& c : s.cameraIds) {
            const Camera* cam = m_store->get<Camera>(c);
            names << (cam && !cam->name.isEmpty() ? cam->name.text() : c.section(u':', -1));
        }
        auto* item = new QListWidgetItem(
            tr("%1 — %2, until %3 (KST), %4 m, %5\n%6")
                .arg(IncidentListModel::agencyText(s.agency),
                     IncidentListModel::shareStatusText(s.status(now)),
                     formatSeoulDateTime(s.expiresAt))
                .arg(qRound(s.radiusM))
                .arg(IncidentListModel::deliveryText(s.deliveryState), names.join(u", ")),
            m_shares);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.deliveryError.isEmpty() ? s.delivery : s.deliveryError);
        if (s.status(now) != ShareStatus::Active) item->setFlags(Qt::ItemIsEnabled);
    }
}

QString IncidentsPanel::escalateSelected() {
    const QString id = selectedIncidentId();
    const Incident* i = m_service && !id.isEmpty() ? m_service->incident(id) : nullptr;
    if (!i) {
        say(tr("Select an incident first."));
        return message();
    }
    if (!isOpen(i->state)) {
        say(tr("A resolved or closed incident cannot be escalated: reopen it first."));
        return message();
    }
    const GeoPoint at = i->location;
    const QVector<Camera> cameras = m_store->all<Camera>();
    EscalationDialog dialog(
        i->title,
        [at, cameras](double r) { return int(camerasWithinRadius(at, r, cameras).size()); }, this);
    if (dialog.exec() != QDialog::Accepted) {
        say(tr("Escalation cancelled."));
        return message();
    }
    const auto share = m_service->escalate(id, dialog.agency(), dialog.radiusM(),
                                           dialog.validitySeconds(), m_user);
    if (!share) {
        say(tr("Not escalated: %1").arg(share.error()));
    } else {
        say(tr("Escalated to %1: %n camera(s) shared until %2 (KST).", nullptr,
               int(share.value().cameraIds.size()))
                .arg(IncidentListModel::agencyText(share.value().agency),
                     formatSeoulDateTime(share.value().expiresAt)));
    }
    showDetails();
    m_table->setFocus();
    return message();
}

void IncidentsPanel::addNote() {
    const QString id = selectedIncidentId();
    if (id.isEmpty() || !m_service) return;
    const Status s = m_service->addNote(id, m_user, m_note->text());
    if (s) {
        m_note->clear();
        say(tr("Note added."));
        m_table->setFocus();
    } else {
        say(tr("Note not added: write something first."));
    }
}

void IncidentsPanel::move(IncidentState to) {
    const QString id = selectedIncidentId();
    const Incident* i = m_service && !id.isEmpty() ? m_service->incident(id) : nullptr;
    if (!i) {
        say(tr("Select an incident first."));
        return;
    }
    const IncidentState from = i->state;
    if (const Status s = m_service->transition(id, to, m_user); !s)
        say(tr("Not possible: an incident that is %1 cannot become %2.")
                .arg(IncidentListModel::stateText(from), IncidentListModel::stateText(to)));
    else
        say(tr("Incident is now %1.").arg(IncidentListModel::stateText(to)));
    showDetails();
}

void IncidentsPanel::revokeSelectedShare() {
    const QListWidgetItem* item = m_shares->currentItem();
    if (!item || !m_service) return;
    const Status s = m_service->revokeShare(item->data(Qt::UserRole).toString(), m_user);
    say(s ? tr("Camera share revoked.") : tr("Not revoked: %1").arg(s.error()));
}

bool IncidentsPanel::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_note) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            addNote();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_note->clear();
            m_table->setFocus();
            return true;
        }
        return false;
    }
    if (watched == m_table && key->modifiers() == Qt::NoModifier) {
        switch (key->key()) {
            case Qt::Key_N:
                m_note->setFocus();
                return true;
            case Qt::Key_E:
                escalateSelected();
                return true;
            case Qt::Key_R:
                move(IncidentState::Resolved);
                return true;
            case Qt::Key_C:
                move(IncidentState::Closed);
                return true;
            default:
                break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IncidentsPanel::retranslateUi() {
    m_openOnly->setText(tr("Open incidents only"));
    m_alertsTitle->setText(tr("Alerts of this incident"));
    m_sharesTitle->setText(tr("Camera shares"));
    m_revoke->setText(tr("Revoke share"));
    m_escalate->setText(tr("Escalate to 112 / 119… (E)"));
    m_resolve->setText(tr("Resolve (R)"));
    m_close->setText(tr("Close (C)"));
    m_reopen->setText(tr("Reopen"));
    m_note->setPlaceholderText(tr("Note (N) — Enter adds it to the incident"));
    m_addNote->setText(tr("Add note"));
    m_timelineTitle->setText(tr("Timeline"));
    showDetails();
}

}  // namespace bg
