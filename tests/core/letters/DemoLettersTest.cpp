// The demo vault made where letters can be laid out (the desktop program)
// holds the letters a clerk would have sent by now: the acknowledgement of
// each open request past its first days, the refusal of the refused one,
// and nothing yet for the newest, which show a letter owed.

#include "core/accounts/Session.h"
#include "core/demo/DemoVault.h"
#include "core/letters/LetterService.h"
#include "core/letters/PdfPages.h"
#include "core/requests/RequestService.h"
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
    // What each demo request holds, by its requester.
    const auto lettersOf = [&](const QString &surname) {
        RequestFilter filter;
        filter.text = surname;
        auto rows = RequestService(**session).list(filter);
        EXPECT_OK(rows);
        std::vector<LetterKind> kinds;
        if (!rows || rows->empty())
            return kinds;
        auto letters = LetterService(**session).list(rows->front().id);
        EXPECT_OK(letters);
        for (const IssuedLetter &letter : letters ? *letters : std::vector<IssuedLetter>{}) {
            kinds.push_back(letter.kind);
            auto pdf = LetterService(**session).archived(letter.id);
            EXPECT_OK(pdf);
            if (!pdf)
                continue;
            auto pages = PdfPages::count(QByteArray(reinterpret_cast<const char *>(pdf->data()), qsizetype(pdf->size())));
            EXPECT_OK(pages);
            EXPECT_EQ(pages ? *pages : 0, letter.pages);
        }
        return kinds;
    };
    using Kinds = std::vector<LetterKind>;
    // Under examination for days: acknowledged.
    EXPECT_EQ(lettersOf(QStringLiteral("Lorenzi")), Kinds{LetterKind::Acknowledgement});
    EXPECT_EQ(lettersOf(QStringLiteral("Médecin")), Kinds{LetterKind::Acknowledgement});
    EXPECT_EQ(lettersOf(QStringLiteral("Gaggero")), Kinds{LetterKind::Acknowledgement});
    EXPECT_EQ(lettersOf(QStringLiteral("Cellario")), Kinds{LetterKind::Acknowledgement});
    // Refused: the refusal.
    EXPECT_EQ(lettersOf(QStringLiteral("Vatrican")), Kinds{LetterKind::Refusal});
    // Just received, or two days old: a letter still owed.
    EXPECT_EQ(lettersOf(QStringLiteral("Rossi")), Kinds{});
    EXPECT_EQ(lettersOf(QStringLiteral("Whitfield")), Kinds{});
    EXPECT_EQ(lettersOf(QStringLiteral("Pastorelli")), Kinds{});
    // Ended otherwise: none taken any more.
    EXPECT_EQ(lettersOf(QStringLiteral("Palmaro")), Kinds{});
}
