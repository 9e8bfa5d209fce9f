#pragma once

// Identity images are encrypted inside the vault so that the database key,
// which every account's password yields, is not enough to see them:
//
//   image  --document key (random, one per copy)-->  identity_documents.image
//   document key  --case key-->                      identity_documents.sealed_key
//   case key  --sealed to each clerk's and DPO's slot-->  the key file
//
// An administrator's slot never holds the case key, so an administrator who
// opens the database from outside still cannot decrypt a copy; destroying a
// copy deletes its row, and the document key with it.
//
// The first clerk or DPO to sign in makes the case key and records its id in
// the audit log (signed by them). Whoever holds it gives it, at each of their
// sign-ins, to every other clerk or DPO whose key an administrator signed and
// who does not hold it yet (a new account, or one whose password was reset).
// Before using the key, the holder checks that its id is the one the log
// records, so that a key slipped into the key file by someone else is refused.
//
// The key is replaced (every document key sealed again under a new one) when
// the signed log shows that an administrator changed the grant of anyone who
// ever held a case key since the current one was made, when the key file
// asks for it, or when the held key is one the log does not record.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace habeas {

class AuditLog;
class Session;

struct SealedImage final {
    QByteArray image;     // nonce ‖ ciphertext ‖ tag of the PNG
    QByteArray sealedKey; // the document key under the case key
};

class CaseKeys final {
    Q_DECLARE_TR_FUNCTIONS(CaseKeys)

public:
    // At sign-in: makes the case key if the vault has none and the account
    // may see documents; gives the held key to those who lack it. Returns
    // how many accounts received it. Errors: DiskFull, ReadOnlyLocation,
    // Io, Sql, DatabaseCorrupt (the sign-in goes on without them and says
    // so; see Session::caseKeyProblem).
    static Result<int> distribute(Session &session);
    // Whether an administrator changed the grant of a past or present
    // holder of a case key after entry `madeSeq` (the current key's).
    static Result<bool> holderRevokedSince(const AuditLog &log, qint64 madeSeq);
    // The signed-in account holds the case key recorded in the log.
    // Errors: PermissionDenied (not held yet, with what to do), DatabaseCorrupt
    // (a key the log does not record), Sql.
    static Result<void> checkHeld(Session &session);
    // Errors: those of checkHeld.
    static Result<SealedImage> seal(Session &session, qint64 requestId, const QByteArray &png);
    // The PNG (the caller's StoredDocument wipes it). Errors: those of
    // checkHeld, DatabaseCorrupt (a copy that does not open).
    static Result<QByteArray> open(Session &session, qint64 requestId, const SealedImage &sealed);
};

} // namespace habeas
