#include "core/vault/SchemaCopy.h"

#include "core/vault/SqlCipher.h"

#include <algorithm>
#include <array>
#include <vector>

namespace habeas {

namespace {

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

SqliteFailure failureOf(sqlite3 *handle)
{
    return {sqlite3_extended_errcode(handle), QString::fromUtf8(sqlite3_errmsg(handle))};
}

std::optional<SqliteFailure> run(sqlite3 *handle, const QString &sql)
{
    if (sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return failureOf(handle);
    return std::nullopt;
}

struct SchemaObject final {
    QString type;
    QString name;
    QString sql;
};

// SQLite stores each CREATE statement normalised: the leading keywords in
// upper case, single spaces, no schema qualifier. The copy's statement is
// the same with the attached schema's name put before the object's name.
std::optional<QString> qualified(const QString &sql, const QString &schema)
{
    static const std::array<QLatin1String, 5> prefixes = {
        QLatin1String("CREATE TABLE "), QLatin1String("CREATE UNIQUE INDEX "), QLatin1String("CREATE INDEX "),
        QLatin1String("CREATE TRIGGER "), QLatin1String("CREATE VIEW ")};
    for (const QLatin1String prefix : prefixes) {
        if (!sql.startsWith(prefix))
            continue;
        qsizetype at = prefix.size();
        const QLatin1String ifNotExists("IF NOT EXISTS ");
        if (QStringView(sql).mid(at).startsWith(ifNotExists, Qt::CaseInsensitive))
            at += ifNotExists.size();
        return sql.left(at) + quoted(schema) + u'.' + sql.mid(at);
    }
    return std::nullopt;
}

// The objects to create, in the order they were made; `sequences` tells
// whether SQLite's own table of AUTOINCREMENT counters exists.
std::optional<SqliteFailure> readSchema(sqlite3 *handle, std::vector<SchemaObject> &objects, bool &sequences)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle,
                           "SELECT type, name, sql FROM main.sqlite_master"
                           " WHERE sql IS NOT NULL ORDER BY rowid",
                           -1, &stmt, nullptr)
        != SQLITE_OK)
        return failureOf(handle);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto text = [&](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                     sqlite3_column_bytes(stmt, column));
        };
        SchemaObject object{text(0), text(1), text(2)};
        if (object.name.startsWith(QLatin1String("sqlite_"))) // made by SQLite itself
            sequences = sequences || object.name == QLatin1String("sqlite_sequence");
        else
            objects.push_back(std::move(object));
    }
    std::optional<SqliteFailure> failure;
    if (rc != SQLITE_DONE)
        failure = failureOf(handle);
    sqlite3_finalize(stmt);
    return failure;
}

