#include "ui/dashboards_page.h"

#include "core/entity_store.h"
#include "core/seoul_time.h"
#include "services/history_source.h"
#include "ui/models/alert_queue_model.h"
#include "ui/models/dashboard_data.h"

#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace bg {

namespace {

constexpr const char* kSectionNames[] = {"overview",   "parking",   "mega",
                                         "crosswalks", "recycling", "alerts"};

// Series colours: the theme's warm accent for the sun, then distinct calm hues.
const QColor kPalette[] = {
    QColor(0xf2, 0xa9, 0x00), QColor(0x3f, 0xb5, 0xe5), QColor(0x4c, 0xc3, 0x8a),
    QColor(0xe5, 0x48, 0x4d), QColor(0xa7, 0x8b, 0xfa), QColor(0xf7, 0x8c, 0x6b),
    QColor(0x9a, 0xd1, 0xd4), QColor(0xd4, 0xc6, 0x8a), QColor(0xe0, 0x7b, 0xc2),
    QColor(0x8f, 0xa3, 0xbf), QColor(0x6b, 0xcf, 0x5f), QColor(0xc0, 0x9a, 0x6b)};
const QColor kText(0xe6, 0xe9, 0xef);
const QColor kMuted(0xa9, 0xb3, 0xc4);
const QColor kGrid(0x2c, 0x34, 0x42);

QColor paletteColor(int i) {
    return kPalette[i % int(std::size(kPalette))];
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void styleAxis(QAbstractAxis* axis) {
    QFont f = axis->labelsFont();
    f.setPointSizeF(10);
    axis->setLabelsFont(f);
    axis->setLabelsColor(kMuted);
    axis->setGridLineColor(kGrid);
    axis->setLinePenColor(kGrid);
}

QValueAxis* valueAxis(double max, const QString& format) {
    auto* axis = new QValueAxis;
    // A round top a little above the highest value, round steps.
    axis->setRange(0, std::max(max, 1.0) * 1.1);
    axis->setTickCount(5);
    axis->applyNiceNumbers();
    axis->setLabelFormat(format);
    styleAxis(axis);
    return axis;
}

// An axis of counts: whole-number steps from 0.
QValueAxis* countAxis(int max) {
    auto* axis = new QValueAxis;
    const int step = std::max(1, (std::max(max, 4) + 3) / 4);
    axis->setRange(0, step * ((max + step) / step));  // a step of room above the highest
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis);
    return axis;
}

// Curves of a time-series model; the time axis is labelled in Asia/Seoul every `labelEveryS`
// whatever the process's time zone.
void drawLines(QChart* chart, const TimeSeriesModel& model, std::optional<double> yMax,
               qint64 labelEveryS, const QString& labelFormat) {
    clearChart(chart);
    const int rows = model.rowCount();
    if (rows == 0) return;
    const QDateTime t0 = model.timeAt(0);
    const QDateTime t1 = model.timeAt(rows - 1);
    const auto hoursOf = [&t0](const QDateTime& t) { return double(t0.secsTo(t)) / 3600.0; };
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(0, std::max(hoursOf(t1), 0.01));
    const qint64 offset = toSeoul(t0).offsetFromUtc();
    const qint64 local0 = t0.toSecsSinceEpoch() + offset;
    QStringList seen;
    for (qint64 s = (local0 + labelEveryS - 1) / labelEveryS * labelEveryS;
         s - offset <= t1.toSecsSinceEpoch(); s += labelEveryS) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(s - offset, Qt::UTC);
        const QString label = toSeoul(at).toString(labelFormat);
        if (seen.contains(label)) continue;  // category labels must be unique
        seen << label;
        x->append(label, hoursOf(at));
    }
    styleAxis(x);
    double highest = 0;
    const QStringList names = model.seriesNames();
    QVector<QLineSeries*> lines;
    for (int s = 0; s < names.size(); ++s) {
        auto* line = new QLineSeries;
        line->setName(names.at(s));
        for (int r = 0; r < rows; ++r) {
            const double v = model.valueAt(r, s);
            if (std::isnan(v)) continue;
            line->append(hoursOf(model.timeAt(r)), v);
            highest = std::max(highest, v);
        }
        // A curve just begun (a fresh console, a hub without history) is a few dots.
        line->setPointsVisible(line->count() < 4);
        lines << line;
    }
    auto* y =
        valueAxis(yMax.value_or(highest),
                  yMax.value_or(highest) < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    if (yMax) {
        y->setRange(0, *yMax);  // percentages: 0–100 in quarters
        y->setTickCount(5);
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (int s = 0; s < lines.size(); ++s) {
        chart->addSeries(lines[s]);
        lines[s]->attachAxis(x);
        lines[s]->attachAxis(y);
        QPen pen(paletteColor(s));
        pen.setWidthF(2.5);
        lines[s]->setPen(pen);
    }
    chart->legend()->setVisible(names.size() > 1);
}

// Counts per Seoul hour, stacked by key.
void drawHourlyBars(QChart* chart, const HourlyCountModel& model) {
    clearChart(chart);
    const HourlyCounts& counts = model.counts();
    if (counts.hours.isEmpty()) return;
    auto* series = new QStackedBarSeries;
    const QStringList labels = model.labels();
    for (int k = 0; k < counts.keys.size(); ++k) {
        auto* set = new QBarSet(labels.value(k));
        for (const QVector<int>& row : counts.counts) set->append(row.value(k));
        set->setColor(paletteColor(k));
        set->setBorderColor(paletteColor(k));
        series->append(set);
    }
    series->setBarWidth(0.8);
    QStringList hours;
    int highest = 0;
    for (int h = 0; h < counts.hours.size(); ++h) {
        hours << toSeoul(counts.hours.at(h)).toString(QStringLiteral("HH"));
        highest = std::max(highest, counts.total(h));
    }
    auto* x = new QBarCategoryAxis;
    x->append(hours);
    styleAxis(x);
    auto* y = countAxis(highest);
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(!counts.keys.isEmpty());
}

QString uniqueLabel(QString label, QStringList& seen) {
    const QString base = label;
    for (int n = 2; seen.contains(label); ++n) label = QStringLiteral("%1 (%2)").arg(base).arg(n);
    seen << label;
    return label;
}

void styleChart(QChart* chart) {
    chart->setTheme(QChart::ChartThemeDark);
    chart->setBackgroundBrush(QColor(0x16, 0x1b, 0x23));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setLabelColor(kText);
    QFont f = legend->font();
    f.setPointSizeF(10);
    legend->setFont(f);
}

QTableView* tableView(const QString& name, QAbstractItemModel* model, bool sortable,
                      int sortColumn = 0, Qt::SortOrder order = Qt::AscendingOrder) {
    auto* view = new QTableView;
    view->setObjectName(QStringLiteral("table_") + name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(26);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Enabling sorting sorts at once: by the column asked for, not the header's first.
    view->horizontalHeader()->setSortIndicator(sortColumn, order);
    view->setSortingEnabled(sortable);
    // The models fill later: the proxy keeps the order asked for across its resets.
    if (sortable && model) model->sort(sortColumn, order);
    view->setWordWrap(false);
    return view;
}

/// Lays out a section's page (`section_<name>`) with the margins and spacing of the sections.
template <typename Layout>
Layout* sectionLayout(QWidget* page, const QString& section) {
    page->setObjectName(QStringLiteral("section_") + section);
    auto* layout = new Layout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    return layout;
}

}  // namespace

DashboardsPage::DashboardsPage(EntityStore* store, HistorySource* history, QWidget* parent,
                               Clock clock)
    : Page(parent),
      m_store(store),
      m_data(new DashboardData(store, history, this)),
      m_clock(std::move(clock)),
      m_sections(new QListWidget),
      m_stack(new QStackedWidget),
      m_liveTimer(new QTimer(this)),
      m_historyTimer(new QTimer(this)),
      m_filledTimer(new QTimer(this)) {
    if (!m_clock) m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_sections->setObjectName(QStringLiteral("dashboardSections"));
    m_sections->setProperty("dashRole", QStringLiteral("sections"));
    m_sections->setFixedWidth(220);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < int(std::size(kSectionNames)); ++i) m_sections->addItem(QString());

    if (m_store) {
        m_alertModel = new AlertQueueModel(m_store, this);
        m_illegalParking = new AlertFilterProxy(this);
        m_illegalParking->setOpenOnly(false);
        m_illegalParking->setCategory(AlertCategory::IllegalParking);
        m_illegalParking->setSourceModel(m_alertModel);
    }
    m_lotsSorted = new QSortFilterProxyModel(this);  // the table's own: people re-sort it
    m_lotsSorted->setSourceModel(m_data->parkingLots());
    m_lotsSorted->setSortRole(Qt::EditRole);
    m_chargersSorted = m_data->chargersSorted();
    m_due = m_data->collectionsDue();

    m_stack->addWidget(buildOverview());
    m_stack->addWidget(buildParking());
    m_stack->addWidget(buildMega());
    m_stack->addWidget(buildCrosswalks());
    m_stack->addWidget(buildRecycling());
    m_stack->addWidget(buildAlerts());

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sections);
    layout->addWidget(m_stack, 1);
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        scrollHourTables();
    });
    m_sections->setCurrentRow(0);

    // Live numbers follow the store (at most once a second); history is re-read every half
    // minute and when the hub filled a gap.
    m_liveTimer->setSingleShot(true);
    m_liveTimer->setInterval(1000);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        // Entities with history came or went (the first sync after an offline start): their
        // curves are needed now, not at the next half minute.
        if (historyEntityCount() != m_historyEntities) {
            refreshNow();
            return;
        }
        m_data->refresh(m_clock(), false);
        redraw(false);
    });
    // The history comes from the loader thread: the curves are drawn when it is in.
    connect(m_data, &DashboardData::historyRefreshed, this, [this] {
        QElapsedTimer timer;
        timer.start();
        redraw(true);
        qCDebug(lcUi).noquote() << "dashboards refreshed with history:" << m_refreshAsked.elapsed()
                                << "ms after asking," << timer.elapsed() << "ms drawing";
    });
    m_historyTimer->setInterval(30000);
    connect(m_historyTimer, &QTimer::timeout, this, &DashboardsPage::refreshNow);
    if (m_store) {
        connect(m_store, &EntityStore::entityChanged, this, &DashboardsPage::scheduleLive);
        connect(m_store, &EntityStore::entitiesChanged, this, &DashboardsPage::scheduleLive);
        connect(m_store, &EntityStore::entityRemoved, this, &DashboardsPage::scheduleLive);
        connect(m_store, &EntityStore::cleared, this, &DashboardsPage::scheduleLive);
    }
    if (history) {
        // Several lots fill at once: one redraw for them all, a moment after the last.
        m_filledTimer->setSingleShot(true);
        m_filledTimer->setInterval(1500);
        connect(m_filledTimer, &QTimer::timeout, this, [this] {
            if (isVisible()) refreshNow();
        });
        connect(history, &HistorySource::filled, m_filledTimer, qOverload<>(&QTimer::start));
    }
    retranslateUi();
}

