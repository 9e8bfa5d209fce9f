#include "core/letters/LetterService.h"

#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/crypto/Wipe.h"
#include "core/letters/EncryptedPdfExport.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterRepository.h"
#include "core/letters/Letterhead.h"
#include "core/register/ProcessingRepository.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/FileErrors.h"
#include "core/vault/Transaction.h"

#include <QFile>
#include <QLocale>

namespace habeas {

namespace {

const QString LetterObject = QStringLiteral("letter");

bool knownLanguage(const QString &language)
{
    return language == QLatin1String("fr") || language == QLatin1String("en");
}

} // namespace

LetterService::LetterService(Session &session) : m_session(session) {}

LetterTemplateVersion LetterService::builtIn(LetterKind kind, const QString &language)
{
    LetterTemplateVersion text;
    text.kind = kind;
    text.language = knownLanguage(language) ? language : QStringLiteral("fr");
    QFile file(QStringLiteral(":/letters/%1/%2.txt").arg(text.language, letterKindKey(kind)));
    if (file.open(QIODevice::ReadOnly)) {
        // The first line is the subject, the rest after a blank line the body.
        const QString all = QString::fromUtf8(file.readAll());
        text.subject = all.section(u'\n', 0, 0).trimmed();
        text.body = all.section(u'\n', 1).trimmed();
    }
    return text;
}

Result<LetterTemplateVersion> LetterService::currentTemplate(LetterKind kind, const QString &language)
{
    // The DPO adapts them; a clerk reads the one a letter will use.
    const Permission needed = roleAllows(m_session.role(), Permission::ManageLetterTemplates) ? Permission::ManageLetterTemplates
                                                                                              : Permission::HandleRequests;
    if (auto allowed = m_session.require(needed, QStringLiteral("letter-template"), letterKindKey(kind)); !allowed)
        return allowed.error();
    auto stored = LetterRepository(SessionStorage::database(m_session), m_session.clock()).latestTemplate(kind, language);
    if (!stored)
        return stored.error();
    return *stored ? **stored : builtIn(kind, language);
}

Result<std::vector<LetterTemplateVersion>> LetterService::templateVersions(LetterKind kind, const QString &language)
{
    if (auto allowed = m_session.require(Permission::ManageLetterTemplates, QStringLiteral("letter-template"), letterKindKey(kind));
        !allowed)
        return allowed.error();
    return LetterRepository(SessionStorage::database(m_session), m_session.clock()).templateVersions(kind, language);
}

Result<LetterTemplateVersion> LetterService::saveTemplate(LetterKind kind, const QString &language, const QString &subject,
                                                          const QString &body)
{
    if (auto allowed = m_session.require(Permission::ManageLetterTemplates, QStringLiteral("letter-template"), letterKindKey(kind));
        !allowed)
        return allowed.error();
    if (!knownLanguage(language))
        return invalidInput(QStringLiteral("language"), tr("Letters are written in French or English."));
    if (subject.trimmed().isEmpty())
        return invalidInput(QStringLiteral("subject"), tr("The letter needs a subject."));
    if (subject.contains(u'\n'))
        return invalidInput(QStringLiteral("subject"), tr("The subject is one line."));
    if (auto valid = LetterComposer::check(kind, subject, body); !valid) {
        Error error = valid.error();
        error.field = QStringLiteral("body");
        return error;
    }
    LetterTemplateVersion text;
    text.kind = kind;
    text.language = language;
    text.subject = subject.trimmed();
    text.body = body.trimmed();
    QSqlDatabase db = SessionStorage::database(m_session);
    return inTransaction(db, tr("The template cannot be saved."), [&]() -> Result<LetterTemplateVersion> {
        auto saved = LetterRepository(db, m_session.clock()).addTemplate(text, m_session.account().login);
        if (!saved)
            return saved;
        if (auto recorded = m_session.record(AuditAction::LetterTemplateSave, QStringLiteral("letter-template"),
                                             letterKindKey(kind) + u'/' + language, QStringLiteral("version %1").arg(saved->version));
            !recorded)
            return recorded.error();
        return saved;
    });
}

Result<std::vector<IssuedLetter>> LetterService::list(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(requestId)); !allowed)
        return allowed.error();
    return LetterRepository(SessionStorage::database(m_session), m_session.clock()).letters(requestId);
}

