#include "ui/alerts_page.h"

#include "ui/alarm_sound.h"
#include "ui/models/dashboard_models.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/alert_engine.h"
#include "services/incident_service.h"
#include "ui/incidents_panel.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/procedures.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace bg {

namespace {
constexpr int kReminderIntervalMs = 60 * 1000;
constexpr qint64 kRemindAfterMs = 2 * 60 * 1000;  // critical and still new after two minutes
}  // namespace

AlertsPage::AlertsPage(EntityStore* store, AlertEngine* engine, QString user,
                       IncidentService* incidents, QWidget* parent)
    : Page(parent),
      m_store(store),
      m_engine(engine),
      m_user(std::move(user)),
      m_model(new AlertQueueModel(store, this)),
      m_proxy(new AlertFilterProxy(this)),
      m_openOnly(new QCheckBox),
      m_category(new QComboBox),
      m_area(new QComboBox),
      m_dong(new QComboBox),
      m_search(new QLineEdit),
      m_mute(new QCheckBox),
      m_sound(new AlarmSound(this)),
      m_table(new QTableView),
      m_title(new QLabel),
      m_details(new QLabel),
      m_trail(new QListWidget),
      m_procedureTitle(new QLabel),
      m_procedure(new QListWidget),
      m_ack(new QPushButton),
      m_start(new QPushButton),
      m_resolve(new QPushButton),
      m_close(new QPushButton),
      m_escalate(new QPushButton),
      m_createIncident(new QPushButton),
      m_incidents(incidents),
      m_tabs(new QTabWidget),
      m_noteBar(new QWidget),
      m_noteLabel(new QLabel),
      m_escalateTo(new QComboBox),
      m_note(new QLineEdit),
      m_message(new QLabel),
      m_reminder(new QTimer(this)) {
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("alertTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several alerts of one event (a crosswalk, a camera rule, a pole's bell) become one incident.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AlertQueueModel::PlaceColumn,
                                                      QHeaderView::Stretch);
    // Wide enough for the longest category in the current language, whatever rows are shown
    // (sized to contents, the column elided its longest names).
    m_table->horizontalHeader()->setSectionResizeMode(AlertQueueModel::CategoryColumn,
                                                      QHeaderView::Fixed);
    m_table->setAlternatingRowColors(true);
    m_table->installEventFilter(this);
    m_note->installEventFilter(this);
    m_note->setObjectName(QStringLiteral("alertNote"));

    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, m_proxy, &AlertFilterProxy::setOpenOnly);
    m_area->setObjectName(QStringLiteral("areaFilter"));
    m_area->addItem(QString(), -1);
    for (auto a : {ServiceArea::Energy, ServiceArea::Transportation, ServiceArea::Safety,
                   ServiceArea::Environment})
        m_area->addItem(QString(), int(a));
    connect(m_area, &QComboBox::currentIndexChanged, this, [this] {
        const int a = m_area->currentData().toInt();
        m_proxy->setArea(a < 0 ? std::nullopt : std::optional(ServiceArea(a)));
    });
    m_dong->setObjectName(QStringLiteral("dongFilter"));
    m_dong->addItem(QString());
    connect(m_dong, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setDong(i <= 0 ? QString() : m_dong->itemText(i)); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AlertsPage::refreshDongs);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlertsPage::refreshDongs);
    m_category->addItem(QString(), -1);
    for (auto c :
         {AlertCategory::Intrusion, AlertCategory::Loitering, AlertCategory::Fall,
          AlertCategory::Crowding, AlertCategory::CrosswalkRedLight, AlertCategory::IllegalParking,
          AlertCategory::ChargerFault, AlertCategory::BinFull, AlertCategory::EmergencyBell,
          AlertCategory::CameraOffline, AlertCategory::StreamDegraded, AlertCategory::Other})
        m_category->addItem(QString(), int(c));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const int c = m_category->currentData().toInt();
        m_proxy->setCategory(c < 0 ? std::nullopt : std::optional(AlertCategory(c)));
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AlertFilterProxy::setText);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_openOnly);
    filters->addWidget(m_area);
    filters->addWidget(m_category);
    filters->addWidget(m_dong);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_mute);
    m_mute->setObjectName(QStringLiteral("muteSound"));
    connect(m_mute, &QCheckBox::toggled, m_sound, &AlarmSound::setMuted);

    m_escalateTo->addItem(QString(), QStringLiteral("112"));
    m_escalateTo->addItem(QString(), QStringLiteral("119"));
    auto* noteRow = new QHBoxLayout(m_noteBar);
    noteRow->setContentsMargins(0, 0, 0, 0);
    noteRow->addWidget(m_noteLabel);
    noteRow->addWidget(m_escalateTo);
    noteRow->addWidget(m_note, 1);
    m_noteBar->hide();

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_noteBar);
    leftLayout->addWidget(m_message);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    m_title->setObjectName(QStringLiteral("noticeTitle"));
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_details);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_ack, m_start, m_resolve, m_close, m_escalate}) buttons->addWidget(b);
    rightLayout->addLayout(buttons);
    m_createIncident->setObjectName(QStringLiteral("createIncident"));
    m_createIncident->setVisible(m_incidents != nullptr);
    rightLayout->addWidget(m_createIncident, 0, Qt::AlignLeft);
    connect(m_createIncident, &QPushButton::clicked, this,
            &AlertsPage::createIncidentFromSelection);
    m_procedure->setObjectName(QStringLiteral("procedure"));
    rightLayout->addWidget(m_procedureTitle);
    rightLayout->addWidget(m_procedure, 1);
    rightLayout->addWidget(m_trail, 1);
    connect(m_procedure, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (m_filling || !m_engine) return;
        const QString id = selectedAlertId();
        if (item->checkState() != Qt::Checked || id.isEmpty()) {
            // A done step stays done: the trail already says so.
            const QSignalBlocker block(m_procedure);
            item->setCheckState(Qt::Checked);
            return;
        }
        const QString step = item->text();
        // The list is rebuilt (queued) when the step is in the trail: touch no item after this.
        if (!m_engine->logStep(id, m_user, step)) {
            const QSignalBlocker block(m_procedure);
            item->setCheckState(Qt::Unchecked);
        }
    });
    connect(m_ack, &QPushButton::clicked, this, [this] { askNote(Pending::Acknowledge); });
    connect(m_escalate, &QPushButton::clicked, this, [this] { askNote(Pending::Escalate); });
    connect(m_start, &QPushButton::clicked, this,
            [this] { applyToSelected(AlertState::InProgress, {}); });
    connect(m_resolve, &QPushButton::clicked, this,
            [this] { applyToSelected(AlertState::Resolved, {}); });
    connect(m_close, &QPushButton::clicked, this,
            [this] { applyToSelected(AlertState::Closed, {}); });

    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_incidents) {
        m_incidentsPanel = new IncidentsPanel(m_incidents, store, engine, m_user);
        m_tabs->setObjectName(QStringLiteral("alertTabs"));
        m_tabs->setDocumentMode(true);
        m_tabs->addTab(split, QString());
        m_tabs->addTab(m_incidentsPanel, QString());
        layout->addWidget(m_tabs);
        connect(m_incidents, &IncidentService::incidentChanged, this,
                &AlertsPage::updateIncidentTab);
    } else {
        m_tabs->hide();
        layout->addWidget(split);
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int n = int(selectedAlertIds().size());
        m_createIncident->setEnabled(n > 0);
        m_createIncident->setText(n > 1 ? tr("Create incident of %n alerts (I)", nullptr, n)
                                        : tr("Create incident (I)"));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AlertsPage::showDetails);
    if (m_engine) {
        connect(m_engine, &AlertEngine::alertRaised, this, &AlertsPage::onRaised);
        // Queued: a step ticked in the checklist must not see its list rebuilt under it.
        connect(m_engine, &AlertEngine::alertTransitioned, this, &AlertsPage::showDetails,
                Qt::QueuedConnection);
    }
    connect(m_reminder, &QTimer::timeout, this, &AlertsPage::remindCritical);
    m_reminder->start(kReminderIntervalMs);
    retranslateUi();
    showDetails();
}

