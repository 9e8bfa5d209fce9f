#pragma once

// Monaco's public holidays, for deadline computations: the twelve yearly
// holidays (four of them moving with Easter), the Monday substitution when
// one of the six named fixed holidays falls on a Sunday, and one-off
// holidays the administrator adds (a day of national mourning, a
// princely event).

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <vector>

namespace habeas {

struct Holiday final {
    QDate date;
    QString name; // translated
};

class MonacoCalendar final {
    Q_DECLARE_TR_FUNCTIONS(MonacoCalendar)

public:
    explicit MonacoCalendar(QList<QDate> extraHolidays = {});

    // Gregorian Easter Sunday (valid for any year after 1582).
    static QDate easterSunday(int year);

    // Every public holiday of the year, substitutions and extra days
    // included, in date order.
    std::vector<Holiday> holidays(int year) const;
    bool isHoliday(const QDate &date) const;
    // Empty when the date is not a holiday.
    QString holidayName(const QDate &date) const;
    bool isWorkingDay(const QDate &date) const;
    const QList<QDate> &extraHolidays() const { return m_extra; }

private:
    QList<QDate> m_extra;
};

} // namespace habeas
