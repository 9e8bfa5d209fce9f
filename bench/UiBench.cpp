// The request table on the generated vault of 100,000 requests
// (bench/GeneratedVault.h), offscreen, signed in as a clerk: the model's
// first page, a sort change, a filter change, a search keystroke, a jump to
// row 50,000, and opening a request's detail. Each one is paired with the
// service calls it makes, measured in the same run (the *_Service
// benchmarks), for the ratio model / service.
//
// The model is driven as the page and its table view drive it: the page's
// calls (setSession, setFilter, sort), then what the view asks of every
// visible cell when it paints (the roles QStyledItemDelegate reads), for
// VisibleRows rows. Painting itself is not measured.

#include "bench/GeneratedVault.h"
#include "core/accounts/Session.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/vault/Vault.h"
#include "ui/common/MessageBox.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"

#include <QApplication>
#include <QComboBox>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>

using namespace habeas;
using namespace habeas::bench;

namespace {

// Rows a table fills in half of a 1080-pixel-high window.
constexpr int VisibleRows = 30;
constexpr int JumpRow = 50000;
constexpr int Notes = 5;
constexpr int Findings = 3;

const QString ClerkLogin = QStringLiteral("clerk");
const QString ClerkPassword = QStringLiteral("Quai-Albert-Premier-88");

Session *session = nullptr;
// Two requests being worked on (notes, state changes, findings), opened in turn.
std::array<qint64, 2> detailIds{};

// What the page's filter boxes give before anyone touches them: open
// requests, sorted by due date.
RequestFilter openRequests()
{
    RequestFilter filter;
    filter.openOnly = true;
    return filter;
}

RequestFilter filterChange()
{
    RequestFilter filter;
    filter.state = RequestState::InProgress;
    filter.rightKey = QStringLiteral("objection");
    return filter;
}

RequestFilter searchFor(const QString &text)
{
    RequestFilter filter = openRequests();
    filter.text = text;
    return filter;
}

RequestFilter requesterOrder()
{
    RequestFilter filter = openRequests();
    filter.sort = RequestSort::Requester;
    return filter;
}

// "All states", for a list long enough to hold row 50,000.
RequestFilter everyRequest()
{
    return {};
}

// What a table view asks of each visible cell as it paints it.
int paintVisible(const QAbstractItemModel &model, int first)
{
    static constexpr int DelegateRoles[] = {Qt::FontRole,     Qt::TextAlignmentRole, Qt::ForegroundRole,
                                            Qt::CheckStateRole, Qt::DecorationRole,  Qt::DisplayRole,
                                            Qt::BackgroundRole};
    const int last = std::min(first + VisibleRows, model.rowCount());
    int filled = 0;
    for (int row = first; row < last; ++row) {
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

// A model as the page leaves it once shown: signed in, the default filter.
void show(RequestsModel &model, const RequestFilter &filter = openRequests())
{
    model.setSession(session);
    model.setFilter(filter);
}

bool check(benchmark::State &state, const RequestsModel &model, int filled, int first = 0)
{
    const int expected = int(std::min<qint64>(VisibleRows, model.total() - first)) * RequestsModel::ColumnCount;
    if (!model.lastError().isEmpty() || filled != expected) {
        state.SkipWithError("the model did not fill the visible rows");
        return false;
    }
    state.counters["rows"] = double(model.total());
    return true;
}

// The service work for one page: the count of the filter and its first
// `RequestsModel::PageSize` rows from `offset`.
bool servicePage(benchmark::State &state, RequestFilter filter, bool count, int offset = 0)
{
    RequestService service(*session);
    qint64 total = 0;
    if (count) {
        auto counted = service.count(filter);
        if (!counted) {
            state.SkipWithError("count failed");
            return false;
        }
        total = *counted;
    }
    filter.offset = offset;
    filter.limit = RequestsModel::PageSize;
    auto rows = service.list(filter);
    if (!rows || rows->empty()) {
        state.SkipWithError("list failed");
        return false;
    }
    benchmark::DoNotOptimize(rows->data());
    benchmark::DoNotOptimize(total);
    return true;
}

// The page shown for the first time: a new model given the session (which
// counts every request, the model's filter being still empty), then the
// default filter (RequestsPage::reload), then the first rows painted.
void BM_FirstPage_Model(benchmark::State &state)
{
    for (auto _ : state) {
        RequestsModel model;
        show(model);
        const int filled = paintVisible(model, 0);
        state.PauseTiming();
        const bool ok = check(state, model, filled);
        state.ResumeTiming();
        if (!ok)
            return;
    }
}

void BM_FirstPage_Service(benchmark::State &state)
{
    for (auto _ : state) {
        if (!servicePage(state, openRequests(), true))
            return;
    }
}

// A click on the Requester header.
void BM_SortChange_Model(benchmark::State &state)
{
    RequestsModel model;
    show(model);
    int filled = 0;
    for (auto _ : state) {
        model.sort(RequestsModel::Requester, Qt::AscendingOrder);
        filled = paintVisible(model, 0);
    }
    check(state, model, filled);
}

void BM_SortChange_Service(benchmark::State &state)
{
    for (auto _ : state) {
        if (!servicePage(state, requesterOrder(), true))
            return;
    }
}

// The state box on "In progress" and the right box on "Objection".
void BM_FilterChange_Model(benchmark::State &state)
{
    RequestsModel model;
    show(model);
    int filled = 0;
    for (auto _ : state) {
        model.setFilter(filterChange());
        filled = paintVisible(model, 0);
    }
    check(state, model, filled);
}

void BM_FilterChange_Service(benchmark::State &state)
{
    for (auto _ : state) {
        if (!servicePage(state, filterChange(), true))
            return;
    }
}

// The filter the page applies once typing pauses: the first letter (the
// widest search) and the fourth.
void searchModel(benchmark::State &state, const QString &text)
{
    RequestsModel model;
    show(model);
    int filled = 0;
    for (auto _ : state) {
        model.setFilter(searchFor(text));
        filled = paintVisible(model, 0);
    }
    check(state, model, filled);
}

void searchService(benchmark::State &state, const QString &text)
{
    for (auto _ : state) {
        if (!servicePage(state, searchFor(text), true))
            return;
    }
}

void BM_SearchFirstLetter_Model(benchmark::State &state)
{
    searchModel(state, QStringLiteral("l"));
}

void BM_SearchFirstLetter_Service(benchmark::State &state)
{
    searchService(state, QStringLiteral("l"));
}

void BM_SearchFourthLetter_Model(benchmark::State &state)
{
    searchModel(state, QStringLiteral("lefe"));
}

void BM_SearchFourthLetter_Service(benchmark::State &state)
{
    searchService(state, QStringLiteral("lefe"));
}

// The scroll bar dragged to row 50,000 of every request, sorted by due
// date: the rows painted there, none of their page read before (the
// model's pages are dropped outside the timing).
void BM_JumpToRow50000_Model(benchmark::State &state)
{
    RequestsModel model;
    show(model, everyRequest());
    paintVisible(model, 0);
    int filled = 0;
    for (auto _ : state) {
        state.PauseTiming();
        model.refresh();
        state.ResumeTiming();
        filled = paintVisible(model, JumpRow);
    }
    check(state, model, filled, JumpRow);
}

void BM_JumpToRow50000_Service(benchmark::State &state)
{
    for (auto _ : state) {
        if (!servicePage(state, everyRequest(), false, JumpRow))
            return;
    }
}

// Diagnostics, service only. The same jump in the order of receipt (until
// schema 16 the only one of the two whose index ended with the reference).
void BM_Diag_JumpByReceived_Service(benchmark::State &state)
{
    RequestFilter filter = everyRequest();
    filter.sort = RequestSort::Received;
    for (auto _ : state) {
        if (!servicePage(state, filter, false, JumpRow))
            return;
    }
}

// The count setSession runs, before the page applies its filter.
void BM_Diag_CountEveryRequest_Service(benchmark::State &state)
{
    for (auto _ : state) {
        auto counted = RequestService(*session).count(everyRequest());
        if (!counted) {
            state.SkipWithError("count failed");
            return;
        }
        benchmark::DoNotOptimize(*counted);
    }
}

// The count alone of the first letter's search (its list is the rest of
// SearchFirstLetter_Service).
void BM_Diag_CountFirstLetter_Service(benchmark::State &state)
{
    const RequestFilter filter = searchFor(QStringLiteral("l"));
    for (auto _ : state) {
        auto counted = RequestService(*session).count(filter);
        if (!counted) {
            state.SkipWithError("count failed");
            return;
        }
        benchmark::DoNotOptimize(*counted);
    }
}

// What the first page adds to the sort change: the model given the
// session (the rights' labels, the calendar, a count of every request),
// and each RequestService it constructs (it reads the deadline settings).
void BM_Diag_SetSession_Model(benchmark::State &state)
{
    RequestsModel model;
    for (auto _ : state)
        model.setSession(session);
}

void BM_Diag_NewRequestService_Service(benchmark::State &state)
{
    for (auto _ : state) {
        RequestService service(*session);
        benchmark::DoNotOptimize(&service);
    }
}

// What the findings' register costs where it is read now: once when their
// tab is shown, and again at each reload of the page while it is.
void BM_Diag_FindingsRegister_Model(benchmark::State &state)
{
    FindingsPanel panel(*session);
    panel.show();
    for (auto _ : state)
        panel.reloadRegister();
    if (panel.findChild<QComboBox *>()->count() != GeneratedProcessings)
        state.SkipWithError("the register was not read");
}

// A row activated: the detail below the table reads and shows the request,
// one of two in turn, as RequestsPage does with its RequestView.
void BM_OpenDetail_Model(benchmark::State &state)
{
    RequestView view(*session);
    std::size_t next = 0;
    for (auto _ : state) {
        view.open(detailIds[next]);
        next = 1 - next;
    }
    if (view.requestId() == 0 || !MessageBox::lastText().isEmpty())
        state.SkipWithError("the request was not shown");
}

// The calls RequestView::open makes: the audited view, the assignees
// offered, the identity document and its destruction, notes, history and
// the request's audit log entries (the register the findings choose from
// is read when their tab is first shown, not at each opening).
void BM_OpenDetail_Service(benchmark::State &state)
{
    std::size_t next = 0;
    for (auto _ : state) {
        const qint64 id = detailIds[next];
        next = 1 - next;
        RequestService requests(*session);
        IdentityDocumentService documents(*session);
        auto request = requests.view(id);
        auto assignees = requests.assignees();
        auto document = documents.describe(id);
        auto destruction = documents.destruction(id);
        auto notes = requests.notes(id);
        auto history = requests.history(id);
        if (!request || !assignees || !document || !destruction || !notes || !history || notes->size() != Notes) {
            state.SkipWithError("the request was not read");
            return;
        }
        benchmark::DoNotOptimize(request->id);
    }
}

BENCHMARK(BM_FirstPage_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FirstPage_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortChange_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortChange_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterChange_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterChange_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFirstLetter_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFirstLetter_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFourthLetter_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SearchFourthLetter_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JumpToRow50000_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JumpToRow50000_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_JumpByReceived_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_CountEveryRequest_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_CountFirstLetter_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_SetSession_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_FindingsRegister_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_NewRequestService_Service)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDetail_Model)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OpenDetail_Service)->Unit(benchmark::kMillisecond);


// The clerk signs in, then works on two new requests: moved to "in
// progress", with notes and findings, as a request opened from the list
// usually is.
std::unique_ptr<Session> prepare(GeneratedVault &generated)
{
    auto login = signInAs(generated, ClerkLogin, QStringLiteral("Claire Guichet"), Role::Clerk, SecureBytes::fromText(ClerkPassword));
    if (!login)
        return fail("sign-in", login.error());
    std::unique_ptr<Session> signedIn = std::move(login).value();
    RequestService requests(*signedIn);
    auto processings = ProcessingService(*signedIn).list();
    if (!processings)
        return fail("register", processings.error());
    for (qint64 &id : detailIds) {
        NewRequest input;
        input.channel = Channel::Email;
        input.received = signedIn->clock()->today();
        input.rights = {QStringLiteral("access"), QStringLiteral("erasure")};
        input.requester.surname = QStringLiteral("Lefèvre");
        input.requester.firstName = QStringLiteral("Hélène");
        input.requester.email = QStringLiteral("h.lefevre@example.mc");
        input.assignee = ClerkLogin;
        auto created = requests.create(input);
        if (!created)
            return fail("request", created.error());
        id = created->id;
        for (RequestState to : {RequestState::IdentityCheck, RequestState::InProgress}) {
            if (auto moved = requests.transition(id, to); !moved)
                return fail("transition", moved.error());
        }
        for (int n = 0; n < Notes; ++n) {
            if (auto added = requests.addNote(id, QStringLiteral("Relance du service %1 ; réponse attendue.").arg(n));
                !added)
                return fail("note", added.error());
        }
        std::vector<Finding> findings;
        for (int n = 0; n < Findings; ++n)
            findings.push_back({(*processings)[std::size_t(n)].id, (*processings)[std::size_t(n)].name,
                                n == 0 ? std::optional<bool>(true) : std::nullopt, QString()});
        if (auto set = requests.setFindings(id, findings); !set)
            return fail("findings", set.error());
    }
    return signedIn;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // A failure shows in the benchmark's error, not in a modal box.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    return runBenchmarks(prepare, session);
}
