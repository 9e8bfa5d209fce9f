#pragma once

// A signed-in person and their open vault. Every service works through a
// Session: it knows who acts (for the audit log), what their role allows,
// and what time it is (its Clock, which tests set).
//
// lock() closes the database connection and wipes the key while keeping the
// vault reserved; unlock() needs the password again. While a password change
// is required (first login, reset by an administrator, or renewal period
// over), the session allows nothing but changing the password.
//
// The vault itself is not public: core services reach it through
// SessionStorage (core/accounts/SessionStorage.h); the UI and the CLI go
// through services.

#include "core/Clock.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Permissions.h"
#include "core/audit/AuditAction.h"
#include "core/crypto/SecureBytes.h"
#include "core/settings/Settings.h"
#include "core/vault/KeyFile.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace habeas {

class AuditLog;
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
    // Errors: those of opening a vault, plus UnknownAccount and
    // AccountDisabled (by the accounts table), Sql.
    static Result<std::unique_ptr<Session>> login(const QString &vaultPath, const QString &login,
                                                  const SecureBytes &password,
                                                  std::shared_ptr<const Clock> clock = Clock::system());
    // Wraps a vault opened elsewhere (creation, demo): the same checks and
    // audit as login().
    static Result<std::unique_ptr<Session>> start(std::unique_ptr<Vault> vault,
                                                  std::shared_ptr<const Clock> clock = Clock::system());
    ~Session();

    const Account &account() const { return m_account; }
    Role role() const { return m_account.role; }
    PasswordChange passwordChange() const { return m_passwordChange; }
    bool passwordChangeRequired() const { return m_passwordChange != PasswordChange::NotRequired; }
    bool isLocked() const;
    // The vault's database file, for titles and the recent-vaults list.
    QString vaultPath() const;

    const std::shared_ptr<const Clock> &clock() const { return m_clock; }
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }

    VaultSettings settings() const;
    // This account's layout and list choices on this machine, named by the
    // vault's id and the login without either in clear; usable when locked.
    AccountLocalSettings localSettings() const;
    PasswordRules passwordRules() const;
    // Whether the role allows it (no audit entry); for the UI to hide actions.
    bool can(Permission permission) const;
    // Checks the permission for an action; a refusal is audited and
    // returned as PermissionDenied (NotOpen while locked).
    Result<void> require(Permission permission, const QString &objectType = {}, const QString &objectId = {});
    // Appends an audit entry in this account's name; joins the caller's
    // transaction when one is open. Errors: Sql, DiskFull.
    Result<void> record(AuditAction action, const QString &objectType = {}, const QString &objectId = {},
                        const QString &detail = {});

    // Errors: PermissionDenied, WrongPassword, Throttled, PasswordRejected,
    // DiskFull, ReadOnlyLocation, Io, Sql. `kdf`: the cost of deriving the
    // key from the new password (lower only for tests and the demo).
    Result<void> changeOwnPassword(const SecureBytes &current, const QString &newPassword,
                                   const KdfParams &kdf = KdfParams::standard());

    // Completes a change of the vault key begun by a revocation (or on
    // demand), and records it; `reason` goes in the entry. When it cannot be
    // done now, that is recorded too and the next sign-in completes it.
    // Errors: those of Vault::completeKeyChange, with a message that says
    // what was done before and that the change is pending.
    Result<void> completeKeyChange(const QString &reason, const QString &doneBefore, const Progress &progress = {});

    // What went wrong the last time the key for identity documents was made,
    // replaced or given to colleagues (at sign-in and after one's own
    // password change), for the window to say; nothing when all went well.
    const std::optional<Error> &caseKeyProblem() const { return m_caseKeyProblem; }

    void lock();
    // Errors: WrongPassword, Throttled, AccountDisabled, and those of opening.
    Result<void> unlock(const SecureBytes &password);
    void logout();

private:
    friend class SessionStorage;

    Session(std::unique_ptr<Vault> vault, std::shared_ptr<const Clock> clock);
    Result<void> begin();
    // The account row says who may work: an enabled account of this vault.
    Result<Account> enabledAccount() const;
    Result<void> recordFailedLogins();
    void distributeCaseKey();
    AuditLog audit() const;

    std::unique_ptr<Vault> m_vault;
    std::shared_ptr<const Clock> m_clock;
    Account m_account;
    PasswordChange m_passwordChange = PasswordChange::NotRequired;
    std::optional<Error> m_caseKeyProblem;
};

} // namespace habeas
