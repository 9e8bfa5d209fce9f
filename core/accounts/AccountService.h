#pragma once

// Account administration: the administrator adds people, disables and
// re-enables them, and resets passwords. Every call is checked against the
// role matrix and audited.

#include "core/Progress.h"
#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/accounts/PasswordPolicy.h"

#include "core/vault/Vault.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

class AccountService final {
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(Session &session);

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // Errors: Sql.
    Result<std::vector<Account>> list();
    // The initial password follows the policy; the person must change it at
    // first login. Errors: InvalidArgument, PasswordRejected, AlreadyExists,
    // DiskFull, ReadOnlyLocation, Io, Sql.
    Result<void> add(const NewAccount &account, const QString &initialPassword);
    // Removes the account's key slot and marks it disabled. Refuses one's
    // own account and the last enabled administrator.
    // Errors: UnknownAccount, InvalidArgument, DiskFull, ReadOnlyLocation, Io, Sql.
    // Then the vault key is changed (a copy of the database, with
    // `progress`), so that no older copy of the key file opens the vault
    // with that person's password; see Session::completeKeyChange.
    Result<void> disable(const QString &login, const Progress &progress = {});
    // A new slot with a temporary password the person must change.
    // Errors: UnknownAccount, PasswordRejected, DiskFull, ReadOnlyLocation, Io, Sql.
    Result<void> enable(const QString &login, const QString &temporaryPassword);
    // A new slot with a temporary password (the old one stops working); the
    // person must change it at next login.
    // Errors: UnknownAccount, PasswordRejected, DiskFull, ReadOnlyLocation, Io, Sql.
    // `revokeOld`: the old password may be known to someone else, so the
    // vault key is changed too, as when an account is disabled.
    Result<void> resetPassword(const QString &login, const QString &temporaryPassword, bool revokeOld = false,
                               const Progress &progress = {});

private:
    // Checks the permission and finds the account.
    Result<Account> managedAccount(const QString &key);
    Result<PasswordAssessment> temporaryPasswordFor(const Account &account, const QString &password) const;
    // Signs the account's key and rights in the administrator's name.
    Result<void> grant(const QString &login, Role role, bool enabled, const QByteArray &publicKey);
    // A grant for a key pair just made, and that key's first checkpoint.
    Result<void> grantNewKey(const QString &login, Role role, bool enabled, const Vault::NewSlotKey &key);
    // The key of the account's current slot (before a change commits).
    QByteArray publicKeyOf(const QString &login) const;

    Session &m_session;
};

} // namespace habeas
