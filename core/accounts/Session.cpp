#include "core/accounts/Session.h"

#include "core/accounts/AccountRepair.h"

#include "core/accounts/AccountGrants.h"
#include "core/accounts/AccountRepository.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/documents/CaseKeys.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/vault/Vault.h"

#include <algorithm>

namespace habeas {

QSqlDatabase SessionStorage::database(const Session &session)
{
    return session.m_vault->database();
}

Session::Session(std::unique_ptr<Vault> vault, std::shared_ptr<const Clock> clock)
    : m_vault(std::move(vault)), m_clock(std::move(clock))
{
}

Session::~Session()
{
    logout();
}

Result<std::unique_ptr<Session>> Session::login(const QString &vaultPath, const QString &login,
                                                const SecureBytes &password, std::shared_ptr<const Clock> clock)
{
    VaultOpenOptions options;
    options.verify = &AuditLog::verifyGuards;
    auto vault = Vault::open(vaultPath, login, password, options);
    if (!vault)
        return vault.error();
    return start(std::move(vault).value(), std::move(clock));
}

Result<std::unique_ptr<Session>> Session::start(std::unique_ptr<Vault> vault, std::shared_ptr<const Clock> clock)
{
    vault->setOpenCheck(&AuditLog::verifyGuards);
    std::unique_ptr<Session> session(new Session(std::move(vault), std::move(clock)));
    if (auto begun = session->begin(); !begun) {
        session->m_vault->close();
        return begun.error();
    }
    return session;
}

Result<Account> Session::enabledAccount() const
{
    auto found = AccountRepository(m_vault->database()).find(m_vault->login());
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(m_vault->login()));
    if ((*found)->disabled)
        return makeError(ErrorCode::AccountDisabled,
                         tr("The account \"%1\" is disabled. Ask an administrator to enable it.").arg(m_vault->login()));
    // The role and state the application grants are the ones an
    // administrator signed, for the key this password unwrapped.
    if (auto signedRights = AccountGrants::check(audit(), **found, m_vault->publicKey()); !signedRights)
        return signedRights.error();
    return **found;
}

Result<void> Session::begin()
{
    // The log since this account's previous sign-in (all of it the first
    // time): the grants read below are trusted only once no entry before
    // them was dropped or rewritten.
    if (auto whole = audit().requireWholeSinceCheckpoint(m_vault->publicKey(), !m_vault->isReadOnly()); !whole)
        return whole;
    auto account = enabledAccount();
    if (!account)
        return account.error();
    m_account = *account;
    if (!m_vault->isReadOnly()) {
        // Account rows and key slots that a stopped process left apart; the
        // signed-in account's own row may be among them, so it is read again.
        auto repaired = AccountRepair::run(*this);
        if (!repaired)
            return repaired.error();
        if (*repaired > 0) {
            account = enabledAccount();
            if (!account)
                return account.error();
            m_account = *account;
        }
    }
    const QDateTime now = m_clock->nowUtc();
    const int renewalDays = settings().value(VaultSetting::PasswordRenewalDays);
    if (m_account.mustChangePassword)
        m_passwordChange = PasswordChange::FirstLogin;
    else if (renewalDays > 0 && m_account.passwordChangedAt.isValid()
             && m_account.passwordChangedAt.addDays(renewalDays) <= now)
        m_passwordChange = PasswordChange::Expired;
    if (m_vault->isReadOnly())
        return {};
    if (auto failed = recordFailedLogins(); !failed)
        return failed;
    if (auto recorded = AccountRepository(m_vault->database()).recordLogin(m_account.login, now); !recorded)
        return recorded;
    if (auto logged = record(AuditAction::Login, QStringLiteral("account"), m_account.login,
                             m_passwordChange == PasswordChange::NotRequired ? QString()
                                                                             : QStringLiteral("password change required"));
        !logged)
        return logged;
    // A change of the vault key that a stopped process left half done was
    // finished or resumed when the vault opened.
    switch (m_vault->keyChangeRecovery()) {
    case Vault::KeyChangeRecovery::None:
        break;
    case Vault::KeyChangeRecovery::Finished:
    case Vault::KeyChangeRecovery::Resumed:
        if (auto logged = record(AuditAction::VaultKeyChange, QStringLiteral("vault"), {},
                                 QStringLiteral("interrupted change completed at sign-in"));
            !logged)
            return logged;
        break;
    case Vault::KeyChangeRecovery::Deferred:
        if (auto logged = record(AuditAction::VaultKeyChangeDeferred, QStringLiteral("vault"), {},
                                 QStringLiteral("interrupted change could not be completed at sign-in"));
            !logged)
            return logged;
        break;
    }
    // A crash between an ending transition and its commit cannot leave a
    // document behind (one transaction), but an older Habeas or a restored
    // backup might: destroy any copy still attached to an ended request.
    if (auto swept = IdentityDocumentService::sweep(*this); !swept)
        return swept.error();
    distributeCaseKey();
    return {};
}

