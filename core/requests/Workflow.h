#pragma once

// The request workflow as rules: which transitions are legal, which need a
// reason, which end the request (and so destroy its identity document).
// Services call check() before any transition; an illegal one is a clear
// error, never a silent no-op.

#include "core/Result.h"
#include "core/requests/RequestState.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Workflow final {
    Q_DECLARE_TR_FUNCTIONS(Workflow)

public:
    static bool isEnd(RequestState state);
    static bool allowed(RequestState from, RequestState to);
    static std::vector<RequestState> nextStates(RequestState from);
    // Refused needs the reason (printed in the letter with the right to
    // refer the matter to the APDP).
    static bool needsReason(RequestState to);
    static Result<void> check(RequestState from, RequestState to, const QString &reason = {});
    // Translated name for screens and letters.
    static QString stateName(RequestState state);
};

} // namespace habeas
