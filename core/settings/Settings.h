#pragma once

// Typed settings with one registry of keys and defaults.
//  - VaultSettings live in the vault's `settings` table: they travel with
//    the vault and are the same for every desk (lock delay, password rules).
//  - LocalSettings live in QSettings on this machine (recent vaults, only when
//    the person opts in; interface language). Secrets are never stored there.
//  - AccountLocalSettings are one account's part of them (window and table
//    layout, list filters), under a group that names neither the account
//    nor the vault.

#include "core/Result.h"

#include <QByteArray>
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
// Years an ended request's case file is kept before it is anonymised.
inline const SettingKey<int> CaseRetentionYears{"retention/case_years", 5};
// The letterhead of printed letters (core/letters/Letterhead.h). Blocks of
// several lines are stored with '\n' between lines; the logo is a PNG as
// base64 text, empty for none.
inline const SettingKey<QString> LetterheadOfficeName{"letterhead/office_name", QString()};
inline const SettingKey<QString> LetterheadAddress{"letterhead/address", QString()};
inline const SettingKey<QString> LetterheadPlace{"letterhead/place", QStringLiteral("Monaco")};
inline const SettingKey<QString> LetterheadSignatoryName{"letterhead/signatory_name", QString()};
inline const SettingKey<QString> LetterheadSignatoryTitle{"letterhead/signatory_title", QString()};
inline const SettingKey<QString> LetterheadFooter{"letterhead/footer", QString()};
// The supervisory authority's name and postal address, printed in refusals.
// Empty by default: its street address could not be checked against a
// source published by the authority, and a wrong address in a refusal
// misleads the requester; letters refuse to print a refusal until the
// administrator fills it in.
inline const SettingKey<QString> LetterheadAuthorityAddress{"letterhead/authority_address", QString()};
inline const SettingKey<QString> LetterheadLogoPng{"letterhead/logo_png", QString()};
// The public privacy notice's paragraph on rights (core/register/PrivacyNotice.h):
// the address of the online form for requests (empty: the notice offers
// post only), and whether a requester may be asked for an identity document.
inline const SettingKey<QString> NoticeOnlineForm{"notice/online_form", QString()};
inline const SettingKey<bool> NoticeIdentityProof{"notice/identity_proof", true};
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
    // Remembers a vault path at the top of the list, when the person opted in
    // and no machine policy forbids it (MachinePolicy::disableRememberVault).
    static void rememberVault(const QString &path);
    // The vaults remembered, latest first; none under that policy, whatever
    // was kept before it.
    static QStringList recentVaults();

private:
    static QVariant read(const QString &key);
    static void write(const QString &key, const QVariant &value);
};

// What one account keeps on this machine: layout and list choices, never a
// name, a login or a search (docs/SECURITY.md, "Settings on this machine").
namespace AccountSetting {
inline const SettingKey<QByteArray> MainWindowGeometry{"main_window/geometry", QByteArray()};
inline const SettingKey<QByteArray> RequestsSplitter{"requests/splitter", QByteArray()};
inline const SettingKey<QByteArray> RequestsHeader{"requests/header", QByteArray()};
// A column of the request table (RequestsModel::Column); -1 for the default.
inline const SettingKey<int> RequestsSortColumn{"requests/sort_column", -1};
inline const SettingKey<bool> RequestsSortDescending{"requests/sort_descending", false};
// Filters by stable key: "open", "all" or a state key; a right key; a
// channel key; empty for "all". The assignee and the search text are not
// kept: they can name a person.
inline const SettingKey<QString> RequestsState{"requests/filter_state", QString()};
inline const SettingKey<QString> RequestsRight{"requests/filter_right", QString()};
inline const SettingKey<QString> RequestsChannel{"requests/filter_channel", QString()};
inline const SettingKey<int> RequestsYear{"requests/filter_year", 0};
inline const SettingKey<bool> RequestsOverdue{"requests/filter_overdue", false};
inline const SettingKey<bool> RequestsMine{"requests/filter_mine", false};
inline const SettingKey<QByteArray> AuditLogHeader{"audit_log/header", QByteArray()};
inline const SettingKey<QByteArray> AccountsHeader{"accounts/header", QByteArray()};
} // namespace AccountSetting

// One account's part of LocalSettings. Its keys live under a group named by
// a SHA-256 of the vault's id and the folded login, so that two accounts,
// or one login in two vaults, never share a layout, and the settings file
// holds neither a login nor a vault's path.
class AccountLocalSettings final {
public:
    // `vaultId`: the random id of the vault's key file (stable when the vault
    // is moved or copied); `login` is folded as at sign-in.
    AccountLocalSettings(const QByteArray &vaultId, const QString &login);

    // "accounts/" and 64 hexadecimal digits.
    const QString &group() const { return m_group; }

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant stored = read(QLatin1String(key.key));
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : key.defaultValue;
    }
    template <typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        write(QLatin1String(key.key), QVariant::fromValue(value));
    }

private:
    QVariant read(const QString &key) const;
    void write(const QString &key, const QVariant &value);

    QString m_group;
};

} // namespace habeas
