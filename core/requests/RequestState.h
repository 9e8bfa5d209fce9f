#pragma once

// The states of a rights request. Received → Identity check → In progress →
// Answered → Closed, with Refused and Withdrawn as other ends.

#include <QString>

#include <array>
#include <optional>

namespace habeas {

enum class RequestState {
    Received,
    IdentityCheck,
    InProgress,
    Answered,
    Closed,
    Refused,
    Withdrawn,
};

inline constexpr std::array AllRequestStates = {
    RequestState::Received, RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered,
    RequestState::Closed,   RequestState::Refused,       RequestState::Withdrawn,
};

// Stable keys stored in the database ("received", "identity-check", …).
QString requestStateKey(RequestState state);
std::optional<RequestState> requestStateFromKey(const QString &key);

} // namespace habeas