DashboardsPage::~DashboardsPage() = default;

QStringList DashboardsPage::sectionNames() {
    QStringList out;
    for (const char* name : kSectionNames) out << QString::fromLatin1(name);
    return out;
}

bool DashboardsPage::showSection(const QString& name) {
    const int index = int(sectionNames().indexOf(name));
    if (index < 0) return false;
    m_sections->setCurrentRow(index);
    return true;
}

int DashboardsPage::historyEntityCount() const {
    if (!m_store) return 0;
    return m_store->count(EntityKind::ParkingLot) + m_store->count(EntityKind::ChargingStation) +
           m_store->count(EntityKind::SolarArray);
}

void DashboardsPage::refreshNow() {
    m_historyEntities = historyEntityCount();
    const QDateTime now = m_clock();
    m_data->refresh(now, false);
    redraw(false);
    m_refreshAsked.start();
    m_data->refreshInBackground(now);
}

void DashboardsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    refreshNow();
    m_historyTimer->start();
}

void DashboardsPage::hideEvent(QHideEvent* event) {
    m_historyTimer->stop();
    Page::hideEvent(event);
}

void DashboardsPage::scheduleLive() {
    if (isVisible() && !m_liveTimer->isActive()) m_liveTimer->start();
}

QStringList DashboardsPage::panelNames() const {
    QStringList names = m_panels.keys();
    names.sort();
    return names;
}

