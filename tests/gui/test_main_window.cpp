// The main window: every page in Korean and in English with no untranslated text or leftover
// placeholder, runtime language switching, the offline banner driven by a real (refused) HTTP
// probe, geometry and last page remembered, the Admin page's hub setting and the About box.
#include "core/entity_store.h"
#include "hub/http_hub_probe.h"
#include "services/hub_monitor.h"
#include "ui/about_dialog.h"
#include "ui/admin_page.h"
#include "ui/language_manager.h"
#include "ui/main_window.h"
#include "ui/models/data_sources_model.h"
#include "ui/page.h"
#include "widgets/status_pill.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {

/// Every text a person can see in `root` right now: labels, buttons, group titles, menus,
/// the window title, placeholders of line edits, combo items.
QStringList visibleTexts(QWidget* root) {
    QStringList out;
    out << root->windowTitle();
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(root)) continue;
        if (auto* l = qobject_cast<QLabel*>(w)) out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w)) out << b->text();
        if (auto* g = qobject_cast<QGroupBox*>(w)) out << g->title();
        if (auto* e = qobject_cast<QLineEdit*>(w)) out << e->placeholderText();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) out << c->itemText(i);
    }
    if (auto* mw = qobject_cast<QMainWindow*>(root)) {
        for (QAction* menu : mw->menuBar()->actions()) {
            out << menu->text();
            if (menu->menu())
                for (QAction* a : menu->menu()->actions()) out << a->text();
        }
    }
    out.removeAll(QString());
    return out;
}

/// Latin words a Korean screen may show: names, acronyms, units, and things that are not words
/// (URLs, paths, versions are skipped before this list is consulted).
const QSet<QString> kAllowedLatin = {
    QStringLiteral("Bitgoeul"),  QStringLiteral("Console"), QStringLiteral("English"),
    QStringLiteral("CCTV"),      QStringLiteral("AI"),      QStringLiteral("EV"),
    QStringLiteral("RE100"),     QStringLiteral("KST"),     QStringLiteral("Ctrl"),
    QStringLiteral("NGSI"),      QStringLiteral("LD"),      QStringLiteral("Qt"),
    QStringLiteral("GStreamer"), QStringLiteral("OpenCV"),  QStringLiteral("SQLite"),
    QStringLiteral("libsodium"), QStringLiteral("PV"),      QStringLiteral("bitgoeul"),
    QStringLiteral("sim"),       QStringLiteral("http"),    QStringLiteral("https"),
    QStringLiteral("hub"),       QStringLiteral("example"), QStringLiteral("Enter"),
    QStringLiteral("Esc"),       QStringLiteral("kW"),      QStringLiteral("kWh"),
    QStringLiteral("PM10"),      QStringLiteral("CSV"),     QStringLiteral("PNG"),
    QStringLiteral("Shift"),     QStringLiteral("PDF")};  // + key names

QStringList untranslated(const QStringList& texts) {
    QStringList bad;
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]+"));
    static const QRegularExpression skip(
        QStringLiteral("(https?://\\S+|/[\\w./-]+|\\b\\d+\\.\\d+(\\.\\d+)?\\b|\\w+\\.\\w+)"));
    for (const QString& t : texts) {
        if (t.contains(QRegularExpression(QStringLiteral("%\\d"))) ||
            t.contains(u"TODO", Qt::CaseInsensitive) || t.contains(u"lorem", Qt::CaseInsensitive) ||
            t.contains(u"placeholder", Qt::CaseInsensitive)) {
            bad << t;
            continue;
        }
        QString stripped = t;
        stripped.remove(skip);
        auto it = word.globalMatch(stripped);
        while (it.hasNext()) {
            const QString w = it.next().captured();
            if (!kAllowedLatin.contains(w)) {
                bad << QStringLiteral("'%1' in: %2").arg(w, t);
                break;
            }
        }
    }
    return bad;
}

bool hasHangul(const QString& s) {
    for (QChar c : s)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3) return true;
    return false;
}

/// Switches the language and delivers the LanguageChange events Qt posts to the windows.
bool switchLanguage(LanguageManager& language, const char* lang) {
    const bool ok = language.setLanguage(QString::fromLatin1(lang));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    return ok;
}

