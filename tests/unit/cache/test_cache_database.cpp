#include "cache/cache_database.h"
#include "cache/schema_manager.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString pragma(QSqlDatabase& db, const QString& name) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1").arg(name)) || !q.next()) return {};
    return q.value(0).toString();
}

QStringList corruptFiles(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files);
}

}  // namespace

class TestCacheDatabase : public QObject {
    Q_OBJECT

private:
    SchemaManager m_schema{{}};

    // A real cache with enough rows to span many pages.
    void makeCacheWithRows(const QString& path, int rows) {
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        ScopedConnection conn = std::move(c).value();
        QSqlQuery q(conn.db());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QVERIFY(
            q.prepare(QStringLiteral("INSERT INTO entities (id, type, json) VALUES (?, 'T', ?)")));
        for (int i = 0; i < rows; ++i) {
            q.addBindValue(QStringLiteral("urn:ngsi-ld:T:%1").arg(i));
            q.addBindValue(QString(200, QLatin1Char('x')));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
    }

private Q_SLOTS:
    void initTestCase() {
        const Result<QVector<Migration>> loaded = loadMigrations();
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
        m_schema = SchemaManager(loaded.value());
    }

    void freshCacheInNewFolderIsWal() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/cache.sqlite"));
        CacheOpenReport report;
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema, &report);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        ScopedConnection conn = std::move(c).value();
        QCOMPARE(report.path, path);
        QCOMPARE(report.schema.outcome, SchemaOutcome::Created);
        QVERIFY(report.movedAsidePath.isEmpty());
        QCOMPARE(pragma(conn.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(conn.db(), QStringLiteral("synchronous")), QStringLiteral("1"));  // NORMAL
        QCOMPARE(pragma(conn.db(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QVERIFY(pragma(conn.db(), QStringLiteral("busy_timeout")).toInt() > 0);

        // WAL is a property of the file: a separate reader sees it too.
        Result<ScopedConnection> r = openReadConnection(path);
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        ScopedConnection reader = std::move(r).value();
        QCOMPARE(pragma(reader.db(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
    }

    void corruptFileIsMovedAside_data() {
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random(16384, '\0');
        QRandomGenerator rng(42);
        for (char& b : random) b = char(rng.bounded(256));
        QTest::newRow("random bytes") << random;
        QTest::newRow("text file") << QByteArray("id,type\nurn:1,Camera\nthis is not a database\n");
        QTest::newRow("long text file") << QByteArray("not sqlite; ").repeated(2000);
    }

    void corruptFileIsMovedAside() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(writeFile(path, bytes));

        CacheOpenReport report;
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema, &report);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        checkMovedAside(dir, path, bytes, report, std::move(c).value());
    }

    void damagedPagesAreMovedAside() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        makeCacheWithRows(path, 500);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));  // checkpointed at close
        QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Keep the header valid, overwrite the pages after the first: only a check finds it.
        for (qsizetype i = 4096; i < 4 * 4096; ++i) bytes[i] = char(0xA5);
        QVERIFY(writeFile(path, bytes));

        CacheOpenReport report;
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema, &report);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        checkMovedAside(dir, path, bytes, report, std::move(c).value());
    }

    void emptyOrTruncatedFileCountsAsEmpty_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("zero length") << QByteArray();
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10\0\x01\x01", 20);
    }

    void emptyOrTruncatedFileCountsAsEmpty() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        QVERIFY(writeFile(path, bytes));
        CacheOpenReport report;
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema, &report);
        QVERIFY2(c.isOk(), qPrintable(c.error()));
        QCOMPARE(report.schema.outcome, SchemaOutcome::Created);
        QVERIFY(report.movedAsidePath.isEmpty());
        QVERIFY(corruptFiles(dir).isEmpty());
    }

    void newerFileIsRefusedAndNotMoved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        makeCacheWithRows(path, 3);
        {
            Result<ScopedConnection> c = openCacheForWriting(path, m_schema);
            QVERIFY(c.isOk());
            ScopedConnection conn = std::move(c).value();
            QSqlQuery q(conn.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        const QByteArray before = fileBytes(path);

        CacheOpenReport report;
        Result<ScopedConnection> c = openCacheForWriting(path, m_schema, &report);
        QVERIFY(!c.isOk());
        QCOMPARE(report.schema.outcome, SchemaOutcome::NewerThanApp);
        QVERIFY2(c.error().contains(QLatin1String("schema version 5")), qPrintable(c.error()));
        QVERIFY2(c.error().contains(QLatin1String("program's 3")), qPrintable(c.error()));
        QVERIFY(report.movedAsidePath.isEmpty());
        QVERIFY(corruptFiles(dir).isEmpty());
        QCOMPARE(fileBytes(path), before);
    }

    void readConnectionIsReadOnlyAndRemoved() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        makeCacheWithRows(path, 2);
        QString name;
        {
            Result<ScopedConnection> r = openReadConnection(path);
            QVERIFY2(r.isOk(), qPrintable(r.error()));
            ScopedConnection reader = std::move(r).value();
            name = reader.connectionName();
            QVERIFY(QSqlDatabase::contains(name));
            QSqlQuery q(reader.db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entities")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM entities")));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("readonly")),
                     qPrintable(q.lastError().text()));
        }
        QVERIFY(!QSqlDatabase::contains(name));

        const Result<ScopedConnection> missing =
            openReadConnection(dir.filePath(QStringLiteral("nope.sqlite")));
        QVERIFY(!missing.isOk());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
    }

private:
    void checkMovedAside(const QTemporaryDir& dir, const QString& path, const QByteArray& original,
                         const CacheOpenReport& report, ScopedConnection conn) {
        static const QRegularExpression kName(
            QStringLiteral("^cache\\.sqlite\\.corrupt-\\d{8}-\\d{6}$"));
        QVERIFY2(!report.movedAsidePath.isEmpty(), qPrintable(report.message));
        QVERIFY2(kName.match(QFileInfo(report.movedAsidePath).fileName()).hasMatch(),
                 qPrintable(report.movedAsidePath));
        QCOMPARE(corruptFiles(dir).size(), 1);
        QCOMPARE(fileBytes(report.movedAsidePath), original);
        QVERIFY2(report.message.contains(report.movedAsidePath), qPrintable(report.message));
        QCOMPARE(report.schema.outcome, SchemaOutcome::Created);

        // The fresh cache is usable.
        QSqlQuery q(conn.db());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM entities")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(fileBytes(path).startsWith(QByteArray("SQLite format 3", 16)));
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "test_cache_database.moc"