Status DashboardsPage::exportPanel(const QString& name, const QString& path,
                                   ExportFormat format) const {
    const auto it = m_panels.constFind(name);
    if (it == m_panels.constEnd())
        return Status::fail(QStringLiteral("no dashboard panel named %1").arg(name));
    if (format == ExportFormat::Csv) {
        if (!it->model) return Status::fail(QStringLiteral("panel %1 has no table").arg(name));
        return writeCsvFile(*it->model, path);
    }
    const QPixmap picture = it->frame->grab();
    if (picture.isNull() || !picture.save(path, "PNG"))
        return Status::fail(QStringLiteral("cannot write PNG %1").arg(path));
    return Status::ok();
}

QChartView* DashboardsPage::chartView(const QString& name) {
    auto* chart = new QChart;
    styleChart(chart);
    auto* view = new QChartView(chart);
    view->setObjectName(QStringLiteral("chart_") + name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    m_charts.insert(name, chart);
    return view;
}

QWidget* DashboardsPage::panel(const QString& name, QWidget* content, QAbstractItemModel* model) {
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("panel_") + name);
    frame->setProperty("dashRole", QStringLiteral("panel"));
    auto* title = new QLabel;
    title->setProperty("dashRole", QStringLiteral("panelTitle"));
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("export_") + name);
    button->setProperty("dashRole", QStringLiteral("export"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    auto* csv = menu->addAction(QString());
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* png = menu->addAction(QString());
    png->setObjectName(QStringLiteral("exportPng"));
    button->setMenu(menu);
    const auto save = [this, name](ExportFormat format) {
        const bool isCsv = format == ExportFormat::Csv;
        const QString suggested =
            QStringLiteral("%1-%2.%3")
                .arg(name, toSeoul(m_clock()).toString(QStringLiteral("yyyyMMdd-HHmm")),
                     isCsv ? QStringLiteral("csv") : QStringLiteral("png"));
        const QString path = QFileDialog::getSaveFileName(
            this, isCsv ? tr("Save as CSV") : tr("Save as PNG"), suggested,
            isCsv ? tr("CSV files (*.csv)") : tr("PNG images (*.png)"));
        if (path.isEmpty()) return;
        if (const Status s = exportPanel(name, path, format); !s)
            QMessageBox::warning(this, tr("Export failed"), s.error());
    };
    connect(csv, &QAction::triggered, this, [save] { save(ExportFormat::Csv); });
    connect(png, &QAction::triggered, this, [save] { save(ExportFormat::Png); });
    csv->setEnabled(model != nullptr);

    auto* head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(title, 1);
    head->addWidget(button);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 10);
    layout->setSpacing(6);
    layout->addLayout(head);
    layout->addWidget(content, 1);
    m_panels.insert(name, Panel{frame, title, model, name});
    return frame;
}

