#include "core/vault/VaultLock.h"

#include "core/Clock.h"
#include "core/Platform.h"
#include "core/vault/FileErrors.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace habeas {

QString VaultLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

QString VaultLock::ownerPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock-owner");
}

VaultLock::VaultLock(const QString &databasePath)
    : m_lock(lockPath(databasePath)), m_ownerPath(ownerPath(databasePath))
{
    // Only a dead process makes a lock stale, never its age: a clerk may keep
    // a vault open all day.
    m_lock.setStaleLockTime(0);
}

VaultLock::~VaultLock()
{
    // A lock that was refused must not touch the holder's note.
    if (m_lock.isLocked()) {
        QFile::remove(m_ownerPath);
        m_lock.unlock();
    }
}

QString VaultLock::holder(const QString &databasePath)
{
    QLockFile probe(lockPath(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return {};
    }
    qint64 pid = 0;
    QString host;
    QString application;
    probe.getLockInfo(&pid, &host, &application);
    QFile ownerFile(ownerPath(databasePath));
    QString user;
    QString since;
    if (ownerFile.open(QIODevice::ReadOnly) && ownerFile.size() < 4096) {
        const QJsonObject owner = QJsonDocument::fromJson(ownerFile.readAll()).object();
        if (owner.value(QLatin1String("pid")).toInteger() == pid) {
            user = owner.value(QLatin1String("user")).toString();
            since = owner.value(QLatin1String("since")).toString();
        }
    }
    if (host.isEmpty())
        host = tr("an unknown computer");
    if (user.isEmpty())
        return tr("another Habeas (process %1) on %2").arg(pid).arg(host);
    if (since.isEmpty())
        return tr("%1 on %2").arg(user, host);
    return tr("%1 on %2 since %3").arg(user, host, since);
}

Result<std::unique_ptr<VaultLock>> VaultLock::acquire(const QString &databasePath)
{
    std::unique_ptr<VaultLock> lock(new VaultLock(databasePath));
    if (!lock->m_lock.tryLock(0)) {
        switch (lock->m_lock.error()) {
        case QLockFile::LockFailedError:
            return makeError(ErrorCode::Locked,
                             tr("This vault is already open: it is in use by %1. Close Habeas there, or wait, then try again.")
                                 .arg(holder(databasePath)));
        case QLockFile::PermissionError:
            return writeFailure(lockPath(databasePath), tr("The vault cannot be opened for writing."),
                                QStringLiteral("lock file: permission denied"));
        default:
            return writeFailure(lockPath(databasePath), tr("The vault cannot be locked for use."),
                                QStringLiteral("lock file: unknown error"));
        }
    }
    const QJsonObject owner{
        {QStringLiteral("user"), platform::osUserName()},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("since"),
         Clock::system()->nowUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))},
    };
    // The note only improves the message another process shows; the lock
    // holds without it.
    static_cast<void>(writeFileAtomically(lock->m_ownerPath, QJsonDocument(owner).toJson(QJsonDocument::Compact), {}));
    return lock;
}

} // namespace habeas
