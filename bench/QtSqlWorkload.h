#pragma once

// The Qt side of the storage workload: the exact same QSqlDatabase/QSqlQuery
// code runs path (a), the Habeas driver, and path (c), Qt's QSQLITE driver.
// Only the driver name, what happens before open() (the key) and the page
// size pragma differ; they come in a QtPath. No SQLite include here either.

#include "StorageWorkload.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <benchmark/benchmark.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace habeas::bench::qt {

inline QString sql(const char *text)
{
    return QString::fromUtf8(text);
}

struct QtPath {
    std::string tag;   // prefix of the file names, e.g. "a_habeas"
    QString driver;    // QSqlDatabase driver name
    std::function<void(QSqlDatabase &)> beforeOpen; // may be empty
    const char *pageSizePragma = nullptr; // nullptr: the driver sets it itself
    bool encrypted = true; // checked on the file's first 16 bytes
};

// The generated rows as an application holds them: QString text, NULL as a
// typed null QVariant. Converted once, outside any timing.
struct QtRequest {
    QString reference;
    QString surname;
    QVariant firstName;
    QString received;
    QString due;
    int state = 0;
    QVariant notes;
};

inline const std::vector<QtRequest> &qtRequests()
{
    static const std::vector<QtRequest> rows = [] {
        const auto nullText = QVariant(QMetaType::fromType<QString>());
        std::vector<QtRequest> converted;
        const std::vector<Request> source = generateRequests();
        converted.reserve(source.size());
        for (const Request &r : source) {
            QtRequest q;
            q.reference = QString::fromStdString(r.reference);
            q.surname = QString::fromStdString(r.surname);
            q.firstName = r.firstName ? QVariant(QString::fromStdString(*r.firstName)) : nullText;
            q.received = QString::fromStdString(r.received);
            q.due = QString::fromStdString(r.due);
            q.state = r.state;
            q.notes = r.notes ? QVariant(QString::fromStdString(*r.notes)) : nullText;
            converted.push_back(std::move(q));
        }
        return converted;
    }();
    return rows;
}

inline const std::vector<std::int64_t> &ids()
{
    static const std::vector<std::int64_t> values = lookupIds();
    return values;
}

// One row read back, every column converted to its C++/Qt value.
struct QtRow {
    qlonglong id = 0;
    QString reference;
    QString surname;
    QString firstName;
    QString received;
    QString due;
    int state = 0;
    QString notes;
};

inline void readRow(const QSqlQuery &query, QtRow &row, ReadCheck &check)
{
    row.id = query.value(0).toLongLong();
    row.reference = query.value(1).toString();
    row.surname = query.value(2).toString();
    const QVariant firstName = query.value(3);
    row.firstName = firstName.toString();
    row.received = query.value(4).toString();
    row.due = query.value(5).toString();
    row.state = query.value(6).toInt();
    const QVariant notes = query.value(7);
    row.notes = notes.toString();
    check.add(row.id, row.state, !firstName.isNull(), !notes.isNull());
    benchmark::DoNotOptimize(row);
}

inline std::string describe(const char *what, const QSqlError &error)
{
    return std::string(what) + ": " + error.text().toStdString();
}

// A named QSqlDatabase connection, closed and removed on destruction.
class Connection {
public:
    Connection(const QtPath &path, const std::filesystem::path &file)
    {
        static int serial = 0;
        m_name = QStringLiteral("habeas-bench-%1").arg(++serial);
        m_db = QSqlDatabase::addDatabase(path.driver, m_name);
        m_db.setDatabaseName(QString::fromStdString(file.string()));
        if (path.beforeOpen)
            path.beforeOpen(m_db);
        if (!m_db.open()) {
            m_error = describe("open", m_db.lastError());
            return;
        }
        if (path.pageSizePragma && !run(path.pageSizePragma))
            return;
        for (const char *pragma : Pragmas) {
            if (!run(pragma))
                return;
        }
        if (const std::string extra = extraPragma(); !extra.empty() && !run(extra.c_str()))
            return;
        std::string settings;
        for (const char *pragma : SettingQueries) {
            QSqlQuery query(m_db);
            if (!query.exec(sql(pragma)) || !query.next()) {
                m_error = describe(pragma, query.lastError());
                return;
            }
            if (!settings.empty())
                settings += ' ';
            settings += query.value(0).toString().toLower().toStdString();
        }
        if (settings != ExpectedSettings)
            m_error = "unexpected settings: " + settings;
    }
    ~Connection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const std::string &error() const { return m_error; }
    bool ok() const { return m_error.empty(); }

