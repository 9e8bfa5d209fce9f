// Domain benchmarks on a generated vault of 100,000 requests, 2,000
// processings and 500 deliberations: the request list page (200 rows sorted
// by due date, filtered by state and right, with a text search), the open
// conditions, and a due-date computation. The reference in the same run is
// the cheapest page there is: 200 requests read by primary key. Changing the
// vault key (a copy of the whole database under a new key) is measured
// against a backup of the same vault, the same copy under the same key.
//
// HABEAS_BENCH_SYSTEM_ALLOCATOR=1 initialises SQLite before Habeas can give
// it the allocator that wipes freed memory, to measure what wiping costs.

#include "core/requests/Request.h"
#include "core/requests/Deadline.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/register/ProcessingRepository.h"
#include "core/requests/RequestRepository.h"
#include "core/crypto/SecureBytes.h"
#include "core/administration/VaultService.h"
#include "core/vault/SqlCipher.h"
#include "core/vault/SqliteMemory.h"
#include "core/audit/AuditLog.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace habeas;

namespace {

constexpr int Requests = 100000;
constexpr int Processings = 2000;
constexpr int Deliberations = 500;

const char *const Surnames[] = {"Rossi", "Bianchi", "Lorenzi", "Médecin", "Gaggero", "Notari", "Boisson", "Vatrican",
                                "Palmaro", "Cellario", "Pastorelli", "Gastaud", "Bernardi", "Testa", "Fissore", "Lavagna",
                                "Martin", "Lefèvre", "Dupont", "Guérin", "Hébert", "Moreau", "Garnier", "Faure"};
const char *const Rights[] = {"access", "rectification", "erasure", "limitation", "objection"};

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
};

Fixture *fixture = nullptr;

bool generate(Fixture &f)
{
    const QString path = f.dir.filePath(QStringLiteral("domain.habeas"));
    const NewAccount admin{QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator};
    auto vault = Vault::create(path, admin.login, SecureBytes::copyOf("Bench-Password-2026"),
                               VaultService::firstRows(admin, QStringLiteral("Bench"), Clock::system()),
                               KdfParams::fastForTests());
    if (!vault)
        return false;
    f.vault = std::move(vault).value();
    QSqlDatabase db = f.vault->database();
    QRandomGenerator random(20261122);
    const DeadlineCalculator deadlines;
    if (!db.transaction())
        return false;
    ProcessingRepository processings(db);
    for (int i = 0; i < Processings; ++i) {
        Processing p;
        p.name = QStringLiteral("Traitement %1").arg(i);
        p.controller = QStringLiteral("Direction %1").arg(i % 40);
        p.status = ProcessingStatus::InOperation;
        p.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Un an"), 365}};
        p.recipients = {{QStringLiteral("Service"), {QStringLiteral("consultation")}}};
        if (!processings.save(p))
            return false;
    }
    DeliberationRepository deliberations(db);
    for (int i = 0; i < Deliberations; ++i) {
        Deliberation d;
        d.number = QStringLiteral("%1-%2").arg(2010 + i % 15).arg(i);
        d.date = QDate(2010 + i % 15, 1 + i % 12, 1 + i % 28);
        d.title = QStringLiteral("Avis %1").arg(i);
        for (int c = 0; c < 5; ++c) {
            Condition condition;
            condition.kind = c < 4 ? ConditionKind::Reminder : ConditionKind::Request;
            condition.text = QStringLiteral("Prescription %1.%2").arg(i).arg(c);
            condition.status = (i + c) % 3 == 0 ? ConditionStatus::Met : ConditionStatus::Open;
            d.conditions.push_back(condition);
        }
        if (!deliberations.insert(d, std::nullopt, QStringLiteral("admin")))
            return false;
    }
    RequestRepository requests(db);
    // One signed audit entry per request, as intake writes at least one.
    AuditLog log = AuditLog::of(*f.vault);
    const RequestState states[] = {RequestState::Received, RequestState::IdentityCheck, RequestState::InProgress,
                                   RequestState::Answered, RequestState::Closed,        RequestState::Closed,
                                   RequestState::Closed,   RequestState::Refused,       RequestState::Withdrawn};
    QHash<int, int> sequences;
    for (int i = 0; i < Requests; ++i) {
        Request r;
        r.received = QDate(2016, 1, 1).addDays(random.bounded(3950));
        const int year = r.received.year();
        const int sequence = ++sequences[year];
        r.reference = QStringLiteral("%1-%2").arg(year).arg(sequence, 5, 10, QChar(u'0'));
        r.channel = Channel(random.bounded(5));
        r.due = deadlines.due(r.received).due;
        r.state = states[random.bounded(int(std::size(states)))];
        r.requester.surname = QString::fromUtf8(Surnames[random.bounded(int(std::size(Surnames)))])
                              + (random.bounded(3) == 0 ? QStringLiteral("-%1").arg(random.bounded(100)) : QString());
        r.requester.firstName = QStringLiteral("Prénom");
        r.language = QStringLiteral("fr");
        r.rights << QLatin1String(Rights[random.bounded(5)]);
        if (random.bounded(4) == 0)
            r.rights << QLatin1String(Rights[(random.bounded(4) + 1) % 5]);
        r.rights.removeDuplicates();
        if (!requests.insert(r, year, sequence, QStringLiteral("clerk")))
            return false;
        if (!log.append(AuditAction::RequestCreate, QStringLiteral("request"), r.reference))
            return false;
    }
    return db.commit();
}

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariable("HABEAS_BENCH_SYSTEM_ALLOCATOR") == QLatin1String("1"))
        sqlite3_initialize(); // too late for the wiping allocator afterwards
    benchmark::Initialize(&argc, argv);
    Fixture f;
    std::fprintf(stderr, "generating %d requests, %d processings, %d deliberations...\n", Requests, Processings,
                 Deliberations);
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