void Session::distributeCaseKey()
{
    // The key that protects identity documents: made by the first clerk or
    // DPO, given by each holder to colleagues who lack it, replaced when a
    // holder was revoked. A failure leaves that for a later sign-in; the
    // session goes on, and the window says what failed.
    auto distributed = CaseKeys::distribute(*this);
    if (distributed)
        m_caseKeyProblem.reset();
    else
        m_caseKeyProblem = distributed.error();
}

Result<void> Session::recordFailedLogins()
{
    const std::vector<FailedLogin> failures = m_vault->failedLogins();
    if (failures.empty())
        return {};
    // The throttle knows slot tags only; the accounts table names them.
    auto accounts = AccountRepository(m_vault->database()).all();
    if (!accounts)
        return accounts.error();
    AuditLog log = audit();
    for (const FailedLogin &failure : failures) {
        const auto known = std::find_if(accounts->begin(), accounts->end(), [&](const Account &account) {
            return m_vault->keyFile().tagFor(account.login) == failure.tag;
        });
        // Recorded in the name of the person signing in now (the entry is
        // signed by them); the account that failed is its object.
        const QString login = known == accounts->end() ? QStringLiteral("?") : known->login;
        auto appended = log.append(AuditAction::LoginFailed, QStringLiteral("account"), login,
                                   QStringLiteral("at ") + failure.at.toUTC().toString(Qt::ISODateWithMs));
        if (!appended)
            return appended.error();
    }
    m_vault->acknowledgeFailedLogins();
    return {};
}

Result<void> Session::completeKeyChange(const QString &reason, const QString &doneBefore, const Progress &progress)
{
    auto changed = m_vault->completeKeyChange(progress);
    if (changed)
        return record(AuditAction::VaultKeyChange, QStringLiteral("vault"), {}, reason);
    static_cast<void>(record(AuditAction::VaultKeyChangeDeferred, QStringLiteral("vault"), {},
                             reason + QStringLiteral("; ") + changed.error().detail));
    Error error = changed.error();
    error.message = doneBefore + u' '
                    + tr("The vault key could not be changed yet (%1); it will be changed at the next sign-in.")
                          .arg(error.message);
    return error;
}

bool Session::isLocked() const
{
    return m_vault->isLocked();
}

QString Session::vaultPath() const
{
    return m_vault->paths().database;
}

AuditLog Session::audit() const
{
    return AuditLog::of(*m_vault, m_clock);
}

VaultSettings Session::settings() const
{
    return VaultSettings(m_vault->database());
}

AccountLocalSettings Session::localSettings() const
{
    return AccountLocalSettings(m_vault->keyFile().vaultId(), m_account.login);
}

PasswordRules Session::passwordRules() const
{
    PasswordRules rules;
    rules.minimumLength = std::max(8, settings().value(VaultSetting::PasswordMinimumLength));
    return rules;
}

bool Session::can(Permission permission) const
{
    if (passwordChangeRequired() && permission != Permission::ChangeOwnPassword)
        return false;
    return roleAllows(m_account.role, permission);
}

