#pragma once

// The copy of a requester's identity document: captured into the vault only
// (greyscale, scaled, watermarked), viewed with an audit entry each time,
// never by an administrator, and destroyed when the request ends
// (RequestService calls destroyIn() inside the ending transition).

#include "core/Result.h"
#include "core/documents/IdentityImage.h"
#include "core/documents/DocumentRepository.h"

#include <QCoreApplication>

namespace habeas {

class Session;

class IdentityDocumentService final {
    Q_DECLARE_TR_FUNCTIONS(IdentityDocumentService)

public:
    explicit IdentityDocumentService(Session &session);

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // The scan comes from a file or the clipboard and is never written out;
    // its bytes are zeroed in place (in every array that shares them) when
    // the call returns, whatever the outcome.
    // Errors: NotFound, InvalidArgument (ended request, no kind, empty file),
    // UnsupportedFormat, DamagedInput, TooLarge, DiskFull, Sql.
    Result<IdentityImage> capture(qint64 requestId, QByteArray scan, const QString &kind);
    // Errors: NotFound (no request or no copy), Sql.
    Result<StoredDocument> view(qint64 requestId);
    // What is known of the copy (kind, who captured it, the checks, who
    // verified it), never the image: not audited as a view, and open to
    // whoever may see the request. Empty when there is no copy.
    // Errors: Sql.
    Result<std::optional<StoredDocument>> describe(qint64 requestId);
    // Records who verified the copy, when, and what they checked; every
    // check must be made, once per copy. Errors: NotFound (no request or no
    // copy), AlreadyExists (verified before), InvalidArgument (field
    // document.checks: a check not made; ended request), DiskFull, Sql.
    Result<void> markVerified(qint64 requestId, const IdentityChecks &checks, const QDate &on);
    // Verified today (the session's clock).
    Result<void> markVerified(qint64 requestId, const IdentityChecks &checks);
    // Errors: Sql.
    Result<std::optional<DestructionRecord>> destruction(qint64 requestId);

    // Inside the caller's transaction (a capture, or an intake that captures
    // at once): the copy made from `scan`, encrypted and stored, replacing
    // any earlier one (`replaced` says whether there was one). The caller
    // wipes the scan. Errors: as capture.
    static Result<IdentityImage> storeIn(Session &session, qint64 requestId, const QString &reference,
                                         QByteArray &scan, const QString &kind, bool *replaced = nullptr);
    // Inside the caller's transaction: deletes the copy and audits it.
    // Errors: Sql, DiskFull.
    static Result<bool> destroyIn(Session &session, qint64 requestId, const QString &reference, const QString &why);
    // After a destruction has committed: writes the WAL back into the
    // database and truncates it, so no old frame keeps the deleted pages.
    // Never fails the action that destroyed: when the write-back cannot be
    // done now (another connection reading), it is recorded as deferred,
    // and the next open of the vault does it.
    static void writeBack(Session &session, const QString &reference);
    // At sign-in: destroys any copy a crash left on an ended request.
    // Errors: Sql, DiskFull.
    static Result<int> sweep(Session &session);

private:
    Session &m_session;
};

} // namespace habeas
