#include "core/settings/Settings.h"

#include "core/settings/MachinePolicy.h"
#include "core/vault/KeyFile.h"
#include "core/vault/StoredText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

struct SettingsText {
    Q_DECLARE_TR_FUNCTIONS(Settings)
};

constexpr int MaximumRecentVaults = 8;

} // namespace

VaultSettings::VaultSettings(QSqlDatabase db) : m_db(std::move(db)) {}

QVariant VaultSettings::read(const QString &key) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next() || query.isNull(0))
        return {};
    return query.value(0);
}

Result<void> VaultSettings::write(const QString &key, const QVariant &value)
{
    // Portable upsert: update, and insert when there was nothing to update.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE settings SET value = ? WHERE key = ?"));
    query.addBindValue(storedText(value.toString()));
    query.addBindValue(key);
    bool ok = query.exec();
    if (ok && query.numRowsAffected() == 0) {
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(storedText(value.toString()));
        ok = query.exec();
    }
    if (!ok)
        return makeError(ErrorCode::Sql, SettingsText::tr("The setting could not be saved."), query.lastError().text());
    return {};
}

QVariant LocalSettings::read(const QString &key)
{
    return QSettings().value(key);
}

void LocalSettings::write(const QString &key, const QVariant &value)
{
    QSettings().setValue(key, value);
}

void LocalSettings::rememberVault(const QString &path)
{
    if (MachinePolicy::current().disableRememberVault() || !value(LocalSetting::RememberRecentVaults))
        return;
    QStringList recent = value(LocalSetting::RecentVaults);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaximumRecentVaults)
        recent.removeLast();
    setValue(LocalSetting::RecentVaults, recent);
}

QStringList LocalSettings::recentVaults()
{
    return MachinePolicy::current().disableRememberVault() ? QStringList() : value(LocalSetting::RecentVaults);
}

AccountLocalSettings::AccountLocalSettings(const QByteArray &vaultId, const QString &login)
{
    // A purpose label and lengths keep the input unambiguous. Like the key
    // file's slot tags, the name can only be checked against a guessed login
    // by someone who also has the vault's key file.
    const QByteArray folded = normaliseLogin(login).toUtf8();
    const QByteArray input = QByteArrayLiteral("habeas/account-local-settings/1\n") + QByteArray::number(vaultId.size())
                             + ':' + vaultId + QByteArray::number(folded.size()) + ':' + folded;
    m_group = QStringLiteral("accounts/")
              + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
}

QVariant AccountLocalSettings::read(const QString &key) const
{
    return QSettings().value(m_group + u'/' + key);
}

void AccountLocalSettings::write(const QString &key, const QVariant &value)
{
    QSettings().setValue(m_group + u'/' + key, value);
}

} // namespace habeas
