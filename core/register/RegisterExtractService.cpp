#include "core/register/RegisterExtractService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/letters/EncryptedPdfExport.h"
#include "core/letters/LetterService.h"
#include "core/letters/Letterhead.h"
#include "core/register/ProcessingRepository.h"

namespace habeas {

RegisterExtractService::RegisterExtractService(Session &session) : m_session(session)
{}

Result<RegisterExtractFacts> RegisterExtractService::facts(qint64 processingId)
{
    const bool whole = processingId == WholeRegister;
    if (auto allowed = m_session.require(Permission::ViewRegister,
                                         whole ? QStringLiteral("register") : QStringLiteral("processing"),
                                         whole ? QString() : QString::number(processingId));
        !allowed)
        return allowed.error();
    ProcessingRepository register_(SessionStorage::database(m_session), m_session.clock());
    std::vector<qint64> ids;
    if (whole) {
        auto all = register_.list();
        if (!all)
            return all.error();
        for (const ProcessingSummary &summary : *all) {
            if (summary.described)
                ids.push_back(summary.id);
        }
        if (ids.empty())
            return makeError(ErrorCode::NotFound, tr("The register describes no processing yet."));
    } else {
        ids.push_back(processingId);
    }
    RegisterExtractFacts facts;
    facts.wholeRegister = whole;
    for (qint64 id : ids) {
        auto found = register_.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));
        RegisterExtractEntry entry{std::move(**found), {}};
        auto linked = register_.linkedFrom(id);
        if (!linked)
            return linked.error();
        for (const ProcessingSummary &other : *linked)
            entry.linkedFrom << other.name;
        facts.entries.push_back(std::move(entry));
    }
    auto letterhead = LetterheadService(m_session).current();
    if (!letterhead)
        return letterhead.error();
    facts.letterhead = *letterhead;
    facts.today = m_session.clock()->today();
    return facts;
}

Result<RenderedPdf> RegisterExtractService::pdf(qint64 processingId)
{
    auto made = facts(processingId);
    if (!made)
        return made.error();
    return LetterRenderer(RegisterExtract::content(*made)).pdf();
}

Result<void> RegisterExtractService::exportTo(qint64 processingId, const SecureBytes &password, const QString &path)
{
    // The password first: a refused one costs no rendering.
    if (auto accepted = LetterService(m_session).checkPdfPassword(password); !accepted)
        return accepted;
    auto plain = pdf(processingId);
    if (!plain)
        return plain.error();
    // The file's name is the person's choice: not audited.
    const bool whole = processingId == WholeRegister;
    return EncryptedPdfExport::write(m_session, plain->bytes, password, path,
                                     tr("The extract of the register could not be exported."),
                                     {AuditAction::RegisterExport,
                                      whole ? QStringLiteral("register") : QStringLiteral("processing"),
                                      whole ? QString() : QString::number(processingId)});
}

} // namespace habeas