/// With BITGOEUL_TEST_SHOTS=DIR set, saves what the test looked at, for a person to look at too.
void keepShot(QWidget* w, const QString& name) {
    const QString dir = qEnvironmentVariable("BITGOEUL_TEST_SHOTS");
    if (!dir.isEmpty()) w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

quint16 closedPort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();  // closed again when s goes out of scope
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    SystemInfo info() const {
        SystemInfo i;
        i.appVersion = QStringLiteral("0.1.0");
        i.qtVersion = QStringLiteral("Qt 6.4.2");
        i.gstreamerVersion = QStringLiteral("GStreamer 1.22.0");
        i.opencvVersion = QStringLiteral("OpenCV 4.6.0");
        i.cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        i.cacheSchemaVersion = 2;
        i.cacheOutcome = QStringLiteral("created");
        i.logPath = m_dir.filePath(QStringLiteral("bitgoeul.log"));
        return i;
    }

private Q_SLOTS:
    void everyPageInBothLanguages() {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        LanguageManager language;
        QVERIFY(switchLanguage(language, "ko"));
        EntityStore store;
        MainWindow window({&store, nullptr, &language, &settings, info()});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageCount(), 6);

        QStringList koTitles;
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            QCOMPARE(window.currentPage(), window.page(i));
            QVERIFY(window.page(i)->isVisible());
            const QStringList texts = visibleTexts(&window);
            const QStringList bad = untranslated(texts);
            QVERIFY2(bad.isEmpty(),
                     qPrintable(QStringLiteral("page %1 (ko): %2")
                                    .arg(window.page(i)->pageName(), bad.join(u" | "))));
            QVERIFY2(hasHangul(window.page(i)->title()), qPrintable(window.page(i)->title()));
            koTitles << window.page(i)->title();
        }

        QVERIFY(switchLanguage(language, "en"));
        QStringList enTitles;
        for (int i = 0; i < window.pageCount(); ++i) {
            window.showPage(i);
            for (const QString& t : visibleTexts(&window)) {
                // In English only the language selector names Korean (in Korean).
                QVERIFY2(
                    !hasHangul(t) || t == u"한국어" || t.contains(u"통계청"),
                    qPrintable(
                        QStringLiteral("page %1 (en): %2").arg(window.page(i)->pageName(), t)));
                QVERIFY2(!t.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(t));
            }
            enTitles << window.page(i)->title();
        }
        QCOMPARE(enTitles, (QStringList{QStringLiteral("Map"), QStringLiteral("Video wall"),
                                        QStringLiteral("Dashboards"), QStringLiteral("Alerts"),
                                        QStringLiteral("Playback"), QStringLiteral("Admin")}));
        QVERIFY(koTitles != enTitles);
        QVERIFY(!hasHangul(window.windowTitle()));

        QVERIFY(switchLanguage(language, "ko"));  // and back, live
        QVERIFY(hasHangul(window.windowTitle()));
        QVERIFY(!switchLanguage(language, "fr"));
        QCOMPARE(language.language(), QStringLiteral("ko"));
    }

    void pendingPagesSaySoPlainly() {
        LanguageManager language;
        QVERIFY(switchLanguage(language, "en"));
        MainWindow window({nullptr, nullptr, &language, nullptr, info()});
        window.show();
        QVERIFY(window.showPage(QStringLiteral("playback")));
        const QString all = visibleTexts(&window).join(u'\n');
        QVERIFY2(all.contains(u"not available yet"), qPrintable(all));
    }

    void offlineBannerFromARealRefusedProbe() {
        LanguageManager language;
        QVERIFY(switchLanguage(language, "ko"));
        QNetworkAccessManager nam;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        HttpHubProbe probe(&nam, url, QStringLiteral("/ngsi-ld/v1"), 2000);
        HubMonitor monitor(&probe, nullptr, 200, 1000);
        SystemInfo i = info();
        i.hubDisplay = url.toString();
        MainWindow window({nullptr, &monitor, &language, nullptr, i});
        window.show();
        QVERIFY(!window.offlineBanner()->isVisible());
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.offlineBanner()->isVisible(), 10000);
        QCOMPARE(window.hubStatus()->tone(), StatusPill::Tone::Bad);
        QVERIFY2(hasHangul(window.hubStatus()->text()), qPrintable(window.hubStatus()->text()));
        QVERIFY(window.hubStatus()->toolTip().contains(url.toString()));
        QVERIFY(
            untranslated({window.offlineBanner()->text(), window.hubStatus()->text()}).isEmpty());
        QVERIFY(switchLanguage(language, "en"));
        QVERIFY2(window.hubStatus()->text().startsWith(u"Offline since "),
                 qPrintable(window.hubStatus()->text()));
        QVERIFY(window.offlineBanner()->text().contains(u"cached data"));
    }

    void rememberGeometryAndLastPage() {
        const QString ini = m_dir.filePath(QStringLiteral("remember.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            MainWindow window({nullptr, nullptr, nullptr, &settings, info()});
            window.show();
            window.resize(1100, 700);
            QVERIFY(window.showPage(QStringLiteral("dashboards")));
            window.close();
        }
        QSettings settings(ini, QSettings::IniFormat);
        MainWindow window({nullptr, nullptr, nullptr, &settings, info()});
        window.restoreFromSettings();
        QCOMPARE(window.currentPage()->pageName(), QStringLiteral("dashboards"));
        QCOMPARE(window.size(), QSize(1100, 700));
    }

    void adminPageHubSetting() {
        QSettings settings(m_dir.filePath(QStringLiteral("admin.ini")), QSettings::IniFormat);
        LanguageManager language;
        QVERIFY(switchLanguage(language, "en"));
        AdminPage page(info(), &language, &settings);
        QVERIFY(page.saveHubUrl(QStringLiteral("hub.example:1026")).startsWith(u"Not saved"));
        QVERIFY(!settings.contains(QStringLiteral("hub/url")));
        QVERIFY(page.saveHubUrl(QStringLiteral("https://ops:pw@hub.example:1026"))
                    .startsWith(u"Saved"));
        QCOMPARE(settings.value(QStringLiteral("hub/url")).toString(),
                 QStringLiteral("https://ops:pw@hub.example:1026"));
        QVERIFY(
            !page.saveHubUrl(QStringLiteral("https://ops:pw@hub.example:1026")).contains(u"pw"));
        page.saveHubUrl(QString());
        QVERIFY(!settings.contains(QStringLiteral("hub/url")));

        // Choosing a language in the combo switches the whole UI and is remembered.
        auto* combo = page.findChild<QComboBox*>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ko")));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(language.language(), QStringLiteral("ko"));
        QCOMPARE(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
        QVERIFY(hasHangul(page.title()));

        // The attention threshold is kept and announced.
        auto* minutes = page.findChild<QSpinBox*>(QStringLiteral("attentionMinutes"));
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 15);
        QSignalSpy changed(&page, &AdminPage::attentionMinutesChanged);
        minutes->setValue(30);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(settings.value(QStringLiteral("attention/minutes")).toInt(), 30);
    }

    void aboutListsEveryDataSource() {
        LanguageManager language;
        QVERIFY(switchLanguage(language, "ko"));
        AboutDialog about(info(), QStringLiteral("ko"));
        about.show();
        about.resize(1200, 640);
        QVERIFY(about.sourcesModel()->rowCount() >= 9);
        keepShot(&about, QStringLiteral("about-ko"));
        const QString texts = visibleTexts(&about).join(u'\n');
        QVERIFY2(untranslated(visibleTexts(&about)).isEmpty(),
                 qPrintable(untranslated(visibleTexts(&about)).join(u" | ")));
        QVERIFY(hasHangul(about.windowTitle()));
        QStringList attributions;
        for (int r = 0; r < about.sourcesModel()->rowCount(); ++r)
            attributions << about.sourcesModel()
                                ->index(r, DataSourcesModel::AttributionColumn)
                                .data()
                                .toString();
        QVERIFY(attributions.join(u'\n').contains(u"vuski/admdongkor"));
        QVERIFY(attributions.join(u'\n').contains(u"국가교통정보센터 표준노드링크"));
        QVERIFY(!texts.isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
