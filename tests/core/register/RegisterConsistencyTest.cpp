// The consistency flags of the register: each appears for a register that
// has its cause and goes once the DPO fixes it.

#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

class RegisterConsistencyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("register.habeas"));
        ASSERT_OK(createOfficeVault(m_path, QStringLiteral("Test")));
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_TRUE(session.ok());
        m_session = std::move(session).value();
    }

    // A processing that raises no flag of its own: a draft, no list.
    static Processing plain(const QString &name)
    {
        Processing p;
        p.name = name;
        p.controller = QStringLiteral("Direction des ressources humaines");
        return p;
    }

    Processing created(const Processing &p)
    {
        auto saved = ProcessingService(*m_session).create(p);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : qPrintable(saved.error().message));
        return saved.ok() ? *saved : Processing{};
    }

    Processing updated(const Processing &p)
    {
        auto saved = ProcessingService(*m_session).update(p);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : qPrintable(saved.error().message));
        return saved.ok() ? *saved : Processing{};
    }

    // The flags of one processing.
    std::vector<ConsistencyFlag> flags(qint64 id)
    {
        auto all = ProcessingService(*m_session).consistency();
        EXPECT_TRUE(all.ok());
        std::vector<ConsistencyFlag> mine;
        if (all.ok())
            std::copy_if(all->begin(), all->end(), std::back_inserter(mine),
                         [id](const ConsistencyFlag &flag) { return flag.processingId == id; });
        return mine;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(RegisterConsistencyTest, AProcessingWithNothingToCheckHasNoFlag)
{
    const Processing payroll = created(plain(QStringLiteral("Paie des agents")));
    auto all = ProcessingService(*m_session).consistency();
    ASSERT_OK(all);
    EXPECT_TRUE(all->empty());
    EXPECT_TRUE(flags(payroll.id).empty());
}

TEST_F(RegisterConsistencyTest, ALinkedProcessingNotDescribedIsFlaggedUntilDescribed)
{
    Processing payroll = plain(QStringLiteral("Paie des agents"));
    payroll.links = {{LinkKind::Interconnection, QStringLiteral("Gestion des carrières")}};
    payroll = created(payroll);
    auto found = flags(payroll.id);
    ASSERT_EQ(found.size(), 1u) << "the referenced-only processing, though 'in operation', has no flag of its own";
    EXPECT_EQ(found.front().kind, ConsistencyKind::UndescribedLink);
    EXPECT_EQ(found.front().detail, QStringLiteral("Gestion des carrières"));
    EXPECT_TRUE(found.front().sentence.contains(QStringLiteral("Gestion des carrières")));
    created(plain(QStringLiteral("Gestion des carrières")));
    EXPECT_TRUE(flags(payroll.id).empty());
}

TEST_F(RegisterConsistencyTest, ACategoryKeptLongerThanInALinkedProcessingIsFlaggedUntilShortened)
{
    Processing careers = plain(QStringLiteral("Gestion des carrières"));
    careers.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Un an"), 365}};
    careers = created(careers);
    Processing payroll = plain(QStringLiteral("Paie des agents"));
    payroll.links = {{LinkKind::Matching, QStringLiteral("gestion des carrieres")}};
    payroll.dataCategories = {{QStringLiteral("IDENTITE"), QStringLiteral("Deux ans"), 730},
                              {QStringLiteral("Coordonnées bancaires"), QStringLiteral("Cinq ans"), 1825}};
    payroll = created(payroll);
    auto found = flags(payroll.id);
    ASSERT_EQ(found.size(), 1u) << "the same category, accents and case aside; the other is not in the linked one";
    EXPECT_EQ(found.front().kind, ConsistencyKind::LongerRetention);
    EXPECT_EQ(found.front().detail, QStringLiteral("IDENTITE"));
    EXPECT_TRUE(found.front().sentence.contains(QStringLiteral("Gestion des carrières")));
    EXPECT_TRUE(flags(careers.id).empty()) << "kept shorter there: nothing to say about the linked one";
    payroll.dataCategories[0].retentionDays = 365;
    payroll = updated(payroll);
    EXPECT_TRUE(flags(payroll.id).empty()) << "as long as there is consistent";
}

TEST_F(RegisterConsistencyTest, MaintenanceAccessWithoutSecurityMeasureIsFlaggedUntilOneIsWritten)
{
    Processing mail = plain(QStringLiteral("Messagerie"));
    mail.recipients = {
        {QStringLiteral("Agents"), {QStringLiteral("consultation")}},
        {QStringLiteral("Prestataire"), {QStringLiteral("consultation"), QStringLiteral("maintenance")}}};
    mail = created(mail);
    auto found = flags(mail.id);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().kind, ConsistencyKind::MaintenanceWithoutSecurity);
    EXPECT_EQ(found.front().detail, QStringLiteral("Prestataire"));
    mail.securityMeasures = QStringLiteral("Accès nominatifs, journalisation");
    mail = updated(mail);
    EXPECT_TRUE(flags(mail.id).empty());
}

TEST_F(RegisterConsistencyTest, AProcessingInOperationWithoutDeliberationIsFlaggedUntilOneIsLinked)
{
    Processing mail = plain(QStringLiteral("Messagerie"));
    mail.status = ProcessingStatus::InOperation;
    mail = created(mail);
    auto found = flags(mail.id);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().kind, ConsistencyKind::OperatingWithoutDeliberation);
    EXPECT_FALSE(found.front().sentence.isEmpty());

    Deliberation opinion;
    opinion.number = QStringLiteral("2024-017");
    opinion.date = QDate(2024, 2, 21);
    opinion.title = QStringLiteral("Avis sur la messagerie");
    auto deliberation = DeliberationService(*m_session).create(opinion);
    ASSERT_OK(deliberation);
    EXPECT_EQ(flags(mail.id).size(), 1u) << "a deliberation about no processing changes nothing";
    ASSERT_OK(DeliberationService(*m_session).linkProcessing(deliberation->id, mail.id));
    EXPECT_TRUE(flags(mail.id).empty());
    ASSERT_OK(DeliberationService(*m_session).linkProcessing(deliberation->id, std::nullopt));
    EXPECT_EQ(flags(mail.id).size(), 1u) << "unlinked again";
}

TEST_F(RegisterConsistencyTest, ARetentionInWordsOnlyIsFlaggedUntilGivenItsDays)
{
    Processing mail = plain(QStringLiteral("Messagerie"));
    mail.dataCategories = {{QStringLiteral("Journaux"), QStringLiteral("Le temps de l'enquête"), std::nullopt},
                           {QStringLiteral("Identité"), QString(), std::nullopt}};
    mail = created(mail);
    auto found = flags(mail.id);
    ASSERT_EQ(found.size(), 1u) << "no retention written at all is not this flag";
    EXPECT_EQ(found.front().kind, ConsistencyKind::UncountedRetention);
    EXPECT_EQ(found.front().detail, QStringLiteral("Journaux"));
    mail.dataCategories[0].retentionDays = 180;
    mail = updated(mail);
    EXPECT_TRUE(flags(mail.id).empty());
}
