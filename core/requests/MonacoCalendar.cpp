#include "core/requests/MonacoCalendar.h"

#include <algorithm>

namespace habeas {

MonacoCalendar::MonacoCalendar(QList<QDate> extraHolidays) : m_extra(std::move(extraHolidays)) {}

QDate MonacoCalendar::easterSunday(int year)
{
    // The anonymous Gregorian computus (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

std::vector<Holiday> MonacoCalendar::holidays(int year) const
{
    std::vector<Holiday> days;
    const auto fixed = [&](int month, int day, const QString &name, bool mondayIfSunday) {
        const QDate date(year, month, day);
        days.push_back({date, name});
        if (mondayIfSunday && date.dayOfWeek() == Qt::Sunday)
            days.push_back({date.addDays(1), tr("%1 (observed)").arg(name)});
    };
    fixed(1, 1, tr("New Year's Day"), true);
    fixed(1, 27, tr("Saint Devota"), false);
    fixed(5, 1, tr("Labour Day"), true);
    fixed(8, 15, tr("Assumption"), true);
    fixed(11, 1, tr("All Saints' Day"), true);
    fixed(11, 19, tr("National Day (Fête du Prince)"), true);
    fixed(12, 8, tr("Immaculate Conception"), false);
    fixed(12, 25, tr("Christmas Day"), true);
    const QDate easter = easterSunday(year);
    days.push_back({easter.addDays(1), tr("Easter Monday")});
    days.push_back({easter.addDays(39), tr("Ascension Day")});
    days.push_back({easter.addDays(50), tr("Whit Monday")});
    days.push_back({easter.addDays(60), tr("Corpus Christi")});
    for (const QDate &extra : m_extra) {
        if (extra.year() == year)
            days.push_back({extra, tr("Public holiday (added)")});
    }
    std::sort(days.begin(), days.end(), [](const Holiday &x, const Holiday &y) { return x.date < y.date; });
    return days;
}

QString MonacoCalendar::holidayName(const QDate &date) const
{
    for (const Holiday &holiday : holidays(date.year())) {
        if (holiday.date == date)
            return holiday.name;
    }
    return {};
}

bool MonacoCalendar::isHoliday(const QDate &date) const
{
    return !holidayName(date).isEmpty();
}

bool MonacoCalendar::isWorkingDay(const QDate &date) const
{
    return date.dayOfWeek() != Qt::Saturday && date.dayOfWeek() != Qt::Sunday && !isHoliday(date);
}

} // namespace habeas
