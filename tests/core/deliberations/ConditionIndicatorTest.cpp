// The figures of conditions computed from plain values: which access
// requests count and which are late, which exports count and which were not
// encrypted, the wording shown, and the indicator a condition's text
// suggests.

#include "core/deliberations/ConditionIndicator.h"

#include <gtest/gtest.h>

using namespace habeas;

namespace {

constexpr qint64 Meals = 7;
constexpr qint64 Mail = 8;
const QDate Today(2026, 6, 15);

MeasuredRequest request(const char *reference, QDate received, QDate due, QDate replied = {},
                        const char *right = "access", qint64 processing = Meals)
{
    MeasuredRequest r;
    r.reference = QString::fromLatin1(reference);
    r.rights = QStringList{QString::fromLatin1(right)};
    r.processingIds = {processing};
    r.received = received;
    r.due = due;
    r.replied = replied;
    return r;
}

std::vector<MeasuredRequest> year2026()
{
    MeasuredRequest withdrawn = request("2026-0009", QDate(2026, 5, 2), QDate(2026, 6, 2));
    withdrawn.withdrawn = true;
    return {
        // Replied within the month.
        request("2026-0002", QDate(2026, 2, 2), QDate(2026, 3, 2), QDate(2026, 2, 20)),
        // Replied a week after its date.
        request("2026-0003", QDate(2026, 3, 2), QDate(2026, 4, 2), QDate(2026, 4, 9)),
        // Extended to 5 March: replied after the first month, before the extension's date.
        request("2026-0001", QDate(2026, 1, 5), QDate(2026, 3, 5), QDate(2026, 2, 20)),
        // Still open, its date passed on 20 May.
        request("2026-0004", QDate(2026, 4, 20), QDate(2026, 5, 20)),
        // Still open, due on 1 July: not counted.
        request("2026-0005", QDate(2026, 6, 1), QDate(2026, 7, 1)),
        // Received the year before, replied late this year: another year's.
        request("2025-0040", QDate(2025, 12, 10), QDate(2026, 1, 12), QDate(2026, 2, 1)),
        // Late, but about another processing.
        request("2026-0006", QDate(2026, 1, 8), QDate(2026, 2, 9), QDate(2026, 3, 1), "access", Mail),
        // Late, but a right of rectification.
        request("2026-0007", QDate(2026, 1, 9), QDate(2026, 2, 9), QDate(2026, 3, 1), "rectification"),
        withdrawn,
    };
}

MeasuredExport exported(MeasuredExport::Kind kind, int day, std::vector<qint64> processings,
                        ExportEncryption encryption, qint64 object = 0, const char *reference = "")
{
    MeasuredExport e;
    e.kind = kind;
    e.at = QDateTime(QDate(2026, 5, day), QTime(9, 0), Qt::UTC);
    e.processingIds = std::move(processings);
    e.encryption = encryption;
    e.objectId = object;
    e.requestReference = QString::fromLatin1(reference);
    return e;
}

} // namespace

TEST(ConditionIndicatorTest, KeysRoundTripAndUnknownKeysAreRefused)
{
    for (Indicator indicator : AllIndicators) {
        EXPECT_EQ(indicatorFromKey(indicatorKey(indicator)), indicator);
        EXPECT_FALSE(ConditionIndicator::label(indicator).isEmpty());
    }
    EXPECT_EQ(indicatorKey(Indicator::AccessRepliesOnTime), QStringLiteral("access-on-time"));
    EXPECT_EQ(indicatorKey(Indicator::ExportsEncrypted), QStringLiteral("exports-encrypted"));
    EXPECT_FALSE(indicatorFromKey(QStringLiteral("typed-by-hand")));
    EXPECT_FALSE(indicatorFromKey(QString()));
}

