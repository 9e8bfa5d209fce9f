// RequestService::dashboard(): the figures of RequestDashboard.h.

#include "core/requests/RequestDashboard.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/requests/NextStep.h"
#include "core/requests/RequestRepository.h"
#include "core/requests/RequestService.h"

namespace habeas {

namespace {

// The last day whose deadline still counts as "due soon" seen from `today`.
QDate lastSoonDay(const QDate &today, const MonacoCalendar &calendar)
{
    QDate last = today;
    // Five working days fit in a fortnight, holidays included.
    for (QDate day = today; day <= today.addDays(21); day = day.addDays(1)) {
        if (NextStep::dueStatus(RequestState::InProgress, day, today, calendar) == DueStatus::Soon)
            last = day;
    }
    return last;
}

} // namespace

Result<RequestDashboard> RequestService::dashboard(const QDate &today)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("requests")); !allowed)
        return allowed.error();
    const RequestRepository requests(SessionStorage::database(m_session), m_session.clock());
    const auto fill = [&](RequestFilter filter, RequestList &list) -> Result<void> {
        filter.sort = RequestSort::Due;
        filter.limit = RequestList::ListLimit;
        auto rows = requests.list(filter);
        if (!rows)
            return rows.error();
        auto count = requests.count(filter);
        if (!count)
            return count.error();
        list.rows = std::move(rows).value();
        list.count = *count;
        return {};
    };
    RequestDashboard board;
    board.year = today.year();
    RequestFilter overdue;
    overdue.overdueOn = today;
    RequestFilter soon;
    soon.awaitingReply = true;
    soon.dueFrom = today;
    soon.dueUntil = lastSoonDay(today, m_deadlines.calendar());
    RequestFilter identity;
    identity.state = RequestState::IdentityCheck;
    RequestFilter extended;
    extended.awaitingReply = true;
    extended.extendedOnly = true;
    for (auto &[filter, list] : {std::pair<const RequestFilter &, RequestList &>{overdue, board.overdue},
                                 {soon, board.dueSoon},
                                 {identity, board.awaitingIdentity},
                                 {extended, board.extended}}) {
        if (auto filled = fill(filter, list); !filled)
            return filled.error();
    }
    auto byRight = requests.receivedByRight(board.year);
    if (!byRight)
        return byRight.error();
    board.byRight = std::move(byRight).value();
    auto byMonth = requests.receivedByMonth(board.year);
    if (!byMonth)
        return byMonth.error();
    board.byMonth = *byMonth;
    for (qint64 month : board.byMonth)
        board.receivedInYear += month;
    auto replied = requests.repliedInYear(board.year);
    if (!replied)
        return replied.error();
    board.replied = replied->first;
    board.repliedOnTime = replied->second;
    return board;
}

Result<RequestDashboard> RequestService::dashboard()
{
    return dashboard(m_session.clock()->today());
}

} // namespace habeas