    bool run(const char *statement)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql(statement))) {
            m_error = describe(statement, query.lastError());
            return false;
        }
        return true;
    }

    bool createSchema()
    {
        for (const char *statement : Schema) {
            if (!run(statement))
                return false;
        }
        return true;
    }

    // The timed part of the insert benchmark.
    bool insertAll()
    {
        if (!m_db.transaction()) {
            m_error = describe("begin", m_db.lastError());
            return false;
        }
        QSqlQuery query(m_db);
        if (!query.prepare(sql(InsertSql))) {
            m_error = describe("prepare insert", query.lastError());
            return false;
        }
        for (const QtRequest &r : qtRequests()) {
            query.bindValue(0, r.reference);
            query.bindValue(1, r.surname);
            query.bindValue(2, r.firstName);
            query.bindValue(3, r.received);
            query.bindValue(4, r.due);
            query.bindValue(5, r.state);
            query.bindValue(6, r.notes);
            if (!query.exec()) {
                m_error = describe("insert", query.lastError());
                return false;
            }
        }
        if (!m_db.commit()) {
            m_error = describe("commit", m_db.lastError());
            return false;
        }
        return true;
    }

    // count(*), sum(id + state), count(first_name) + count(notes): the same
    // on every path when the same rows went in.
    bool tableCheck(ReadCheck &check)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql("SELECT count(*), sum(id + state), count(first_name) + count(notes) FROM requests"))
            || !query.next()) {
            m_error = describe("check", query.lastError());
            return false;
        }
        check.rows = query.value(0).toLongLong();
        check.idStateSum = query.value(1).toLongLong();
        check.nonNull = query.value(2).toLongLong();
        return true;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    std::string m_error;
};

inline void setCounters(benchmark::State &state, const ReadCheck &check)
{
    state.counters["rows"] = static_cast<double>(check.rows);
    state.counters["id_state_sum"] = static_cast<double>(check.idStateSum);
    state.counters["non_null"] = static_cast<double>(check.nonNull);
}

inline std::filesystem::path insertFile(const QtPath &path)
{
    return databaseFolder() / (path.tag + "_insert.db");
}

// The pre-filled database of the read benchmarks, built once per process
// with the insert code above (outside any timing).
inline const std::filesystem::path *readFile(const QtPath &path, std::string &error)
{
    static std::map<std::string, std::filesystem::path> built;
    if (const auto found = built.find(path.tag); found != built.end())
        return &found->second;
    const std::filesystem::path file = databaseFolder() / (path.tag + "_read.db");
    removeDatabase(file);
    {
        Connection connection(path, file);
        if (!connection.ok() || !connection.createSchema() || !connection.insertAll()) {
            error = connection.error();
            return nullptr;
        }
    }
    if (hasPlainSqliteHeader(file) == path.encrypted) {
        error = path.encrypted ? "the database file is not encrypted" : "the database file is not plain SQLite";
        return nullptr;
    }
    return &built.emplace(path.tag, file).first->second;
}

// 1) RowCount inserts in one transaction with one prepared statement, into a
// fresh database. Deleting the old files, opening, the pragmas and the schema
// run with the timer paused, and so does close() (the WAL checkpoint).
inline void insertBenchmark(benchmark::State &state, const QtPath &path)
{
    const std::filesystem::path file = insertFile(path);
    qtRequests(); // generated before the first timing
    std::optional<Connection> connection;
    for (auto _ : state) {
        state.PauseTiming();
        connection.reset();
        removeDatabase(file);
        connection.emplace(path, file);
        if (!connection->ok() || !connection->createSchema()) {
            state.SkipWithError(connection->error().c_str());
            break;
        }
        state.ResumeTiming();

        if (!connection->insertAll()) {
            state.SkipWithError(connection->error().c_str());
            break;
        }
    }
    if (connection && connection->ok()) {
        ReadCheck check;
        if (connection->tableCheck(check))
            setCounters(state, check);
    }
    connection.reset();
    removeDatabase(file);
}

// Opens the pre-filled database and prepares one forward-only query; the
// benchmark's loop then only binds, executes and reads.
struct ReadSetup {
    std::optional<Connection> connection;
    std::optional<QSqlQuery> query;
    std::string error;
    double pages = 0; // PRAGMA page_count, reported as the counter db_pages

    ReadSetup(const QtPath &path, const char *statement)
    {
        const std::filesystem::path *file = readFile(path, error);
        if (!file)
            return;
        connection.emplace(path, *file);
        if (!connection->ok()) {
            error = connection->error();
            return;
        }
        {
            QSqlQuery count(connection->db());
            if (count.exec(sql("PRAGMA page_count")) && count.next())
                pages = count.value(0).toDouble();
        }
        query.emplace(connection->db());
        query->setForwardOnly(true);
        if (!query->prepare(sql(statement)))
            error = describe("prepare", query->lastError());
    }
    ReadSetup(const ReadSetup &) = delete;
    ReadSetup &operator=(const ReadSetup &) = delete;
};