TEST(ConditionIndicatorTest, AccessRepliesCountThisYearsAccessRequestsAboutTheProcessing)
{
    const AccessTimeliness a = ConditionIndicator::accessTimeliness(year2026(), Meals, 2026, Today);
    EXPECT_EQ(a.year, 2026);
    // On time: 2026-0002 and the extended 2026-0001; late: 2026-0003 and
    // the open 2026-0004.
    EXPECT_EQ(a.counted, 4);
    EXPECT_EQ(a.onTime, 2);
    EXPECT_EQ(a.percent(), 50);
    EXPECT_EQ(a.notYetDue, 1);
    EXPECT_EQ(a.withdrawn, 1);
    ASSERT_EQ(a.late.size(), 2u);
    // Most days late first: open since 20 May (26 days on 15 June), then a
    // reply seven days late.
    EXPECT_EQ(a.late[0].reference, QStringLiteral("2026-0004"));
    EXPECT_FALSE(a.late[0].replied.isValid());
    EXPECT_EQ(a.late[0].due, QDate(2026, 5, 20));
    EXPECT_EQ(a.late[0].daysLate, 26);
    EXPECT_EQ(a.late[1].reference, QStringLiteral("2026-0003"));
    EXPECT_EQ(a.late[1].received, QDate(2026, 3, 2));
    EXPECT_EQ(a.late[1].replied, QDate(2026, 4, 9));
    EXPECT_EQ(a.late[1].daysLate, 7);

    ConditionMeasure measure;
    measure.indicator = Indicator::AccessRepliesOnTime;
    measure.access = a;
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("2 of 4 on time (50 %)"));
    const QString explanation = ConditionIndicator::explanation(measure);
    EXPECT_TRUE(explanation.contains(QStringLiteral("received in 2026"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("not yet due are not counted"))) << explanation.toStdString();
    EXPECT_TRUE(explanation.contains(QStringLiteral("withdrawn"))) << explanation.toStdString();
}

TEST(ConditionIndicatorTest, AReplyOnItsDateIsOnTimeAndTheDayAfterIsLate)
{
    const std::vector<MeasuredRequest> requests{
        request("2026-0010", QDate(2026, 2, 2), QDate(2026, 3, 2), QDate(2026, 3, 2)),
        request("2026-0011", QDate(2026, 2, 2), QDate(2026, 3, 2), QDate(2026, 3, 3)),
        // Due today and still open: not late yet.
        request("2026-0012", QDate(2026, 5, 15), Today),
    };
    const AccessTimeliness a = ConditionIndicator::accessTimeliness(requests, Meals, 2026, Today);
    EXPECT_EQ(a.counted, 2);
    EXPECT_EQ(a.onTime, 1);
    EXPECT_EQ(a.notYetDue, 1);
    ASSERT_EQ(a.late.size(), 1u);
    EXPECT_EQ(a.late[0].reference, QStringLiteral("2026-0011"));
    EXPECT_EQ(a.late[0].daysLate, 1);
}

TEST(ConditionIndicatorTest, WithoutADateInForceNothingIsLate)
{
    // As the inspection file counts them (replyTimeliness): a reply with no
    // date in force is on time, and an open request without one is not late.
    const AccessTimeliness a = ConditionIndicator::accessTimeliness(
        {request("2026-0020", QDate(2026, 2, 2), QDate(), QDate(2026, 3, 20)),
         request("2026-0021", QDate(2026, 2, 3), QDate())},
        Meals, 2026, Today);
    EXPECT_EQ(a.counted, 1);
    EXPECT_EQ(a.onTime, 1);
    EXPECT_EQ(a.notYetDue, 1);
    EXPECT_TRUE(a.late.empty());
}

TEST(ConditionIndicatorTest, AnotherYearOrProcessingCountsNothing)
{
    EXPECT_EQ(ConditionIndicator::accessTimeliness(year2026(), Meals, 2024, Today).counted, 0);
    const AccessTimeliness other = ConditionIndicator::accessTimeliness(year2026(), Mail, 2026, Today);
    EXPECT_EQ(other.counted, 1);
    EXPECT_EQ(other.onTime, 0);
    ConditionMeasure measure;
    measure.access = ConditionIndicator::accessTimeliness({}, Meals, 2026, Today);
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("No access request to measure in 2026"));
    measure.access = other;
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("0 of 1 on time (0 %)"));
}

TEST(ConditionIndicatorTest, PercentagesRound)
{
    std::vector<MeasuredRequest> requests;
    for (const char *reference : {"2026-0001", "2026-0002"})
        requests.push_back(request(reference, QDate(2026, 2, 2), QDate(2026, 3, 2), QDate(2026, 2, 10)));
    requests.push_back(request("2026-0003", QDate(2026, 2, 2), QDate(2026, 3, 2), QDate(2026, 3, 10)));
    EXPECT_EQ(ConditionIndicator::accessTimeliness(requests, Meals, 2026, Today).percent(), 67);
}

