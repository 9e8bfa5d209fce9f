#include "core/accounts/AccountService.h"

#include "core/accounts/AccountGrants.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/accounts/AccountRepository.h"
#include "core/vault/KeyFile.h"
#include "core/vault/Vault.h"

namespace habeas {

AccountService::AccountService(Session &session) : m_session(session) {}

Result<std::vector<Account>> AccountService::list()
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("accounts")); !allowed)
        return allowed.error();
    return AccountRepository(SessionStorage::database(m_session)).all();
}

Result<void> AccountService::add(const NewAccount &account, const QString &initialPassword)
{
    const QString login = normaliseLogin(account.login);
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("account"), login); !allowed)
        return allowed;
    if (login.isEmpty() || account.fullName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Enter a login and the person's full name."));
    if (login.contains(QChar(u' ')) || login.size() > 64)
        return makeError(ErrorCode::InvalidArgument, tr("A login has no spaces and at most 64 characters."));
    const PasswordAssessment assessment =
        PasswordPolicy::assess(initialPassword, login, account.fullName, m_session.passwordRules());
    if (!assessment.acceptable())
        return makeError(ErrorCode::PasswordRejected, assessment.problems.join(u' '));
    NewAccount created = account;
    created.mustChangePassword = true;
    return SessionStorage::vault(m_session).addSlot(
        login, SecureBytes::fromText(initialPassword), KdfParams::standard(), [&](const Vault::NewSlotKey &key) -> Result<void> {
            if (auto inserted = AccountRepository(SessionStorage::database(m_session)).insert(created, m_session.clock()->nowUtc());
                !inserted)
                return inserted;
            if (auto recorded = m_session.record(AuditAction::AccountCreate, QStringLiteral("account"), login,
                                                 QStringLiteral("role ") + roleKey(account.role));
                !recorded)
                return recorded;
            return grantNewKey(login, account.role, true, key);
        });
}

Result<Account> AccountService::managedAccount(const QString &key)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("account"), key); !allowed)
        return allowed.error();
    auto found = AccountRepository(SessionStorage::database(m_session)).find(key);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\".").arg(key));
    // The row's role and state must be those an administrator signed:
    // otherwise the next grant would sign an edit made outside Habeas.
    if (auto signedRights = AccountGrants::checkRights(AuditLog::of(SessionStorage::vault(m_session)), **found);
        !signedRights)
        return signedRights.error();
    return **found;
}

Result<void> AccountService::grant(const QString &login, Role role, bool enabled, const QByteArray &publicKey)
{
    AuditLog log = AuditLog::of(SessionStorage::vault(m_session), m_session.clock());
    return AccountGrants::record(log, login, role, enabled, publicKey);
}

Result<void> AccountService::grantNewKey(const QString &login, Role role, bool enabled, const Vault::NewSlotKey &key)
{
    if (auto granted = grant(login, role, enabled, key.publicKey); !granted)
        return granted;
    // The administrator's walk of the log, to the grant just written, is
    // where the new key's first sign-in starts.
    const Vault &vault = SessionStorage::vault(m_session);
    return AuditLog::of(vault, m_session.clock()).recordCheckpointFor(login, vault.publicKey(), key.sign);
}

QByteArray AccountService::publicKeyOf(const QString &login) const
{
    const KeySlot *slot = SessionStorage::vault(m_session).keyFile().slotFor(login);
    return slot ? slot->publicKey : QByteArray();
}

Result<PasswordAssessment> AccountService::temporaryPasswordFor(const Account &account, const QString &password) const
{
    PasswordAssessment assessment =
        PasswordPolicy::assess(password, account.login, account.fullName, m_session.passwordRules());
    if (!assessment.acceptable())
        return makeError(ErrorCode::PasswordRejected, assessment.problems.join(u' '));
    return assessment;
}

