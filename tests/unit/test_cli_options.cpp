// Command lines of bitgoeul and bitgoeulctl: every bad option or value is a one-line error that
// names it; good ones fill the options. (Exit status 2 is checked on the real programs in
// tests/integration/test_executables.cpp.)
#include "cli/console_options.h"
#include "cli/ctl_options.h"

#include <QTest>

using namespace bg;

namespace {
QStringList args(std::initializer_list<const char*> a) {
    QStringList out{QStringLiteral("bitgoeul")};
    for (const char* s : a) out << QString::fromUtf8(s);
    return out;
}
}  // namespace

class TestCliOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void consoleGood() {
        auto r = parseConsoleOptions(
            args({"--demo", "--screenshot", "/tmp/s.png", "--screenshot-after", "2.5", "--lang",
                  "EN", "--page", "admin", "--cache", "/tmp/c.sqlite", "--dashboard", "Mega"}));
        QVERIFY2(r, qPrintable(r.error()));
        QVERIFY(r.value().demo);
        QCOMPARE(r.value().screenshotPath, QStringLiteral("/tmp/s.png"));
        QCOMPARE(r.value().screenshotAfterS, 2.5);
        QCOMPARE(r.value().lang, QStringLiteral("en"));
        QCOMPARE(r.value().page, QStringLiteral("admin"));
        QCOMPARE(r.value().cachePath, QStringLiteral("/tmp/c.sqlite"));
        QCOMPARE(r.value().dashboard, QStringLiteral("mega"));

        r = parseConsoleOptions(args({"--hub", "https://user:pw@hub.example:1026/base"}));
        QVERIFY(r);
        QCOMPARE(r.value().hubUrl.host(), QStringLiteral("hub.example"));
        QCOMPARE(parseConsoleOptions(args({"--version"})).value().action,
                 ConsoleOptions::Action::Version);
        r = parseConsoleOptions(args({"--help"}));
        QCOMPARE(r.value().action, ConsoleOptions::Action::Help);
        QVERIFY(r.value().helpText.contains(u"--screenshot-after"));
    }

    void consoleErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << args({"--frobnicate"}) << "frobnicate";
        QTest::newRow("missing value") << args({"--hub"}) << "hub";
        QTest::newRow("bad lang") << args({"--lang", "fr"}) << "--lang must be ko or en, not 'fr'";
        QTest::newRow("bad hub scheme") << args({"--hub", "ftp://x"}) << "--hub";
        QTest::newRow("hub without host") << args({"--hub", "http://"}) << "--hub";
        QTest::newRow("demo and hub") << args({"--demo", "--hub", "http://h:1"}) << "--demo";
        QTest::newRow("bad seconds")
            << args({"--screenshot", "a.png", "--screenshot-after", "soon"})
            << "--screenshot-after";
        QTest::newRow("negative seconds")
            << args({"--screenshot", "a.png", "--screenshot-after", "-1"}) << "--screenshot-after";
        QTest::newRow("after without shot") << args({"--screenshot-after", "3"}) << "--screenshot";
        QTest::newRow("shot not png") << args({"--screenshot", "a.jpg"}) << "a.jpg";
        QTest::newRow("bad page") << args({"--page", "kitchen"}) << "kitchen";
        QTest::newRow("bad dashboard") << args({"--dashboard", "weather"}) << "--dashboard";
        QTest::newRow("positional") << args({"extra"}) << "extra";
        QTest::newRow("empty cache") << args({"--cache", ""}) << "--cache";
    }
    void consoleErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto r = parseConsoleOptions(arguments);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
        QVERIFY(r.error().startsWith(u"bitgoeul: "));
        QVERIFY(!r.error().contains(u'\n'));  // one line
    }

    void ctlGood() {
        auto r = parseCtlOptions({QStringLiteral("bitgoeulctl"), QStringLiteral("cache"),
                                  QStringLiteral("info"), QStringLiteral("--cache"),
                                  QStringLiteral("/tmp/c.sqlite"), QStringLiteral("--format"),
                                  QStringLiteral("json")});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value().command, QStringLiteral("cache"));
        QCOMPARE(r.value().subcommand, QStringLiteral("info"));
        QCOMPARE(r.value().format, QStringLiteral("json"));
        r = parseCtlOptions({QStringLiteral("bitgoeulctl"), QStringLiteral("diag")});
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r.value().format, QStringLiteral("text"));
    }

    void ctlErrors_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString p = QStringLiteral("bitgoeulctl");
        QTest::newRow("no command") << QStringList{p} << "no command";
        QTest::newRow("unknown command") << QStringList{p, QStringLiteral("frob")} << "'frob'";
        QTest::newRow("missing subcommand")
            << QStringList{p, QStringLiteral("cache")} << "needs a subcommand";
        QTest::newRow("unknown subcommand")
            << QStringList{p, QStringLiteral("cache"), QStringLiteral("eat")} << "'cache eat'";
        QTest::newRow("missing cache")
            << QStringList{p, QStringLiteral("cache"), QStringLiteral("info")} << "--cache FILE";
        QTest::newRow("bad format")
            << QStringList{p, QStringLiteral("diag"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << "'xml'";
        QTest::newRow("extra argument")
            << QStringList{p, QStringLiteral("diag"), QStringLiteral("now")} << "'now'";
        QTest::newRow("unknown option")
            << QStringList{p, QStringLiteral("diag"), QStringLiteral("--fast")} << "fast";
    }
    void ctlErrors() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const auto r = parseCtlOptions(arguments);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(mentions), qPrintable(r.error()));
        QVERIFY(r.error().startsWith(u"bitgoeulctl: "));
        QVERIFY(!r.error().contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestCliOptions)
#include "test_cli_options.moc"
