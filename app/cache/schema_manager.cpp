#include "cache/schema_manager.h"

#include "cache/cache_log.h"
#include "cache/sql_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace bg {

namespace {

// A statement's first words, upper-cased, to recognise what the splitter must refuse.
QStringList leadingWords(const QString& statement, int count) {
    static const QRegularExpression kSpace(QStringLiteral("\\s+"));
    QStringList words = statement.split(kSpace, Qt::SkipEmptyParts).mid(0, count);
    for (QString& word : words) word = word.toUpper();
    return words;
}

// Why a statement may not appear in a migration file, or an empty string when it may.
QString refusalReason(const QString& statement) {
    const QStringList words = leadingWords(statement, 3);
    if (words.isEmpty()) return {};
    const QString& first = words.at(0);
    if (first == QLatin1String("CREATE")) {
        const bool trigger = words.value(1) == QLatin1String("TRIGGER") ||
                             ((words.value(1) == QLatin1String("TEMP") ||
                               words.value(1) == QLatin1String("TEMPORARY")) &&
                              words.value(2) == QLatin1String("TRIGGER"));
        if (trigger)
            return QStringLiteral(
                "CREATE TRIGGER is not supported in migrations (its BEGIN…END body holds ';', "
                "which the statement splitter would cut)");
    }
    static const char* const kTransactionWords[] = {"BEGIN",    "COMMIT",    "END",
                                                    "ROLLBACK", "SAVEPOINT", "RELEASE"};
    for (const char* word : kTransactionWords) {
        if (first == QLatin1String(word))
            return QStringLiteral(
                       "%1 is not allowed in migrations: each migration already runs "
                       "in its own transaction")
                .arg(first);
    }
    if (first == QLatin1String("PRAGMA") &&
        statement.contains(QLatin1String("user_version"), Qt::CaseInsensitive))
        return QStringLiteral(
            "PRAGMA user_version is set by the schema manager, not by migrations");
    return {};
}

}  // namespace

Result<QStringList> splitSqlStatements(const QString& sql) {
    enum class State {
        Code,
        SingleQuote,
        DoubleQuote,
        Backtick,
        Bracket,
        LineComment,
        BlockComment
    };
    State state = State::Code;
    QStringList statements;
    QString current;
    int line = 1;
    int statementLine = 0;  // line where the current statement's first code character is
    int openedLine = 0;     // line where the open literal or comment started

    auto finishStatement = [&]() -> Status {
        const QString statement = current.trimmed();
        current.clear();
        if (statement.isEmpty()) return Status::ok();
        const QString reason = refusalReason(statement);
        if (!reason.isEmpty())
            return Status::fail(QStringLiteral("line %1: %2").arg(statementLine).arg(reason));
        statements.append(statement);
        statementLine = 0;
        return Status::ok();
    };

    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        if (c == QLatin1Char('\n')) ++line;
        switch (state) {
            case State::Code:
                if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                    state = State::LineComment;
                    ++i;
                    continue;
                }
                if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                    state = State::BlockComment;
                    openedLine = line;
                    current += QLatin1Char(' ');  // a comment separates tokens like a space
                    ++i;
                    continue;
                }
                if (c == QLatin1Char(';')) {
                    if (Status s = finishStatement(); !s)
                        return Result<QStringList>::fail(s.error());
                    continue;
                }
                if (!c.isSpace() && statementLine == 0) statementLine = line;
                if (c == QLatin1Char('\''))
                    state = State::SingleQuote;
                else if (c == QLatin1Char('"'))
                    state = State::DoubleQuote;
                else if (c == QLatin1Char('`'))
                    state = State::Backtick;
                else if (c == QLatin1Char('['))
                    state = State::Bracket;
                if (state != State::Code) openedLine = line;
                current += c;
                break;
            case State::SingleQuote:
            case State::DoubleQuote:
            case State::Backtick: {
                const QChar quote = state == State::SingleQuote   ? QLatin1Char('\'')
                                    : state == State::DoubleQuote ? QLatin1Char('"')
                                                                  : QLatin1Char('`');
                current += c;
                if (c == quote) {
                    if (next == quote) {  // doubled quote: an escaped quote inside the literal
                        current += next;
                        ++i;
                    } else {
                        state = State::Code;
                    }
                }
                break;
            }
            case State::Bracket:
                current += c;
                if (c == QLatin1Char(']')) state = State::Code;
                break;
            case State::LineComment:
                if (c == QLatin1Char('\n')) {
                    state = State::Code;
                    current += c;
                }
                break;
            case State::BlockComment:
                if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                    state = State::Code;
                    ++i;
                }
                break;
        }
    }
    switch (state) {
        case State::Code:
        case State::LineComment:
            break;
        case State::BlockComment:
            return Result<QStringList>::fail(
                QStringLiteral("line %1: unterminated /* comment").arg(openedLine));
        default:
            return Result<QStringList>::fail(
                QStringLiteral("line %1: unterminated quoted text").arg(openedLine));
    }
    if (Status s = finishStatement(); !s) return Result<QStringList>::fail(s.error());
    return Result<QStringList>::ok(statements);
}