Result<void> AccountService::disable(const QString &login, const Progress &progress)
{
    const QString key = normaliseLogin(login);
    auto found = managedAccount(key);
    if (!found)
        return found.error();
    AccountRepository accounts(SessionStorage::database(m_session));
    if (found->disabled)
        return {};
    if (key == m_session.account().login)
        return makeError(ErrorCode::InvalidArgument, tr("You cannot disable your own account."));
    auto admins = accounts.enabledAdministrators();
    if (!admins)
        return admins.error();
    if (found->role == Role::Administrator && *admins <= 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The last enabled administrator cannot be disabled: nobody could manage accounts."));
    // The slot goes with it: a disabled person's password no longer
    // unwraps the vault key, even on a copy of the files.
    auto removed = SessionStorage::vault(m_session).removeSlot(key, [&]() -> Result<void> {
        if (auto changed = accounts.setDisabled(key, true); !changed)
            return changed;
        if (auto recorded = m_session.record(AuditAction::AccountDisable, QStringLiteral("account"), key); !recorded)
            return recorded;
        return grant(key, found->role, false, publicKeyOf(key));
    }, true);
    if (!removed)
        return removed;
    return m_session.completeKeyChange(QStringLiteral("account %1 disabled").arg(key),
                                       tr("The account \"%1\" is disabled.").arg(key), progress);
}

Result<void> AccountService::enable(const QString &login, const QString &temporaryPassword)
{
    const QString key = normaliseLogin(login);
    auto found = managedAccount(key);
    if (!found)
        return found.error();
    AccountRepository accounts(SessionStorage::database(m_session));
    if (!found->disabled)
        return {};
    if (auto acceptable = temporaryPasswordFor(*found, temporaryPassword); !acceptable)
        return acceptable.error();
    return SessionStorage::vault(m_session).addSlot(
        key, SecureBytes::fromText(temporaryPassword), KdfParams::standard(), [&](const Vault::NewSlotKey &slotKey) -> Result<void> {
            if (auto changed = accounts.setDisabled(key, false); !changed)
                return changed;
            if (auto flagged = accounts.setMustChangePassword(key, true); !flagged)
                return flagged;
            if (auto known = accounts.setKeySerial(key, 1); !known)
                return known;
            if (auto recorded = m_session.record(AuditAction::AccountEnable, QStringLiteral("account"), key); !recorded)
                return recorded;
            return grantNewKey(key, found->role, true, slotKey);
        });
}

Result<void> AccountService::resetPassword(const QString &login, const QString &temporaryPassword, bool revokeOld,
                                           const Progress &progress)
{
    const QString key = normaliseLogin(login);
    auto found = managedAccount(key);
    if (!found)
        return found.error();
    AccountRepository accounts(SessionStorage::database(m_session));
    if (auto acceptable = temporaryPasswordFor(*found, temporaryPassword); !acceptable)
        return acceptable.error();
    const int serial = SessionStorage::vault(m_session).nextPasswordSerial(key);
    // Someone else's password set by an administrator gives them a new
    // key pair, which the administrator signs.
    auto reset = SessionStorage::vault(m_session).changePassword(
        key, SecureBytes::fromText(temporaryPassword), KdfParams::standard(),
        [&](const Vault::NewSlotKey &slotKey) -> Result<void> {
            if (auto dated = accounts.recordPasswordChanged(key, m_session.clock()->nowUtc()); !dated)
                return dated;
            if (auto flagged = accounts.setMustChangePassword(key, true); !flagged)
                return flagged;
            if (auto known = accounts.setKeySerial(key, serial); !known)
                return known;
            if (auto recorded = m_session.record(AuditAction::AccountPasswordReset, QStringLiteral("account"), key,
                                                 revokeOld ? QStringLiteral("old password revoked") : QString());
                !recorded)
                return recorded;
            return grantNewKey(key, found->role, !found->disabled, slotKey);
        },
        revokeOld);
    if (!reset || !revokeOld)
        return reset;
    return m_session.completeKeyChange(QStringLiteral("password of %1 reset and revoked").arg(key),
                                       tr("The password of \"%1\" is reset.").arg(key), progress);
}

} // namespace habeas
