#include "demo/DemoVault.h"

#include "storage/AuditLog.h"
#include "storage/SecureBytes.h"
#include "storage/Vault.h"

#include <QDir>
#include <QStandardPaths>

namespace habeas {

namespace {

// Fictitious staff; the passwords are public (README) and meet the password
// policy, so the demo shows real behaviour.
constexpr DemoAccount Accounts[] = {
    {"admin", "Camille Bernardi", Role::Administrator, "Rocher-Azur-1297"},
    {"dpo", "Hélène Gastaud", Role::Dpo, "Palais-Vigie-4471"},
    {"clerk", "Julien Pastor", Role::Clerk, "Guichet-Mimosa-3385"},
};

} // namespace

std::span<const DemoAccount> DemoVault::accounts()
{
    return Accounts;
}

QString DemoVault::organisation()
{
    return tr("Demo department (fictitious)");
}

QString DemoVault::defaultPath()
{
    // Machine-local data folder (~/.local/share, %LOCALAPPDATA%), not the
    // roaming profile: a vault is never copied around by the profile.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Habeas/demo/demo.habeas"));
}

Result<std::unique_ptr<Vault>> DemoVault::create(const QString &path, const KdfParams &kdf)
{
    const DemoAccount &first = Accounts[0];
    auto vault = Vault::create(path,
                               NewAccount{QString::fromUtf8(first.login), QString::fromUtf8(first.fullName), first.role},
                               SecureBytes::copyOf(first.password), organisation(), kdf);
    if (!vault)
        return vault.error();
    for (const DemoAccount &account : accounts().subspan(1)) {
        auto added = (*vault)->addAccount(
            NewAccount{QString::fromUtf8(account.login), QString::fromUtf8(account.fullName), account.role},
            SecureBytes::copyOf(account.password), kdf);
        if (!added)
            return added.error();
        auto audited = AuditLog((*vault)->database())
                           .append(QString::fromUtf8(first.login), QStringLiteral("account.create"),
                                   QStringLiteral("account"), QString::fromUtf8(account.login),
                                   QStringLiteral("role ") + roleKey(account.role));
        if (!audited)
            return audited.error();
    }
    return vault;
}

} // namespace habeas
