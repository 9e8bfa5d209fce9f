// The demo vault made where letters can be laid out (the desktop program)
// holds the letters a clerk would have sent by now: the acknowledgement of
// each open request past its first days, the refusal of the refused one,
// and nothing yet for the newest, which show a letter owed.

#include "core/accounts/Session.h"
#include "core/demo/DemoVault.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "core/letters/PdfPages.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

TEST(DemoLettersTest, TheDemoHoldsTheLettersAClerkWouldHaveSent)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    ASSERT_OK(DemoVault::create(path, KeyDerivation::FastForTests));
    const auto accounts = DemoVault::accounts();
    const auto clerk =
        std::find_if(accounts.begin(), accounts.end(), [](const DemoAccount &one) { return one.role == Role::Clerk; });
    ASSERT_NE(clerk, accounts.end());
    auto session = Session::login(path, QString::fromUtf8(clerk->login), SecureBytes::copyOf(clerk->password));
    ASSERT_OK(session);
    RequestFilter all;
    all.limit = 1000;
    auto rows = RequestService(**session).list(all);
    ASSERT_OK(rows);
    const QDate today = (*session)->clock()->today();
    int acknowledged = 0;
    int refused = 0;
    int owed = 0;
    for (const RequestRow &row : *rows) {
        auto letters = LetterService(**session).list(row.id);
        ASSERT_OK(letters);
        const bool open = !Workflow::isEnd(row.state);
        if (row.state == RequestState::Refused) {
            ASSERT_EQ(letters->size(), 1u) << qPrintable(row.reference);
            EXPECT_EQ(letters->front().kind, LetterKind::Refusal);
            ++refused;
        } else if (open && row.state != RequestState::Received && row.received.daysTo(today) >= 5) {
            ASSERT_EQ(letters->size(), 1u) << qPrintable(row.reference);
            EXPECT_EQ(letters->front().kind, LetterKind::Acknowledgement);
            ++acknowledged;
        } else {
            EXPECT_TRUE(letters->empty()) << qPrintable(row.reference);
        }
        for (const IssuedLetter &letter : *letters) {
            auto pdf = LetterService(**session).archived(letter.id);
            ASSERT_OK(pdf);
            auto pages = PdfPages::count(QByteArray(reinterpret_cast<const char *>(pdf->data()), qsizetype(pdf->size())));
            ASSERT_OK(pages);
            EXPECT_EQ(*pages, letter.pages);
        }
        auto request = RequestService(**session).view(row.id);
        ASSERT_OK(request);
        owed += LetterComposer::owed(*request, *letters).empty() ? 0 : 1;
    }
    EXPECT_GE(acknowledged, 5);
    EXPECT_EQ(refused, 1);
    // Some requests still wait for a letter, as an office's always do.
    EXPECT_GE(owed, 3);
}
