#include "tests/support/OfficeVault.h"

#include "tests/support/TestSupport.h"
#include "core/accounts/Session.h"
#include "core/letters/Letterhead.h"
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

Result<void> saveOfficeLetterhead(const QString &path)
{
    auto admin = Session::login(path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    if (!admin)
        return admin.error();
    Letterhead head;
    head.officeName = QStringLiteral("Délégué à la protection des données");
    head.address = QStringLiteral("Service de la protection des données\n4 rue Fictive\nMC 98000 Monaco");
    head.place = QStringLiteral("Monaco");
    head.signatoryName = QStringLiteral("Aurore Testelli");
    head.signatoryTitle = QStringLiteral("Déléguée à la protection des données");
    head.footer = QStringLiteral("Service fictif de la protection des données");
    head.authorityAddress = QStringLiteral("Autorité de Protection des Données Personnelles\nMC 98000 Monaco");
    return LetterheadService(**admin).save(head);
}

} // namespace habeas::test