QString AlertsPage::selectedAlertId() const {
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.data(AlertQueueModel::IdRole).toString() : QString();
}

void AlertsPage::selectAlert(const QString& id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (i.isValid()) m_table->setCurrentIndex(i);
}

QStringList AlertsPage::selectedAlertIds() const {
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList out;
    for (const QModelIndex& i : rows) out << i.data(AlertQueueModel::IdRole).toString();
    if (out.isEmpty() && !selectedAlertId().isEmpty()) out << selectedAlertId();
    return out;
}

QString AlertsPage::message() const {
    return m_message->text();
}

QString AlertsPage::createIncidentFromSelection() {
    const QStringList ids = selectedAlertIds();
    if (!m_incidents) {
        m_message->setText(tr("Incidents cannot be made in this console."));
        return message();
    }
    if (ids.isEmpty()) {
        m_message->setText(tr("Select one or more alerts first."));
        return message();
    }
    // A title an operator reads at a glance: what happened, and where the first alert was.
    QStringList what;
    QString where;
    for (const QString& id : ids) {
        const Alert* a = m_store->get<Alert>(id);
        if (!a) continue;
        const QString c = AlertQueueModel::categoryText(a->category);
        if (!what.contains(c)) what << c;
        if (where.isEmpty()) where = a->dong;
    }
    QString title = what.join(QStringLiteral(" · "));
    if (!where.isEmpty()) title = tr("%1 — %2").arg(title, where);
    const auto created = m_incidents->create(ids, m_user, title);
    if (!created) {
        m_message->setText(tr("No incident made: %1").arg(created.error()));
        return message();
    }
    m_message->setText(tr("Incident made of %n alert(s): %1", nullptr, int(ids.size())).arg(title));
    m_tabs->setCurrentWidget(m_incidentsPanel);
    m_incidentsPanel->selectIncident(created.value());
    m_incidentsPanel->table()->setFocus();
    return message();
}

