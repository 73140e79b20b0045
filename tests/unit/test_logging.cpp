// The log sink: line format with Asia/Seoul time and the category, rotation by size keeping N
// files, and QT_LOGGING_RULES-style filters still deciding what is written.
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestCache, "bitgoeul.cache")

using namespace bg;

class TestLogging : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineFormat() {
        const QDateTime t(QDate(2026, 11, 25), QTime(2, 28, 17, 123), Qt::UTC);
        QCOMPARE(formatLogLine(QtWarningMsg, "bitgoeul.cache", QStringLiteral("disk full"), t),
                 QByteArray("2026-11-25T11:28:17.123+09:00 W bitgoeul.cache: disk full"));
        QCOMPARE(formatLogLine(QtInfoMsg, nullptr, QStringLiteral("x"), t),
                 QByteArray("2026-11-25T11:28:17.123+09:00 I default: x"));
    }

    void rotatesBySizeKeepingN() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("logs/bitgoeul.log"));
        RotatingLogFile file(path, 1024, 3);
        QVERIFY(file.open());
        const QByteArray line(100, 'x');
        for (int i = 0; i < 100; ++i) file.write(QByteArray::number(i) + ':' + line + '\n');
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".4")));
        for (const QString& p : {path, path + QStringLiteral(".1"), path + QStringLiteral(".2")})
            QVERIFY2(QFileInfo(p).size() <= 1024, qPrintable(p));
        QFile last(path);
        QVERIFY(last.open(QIODevice::ReadOnly));
        QVERIFY(last.readAll().contains("99:"));  // the newest line is in the live file
    }

    void sinkWritesFilteredMessages() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bitgoeul.log"));
        QVERIFY(installLogSink({path, 1 << 20, 2, false}));
        QLoggingCategory::setFilterRules(QStringLiteral("bitgoeul.cache.debug=false"));
        qCWarning(lcTestCache) << "kept warning";
        qCDebug(lcTestCache) << "filtered debug";
        QLoggingCategory::setFilterRules(QStringLiteral("bitgoeul.cache.debug=true"));
        qCDebug(lcTestCache) << "enabled debug";
        uninstallLogSink();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        QVERIFY(all.contains(" W bitgoeul.cache: kept warning"));
        QVERIFY(!all.contains("filtered debug"));
        QVERIFY(all.contains(" D bitgoeul.cache: enabled debug"));
    }

    void unwritableFileIsReported() {
        const Status s =
            installLogSink({QStringLiteral("/proc/bitgoeul/cannot.log"), 1024, 1, false});
        QVERIFY(!s);
        QVERIFY(s.error().contains(u"/proc/bitgoeul/cannot.log"));
        uninstallLogSink();
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "test_logging.moc"
