// The request workflow: every one of the 49 transitions, legal or not.

#include "core/requests/Workflow.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace habeas;

TEST(WorkflowTest, EveryTransitionLegalOrIllegal)
{
    using S = RequestState;
    // Written out independently of the code: the legal moves of SPEC's flow.
    const std::set<std::pair<S, S>> legal{
        {S::Received, S::IdentityCheck},  {S::Received, S::Refused},     {S::Received, S::Withdrawn},
        {S::IdentityCheck, S::InProgress}, {S::IdentityCheck, S::Refused}, {S::IdentityCheck, S::Withdrawn},
        {S::InProgress, S::Answered},      {S::InProgress, S::Refused},    {S::InProgress, S::Withdrawn},
        {S::Answered, S::Closed},
    };
    int checked = 0;
    for (S from : AllRequestStates) {
        for (S to : AllRequestStates) {
            const bool expected = legal.count({from, to}) == 1;
            EXPECT_EQ(Workflow::allowed(from, to), expected) << qPrintable(requestStateKey(from) + u'>' + requestStateKey(to));
            const auto result = Workflow::check(from, to, QStringLiteral("reason"));
            EXPECT_EQ(result.ok(), expected);
            if (!expected) {
                EXPECT_EQ(result.error().code, ErrorCode::IllegalTransition);
                EXPECT_FALSE(result.error().message.isEmpty());
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 49);
}

TEST(WorkflowTest, EndsAreFinal)
{
    for (RequestState end : {RequestState::Closed, RequestState::Refused, RequestState::Withdrawn}) {
        EXPECT_TRUE(Workflow::isEnd(end));
        EXPECT_TRUE(Workflow::nextStates(end).empty());
        EXPECT_EQ(Workflow::check(end, RequestState::InProgress).error().code, ErrorCode::IllegalTransition);
    }
    EXPECT_FALSE(Workflow::isEnd(RequestState::Answered));
}

TEST(WorkflowTest, RefusalNeedsAReason)
{
    const auto refused = Workflow::check(RequestState::InProgress, RequestState::Refused, QStringLiteral("  "));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(refused.error().field, QStringLiteral("reason"));
    EXPECT_TRUE(Workflow::check(RequestState::InProgress, RequestState::Refused, QStringLiteral("manifestly abusive")).ok());
    EXPECT_TRUE(Workflow::check(RequestState::InProgress, RequestState::Withdrawn).ok());
}

TEST(WorkflowTest, IllegalMoveNamesThePossibleOnes)
{
    const auto skipped = Workflow::check(RequestState::Received, RequestState::Answered);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().code, ErrorCode::IllegalTransition);
    // The message names the states it may go to, in the interface's words.
    for (RequestState next : Workflow::nextStates(RequestState::Received))
        EXPECT_TRUE(skipped.error().message.contains(Workflow::stateName(next))) << requestStateKey(next).toStdString();
    EXPECT_EQ(Workflow::nextStates(RequestState::Received).size(), 3u);
}

TEST(WorkflowTest, StateKeysRoundTrip)
{
    for (RequestState state : AllRequestStates)
        EXPECT_EQ(requestStateFromKey(requestStateKey(state)), state);
    EXPECT_FALSE(requestStateFromKey(QStringLiteral("lost")).has_value());
}
