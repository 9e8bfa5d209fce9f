#pragma once

// The vault as an administrator handles it: creation with its first
// account, what it holds, its check, backups and restores. This is the
// front ends' only way to the storage engine's vault-wide operations.

#include "core/Clock.h"
#include "core/Progress.h"
#include "core/Result.h"
#include "core/VaultInfo.h"
#include "core/accounts/Account.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace habeas {

class Session;
class Vault;

// The cost of deriving keys from passwords. FastForTests is the cheapest
// libsodium allows: for test suites only.
enum class KeyDerivation { Standard, FastForTests };

struct VaultOverview final {
    QString databasePath;
    VaultInfo info;
    QString cipherLibrary; // SQLCipher's version
    int schemaVersion = 0;
    std::vector<TableSummary> tables;
};

// What a restore did beyond putting the backup in place.
struct RestoreReport final {
    QString keptCopy;                     // the replaced vault, kept beside; empty when there was none
    std::optional<AuditHead> replacedHead; // its audit chain's head when it was replaced
    int documentsDestroyed = 0;           // identity copies destroyed in the kept vault
    QStringList warnings;                 // translated: what could not be done after the restore itself
};

struct VaultCheck final {
    CheckReport storage;
    AuditVerification audit;
    std::optional<AuditHead> expectedHead;
    // A head explained by a restore entry is not a verified match: that
    // entry is no proof until entries are signed, so it is not "ok" either.
    bool ok() const { return storage.ok() && audit.ok() && audit.restoredOnUtc.isEmpty(); }
};

class VaultService final {
    Q_DECLARE_TR_FUNCTIONS(VaultService)

public:
    // ".habeas"
    static QString fileSuffix();
    // The database file of a vault named "NAME" or "NAME.habeas", absolute.
    static QString databasePath(const QString &path);
    // Whether a vault's database or key file is already at `path`.
    static bool exists(const QString &path);
    // DEST.habeas-audit-head beside a backup.
    static QString headPath(const QString &destinationDatabase);

    // Creates a vault whose first account is `administrator` (role forced to
    // administrator), records the organisation and the creation in the
    // audit log, and signs the administrator in.
    // Errors: AlreadyExists, Io, InvalidArgument, Locked, DiskFull,
    // ReadOnlyLocation, CipherInactive, Sql.
    static Result<std::unique_ptr<Session>> create(const QString &path, const NewAccount &administrator,
                                                   const SecureBytes &password, const QString &organisation,
                                                   KeyDerivation cost = KeyDerivation::Standard,
                                                   std::shared_ptr<const Clock> clock = Clock::system());
    // The first rows of a new vault (administrator, organisation, audit
    // entry), for Vault::create; the demo vault uses it too.
    static std::function<Result<void>(Vault &)> firstRows(const NewAccount &administrator, const QString &organisation,
                                                          std::shared_ptr<const Clock> clock);
    // Errors: DatabaseMissing, KeyFileMissing, KeyFileCorrupt.
    static Result<VaultInfo> info(const QString &path);
    // Puts a backup in place of `target`, for an administrator only, checked
    // against the backup's own accounts. The replaced vault is kept beside
    // it, with its identity documents destroyed (they belong to requests
    // the restored vault may not know, and must not outlive them in a
    // forgotten file). The restore is recorded in the restored vault's audit
    // log with the replaced chain's head and length, so the cut in the
    // history is explained. Once the backup is in place the call succeeds;
    // what could not be done afterwards is in the report's warnings.
    // Errors: PermissionDenied, those of opening a vault, DatabaseCorrupt,
    // Locked, DiskFull, ReadOnlyLocation, Io.
    static Result<RestoreReport> restore(const QString &backupPath, const QString &target, const QString &login,
                                const SecureBytes &password);

    // The same check as check(), on a vault opened read-only, before anyone
    // signs in: nothing is written, so a tampered log is examined as it was
    // found, not with a sign-in appended to it. The role must allow the
    // audit log (a refusal here is not audited: nothing may be written;
    // check() through a session records it).
    // Errors: those of opening a vault read-only, PermissionDenied,
    // UnknownAccount, AccountDisabled, Sql.
    static Result<VaultCheck> inspect(const QString &path, const QString &login, const SecureBytes &password,
                                      const std::optional<AuditHead> &expected = std::nullopt);

    explicit VaultService(Session &session);

    // Errors: NotOpen, Sql.
    Result<VaultOverview> overview();
    // Integrity of the file and of the audit chain (against `expected` when
    // given), recorded in the log. Errors: PermissionDenied, NotOpen, Sql.
    Result<VaultCheck> check(const std::optional<AuditHead> &expected = std::nullopt);
    // DEST.habeas, DEST.habeas-keys and DEST.habeas-audit-head; the copy
    // holds no identity document.
    // Errors: PermissionDenied, NotOpen, InvalidArgument, AlreadyExists,
    // DiskFull, ReadOnlyLocation, Io, Sql.
    Result<void> backup(const QString &destination);
    // A new database key for every account still in the vault, so that
    // older copies of the key file (a departed colleague's, a backup's) no
    // longer open it. The database is copied under the new key (about as
    // long as a backup); `progress` counts rows.
    // Errors: PermissionDenied, NotOpen, Locked, DiskFull, ReadOnlyLocation,
    // Io, Sql.
    Result<void> changeKey(const Progress &progress = {});

private:
    // Reads the kept vault's audit head and destroys its identity copies.
    static Result<void> cleanKeptCopy(RestoreReport &report, const QString &login, const SecureBytes &password);

    Session &m_session;
};

} // namespace habeas
