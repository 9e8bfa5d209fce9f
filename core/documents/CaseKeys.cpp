#include "core/documents/CaseKeys.h"

#include "core/accounts/AccountRepository.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/Aead.h"
#include "core/documents/DocumentRepository.h"
#include "core/vault/Vault.h"

#include <algorithm>
#include <map>

namespace habeas {

namespace {

bool maySeeDocuments(Role role)
{
    return roleAllows(role, Permission::ViewIdentityDocuments);
}

QByteArray documentContext(qint64 requestId)
{
    return QByteArrayLiteral("habeas-identity-document/") + QByteArray::number(requestId);
}

// A key pair its owner made: the grant is their own (a password change).
bool madeByItsOwner(const AuditGrant &grant)
{
    return grant.grantedBy == grant.login;
}

QString idDetail(const QString &id)
{
    return QStringLiteral("id ") + id;
}

// Whether the key may be sealed to an account: enabled, of a role that sees
// documents, its slot under the key pair an administrator signed for this
// role, a pair its owner made.
bool entitled(const AuditLog &log, const Vault &vault, const Account &account)
{
    const KeySlot *slot = vault.keyFile().slotFor(account.login);
    if (account.disabled || !maySeeDocuments(account.role) || slot == nullptr)
        return false;
    auto grant = log.currentGrant(account.login);
    return grant && grant->enabled && grant->publicKey == slot->publicKey && grant->role == roleKey(account.role)
           && madeByItsOwner(*grant);
}

} // namespace

Result<int> CaseKeys::distribute(Session &session)
{
    Vault &vault = SessionStorage::vault(session);
    if (vault.isReadOnly() || !maySeeDocuments(session.role()))
        return 0;
    // Only a key pair the person made (with their own password) holds the
    // case key: one an administrator made, with a password they chose, is
    // known to that administrator until its owner changes the password.
    AuditLog log = AuditLog::of(vault, session.clock());
    auto own = log.currentGrant(session.account().login);
    if (!own)
        return own.error();
    if (!madeByItsOwner(*own))
        return 0;
    if (!vault.keyFile().caseKeyExists()) {
        auto created = vault.createCaseKey([&]() -> Result<void> {
            return session.record(AuditAction::DocumentCaseKey, QStringLiteral("vault"), {}, idDetail(vault.caseKeyId()));
        });
        if (!created)
            return created.error();
    }
    if (!vault.holdsCaseKey())
        return 0;
    // A replacement stopped after its transaction: the log already names the
    // next key, so only the key file is left to finish.
    if (vault.caseKeyReplacementPending()) {
        auto made = log.lastOf(AuditAction::DocumentCaseKey);
        if (!made)
            return made.error();
        if (*made && (*made)->detail.section(u',', 0, 0) == idDetail(vault.nextCaseKeyId())
            && log.signerGrant(**made).ok()) {
            if (auto finished = vault.finishCaseKeyReplacement(); !finished)
                return finished.error();
        }
    }
    auto made = log.lastOf(AuditAction::DocumentCaseKey);
    if (!made)
        return made.error();
    // A key the log does not record: a stop between the key file and the
    // entry that makes it (nothing can have been sealed under it, since
    // captures need the entry), or one sealed into the file from outside.
    // Either way it is replaced, never adopted.
    const bool unrecorded = !*made;
    bool due = unrecorded || vault.caseKeyRotationDue() || vault.caseKeyReplacementPending();
    if (!unrecorded) {
        if (auto held = checkHeld(session); !held)
            return held.error();
        if (!due) {
            auto revoked = holderRevokedSince(log, (*made)->seq);
            if (!revoked)
                return revoked.error();
            due = *revoked;
        }
    }
    if (due) {
        // A holder was revoked and may keep the old key: every document key
        // is sealed again under a new one (or the one a stopped replacement
        // chose), in one transaction.
        DocumentRepository documents(vault.database(), session.clock());
        auto everyone = AccountRepository(vault.database()).all();
        if (!everyone)
            return everyone.error();
        QStringList recipients;
        for (const Account &account : *everyone) {
            if (account.login != session.account().login && entitled(log, vault, account)
                && vault.keyFile().holdsCaseKey(account.login))
                recipients << account.login;
        }
        auto rotated = vault.rotateCaseKey([&](const Vault::CaseReseal &reseal) -> Result<void> {
            auto keys = documents.sealedKeys();
            if (!keys)
                return keys.error();
            for (const auto &[request, sealed] : *keys) {
                const QByteArray again = reseal(sealed, documentContext(request));
                // A copy whose key no longer opens stays unreadable; it is
                // not made readable by anyone else either.
                if (again.isEmpty())
                    continue;
                if (auto replaced = documents.replaceSealedKey(request, again); !replaced)
                    return replaced;
            }
            return session.record(AuditAction::DocumentCaseKey, QStringLiteral("vault"), {},
                                  idDetail(vault.nextCaseKeyId())
                                      + (unrecorded ? QStringLiteral(", replacing a key the log does not record")
                                                    : QStringLiteral(", replacing a revoked holder's")));
        }, recipients);
        if (!rotated)
            return rotated.error();
    }
    auto accounts = AccountRepository(vault.database()).all();
    if (!accounts)
        return accounts.error();
    int given = 0;
    for (const Account &account : *accounts) {
        if (vault.keyFile().holdsCaseKey(account.login) || !entitled(log, vault, account))
            continue;
        auto shared = vault.shareCaseKey(account.login, [&]() -> Result<void> {
            return session.record(AuditAction::DocumentCaseKeyShare, QStringLiteral("account"), account.login,
                                  idDetail(vault.caseKeyId()));
        });
        if (!shared)
            return shared.error();
        ++given;
    }
    return given;
}

Result<bool> CaseKeys::holderRevokedSince(const AuditLog &log, qint64 madeSeq)
{
    // Whoever ever held a case key, from the first entry that gave them one
    // (making it, or receiving it).
    std::map<QString, qint64> heldSince;
    for (const AuditAction action : {AuditAction::DocumentCaseKey, AuditAction::DocumentCaseKeyShare}) {
        auto entries = log.entriesOf(action, 0);
        if (!entries)
            return entries.error();
        for (const AuditEntry &entry : *entries) {
            const auto [at, first] =
                heldSince.emplace(action == AuditAction::DocumentCaseKey ? entry.account : entry.objectId, entry.seq);
            if (!first)
                at->second = std::min(at->second, entry.seq);
        }
    }
    // An administrator's grant to one of them after they held a key and
    // after the key in use was made (a disable, a reset, a new role) may
    // have left that person the key. Their creation, before they held one,
    // is none; nor is one's own new key pair, sealed by its owner.
    auto grants = log.entriesOf(AuditAction::AccountGrant, madeSeq);
    if (!grants)
        return grants.error();
    return std::any_of(grants->begin(), grants->end(), [&](const AuditEntry &grant) {
        const auto held = heldSince.find(grant.objectId);
        return grant.account != grant.objectId && held != heldSince.end() && grant.seq > held->second;
    });
}

Result<void> CaseKeys::checkHeld(Session &session)
{
    const Vault &vault = SessionStorage::vault(session);
    if (!vault.holdsCaseKey())
        return makeError(ErrorCode::PermissionDenied,
                         tr("Your account does not hold the key that protects identity documents yet. A colleague (clerk "
                            "or DPO) who holds it gives it to you when they next sign in."));
    const AuditLog log = AuditLog::of(vault, session.clock());
    auto made = log.lastOf(AuditAction::DocumentCaseKey);
    if (!made)
        return made.error();
    const auto substituted = [](const QString &why) {
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("The key that protects identity documents is not the one recorded in the audit log: the key "
                            "file has been edited outside Habeas. Ask the DPO to verify the audit log."),
                         why);
    };
    if (!*made)
        return substituted(QStringLiteral("no case key recorded"));
    if ((*made)->detail.section(u',', 0, 0) != idDetail(vault.caseKeyId()))
        return substituted(QStringLiteral("case key id differs from entry %1").arg((*made)->seq));
    auto maker = log.signerGrant(**made);
    if (!maker)
        return maker.error();
    const auto role = roleFromKey(maker->role);
    if (!role || !maySeeDocuments(*role))
        return substituted(QStringLiteral("case key made by %1, who may not see documents").arg(maker->login));
    return {};
}

