// Which letters a request is owed as it moves through the workflow: the
// acknowledgement while open, the extension notice once extended, the
// refusal once refused, the reply while examined or answered; each until
// one of its kind is issued, and none once the case file is anonymised.

#include "core/letters/LetterComposer.h"

#include <gtest/gtest.h>

using namespace habeas;

namespace {

using Kinds = std::vector<LetterKind>;

IssuedLetter issued(LetterKind kind)
{
    IssuedLetter letter;
    letter.kind = kind;
    return letter;
}

Request requestIn(RequestState state)
{
    Request request;
    request.state = state;
    request.received = QDate(2026, 11, 2);
    request.due = QDate(2026, 12, 2);
    return request;
}

TEST(LetterOwedTest, AReceivedRequestIsOwedItsAcknowledgementUntilItIsIssued)
{
    const Request request = requestIn(RequestState::Received);
    EXPECT_EQ(LetterComposer::owed(request, {}), Kinds{LetterKind::Acknowledgement});
    EXPECT_EQ(LetterComposer::owed(request, {issued(LetterKind::Acknowledgement)}), Kinds{});
    // A request for identity proof is never owed, and does not stand for the acknowledgement.
    EXPECT_EQ(LetterComposer::owed(request, {issued(LetterKind::IdentityRequest)}), Kinds{LetterKind::Acknowledgement});
}

TEST(LetterOwedTest, AnExtendedRequestIsOwedItsNoticeFirst)
{
    Request request = requestIn(RequestState::InProgress);
    request.extendedUntil = QDate(2027, 2, 2);
    EXPECT_EQ(LetterComposer::owed(request, {issued(LetterKind::Acknowledgement)}),
              (Kinds{LetterKind::Extension, LetterKind::Reply}));
    EXPECT_EQ(LetterComposer::owed(request, {issued(LetterKind::Acknowledgement), issued(LetterKind::Extension)}),
              Kinds{LetterKind::Reply});
}

TEST(LetterOwedTest, TheReplyIsOwedWhileExaminedOrAnsweredAndStandsForTheAcknowledgement)
{
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::IdentityCheck), {issued(LetterKind::Acknowledgement)}), Kinds{});
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::InProgress), {}),
              (Kinds{LetterKind::Acknowledgement, LetterKind::Reply}));
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::Answered), {issued(LetterKind::Reply)}), Kinds{});
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::Answered), {issued(LetterKind::Acknowledgement)}),
              Kinds{LetterKind::Reply});
}

TEST(LetterOwedTest, EndsOweOnlyTheRefusal)
{
    Request refused = requestIn(RequestState::Refused);
    refused.extendedUntil = QDate(2027, 2, 2);
    EXPECT_EQ(LetterComposer::owed(refused, {}), Kinds{LetterKind::Refusal});
    EXPECT_EQ(LetterComposer::owed(refused, {issued(LetterKind::Refusal)}), Kinds{});
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::Closed), {}), Kinds{});
    EXPECT_EQ(LetterComposer::owed(requestIn(RequestState::Withdrawn), {}), Kinds{});
    refused.anonymisedOn = QDate(2032, 1, 5);
    EXPECT_EQ(LetterComposer::owed(refused, {}), Kinds{});
}

} // namespace
