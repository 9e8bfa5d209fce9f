#pragma once

// The vault most suites start from: an administrator, a DPO and a clerk
// with known passwords, made with the cheap key-derivation profile.

#include "core/Result.h"

#include <QString>

namespace habeas::test {

inline const QString AdminPassword = QStringLiteral("Rampe-Major-Ciel-42");
inline const QString DpoPassword = QStringLiteral("Jardin-Exotique-Nord-17");
inline const QString ClerkPassword = QStringLiteral("Quai-Albert-Premier-88");

// admin "Alice Admin", dpo "Daniel Protection", clerk "Claire Guichet";
// the vault is closed again when this returns.
Result<void> createOfficeVault(const QString &path, const QString &organisation = QStringLiteral("Test"));
// Saves, as the administrator, a complete fictitious letterhead (office
// "Délégué à la protection des données", "4 rue Fictive", signatory
// "Aurore Testelli", footer "Service fictif de la protection des données",
// the authority's address): what letters need before they can be made.
Result<void> saveOfficeLetterhead(const QString &path);

} // namespace habeas::test
