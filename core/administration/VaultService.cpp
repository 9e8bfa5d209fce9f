#include "core/administration/VaultService.h"

#include "core/accounts/Permissions.h"

#include "core/accounts/AccountGrants.h"
#include "core/accounts/AccountRepository.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/documents/DocumentRepository.h"
#include "core/settings/Settings.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>

namespace habeas {

namespace {

KdfParams kdfFor(KeyDerivation cost)
{
    return cost == KeyDerivation::FastForTests ? KdfParams::fastForTests() : KdfParams::standard();
}

} // namespace

QString VaultService::fileSuffix()
{
    return QLatin1String(Vault::Suffix);
}

QString VaultService::databasePath(const QString &path)
{
    return VaultPaths::of(path).database;
}

bool VaultService::exists(const QString &path)
{
    const VaultPaths paths = VaultPaths::of(path);
    return QFileInfo::exists(paths.database) || QFileInfo::exists(paths.keys);
}

QString VaultService::headPath(const QString &destinationDatabase)
{
    return destinationDatabase + QStringLiteral("-audit-head");
}

std::function<Result<void>(Vault &)> VaultService::firstRows(const NewAccount &administrator,
                                                             const QString &organisation,
                                                             std::shared_ptr<const Clock> clock)
{
    return [administrator, organisation, clock](Vault &vault) -> Result<void> {
        NewAccount first = administrator;
        first.role = Role::Administrator;
        QSqlDatabase db = vault.database();
        if (auto inserted = AccountRepository(db).insert(first, clock->nowUtc()); !inserted)
            return inserted;
        if (auto named = VaultSettings(db).setValue(VaultSetting::Organisation, organisation.trimmed()); !named)
            return named;
        // The creator's own grant opens the log: the chain of trust of
        // every later account starts at this key.
        AuditLog log = AuditLog::of(vault, clock);
        if (auto granted = AccountGrants::record(log, first.login, first.role, true, vault.publicKey()); !granted)
            return granted;
        auto appended = log.append(AuditAction::VaultCreate, QStringLiteral("vault"), QString(),
                                   QStringLiteral("schema ") + QString::number(vault.schemaVersion()));
        if (!appended)
            return appended.error();
        return {};
    };
}

Result<std::unique_ptr<Session>> VaultService::create(const QString &path, const NewAccount &administrator,
                                                      const SecureBytes &password, const QString &organisation,
                                                      KeyDerivation cost, std::shared_ptr<const Clock> clock)
{
    if (administrator.fullName.trimmed().isEmpty())
        return invalidInput(QStringLiteral("administrator.fullName"), tr("Enter the administrator's full name."));
    auto vault = Vault::create(path, administrator.login, password, firstRows(administrator, organisation, clock),
                               kdfFor(cost));
    if (!vault)
        return vault.error();
    return Session::start(std::move(vault).value(), std::move(clock));
}

Result<VaultInfo> VaultService::info(const QString &path)
{
    return Vault::info(path);
}

VaultService::VaultService(Session &session) : m_session(session) {}

Result<VaultOverview> VaultService::overview()
{
    const Vault &vault = SessionStorage::vault(m_session);
    if (!vault.isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is locked."));
    VaultOverview overview;
    overview.databasePath = vault.paths().database;
    auto info = Vault::info(vault.paths().database);
    if (!info)
        return info.error();
    overview.info = *info;
    overview.info.slotCount = vault.keyFile().slotCount();
    overview.cipherLibrary = SqlCipherDriver::cipherVersion();
    overview.schemaVersion = vault.schemaVersion();
    auto tables = vault.tables();
    if (!tables)
        return tables.error();
    overview.tables = std::move(tables).value();
    return overview;
}

Result<VaultCheck> VaultService::inspect(const QString &path, const QString &login, const SecureBytes &password,
                                         const std::optional<AuditHead> &expected)
{
    VaultOpenOptions options;
    options.readOnly = true;
    options.verify = &AuditLog::verifyGuards;
    auto vault = Vault::open(path, login, password, options);
    if (!vault)
        return vault.error();
    auto account = AccountRepository((*vault)->database()).find((*vault)->login());
    if (!account)
        return account.error();
    if (!*account)
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg((*vault)->login()));
    if ((*account)->disabled)
        return makeError(ErrorCode::AccountDisabled, tr("The account \"%1\" is disabled.").arg((*vault)->login()));
    if (auto signedRights = AccountGrants::check(AuditLog::of(**vault), **account, (*vault)->publicKey()); !signedRights)
        return signedRights.error();
    if (!roleAllows((*account)->role, Permission::ViewAuditLog))
        return makeError(ErrorCode::PermissionDenied, tr("Your role does not allow checking the vault."));
    VaultCheck result;
    auto storage = (*vault)->check();
    if (!storage)
        return storage.error();
    result.storage = std::move(storage).value();
    auto chain = AuditLog::of(**vault).verify(expected);
    if (!chain)
        return chain.error();
    result.audit = *chain;
    result.expectedHead = expected;
    return result;
}

Result<VaultCheck> VaultService::check(const std::optional<AuditHead> &expected)
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, QStringLiteral("vault")); !allowed)
        return allowed.error();
    VaultCheck result;
    auto storage = SessionStorage::vault(m_session).check();
    if (!storage)
        return storage.error();
    result.storage = std::move(storage).value();
    auto chain = AuditLog::of(SessionStorage::vault(m_session)).verify(expected);
    if (!chain)
        return chain.error();
    result.audit = *chain;
    result.expectedHead = expected;
    static_cast<void>(m_session.record(AuditAction::VaultCheck, QStringLiteral("vault"), QString(),
                                       result.ok() ? QStringLiteral("ok") : QStringLiteral("problems")));
    return result;
}