QString AlertsPage::applyToSelected(AlertState to, const QString& note) {
    const QString id = selectedAlertId();
    QString message;
    if (id.isEmpty()) {
        message = tr("Select an alert first.");
    } else if (!m_engine) {
        message = tr("Alerts cannot be changed in this console.");
    } else if (const Status s = m_engine->transition(id, to, m_user, note); !s) {
        const Alert* a = m_store->get<Alert>(id);
        message = tr("Not possible: an alert that is %1 cannot become %2.")
                      .arg(a ? AlertQueueModel::stateText(a->state) : QString(),
                           AlertQueueModel::stateText(to));
    } else {
        message = tr("%1: %2").arg(AlertQueueModel::stateText(to),
                                   note.isEmpty() ? id.section(u':', -1) : note);
        selectAlert(id);
    }
    m_message->setText(message);
    return message;
}

void AlertsPage::askNote(Pending what) {
    if (selectedAlertId().isEmpty()) {
        m_message->setText(tr("Select an alert first."));
        return;
    }
    m_pending = what;
    m_escalateTo->setVisible(what == Pending::Escalate);
    m_noteLabel->setText(what == Pending::Escalate ? tr("Escalate to") : tr("Acknowledge — note:"));
    m_note->clear();
    m_noteBar->show();
    m_note->setFocus();
}

