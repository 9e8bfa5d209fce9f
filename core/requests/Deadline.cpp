#include "core/requests/Deadline.h"

namespace habeas {

DeadlineCalculator::DeadlineCalculator(MonacoCalendar calendar, DeadlineRules rules, QLocale locale)
    : m_calendar(std::move(calendar)), m_rules(rules), m_locale(std::move(locale))
{
}

QDate DeadlineCalculator::addMonths(const QDate &date, int months)
{
    const int total = date.year() * 12 + (date.month() - 1) + months;
    const int year = total / 12;
    const int month = total % 12 + 1;
    const int lastDay = QDate(year, month, 1).daysInMonth();
    return QDate(year, month, std::min(date.day(), lastDay));
}

QString DeadlineCalculator::longDate(const QDate &date) const
{
    return m_locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString DeadlineCalculator::monthsInWords(int months) const
{
    switch (months) {
    case 1: return tr("one month");
    case 2: return tr("two months");
    case 3: return tr("three months");
    default: return tr("%n month(s)", nullptr, months);
    }
}

QDate DeadlineCalculator::nextWorkingDay(QDate date) const
{
    while (!m_calendar.isWorkingDay(date))
        date = date.addDays(1);
    return date;
}

DeadlineComputation DeadlineCalculator::compute(const QDate &received, int months, int pausedDays) const
{
    DeadlineComputation result;
    result.received = received;
    result.steps << tr("received %1").arg(longDate(received));
    QDate date = addMonths(received, months);
    QString step = tr("%1 → %2").arg(monthsInWords(months), longDate(date));
    if (date.day() != received.day()) {
        // The month has no such day: its last day counts.
        step += u' '
                + tr("(no %1 %2)").arg(received.day()).arg(m_locale.standaloneMonthName(date.month(), QLocale::LongFormat));
    }
    result.steps << step;
    result.pausedDays = m_rules.pauseWhileAwaitingIdentity ? std::max(0, pausedDays) : 0;
    if (result.pausedDays > 0) {
        date = date.addDays(result.pausedDays);
        result.steps << tr("%n day(s) paused awaiting identity proof → %1", nullptr, result.pausedDays).arg(longDate(date));
    }
    const QDate working = nextWorkingDay(date);
    if (working != date) {
        const QString holiday = m_calendar.holidayName(date);
        const QString why = holiday.isEmpty() ? m_locale.dayName(date.dayOfWeek(), QLocale::LongFormat) : holiday;
        result.steps << tr("not a working day (%1) → %2").arg(why, longDate(working));
    }
    result.due = working;
    return result;
}

DeadlineComputation DeadlineCalculator::due(const QDate &received, int pausedDays) const
{
    return compute(received, m_rules.responseMonths, pausedDays);
}

DeadlineComputation DeadlineCalculator::extended(const QDate &received, int pausedDays) const
{
    return compute(received, m_rules.responseMonths + m_rules.extensionMonths, pausedDays);
}

bool DeadlineCalculator::extensionStillPossible(const QDate &received, const QDate &today, int pausedDays) const
{
    return m_rules.extensionMonths > 0 && today <= due(received, pausedDays).due;
}

ReplyTimeliness replyTimeliness(const QDate &due, const QDate &repliedOn, bool ended, const QDate &today)
{
    if (repliedOn.isValid())
        return due.isValid() && repliedOn > due ? ReplyTimeliness::Late : ReplyTimeliness::OnTime;
    if (ended)
        return ReplyTimeliness::EndedWithoutReply;
    return due.isValid() && due < today ? ReplyTimeliness::Overdue : ReplyTimeliness::Pending;
}

} // namespace habeas