std::optional<SqliteFailure> copyPragma(sqlite3 *handle, const QString &schema, const char *pragma)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray read = QByteArray("PRAGMA main.") + pragma;
    if (sqlite3_prepare_v2(handle, read.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return failureOf(handle);
    const bool gotRow = sqlite3_step(stmt) == SQLITE_ROW;
    const qint64 value = gotRow ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_finalize(stmt);
    if (!gotRow)
        return failureOf(handle);
    return run(handle, QStringLiteral("PRAGMA %1.%2 = %3").arg(quoted(schema), QLatin1String(pragma)).arg(value));
}

// A single integer from a query on the main database.
std::optional<qint64> integer(sqlite3 *handle, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<qint64> value;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

// Rows are copied in ranges of rowids, so that progress can be reported
// within a large table.
constexpr qint64 RowsPerStep = 4096;

} // namespace

std::optional<SqliteFailure> copySchemaAndRows(sqlite3 *handle, const QString &schema, const QStringList &leftOut,
                                               const Progress &progress)
{
    // Before anything is written: no rollback journal beside the copy.
    {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = (QStringLiteral("PRAGMA ") + quoted(schema) + QStringLiteral(".journal_mode = OFF")).toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return failureOf(handle);
        const bool off = sqlite3_step(stmt) == SQLITE_ROW
                         && qstricmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "off") == 0;
        sqlite3_finalize(stmt);
        if (!off)
            return SqliteFailure{SQLITE_ERROR, QStringLiteral("the copy's journal could not be turned off")};
    }

    std::vector<SchemaObject> objects;
    bool sequences = false;
    if (auto failure = readSchema(handle, objects, sequences))
        return failure;
    std::vector<QString> tables;
    std::vector<QString> creations;
    std::vector<QString> laterCreations; // indexes, triggers, views: after the rows
    for (const SchemaObject &object : objects) {
        const auto statement = qualified(object.sql, schema);
        if (!statement)
            return SqliteFailure{SQLITE_ERROR, QStringLiteral("the schema object %1 cannot be copied").arg(object.name)};
        if (object.type == QLatin1String("table")) {
            creations.push_back(*statement);
            tables.push_back(object.name);
        } else {
            laterCreations.push_back(*statement);
        }
    }

    if (auto failure = run(handle, QStringLiteral("BEGIN")))
        return failure;
    const auto rollBack = [&](SqliteFailure failure) {
        sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
        return failure;
    };
    // Rows are copied table by table, so a reference to a later table is
    // checked at commit, not at each insert.
    if (auto failure = run(handle, QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return rollBack(*failure);
    for (const QString &statement : creations) {
        if (auto failure = run(handle, statement))
            return rollBack(*failure);
    }
    std::vector<QString> copied;
    qint64 total = 0;
    for (const QString &table : tables) {
        if (leftOut.contains(table))
            continue;
        copied.push_back(table);
        const auto rows = integer(handle, QStringLiteral("SELECT count(*) FROM main.%1").arg(quoted(table)));
        if (!rows)
            return rollBack(failureOf(handle));
        total += *rows;
    }
    qint64 done = 0;
    if (progress)
        progress(0, total);
    for (const QString &table : copied) {
        const QString insert = QStringLiteral("INSERT INTO %1.%2 SELECT * FROM main.%2").arg(quoted(schema), quoted(table));
        const auto rows = integer(handle, QStringLiteral("SELECT count(*) FROM main.%1").arg(quoted(table))).value_or(0);
        const auto first = integer(handle, QStringLiteral("SELECT min(rowid) FROM main.%1").arg(quoted(table)));
        const auto last = integer(handle, QStringLiteral("SELECT max(rowid) FROM main.%1").arg(quoted(table)));
        if (!progress || rows <= RowsPerStep || !first || !last) {
            // Small tables, and tables without rowids, in one statement.
            if (auto failure = run(handle, insert))
                return rollBack(*failure);
        } else {
            for (qint64 from = *first; from <= *last; from += RowsPerStep) {
                const qint64 to = std::min(*last, from + RowsPerStep - 1);
                if (auto failure = run(handle, insert + QStringLiteral(" WHERE rowid BETWEEN %1 AND %2").arg(from).arg(to)))
                    return rollBack(*failure);
                progress(std::min(total, done + (to - *first + 1) * rows / (*last - *first + 1)), total);
            }
        }
        done += rows;
        if (progress)
            progress(done, total);
    }
    // AUTOINCREMENT counters, when a table has them.
    if (sequences) {
        // The copy's inserts made rows of their own there: the vault's win.
        if (auto failure = run(handle, QStringLiteral("DELETE FROM %1.sqlite_sequence").arg(quoted(schema))))
            return rollBack(*failure);
        if (auto failure = run(handle, QStringLiteral("INSERT INTO %1.sqlite_sequence SELECT * FROM main.sqlite_sequence").arg(quoted(schema))))
            return rollBack(*failure);
    }
    for (const QString &statement : laterCreations) {
        if (auto failure = run(handle, statement))
            return rollBack(*failure);
    }
    for (const char *pragma : {"user_version", "application_id"}) {
        if (auto failure = copyPragma(handle, schema, pragma))
            return rollBack(*failure);
    }
    if (auto failure = run(handle, QStringLiteral("COMMIT")))
        return rollBack(*failure);
    return std::nullopt;
}

} // namespace habeas