void AlertsPage::confirmNote() {
    const Pending what = m_pending;
    const QString note = m_note->text().trimmed();
    cancelNote();
    if (what == Pending::Acknowledge) {
        applyToSelected(AlertState::Acknowledged, note);
    } else if (what == Pending::Escalate) {
        // Escalation is a logged hand-off: the alert goes into progress with who it went to.
        const QString to = m_escalateTo->currentData().toString();
        const QString logged = tr("escalated to %1: %2").arg(to, note);
        const QString id = selectedAlertId();
        const Alert* a = id.isEmpty() ? nullptr : m_store->get<Alert>(id);
        if (a && a->state == AlertState::New)
            applyToSelected(AlertState::Acknowledged, logged);
        else
            applyToSelected(AlertState::InProgress, logged);
    }
    m_table->setFocus();
}

void AlertsPage::cancelNote() {
    m_pending = Pending::None;
    m_noteBar->hide();
    m_table->setFocus();
}

bool AlertsPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress) return Page::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_note) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            confirmNote();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            cancelNote();
            return true;
        }
        return false;
    }
    if (watched == m_table && key->modifiers() == Qt::NoModifier) {
        switch (key->key()) {
            case Qt::Key_A:
                askNote(Pending::Acknowledge);
                return true;
            case Qt::Key_E:
                askNote(Pending::Escalate);
                return true;
            case Qt::Key_I:
                if (!m_incidents) break;
                createIncidentFromSelection();
                return true;
            case Qt::Key_Return:
            case Qt::Key_Enter:
                showDetails();
                m_trail->setFocus();
                return true;
            default:
                break;
        }
    }
    return Page::eventFilter(watched, event);
}

void AlertsPage::showDetails() {
    const QString id = selectedAlertId();
    const Alert* a = id.isEmpty() ? nullptr : m_store->get<Alert>(id);
    for (QPushButton* b : {m_ack, m_start, m_resolve, m_close, m_escalate})
        b->setEnabled(a != nullptr);
    m_trail->clear();
    if (!a) {
        m_procedure->clear();
        m_title->setText(tr("No alert selected"));
        m_details->setText(
            tr("Arrows move through the queue, Enter shows an alert, A acknowledges "
               "it and E escalates it to 112 or 119. Shift+arrows select several alerts; I "
               "makes one incident of them."));
        return;
    }
    m_ack->setEnabled(canTransition(a->state, AlertState::Acknowledged));
    m_start->setEnabled(canTransition(a->state, AlertState::InProgress));
    m_resolve->setEnabled(canTransition(a->state, AlertState::Resolved));
    m_close->setEnabled(canTransition(a->state, AlertState::Closed));
    m_title->setText(QStringLiteral("%1 · %2").arg(AlertQueueModel::severityText(a->severity),
                                                   AlertQueueModel::categoryText(a->category)));
    m_details->setText(tr("State: %1\nRaised: %2 (KST)\nSource: %3\nRepeats: %4\n%5")
                           .arg(AlertQueueModel::stateText(a->state),
                                formatSeoulDateTime(a->raisedAt),
                                a->sourceId.isEmpty() ? QStringLiteral("—") : a->sourceId)
                           .arg(a->repeatCount)
                           .arg(a->description));
    const QVector<AlertTransition> trail =
        m_engine ? m_engine->trail(id) : QVector<AlertTransition>{};
    m_filling = true;
    m_procedure->clear();
    for (const QString& step : procedureSteps(a->category)) {
        auto* item = new QListWidgetItem(step, m_procedure);
        bool done = false;
        for (const AlertTransition& t : trail) done = done || t.note == QStringLiteral("✓ ") + step;
        item->setFlags(done ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    for (const AlertTransition& t : trail) {
        if (t.from == t.to) {  // a procedure step
            m_trail->addItem(
                QStringLiteral("%1  %2  %3").arg(formatSeoulDateTime(t.at), t.user, t.note));
            continue;
        }
        m_trail->addItem(QStringLiteral("%1  %2 → %3  %4%5")
                             .arg(formatSeoulDateTime(t.at), AlertQueueModel::stateText(t.from),
                                  AlertQueueModel::stateText(t.to), t.user,
                                  t.note.isEmpty() ? QString() : QStringLiteral(" — ") + t.note));
    }
}

void AlertsPage::onRaised(const QString&, Severity severity) {
    if (severity == Severity::Critical) m_sound->play();
}

void AlertsPage::remindCritical() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int waiting = 0;
    for (const Alert& a : m_store->all<Alert>())
        if (a.severity == Severity::Critical && a.state == AlertState::New &&
            a.raisedAt.msecsTo(now) > kRemindAfterMs)
            ++waiting;
    if (waiting == 0) return;
    ++m_reminders;
    m_sound->play();
    m_message->setText(
        tr("%n critical alert(s) still waiting for acknowledgement", nullptr, waiting));
}

void AlertsPage::updateIncidentTab() {
    if (!m_incidentsPanel) return;
    int open = 0;
    for (const Incident& i : m_incidents->incidents()) open += isOpen(i.state);
    m_tabs->setTabText(1, open > 0 ? tr("Incidents (%1 open)").arg(open) : tr("Incidents"));
}

void AlertsPage::refreshDongs() {
    // The dongs the queue's alerts are in, sorted; the chosen one stays chosen.
    QStringList dongs;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString d = m_model->index(r, 0).data(AlertQueueModel::DongRole).toString();
        if (!d.isEmpty() && !dongs.contains(d)) dongs << d;
    }
    dongs.sort();
    QStringList now;
    for (int i = 1; i < m_dong->count(); ++i) now << m_dong->itemText(i);
    if (dongs == now) return;
    const QString chosen = m_dong->currentIndex() > 0 ? m_dong->currentText() : QString();
    const QSignalBlocker block(m_dong);
    while (m_dong->count() > 1) m_dong->removeItem(1);
    m_dong->addItems(dongs);
    if (!chosen.isEmpty()) {
        if (!dongs.contains(chosen)) m_dong->addItem(chosen);
        m_dong->setCurrentText(chosen);
    }
}