QLabel* DashboardsPage::figure(const QString& key, QWidget** card, const QString& accent) {
    auto* frame = new QFrame;
    frame->setProperty("dashRole", QStringLiteral("card"));
    auto* caption = new QLabel;
    caption->setProperty("dashRole", QStringLiteral("caption"));
    caption->setObjectName(QStringLiteral("caption_") + key);
    auto* value = new QLabel(QStringLiteral("—"));
    value->setObjectName(QStringLiteral("figure_") + key);
    value->setProperty("dashRole", QStringLiteral("figure"));
    if (!accent.isEmpty()) value->setStyleSheet(QStringLiteral("color: %1;").arg(accent));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(value);
    m_figures.insert(key, value);
    m_figureTitles.insert(key, caption);
    *card = frame;
    return value;
}

QWidget* DashboardsPage::chartAboveTable(const QString& section, const QString& chart,
                                         const QString& table, QAbstractItemModel* model) {
    auto* page = new QWidget;
    auto* layout = sectionLayout<QVBoxLayout>(page, section);
    layout->addWidget(panel(chart, chartView(chart), model), 3);
    layout->addWidget(panel(table, tableView(table, model, false), model), 2);
    return page;
}

QHBoxLayout* DashboardsPage::figureRow(std::initializer_list<FigureCard> cards) {
    auto* row = new QHBoxLayout;
    row->setSpacing(12);
    for (const FigureCard& c : cards) {
        QWidget* card = nullptr;
        figure(QString::fromLatin1(c.key), &card, c.accent);
        row->addWidget(card);
    }
    return row;
}

// ---- sections -------------------------------------------------------------------------------

QWidget* DashboardsPage::buildOverview() {
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("section_overview"));
    auto* cards = new QWidget;
    auto* grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(14);
    using Area = OverviewKpiModel::Area;
    const Area areas[] = {Area::Energy, Area::Transportation, Area::Safety, Area::Environment};
    for (int i = 0; i < 4; ++i) {
        auto* card = new QFrame;
        card->setObjectName(QStringLiteral("area_%1").arg(i));
        card->setProperty("dashRole", QStringLiteral("areaCard"));
        auto* layout = new QGridLayout(card);
        layout->setContentsMargins(18, 12, 18, 14);
        layout->setHorizontalSpacing(16);
        layout->setVerticalSpacing(4);
        auto* title = new QLabel(OverviewKpiModel::areaText(areas[i]));
        title->setProperty("dashRole", QStringLiteral("areaTitle"));
        layout->addWidget(title, 0, 0, 1, 3);
        m_areaTitles << title;
        grid->addWidget(card, i / 2, i % 2);
    }
    // The cards show the overview model's rows; its export writes them as a table.
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(panel(QStringLiteral("overview"), cards, m_data->overview()));
    return page;
}

