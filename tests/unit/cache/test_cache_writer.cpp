#include "cache/cache_database.h"
#include "cache/cache_writer.h"
#include "cache/schema_manager.h"
#include "cache/sql_support.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace bg;

namespace {

// Collects the writer's signals, which arrive on the writer thread (direct connection).
struct SignalLog {
    QMutex mutex;
    QStringList failedLabels;
    QStringList failedMessages;
    QStringList storageErrors;
    int recovered = 0;

    void attach(CacheWriter& writer) {
        QObject::connect(&writer, &CacheWriter::writeFailed,
                         [this](const QString& label, const QString& message) {
                             QMutexLocker lock(&mutex);
                             failedLabels << label;
                             failedMessages << message;
                         });
        QObject::connect(&writer, &CacheWriter::storageError, [this](const QString& message) {
            QMutexLocker lock(&mutex);
            storageErrors << message;
        });
        QObject::connect(&writer, &CacheWriter::storageRecovered, [this] {
            QMutexLocker lock(&mutex);
            ++recovered;
        });
    }
};

WriteOp insertSetting(const QString& key, const QString& value) {
    return [key, value](QSqlDatabase& db) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        q.addBindValue(key);
        q.addBindValue(value);
        return sql::exec(q, QStringLiteral("insert setting %1").arg(key));
    };
}

int countRows(QSqlDatabase& db, const QString& table, QString* error = nullptr) {
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next()) {
        if (error) *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool hasSetting(QSqlDatabase& db, const QString& key) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next();
}

}  // namespace

class TestCacheWriter : public QObject {
    Q_OBJECT

private:
    QVector<Migration> m_migrations;
    QTemporaryDir m_dir;
    int m_fileNumber = 0;

