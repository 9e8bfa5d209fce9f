// Domain benchmarks on a generated vault of 100,000 requests, 2,000
// processings and 500 deliberations: the request list page (200 rows sorted
// by due date, filtered by state and right, with a text search), the open
// conditions, a condition's figure (access replies on time), and a due-date
// computation. The reference in the same run is
// the cheapest page there is: 200 requests read by primary key. Changing the
// vault key (a copy of the whole database under a new key) is measured
// against a backup of the same vault, the same copy under the same key.
//
// HABEAS_BENCH_SYSTEM_ALLOCATOR=1 initialises SQLite before Habeas can give
// it the allocator that wipes freed memory, to measure what wiping costs.

#include "bench/GeneratedVault.h"
#include "core/audit/AuditLog.h"
#include "core/deliberations/ConditionIndicator.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/deliberations/IndicatorRepository.h"
#include "core/requests/Deadline.h"
#include "core/requests/Request.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/SqlCipher.h"
#include "core/vault/SqliteMemory.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace habeas;
using namespace habeas::bench;

namespace {

GeneratedVault *fixture = nullptr;

void listPage(benchmark::State &state, RequestFilter filter)
{
    RequestRepository requests(fixture->vault->database());
    std::size_t rows = 0;
    for (auto _ : state) {
        auto page = requests.list(filter);
        if (!page) {
            state.SkipWithError("list failed");
            return;
        }
        rows = page->size();
        benchmark::DoNotOptimize(page->data());
    }
    state.counters["rows"] = double(rows);
}

void BM_Reference_PageByPrimaryKey(benchmark::State &state)
{
    QSqlQuery query(fixture->vault->database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, reference, surname, first_name, received_on, due_on, state FROM requests"
                                 " WHERE id > ? ORDER BY id LIMIT 200"));
    std::size_t rows = 0;
    for (auto _ : state) {
        query.addBindValue(50000);
        query.exec();
        rows = 0;
        while (query.next()) {
            benchmark::DoNotOptimize(query.value(2).toString());
            ++rows;
        }
    }
    state.counters["rows"] = double(rows);
}

void BM_ListPage_State(benchmark::State &state)
{
    RequestFilter filter;
    filter.state = RequestState::InProgress;
    listPage(state, filter);
}

void BM_ListPage_StateAndRight(benchmark::State &state)
{
    RequestFilter filter;
    filter.state = RequestState::InProgress;
    filter.rightKey = QStringLiteral("objection");
    listPage(state, filter);
}

void BM_ListPage_OpenSurnameSearch(benchmark::State &state)
{
    RequestFilter filter;
    filter.openOnly = true;
    filter.text = QStringLiteral("lefe");
    listPage(state, filter);
}

void BM_ListPage_StateRightSurname(benchmark::State &state)
{
    RequestFilter filter;
    filter.state = RequestState::Received;
    filter.rightKey = QStringLiteral("access");
    filter.text = QStringLiteral("gastaud");
    listPage(state, filter);
}

void BM_ListPage_ReferenceSearch(benchmark::State &state)
{
    RequestFilter filter;
    filter.text = QStringLiteral("2024-01");
    listPage(state, filter);
}

void BM_OpenConditions(benchmark::State &state)
{
    DeliberationRepository deliberations(fixture->vault->database());
    std::size_t rows = 0;
    for (auto _ : state) {
        auto open = deliberations.openConditions();
        rows = open ? open->size() : 0;
        benchmark::DoNotOptimize(rows);
    }
    state.counters["rows"] = double(rows);
}

// The figure of a condition measured by "access replies on time": one
// processing found in a third of the year's requests (about 3,000 of the
// 9,000 received in 2025; the generated vault has no findings of its own),
// read by the year's index and counted. Run last: it adds those findings.
void BM_MeasureAccessReplies(benchmark::State &state)
{
    QSqlQuery query(fixture->vault->database());
    if (!query.exec(QStringLiteral("INSERT OR IGNORE INTO request_processings (request_id, processing_id)"
                                   " SELECT id, (SELECT min(id) FROM processings) FROM requests"
                                   " WHERE year = 2025 AND id % 3 = 0"))) {
        state.SkipWithError("findings not added");
        return;
    }
    if (!query.exec(QStringLiteral("SELECT min(id) FROM processings")) || !query.next()) {
        state.SkipWithError("no processing");
        return;
    }
    const qint64 processing = query.value(0).toLongLong();
    query.finish();
    IndicatorRepository figures(fixture->vault->database());
    std::size_t rows = 0;
    int counted = 0;
    for (auto _ : state) {
        auto requests = figures.accessRequests(processing, 2025);
        if (!requests) {
            state.SkipWithError("measure failed");
            return;
        }
        rows = requests->size();
        counted = ConditionIndicator::accessTimeliness(*requests, processing, 2025, QDate(2026, 6, 1)).counted;
        benchmark::DoNotOptimize(counted);
    }
    state.counters["rows"] = double(rows);
    state.counters["counted"] = double(counted);
}

