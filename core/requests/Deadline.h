#pragma once

// The reply deadline of a rights request: one month from receipt, counted as
// Regulation (EEC, Euratom) No 1182/71 counts months (the same date in the
// following month, or that month's last day where the date does not exist),
// then moved forward over Saturdays, Sundays and Monaco public holidays.
// An extension (once, with reasons, notified before the first deadline)
// gives up to two further months, counted from receipt the same way. Days
// paused while identity proof is awaited (when the setting allows pauses)
// push the date back by as many days. Every result carries its explanation
// in words, for the screen and the letters.

#include "core/requests/MonacoCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

namespace habeas {

struct DeadlineRules final {
    int responseMonths = 1;
    int extensionMonths = 2;
    bool pauseWhileAwaitingIdentity = false;
};

struct DeadlineComputation final {
    QDate received;
    QDate due;
    int pausedDays = 0;
    QStringList steps; // "received Saturday 31 January 2026", "one month → …", …
    QString explanation() const { return steps.join(QStringLiteral("; ")); }
};

class DeadlineCalculator final {
    Q_DECLARE_TR_FUNCTIONS(DeadlineCalculator)

public:
    explicit DeadlineCalculator(MonacoCalendar calendar = MonacoCalendar(), DeadlineRules rules = {},
                                QLocale locale = QLocale());

    // The same date `months` later, or the last day of that month.
    static QDate addMonths(const QDate &date, int months);

    // The first deadline; `pausedDays` count only when the rules allow pauses.
    DeadlineComputation due(const QDate &received, int pausedDays = 0) const;
    // The latest date an extension can give.
    DeadlineComputation extended(const QDate &received, int pausedDays = 0) const;
    // An extension must be notified before the first deadline has passed.
    bool extensionStillPossible(const QDate &received, const QDate &today, int pausedDays = 0) const;
    QDate nextWorkingDay(QDate date) const;

    const MonacoCalendar &calendar() const { return m_calendar; }
    const DeadlineRules &rules() const { return m_rules; }

private:
    DeadlineComputation compute(const QDate &received, int months, int pausedDays) const;
    QString longDate(const QDate &date) const;
    QString monthsInWords(int months) const;

    MonacoCalendar m_calendar;
    DeadlineRules m_rules;
    QLocale m_locale;
};

// Whether a request's reply met its date in force: the one rule the
// inspection file and the conditions' indicator count by. Replied on or
// before `due`, or with no date in force, is on time; replied after it,
// late. Not replied: nothing to count when the request ended (`ended`),
// overdue once `due` has passed `today`, pending before.
enum class ReplyTimeliness { OnTime, Late, Overdue, Pending, EndedWithoutReply };
ReplyTimeliness replyTimeliness(const QDate &due, const QDate &repliedOn, bool ended, const QDate &today);

} // namespace habeas
