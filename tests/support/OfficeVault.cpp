#include "tests/support/OfficeVault.h"

#include "tests/support/TestSupport.h"
#include "core/vault/Vault.h"

namespace habeas::test {

Result<void> createOfficeVault(const QString &path, const QString &organisation)
{
    auto vault = createVault(path, {QStringLiteral("admin"), QStringLiteral("Alice Admin"), Role::Administrator},
                               SecureBytes::fromText(AdminPassword), organisation, fastKdf());
    if (!vault)
        return vault.error();
    for (const auto &[account, password] :
         {std::pair{NewAccount{QStringLiteral("dpo"), QStringLiteral("Daniel Protection"), Role::Dpo}, DpoPassword},
          std::pair{NewAccount{QStringLiteral("clerk"), QStringLiteral("Claire Guichet"), Role::Clerk}, ClerkPassword}}) {
        if (auto added = addAccount(**vault, account, SecureBytes::fromText(password), fastKdf()); !added)
            return added;
    }
    return {};
}

} // namespace habeas::test
