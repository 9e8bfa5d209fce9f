#include "core/settings/SettingsService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/vault/Transaction.h"

namespace habeas {

SettingsService::SettingsService(Session &session) : m_session(session) {}

SecuritySettings SettingsService::current() const
{
    const VaultSettings settings = m_session.settings();
    return {settings.value(VaultSetting::Organisation), settings.value(VaultSetting::IdleLockMinutes),
            settings.value(VaultSetting::PasswordMinimumLength), settings.value(VaultSetting::PasswordRenewalDays)};
}

Result<void> SettingsService::save(const SecuritySettings &wanted)
{
    if (auto allowed = m_session.require(Permission::ManageSettings, QStringLiteral("settings")); !allowed)
        return allowed;
    if (wanted.idleLockMinutes < 0 || wanted.idleLockMinutes > 240)
        return makeError(ErrorCode::InvalidArgument, tr("The lock delay must be between 0 and 240 minutes."));
    if (wanted.passwordMinimumLength < 8 || wanted.passwordMinimumLength > 128)
        return makeError(ErrorCode::InvalidArgument, tr("The minimum password length must be between 8 and 128."));
    if (wanted.passwordRenewalDays < 0 || wanted.passwordRenewalDays > 3650)
        return makeError(ErrorCode::InvalidArgument, tr("The renewal period must be between 0 and 3650 days."));
    const SecuritySettings before = current();
    return inTransaction(SessionStorage::database(m_session), tr("The settings could not be saved."), [&]() -> Result<void> {
        VaultSettings settings = m_session.settings();
        QStringList changed;
        Result<void> result;
        const auto apply = [&](const auto &key, const auto &value, const auto &old) {
            if (result && value != old) {
                result = settings.setValue(key, value);
                changed << QLatin1String(key.key);
            }
        };
        apply(VaultSetting::Organisation, wanted.organisation.trimmed(), before.organisation);
        apply(VaultSetting::IdleLockMinutes, wanted.idleLockMinutes, before.idleLockMinutes);
        apply(VaultSetting::PasswordMinimumLength, wanted.passwordMinimumLength, before.passwordMinimumLength);
        apply(VaultSetting::PasswordRenewalDays, wanted.passwordRenewalDays, before.passwordRenewalDays);
        if (!result || changed.isEmpty())
            return result;
        return m_session.record(AuditAction::SettingsChange, QStringLiteral("settings"), QString(), changed.join(u','));
    });
}

} // namespace habeas