// What every sign-in pays on top of Argon2id: the vault's quick_check.
void BM_QuickCheckAtSignIn(benchmark::State &state)
{
    QSqlQuery query(fixture->vault->database());
    query.setForwardOnly(true);
    for (auto _ : state) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() || query.value(0).toString() != QLatin1String("ok")) {
            state.SkipWithError("quick_check failed");
            return;
        }
        query.finish();
    }
    if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
        state.counters["pages"] = query.value(0).toDouble();
}

// The walk of the signed audit log at a sign-in: all of it (an account's
// first sign-in, or after a new key pair), and what came since the last
// sign-in (100 entries), against the quick_check above.
void BM_AuditWalk_Full(benchmark::State &state)
{
    const AuditLog log = AuditLog::of(*fixture->vault);
    qint64 entries = 0;
    for (auto _ : state) {
        auto walked = log.verify();
        if (!walked || !walked->ok()) {
            state.SkipWithError("the audit log does not verify");
            return;
        }
        entries = walked->entries;
    }
    state.counters["entries"] = double(entries);
}

void BM_AuditWalk_SinceLastSignIn(benchmark::State &state)
{
    AuditLog log = AuditLog::of(*fixture->vault);
    if (!log.verifySinceCheckpoint(fixture->vault->publicKey(), true)) {
        state.SkipWithError("no checkpoint");
        return;
    }
    for (int i = 0; i < 100; ++i)
        static_cast<void>(log.append(AuditAction::RequestView, QStringLiteral("request"), QStringLiteral("2026-00001")));
    qint64 entries = 0;
    for (auto _ : state) {
        auto walked = log.verifySinceCheckpoint(fixture->vault->publicKey(), false);
        if (!walked || !walked->ok()) {
            state.SkipWithError("the audit log does not verify");
            return;
        }
        entries = walked->entries;
    }
    state.counters["entries"] = double(entries);
}

void BM_DueDate(benchmark::State &state)
{
    const DeadlineCalculator deadlines;
    QDate received(2026, 1, 31);
    for (auto _ : state) {
        auto due = deadlines.due(received);
        benchmark::DoNotOptimize(due.due);
    }
}

// The reference for the key change: a backup, the same copy of every row
// under the same key (the identity documents' table is empty here).
void BM_Backup(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        const QString destination = fixture->dir.filePath(QStringLiteral("backup-%1.habeas").arg(++n));
        if (auto done = fixture->vault->backup(destination); !done) {
            state.SkipWithError(done.error().message.toStdString().c_str());
            return;
        }
        state.PauseTiming();
        QFile::remove(destination);
        QFile::remove(destination.chopped(7) + QStringLiteral(".habeas-keys"));
        state.ResumeTiming();
    }
}

void BM_ChangeKey(benchmark::State &state)
{
    qint64 rows = 0;
    for (auto _ : state) {
        if (auto begun = fixture->vault->beginKeyChange(); !begun) {
            state.SkipWithError(begun.error().message.toStdString().c_str());
            return;
        }
        if (auto done = fixture->vault->completeKeyChange([&](qint64, qint64 total) { rows = total; }); !done) {
            state.SkipWithError(done.error().message.toStdString().c_str());
            return;
        }
    }
    state.counters["rows"] = double(rows);
}

BENCHMARK(BM_Reference_PageByPrimaryKey)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage_State)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage_StateAndRight)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage_OpenSurnameSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage_StateRightSurname)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ListPage_ReferenceSearch)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenConditions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_QuickCheckAtSignIn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AuditWalk_Full)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_AuditWalk_SinceLastSignIn)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DueDate)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Backup)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ChangeKey)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_MeasureAccessReplies)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("HABEAS_BENCH_SYSTEM_ALLOCATOR") == QLatin1String("1"))
        sqlite3_initialize(); // too late for the wiping allocator afterwards
    benchmark::Initialize(&argc, argv);
    GeneratedVault f;
    std::fprintf(stderr, "generating %d requests, %d processings, %d deliberations...\n", GeneratedRequests,
                 GeneratedProcessings, GeneratedDeliberations);
    if (!generate(f)) {
        std::fprintf(stderr, "generation failed\n");
        return 1;
    }
    fixture = &f;
    benchmark::AddCustomContext("sqlite_allocator", wipingAllocatorInstalled() ? "wiping" : "system");
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    fixture = nullptr;
    return 0;
}