// 2) LookupCount primary-key lookups, all columns read.
inline void lookupBenchmark(benchmark::State &state, const QtPath &path)
{
    ReadSetup setup(path, LookupSql);
    if (!setup.error.empty()) {
        state.SkipWithError(setup.error.c_str());
        return;
    }
    QSqlQuery &query = *setup.query;
    const std::vector<std::int64_t> &keys = ids();
    ReadCheck last;
    for (auto _ : state) {
        ReadCheck check;
        QtRow row;
        for (const std::int64_t id : keys) {
            query.bindValue(0, static_cast<qlonglong>(id));
            if (!query.exec() || !query.next()) {
                setup.error = describe("lookup", query.lastError());
                break;
            }
            readRow(query, row, check);
        }
        if (!setup.error.empty()) {
            state.SkipWithError(setup.error.c_str());
            break;
        }
        last = check;
    }
    setCounters(state, last);
    state.counters["db_pages"] = setup.pages;
}

// 3) and 4): one parameterised query, every row read.
inline void scanBenchmark(benchmark::State &state, const QtPath &path, const char *statement,
                          const std::vector<QString> &parameters)
{
    ReadSetup setup(path, statement);
    if (!setup.error.empty()) {
        state.SkipWithError(setup.error.c_str());
        return;
    }
    QSqlQuery &query = *setup.query;
    ReadCheck last;
    for (auto _ : state) {
        ReadCheck check;
        QtRow row;
        for (int i = 0; i < static_cast<int>(parameters.size()); ++i)
            query.bindValue(i, parameters[static_cast<std::size_t>(i)]);
        if (!query.exec()) {
            setup.error = describe("query", query.lastError());
            state.SkipWithError(setup.error.c_str());
            break;
        }
        while (query.next())
            readRow(query, row, check);
        last = check;
    }
    setCounters(state, last);
    state.counters["db_pages"] = setup.pages;
}

inline void rangeBenchmark(benchmark::State &state, const QtPath &path)
{
    scanBenchmark(state, path, RangeSql, {sql(RangeFrom), sql(RangeTo)});
}

inline void likeBenchmark(benchmark::State &state, const QtPath &path)
{
    scanBenchmark(state, path, LikeSql, {sql(LikePattern)});
}

// Diagnostic, not one of the four workloads: only the 7 x RowCount
// QSqlQuery::bindValue() calls of the insert benchmark, without exec(). They
// run Qt's own QSqlResult::bindValue() (no driver overrides it), so this is
// the part of the insert cost that no driver can remove.
inline void bindOnlyBenchmark(benchmark::State &state, const QtPath &path)
{
    const std::filesystem::path file = databaseFolder() / (path.tag + "_bind.db");
    removeDatabase(file);
    {
        Connection connection(path, file);
        QSqlQuery query(connection.db());
        if (!connection.ok() || !connection.createSchema() || !query.prepare(sql(InsertSql))) {
            const std::string error = connection.ok() ? describe("prepare", query.lastError()) : connection.error();
            state.SkipWithError(error.c_str());
        } else {
            const std::vector<QtRequest> &rows = qtRequests();
            for (auto _ : state) {
                for (const QtRequest &r : rows) {
                    query.bindValue(0, r.reference);
                    query.bindValue(1, r.surname);
                    query.bindValue(2, r.firstName);
                    query.bindValue(3, r.received);
                    query.bindValue(4, r.due);
                    query.bindValue(5, r.state);
                    query.bindValue(6, r.notes);
                }
            }
        }
    }
    removeDatabase(file);
}

// Registers the benchmarks of one Qt path as "<tag>/<workload>". The timed
// insert takes about a second: MinTime(2) gives a few iterations per
// repetition instead of one.
inline void registerQtPath(const QtPath &path)
{
    const auto add = [&path](const char *workload, void (*run)(benchmark::State &, const QtPath &)) {
        return benchmark::RegisterBenchmark((path.tag + '/' + workload).c_str(),
                                            [&path, run](benchmark::State &state) { run(state, path); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    add("insert_100k", insertBenchmark)->MinTime(2.0);
    add("lookup_10k", lookupBenchmark)->MinTime(1.0);
    add("range_due", rangeBenchmark)->MinTime(1.0);
    add("like_surname", likeBenchmark)->MinTime(1.0);
    add("diag_bindvalue_100k", bindOnlyBenchmark)->MinTime(1.0);
}

} // namespace habeas::bench::qt