Result<std::vector<LetterKind>> LetterService::available(qint64 requestId)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId)); !allowed)
        return allowed.error();
    auto found = RequestRepository(SessionStorage::database(m_session), m_session.clock()).find(requestId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    std::vector<LetterKind> kinds;
    for (LetterKind kind : allLetterKinds()) {
        if (LetterComposer::applies(kind, **found))
            kinds.push_back(kind);
    }
    return kinds;
}

Result<LetterDraft> LetterService::draft(qint64 requestId, LetterKind kind)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(requestId)); !allowed)
        return allowed.error();
    return draftFor(requestId, kind);
}

Result<LetterDraft> LetterService::draftFor(qint64 requestId, LetterKind kind)
{
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    auto found = requests.find(requestId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    LetterFacts facts;
    facts.kind = kind;
    facts.request = **found;
    facts.today = m_session.clock()->today();
    auto rights = requests.rights();
    if (!rights)
        return rights.error();
    facts.rights = *rights;
    // The register as it is today: what the letter says is what the
    // register says on the day of the letter.
    ProcessingRepository processings(db, m_session.clock());
    for (const Finding &finding : facts.request.findings) {
        auto processing = processings.find(finding.processingId);
        if (!processing)
            return processing.error();
        if (*processing)
            facts.processings.push_back(**processing);
    }
    auto letterhead = LetterheadService(m_session).current();
    if (!letterhead)
        return letterhead.error();
    facts.letterhead = *letterhead;
    auto text = LetterRepository(db, m_session.clock()).latestTemplate(kind, facts.request.language);
    if (!text)
        return text.error();
    facts.text = *text ? **text : builtIn(kind, facts.request.language);

    auto content = LetterComposer::compose(facts);
    if (!content)
        return content.error();
    auto pdf = LetterRenderer(*content).pdf();
    if (!pdf)
        return pdf.error();
    LetterDraft draft;
    draft.requestId = requestId;
    draft.requestVersion = facts.request.version;
    draft.kind = kind;
    draft.language = facts.request.language;
    draft.text = facts.text;
    draft.toAgent = LetterComposer::toAgent(facts.request, facts.today);
    draft.pdf = std::move(*pdf);
    // The extension had to be notified before the first deadline: a notice
    // written after it is still sent, but the clerk is told it is late.
    if (kind == LetterKind::Extension && facts.today > facts.request.due)
        draft.warnings << tr("The first deadline, %1, has passed: the requester should have been told of the "
                             "extension before it.")
                              .arg(QLocale().toString(facts.request.due, QLocale::LongFormat));
    return draft;
}

Result<IssuedLetter> LetterService::issue(const LetterDraft &draft)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number(draft.requestId));
        !allowed)
        return allowed.error();
    if (draft.pdf.bytes.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("There is no letter to issue."));
    QSqlDatabase db = SessionStorage::database(m_session);
    return inTransaction(db, tr("The letter cannot be archived."), [&]() -> Result<IssuedLetter> {
        auto found = RequestRepository(db, m_session.clock()).find(draft.requestId);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("There is no such request."));
        if ((*found)->version != draft.requestVersion)
            return makeError(ErrorCode::Conflict,
                             tr("The request changed since this letter was prepared; prepare it again to issue it."));
        LetterRepository letters(db, m_session.clock());
        // Habeas's own text is stored as version 1 the first time a letter
        // is made from it, so that every letter names a stored version.
        qint64 templateId = draft.text.id;
        int templateVersion = draft.text.version;
        if (templateId == 0) {
            auto latest = letters.latestTemplate(draft.kind, draft.language);
            if (!latest)
                return latest.error();
            if (*latest)
                return makeError(ErrorCode::Conflict,
                                 tr("The template changed since this letter was prepared; prepare it again to issue it."));
            auto stored = letters.addTemplate(draft.text, QString());
            if (!stored)
                return stored.error();
            templateId = stored->id;
            templateVersion = stored->version;
        }
        IssuedLetter letter;
        letter.requestId = draft.requestId;
        letter.kind = draft.kind;
        letter.language = draft.language;
        letter.templateVersion = templateVersion;
        letter.issuedBy = m_session.account().login;
        letter.pages = draft.pdf.pages;
        auto added = letters.addLetter(letter, templateId, draft.pdf.bytes);
        if (!added)
            return added;
        if (auto recorded = m_session.record(AuditAction::LetterIssue, QStringLiteral("request"), (*found)->reference,
                                             QStringLiteral("%1, letter %2, template %3 v%4")
                                                 .arg(letterKindKey(draft.kind))
                                                 .arg(added->id)
                                                 .arg(draft.language)
                                                 .arg(templateVersion));
            !recorded)
            return recorded.error();
        return added;
    });
}

