#pragma once

// What the dashboard shows of the requests: those awaiting their reply that
// need attention now (overdue, due within DueSoonWorkingDays working days,
// waiting for identity proof, extended), each list with its full count, and
// the year's figures: requests received by right and by month, and the
// share of replies sent on time. Read by RequestService::dashboard().

#include "core/requests/Request.h"

#include <array>
#include <utility>
#include <vector>

namespace habeas {

struct RequestList final {
    std::vector<RequestRow> rows; // the most urgent first, at most ListLimit
    qint64 count = 0;             // all of them
    static constexpr int ListLimit = 50;
};

struct RequestDashboard final {
    int year = 0;
    RequestList overdue;
    RequestList dueSoon;
    RequestList awaitingIdentity;
    RequestList extended;
    // Requests received in the year, by right (every right of the register's
    // table, in its order, zeros included) and by month (January first).
    std::vector<std::pair<QString, qint64>> byRight;
    std::array<qint64, 12> byMonth{};
    qint64 receivedInYear = 0;
    // Requests given their reply (answered, or refused) in the year, and
    // those of them whose reply came no later than the date in force.
    qint64 replied = 0;
    qint64 repliedOnTime = 0;
};

} // namespace habeas
