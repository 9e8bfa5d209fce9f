// The reply deadline: months counted as Regulation 1182/71 counts them, then
// forward over weekends and Monaco public holidays; each case checked by hand
// against a calendar.

#include "core/requests/Deadline.h"

#include <gtest/gtest.h>

using namespace habeas;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

DeadlineCalculator english(DeadlineRules rules = {}, QList<QDate> extra = {})
{
    return DeadlineCalculator(MonacoCalendar(std::move(extra)), rules, QLocale(QLocale::English, QLocale::UnitedKingdom));
}

struct Case {
    const char *received;
    const char *due;
};

} // namespace

TEST(DeadlineTest, TheCasesOfTheSpecification)
{
    const Case cases[] = {
        {"2026-01-31", "2026-03-02"}, // no 31 February; 28th a Saturday
        {"2026-01-15", "2026-02-16"}, // Sunday
        {"2026-03-06", "2026-04-07"}, // Easter Monday
        {"2026-10-19", "2026-11-20"}, // Fête du Prince
        {"2026-07-15", "2026-08-17"}, // Assumption on a Saturday: no substitute
        {"2026-12-31", "2027-02-01"}, // Sunday
        {"2026-11-07", "2026-12-07"}, // a plain Monday
        {"2026-05-04", "2026-06-05"}, // Corpus Christi
    };
    const DeadlineCalculator calculator = english();
    for (const Case &c : cases)
        EXPECT_EQ(calculator.due(d(c.received)).due, d(c.due)) << c.received;
    EXPECT_EQ(calculator.extended(d("2026-01-31")).due, d("2026-04-30"));
}

TEST(DeadlineTest, MoreYearsAndHolidays)
{
    const Case cases[] = {
        {"2024-01-31", "2024-02-29"}, // leap year: the 29th exists
        {"2025-01-31", "2025-02-28"},
        {"2032-01-31", "2032-03-01"}, // leap year, 29 February 2032 a Sunday
        {"2027-10-19", "2027-11-22"}, // Fête du Prince on a Friday, then the weekend
        {"2028-11-25", "2028-12-26"}, // Christmas on a Monday
        {"2032-10-01", "2032-11-02"}, // All Saints on a Monday
        {"2033-04-01", "2033-05-03"}, // 1 May a Sunday: Monday off too
        {"2027-07-15", "2027-08-17"}, // 15 August a Sunday: Monday off too
        {"2030-11-08", "2030-12-09"}, // 8 December a Sunday: no substitute
        {"2029-12-27", "2030-01-28"}, // Sainte Dévote a Sunday: no substitute
        {"2027-12-27", "2028-01-28"}, // Sainte Dévote on a Thursday
        {"2025-11-08", "2025-12-09"}, // Immaculate Conception on a Monday
        {"2030-03-22", "2030-04-23"}, // Easter Monday 2030
        {"2030-04-30", "2030-05-31"}, // Ascension 2030
        {"2030-05-10", "2030-06-11"}, // Whit Monday 2030
        {"2030-05-20", "2030-06-21"}, // Corpus Christi 2030
        {"2035-02-26", "2035-03-27"}, // Easter Monday 2035 (early Easter)
        {"2029-03-02", "2029-04-03"}, // Easter Monday 2029
        {"2034-11-25", "2034-12-26"}, // Christmas 2034 on a Monday
        {"2031-01-31", "2031-02-28"},
    };
    const DeadlineCalculator calculator = english();
    for (const Case &c : cases)
        EXPECT_EQ(calculator.due(d(c.received)).due, d(c.due)) << c.received;
    EXPECT_EQ(calculator.extended(d("2024-01-31")).due, d("2024-04-30"));
    EXPECT_EQ(calculator.extended(d("2031-01-31")).due, d("2031-04-30"));
}

TEST(DeadlineTest, EasterSundays2024To2035)
{
    const char *const easter[] = {"2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
                                  "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25"};
    for (int year = 2024; year <= 2035; ++year)
        EXPECT_EQ(MonacoCalendar::easterSunday(year), d(easter[year - 2024])) << year;
}

TEST(DeadlineTest, TheHolidaysOf2026)
{
    const MonacoCalendar calendar;
    QStringList dates;
    for (const Holiday &holiday : calendar.holidays(2026))
        dates << holiday.date.toString(Qt::ISODate);
    EXPECT_EQ(dates, (QStringList{QStringLiteral("2026-01-01"), QStringLiteral("2026-01-27"), QStringLiteral("2026-04-06"),
                                  QStringLiteral("2026-05-01"), QStringLiteral("2026-05-14"), QStringLiteral("2026-05-25"),
                                  QStringLiteral("2026-06-04"), QStringLiteral("2026-08-15"), QStringLiteral("2026-11-01"),
                                  QStringLiteral("2026-11-02"), QStringLiteral("2026-11-19"), QStringLiteral("2026-12-08"),
                                  QStringLiteral("2026-12-25")}));
    // 1 November 2026 is a Sunday: the Monday is off.
    EXPECT_FALSE(calendar.isWorkingDay(d("2026-11-02")));
}

TEST(DeadlineTest, MonthsAreCountedFromTheSameDate)
{
    EXPECT_EQ(DeadlineCalculator::addMonths(d("2026-01-31"), 1), d("2026-02-28"));
    EXPECT_EQ(DeadlineCalculator::addMonths(d("2026-03-31"), 1), d("2026-04-30"));
    EXPECT_EQ(DeadlineCalculator::addMonths(d("2026-12-15"), 1), d("2027-01-15"));
    EXPECT_EQ(DeadlineCalculator::addMonths(d("2026-11-30"), 3), d("2027-02-28"));
    EXPECT_EQ(DeadlineCalculator::addMonths(d("2027-11-30"), 3), d("2028-02-29"));
}

