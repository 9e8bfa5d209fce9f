#pragma once

// A signed-in person and their open vault. Every service works through a
// Session: it knows who acts (for the audit log) and what their role allows.
//
// lock() closes the database connection and wipes the key while keeping the
// vault reserved; unlock() needs the password again. While a password change
// is required (first login, reset by an administrator, or renewal period
// over), the session allows nothing but changing the password.

#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Permissions.h"
#include "core/settings/Settings.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

#include <memory>

namespace habeas {

class Vault;

enum class PasswordChange {
    NotRequired,
    FirstLogin, // set by an administrator (new account or reset)
    Expired,    // renewal period over
};

class Session final {
    Q_DECLARE_TR_FUNCTIONS(Session)
    Q_DISABLE_COPY_MOVE(Session)

public:
    static Result<std::unique_ptr<Session>> login(const QString &vaultPath, const QString &login,
                                                  const SecureBytes &password,
                                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Wraps a vault opened elsewhere (creation wizard, demo): the same checks
    // and audit as login().
    static Result<std::unique_ptr<Session>> start(std::unique_ptr<Vault> vault,
                                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    ~Session();

    const Account &account() const { return m_account; }
    Role role() const { return m_account.role; }
    PasswordChange passwordChange() const { return m_passwordChange; }
    bool passwordChangeRequired() const { return m_passwordChange != PasswordChange::NotRequired; }
    Vault &vault() { return *m_vault; }
    const Vault &vault() const { return *m_vault; }
    bool isLocked() const;

    AuditLog audit() const;
    VaultSettings settings() const;
    PasswordRules passwordRules() const;
    // Whether the role allows it (no audit entry); for the UI to hide actions.
    bool can(Permission permission) const;
    // Checks the permission for an action; a refusal is audited and
    // returned as PermissionDenied.
    Result<void> require(Permission permission, const QString &objectType = {}, const QString &objectId = {});
    // Appends an audit entry in this account's name.
    Result<void> record(const QString &action, const QString &objectType = {}, const QString &objectId = {},
                        const QString &detail = {});

    Result<void> changeOwnPassword(const SecureBytes &current, const QString &newPassword);

    void lock();
    Result<void> unlock(const SecureBytes &password);
    void logout();

private:
    explicit Session(std::unique_ptr<Vault> vault);
    Result<void> begin(const QDateTime &now);
    Result<void> recordFailedLogins();

    std::unique_ptr<Vault> m_vault;
    Account m_account;
    PasswordChange m_passwordChange = PasswordChange::NotRequired;
};

} // namespace habeas