Result<SealedImage> CaseKeys::seal(Session &session, qint64 requestId, const QByteArray &png)
{
    if (auto held = checkHeld(session); !held)
        return held.error();
    const Vault &vault = SessionStorage::vault(session);
    const SecureBytes documentKey = SecureBytes::random(32);
    const QByteArray context = documentContext(requestId);
    SealedImage sealed{aead::seal(documentKey, png, context), vault.sealWithCaseKey(documentKey.view(), context)};
    if (sealed.image.isEmpty() || sealed.sealedKey.isEmpty())
        return makeError(ErrorCode::Internal, tr("The identity document cannot be encrypted."));
    return sealed;
}

Result<QByteArray> CaseKeys::open(Session &session, qint64 requestId, const SealedImage &sealed)
{
    if (auto held = checkHeld(session); !held)
        return held.error();
    const QByteArray context = documentContext(requestId);
    const auto documentKey = SessionStorage::vault(session).openWithCaseKey(sealed.sealedKey, context);
    QByteArray png;
    if (!documentKey || !aead::open(*documentKey, sealed.image, context, &png))
        return makeError(ErrorCode::DatabaseCorrupt,
                         tr("This copy of the identity document cannot be decrypted: it was damaged or moved. Ask the "
                            "requester for a new copy."),
                         QStringLiteral("document %1 does not open").arg(requestId));
    return png;
}

} // namespace habeas
