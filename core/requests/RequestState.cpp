#include "core/requests/RequestState.h"

namespace habeas {

QString requestStateKey(RequestState state)
{
    switch (state) {
    case RequestState::Received: return QStringLiteral("received");
    case RequestState::IdentityCheck: return QStringLiteral("identity-check");
    case RequestState::InProgress: return QStringLiteral("in-progress");
    case RequestState::Answered: return QStringLiteral("answered");
    case RequestState::Closed: return QStringLiteral("closed");
    case RequestState::Refused: return QStringLiteral("refused");
    case RequestState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<RequestState> requestStateFromKey(const QString &key)
{
    for (RequestState state : AllRequestStates) {
        if (requestStateKey(state) == key)
            return state;
    }
    return std::nullopt;
}

} // namespace habeas
