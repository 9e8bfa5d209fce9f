#include "core/requests/Workflow.h"

namespace habeas {

bool Workflow::isEnd(RequestState state)
{
    return state == RequestState::Closed || state == RequestState::Refused || state == RequestState::Withdrawn;
}

bool Workflow::allowed(RequestState from, RequestState to)
{
    using S = RequestState;
    switch (from) {
    case S::Received:
        return to == S::IdentityCheck || to == S::Refused || to == S::Withdrawn;
    case S::IdentityCheck:
        return to == S::InProgress || to == S::Refused || to == S::Withdrawn;
    case S::InProgress:
        return to == S::Answered || to == S::Refused || to == S::Withdrawn;
    case S::Answered:
        return to == S::Closed;
    case S::Closed:
    case S::Refused:
    case S::Withdrawn:
        return false;
    }
    return false;
}

std::vector<RequestState> Workflow::nextStates(RequestState from)
{
    std::vector<RequestState> states;
    for (RequestState to : AllRequestStates) {
        if (allowed(from, to))
            states.push_back(to);
    }
    return states;
}

bool Workflow::needsReason(RequestState to)
{
    return to == RequestState::Refused;
}

QString Workflow::stateName(RequestState state)
{
    switch (state) {
    case RequestState::Received: return tr("Received");
    case RequestState::IdentityCheck: return tr("Identity check");
    case RequestState::InProgress: return tr("In progress");
    case RequestState::Answered: return tr("Answered");
    case RequestState::Closed: return tr("Closed");
    case RequestState::Refused: return tr("Refused");
    case RequestState::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

Result<void> Workflow::check(RequestState from, RequestState to, const QString &reason)
{
    if (isEnd(from))
        return makeError(ErrorCode::IllegalTransition,
                         tr("This request is already %1; it cannot change state any more.").arg(stateName(from).toLower()));
    if (!allowed(from, to)) {
        QStringList next;
        for (RequestState state : nextStates(from))
            next << stateName(state);
        return makeError(ErrorCode::IllegalTransition,
                         tr("A request in the state \"%1\" cannot go to \"%2\". Possible next states: %3.")
                             .arg(stateName(from), stateName(to), next.join(QStringLiteral(", "))));
    }
    if (needsReason(to) && reason.trimmed().isEmpty())
        return invalidInput(QStringLiteral("reason"), tr("A refusal needs its reason: it is printed in the letter."));
    return {};
}

} // namespace habeas
