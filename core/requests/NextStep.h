#pragma once

// What a request waits for, in one line: what is due, from whom, by when
// ("Identity proof asked on 3 March: no reply after 15 days", "Reply due
// Monday 6 April"), and how near its deadline is. Shown on the request,
// counted by the dashboard; the same rules for both.

#include "core/requests/MonacoCalendar.h"
#include "core/requests/Request.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <vector>

namespace habeas {

// Ended: no deadline runs (replied, closed, refused or withdrawn); Overdue: the date in force has
// passed; Soon: due today or within DueSoonWorkingDays working days after
// it; Fine: later.
enum class DueStatus { Ended, Overdue, Soon, Fine };

// What the request holds of the requester's identity document.
enum class IdentityCopy { None, Held, Verified };

class NextStep final {
    Q_DECLARE_TR_FUNCTIONS(NextStep)

public:
    static constexpr int DueSoonWorkingDays = 5;

    // `workingDaysLeft`, when given, receives the working days from
    // tomorrow to the due date (counted up to DueSoonWorkingDays + 1).
    static DueStatus dueStatus(RequestState state, const QDate &due, const QDate &today, const MonacoCalendar &calendar,
                               int *workingDaysLeft = nullptr);
    // The line itself; `history` gives when the current state began, `copy`
    // whether the identity proof asked for has come.
    static QString describe(const Request &request, const std::vector<StateChange> &history, const QDate &today,
                            const MonacoCalendar &calendar, IdentityCopy copy = IdentityCopy::None,
                            const QLocale &locale = QLocale());
};

} // namespace habeas
