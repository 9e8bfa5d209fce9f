#include "core/documents/IdentityDocumentService.h"

#include "core/crypto/Wipe.h"
#include "core/documents/CaseKeys.h"
#include "core/requests/Workflow.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>

namespace habeas {

IdentityDocumentService::IdentityDocumentService(Session &session) : m_session(session) {}

Result<IdentityImage> IdentityDocumentService::capture(qint64 requestId, QByteArray scan, const QString &kind)
{
    // Whatever the outcome, the scan is zeroed when the call returns.
    const auto wipeScan = qScopeGuard([&scan] { wipeInPlace(scan); });
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed.error();
    auto request = RequestRepository(SessionStorage::database(m_session), m_session.clock()).find(requestId);
    if (!request)
        return request.error();
    if (!*request)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    if (Workflow::isEnd((*request)->state))
        return makeError(ErrorCode::InvalidArgument, tr("This request has ended: no identity document is kept for it."));
    bool replaced = false;
    auto image = inTransaction(SessionStorage::database(m_session), tr("The identity document cannot be stored."),
                               [&]() -> Result<IdentityImage> {
                                   return storeIn(m_session, requestId, (*request)->reference, scan, kind, &replaced);
                               });
    if (image && replaced)
        writeBack(m_session, (*request)->reference);
    return image;
}

Result<IdentityImage> IdentityDocumentService::storeIn(Session &session, qint64 requestId, const QString &reference,
                                                       QByteArray &scan, const QString &kind, bool *replaced)
{
    if (kind.trimmed().isEmpty())
        return invalidInput(QStringLiteral("document.kind"), tr("Say which document this is (identity card, passport, …)."));
    // Refused before any work when this account cannot encrypt the copy.
    if (auto held = CaseKeys::checkHeld(session); !held)
        return held.error();
    const Watermark watermark{session.settings().value(VaultSetting::Organisation), reference, session.clock()->today()};
    auto image = IdentityImageProcessor::process(scan, watermark);
    if (!image)
        return image.error();
    auto sealed = CaseKeys::seal(session, requestId, image->png);
    if (!sealed)
        return sealed.error();
    // A new capture replaces the earlier copy: that is a destruction too.
    auto destroyed = destroyIn(session, requestId, reference, QStringLiteral("replaced"));
    if (!destroyed)
        return destroyed.error();
    if (replaced)
        *replaced = *destroyed;
    StoredDocument document;
    document.requestId = requestId;
    document.kind = kind.trimmed();
    document.image = sealed->image;
    document.width = image->width;
    document.height = image->height;
    document.capturedBy = session.account().login;
    document.sealedKey = sealed->sealedKey;
    if (auto stored = DocumentRepository(SessionStorage::database(session), session.clock()).store(document); !stored)
        return stored.error();
    if (auto recorded = session.record(AuditAction::DocumentCapture, QStringLiteral("request"), reference,
                                       QStringLiteral("%1x%2").arg(image->width).arg(image->height));
        !recorded)
        return recorded.error();
    return image;
}

Result<StoredDocument> IdentityDocumentService::view(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewIdentityDocuments, QStringLiteral("request"),
                                         QString::number(requestId));
        !allowed)
        return allowed.error();
    auto document = DocumentRepository(SessionStorage::database(m_session), m_session.clock()).find(requestId);
    if (!document)
        return document.error();
    if (!*document)
        return makeError(ErrorCode::NotFound, tr("This request has no identity document."));
    // Recorded before it is decrypted: no clear copy exists that the log
    // does not know of, even when recording fails.
    auto request = RequestRepository(SessionStorage::database(m_session), m_session.clock()).find(requestId);
    const QString reference = request && *request ? (*request)->reference : QString::number(requestId);
    if (auto recorded = m_session.record(AuditAction::DocumentView, QStringLiteral("request"), reference); !recorded)
        return recorded.error();
    auto png = CaseKeys::open(m_session, requestId, {(*document)->image, (*document)->sealedKey});
    if (!png)
        return png.error();
    StoredDocument shown = **document;
    wipeInPlace(shown.image);
    shown.image = std::move(png).value();
    return shown;
}

