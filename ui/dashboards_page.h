#pragma once

#include "core/result.h"
#include "ui/page.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <functional>
#include <initializer_list>

class QAbstractItemModel;
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTimer;

namespace bg {

class DashboardData;
class EntityStore;
class HistorySource;
class AlertQueueModel;
class AlertFilterProxy;
class CollectionDueProxy;

/// The service dashboards (the operator's second monitor): an overview card per area, then
/// parking, the RE100 mega station, crosswalks, recycling machines and alerts per hour. Numbers
/// come from `DashboardData` (the store now, the cache's history topped up from the hub); every
/// chart and table exports to CSV (its model) and PNG (its picture).
///
/// Threading: GUI thread only.
class DashboardsPage : public Page {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    enum class Section { Overview, Parking, Mega, Crosswalks, Recycling, Alerts };
    enum class ExportFormat { Csv, Png };

    DashboardsPage(EntityStore* store, HistorySource* history, QWidget* parent = nullptr,
                   Clock clock = {});
    ~DashboardsPage() override;

    QString pageName() const override { return QStringLiteral("dashboards"); }
    QString title() const override { return tr("Dashboards"); }
    QString iconPath() const override { return QStringLiteral(":/icons/dashboards.svg"); }

    DashboardData* data() const { return m_data; }
    /// Shows a section by its stable name ("overview", "parking", "mega", "crosswalks",
    /// "recycling", "alerts"); false when there is none.
    bool showSection(const QString& name);
    static QStringList sectionNames();
    /// Redraws the store's numbers now and the history once the history source's loader thread
    /// has read it (DashboardData::historyRefreshed): the GUI thread never waits for the cache.
    void refreshNow();
    /// The panels that export ("parkingLots", "energyFlow" …).
    QStringList panelNames() const;
    /// Writes a panel's table as CSV or its picture as PNG.
    Status exportPanel(const QString& panel, const QString& path, ExportFormat format) const;

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    struct Panel {
        QWidget* frame = nullptr;
        QLabel* title = nullptr;
        QAbstractItemModel* model = nullptr;
        QString titleKey;  ///< which title retranslateUi gives it
    };
    QWidget* buildOverview();
    QWidget* buildParking();
    QWidget* buildMega();
    QWidget* buildCrosswalks();
    QWidget* buildRecycling();
    QWidget* buildAlerts();
    /// A framed panel with a title and an export menu around `content`.
    QWidget* panel(const QString& name, QWidget* content, QAbstractItemModel* model);
    QChartView* chartView(const QString& name);
    QLabel* figure(const QString& key, QWidget** card, const QString& accent = {});
    /// A figure card's key and its accent colour (none: the theme's).
    struct FigureCard {
        const char* key;
        QString accent = {};
    };
    /// A row of figure cards, left to right.
    QHBoxLayout* figureRow(std::initializer_list<FigureCard> cards);
    /// A section of one model: its chart above its table.
    QWidget* chartAboveTable(const QString& section, const QString& chart, const QString& table,
                             QAbstractItemModel* model);
    void scheduleLive();
    void redraw(bool withHistory);
    void redrawCharts(bool withHistory);
    void redrawLines();
    void redrawBars();
    void scrollHourTables();
    int historyEntityCount() const;

    EntityStore* m_store;
    DashboardData* m_data;
    Clock m_clock;
    QListWidget* m_sections;
    QStackedWidget* m_stack;
    QTimer* m_liveTimer;
    QTimer* m_historyTimer;
    QTimer* m_filledTimer;
    QElapsedTimer m_refreshAsked;  ///< since the last refreshNow(), for the log
    int m_historyEntities = -1;    ///< lots, stations and PV arrays at the last history read
    QHash<QString, Panel> m_panels;
    QHash<QString, QChart*> m_charts;
    QHash<QString, QLabel*> m_figures;       ///< key → big number
    QHash<QString, QLabel*> m_figureTitles;  ///< key → its caption
    QHash<QString, QLabel*> m_trends;        ///< key → trend under the number
    QVector<QLabel*> m_areaTitles;
    AlertQueueModel* m_alertModel = nullptr;
    AlertFilterProxy* m_illegalParking = nullptr;
    QSortFilterProxyModel* m_lotsSorted = nullptr;
    QSortFilterProxyModel* m_chargersSorted = nullptr;
    CollectionDueProxy* m_due = nullptr;
};

}  // namespace bg
