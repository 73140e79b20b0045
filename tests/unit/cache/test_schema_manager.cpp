#include "cache/cache_database.h"
#include "cache/schema_manager.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bg;

namespace {

// A plain read-write connection, as the schema manager gets it from openCacheForWriting().
ScopedConnection openPlain(const QString& path) {
    ScopedConnection c(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                 uniqueConnectionName(QStringLiteral("test"))));
    c.db().setDatabaseName(path);
    if (!c.db().open()) qFatal("cannot open %s", qPrintable(path));
    return c;
}

QStringList tables(QSqlDatabase& db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next()) names << q.value(0).toString();
    return names;
}

int userVersion(QSqlDatabase& db) {
    return SchemaManager::currentVersion(db);
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

}  // namespace

class TestSchemaManager : public QObject {
    Q_OBJECT

private:
    QVector<Migration> m_migrations;

private Q_SLOTS:
    void initTestCase() {
        // Also proves the migrations compiled into the static library reach a test executable.
        QVERIFY(QFile::exists(QStringLiteral(":/sql/0001_init.sql")));
        const Result<QVector<Migration>> loaded = loadMigrations();
        QVERIFY2(loaded.isOk(), qPrintable(loaded.error()));
        m_migrations = loaded.value();
        QCOMPARE(m_migrations.size(), 3);
        QCOMPARE(m_migrations.at(0).name, QStringLiteral("0001_init.sql"));
        QCOMPARE(m_migrations.at(1).version, 2);
        QCOMPARE(m_migrations.at(2).name, QStringLiteral("0003_incident_shares_activity.sql"));
    }

    void freshFileIsCreatedAtLatest() {
        QTemporaryDir dir;
        ScopedConnection c = openPlain(dir.filePath(QStringLiteral("cache.sqlite")));
        const SchemaManager manager(m_migrations);
        const SchemaResult r = manager.apply(c.db());
        QCOMPARE(r.outcome, SchemaOutcome::Created);
        QCOMPARE(r.fromVersion, 0);
        QCOMPARE(r.toVersion, 3);
        QCOMPARE(manager.latestVersion(), 3);
        QCOMPARE(userVersion(c.db()), 3);
        const QStringList names = tables(c.db());
        for (const char* table :
             {"entities", "telemetry", "settings", "alerts", "alert_transitions", "incidents",
              "incident_alerts", "incident_notes", "outbox"})
            QVERIFY2(names.contains(QLatin1String(table)), table);
    }

