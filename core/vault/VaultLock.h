#pragma once

// The exclusive lock of a vault: one process at a time may open it. Built on
// QLockFile (stale locks of crashed processes are taken over), with a small
// owner note beside it so that a refused second process can say who holds
// the vault and where.

#include "core/Result.h"

#include <QCoreApplication>
#include <QLockFile>

#include <memory>

namespace habeas {

class VaultLock final {
    Q_DECLARE_TR_FUNCTIONS(VaultLock)
    Q_DISABLE_COPY_MOVE(VaultLock)

public:
    // Locked (with the holder's account and host), ReadOnlyLocation or Io.
    static Result<std::unique_ptr<VaultLock>> acquire(const QString &databasePath);
    ~VaultLock();

    static QString lockPath(const QString &databasePath);
    static QString ownerPath(const QString &databasePath);
    // "mdupont on PC-0423 since 2026-11-22 09:14 UTC", or empty when the vault
    // is not locked.
    static QString holder(const QString &databasePath);

private:
    explicit VaultLock(const QString &databasePath);

    QLockFile m_lock;
    QString m_ownerPath;
};

} // namespace habeas
