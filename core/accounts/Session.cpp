#include "core/accounts/Session.h"

#include "core/documents/IdentityDocumentService.h"
#include "core/accounts/AccountRepository.h"
#include "core/vault/Vault.h"

namespace habeas {

Session::Session(std::unique_ptr<Vault> vault) : m_vault(std::move(vault)) {}

Session::~Session()
{
    logout();
}

Result<std::unique_ptr<Session>> Session::login(const QString &vaultPath, const QString &login,
                                                const SecureBytes &password, const QDateTime &now)
{
    auto vault = Vault::open(vaultPath, login, password);
    if (!vault)
        return vault.error();
    return start(std::move(vault).value(), now);
}

Result<std::unique_ptr<Session>> Session::start(std::unique_ptr<Vault> vault, const QDateTime &now)
{
    std::unique_ptr<Session> session(new Session(std::move(vault)));
    if (auto begun = session->begin(now); !begun) {
        session->m_vault->close();
        return begun.error();
    }
    return session;
}

Result<void> Session::begin(const QDateTime &now)
{
    AccountRepository accounts(m_vault->database());
    auto found = accounts.find(m_vault->login());
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(m_vault->login()));
    m_account = **found;
    const int renewalDays = settings().value(VaultSetting::PasswordRenewalDays);
    if (m_account.mustChangePassword)
        m_passwordChange = PasswordChange::FirstLogin;
    else if (renewalDays > 0 && m_account.passwordChangedAt.isValid()
             && m_account.passwordChangedAt.addDays(renewalDays) <= now)
        m_passwordChange = PasswordChange::Expired;
    if (auto failed = recordFailedLogins(); !failed)
        return failed;
    if (auto recorded = accounts.recordLogin(m_account.login, now); !recorded)
        return recorded;
    if (auto logged = record(QStringLiteral("login"), QStringLiteral("account"), m_account.login,
                             m_passwordChange == PasswordChange::NotRequired ? QString()
                                                                             : QStringLiteral("password change required"));
        !logged)
        return logged;
    // A crash between an ending transition and its commit cannot leave a
    // document behind (one transaction), but an older Habeas or a restored
    // backup might: destroy any copy still attached to an ended request.
    if (!m_vault->isReadOnly()) {
        if (auto swept = IdentityDocumentService::sweep(*this); !swept)
            return swept.error();
    }
    return {};
}

Result<void> Session::recordFailedLogins()
{
    AuditLog log = audit();
    for (const auto &[login, at] : m_vault->failedLogins()) {
        auto appended = log.append(login.isEmpty() ? QStringLiteral("?") : login, QStringLiteral("login.failed"),
                                   QStringLiteral("account"), login,
                                   QStringLiteral("at ") + at.toUTC().toString(Qt::ISODateWithMs));
        if (!appended)
            return appended.error();
    }
    m_vault->acknowledgeFailedLogins();
    return {};
}

bool Session::isLocked() const
{
    return m_vault->isLocked();
}

AuditLog Session::audit() const
{
    return AuditLog(m_vault->database());
}

VaultSettings Session::settings() const
{
    return VaultSettings(m_vault->database());
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
    static_cast<void>(record(QStringLiteral("permission.denied"), objectType, objectId, permissionKey(permission)));
    if (passwordChangeRequired())
        return makeError(ErrorCode::PermissionDenied, tr("Change your password first."));
    return makeError(ErrorCode::PermissionDenied, tr("Your role does not allow this."));
}

Result<void> Session::record(const QString &action, const QString &objectType, const QString &objectId,
                             const QString &detail)
{
    auto appended = audit().append(m_account.login, action, objectType, objectId, detail);
    if (!appended)
        return appended.error();
    return {};
}

Result<void> Session::changeOwnPassword(const SecureBytes &current, const QString &newPassword)
{
    if (auto allowed = require(Permission::ChangeOwnPassword, QStringLiteral("account"), m_account.login); !allowed)
        return allowed;
    if (auto checked = m_vault->checkPassword(m_account.login, current); !checked) {
        static_cast<void>(record(QStringLiteral("password.change-refused"), QStringLiteral("account"), m_account.login,
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
    auto changed = m_vault->changePassword(m_account.login, fresh, KdfParams::standard(), [&]() -> Result<void> {
        if (auto cleared = accounts.setMustChangePassword(m_account.login, false); !cleared)
            return cleared;
        return record(QStringLiteral("password.change"), QStringLiteral("account"), m_account.login);
    });
    if (!changed)
        return changed;
    m_account.mustChangePassword = false;
    m_account.passwordChangedAt = QDateTime::currentDateTimeUtc();
    m_passwordChange = PasswordChange::NotRequired;
    return {};
}

void Session::lock()
{
    if (!m_vault->isOpen())
        return;
    static_cast<void>(record(QStringLiteral("lock"), QStringLiteral("account"), m_account.login));
    m_vault->lock();
}

Result<void> Session::unlock(const SecureBytes &password)
{
    if (!m_vault->isLocked())
        return {};
    if (auto unlocked = m_vault->unlock(password); !unlocked)
        return unlocked;
    if (auto failed = recordFailedLogins(); !failed)
        return failed;
    return record(QStringLiteral("unlock"), QStringLiteral("account"), m_account.login);
}

void Session::logout()
{
    if (!m_vault)
        return;
    if (m_vault->isOpen())
        static_cast<void>(record(QStringLiteral("logout"), QStringLiteral("account"), m_account.login));
    m_vault->close();
}

} // namespace habeas