Result<IssuedLetter> LetterService::issue(qint64 requestId, LetterKind kind)
{
    auto made = draft(requestId, kind);
    if (!made)
        return made.error();
    return issue(*made);
}

Result<IssuedLetter> LetterService::checkedLetter(qint64 letterId)
{
    auto found = LetterRepository(SessionStorage::database(m_session), m_session.clock()).letter(letterId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such letter."));
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request"), QString::number((*found)->requestId));
        !allowed)
        return allowed.error();
    if ((*found)->cleared)
        return makeError(ErrorCode::NotFound,
                         tr("This letter was cleared with the rest of the case file when its retention period ended."));
    return **found;
}

Result<SecureBytes> LetterService::archived(qint64 letterId)
{
    auto letter = checkedLetter(letterId);
    if (!letter)
        return letter.error();
    auto bytes = LetterRepository(SessionStorage::database(m_session), m_session.clock()).pdf(letterId);
    if (!bytes)
        return bytes;
    if (auto recorded = m_session.record(AuditAction::LetterView, LetterObject, QString::number(letterId)); !recorded)
        return recorded.error();
    return bytes;
}

Result<SecureBytes> LetterService::printable(qint64 letterId)
{
    auto letter = checkedLetter(letterId);
    if (!letter)
        return letter.error();
    return LetterRepository(SessionStorage::database(m_session), m_session.clock()).pdf(letterId);
}

Result<void> LetterService::recordPrinted(qint64 letterId)
{
    auto letter = checkedLetter(letterId);
    if (!letter)
        return letter.error();
    return m_session.record(AuditAction::LetterPrint, LetterObject, QString::number(letterId));
}

Result<void> LetterService::checkPdfPassword(const SecureBytes &password) const
{
    QString typed = QString::fromUtf8(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
    const QStringList problems = PasswordPolicy::assess(typed, m_session.account().login, m_session.account().fullName,
                                                        PasswordRules{MinimumPdfPasswordLength, PasswordRules{}.minimumEntropyBits})
                                     .problems;
    secureZero(typed.data(), std::size_t(typed.size()) * sizeof(QChar));
    if (!problems.isEmpty())
        return invalidInput(QStringLiteral("password"), problems.join(u' '));
    return {};
}

Result<void> LetterService::exportPdfTo(qint64 letterId, const SecureBytes &password, const QString &path)
{
    auto letter = checkedLetter(letterId);
    if (!letter)
        return letter.error();
    if (auto accepted = checkPdfPassword(password); !accepted)
        return accepted;
    auto bytes = LetterRepository(SessionStorage::database(m_session), m_session.clock()).pdf(letterId);
    if (!bytes)
        return bytes.error();
    // The file's name is the person's choice and may name someone: not audited.
    return EncryptedPdfExport::write(m_session, *bytes, password, path, tr("The letter could not be exported."),
                                     {AuditAction::LetterExport, LetterObject, QString::number(letterId)});
}

} // namespace habeas
