#pragma once

// Account administration: the administrator adds people, disables and
// re-enables them, and resets passwords. Every call is checked against the
// role matrix and audited.

#include "Result.h"
#include "domain/Account.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

class AccountService final {
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Session &session);

    Result<std::vector<Account>> list();
    // The initial password follows the policy; the person must change it at
    // first login.
    Result<void> add(const NewAccount &account, const QString &initialPassword);
    // Refuses to disable one's own account or the last enabled administrator.
    Result<void> setDisabled(const QString &login, bool disabled);
    // A new slot with a temporary password (the old one stops working); the
    // person must change it at next login.
    Result<void> resetPassword(const QString &login, const QString &temporaryPassword);

private:
    Session &m_session;
};

} // namespace habeas
