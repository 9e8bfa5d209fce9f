#include "core/vault/LoginThrottle.h"

#include "core/vault/FileErrors.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace habeas {

namespace {

// A queue that can never grow without bound, even under a guessing attack.
constexpr std::size_t MaximumPending = 1000;

} // namespace

QString LoginThrottle::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-throttle");
}

qint64 LoginThrottle::delayAfter(int failures)
{
    if (failures <= FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 20);
    return std::min<qint64>(qint64(1) << doublings, MaximumDelaySeconds);
}

LoginThrottle::LoginThrottle(const QString &databasePath) : m_path(pathFor(databasePath))
{
    load();
}

void LoginThrottle::load()
{
    // An unreadable or damaged file counts as empty: it only slows guessing
    // down and must never lock everyone out.
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > (1 << 20))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject accounts = root.value(QLatin1String("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        m_accounts.push_back({QByteArray::fromBase64(it.key().toLatin1()), o.value(QLatin1String("failures")).toInt(),
                              QDateTime::fromString(o.value(QLatin1String("last")).toString(), Qt::ISODate)});
    }
    for (const QJsonValue &value : root.value(QLatin1String("pending")).toArray()) {
        const QJsonObject o = value.toObject();
        m_pending.push_back({QByteArray::fromBase64(o.value(QLatin1String("tag")).toString().toLatin1()),
                             QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate)});
    }
}

Result<void> LoginThrottle::save() const
{
    QJsonObject accounts;
    for (const Account &account : m_accounts) {
        if (account.failures > 0)
            accounts.insert(QString::fromLatin1(account.tag.toBase64()),
                            QJsonObject{{QStringLiteral("failures"), account.failures},
                                        {QStringLiteral("last"), account.last.toString(Qt::ISODateWithMs)}});
    }
    QJsonArray pending;
    for (const FailedLogin &failure : m_pending)
        pending.append(QJsonObject{{QStringLiteral("tag"), QString::fromLatin1(failure.tag.toBase64())},
                                   {QStringLiteral("at"), failure.at.toString(Qt::ISODateWithMs)}});
    if (accounts.isEmpty() && pending.isEmpty()) {
        QFile::remove(m_path);
        return {};
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("habeas-throttle")},
                           {QStringLiteral("accounts"), accounts},
                           {QStringLiteral("pending"), pending}};
    return writeFileAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact),
                               tr("Failed sign-in attempts cannot be recorded."));
}

LoginThrottle::Account *LoginThrottle::find(const QByteArray &tag)
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account &a) { return a.tag == tag; });
    return it == m_accounts.end() ? nullptr : &*it;
}

const LoginThrottle::Account *LoginThrottle::find(const QByteArray &tag) const
{
    const auto it = std::find_if(m_accounts.begin(), m_accounts.end(), [&](const Account &a) { return a.tag == tag; });
    return it == m_accounts.end() ? nullptr : &*it;
}

int LoginThrottle::failures(const QByteArray &tag) const
{
    const Account *account = find(tag);
    return account ? account->failures : 0;
}

qint64 LoginThrottle::secondsUntilAllowed(const QByteArray &tag, const QDateTime &now) const
{
    const Account *account = find(tag);
    if (!account || !account->last.isValid())
        return 0;
    const qint64 waited = account->last.secsTo(now);
    const qint64 delay = delayAfter(account->failures);
    // A clock set back must not lock anyone out for longer than the delay.
    return waited < 0 ? delay : std::max<qint64>(0, delay - waited);
}

Result<void> LoginThrottle::recordFailure(const QByteArray &tag, const QDateTime &now)
{
    Account *account = find(tag);
    if (!account) {
        m_accounts.push_back({tag, 0, {}});
        account = &m_accounts.back();
    }
    ++account->failures;
    account->last = now;
    if (m_pending.size() < MaximumPending)
        m_pending.push_back({tag, now});
    return save();
}

Result<void> LoginThrottle::recordSuccess(const QByteArray &tag)
{
    Account *account = find(tag);
    if (!account || account->failures == 0)
        return {};
    account->failures = 0;
    return save();
}

std::vector<FailedLogin> LoginThrottle::pending() const
{
    return m_pending;
}

Result<void> LoginThrottle::clearPending()
{
    if (m_pending.empty())
        return {};
    m_pending.clear();
    return save();
}

} // namespace habeas