    QString newPath() {
        return m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_fileNumber));
    }

    ScopedConnection reader(const QString& path) {
        Result<ScopedConnection> r = openReadConnection(path);
        if (!r) qFatal("%s", qPrintable(r.error()));
        return std::move(r).value();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Result<QVector<Migration>> loaded = loadMigrations();
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
        m_migrations = loaded.value();
    }

    void startReportsTheOpen() {
        CacheWriter writer(newPath(), SchemaManager(m_migrations));
        CacheOpenReport report;
        QVERIFY(writer.start(&report));
        QVERIFY(writer.isRunning());
        QCOMPARE(report.schema.outcome, SchemaOutcome::Created);
        QVERIFY(!writer.start());  // only once
    }

    void startFailsOnANewerFileAndRefusesOps() {
        const QString path = newPath();
        {
            CacheWriter writer(path, SchemaManager(m_migrations));
            QVERIFY(writer.start());
            writer.submit(QStringLiteral("bump"), [](QSqlDatabase& db) {
                return sql::exec(db, QStringLiteral("PRAGMA user_version = 7"));
            });
        }
        CacheWriter writer(path, SchemaManager(m_migrations));
        CacheOpenReport report;
        const Status started = writer.start(&report);
        QVERIFY(!started);
        QCOMPARE(report.schema.outcome, SchemaOutcome::NewerThanApp);
        QVERIFY2(started.error().contains(QLatin1String("schema version 7")),
                 qPrintable(started.error()));
        QVERIFY(!writer.isRunning());
        QVERIFY(!writer.submit(QStringLiteral("late"), insertSetting(QStringLiteral("x"), {})));
    }

    void manyOpsCommitInFewBatches() {
        const QString path = newPath();
        CacheWriter writer(path, SchemaManager(m_migrations));
        QVERIFY(writer.start());
        std::thread producer([&writer] {
            for (int i = 0; i < 1000; ++i)
                writer.submit(QStringLiteral("setting %1").arg(i),
                              insertSetting(QStringLiteral("k%1").arg(i), QString::number(i)));
        });
        producer.join();
        QVERIFY(writer.flush());
        QCOMPARE(writer.opsCommitted(), 1000);
        QCOMPARE(writer.opsFailed(), 0);
        QVERIFY2(writer.batchesCommitted() <= 50,
                 qPrintable(QString::number(writer.batchesCommitted())));
        QVERIFY(writer.batchesCommitted() >= 2);  // maxBatch 500 splits 1000 ops
        ScopedConnection r = reader(path);
        QCOMPARE(countRows(r.db(), QStringLiteral("settings")), 1000);
    }

    void failingOpIsRolledBackAlone() {
        const QString path = newPath();
        CacheWriterOptions options;
        options.batchWindowMs = 300;  // all three ops surely land in one batch
        CacheWriter writer(path, SchemaManager(m_migrations), options);
        SignalLog log;
        log.attach(writer);
        QVERIFY(writer.start());

        writer.submit(QStringLiteral("first"),
                      insertSetting(QStringLiteral("a"), QStringLiteral("1")));
        writer.submit(QStringLiteral("bad entity"), [](QSqlDatabase& db) -> Status {
            // A write that lands before the failure must be undone with it.
            if (Status s = insertSetting(QStringLiteral("partial"), QStringLiteral("x"))(db); !s)
                return s;
            return sql::exec(db, QStringLiteral("INSERT INTO entities (id, type, json) "
                                                "VALUES ('urn:x', NULL, '{}')"));
        });
        writer.submit(QStringLiteral("third"),
                      insertSetting(QStringLiteral("c"), QStringLiteral("3")));
        QVERIFY(writer.flush());

        QCOMPARE(writer.batchesCommitted(), 1);
        QCOMPARE(writer.opsCommitted(), 2);
        QCOMPARE(writer.opsFailed(), 1);
        {
            QMutexLocker lock(&log.mutex);
            QCOMPARE(log.failedLabels, QStringList{QStringLiteral("bad entity")});
            QVERIFY2(log.failedMessages.value(0).contains(QLatin1String("NOT NULL")),
                     qPrintable(log.failedMessages.value(0)));
            QVERIFY(log.storageErrors.isEmpty());
        }
        ScopedConnection r = reader(path);
        QVERIFY(hasSetting(r.db(), QStringLiteral("a")));
        QVERIFY(hasSetting(r.db(), QStringLiteral("c")));
        QVERIFY(!hasSetting(r.db(), QStringLiteral("partial")));
        QCOMPARE(countRows(r.db(), QStringLiteral("entities")), 0);
    }

    void readerSeesCommittedStateWithoutWaiting() {
        const QString path = newPath();
        CacheWriter writer(path, SchemaManager(m_migrations));
        QVERIFY(writer.start());
        writer.submit(QStringLiteral("old"),
                      insertSetting(QStringLiteral("old"), QStringLiteral("1")));
        QVERIFY(writer.flush());
        ScopedConnection r = reader(path);
        QCOMPARE(countRows(r.db(), QStringLiteral("settings")), 1);

        QSemaphore entered;
        QSemaphore release;
        writer.submit(QStringLiteral("blocking"), [&](QSqlDatabase& db) -> Status {
            Status s = insertSetting(QStringLiteral("new"), QStringLiteral("2"))(db);
            entered.release();
            release.acquire();  // hold the write transaction open while the test reads
            return s;
        });
        QVERIFY(entered.tryAcquire(1, 5000));

        QElapsedTimer timer;
        timer.start();
        QString error;
        const int during = countRows(r.db(), QStringLiteral("settings"), &error);
        const qint64 elapsedMs = timer.elapsed();
        release.release();
        QVERIFY2(error.isEmpty(), qPrintable(error));  // no SQLITE_BUSY
        QCOMPARE(during, 1);                           // the old state, not the open transaction
        QVERIFY2(elapsedMs < 1000, qPrintable(QString::number(elapsedMs)));  // busy_timeout is 5 s

        QVERIFY(writer.flush());
        QCOMPARE(countRows(r.db(), QStringLiteral("settings")), 2);
        QVERIFY(hasSetting(r.db(), QStringLiteral("new")));
    }

    void stopKeepsEverythingAccepted() {
        const QString path = newPath();
        {
            CacheWriterOptions options;
            options.maxBatch = 64;
            CacheWriter writer(path, SchemaManager(m_migrations), options);
            QVERIFY(writer.start());
            for (int i = 0; i < 300; ++i)
                QVERIFY(writer.submit(QStringLiteral("s"), insertSetting(QString::number(i), {})));
            writer.stop();  // no flush() first: stop must write them all
            QVERIFY(!writer.isRunning());
            QCOMPARE(writer.opsCommitted(), 300);
            QVERIFY(
                !writer.submit(QStringLiteral("late"), insertSetting(QStringLiteral("late"), {})));
        }
        ScopedConnection r = reader(path);
        QCOMPARE(countRows(r.db(), QStringLiteral("settings")), 300);
    }

    void fullDiskKeepsTheBatchAndRetries() {
        const QString path = newPath();
        CacheWriterOptions options;
        options.batchWindowMs = 200;
        options.retryInitialMs = 10;
        CacheWriter writer(path, SchemaManager(m_migrations), options);
        SignalLog log;
        log.attach(writer);
        QVERIFY(writer.start());
        writer.submit(QStringLiteral("before"), insertSetting(QStringLiteral("before"), {}));
        QVERIFY(writer.flush());

        // The first attempt runs with the file capped at its current size (SQLITE_FULL, as on a
        // full disk); later attempts find "space freed".
        std::atomic<int> attempts{0};
        writer.submit(QStringLiteral("big"), [&attempts](QSqlDatabase& db) -> Status {
            const bool full = attempts.fetch_add(1) == 0;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
                return Status::fail(q.lastError().text());
            const int pages = q.value(0).toInt();
            if (!q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(full ? pages : 1000000)))
                return Status::fail(q.lastError().text());
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('big', ?)"));
            q.addBindValue(QString(200000, QLatin1Char('z')));
            return sql::exec(q, QStringLiteral("insert big"));
        });
        writer.submit(QStringLiteral("after"), insertSetting(QStringLiteral("after"), {}));
        QVERIFY(writer.flush());

        QVERIFY(attempts.load() >= 2);
        {
            QMutexLocker lock(&log.mutex);
            QVERIFY(!log.storageErrors.isEmpty());
            QVERIFY2(log.storageErrors.first().contains(QLatin1String("database or disk is full")),
                     qPrintable(log.storageErrors.first()));
            QCOMPARE(log.recovered, 1);
            QVERIFY(log.failedLabels.isEmpty());
        }
        QCOMPARE(writer.opsFailed(), 0);
        QCOMPARE(writer.opsCommitted(), 3);
        ScopedConnection r = reader(path);
        QVERIFY(hasSetting(r.db(), QStringLiteral("before")));
        QVERIFY(hasSetting(r.db(), QStringLiteral("big")));
        QVERIFY(hasSetting(r.db(), QStringLiteral("after")));
    }

    void stopGivesUpLoudlyOnAFullDisk() {
        const QString path = newPath();
        CacheWriterOptions options;
        options.retryInitialMs = 10;
        options.stopRetryMs = 200;
        CacheWriter writer(path, SchemaManager(m_migrations), options);
        SignalLog log;
        log.attach(writer);
        QVERIFY(writer.start());
        writer.submit(QStringLiteral("before"), insertSetting(QStringLiteral("before"), {}));
        QVERIFY(writer.flush());

        writer.submit(QStringLiteral("never fits"), [](QSqlDatabase& db) -> Status {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA max_page_count = 1"));  // clamps to the current size
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('big', ?)"));
            q.addBindValue(QString(200000, QLatin1Char('z')));
            return sql::exec(q, QStringLiteral("insert big"));
        });
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("NOT saved")));
        writer.stop();

        {
            QMutexLocker lock(&log.mutex);
            QVERIFY(!log.storageErrors.isEmpty());
            QCOMPARE(log.failedLabels, QStringList{QStringLiteral("never fits")});
            QVERIFY2(log.failedMessages.first().contains(QLatin1String("not saved at shutdown")),
                     qPrintable(log.failedMessages.first()));
        }
        QCOMPARE(writer.opsFailed(), 1);
        ScopedConnection r = reader(path);
        QVERIFY(hasSetting(r.db(), QStringLiteral("before")));  // earlier data intact
        QVERIFY(!hasSetting(r.db(), QStringLiteral("big")));
    }
};

QTEST_GUILESS_MAIN(TestCacheWriter)
#include "test_cache_writer.moc"