Result<std::optional<StoredDocument>> IdentityDocumentService::describe(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed.error();
    return DocumentRepository(SessionStorage::database(m_session), m_session.clock()).describe(requestId);
}

Result<void> IdentityDocumentService::markVerified(qint64 requestId, const IdentityChecks &checks, const QDate &on)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed;
    QSqlDatabase db = SessionStorage::database(m_session);
    auto request = RequestRepository(db, m_session.clock()).find(requestId);
    if (!request)
        return request.error();
    if (!*request)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    if (Workflow::isEnd((*request)->state))
        return makeError(ErrorCode::InvalidArgument, tr("This request has ended: no identity document is kept for it."));
    // One verifies what one can see; a verification stands (the copy is
    // replaced to verify again).
    if (auto allowed = m_session.require(Permission::ViewIdentityDocuments, QStringLiteral("request"),
                                         QString::number(requestId));
        !allowed)
        return allowed;
    auto held = DocumentRepository(db, m_session.clock()).describe(requestId);
    if (!held)
        return held.error();
    if (!*held)
        return makeError(ErrorCode::NotFound, tr("This request has no identity document."));
    if ((*held)->verifiedOn.isValid())
        return makeError(ErrorCode::AlreadyExists, tr("This copy was verified already, by %1 on %2.")
                                                       .arg((*held)->verifiedBy,
                                                            QLocale().toString((*held)->verifiedOn, QLocale::LongFormat)));
    if (!checks.complete())
        return invalidInput(QStringLiteral("document.checks"),
                            tr("Make every check before calling the identity verified: the photograph, the name, the "
                               "date of birth (or say it is not known) and the validity of the document."));
    return inTransaction(db, tr("The identity document cannot be stored."), [&]() -> Result<void> {
        if (auto marked =
                DocumentRepository(db, m_session.clock()).markVerified(requestId, m_session.account().login, on, checks);
            !marked)
            return marked;
        return m_session.record(AuditAction::DocumentVerify, QStringLiteral("request"), (*request)->reference,
                                checks.key());
    });
}

Result<void> IdentityDocumentService::markVerified(qint64 requestId, const IdentityChecks &checks)
{
    return markVerified(requestId, checks, m_session.clock()->today());
}

Result<std::optional<DestructionRecord>> IdentityDocumentService::destruction(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed.error();
    return DocumentRepository(SessionStorage::database(m_session), m_session.clock()).destruction(requestId);
}

Result<bool> IdentityDocumentService::destroyIn(Session &session, qint64 requestId, const QString &reference,
                                              const QString &why)
{
    auto destroyed = DocumentRepository(SessionStorage::database(session), session.clock()).destroy(requestId);
    if (!destroyed)
        return destroyed.error();
    if (*destroyed) {
        if (auto recorded = session.record(AuditAction::DocumentDestroy, QStringLiteral("request"), reference, why);
            !recorded)
            return recorded.error();
    }
    return *destroyed;
}

Result<int> IdentityDocumentService::sweep(Session &session)
{
    QSqlDatabase db = SessionStorage::database(session);
    auto left = DocumentRepository(db, session.clock()).leftOnEndedRequests();
    if (!left)
        return left.error();
    if (left->empty())
        return 0;
    auto swept = inTransaction(db, tr("Leftover identity documents cannot be destroyed."), [&]() -> Result<void> {
        for (qint64 id : *left) {
            auto request = RequestRepository(db, session.clock()).find(id);
            const QString reference = request && *request ? (*request)->reference : QString::number(id);
            if (auto destroyed = destroyIn(session, id, reference, QStringLiteral("start-up sweep")); !destroyed)
                return destroyed.error();
        }
        return {};
    });
    if (!swept)
        return swept.error();
    writeBack(session, QString());
    return int(left->size());
}

void IdentityDocumentService::writeBack(Session &session, const QString &reference)
{
    auto written = SessionStorage::vault(session).checkpoint();
    if (written)
        return;
    // The destruction has committed; only the WAL's write-back is late. The
    // next open of the vault writes it back (Vault::checkAndUpgrade).
    static_cast<void>(session.record(AuditAction::CheckpointDeferred, QStringLiteral("request"), reference,
                                     written.error().detail.left(200)));
}

} // namespace habeas
