// The demo vault: its accounts open with the published passwords, and its
// requests cover every state, right and channel, some overdue, one with an
// agent; the letterhead is filled in.

#include "tests/support/TestSupport.h"
#include "core/demo/DemoVault.h"
#include "core/deliberations/DeliberationService.h"
#include "core/letters/Letterhead.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/accounts/Session.h"
#include "core/vault/Vault.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace habeas;
using namespace habeas::test;

TEST(DemoVaultTest, EveryStateRightAndChannelIsThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    auto created = DemoVault::create(path, KeyDerivation::FastForTests);
    ASSERT_OK(created);
    for (const DemoAccount &account : DemoVault::accounts()) {
        auto session = Session::login(path, QString::fromUtf8(account.login), SecureBytes::copyOf(account.password));
        ASSERT_OK(session);
        EXPECT_FALSE((*session)->passwordChangeRequired()) << account.login;
    }
    const DemoAccount &clerk = DemoVault::accounts()[2];
    auto session = Session::login(path, QString::fromUtf8(clerk.login), SecureBytes::copyOf(clerk.password));
    ASSERT_TRUE(session.ok());
    RequestService requests(**session);
    RequestFilter all;
    all.limit = 1000;
    auto rows = requests.list(all);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 12u);
    std::set<RequestState> states;
    std::set<QString> rights;
    std::set<Channel> channels;
    int overdue = 0;
    int withAgent = 0;
    int extended = 0;
    for (const RequestRow &row : *rows) {
        states.insert(row.state);
        for (const QString &right : row.rights.split(u','))
            rights.insert(right);
        auto request = requests.view(row.id);
        ASSERT_TRUE(request.ok());
        channels.insert(request->channel);
        withAgent += request->agent.present() ? 1 : 0;
        extended += request->extendedUntil.isValid() ? 1 : 0;
        if (request->state != RequestState::Closed && request->state != RequestState::Refused
            && request->state != RequestState::Withdrawn && request->effectiveDue() < QDate::currentDate())
            ++overdue;
    }
    EXPECT_EQ(states.size(), AllRequestStates.size());
    EXPECT_EQ(rights, (std::set<QString>{QStringLiteral("access"), QStringLiteral("rectification"), QStringLiteral("erasure"),
                                         QStringLiteral("limitation"), QStringLiteral("objection")}));
    EXPECT_EQ(channels.size(), 5u);
    EXPECT_GE(overdue, 2);
    EXPECT_EQ(withAgent, 1);
    EXPECT_EQ(extended, 1);
}

TEST(DemoVaultTest, TheSeedRegisterAndDeliberationAreThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    auto created = DemoVault::create(path, KeyDerivation::FastForTests);
    ASSERT_OK(created);
    const DemoAccount &dpo = DemoVault::accounts()[1];
    auto session = Session::login(path, QString::fromUtf8(dpo.login), SecureBytes::copyOf(dpo.password));
    ASSERT_TRUE(session.ok());
    auto processings = ProcessingService(**session).list();
    ASSERT_TRUE(processings.ok());
    int described = 0;
    int referenced = 0;
    qint64 vouchers = 0;
    for (const ProcessingSummary &p : *processings) {
        (p.described ? described : referenced) += 1;
        if (p.name == QStringLiteral("Gestion des titres restaurant"))
            vouchers = p.id;
    }
    EXPECT_EQ(described, 3);
    EXPECT_EQ(referenced, 3) << "the processings the deliberation names but the register does not describe";
    ASSERT_NE(vouchers, 0);
    auto detail = ProcessingService(**session).find(vouchers);
    ASSERT_TRUE(detail.ok());
    EXPECT_EQ(detail->links.size(), 4u);
    EXPECT_EQ(detail->recipients.front().access.size(), 3);
    auto linked = ProcessingService(**session).deliberations(vouchers);
    ASSERT_TRUE(linked.ok());
    ASSERT_EQ(linked->size(), 1u);
    EXPECT_EQ(linked->front().number, QStringLiteral("2023-133"));
    auto deliberations = DeliberationService(**session).list();
    ASSERT_TRUE(deliberations.ok());
    ASSERT_EQ(deliberations->size(), 1u);
    EXPECT_EQ(deliberations->front().number, QStringLiteral("2023-133"));
    EXPECT_EQ(deliberations->front().openConditions, 5);
    auto deliberation = DeliberationService(**session).find(deliberations->front().id);
    ASSERT_TRUE(deliberation.ok());
    EXPECT_EQ(deliberation->sections.size(), 9u) << "imported from its text: the preamble, then I to VIII";
    EXPECT_TRUE(deliberation->sections.back().heading.startsWith(QStringLiteral("VIII. Sur la durée")));
    EXPECT_EQ(deliberation->citations.size(), 3u);
    EXPECT_EQ(deliberation->journalNumber, QStringLiteral("8663"));
    EXPECT_EQ(deliberation->journalDate, QDate(2023, 10, 6));
    EXPECT_EQ(deliberation->kind, DeliberationKind::FavourableOpinion);
    EXPECT_EQ(deliberation->subject, DeliberationSubject::Modification);
    EXPECT_TRUE(deliberation->fullText.contains(QStringLiteral("Après en avoir délibéré")));
    EXPECT_EQ(std::count_if(deliberation->conditions.begin(), deliberation->conditions.end(),
                            [](const Condition &c) { return c.kind == ConditionKind::Reminder; }),
              4);
}

// A complete sample letterhead, the administrator's entry; no logo where
// there are no fonts to draw it (this suite has no GUI application).
TEST(DemoVaultTest, TheLetterheadIsFilledIn)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    ASSERT_OK(DemoVault::create(path, KeyDerivation::FastForTests));
    const DemoAccount &clerk = DemoVault::accounts()[2];
    auto session = Session::login(path, QString::fromUtf8(clerk.login), SecureBytes::copyOf(clerk.password));
    ASSERT_OK(session);
    auto letterhead = LetterheadService(**session).current();
    ASSERT_OK(letterhead);
    for (const QString *field : {&letterhead->officeName, &letterhead->address, &letterhead->place,
                                 &letterhead->signatoryName, &letterhead->signatoryTitle, &letterhead->footer,
                                 &letterhead->authorityAddress})
        EXPECT_FALSE(field->isEmpty());
    EXPECT_TRUE(letterhead->authorityAddress.contains(QStringLiteral("Autorité de Protection des Données Personnelles")));
    EXPECT_EQ(letterhead->signatoryName, QString::fromUtf8(DemoVault::accounts()[1].fullName));
    EXPECT_TRUE(letterhead->logoPng.isEmpty());
    // The demo's own, not the defaults of a new vault.
    EXPECT_NE(*letterhead, LetterheadService::defaults());
}