Result<void> VaultService::changeKey(const Progress &progress)
{
    if (auto allowed = m_session.require(Permission::ManageAccounts, QStringLiteral("vault")); !allowed)
        return allowed;
    if (auto begun = SessionStorage::vault(m_session).beginKeyChange(); !begun)
        return begun;
    return m_session.completeKeyChange(QStringLiteral("on demand"), QString(), progress);
}

Result<void> VaultService::backup(const QString &destination)
{
    const VaultPaths target = VaultPaths::of(destination);
    if (auto allowed = m_session.require(Permission::MakeBackups, QStringLiteral("vault")); !allowed)
        return allowed;
    auto head = AuditLog::of(SessionStorage::vault(m_session)).head();
    if (!head)
        return head.error();
    const auto removeCopy = [&] {
        for (const QString &file : {target.database, target.keys, headPath(target.database)})
            QFile::remove(file);
    };
    // Backups never hold identity documents.
    if (auto copied = SessionStorage::vault(m_session).backup(destination, DocumentRepository::tablesLeftOutOfBackups());
        !copied)
        return copied;
    if (auto written = AuditLog::exportHead(*head, headPath(target.database)); !written) {
        removeCopy();
        return written;
    }
    // Recorded once the copy exists and is verified; the copy's log ends at
    // the head written beside it. A backup that cannot be recorded is not
    // kept: no copy of the vault leaves unaccounted for.
    if (auto recorded = m_session.record(AuditAction::BackupCreate, QStringLiteral("vault"), QString(),
                                         QStringLiteral("head %1").arg(head->seq));
        !recorded) {
        removeCopy();
        return recorded;
    }
    return {};
}

