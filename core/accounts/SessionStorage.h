#pragma once

// How core services reach the open vault of a session: the one door from
// the features to the storage engine. Only core includes this header; the
// UI and the CLI reach data through services (the layering check fails
// them otherwise).

#include "core/accounts/Session.h"

#include <QSqlDatabase>

namespace habeas {

class SessionStorage final {
public:
    static Vault &vault(Session &session) { return *session.m_vault; }
    static const Vault &vault(const Session &session) { return *session.m_vault; }
    // The open connection; only repositories run SQL on it.
    static QSqlDatabase database(const Session &session);
};

} // namespace habeas
