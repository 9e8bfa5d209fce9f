// The DPO's screens on the generated vault (bench/GeneratedVault.h: 2,000
// processings in 40 departments, 500 deliberations of 5 conditions each),
// offscreen, signed in as the DPO:
//
// - the register list page: what RegisterPage::readRows() asks of the
//   service (every processing's summary, the consistency checks of the
//   whole register), the model filled, and the cells of the visible rows
//   read as a table view reads them when it paints;
// - the open-conditions board: the open conditions read, the model filled
//   and sorted by due date, the visible rows read;
// - the public notice of one department (50 processings): its facts, its
//   web page, and its PDF (rendering, reported per page).
//
// The reference in the same run is the cheapest read of the register
// there is: the 2,000 rows of the list's columns as the service reads them
// in one statement, without the checks, the model or the painting.
#include "bench/GeneratedVault.h"
#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/PrivacyNoticeService.h"
#include "core/register/ProcessingService.h"
#include "core/vault/Vault.h"
#include "ui/deliberations/ConditionsModel.h"
#include "ui/register/RegisterModel.h"

#include <QApplication>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace habeas;
using namespace habeas::bench;

namespace {

// Rows a table fills in half of a 1080-pixel-high window.
constexpr int VisibleRows = 30;
const QString DpoLogin = QStringLiteral("dpo");
const QString DpoPassword = QStringLiteral("Rocher-Saint-Nicolas-27");
// One of the 40 departments of the generated register: 50 processings.
const QString Department = QStringLiteral("Direction 7");

Session *session = nullptr;

// What a table view asks of each visible cell as it paints it; the count
// of cells that had a text.
int paintVisible(const QAbstractItemModel &model)
{
    static constexpr int DelegateRoles[] = {Qt::FontRole,       Qt::TextAlignmentRole, Qt::ForegroundRole,
                                            Qt::CheckStateRole, Qt::DecorationRole,    Qt::DisplayRole,
                                            Qt::ToolTipRole,    Qt::BackgroundRole};
    const int last = std::min(VisibleRows, model.rowCount());
    int filled = 0;
    for (int row = 0; row < last; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : DelegateRoles) {
                QVariant value = model.data(index, role);
                benchmark::DoNotOptimize(value);
                filled += role == Qt::DisplayRole && value.isValid() ? 1 : 0;
            }
        }
    }
    return filled;
}

void BM_Reference_RegisterRows(benchmark::State &state)
{
    ProcessingService service(*session);
    std::size_t rows = 0;
    for (auto _ : state) {
        auto all = service.list();
        if (!all) {
            state.SkipWithError("the register could not be read");
            return;
        }
        rows = all->size();
        benchmark::DoNotOptimize(all->data());
    }
    state.counters["rows"] = double(rows);
}

void BM_RegisterListPage(benchmark::State &state)
{
    ProcessingService service(*session);
    RegisterModel model;
    int filled = 0;
    std::size_t flagged = 0;
    for (auto _ : state) {
        auto rows = service.list();
        auto flags = service.consistency();
        if (!rows || !flags) {
            state.SkipWithError("the register could not be read");
            return;
        }
        flagged = flags->size();
        model.setRows(std::move(rows).value(), *flags);
        filled = paintVisible(model);
    }
    if (filled != VisibleRows * RegisterModel::ColumnCount) {
        state.SkipWithError("the visible rows were not filled");
        return;
    }
    state.counters["rows"] = double(model.rowCount());
    state.counters["flags"] = double(flagged);
}

// The page's list alone, without the consistency checks, to show what
// the checks cost.
void BM_Diag_RegisterListWithoutChecks(benchmark::State &state)
{
    ProcessingService service(*session);
    RegisterModel model;
    for (auto _ : state) {
        auto rows = service.list();
        if (!rows) {
            state.SkipWithError("the register could not be read");
            return;
        }
        model.setRows(std::move(rows).value());
        benchmark::DoNotOptimize(paintVisible(model));
    }
    state.counters["rows"] = double(model.rowCount());
}

void BM_OpenConditionsBoard(benchmark::State &state)
{
    DeliberationService service(*session);
    ConditionsModel model;
    model.setToday(session->clock()->today());
    int filled = 0;
    for (auto _ : state) {
        auto open = service.openConditions();
        if (!open) {
            state.SkipWithError("the conditions could not be read");
            return;
        }
        model.setConditions(std::move(open).value());
        model.sort(ConditionsModel::Due);
        filled = paintVisible(model);
    }
    if (filled == 0) {
        state.SkipWithError("the board showed nothing");
        return;
    }
    state.counters["rows"] = double(model.rowCount());
}

void BM_NoticeFacts(benchmark::State &state)
{
    PrivacyNoticeService service(*session);
    std::size_t processings = 0;
    for (auto _ : state) {
        auto facts = service.facts(Department, QStringLiteral("fr"));
        if (!facts) {
            state.SkipWithError("no notice");
            return;
        }
        processings = facts->processings.size();
        benchmark::DoNotOptimize(facts->processings.data());
    }
    state.counters["processings"] = double(processings);
}

void BM_NoticeHtml(benchmark::State &state)
{
    PrivacyNoticeService service(*session);
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto html = service.html(Department, QStringLiteral("fr"));
        if (!html) {
            state.SkipWithError("no notice");
            return;
        }
        bytes = html->size();
        benchmark::DoNotOptimize(html->constData());
    }
    state.counters["bytes"] = double(bytes);
}

// Rendering: the time per page is the figure (counter "ms_per_page").
void BM_NoticePdf(benchmark::State &state)
{
    PrivacyNoticeService service(*session);
    int pages = 0;
    for (auto _ : state) {
        auto pdf = service.pdf(Department, QStringLiteral("fr"));
        if (!pdf) {
            state.SkipWithError("no notice");
            return;
        }
        pages = pdf->pages;
        benchmark::DoNotOptimize(pdf->bytes.data());
    }
    state.counters["pages"] = double(pages);
    // Seconds per page ("6.9m" is 6.9 ms).
    state.counters["per_page"] =
        benchmark::Counter(double(pages), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

BENCHMARK(BM_Reference_RegisterRows)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RegisterListPage)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_RegisterListWithoutChecks)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenConditionsBoard)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoticeFacts)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoticeHtml)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NoticePdf)->Unit(benchmark::kMillisecond);


std::unique_ptr<Session> prepare(GeneratedVault &generated)
{
    auto login = signInAs(generated, DpoLogin, QStringLiteral("Denis Rapaire"), Role::Dpo, SecureBytes::fromText(DpoPassword));
    if (!login)
        return fail("sign-in", login.error());
    std::unique_ptr<Session> signedIn = std::move(login).value();
    return signedIn;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    return runBenchmarks(prepare, session);
}
