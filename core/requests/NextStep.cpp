#include "core/requests/NextStep.h"

#include "core/requests/Workflow.h"

namespace habeas {

DueStatus NextStep::dueStatus(RequestState state, const QDate &due, const QDate &today, const MonacoCalendar &calendar,
                              int *workingDaysLeft)
{
    // Once the reply is sent, no deadline runs: an answered request waiting
    // to be closed is never overdue.
    if (Workflow::isEnd(state) || state == RequestState::Answered)
        return DueStatus::Ended;
    if (due < today)
        return DueStatus::Overdue;
    int days = 0;
    for (QDate day = today.addDays(1); day <= due && days <= DueSoonWorkingDays; day = day.addDays(1)) {
        if (calendar.isWorkingDay(day))
            ++days;
    }
    if (workingDaysLeft)
        *workingDaysLeft = days;
    return days <= DueSoonWorkingDays ? DueStatus::Soon : DueStatus::Fine;
}

QString NextStep::describe(const Request &request, const std::vector<StateChange> &history, const QDate &today,
                           const MonacoCalendar &calendar, IdentityCopy copy, const QLocale &locale)
{
    // When the current state began, in local time.
    QDate since;
    for (const StateChange &change : history) {
        if (change.to == request.state)
            since = change.at.toLocalTime().date();
    }
    const auto longDate = [&](const QDate &date) { return locale.toString(date, QStringLiteral("dddd d MMMM yyyy")); };
    const auto shortDate = [&](const QDate &date) { return locale.toString(date, QStringLiteral("d MMMM yyyy")); };
    const QDate due = request.effectiveDue();
    QString reply;
    int left = 0;
    switch (dueStatus(request.state, due, today, calendar, &left)) {
    case DueStatus::Overdue:
        reply = tr("reply overdue since %1 (%n day(s))", nullptr, int(due.daysTo(today))).arg(shortDate(due));
        break;
    case DueStatus::Soon:
        reply = due == today ? tr("reply due today, %1").arg(longDate(due))
                          : tr("reply due %1 (%n working day(s) left)", nullptr, left).arg(longDate(due));
        break;
    case DueStatus::Fine:
        reply = tr("reply due %1").arg(longDate(due));
        break;
    case DueStatus::Ended:
        break;
    }
    QString line;
    switch (request.state) {
    case RequestState::Received:
        line = tr("Identity to check, then the request to examine; %1").arg(reply);
        break;
    case RequestState::IdentityCheck:
        if (copy == IdentityCopy::Verified)
            line = tr("Identity verified: move the request on to its examination; %1").arg(reply);
        else if (copy == IdentityCopy::Held)
            line = tr("Copy of the identity document received: verify it; %1").arg(reply);
        else if (since.isValid() && since == today)
            line = tr("Identity proof asked today; %1").arg(reply);
        else if (since.isValid())
            line = tr("Identity proof asked on %1: no reply after %n day(s); %2", nullptr, int(since.daysTo(today)))
                       .arg(shortDate(since), reply);
        else
            line = tr("Identity proof awaited; %1").arg(reply);
        break;
    case RequestState::InProgress:
        line = tr("Processings to search and the reply to write; %1").arg(reply);
        break;
    case RequestState::Answered:
        line = since.isValid() ? tr("Reply sent on %1: close the request, which destroys the identity document")
                                     .arg(shortDate(since))
                               : tr("Reply sent: close the request, which destroys the identity document");
        break;
    case RequestState::Closed:
    case RequestState::Refused:
    case RequestState::Withdrawn:
        return since.isValid() ? tr("%1 on %2: nothing left to do").arg(Workflow::stateName(request.state), shortDate(since))
                               : tr("%1: nothing left to do").arg(Workflow::stateName(request.state));
    }
    if (request.assignee.isEmpty())
        return tr("%1. Nobody is assigned.").arg(line);
    return tr("%1. Assigned to %2.").arg(line, request.assignee);
}

} // namespace habeas
