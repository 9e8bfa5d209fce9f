#pragma once

// An account's key and rights as an administrator signs them in the audit
// log (see AuditLog): a grant is written whenever an account gets a key pair
// (creation, enabling, a reset), a role, or is disabled, and checked at every
// sign-in. The accounts table is what the application queries; the grant is
// what it trusts: a row edited with the database key but without an
// administrator's password no longer matches, and the sign-in is refused.

#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

namespace habeas {

class AccountGrants final {
    Q_DECLARE_TR_FUNCTIONS(AccountGrants)

public:
    static AuditGrant of(const QString &login, Role role, bool enabled, const QByteArray &publicKey);
    // Signs and records the grant in the signer's name (an administrator,
    // or the creator for their own first grant).
    static Result<void> record(AuditLog &log, const QString &login, Role role, bool enabled,
                               const QByteArray &publicKey);
    // The row and the key that the account's password unwrapped must be
    // those of its latest grant, and that grant must verify back to the
    // creator. Errors: DatabaseCorrupt, Sql.
    static Result<void> check(const AuditLog &log, const Account &account, const QByteArray &publicKey);
    // The same for the role and enabled state alone, before an
    // administrator acts on an account: a row with rights its grant does
    // not give (edited outside Habeas) is refused rather than signed again.
    // Errors: DatabaseCorrupt, Sql.
    static Result<void> checkRights(const AuditLog &log, const Account &account);
};

} // namespace habeas