Result<void> Session::require(Permission permission, const QString &objectType, const QString &objectId)
{
    if (!m_vault->isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is locked."));
    if (can(permission))
        return {};
    static_cast<void>(record(AuditAction::PermissionDenied, objectType, objectId, permissionKey(permission)));
    if (passwordChangeRequired())
        return makeError(ErrorCode::PermissionDenied, tr("Change your password first."));
    return makeError(ErrorCode::PermissionDenied, tr("Your role does not allow this."));
}

Result<void> Session::record(AuditAction action, const QString &objectType, const QString &objectId,
                             const QString &detail)
{
    auto appended = audit().append(action, objectType, objectId, detail);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> Session::changeOwnPassword(const SecureBytes &current, const QString &newPassword, const KdfParams &kdf)
{
    if (auto allowed = require(Permission::ChangeOwnPassword, QStringLiteral("account"), m_account.login); !allowed)
        return allowed;
    if (auto checked = m_vault->checkPassword(m_account.login, current); !checked) {
        static_cast<void>(record(AuditAction::PasswordChangeRefused, QStringLiteral("account"), m_account.login,
                                 QStringLiteral("current password wrong")));
        if (checked.error().code == ErrorCode::Throttled)
            return checked;
        return makeError(ErrorCode::WrongPassword, tr("The current password is wrong."));
    }
    const PasswordAssessment assessment =
        PasswordPolicy::assess(newPassword, m_account.login, m_account.fullName, passwordRules());
    if (!assessment.acceptable())
        return makeError(ErrorCode::PasswordRejected, assessment.problems.join(u' '));
    const SecureBytes fresh = SecureBytes::fromText(newPassword);
    if (fresh == current)
        return makeError(ErrorCode::PasswordRejected, tr("The new password must differ from the current one."));
    AccountRepository accounts(m_vault->database());
    const QDateTime now = m_clock->nowUtc();
    const int serial = m_vault->nextPasswordSerial(m_account.login);
    // A key pair made under a password an administrator chose is known to
    // them: the person's own new password comes with a pair of their own.
    auto grant = audit().currentGrant(m_account.login);
    if (!grant)
        return grant.error();
    const bool newKeyPair = grant->grantedBy != m_account.login;
    const QByteArray oldPublicKey = m_vault->publicKey();
    auto changed = m_vault->changePassword(m_account.login, fresh, kdf, [&](const Vault::NewSlotKey &key) -> Result<void> {
        if (auto dated = accounts.recordPasswordChanged(m_account.login, now); !dated)
            return dated;
        if (auto known = accounts.setKeySerial(m_account.login, serial); !known)
            return known;
        if (auto cleared = accounts.setMustChangePassword(m_account.login, false); !cleared)
            return cleared;
        if (auto recorded = record(AuditAction::PasswordChange, QStringLiteral("account"), m_account.login); !recorded)
            return recorded;
        if (!newKeyPair)
            return {};
        // The person's new key pair, signed with their old key: the only
        // grant one may sign for oneself, the rights unchanged.
        AuditLog log = audit();
        if (auto granted = AccountGrants::record(log, m_account.login, m_account.role, !m_account.disabled, key.publicKey);
            !granted)
            return granted;
        // The checkpoint the old key signed, carried to the new one: walked
        // up to the head under the old key and signed with the new, so the
        // next sign-in does not walk the whole log.
        return log.recordCheckpointFor(m_account.login, oldPublicKey, key.sign);
    }, false, newKeyPair);
    if (!changed)
        return changed;
    m_account.mustChangePassword = false;
    m_account.passwordChangedAt = now;
    m_passwordChange = PasswordChange::NotRequired;
    // A key pair of one's own may hold the key for identity documents now.
    distributeCaseKey();
    return {};
}

void Session::lock()
{
    if (!m_vault->isOpen())
        return;
    static_cast<void>(record(AuditAction::Lock, QStringLiteral("account"), m_account.login));
    m_vault->lock();
}

Result<void> Session::unlock(const SecureBytes &password)
{
    if (!m_vault->isLocked())
        return {};
    if (auto unlocked = m_vault->unlock(password); !unlocked)
        return unlocked;
    if (auto account = enabledAccount(); !account) {
        m_vault->lock();
        return account.error();
    }
    if (auto failed = recordFailedLogins(); !failed)
        return failed;
    return record(AuditAction::Unlock, QStringLiteral("account"), m_account.login);
}

void Session::logout()
{
    if (!m_vault)
        return;
    if (m_vault->isOpen() && !m_vault->isReadOnly())
        static_cast<void>(record(AuditAction::Logout, QStringLiteral("account"), m_account.login));
    m_vault->close();
}

} // namespace habeas