Result<RestoreReport> VaultService::restore(const QString &backupPath, const QString &target, const QString &login,
                                   const SecureBytes &password)
{
    {
        // Who may restore is decided by the backup's accounts: read-only,
        // nothing written to the backup.
        // A backup whose audit guards were tampered with is refused here.
        auto backup = Vault::open(backupPath, login, password,
                                  VaultOpenOptions{.readOnly = true, .verify = &AuditLog::verifyGuards});
        if (!backup)
            return backup.error();
        auto account = AccountRepository((*backup)->database()).find(login);
        if (!account)
            return account.error();
        if (!*account || (*account)->disabled || !roleAllows((*account)->role, Permission::MakeBackups))
            return makeError(ErrorCode::PermissionDenied, tr("Only an administrator may restore a backup."));
        if ((*account)->mustChangePassword)
            return makeError(ErrorCode::PermissionDenied, tr("Change your password first."));
        // The role counts only as an administrator signed it, in a log
        // whose grants were not edited.
        const AuditLog log = AuditLog::of(**backup);
        if (auto whole = log.requireWholeSinceCheckpoint((*backup)->publicKey(), false); !whole)
            return whole.error();
        if (auto signedRights = AccountGrants::check(log, **account, (*backup)->publicKey()); !signedRights)
            return signedRights.error();
    }
    auto restored = Vault::restore(backupPath, target, login, password);
    if (!restored)
        return restored.error();
    RestoreReport report;
    report.keptCopy = *restored;
    QString detail = QStringLiteral("no previous vault");
    if (!report.keptCopy.isEmpty()) {
        const auto cleaned = cleanKeptCopy(report, login, password);
        // The replaced head is named whenever it could be read, so that the
        // cut in the history stays explained even if the cleaning failed.
        detail = report.replacedHead ? AuditLog::replacedHeadDetail(*report.replacedHead)
                                           + QStringLiteral(", %1 entries").arg(report.replacedHead->seq)
                                     : QStringLiteral("replaced vault not readable");
        if (cleaned) {
            detail += QStringLiteral(", identity documents destroyed in the kept copy %1").arg(report.documentsDestroyed);
        } else {
            detail += QStringLiteral(", kept copy not cleaned: ") + cleaned.error().detail.left(200);
            report.warnings << tr("The replaced vault is kept at %1, but its identity documents could not be destroyed: %2")
                                   .arg(report.keptCopy, cleaned.error().message);
        }
    }
    auto session = Session::login(target, login, password);
    const auto recorded = session ? (*session)->record(AuditAction::BackupRestore, QStringLiteral("vault"), QString(), detail)
                                  : Result<void>(session.error());
    if (!recorded)
        report.warnings << tr("The backup is in place, but the restore could not be recorded in its audit log: %1")
                               .arg(recorded.error().message);
    return report;
}

Result<void> VaultService::cleanKeptCopy(RestoreReport &report, const QString &login, const SecureBytes &password)
{
    auto kept = Vault::open(report.keptCopy, login, password,
                            VaultOpenOptions{.readOnly = false, .verify = &AuditLog::verifyGuards});
    if (!kept)
        return kept.error();
    QSqlDatabase db = (*kept)->database();
    auto head = AuditLog::of(**kept).head();
    if (!head)
        return head.error();
    report.replacedHead = *head;
    // The kept vault's own accounts decide too: its administrator cleans it.
    auto account = AccountRepository(db).find(login);
    if (!account)
        return account.error();
    if (!*account || (*account)->disabled || !roleAllows((*account)->role, Permission::MakeBackups))
        return makeError(ErrorCode::PermissionDenied, tr("Only an administrator of the replaced vault may clean it."));
    if (auto signedRights = AccountGrants::check(AuditLog::of(**kept), **account, (*kept)->publicKey()); !signedRights)
        return signedRights;
    DocumentRepository documents(db);
    auto copies = documents.requestsWithDocuments();
    if (!copies)
        return copies.error();
    auto destroyed = inTransaction(db, tr("The identity documents of the replaced vault cannot be destroyed."),
                                   [&]() -> Result<void> {
                                       AuditLog log = AuditLog::of(**kept);
                                       for (qint64 request : *copies) {
                                           if (auto gone = documents.destroy(request); !gone)
                                               return gone.error();
                                           if (auto logged = log.append(AuditAction::DocumentDestroy,
                                                                        QStringLiteral("request"), QString::number(request),
                                                                        QStringLiteral("vault replaced by a restore"));
                                               !logged)
                                               return logged.error();
                                       }
                                       return {};
                                   });
    if (!destroyed)
        return destroyed;
    report.documentsDestroyed = int(copies->size());
    // Old WAL frames would still hold the deleted pages. Closing the kept
    // vault, or its next open, writes them back if this cannot now.
    static_cast<void>((*kept)->checkpoint());
    return {};
}

} // namespace habeas
