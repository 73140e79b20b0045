#include "console_app.h"

#include "cache/cache_adapter.h"
#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "core/entity_store.h"
#include "core/logging.h"
#include "hub/http_hub_probe.h"
#include "hub/http_share_delivery.h"
#include "hub/hub_client.h"
#include "hub/ngsi_domain.h"
#include "hub/ngsi_entity.h"
#include "hub/notification_endpoint.h"
#include "services/alert_engine.h"
#include "services/file_share_delivery.h"
#include "services/history_source.h"
#include "services/hub_monitor.h"
#include "services/incident_service.h"
#include "services/selective_monitor.h"
#include "services/sync_service.h"
#include "sim_launcher.h"
#include "ui/dashboards_page.h"
#include "ui/language_manager.h"
#include "ui/main_window.h"
#include "ui/video_wall_page.h"
#include "video/analytics/analytics_engine.h"
#include "video/analytics/opencv_runtime.h"
#include "video/gst_runtime.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QThread>
#include <QTimer>

#include <cstdio>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

struct ConsoleApp::Parts {
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<bg::LanguageManager> language;
    std::unique_ptr<bg::CacheWriter> cache;
    std::unique_ptr<bg::CacheAdapter> cacheAdapter;
    std::unique_ptr<bg::EntityStore> store;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<SimLauncher> sim;
    std::unique_ptr<bg::HttpHubProbe> probe;
    std::unique_ptr<bg::HubMonitor> monitor;
    std::unique_ptr<bg::HubClient> hub;
    std::unique_ptr<bg::NotificationEndpoint> endpoint;
    std::unique_ptr<bg::SyncService> sync;
    std::unique_ptr<QTimer> pollTimer;
    QElapsedTimer lastNotified;
    QString subscriptionId;
    std::unique_ptr<QThread> videoThread;
    std::unique_ptr<bg::AnalyticsEngine> analytics;
    std::unique_ptr<bg::AlertEngine> alerts;
    std::unique_ptr<bg::HistorySource> history;
    std::unique_ptr<bg::ShareDelivery> shareDelivery;
    std::unique_ptr<bg::IncidentService> incidents;
    std::unique_ptr<bg::SelectiveMonitor> selective;
    std::unique_ptr<bg::MainWindow> window;
};

ConsoleApp::ConsoleApp(bg::ConsoleOptions options)
    : m_options(std::move(options)), m_parts(std::make_unique<Parts>()) {}

ConsoleApp::~ConsoleApp() {
    // Tear down in the reverse order of dependencies: window, monitor, probe, simulator, cache.
    if (!m_parts) return;
    m_parts->window.reset();
    m_parts->incidents.reset();
    m_parts->shareDelivery.reset();
    m_parts->alerts.reset();
    m_parts->history.reset();
    m_parts->analytics.reset();
    if (m_parts->videoThread) {
        m_parts->videoThread->quit();
        m_parts->videoThread->wait();
    }
    m_parts->monitor.reset();
    m_parts->probe.reset();
    if (m_parts->hub && !m_parts->subscriptionId.isEmpty()) {
        // Remove our subscription so the hub stops notifying a console that is gone.
        QEventLoop loop;
        QTimer::singleShot(2000, &loop, &QEventLoop::quit);
        m_parts->hub->deleteSubscription(m_parts->subscriptionId,
                                         [&loop](const bg::Status&) { loop.quit(); });
        loop.exec();
    }
    m_parts->sync.reset();
    m_parts->hub.reset();
    if (m_parts->sim) m_parts->sim->stop();
    m_parts->sim.reset();
    if (m_parts->cache) m_parts->cache->stop();
}

