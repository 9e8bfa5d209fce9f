// habeas_bench_storage: the storage workload through
//   a_habeas: the Habeas driver (QSqlDatabase + QSqlQuery) on an encrypted file;
//   b_capi:   the SQLCipher C API called directly on an encrypted file;
//   d_capi_nokey (diagnostic): the same C API code on the same library with
//             no key, i.e. plain SQLite 3.x as embedded in SQLCipher, to
//             separate the cost of encryption from the SQLite version.
// Path (c), Qt's QSQLITE driver, is in QSqliteBench.cpp, a separate program:
// SQLCipher and the system SQLite export the same sqlite3_* symbols and must
// never share a process.

#include "QtSqlWorkload.h"
#include "StorageWorkload.h"

#include "core/crypto/SecureBytes.h"
#include "core/vault/SqlCipher.h"
#include "core/vault/SqlCipherDriver.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace habeas::bench;

// ------------------------------------------------------------ path (a) ----

const habeas::SecureBytes &habeasKey()
{
    static const habeas::SecureBytes key = habeas::SecureBytes::random(32);
    return key;
}

const qt::QtPath &habeasPath()
{
    static const qt::QtPath path{
        "a_habeas",
        QLatin1String(habeas::SqlCipherDriver::Name),
        [](QSqlDatabase &db) {
            // A copy of the one process key, so the read database can be
            // reopened; SecureBytes::random(32) for each fresh file would cost
            // the same (none of this is timed).
            static_cast<habeas::SqlCipherDriver *>(db.driver())
                ->setKey(habeas::SecureBytes::copyOf(habeasKey().view()));
        },
        nullptr, // the driver sets cipher_page_size = 4096 itself
        true,
    };
    return path;
}

// ------------------------------------------------------------ path (b) ----

namespace capi {

// "x'<64 hex digits>'": SQLCipher uses the 32 bytes as the key, with no key
// derivation, exactly as the Habeas driver does.
const std::string &keySpec()
{
    static const std::string spec = [] {
        const habeas::SecureBytes hex = habeas::SecureBytes::random(32).toHex();
        std::string text = "x'";
        text.append(reinterpret_cast<const char *>(hex.data()), hex.size());
        text += '\'';
        return text;
    }();
    return spec;
}

class Statement {
public:
    Statement() = default;
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    sqlite3_stmt *get() const { return m_stmt; }
    sqlite3_stmt **out() { return &m_stmt; }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

struct CapiPath {
    std::string tag;
    bool encrypted = true;
};

const CapiPath &encryptedPath()
{
    static const CapiPath path{"b_capi", true};
    return path;
}

const CapiPath &noKeyPath()
{
    static const CapiPath path{"d_capi_nokey", false};
    return path;
}

class Database {
public:
    Database(const CapiPath &path, const std::filesystem::path &file)
    {
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        if (sqlite3_open_v2(file.string().c_str(), &m_db, flags, nullptr) != SQLITE_OK) {
            fail("open");
            return;
        }
        sqlite3_busy_timeout(m_db, 5000); // as the Habeas driver
        if (path.encrypted) {
            const std::string &key = keySpec();
            if (sqlite3_key(m_db, key.data(), static_cast<int>(key.size())) != SQLITE_OK) {
                fail("key");
                return;
            }
            if (scalar("PRAGMA cipher_version").empty()) {
                m_error = "the SQLCipher codec is not active";
                return;
            }
            if (!exec("PRAGMA cipher_page_size = 4096"))
                return;
        } else if (!exec("PRAGMA page_size = 4096")) {
            return;
        }
        for (const char *pragma : Pragmas) {
            if (!exec(pragma))
                return;
        }
        if (const std::string extra = extraPragma(); !extra.empty() && !exec(extra.c_str()))
            return;
        std::string settings;
        for (const char *query : SettingQueries) {
            if (!settings.empty())
                settings += ' ';
            settings += scalar(query);
        }
        if (settings != ExpectedSettings)
            m_error = "unexpected settings: " + settings;
    }
    ~Database() { sqlite3_close(m_db); }
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    sqlite3 *get() const { return m_db; }
    bool ok() const { return m_error.empty(); }
    const std::string &error() const { return m_error; }

