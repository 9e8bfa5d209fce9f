#pragma once

// Backups as an administrator makes them: an encrypted, verified copy of the
// vault, with the audit log's head written beside it so that a history
// rewritten later no longer matches what was saved.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>

namespace habeas {

class Session;

class BackupService final {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    explicit BackupService(Session &session);

    // DEST.habeas, DEST.habeas-keys and DEST.habeas-audit-head.
    Result<void> backup(const QString &destination);
    // Puts a backup in place of `target` (the replaced files are kept),
    // for an administrator only, checked against the backup's own accounts;
    // the restore is then recorded in the restored vault's audit log.
    static Result<void> restore(const QString &backupPath, const QString &target, const QString &login,
                                const SecureBytes &password);
    static QString headPath(const QString &destinationDatabase);

private:
    Session &m_session;
};

} // namespace habeas