    void olderFileIsUpgradedKeepingRows() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            ScopedConnection c = openPlain(path);
            const SchemaResult r = SchemaManager(m_migrations.mid(0, 1)).apply(c.db());
            QCOMPARE(r.outcome, SchemaOutcome::Created);
            QCOMPARE(r.toVersion, 1);
            QSqlQuery q(c.db());
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO entities (id, type, json) VALUES "
                                      "('urn:ngsi-ld:OffStreetParking:1', 'OffStreetParking', "
                                      "'{}')")));
            QVERIFY(!tables(c.db()).contains(QStringLiteral("outbox")));
        }
        {
            ScopedConnection c = openPlain(path);
            const SchemaResult r = SchemaManager(m_migrations).apply(c.db());
            QCOMPARE(r.outcome, SchemaOutcome::Upgraded);
            QCOMPARE(r.fromVersion, 1);
            QCOMPARE(r.toVersion, 3);
            QVERIFY(tables(c.db()).contains(QStringLiteral("outbox")));
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("SELECT type FROM entities")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("OffStreetParking"));
        }
        {
            ScopedConnection c = openPlain(path);
            const SchemaResult r = SchemaManager(m_migrations).apply(c.db());
            QCOMPARE(r.outcome, SchemaOutcome::UpToDate);
            QCOMPARE(r.fromVersion, 3);
            QCOMPARE(r.toVersion, 3);
        }
    }

    void newerFileIsRefusedUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        {
            ScopedConnection c = openPlain(path);
            QCOMPARE(SchemaManager(m_migrations).apply(c.db()).outcome, SchemaOutcome::Created);
            QSqlQuery q(c.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        {
            ScopedConnection c = openPlain(path);
            const SchemaResult r = SchemaManager(m_migrations).apply(c.db());
            QCOMPARE(r.outcome, SchemaOutcome::NewerThanApp);
            QCOMPARE(r.fromVersion, 99);
            QVERIFY2(r.message.contains(QLatin1String("99")), qPrintable(r.message));
            QVERIFY2(r.message.contains(QLatin1String("program's 3")), qPrintable(r.message));
            QVERIFY2(r.message.contains(path), qPrintable(r.message));
        }
        QCOMPARE(fileBytes(path), before);
    }

    void failingMigrationRollsBackAndNamesFile() {
        QVector<Migration> migrations = m_migrations;
        migrations.append({4, QStringLiteral("0004_broken.sql"),
                           QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                          "INSERT INTO no_such_table VALUES (1);\n")});
        QTemporaryDir dir;
        ScopedConnection c = openPlain(dir.filePath(QStringLiteral("cache.sqlite")));
        const SchemaResult r = SchemaManager(migrations).apply(c.db());
        QCOMPARE(r.outcome, SchemaOutcome::Failed);
        QCOMPARE(r.fromVersion, 0);
        QCOMPARE(r.toVersion, 3);  // 1 to 3 committed, 4 rolled back as a whole
        QVERIFY2(r.message.contains(QLatin1String("0004_broken.sql")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("no such table")), qPrintable(r.message));
        QCOMPARE(userVersion(c.db()), 3);
        QVERIFY(!tables(c.db()).contains(QStringLiteral("half_done")));
    }

    void loadMigrationsRejectsBadSets_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("named");
        QTest::newRow("gap") << QStringList{QStringLiteral("0001_a.sql"),
                                            QStringLiteral("0003_c.sql")}
                             << QStringLiteral("0003_c.sql");
        QTest::newRow("does not start at 1")
            << QStringList{QStringLiteral("0002_b.sql")} << QStringLiteral("0002_b.sql");
        QTest::newRow("duplicate")
            << QStringList{QStringLiteral("0001_a.sql"), QStringLiteral("0001_b.sql")}
            << QStringLiteral("0001_b.sql");
        QTest::newRow("bad name") << QStringList{QStringLiteral("0001_a.sql"),
                                                 QStringLiteral("2_b.sql")}
                                  << QStringLiteral("2_b.sql");
    }

    void loadMigrationsRejectsBadSets() {
        QFETCH(QStringList, files);
        QFETCH(QString, named);
        QTemporaryDir dir;
        for (const QString& name : files) writeFile(dir.filePath(name), "CREATE TABLE t (x);\n");
        const Result<QVector<Migration>> r = loadMigrations(dir.path());
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().contains(named), qPrintable(r.error()));
    }

    void loadMigrationsReadsAContiguousSet() {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("0002_b.sql")), "SELECT 2;");
        writeFile(dir.filePath(QStringLiteral("0001_a.sql")), "SELECT 1;");
        const Result<QVector<Migration>> r = loadMigrations(dir.path());
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value().at(0).name, QStringLiteral("0001_a.sql"));
        QCOMPARE(r.value().at(1).sql, QStringLiteral("SELECT 2;"));
    }

    void splitHandlesLiteralsAndComments() {
        const QString sql = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE t (a TEXT, \"odd;name\" TEXT); /* block; comment */\n"
            "INSERT INTO t VALUES ('x;y', 'it''s; fine'); -- trailing; comment\n"
            "INSERT INTO t VALUES ('--not a comment', '/* nor this */')\n");
        const Result<QStringList> r = splitSqlStatements(sql);
        QVERIFY2(r.isOk(), qPrintable(r.error()));
        const QStringList statements = r.value();
        QCOMPARE(statements.size(), 3);
        QCOMPARE(statements.at(0), QStringLiteral("CREATE TABLE t (a TEXT, \"odd;name\" TEXT)"));
        QCOMPARE(statements.at(1), QStringLiteral("INSERT INTO t VALUES ('x;y', 'it''s; fine')"));
        QCOMPARE(statements.at(2),
                 QStringLiteral("INSERT INTO t VALUES ('--not a comment', '/* nor this */')"));

        // And SQLite agrees: the values arrive intact.
        QTemporaryDir dir;
        ScopedConnection c = openPlain(dir.filePath(QStringLiteral("split.sqlite")));
        for (const QString& statement : statements) {
            QSqlQuery q(c.db());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QSqlQuery q(c.db());
        QVERIFY(q.exec(QStringLiteral("SELECT a, \"odd;name\" FROM t ORDER BY rowid")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("x;y"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("it's; fine"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("--not a comment"));
    }

    void splitRefusesWhatItCannotRun_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger")
            << QStringLiteral(
                   "CREATE TABLE a (x);\nCREATE TRIGGER tr AFTER INSERT ON a BEGIN "
                   "UPDATE a SET x = 1; END;")
            << QStringLiteral("TRIGGER");
        QTest::newRow("temp trigger")
            << QStringLiteral("create temp trigger tr after insert on a begin select 1; end;")
            << QStringLiteral("TRIGGER");
        QTest::newRow("begin") << QStringLiteral("BEGIN;\nCREATE TABLE a (x);\nCOMMIT;")
                               << QStringLiteral("BEGIN");
        QTest::newRow("user_version")
            << QStringLiteral("PRAGMA user_version = 7;") << QStringLiteral("user_version");
        QTest::newRow("unterminated literal")
            << QStringLiteral("SELECT 'abc;\nSELECT 1;") << QStringLiteral("unterminated");
        QTest::newRow("unterminated comment")
            << QStringLiteral("SELECT 1; /* forever") << QStringLiteral("unterminated");
    }

    void splitRefusesWhatItCannotRun() {
        QFETCH(QString, sql);
        QFETCH(QString, named);
        const Result<QStringList> r = splitSqlStatements(sql);
        QVERIFY(!r.isOk());
        QVERIFY2(r.error().contains(named), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("line ")), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestSchemaManager)
#include "test_schema_manager.moc"