    bool fail(const std::string &what)
    {
        m_error = what + ": " + (m_db ? sqlite3_errmsg(m_db) : "no connection");
        return false;
    }

    bool exec(const char *statement)
    {
        if (sqlite3_exec(m_db, statement, nullptr, nullptr, nullptr) != SQLITE_OK)
            return fail(statement);
        return true;
    }

    bool prepare(const char *statement, Statement &stmt)
    {
        if (sqlite3_prepare_v2(m_db, statement, -1, stmt.out(), nullptr) != SQLITE_OK)
            return fail(std::string("prepare ") + statement);
        return true;
    }

    // The first column of the first row as text, lower case; empty if none.
    std::string scalar(const char *statement)
    {
        Statement stmt;
        std::string value;
        if (prepare(statement, stmt) && sqlite3_step(stmt.get()) == SQLITE_ROW) {
            if (const unsigned char *text = sqlite3_column_text(stmt.get(), 0)) {
                for (const unsigned char *c = text; *c; ++c)
                    value += static_cast<char>(*c >= 'A' && *c <= 'Z' ? *c + ('a' - 'A') : *c);
            }
        }
        return value;
    }

    bool createSchema()
    {
        for (const char *statement : Schema) {
            if (!exec(statement))
                return false;
        }
        return true;
    }

    static void bindText(sqlite3_stmt *stmt, int index, const std::string &text)
    {
        sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }

    static void bindOptional(sqlite3_stmt *stmt, int index, const std::optional<std::string> &text)
    {
        if (text)
            bindText(stmt, index, *text);
        else
            sqlite3_bind_null(stmt, index);
    }

    // The timed part of the insert benchmark: the std::string rows are bound
    // with SQLITE_STATIC (they outlive each step).
    bool insertAll(const std::vector<Request> &rows)
    {
        if (!exec("BEGIN IMMEDIATE"))
            return false;
        Statement insert;
        if (!prepare(InsertSql, insert))
            return false;
        sqlite3_stmt *stmt = insert.get();
        for (const Request &r : rows) {
            bindText(stmt, 1, r.reference);
            bindText(stmt, 2, r.surname);
            bindOptional(stmt, 3, r.firstName);
            bindText(stmt, 4, r.received);
            bindText(stmt, 5, r.due);
            sqlite3_bind_int(stmt, 6, r.state);
            bindOptional(stmt, 7, r.notes);
            if (sqlite3_step(stmt) != SQLITE_DONE)
                return fail("insert");
            sqlite3_reset(stmt);
        }
        return exec("COMMIT");
    }