TEST(DeadlineTest, ExplanationSaysEachStepInWords)
{
    const DeadlineComputation result = english().due(d("2026-01-31"));
    EXPECT_EQ(result.explanation(),
              QStringLiteral("received Saturday 31 January 2026; one month → Saturday 28 February 2026 (no 31 February); "
                             "not a working day (Saturday) → Monday 2 March 2026"));
    const DeadlineComputation easter = english().due(d("2026-03-06"));
    EXPECT_TRUE(easter.explanation().endsWith(QStringLiteral("not a working day (Easter Monday) → Tuesday 7 April 2026")))
        << qPrintable(easter.explanation());
    const DeadlineComputation plain = english().due(d("2026-11-07"));
    EXPECT_EQ(plain.steps.size(), 2);
}

TEST(DeadlineTest, FrenchExplanation)
{
    const DeadlineCalculator french(MonacoCalendar(), {}, QLocale(QLocale::French, QLocale::Monaco));
    const DeadlineComputation result = french.due(d("2026-01-31"));
    EXPECT_TRUE(result.steps.first().contains(QStringLiteral("samedi 31 janvier 2026"))) << qPrintable(result.explanation());
    EXPECT_TRUE(result.explanation().contains(QStringLiteral("lundi 2 mars 2026")));
}

TEST(DeadlineTest, ExtraHolidaysCount)
{
    // A one-off holiday on the due date moves it to the next working day.
    const DeadlineCalculator calculator = english({}, {d("2026-12-07")});
    const DeadlineComputation result = calculator.due(d("2026-11-07"));
    EXPECT_EQ(result.due, d("2026-12-09")); // 8 December is a holiday as well
    EXPECT_TRUE(result.explanation().contains(QStringLiteral("Public holiday (added)")));
}

TEST(DeadlineTest, PausesCountOnlyWhenTheSettingAllowsThem)
{
    EXPECT_EQ(english().due(d("2026-11-07"), 10).due, d("2026-12-07"));
    DeadlineRules rules;
    rules.pauseWhileAwaitingIdentity = true;
    const DeadlineComputation paused = english(rules).due(d("2026-11-07"), 10);
    EXPECT_EQ(paused.pausedDays, 10);
    EXPECT_EQ(paused.due, d("2026-12-17"));
    EXPECT_TRUE(paused.explanation().contains(QStringLiteral("10 days paused awaiting identity proof")));
}

TEST(DeadlineTest, ExtensionOnlyBeforeTheFirstDeadline)
{
    const DeadlineCalculator calculator = english();
    EXPECT_TRUE(calculator.extensionStillPossible(d("2026-01-31"), d("2026-03-02")));
    EXPECT_FALSE(calculator.extensionStillPossible(d("2026-01-31"), d("2026-03-03")));
    DeadlineRules none;
    none.extensionMonths = 0;
    EXPECT_FALSE(english(none).extensionStillPossible(d("2026-01-31"), d("2026-02-01")));
}

TEST(DeadlineTest, EveryDueDateIsAWorkingDay2024To2035)
{
    const DeadlineCalculator calculator = english();
    const MonacoCalendar &calendar = calculator.calendar();
    int checked = 0;
    for (QDate received = d("2024-01-01"); received <= d("2035-12-31"); received = received.addDays(1)) {
        const QDate due = calculator.due(received).due;
        ASSERT_TRUE(calendar.isWorkingDay(due)) << qPrintable(received.toString(Qt::ISODate));
        // Never earlier than one month, and never more than a week later.
        const QDate nominal = DeadlineCalculator::addMonths(received, 1);
        ASSERT_GE(due, nominal);
        ASSERT_LE(nominal.daysTo(due), 5) << qPrintable(received.toString(Qt::ISODate));
        ++checked;
    }
    EXPECT_EQ(checked, 4383);
}

TEST(DeadlineTest, ReplyTimelinessIsOneRule)
{
    const QDate today = d("2026-06-15");
    const QDate due = d("2026-05-04");
    // Replied on the date in force is on time, the day after is late.
    EXPECT_EQ(replyTimeliness(due, d("2026-05-04"), true, today), ReplyTimeliness::OnTime);
    EXPECT_EQ(replyTimeliness(due, d("2026-05-05"), true, today), ReplyTimeliness::Late);
    // A reply counts even when the request is still open.
    EXPECT_EQ(replyTimeliness(due, d("2026-05-05"), false, today), ReplyTimeliness::Late);
    // Not replied: overdue once the date has passed, pending on it and before.
    EXPECT_EQ(replyTimeliness(due, QDate(), false, today), ReplyTimeliness::Overdue);
    EXPECT_EQ(replyTimeliness(due, QDate(), false, due), ReplyTimeliness::Pending);
    EXPECT_EQ(replyTimeliness(due, QDate(), true, today), ReplyTimeliness::EndedWithoutReply);
    // No date in force (never computed): a reply is on time, and without one
    // the request is not overdue.
    EXPECT_EQ(replyTimeliness(QDate(), d("2026-05-05"), true, today), ReplyTimeliness::OnTime);
    EXPECT_EQ(replyTimeliness(QDate(), QDate(), false, today), ReplyTimeliness::Pending);
}