QWidget* DashboardsPage::buildParking() {
    auto* page = new QWidget;
    auto* grid = sectionLayout<QGridLayout>(page, QStringLiteral("parking"));
    grid->addLayout(
        figureRow({{"parkingOccupancy"}, {"parkingFree"}, {"parkingLots"}, {"illegalParking24h"}}),
        0, 0, 1, 3);
    auto* charts = new QHBoxLayout;
    charts->setSpacing(12);
    charts->addWidget(panel(QStringLiteral("parking24h"), chartView(QStringLiteral("parking24h")),
                            m_data->parking24h()),
                      1);
    charts->addWidget(panel(QStringLiteral("parking7d"), chartView(QStringLiteral("parking7d")),
                            m_data->parking7d()),
                      1);
    grid->addLayout(charts, 1, 0, 1, 3);
    grid->addWidget(panel(QStringLiteral("fullestLots"), chartView(QStringLiteral("fullestLots")),
                          m_data->lotsByOccupancy()),
                    2, 0);
    grid->addWidget(panel(QStringLiteral("parkingLots"),
                          tableView(QStringLiteral("parkingLots"), m_lotsSorted, true,
                                    ParkingOccupancyModel::OccupancyColumn, Qt::DescendingOrder),
                          m_lotsSorted),
                    2, 1);
    QAbstractItemModel* alerts = m_illegalParking;
    auto* alertTable = tableView(QStringLiteral("illegalParking"), alerts, false);
    if (m_illegalParking) {
        // One category, one severity: newest first; place and time are what matter here.
        m_illegalParking->sort(0, Qt::DescendingOrder);
        alertTable->setColumnHidden(AlertQueueModel::SeverityColumn, true);
        alertTable->setColumnHidden(AlertQueueModel::CategoryColumn, true);
    }
    grid->addWidget(panel(QStringLiteral("illegalParking"), alertTable, alerts), 2, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    for (int c = 0; c < 3; ++c) grid->setColumnStretch(c, 1);
    return page;
}

QWidget* DashboardsPage::buildMega() {
    auto* page = new QWidget;
    auto* grid = sectionLayout<QGridLayout>(page, QStringLiteral("mega"));
    const QString sun = kPalette[0].name();
    const QString load = kPalette[1].name();
    grid->addLayout(figureRow({{"megaPvKw", sun},
                               {"megaLoadKw", load},
                               {"megaPvKwh", sun},
                               {"megaLoadKwh", load},
                               {"megaFaults"}}),
                    0, 0, 1, 2);
    grid->addWidget(panel(QStringLiteral("energyFlow"), chartView(QStringLiteral("energyFlow")),
                          m_data->energyFlow()),
                    1, 0, 1, 2);
    grid->addWidget(
        panel(QStringLiteral("megaConnectors"),
              tableView(QStringLiteral("megaConnectors"), m_data->megaConnectors(), false),
              m_data->megaConnectors()),
        2, 0);
    grid->addWidget(panel(QStringLiteral("chargers"),
                          tableView(QStringLiteral("chargers"), m_chargersSorted, true,
                                    ChargerStationModel::DrawColumn, Qt::DescendingOrder),
                          m_chargersSorted),
                    2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    return page;
}

QWidget* DashboardsPage::buildCrosswalks() {
    return chartAboveTable(QStringLiteral("crosswalks"), QStringLiteral("crosswalkChart"),
                           QStringLiteral("crosswalkTable"), m_data->crosswalkAlerts());
}

QWidget* DashboardsPage::buildRecycling() {
    auto* page = new QWidget;
    auto* grid = sectionLayout<QGridLayout>(page, QStringLiteral("recycling"));
    grid->addLayout(figureRow({{"recyclingDue"}, {"recyclingFill"}, {"recyclingMachines"}}), 0, 0,
                    1, 2);
    grid->addWidget(panel(QStringLiteral("recyclingFill"),
                          chartView(QStringLiteral("recyclingFill")), m_data->recycling()),
                    1, 0, 1, 2);
    grid->addWidget(panel(QStringLiteral("recyclingTable"),
                          tableView(QStringLiteral("recyclingTable"), m_data->recycling(), false),
                          m_data->recycling()),
                    2, 0);
    grid->addWidget(panel(QStringLiteral("collectionsDue"),
                          tableView(QStringLiteral("collectionsDue"), m_due, false), m_due),
                    2, 1);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    return page;
}

QWidget* DashboardsPage::buildAlerts() {
    return chartAboveTable(QStringLiteral("alerts"), QStringLiteral("alertsChart"),
                           QStringLiteral("alertsTable"), m_data->alertsPerHour());
}

// ---- drawing --------------------------------------------------------------------------------

void DashboardsPage::scrollHourTables() {
    // The hour tables end with the hour now: that is the row to see.
    for (const char* name : {"table_crosswalkTable", "table_alertsTable"})
        if (auto* view = findChild<QTableView*>(QString::fromLatin1(name))) view->scrollToBottom();
}

void DashboardsPage::redraw(bool withHistory) {
    const auto setFigure = [this](const QString& key, const QString& text) {
        if (QLabel* l = m_figures.value(key)) l->setText(text);
    };
    const auto num = [](double v, int decimals) {
        return std::isnan(v) ? QStringLiteral("—") : QLocale().toString(v, 'f', decimals);
    };

    // Overview: one row per indicator in its area's card, created the first time it appears.
    OverviewKpiModel* kpis = m_data->overview();
    for (int row = 0; row < kpis->rowCount(); ++row) {
        const OverviewKpiModel::Kpi& k = kpis->kpis().at(row);
        const QString key = QStringLiteral("kpi_") + k.key;
        QLabel* value = m_figures.value(key);
        if (!value) {
            auto* card =
                m_stack->widget(0)->findChild<QFrame*>(QStringLiteral("area_%1").arg(int(k.area)));
            if (!card) continue;
            auto* layout = static_cast<QGridLayout*>(card->layout());
            const int r = layout->rowCount();
            auto* caption = new QLabel;
            caption->setProperty("dashRole", QStringLiteral("kpiCaption"));
            caption->setObjectName(QStringLiteral("caption_") + key);
            value = new QLabel;
            value->setObjectName(key);
            value->setProperty("dashRole", QStringLiteral("kpiValue"));
            value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto* trend = new QLabel;
            trend->setObjectName(QStringLiteral("trend_") + k.key);
            trend->setProperty("dashRole", QStringLiteral("trend"));
            trend->setMinimumWidth(70);
            layout->addWidget(caption, r, 0);
            layout->addWidget(value, r, 1);
            layout->addWidget(trend, r, 2);
            layout->setColumnStretch(0, 1);
            layout->setRowStretch(r, 1);
            m_figures.insert(key, value);
            m_figureTitles.insert(key, caption);
            m_trends.insert(key, trend);
        }
        m_figureTitles.value(key)->setText(k.label);
        value->setText(OverviewKpiModel::valueText(k));
        QLabel* trend = m_trends.value(key);
        trend->setText(OverviewKpiModel::trendText(k));
        const int mood = kpis->index(row, 0).data(OverviewKpiModel::TrendRole).toInt();
        trend->setStyleSheet(mood > 0   ? QStringLiteral("color: #4cc38a;")
                             : mood < 0 ? QStringLiteral("color: #e5484d;")
                                        : QStringLiteral("color: #a9b3c4;"));
    }

    // Parking.
    const ParkingOccupancyModel* lots = m_data->parkingLots();
    setFigure(QStringLiteral("parkingOccupancy"),
              num(lots->totalOccupancyPercent(), 1) + QStringLiteral(" %"));
    setFigure(QStringLiteral("parkingFree"),
              QStringLiteral("%1 / %2").arg(QLocale().toString(lots->availableSpots()),
                                            QLocale().toString(lots->totalSpots())));
    setFigure(QStringLiteral("parkingLots"), QLocale().toString(lots->rowCount()));
    // Much of the open data carries no dong: no empty column then.
    const auto hideIfEmpty = [this](const QString& table, int column) {
        auto* view = findChild<QTableView*>(table);
        if (!view || !view->model()) return;
        bool any = false;
        for (int r = 0; r < view->model()->rowCount() && !any; ++r)
            any = !view->model()->index(r, column).data().toString().isEmpty();
        view->setColumnHidden(column, !any);
    };
    hideIfEmpty(QStringLiteral("table_parkingLots"), ParkingOccupancyModel::DongColumn);
    hideIfEmpty(QStringLiteral("table_chargers"), ChargerStationModel::DongColumn);
    setFigure(QStringLiteral("illegalParking24h"), QLocale().toString(m_data->illegalParking24h()));

    // RE100.
    const bool hasPv = !m_data->solarArrayId().isEmpty();
    const bool hasMega = !m_data->megaStationId().isEmpty();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    setFigure(QStringLiteral("megaPvKw"),
              num(hasPv ? m_data->pvPowerKw() : nan, 1) + QStringLiteral(" kW"));
    setFigure(QStringLiteral("megaLoadKw"),
              num(hasMega ? m_data->chargingPowerKw() : nan, 1) + QStringLiteral(" kW"));
    setFigure(QStringLiteral("megaPvKwh"),
              num(hasPv ? m_data->pvKwhToday() : nan, 1) + QStringLiteral(" kWh"));
    setFigure(QStringLiteral("megaLoadKwh"),
              num(hasMega ? m_data->chargingKwhToday() : nan, 1) + QStringLiteral(" kWh"));
    setFigure(QStringLiteral("megaFaults"),
              hasMega ? QLocale().toString(m_data->megaFaults()) : QStringLiteral("—"));
    if (QLabel* f = m_figures.value(QStringLiteral("megaFaults")))
        f->setStyleSheet(m_data->megaFaults() > 0 ? QStringLiteral("color: #e5484d;") : QString());

    // Recycling.
    const RecyclingFillModel* machines = m_data->recycling();
    double fill = 0;
    int items = 0;
    for (int r = 0; r < machines->rowCount(); ++r) {
        for (int c : {RecyclingFillModel::PetColumn, RecyclingFillModel::CanColumn,
                      RecyclingFillModel::PaperColumn})
            fill += machines->index(r, c).data(Qt::EditRole).toDouble() / 3;
        items += machines->index(r, RecyclingFillModel::ItemsColumn).data(Qt::EditRole).toInt();
    }
    setFigure(QStringLiteral("recyclingDue"), QLocale().toString(machines->dueCount()));
    setFigure(QStringLiteral("recyclingFill"),
              num(machines->rowCount() > 0 ? fill / machines->rowCount() : nan, 0) +
                  QStringLiteral(" %"));
    // Machines that report no counts (all zero) get no column of zeros.
    if (auto* view = findChild<QTableView*>(QStringLiteral("table_recyclingTable")))
        view->setColumnHidden(RecyclingFillModel::ItemsColumn, items == 0);
    if (auto* view = findChild<QTableView*>(QStringLiteral("table_collectionsDue")))
        view->setColumnHidden(RecyclingFillModel::ItemsColumn, items == 0);
    setFigure(QStringLiteral("recyclingMachines"), QLocale().toString(machines->rowCount()));
    if (QLabel* f = m_figures.value(QStringLiteral("recyclingDue")))
        f->setStyleSheet(machines->dueCount() > 0 ? QStringLiteral("color: #f2a900;") : QString());

    scrollHourTables();

    redrawCharts(withHistory);
}

void DashboardsPage::redrawCharts(bool withHistory) {
    // The curves change with the history only; the bars follow the store.
    if (withHistory) redrawLines();
    drawHourlyBars(m_charts.value(QStringLiteral("crosswalkChart")), *m_data->crosswalkAlerts());
    drawHourlyBars(m_charts.value(QStringLiteral("alertsChart")), *m_data->alertsPerHour());
    redrawBars();
}

void DashboardsPage::redrawLines() {
    drawLines(m_charts.value(QStringLiteral("parking24h")), *m_data->parking24h(), 100.0, 3 * 3600,
              QStringLiteral("HH:mm"));
    //: Date format of the 7-day axis labels (Qt QDateTime format; Korean: d일)
    drawLines(m_charts.value(QStringLiteral("parking7d")), *m_data->parking7d(), 100.0, 24 * 3600,
              tr("M/d"));
    drawLines(m_charts.value(QStringLiteral("energyFlow")), *m_data->energyFlow(), std::nullopt,
              2 * 3600, QStringLiteral("HH:mm"));
}

void DashboardsPage::redrawBars() {
    // The fullest lots, fullest on top.
    {
        QChart* chart = m_charts.value(QStringLiteral("fullestLots"));
        clearChart(chart);
        constexpr int kShown = 8;
        QSortFilterProxyModel* fullest = m_data->lotsByOccupancy();
        const int n = std::min(kShown, fullest->rowCount());
        auto* set = new QBarSet(tr("Occupancy (%)"));
        set->setColor(kPalette[0]);
        set->setBorderColor(kPalette[0]);
        QStringList names, seen;
        for (int r = n - 1; r >= 0; --r) {
            QString name = fullest->index(r, ParkingOccupancyModel::NameColumn).data().toString();
            // Long names lose their middle: "대인시장 공영주차장 제1주차장" and "…제2주차장"
            // stay apart.
            if (name.size() > 12)
                name = name.left(5).trimmed() + QStringLiteral("…") + name.right(6).trimmed();
            names << uniqueLabel(name, seen);
            set->append(fullest->index(r, ParkingOccupancyModel::OccupancyColumn)
                            .data(Qt::EditRole)
                            .toDouble());
        }
        if (n > 0) {
            auto* series = new QHorizontalBarSeries;
            series->append(set);
            series->setLabelsVisible(true);
            series->setLabelsFormat(QStringLiteral("@value"));
            series->setLabelsPrecision(3);
            auto* y = new QBarCategoryAxis;
            y->append(names);
            styleAxis(y);
            auto* x = valueAxis(100, QStringLiteral("%.0f"));
            x->setRange(0, 100);
            x->setTickCount(5);
            chart->addSeries(series);
            chart->addAxis(y, Qt::AlignLeft);
            chart->addAxis(x, Qt::AlignBottom);
            series->attachAxis(x);
            series->attachAxis(y);
            chart->legend()->setVisible(false);
        } else {
            delete set;
        }
    }

    // Fill by material, one group per machine.
    {
        QChart* chart = m_charts.value(QStringLiteral("recyclingFill"));
        clearChart(chart);
        const RecyclingFillModel* m = m_data->recycling();
        if (m->rowCount() > 0) {
            auto* series = new QBarSeries;
            const int columns[] = {RecyclingFillModel::PetColumn, RecyclingFillModel::CanColumn,
                                   RecyclingFillModel::PaperColumn};
            for (int i = 0; i < 3; ++i) {
                auto* set = new QBarSet(m->headerData(columns[i], Qt::Horizontal)
                                            .toString()
                                            .remove(QStringLiteral(" (%)")));
                set->setColor(paletteColor(i + 1));
                set->setBorderColor(paletteColor(i + 1));
                for (int r = 0; r < m->rowCount(); ++r)
                    set->append(m->index(r, columns[i]).data(Qt::EditRole).toDouble());
                series->append(set);
            }
            QStringList names, seen;
            for (int r = 0; r < m->rowCount(); ++r) {
                QString name = m->index(r, RecyclingFillModel::NameColumn).data().toString();
                // "AI 재활용 자판기 동구청" → "동구청": the group says what the machines are.
                const int space = int(name.lastIndexOf(u' '));
                if (m->rowCount() > 3 && space > 0) name = name.mid(space + 1);
                names << uniqueLabel(name, seen);
            }
            auto* x = new QBarCategoryAxis;
            x->append(names);
            styleAxis(x);
            auto* y = valueAxis(100, QStringLiteral("%.0f"));
            y->setRange(0, 100);
            y->setTickCount(5);
            chart->addSeries(series);
            chart->addAxis(x, Qt::AlignBottom);
            chart->addAxis(y, Qt::AlignLeft);
            series->attachAxis(x);
            series->attachAxis(y);
            chart->legend()->setVisible(true);
        }
    }
}

// ---- texts ----------------------------------------------------------------------------------

void DashboardsPage::retranslateUi() {
    const QStringList sections = {tr("Overview"),   tr("Parking"),   tr("RE100 mega station"),
                                  tr("Crosswalks"), tr("Recycling"), tr("Alerts")};
    for (int i = 0; i < sections.size(); ++i) m_sections->item(i)->setText(sections.at(i));
    using Area = OverviewKpiModel::Area;
    const Area areas[] = {Area::Energy, Area::Transportation, Area::Safety, Area::Environment};
    for (int i = 0; i < m_areaTitles.size(); ++i)
        m_areaTitles[i]->setText(OverviewKpiModel::areaText(areas[i]));

    const QHash<QString, QString> panelTitles{
        {QStringLiteral("overview"), tr("Key figures (all areas)")},
        {QStringLiteral("parking24h"), tr("Occupancy, last 24 hours (%)")},
        {QStringLiteral("parking7d"), tr("Occupancy, last 7 days (%)")},
        {QStringLiteral("fullestLots"), tr("Fullest lots now (%)")},
        {QStringLiteral("parkingLots"), tr("Lots")},
        {QStringLiteral("illegalParking"), tr("Illegal-parking alerts")},
        {QStringLiteral("energyFlow"), tr("Energy flow today: PV output and charging load (kW)")},
        {QStringLiteral("megaConnectors"), tr("Mega station connectors")},
        {QStringLiteral("chargers"), tr("EV chargers across Dong-gu")},
        {QStringLiteral("crosswalkChart"),
         tr("Pedestrian-on-red alerts per hour by crosswalk (last 24 hours)")},
        {QStringLiteral("crosswalkTable"), tr("Per hour and crosswalk")},
        {QStringLiteral("recyclingFill"), tr("Fill by material (%)")},
        {QStringLiteral("recyclingTable"), tr("Machines")},
        {QStringLiteral("collectionsDue"), tr("Collections due (fullest bin at %1 % or more)")
                                               .arg(DashboardData::kCollectionDuePercent)},
        {QStringLiteral("alertsChart"), tr("Alerts per hour by category (last 24 hours)")},
        {QStringLiteral("alertsTable"), tr("Per hour and category")}};
    for (auto it = m_panels.begin(); it != m_panels.end(); ++it) {
        it->title->setText(panelTitles.value(it.key(), it.key()));
        auto* button = it->frame->findChild<QToolButton*>(QStringLiteral("export_") + it.key());
        button->setText(tr("Export"));
        button->setToolTip(tr("Save this chart or table as CSV or PNG"));
        for (QAction* a : button->menu()->actions()) {
            if (a->objectName() == u"exportCsv") a->setText(tr("Save table as CSV…"));
            if (a->objectName() == u"exportPng") a->setText(tr("Save picture as PNG…"));
        }
    }
    const QHash<QString, QString> figureTitles{
        {QStringLiteral("parkingOccupancy"), tr("Occupancy, all lots")},
        {QStringLiteral("parkingFree"), tr("Free spots / spots")},
        {QStringLiteral("parkingLots"), tr("Lots reporting")},
        {QStringLiteral("illegalParking24h"), tr("Illegal parking, 24 h")},
        {QStringLiteral("megaPvKw"), tr("PV output now")},
        {QStringLiteral("megaLoadKw"), tr("Charging load now")},
        {QStringLiteral("megaPvKwh"), tr("PV energy today")},
        {QStringLiteral("megaLoadKwh"), tr("Charging energy today")},
        {QStringLiteral("megaFaults"), tr("Faulted connectors")},
        {QStringLiteral("recyclingDue"), tr("Collections due")},
        {QStringLiteral("recyclingFill"), tr("Average bin fill")},
        {QStringLiteral("recyclingMachines"), tr("Machines reporting")}};
    for (auto it = figureTitles.begin(); it != figureTitles.end(); ++it)
        if (QLabel* l = m_figureTitles.value(it.key())) l->setText(*it);
    // Indicator names and series names come from the models, in the language now in force.
    if (isVisible()) refreshNow();
}

}  // namespace bg
