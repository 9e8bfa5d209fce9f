#include "services/BackupService.h"

#include "services/Session.h"
#include "storage/Vault.h"

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

} // namespace habeas