TEST(ConditionIndicatorTest, ExportsCountTheProcessingsEntryTheWholeRegisterAndItsLetters)
{
    using K = MeasuredExport::Kind;
    const std::vector<MeasuredExport> exports{
        exported(K::RegisterEntry, 3, {Meals}, ExportEncryption::Encrypted, Meals),
        exported(K::WholeRegister, 4, {}, ExportEncryption::Encrypted),
        exported(K::Letter, 6, {Mail, Meals}, ExportEncryption::NotEncrypted, 31, "2026-0004"),
        exported(K::RegisterEntry, 5, {Meals}, ExportEncryption::Unknown, Meals),
        // Another processing's entry and letter.
        exported(K::RegisterEntry, 7, {Mail}, ExportEncryption::NotEncrypted, Mail),
        exported(K::Letter, 8, {Mail}, ExportEncryption::NotEncrypted, 32, "2026-0006"),
    };
    const ExportsEncryption e = ConditionIndicator::exportsEncryption(exports, Meals);
    EXPECT_EQ(e.counted, 4);
    EXPECT_EQ(e.encrypted, 2);
    EXPECT_EQ(e.unknown, 1);
    ASSERT_EQ(e.notEncrypted.size(), 2u);
    // Oldest first: the entry that does not say, then the letter.
    EXPECT_EQ(e.notEncrypted[0].encryption, ExportEncryption::Unknown);
    EXPECT_EQ(e.notEncrypted[1].kind, K::Letter);
    EXPECT_EQ(e.notEncrypted[1].requestReference, QStringLiteral("2026-0004"));
    ConditionMeasure measure;
    measure.indicator = Indicator::ExportsEncrypted;
    measure.exports = e;
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("1 of 4 exports not encrypted"));
    EXPECT_TRUE(ConditionIndicator::explanation(measure).contains(QStringLiteral("do not say")));

    measure.exports = ConditionIndicator::exportsEncryption({exports[0], exports[1]}, Meals);
    EXPECT_TRUE(measure.exports.notEncrypted.empty());
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("2 exports, all encrypted"));
    measure.exports = ConditionIndicator::exportsEncryption({exports[4]}, Meals);
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("No export yet"));
}

TEST(ConditionIndicatorTest, TheAuditDetailTellsWhetherAnExportWasEncrypted)
{
    EXPECT_EQ(ConditionIndicator::encryptionOfDetail(QStringLiteral("aes-256, file")), ExportEncryption::Encrypted);
    // The letters' first entries had no ", file".
    EXPECT_EQ(ConditionIndicator::encryptionOfDetail(QStringLiteral("aes-256")), ExportEncryption::Encrypted);
    EXPECT_EQ(ConditionIndicator::encryptionOfDetail(QStringLiteral("plain, file")), ExportEncryption::NotEncrypted);
    EXPECT_EQ(ConditionIndicator::encryptionOfDetail(QString()), ExportEncryption::Unknown);
}

TEST(ConditionIndicatorTest, WithoutAProcessingTheFigureAsksForIt)
{
    ConditionMeasure measure;
    measure.needsProcessing = true;
    EXPECT_EQ(ConditionIndicator::figure(measure), QStringLiteral("Needs the deliberation's processing"));
    EXPECT_TRUE(ConditionIndicator::explanation(measure).contains(QStringLiteral("Link the deliberation")));
}

TEST(ConditionIndicatorTest, TheWordingSuggestsAnIndicatorInFrenchOrEnglish)
{
    EXPECT_EQ(ConditionIndicator::suggest(
                  QStringLiteral("Répondre aux demandes d'accès dans le mois qui suit leur réception")),
              Indicator::AccessRepliesOnTime);
    EXPECT_EQ(ConditionIndicator::suggest(QStringLiteral("The reply to an access request must come within a month")),
              Indicator::AccessRepliesOnTime);
    EXPECT_EQ(
        ConditionIndicator::suggest(QStringLiteral("Chiffrer toute copie ou extraction sur son support de réception")),
        Indicator::ExportsEncrypted);
    EXPECT_EQ(ConditionIndicator::suggest(QStringLiteral("Extracts must be encrypted on their medium")),
              Indicator::ExportsEncrypted);
    // Access without a month, passwords, the information of staff: none.
    EXPECT_FALSE(ConditionIndicator::suggest(QStringLiteral(
        "Prévoir, pour les demandes d'accès par courriel, une procédure vérifiant l'identité du demandeur")));
    EXPECT_FALSE(
        ConditionIndicator::suggest(QStringLiteral("Protéger chaque compte par un mot de passe fort, renouvelé")));
    EXPECT_FALSE(ConditionIndicator::suggest(QStringLiteral("Informer les agents de leurs droits")));
}