Result<QVector<Migration>> loadMigrations(const QString& dir) {
    using R = Result<QVector<Migration>>;
    const QDir folder(dir);
    if (!folder.exists())
        return R::fail(QStringLiteral("migration folder %1 does not exist").arg(dir));
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) return R::fail(QStringLiteral("no migrations (*.sql) in %1").arg(dir));

    static const QRegularExpression kName(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QVector<Migration> migrations;
    for (const QFileInfo& info : files) {
        const QRegularExpressionMatch match = kName.match(info.fileName());
        if (!match.hasMatch())
            return R::fail(QStringLiteral("migration file %1 is not named NNNN_name.sql")
                               .arg(info.filePath()));
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return R::fail(QStringLiteral("cannot read migration %1: %2")
                               .arg(info.filePath(), file.errorString()));
        migrations.append(
            {match.captured(1).toInt(), info.fileName(), QString::fromUtf8(file.readAll())});
    }
    std::stable_sort(migrations.begin(), migrations.end(),
                     [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        const Migration& m = migrations.at(i);
        const int expected = int(i) + 1;
        if (i > 0 && m.version == migrations.at(i - 1).version)
            return R::fail(QStringLiteral("migration %1/%2 has the same version %3 as %4")
                               .arg(dir, m.name)
                               .arg(m.version)
                               .arg(migrations.at(i - 1).name));
        if (m.version != expected)
            return R::fail(QStringLiteral("migration %1/%2 has version %3 but version %4 is "
                                          "missing: versions must run 1..N without gaps")
                               .arg(dir, m.name)
                               .arg(m.version)
                               .arg(expected));
    }
    return R::ok(migrations);
}

SchemaManager::SchemaManager(QVector<Migration> migrations) : m_migrations(std::move(migrations)) {}

int SchemaManager::latestVersion() const {
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

int SchemaManager::currentVersion(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        if (error) *error = sql::describeError(query.lastError());
        return -1;
    }
    return query.value(0).toInt();
}

SchemaResult SchemaManager::apply(QSqlDatabase& db) const {
    const QString file = db.databaseName();
    const int latest = latestVersion();
    for (qsizetype i = 0; i < m_migrations.size(); ++i) {
        VERIFY_OR_DEBUG_ASSERT(m_migrations.at(i).version == int(i) + 1) {
            return {SchemaOutcome::Failed, 0, 0,
                    QStringLiteral("migrations are not numbered 1..N (%1 is at position %2)")
                        .arg(m_migrations.at(i).name)
                        .arg(i + 1)};
        }
    }

    QString error;
    const int from = currentVersion(db, &error);
    if (from < 0)
        return {
            SchemaOutcome::Failed, 0, 0,
            QStringLiteral("cannot read the schema version of cache file %1: %2").arg(file, error)};
    if (from > latest)
        return {SchemaOutcome::NewerThanApp, from, from,
                QStringLiteral("cache file %1 has schema version %2, newer than this program's "
                               "%3: use a newer Bitgoeul or another --cache file")
                    .arg(file)
                    .arg(from)
                    .arg(latest)};
    if (from == latest)
        return {SchemaOutcome::UpToDate, from, from,
                QStringLiteral("cache file %1 is at schema version %2").arg(file).arg(from)};

    int at = from;
    for (const Migration& m : m_migrations) {
        if (m.version <= at) continue;
        auto failed = [&](const QString& why) {
            const QString message =
                QStringLiteral(
                    "migration %1 failed on cache file %2: %3; the file stays at "
                    "schema version %4")
                    .arg(m.name, file, why)
                    .arg(at);
            qCWarning(lcCache).noquote() << message;
            return SchemaResult{SchemaOutcome::Failed, from, at, message};
        };
        const Result<QStringList> statements = splitSqlStatements(m.sql);
        if (!statements) return failed(statements.error());
        if (Status s = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return failed(s.error());
        auto rollback = [&] {
            // SQLite may already have rolled back by itself (e.g. on a full disk); that error
            // is expected and not worth a second message.
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        };
        for (const QString& statement : statements.value()) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                const QString why = QStringLiteral("%1 (in \"%2\")")
                                        .arg(sql::describeError(query.lastError()),
                                             statement.simplified().left(80));
                query.finish();
                rollback();
                return failed(why);
            }
        }
        if (Status s = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
            !s) {
            rollback();
            return failed(s.error());
        }
        if (Status s = sql::exec(db, QStringLiteral("COMMIT")); !s) {
            rollback();
            return failed(s.error());
        }
        qCInfo(lcCache).noquote() << QStringLiteral(
                                         "cache file %1: applied migration %2 (schema version %3)")
                                         .arg(file, m.name)
                                         .arg(m.version);
        at = m.version;
    }
    const SchemaOutcome outcome = from == 0 ? SchemaOutcome::Created : SchemaOutcome::Upgraded;
    return {outcome, from, at,
            from == 0
                ? QStringLiteral("cache file %1 created at schema version %2").arg(file).arg(at)
                : QStringLiteral("cache file %1 upgraded from schema version %2 to %3")
                      .arg(file)
                      .arg(from)
                      .arg(at)};
}

QString schemaOutcomeName(SchemaOutcome outcome) {
    switch (outcome) {
        case SchemaOutcome::Created:
            return QStringLiteral("Created");
        case SchemaOutcome::UpToDate:
            return QStringLiteral("UpToDate");
        case SchemaOutcome::Upgraded:
            return QStringLiteral("Upgraded");
        case SchemaOutcome::NewerThanApp:
            return QStringLiteral("NewerThanApp");
        case SchemaOutcome::Failed:
            return QStringLiteral("Failed");
    }
    return QStringLiteral("Failed");
}

}  // namespace bg