namespace {

void applyLook(QApplication& app) {
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    // NanumGothic (fonts-nanum) renders Hangul; prefer it for the whole UI when present.
    if (QFontDatabase::families().contains(QStringLiteral("NanumGothic"))) {
        QFont font(QStringLiteral("NanumGothic"));
        font.setPointSize(10);
        app.setFont(font);
    } else {
        qCWarning(lcApp)
            << "font NanumGothic not found: Hangul may not render (install fonts-nanum)";
    }
    QFile qss(QStringLiteral(":/theme/dark.qss"));
    if (qss.open(QIODevice::ReadOnly)) app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

QString cacheOutcomeName(bg::SchemaOutcome o) {
    switch (o) {
        case bg::SchemaOutcome::Created:
            return QStringLiteral("created");
        case bg::SchemaOutcome::Upgraded:
            return QStringLiteral("upgraded");
        case bg::SchemaOutcome::UpToDate:
            return QStringLiteral("upToDate");
        default:
            return {};
    }
}

}  // namespace

void ConsoleApp::wireIncidents() {
    Parts& p = *m_parts;
    p.incidents =
        std::make_unique<bg::IncidentService>(p.store.get(), p.cacheAdapter.get(), p.sync.get());
    // How escalations hand the cameras over: record only (default), a folder, or a gateway URL.
    const QString setting =
        p.settings->value(QStringLiteral("escalation/delivery"), QStringLiteral("record"))
            .toString();
    const auto spec = bg::parseDeliverySpec(setting);
    if (!spec) {
        qCWarning(lcApp).noquote() << spec.error() << "— shares are only recorded";
    } else if (spec.value().kind == bg::DeliverySpec::Kind::File) {
        p.shareDelivery = std::make_unique<bg::FileShareDelivery>(spec.value().target);
    } else if (spec.value().kind == bg::DeliverySpec::Kind::Http) {
        p.shareDelivery =
            std::make_unique<bg::HttpShareDelivery>(p.network.get(), QUrl(spec.value().target));
    }
    p.incidents->setDelivery(p.shareDelivery.get());
    p.incidents->loadFromCache();
}

void ConsoleApp::wireData(const QUrl& hubUrl) {
    Parts& p = *m_parts;
    // The data: what the cache holds first (the console works offline), then the hub.
    p.cacheAdapter = std::make_unique<bg::CacheAdapter>(
        p.cache.get(), [](const QJsonObject& n) { return bg::convertNgsiEntity(n).entity; });

    // Dashboard history: the cache's telemetry, topped up from the hub's temporal API below.
    p.history = std::make_unique<bg::HistorySource>(p.cacheAdapter.get());

    if (hubUrl.isEmpty()) {
        p.alerts = std::make_unique<bg::AlertEngine>(p.store.get(), p.cacheAdapter.get(), nullptr);
        p.alerts->loadFromCache();
        p.alerts->setWatchDevices(false);  // states already alerted before this start
        QVector<bg::Entity> cached;
        for (const bg::HubEntity& e : p.cacheAdapter->loadEntities(bg::ngsiDomainTypes()))
            if (e.domain) cached.append(*e.domain);
        p.store->upsertMany(cached);
        p.alerts->primeDeviceStates();
        p.alerts->setWatchDevices(true);
        wireIncidents();
        return;
    }
    bg::HubClientConfig config;
    config.baseUrl = hubUrl;
    const auto dialect = bg::HubDialect::fromName(
        p.settings->value(QStringLiteral("hub/dialect"), QStringLiteral("etsi")).toString());
    if (dialect) config.dialect = dialect.value();
    p.hub = std::make_unique<bg::HubClient>(p.network.get(), config);
    p.history->setTemporalFetch([hub = p.hub.get()](const QString& id, const QStringList& attrs,
                                                    const QDateTime& from, const QDateTime& to,
                                                    bg::HistorySource::TemporalCallback done) {
        hub->queryTemporal(id, attrs, from, to, 0, std::move(done));
    });
    p.sync = std::make_unique<bg::SyncService>(p.hub.get(), p.store.get(), p.cacheAdapter.get());
    p.sync->setTypes(bg::ngsiDomainTypes());
    // The alert engine exists before the store fills, so it sees every alert and device state.
    p.alerts = std::make_unique<bg::AlertEngine>(p.store.get(), p.cacheAdapter.get(), p.sync.get());
    p.alerts->loadFromCache();
    p.alerts->setWatchDevices(false);  // states already alerted before this start
    p.sync->loadCache();
    p.alerts->primeDeviceStates();
    p.alerts->setWatchDevices(true);
    // A device fault and the hub's own alert about it come in the same sync or notification
    // batch: wait a moment so the operator sees one row, not two.
    p.alerts->setDeviceGraceMs(2000);
    wireIncidents();
    p.endpoint = std::make_unique<bg::NotificationEndpoint>();
    if (const bg::Status s = p.endpoint->listen(); s)
        p.hub->attachEndpoint(p.endpoint.get());
    else
        qCWarning(lcApp).noquote() << "no notifications, polling only:" << s.error();

    // Polling is the fallback when notifications stop coming: a full re-sync after each minute
    // in which nothing was notified.
    p.lastNotified.start();
    QObject::connect(p.hub.get(), &bg::HubPort::notified, p.hub.get(),
                     [&p] { p.lastNotified.restart(); });
    p.pollTimer = std::make_unique<QTimer>();
    QObject::connect(p.pollTimer.get(), &QTimer::timeout, p.sync.get(), [&p] {
        if (p.monitor->state().link == bg::HubLink::Online && p.lastNotified.elapsed() > 60000)
            p.sync->syncAll();
    });
    p.pollTimer->start(60000);

    QObject::connect(p.monitor.get(), &bg::HubMonitor::stateChanged, p.sync.get(),
                     [this](const bg::ConnectionState& state) { onHubState(state); });
}

void ConsoleApp::onHubState(const bg::ConnectionState& state) {
    Parts& p = *m_parts;
    const bool online = state.link == bg::HubLink::Online;
    p.sync->setHubOnline(online);
    if (!online || !p.subscriptionId.isEmpty() || !p.endpoint || p.endpoint->port() == 0) return;
    p.subscriptionId = QStringLiteral("pending");
    p.hub->subscribe(
        bg::ngsiDomainTypes(), {}, p.endpoint->url(), 1, [&p](const bg::Result<QString>& id) {
            p.subscriptionId = id ? id.value() : QString();
            if (id)
                qCInfo(lcApp).noquote() << "subscribed to the hub as" << id.value();
            else
                qCWarning(lcApp).noquote() << "subscription failed, polling:" << id.error();
        });
}

int ConsoleApp::run() {
    Parts& p = *m_parts;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString logPath = QDir(dataDir).filePath(QStringLiteral("logs/bitgoeul.log"));
    if (const bg::Status s = bg::installLogSink({logPath}); !s)
        std::fprintf(stderr, "bitgoeul: %s (logging to stderr only)\n", qPrintable(s.error()));

    p.settings = std::make_unique<QSettings>();
    applyLook(*qApp);

    p.language = std::make_unique<bg::LanguageManager>();
    QString lang = m_options.lang;
    if (lang.isEmpty()) lang = p.settings->value(QStringLiteral("ui/language")).toString();
    if (!bg::LanguageManager::supported().contains(lang))
        lang = bg::LanguageManager::systemDefault();
    p.language->setLanguage(lang);

    // The cache: one writer thread; a corrupt file is moved aside, a newer one refused.
    const QString cachePath = m_options.cachePath.isEmpty()
                                  ? bg::defaultCachePath()
                                  : QFileInfo(m_options.cachePath).absoluteFilePath();
    auto migrations = bg::loadMigrations();
    if (!migrations) {
        std::fprintf(stderr, "bitgoeul: %s\n", qPrintable(migrations.error()));
        return 1;
    }
    p.cache = std::make_unique<bg::CacheWriter>(cachePath, bg::SchemaManager(migrations.value()));
    bg::CacheOpenReport report;
    if (const bg::Status s = p.cache->start(&report); !s) {
        const QString message = report.message.isEmpty() ? s.error() : report.message;
        std::fprintf(stderr, "bitgoeul: %s\n", qPrintable(message));
        if (m_options.screenshotPath.isEmpty())
            QMessageBox::critical(nullptr, QObject::tr("Bitgoeul Console"),
                                  QObject::tr("The cache file cannot be used:\n%1").arg(message));
        return 1;
    }
    qCInfo(lcApp).noquote() << report.message;

    p.store = std::make_unique<bg::EntityStore>();
    // One thread drives every live source's GStreamer state changes, never the GUI thread.
    p.videoThread = std::make_unique<QThread>();
    p.videoThread->setObjectName(QStringLiteral("video-control"));
    p.videoThread->start();
    p.network = std::make_unique<QNetworkAccessManager>();

    // The hub: --hub, else --demo, else the saved hub, else the embedded default.
    QUrl hubUrl = m_options.hubUrl;
    QString hubSource = QStringLiteral("command line");
    if (hubUrl.isEmpty() && !m_options.demo) {
        hubUrl = QUrl(p.settings->value(QStringLiteral("hub/url")).toString());
        hubSource = QStringLiteral("settings");
    }
    if (hubUrl.isEmpty() || m_options.demo) {
        hubSource = QStringLiteral("demo");
        p.sim = std::make_unique<SimLauncher>();
        auto started = p.sim->startAndWait();
        if (started) {
            hubUrl = started.value();
        } else {
            qCCritical(lcApp).noquote() << "embedded simulator:" << started.error();
            hubUrl.clear();
        }
    }
    if (!hubUrl.isEmpty()) p.probe = std::make_unique<bg::HttpHubProbe>(p.network.get(), hubUrl);
    p.monitor = std::make_unique<bg::HubMonitor>(p.probe.get());
    wireData(hubUrl);

    bg::SystemInfo info;
    info.appVersion = QCoreApplication::applicationVersion();
    info.qtVersion = QStringLiteral("Qt %1").arg(QLatin1String(qVersion()));
    info.gstreamerVersion = bg::gstreamerVersion();
    info.opencvVersion = bg::opencvVersion();
    info.hubDisplay = hubUrl.isEmpty() ? QString() : bg::redactedUrl(hubUrl);
    info.hubSource = hubUrl.isEmpty() ? QString() : hubSource;
    info.cachePath = cachePath;
    info.cacheSchemaVersion = report.schema.toVersion;
    info.cacheOutcome = report.movedAsidePath.isEmpty() ? cacheOutcomeName(report.schema.outcome)
                                                        : QStringLiteral("movedAside");
    info.cacheFromVersion = report.schema.fromVersion;
    info.cacheMovedAsidePath = report.movedAsidePath;
    info.logPath = logPath;

    // Detection on the wall's tiles: YOLOX-Nano from the shared data (installed: share/bitgoeul),
    // the motion fallback with a warning when the model cannot be loaded.
    p.analytics = std::make_unique<bg::AnalyticsEngine>();
    if (!p.analytics->detectorWarning().isEmpty())
        qCWarning(lcApp).noquote() << p.analytics->detectorWarning();
    bg::MainWindowContext context;
    context.store = p.store.get();
    context.hub = p.monitor.get();
    context.language = p.language.get();
    context.settings = p.settings.get();
    context.info = info;
    context.videoThread = p.videoThread.get();
    context.analytics = p.analytics.get();
    context.alerts = p.alerts.get();
    context.history = p.history.get();
    context.user =
        p.settings->value(QStringLiteral("user/name"), qEnvironmentVariable("USER")).toString();
    if (context.user.isEmpty()) context.user = QStringLiteral("operator");
    context.incidents = p.incidents.get();
    p.selective = std::make_unique<bg::SelectiveMonitor>(p.store.get(), p.alerts.get());
    context.selective = p.selective.get();
    context.shiftReport = [&p](const QDateTime& from, const QDateTime& to) {
        bg::ShiftReport r = bg::buildShiftReport(p.cacheAdapter->loadAlerts(),
                                                 p.cacheAdapter->loadTransitions(), from, to);
        bg::addIncidents(r, p.incidents->incidents(), p.incidents->shares());
        return r;
    };
    p.window = std::make_unique<bg::MainWindow>(context);
    p.window->restoreFromSettings();
    if (!m_options.page.isEmpty()) p.window->showPage(m_options.page);
    if (m_options.selective && p.window->wallPage()) p.window->wallPage()->setSelectiveMode(true);
    if (!m_options.dashboard.isEmpty())
        if (auto* dashboards = p.window->findChild<bg::DashboardsPage*>())
            dashboards->showSection(m_options.dashboard);
    // Pictures for documentation and checks have one size, whatever the screen or settings.
    if (!m_options.screenshotPath.isEmpty()) p.window->resize(1600, 960);
    p.window->show();
    p.monitor->start();

    int exitCode = 0;
    if (!m_options.screenshotPath.isEmpty()) {
        QTimer::singleShot(int(m_options.screenshotAfterS * 1000), p.window.get(), [&] {
            const QString path = m_options.screenshotPath;
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (p.window->grab().save(path, "PNG")) {
                qCInfo(lcApp).noquote() << "screenshot saved to" << path;
            } else {
                std::fprintf(stderr, "bitgoeul: cannot write screenshot %s\n", qPrintable(path));
                exitCode = 1;
            }
            p.window->close();
            QCoreApplication::exit(exitCode);
        });
    }
    const int status = QApplication::exec();
    return exitCode ? exitCode : status;
}