    bool tableCheck(ReadCheck &check)
    {
        Statement stmt;
        if (!prepare("SELECT count(*), sum(id + state), count(first_name) + count(notes) FROM requests", stmt)
            || sqlite3_step(stmt.get()) != SQLITE_ROW)
            return fail("check");
        check.rows = sqlite3_column_int64(stmt.get(), 0);
        check.idStateSum = sqlite3_column_int64(stmt.get(), 1);
        check.nonNull = sqlite3_column_int64(stmt.get(), 2);
        return true;
    }

private:
    sqlite3 *m_db = nullptr;
    std::string m_error;
};

// One row read back: integers as integers, text copied into std::string
// (the struct is reused from row to row, so a copy seldom allocates).
struct RawRow {
    std::int64_t id = 0;
    std::string reference;
    std::string surname;
    std::string firstName;
    std::string received;
    std::string due;
    int state = 0;
    std::string notes;
};

inline void copyText(sqlite3_stmt *stmt, int column, std::string &out)
{
    const unsigned char *text = sqlite3_column_text(stmt, column);
    const int bytes = sqlite3_column_bytes(stmt, column);
    out.assign(reinterpret_cast<const char *>(text), static_cast<std::size_t>(bytes));
}

inline bool copyOptionalText(sqlite3_stmt *stmt, int column, std::string &out)
{
    if (sqlite3_column_type(stmt, column) == SQLITE_NULL) {
        out.clear();
        return false;
    }
    copyText(stmt, column, out);
    return true;
}

inline void readRow(sqlite3_stmt *stmt, RawRow &row, ReadCheck &check)
{
    row.id = sqlite3_column_int64(stmt, 0);
    copyText(stmt, 1, row.reference);
    copyText(stmt, 2, row.surname);
    const bool hasFirstName = copyOptionalText(stmt, 3, row.firstName);
    copyText(stmt, 4, row.received);
    copyText(stmt, 5, row.due);
    row.state = sqlite3_column_int(stmt, 6);
    const bool hasNotes = copyOptionalText(stmt, 7, row.notes);
    check.add(row.id, row.state, hasFirstName, hasNotes);
    benchmark::DoNotOptimize(row);
}

const std::vector<Request> &requests()
{
    static const std::vector<Request> rows = generateRequests();
    return rows;
}

void setCounters(benchmark::State &state, const ReadCheck &check)
{
    state.counters["rows"] = static_cast<double>(check.rows);
    state.counters["id_state_sum"] = static_cast<double>(check.idStateSum);
    state.counters["non_null"] = static_cast<double>(check.nonNull);
}

const std::filesystem::path *readFile(const CapiPath &path, std::string &error)
{
    static std::map<std::string, std::filesystem::path> built;
    if (const auto found = built.find(path.tag); found != built.end())
        return &found->second;
    const std::filesystem::path file = databaseFolder() / (path.tag + "_read.db");
    removeDatabase(file);
    {
        Database db(path, file);
        if (!db.ok() || !db.createSchema() || !db.insertAll(requests())) {
            error = db.error();
            return nullptr;
        }
    }
    if (hasPlainSqliteHeader(file) == path.encrypted) {
        error = path.encrypted ? "the database file is not encrypted" : "the database file is not plain SQLite";
        return nullptr;
    }
    return &built.emplace(path.tag, file).first->second;
}

// 1) Same timing rules as the Qt paths: only BEGIN .. COMMIT is timed.
void insertBenchmark(benchmark::State &state, const CapiPath &path)
{
    const std::filesystem::path file = databaseFolder() / (path.tag + "_insert.db");
    const std::vector<Request> &rows = requests();
    std::optional<Database> db;
    for (auto _ : state) {
        state.PauseTiming();
        db.reset();
        removeDatabase(file);
        db.emplace(path, file);
        if (!db->ok() || !db->createSchema()) {
            state.SkipWithError(db->error().c_str());
            break;
        }
        state.ResumeTiming();

        if (!db->insertAll(rows)) {
            state.SkipWithError(db->error().c_str());
            break;
        }
    }
    if (db && db->ok()) {
        ReadCheck check;
        if (db->tableCheck(check))
            setCounters(state, check);
    }
    db.reset();
    removeDatabase(file);
}

struct ReadSetup {
    std::optional<Database> db;
    Statement stmt;
    std::string error;
    double pages = 0; // PRAGMA page_count, reported as the counter db_pages

