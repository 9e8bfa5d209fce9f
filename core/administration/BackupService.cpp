#include "core/administration/BackupService.h"

#include "core/accounts/Session.h"
#include "core/accounts/AccountRepository.h"
#include "core/vault/Vault.h"

#include <QFileInfo>

#include <QFile>

namespace habeas {

BackupService::BackupService(Session &session) : m_session(session) {}

QString BackupService::headPath(const QString &destinationDatabase)
{
    return destinationDatabase + QStringLiteral("-audit-head");
}

Result<void> BackupService::backup(const QString &destination)
{
    const VaultPaths target = VaultPaths::of(destination);
    if (auto allowed = m_session.require(Permission::MakeBackups, QStringLiteral("vault")); !allowed)
        return allowed;
    // The entry goes in first, so the copy and its head include it.
    if (auto recorded = m_session.record(QStringLiteral("backup.create"), QStringLiteral("vault"), QString()); !recorded)
        return recorded;
    auto head = m_session.audit().head();
    if (!head)
        return head.error();
    if (auto copied = m_session.vault().backup(destination); !copied)
        return copied;
    if (auto written = AuditLog::exportHead(*head, headPath(target.database)); !written) {
        QFile::remove(target.database);
        QFile::remove(target.keys);
        return written;
    }
    return {};
}

Result<void> BackupService::restore(const QString &backupPath, const QString &target, const QString &login,
                                    const SecureBytes &password)
{
    {
        // Who may restore is decided by the backup's accounts: read-only,
        // nothing written to the backup.
        auto backup = Vault::open(backupPath, login, password, VaultOpenOptions{.readOnly = true});
        if (!backup)
            return backup.error();
        auto account = AccountRepository((*backup)->database()).find(login);
        if (!account)
            return account.error();
        if (!*account || !roleAllows((*account)->role, Permission::MakeBackups))
            return makeError(ErrorCode::PermissionDenied, tr("Only an administrator may restore a backup."));
        if ((*account)->mustChangePassword)
            return makeError(ErrorCode::PermissionDenied, tr("Change your password first."));
    }
    const QString previousHead = QFileInfo::exists(VaultPaths::of(target).database)
                                     ? QStringLiteral("replaced vault kept beside it")
                                     : QStringLiteral("no previous vault");
    if (auto restored = Vault::restore(backupPath, target, login, password); !restored)
        return restored;
    auto session = Session::login(target, login, password);
    if (!session)
        return session.error();
    return (*session)->record(QStringLiteral("backup.restore"), QStringLiteral("vault"), QString(), previousHead);
}

} // namespace habeas
