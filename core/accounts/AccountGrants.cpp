#include "core/accounts/AccountGrants.h"

#include "core/accounts/Permissions.h"

namespace habeas {

AuditGrant AccountGrants::of(const QString &login, Role role, bool enabled, const QByteArray &publicKey)
{
    AuditGrant grant;
    grant.login = normaliseLogin(login);
    grant.publicKey = publicKey;
    grant.role = roleKey(role);
    grant.enabled = enabled;
    grant.mayGrant = roleAllows(role, Permission::ManageAccounts);
    return grant;
}

Result<void> AccountGrants::record(AuditLog &log, const QString &login, Role role, bool enabled,
                                   const QByteArray &publicKey)
{
    auto appended = log.appendGrant(of(login, role, enabled, publicKey));
    if (!appended)
        return appended.error();
    return {};
}

Result<void> AccountGrants::checkRights(const AuditLog &log, const Account &account)
{
    auto grant = log.currentGrant(account.login);
    // A row with fewer rights than its grant (disabled by a repair, which
    // cannot sign) is no danger to act on; one with more is refused.
    Account asGranted = account;
    if (grant && account.disabled && grant->enabled)
        asGranted.disabled = false;
    return check(log, asGranted, grant ? grant->publicKey : QByteArray());
}

Result<void> AccountGrants::check(const AuditLog &log, const Account &account, const QByteArray &publicKey)
{
    auto grant = log.currentGrant(account.login);
    if (!grant) {
        if (grant.error().code == ErrorCode::Sql || grant.error().code == ErrorCode::DatabaseCorrupt)
            return grant.error();
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("No administrator has signed the rights of the account \"%1\": the vault has been edited "
                            "outside Habeas. Ask the DPO to verify the audit log.")
                             .arg(account.login),
                         grant.error().detail);
    }
    const AuditGrant row = of(account.login, account.role, !account.disabled, publicKey);
    QString differs;
    if (grant->publicKey != row.publicKey)
        differs = QStringLiteral("key");
    else if (grant->role != row.role)
        differs = QStringLiteral("role");
    else if (grant->enabled != row.enabled)
        differs = QStringLiteral("enabled state");
    if (differs.isEmpty())
        return {};
    return makeError(ErrorCode::DatabaseCorrupt,
                     tr("The rights of the account \"%1\" are not those an administrator signed: the vault has been "
                        "edited outside Habeas. Ask the DPO to verify the audit log.")
                         .arg(account.login),
                     QStringLiteral("%1 differs from grant entry %2").arg(differs).arg(grant->seq));
}

} // namespace habeas