    ReadSetup(const CapiPath &path, const char *statement)
    {
        const std::filesystem::path *file = readFile(path, error);
        if (!file)
            return;
        db.emplace(path, *file);
        if (!db->ok() || !db->prepare(statement, stmt)) {
            error = db->error();
            return;
        }
        pages = std::strtod(db->scalar("PRAGMA page_count").c_str(), nullptr);
    }
    ReadSetup(const ReadSetup &) = delete;
    ReadSetup &operator=(const ReadSetup &) = delete;
};

// 2) Bind the id, step once, read the row, reset.
void lookupBenchmark(benchmark::State &state, const CapiPath &path)
{
    ReadSetup setup(path, LookupSql);
    if (!setup.error.empty()) {
        state.SkipWithError(setup.error.c_str());
        return;
    }
    sqlite3_stmt *stmt = setup.stmt.get();
    const std::vector<std::int64_t> &keys = qt::ids();
    ReadCheck last;
    for (auto _ : state) {
        ReadCheck check;
        RawRow row;
        for (const std::int64_t id : keys) {
            sqlite3_bind_int64(stmt, 1, id);
            if (sqlite3_step(stmt) != SQLITE_ROW) {
                setup.error = "lookup: " + std::string(sqlite3_errmsg(setup.db->get()));
                break;
            }
            readRow(stmt, row, check);
            sqlite3_reset(stmt);
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

// 3) and 4): bind, step through every row reading it, reset.
void scanBenchmark(benchmark::State &state, const CapiPath &path, const char *statement,
                   const std::vector<const char *> &parameters)
{
    ReadSetup setup(path, statement);
    if (!setup.error.empty()) {
        state.SkipWithError(setup.error.c_str());
        return;
    }
    sqlite3_stmt *stmt = setup.stmt.get();
    ReadCheck last;
    for (auto _ : state) {
        ReadCheck check;
        RawRow row;
        for (int i = 0; i < static_cast<int>(parameters.size()); ++i)
            sqlite3_bind_text(stmt, i + 1, parameters[static_cast<std::size_t>(i)], -1, SQLITE_STATIC);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            readRow(stmt, row, check);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE) {
            setup.error = "query: " + std::string(sqlite3_errmsg(setup.db->get()));
            state.SkipWithError(setup.error.c_str());
            break;
        }
        last = check;
    }
    setCounters(state, last);
    state.counters["db_pages"] = setup.pages;
}

void rangeBenchmark(benchmark::State &state, const CapiPath &path)
{
    scanBenchmark(state, path, RangeSql, {RangeFrom, RangeTo});
}

void likeBenchmark(benchmark::State &state, const CapiPath &path)
{
    scanBenchmark(state, path, LikeSql, {LikePattern});
}

void registerCapiPath(const CapiPath &path)
{
    const auto add = [&path](const char *workload, void (*run)(benchmark::State &, const CapiPath &)) {
        return benchmark::RegisterBenchmark((path.tag + '/' + workload).c_str(),
                                            [&path, run](benchmark::State &state) { run(state, path); })
            ->Unit(benchmark::kMillisecond)
            ->UseRealTime();
    };
    // Same units, clocks and minimum times as the Qt paths.
    add("insert_100k", insertBenchmark)->MinTime(2.0);
    add("lookup_10k", lookupBenchmark)->MinTime(1.0);
    add("range_due", rangeBenchmark)->MinTime(1.0);
    add("like_surname", likeBenchmark)->MinTime(1.0);
}

} // namespace capi

void registerBenchmarks()
{
    qt::registerQtPath(habeasPath());
    capi::registerCapiPath(capi::encryptedPath());
    capi::registerCapiPath(capi::noKeyPath());
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QCoreApplication app(argc, argv);

    habeas::SqlCipherDriver::registerDriver();
    benchmark::AddCustomContext("sqlcipher_version", habeas::SqlCipherDriver::cipherVersion().toStdString());
    benchmark::AddCustomContext("sqlite_version", sqlite3_libversion());
    benchmark::AddCustomContext("qt_version", qVersion());
    benchmark::AddCustomContext("database_folder", databaseFolder().string());

    registerBenchmarks();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    for (const char *name : {"a_habeas_read.db", "b_capi_read.db", "d_capi_nokey_read.db"})
        removeDatabase(databaseFolder() / name);
    return 0;
}
