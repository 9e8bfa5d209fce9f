#include "core/accounts/AccountRepair.h"

#include "core/accounts/AccountRepository.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/accounts/SessionStorage.h"
#include "core/vault/KeyFile.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <algorithm>

namespace habeas {

Result<int> AccountRepair::run(Session &session)
{
    Vault &vault = SessionStorage::vault(session);
    if (vault.isReadOnly())
        return 0;
    AccountRepository accounts(vault.database());
    auto rows = accounts.all();
    if (!rows)
        return rows.error();
    int repairs = 0;
    bool revoked = false;

    // Slots first: each one must belong to an enabled account whose row
    // knows its password.
    const std::vector<KeySlot> slots = vault.keyFile().keySlots();
    for (const KeySlot &slot : slots) {
        const auto owner = std::find_if(rows->begin(), rows->end(), [&](const Account &account) {
            return vault.keyFile().tagFor(account.login) == slot.tag;
        });
        if (owner == rows->end() || owner->disabled) {
            const bool orphan = owner == rows->end();
            const QString login = orphan ? QString() : owner->login;
            const auto audit = [&]() -> Result<void> {
                return session.record(AuditAction::AccountRepair, QStringLiteral("account"), login,
                                      orphan ? QStringLiteral("key slot without an account removed")
                                             : QStringLiteral("key slot of a disabled account removed"));
            };
            // A disabled person is told so at sign-in, as after a disable.
            auto removed = orphan ? vault.removeSlotByTag(slot.tag, audit) : vault.removeSlot(login, audit, true);
            if (!removed)
                return removed.error();
            ++repairs;
            revoked = true;
            continue;
        }
        // A slot whose key pair no administrator signed (a reset that
        // stopped before its grant was recorded, or a slot made outside
        // Habeas): nobody vouches for it, so it goes, and the account waits
        // for an administrator to enable it with a new password.
        auto grant = AuditLog::of(vault, session.clock()).currentGrant(owner->login);
        if (grant && grant->publicKey != slot.publicKey) {
            const QString login = owner->login;
            auto removed = vault.removeSlot(login, [&]() -> Result<void> {
                if (auto changed = accounts.setDisabled(login, true); !changed)
                    return changed;
                return session.record(AuditAction::AccountRepair, QStringLiteral("account"), login,
                                      QStringLiteral("key slot with a key no administrator signed removed, account disabled"));
            }, true);
            if (!removed)
                return removed.error();
            ++repairs;
            revoked = true;
            continue;
        }
        if (owner->keySerial != slot.serial) {
            // The slot holds a password the row was not told of (or lost
            // one it was): from now on the row follows the slot, and a
            // password an administrator may have set must be replaced.
            auto fixed = inTransaction(vault.database(), tr("The account cannot be repaired."), [&]() -> Result<void> {
                if (auto known = accounts.setKeySerial(owner->login, slot.serial); !known)
                    return known;
                if (owner->keySerial < slot.serial) {
                    if (auto flagged = accounts.setMustChangePassword(owner->login, true); !flagged)
                        return flagged;
                }
                return session.record(AuditAction::AccountRepair, QStringLiteral("account"), owner->login,
                                      QStringLiteral("key slot serial %1, row knew %2").arg(slot.serial).arg(owner->keySerial));
            });
            if (!fixed)
                return fixed.error();
            ++repairs;
        }
    }
    // Then rows (as the slots' repairs left them): an enabled account must
    // have a slot.
    rows = accounts.all();
    if (!rows)
        return rows.error();
    for (const Account &account : *rows) {
        if (account.disabled || vault.keyFile().hasSlot(account.login))
            continue;
        auto fixed = inTransaction(vault.database(), tr("The account cannot be repaired."), [&]() -> Result<void> {
            if (auto changed = accounts.setDisabled(account.login, true); !changed)
                return changed;
            return session.record(AuditAction::AccountRepair, QStringLiteral("account"), account.login,
                                  QStringLiteral("enabled account without a key slot disabled"));
        });
        if (!fixed)
            return fixed.error();
        ++repairs;
    }
    if (revoked) {
        // A deferred key change is recorded and retried at the next sign-in;
        // the sign-in itself goes on.
        static_cast<void>(session.completeKeyChange(QStringLiteral("key slot removed by a repair"), QString()));
    }
    return repairs;
}

} // namespace habeas
