#pragma once

// Slows down password guessing at the desk: after three failed attempts on
// an account, each further attempt must wait twice as long as the last (2 s,
// 4 s, … up to 5 minutes). Failures are kept in NAME.habeas-throttle beside
// the vault, so a restart does not reset them, and are also queued there so
// that the next successful login writes them to the audit log (a failed
// login has no key to write into the vault). The file names accounts only by
// their key-slot tag, never by login.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <vector>

namespace habeas {

struct FailedLogin final {
    QByteArray tag;
    QDateTime at;
};

class LoginThrottle final {
    Q_DECLARE_TR_FUNCTIONS(LoginThrottle)

public:
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 MaximumDelaySeconds = 300;

    static QString pathFor(const QString &databasePath);
    // Seconds to wait after `failures` consecutive failed attempts.
    static qint64 delayAfter(int failures);

    explicit LoginThrottle(const QString &databasePath);

    // 0 when an attempt may be made now.
    qint64 secondsUntilAllowed(const QByteArray &tag, const QDateTime &now) const;
    int failures(const QByteArray &tag) const;
    Result<void> recordFailure(const QByteArray &tag, const QDateTime &now);
    Result<void> recordSuccess(const QByteArray &tag);
    std::vector<FailedLogin> pending() const;
    Result<void> clearPending();

private:
    struct Account {
        QByteArray tag;
        int failures = 0;
        QDateTime last;
    };
    void load();
    Result<void> save() const;
    Account *find(const QByteArray &tag);
    const Account *find(const QByteArray &tag) const;

    QString m_path;
    std::vector<Account> m_accounts;
    std::vector<FailedLogin> m_pending;
};

} // namespace habeas
