#pragma once

// The vault as an administrator handles it: creation with its first
// account, what it holds, its check, backups and restores. This is the
// front ends' only way to the storage engine's vault-wide operations.

#include "core/Clock.h"
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

struct VaultCheck final {
    CheckReport storage;
    AuditVerification audit;
    std::optional<AuditHead> expectedHead;
    bool ok() const { return storage.ok() && audit.ok(); }
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
    // The version of the SQLCipher library in use.
    static QString cipherLibrary();
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
    // Puts a backup in place of `target` (the replaced files are kept),
    // for an administrator only, checked against the backup's own accounts;
    // the restore is then recorded in the restored vault's audit log.
    // Errors: PermissionDenied, those of opening a vault, DatabaseCorrupt,
    // Locked, DiskFull, ReadOnlyLocation, Io.
    static Result<void> restore(const QString &backupPath, const QString &target, const QString &login,
                                const SecureBytes &password);

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

private:
    Session &m_session;
};

} // namespace habeas
