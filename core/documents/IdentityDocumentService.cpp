#include "core/documents/IdentityDocumentService.h"

#include "core/requests/Workflow.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/Vault.h"

#include <QSqlError>

namespace habeas {

IdentityDocumentService::IdentityDocumentService(Session &session) : m_session(session) {}

Result<IdentityImage> IdentityDocumentService::capture(qint64 requestId, const QByteArray &bytes, const QString &kind)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed.error();
    auto request = RequestRepository(m_session.vault().database()).find(requestId);
    if (!request)
        return request.error();
    if (!*request)
        return makeError(ErrorCode::InvalidArgument, tr("There is no such request."));
    if (Workflow::isEnd((*request)->state))
        return makeError(ErrorCode::InvalidArgument, tr("This request has ended: no identity document is kept for it."));
    if (kind.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Say which document this is (identity card, passport, …)."));
    const Watermark watermark{m_session.settings().value(VaultSetting::Organisation), (*request)->reference,
                              QDate::currentDate()};
    auto image = IdentityImageProcessor::process(bytes, watermark);
    if (!image)
        return image.error();
    QSqlDatabase db = m_session.vault().database();
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The identity document cannot be stored."), db.lastError().text());
    DocumentRepository documents(db);
    // A new capture replaces the earlier copy: that is a destruction too.
    auto replaced = destroyIn(m_session, requestId, (*request)->reference, QStringLiteral("replaced"));
    auto stored = replaced ? documents.store({requestId, kind.trimmed(), image->png, image->width, image->height,
                                              m_session.account().login, {}, {}})
                           : Result<void>(replaced.error());
    const auto recorded = stored ? m_session.record(QStringLiteral("document.capture"), QStringLiteral("request"),
                                                    (*request)->reference,
                                                    QStringLiteral("%1x%2").arg(image->width).arg(image->height))
                                 : Result<void>(stored.error());
    if (!recorded || !db.commit()) {
        db.rollback();
        return recorded ? makeError(ErrorCode::Sql, tr("The identity document cannot be stored.")) : recorded.error();
    }
    if (*replaced) {
        if (auto written = m_session.vault().checkpoint(); !written)
            return written.error();
    }
    return image;
}

Result<StoredDocument> IdentityDocumentService::view(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewIdentityDocuments, QStringLiteral("request"),
                                         QString::number(requestId));
        !allowed)
        return allowed.error();
    auto document = DocumentRepository(m_session.vault().database()).find(requestId);
    if (!document)
        return document.error();
    if (!*document)
        return makeError(ErrorCode::InvalidArgument, tr("This request has no identity document."));
    auto request = RequestRepository(m_session.vault().database()).find(requestId);
    const QString reference = request && *request ? (*request)->reference : QString::number(requestId);
    if (auto recorded = m_session.record(QStringLiteral("document.view"), QStringLiteral("request"), reference); !recorded)
        return recorded.error();
    return **document;
}

Result<void> IdentityDocumentService::markVerified(qint64 requestId, const QDate &on)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed;
    QSqlDatabase db = m_session.vault().database();
    auto request = RequestRepository(db).find(requestId);
    if (!request)
        return request.error();
    if (!*request)
        return makeError(ErrorCode::InvalidArgument, tr("There is no such request."));
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The identity document cannot be stored."), db.lastError().text());
    auto marked = DocumentRepository(db).markVerified(requestId, m_session.account().login, on);
    const auto recorded = marked ? m_session.record(QStringLiteral("document.verify"), QStringLiteral("request"),
                                                    (*request)->reference)
                                 : marked;
    if (!recorded || !db.commit()) {
        db.rollback();
        return recorded ? makeError(ErrorCode::Sql, tr("The identity document cannot be stored.")) : recorded;
    }
    return {};
}

Result<std::optional<DestructionRecord>> IdentityDocumentService::destruction(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(requestId));
        !allowed)
        return allowed.error();
    return DocumentRepository(m_session.vault().database()).destruction(requestId);
}

Result<bool> IdentityDocumentService::destroyIn(Session &session, qint64 requestId, const QString &reference,
                                              const QString &why)
{
    auto destroyed = DocumentRepository(session.vault().database()).destroy(requestId);
    if (!destroyed)
        return destroyed.error();
    if (*destroyed) {
        if (auto recorded = session.record(QStringLiteral("document.destroy"), QStringLiteral("request"), reference, why);
            !recorded)
            return recorded.error();
    }
    return *destroyed;
}

Result<int> IdentityDocumentService::sweep(Session &session)
{
    QSqlDatabase db = session.vault().database();
    auto left = DocumentRepository(db).leftOnEndedRequests();
    if (!left)
        return left.error();
    if (left->empty())
        return 0;
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("Leftover identity documents cannot be destroyed."), db.lastError().text());
    for (qint64 id : *left) {
        auto request = RequestRepository(db).find(id);
        const QString reference = request && *request ? (*request)->reference : QString::number(id);
        if (auto destroyed = destroyIn(session, id, reference, QStringLiteral("start-up sweep")); !destroyed) {
            db.rollback();
            return destroyed.error();
        }
    }
    if (!db.commit()) {
        db.rollback();
        return makeError(ErrorCode::Sql, tr("Leftover identity documents cannot be destroyed."), db.lastError().text());
    }
    if (auto written = session.vault().checkpoint(); !written)
        return written.error();
    return int(left->size());
}

} // namespace habeas
