// The register's interconnection graph on the generated vault
// (bench/GeneratedVault.h: 2,000 processings with 0–3 links each, some to
// processings only referenced), signed in as a clerk: reading the 2-hop
// neighbourhood of a processing with its consistency flags, its layout, and
// both together as the Links graph tab does when a processing is chosen.
// The references in the same run: reading the register's list (what the
// Register page reads at every reload) and one processing in full (what the
// editor reads when a processing is chosen). The whole register's flags,
// which the neighbourhood avoids reading, are measured beside them.
//
// Each iteration takes the next of 16 processings spread over the register.

#include "bench/GeneratedVault.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "core/register/RegisterGraphLayout.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <array>
#include <cstdio>
#include <memory>

using namespace habeas;
using namespace habeas::bench;

namespace {

const QString ClerkLogin = QStringLiteral("clerk");
const QString ClerkPassword = QStringLiteral("Quai-Albert-Premier-88");
// The size the graph view gives a box at a 10-point font.
const QSizeF Box(210, 64);

Session *session = nullptr;
std::array<qint64, 16> centres{};

qint64 nextCentre(std::size_t &turn)
{
    return centres[turn++ % centres.size()];
}

void BM_Reference_RegisterList(benchmark::State &state)
{
    std::size_t rows = 0;
    for (auto _ : state) {
        auto list = ProcessingService(*session).list();
        if (!list) {
            state.SkipWithError("list failed");
            return;
        }
        rows = list->size();
        benchmark::DoNotOptimize(list->data());
    }
    state.counters["rows"] = double(rows);
}

void BM_Reference_FindProcessing(benchmark::State &state)
{
    std::size_t turn = 0;
    for (auto _ : state) {
        auto found = ProcessingService(*session).find(nextCentre(turn));
        if (!found) {
            state.SkipWithError("find failed");
            return;
        }
        benchmark::DoNotOptimize(found->name.constData());
    }
}

void BM_Neighbourhood_Read(benchmark::State &state)
{
    std::size_t turn = 0;
    double nodes = 0;
    double edges = 0;
    for (auto _ : state) {
        auto graph = ProcessingService(*session).neighbourhood(nextCentre(turn), 2);
        if (!graph) {
            state.SkipWithError("neighbourhood failed");
            return;
        }
        nodes += double(graph->nodes.size());
        edges += double(graph->edges.size());
    }
    state.counters["nodes"] = benchmark::Counter(nodes, benchmark::Counter::kAvgIterations);
    state.counters["edges"] = benchmark::Counter(edges, benchmark::Counter::kAvgIterations);
}

void BM_Neighbourhood_Layout(benchmark::State &state)
{
    std::vector<RegisterNeighbourhood> graphs;
    for (qint64 id : centres) {
        auto graph = ProcessingService(*session).neighbourhood(id, 2);
        if (!graph) {
            state.SkipWithError("neighbourhood failed");
            return;
        }
        graphs.push_back(std::move(graph).value());
    }
    std::size_t turn = 0;
    for (auto _ : state) {
        const GraphLayout layout = RegisterGraphLayout::layout(graphs[turn++ % graphs.size()], Box);
        benchmark::DoNotOptimize(layout.bounds);
    }
}

// The target: under 50 ms.
void BM_Neighbourhood_ReadAndLayout(benchmark::State &state)
{
    std::size_t turn = 0;
    for (auto _ : state) {
        auto graph = ProcessingService(*session).neighbourhood(nextCentre(turn), 2);
        if (!graph) {
            state.SkipWithError("neighbourhood failed");
            return;
        }
        const GraphLayout layout = RegisterGraphLayout::layout(*graph, Box);
        benchmark::DoNotOptimize(layout.bounds);
    }
}

void BM_Diag_WholeRegisterFlags(benchmark::State &state)
{
    std::size_t flags = 0;
    for (auto _ : state) {
        auto all = ProcessingService(*session).consistency();
        if (!all) {
            state.SkipWithError("consistency failed");
            return;
        }
        flags = all->size();
    }
    state.counters["flags"] = double(flags);
}

BENCHMARK(BM_Reference_RegisterList)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reference_FindProcessing)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Neighbourhood_Read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Neighbourhood_Layout)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_Neighbourhood_ReadAndLayout)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_WholeRegisterFlags)->Unit(benchmark::kMillisecond);


std::unique_ptr<Session> prepare(GeneratedVault &generated)
{
    auto login = signInAs(generated, ClerkLogin, QStringLiteral("Claire Guichet"), Role::Clerk, SecureBytes::fromText(ClerkPassword));
    if (!login)
        return fail("sign-in", login.error());
    std::unique_ptr<Session> signedIn = std::move(login).value();
    // Sixteen processings spread over the generated ones, by name.
    for (std::size_t i = 0; i < centres.size(); ++i) {
        auto found = ProcessingService(*signedIn).search(
            QStringLiteral("Traitement %1").arg(int(i) * (GeneratedProcessings / 16) + 7));
        if (!found)
            return fail("search", found.error());
        if (found->empty())
            return fail("search", makeError(ErrorCode::NotFound, QStringLiteral("no such processing")));
        centres[i] = found->front().id;
    }
    return signedIn;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    return runBenchmarks(prepare, session);
}
