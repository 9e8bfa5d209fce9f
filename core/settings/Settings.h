#pragma once

// Typed settings with one registry of keys and defaults.
//  - VaultSettings live in the vault's `settings` table: they travel with
//    the vault and are the same for every desk (lock delay, password rules).
//  - LocalSettings live in QSettings on this machine (recent vaults, only when
//    the person opts in; interface language). Secrets are never stored there.

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace habeas {

template <typename T>
struct SettingKey final {
    const char *key;
    T defaultValue;
};

namespace VaultSetting {
inline const SettingKey<QString> Organisation{"organisation", QString()};
inline const SettingKey<int> IdleLockMinutes{"security/idle_lock_minutes", 5};
inline const SettingKey<int> PasswordMinimumLength{"security/password_minimum_length", 12};
inline const SettingKey<int> PasswordRenewalDays{"security/password_renewal_days", 180};
inline const SettingKey<int> ExtensionMonths{"deadlines/extension_months", 2};
inline const SettingKey<bool> PauseWhileAwaitingIdentity{"deadlines/pause_while_awaiting_identity", false};
// One-off public holidays, ISO dates separated by commas.
inline const SettingKey<QString> ExtraHolidays{"deadlines/extra_holidays", QString()};
} // namespace VaultSetting

class VaultSettings final {
public:
    explicit VaultSettings(QSqlDatabase db);

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant stored = read(QLatin1String(key.key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.defaultValue;
    }
    template <typename T>
    Result<void> setValue(const SettingKey<T> &key, const T &value)
    {
        return write(QLatin1String(key.key), QVariant::fromValue(value));
    }

private:
    QVariant read(const QString &key) const;
    Result<void> write(const QString &key, const QVariant &value);

    QSqlDatabase m_db;
};

namespace LocalSetting {
inline const SettingKey<bool> RememberRecentVaults{"login/remember_recent_vaults", false};
inline const SettingKey<QStringList> RecentVaults{"login/recent_vaults", QStringList()};
inline const SettingKey<QString> Language{"ui/language", QString()};
// Window state: geometry and splitter positions, never personal data.
inline const SettingKey<QByteArray> MainWindowGeometry{"ui/main_window_geometry", QByteArray()};
} // namespace LocalSetting

class LocalSettings final {
public:
    template <typename T>
    static T value(const SettingKey<T> &key)
    {
        const QVariant stored = read(QLatin1String(key.key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.defaultValue;
    }
    template <typename T>
    static void setValue(const SettingKey<T> &key, const T &value)
    {
        write(QLatin1String(key.key), QVariant::fromValue(value));
    }
    // Remembers a vault path at the top of the list, when the person opted in.
    static void rememberVault(const QString &path);

private:
    static QVariant read(const QString &key);
    static void write(const QString &key, const QVariant &value);
};

} // namespace habeas
