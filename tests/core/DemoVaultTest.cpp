// The demo vault: its accounts open with the published passwords, and its
// requests cover every state, right and channel, some overdue, one with an
// agent.

#include "TestSupport.h"
#include "demo/DemoVault.h"
#include "services/RequestService.h"
#include "services/Session.h"
#include "storage/Vault.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <set>

using namespace habeas;
using namespace habeas::test;

TEST(DemoVaultTest, EveryStateRightAndChannelIsThere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    auto created = DemoVault::create(path, fastKdf());
    ASSERT_TRUE(created.ok()) << qPrintable(created.error().message + u' ' + created.error().detail);
    (*created)->close();
    for (const DemoAccount &account : DemoVault::accounts()) {
        auto session = Session::login(path, QString::fromUtf8(account.login), SecureBytes::copyOf(account.password));
        ASSERT_TRUE(session.ok()) << account.login;
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