void AlertsPage::retranslateUi() {
    int categoryWidth = m_table->fontMetrics().horizontalAdvance(
        m_model->headerData(AlertQueueModel::CategoryColumn, Qt::Horizontal).toString());
    for (int i = 1; i < m_category->count(); ++i)
        categoryWidth = std::max(
            categoryWidth, m_table->fontMetrics().horizontalAdvance(AlertQueueModel::categoryText(
                               AlertCategory(m_category->itemData(i).toInt()))));
    m_table->horizontalHeader()->resizeSection(AlertQueueModel::CategoryColumn, categoryWidth + 24);
    m_openOnly->setText(tr("Open alerts only"));
    m_category->setItemText(0, tr("All categories"));
    m_area->setItemText(0, tr("All areas"));
    for (int i = 1; i < m_area->count(); ++i)
        m_area->setItemText(i,
                            OverviewKpiModel::areaText(ServiceArea(m_area->itemData(i).toInt())));
    m_dong->setItemText(0, tr("All dongs"));
    for (int i = 1; i < m_category->count(); ++i)
        m_category->setItemText(
            i, AlertQueueModel::categoryText(AlertCategory(m_category->itemData(i).toInt())));
    m_search->setPlaceholderText(tr("Search alerts"));
    m_mute->setText(tr("Mute sound"));
    m_procedureTitle->setText(tr("Procedure — tick each step as it is done"));
    m_ack->setText(tr("Acknowledge (A)"));
    m_start->setText(tr("Start"));
    m_resolve->setText(tr("Resolve"));
    m_close->setText(tr("Close"));
    m_escalate->setText(tr("Escalate (E)"));
    m_createIncident->setText(tr("Create incident (I)"));
    if (m_incidentsPanel) {
        m_tabs->setTabText(0, tr("Alert queue"));
        updateIncidentTab();
        m_incidentsPanel->retranslateUi();
    }
    m_escalateTo->setItemText(0, tr("Police 112"));
    m_escalateTo->setItemText(1, tr("Fire 119"));
    m_note->setPlaceholderText(tr("Note — Enter confirms, Esc cancels"));
    showDetails();
}

}  // namespace bg
