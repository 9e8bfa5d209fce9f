#include "core/register/InspectionFileService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/letters/EncryptedPdfExport.h"
#include "core/letters/LetterService.h"
#include "core/register/RegisterExtractService.h"
#include "core/requests/RequestRepository.h"

#include <QRegularExpression>

namespace habeas {

namespace {

QString objectType(qint64 processingId)
{
    return processingId == InspectionFileService::WholeRegister ? QStringLiteral("register")
                                                                : QStringLiteral("processing");
}

QString objectId(qint64 processingId)
{
    return processingId == InspectionFileService::WholeRegister ? QString() : QString::number(processingId);
}

// Whether `text` names one of `names`: a whole name or any word of three
// letters or more of one (a surname alone, "Maître Zorzi" for the agent
// "Maître Quentin Zorzi"), accents and case ignored, whole words only, so
// that "Martin" is not found in "Martinique". It errs towards withholding.
bool names(const QString &text, const QStringList &names)
{
    // Unicode word characters: "Søren", "Łukasz" and names in other
    // scripts are words too.
    static const QRegularExpression Separators(QStringLiteral("[^\\w]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    const QString folded = QStringLiteral(" %1 ").arg(searchKey(text));
    const auto holds = [&folded](const QString &key) {
        for (qsizetype from = folded.indexOf(key); from >= 0; from = folded.indexOf(key, from + 1)) {
            const qsizetype end = from + key.size();
            if (!folded.at(from - 1).isLetterOrNumber() && !folded.at(end).isLetterOrNumber())
                return true;
        }
        return false;
    };
    for (const QString &name : names) {
        const QString key = searchKey(name).simplified();
        if (key.size() >= 2 && holds(key))
            return true;
        const QStringList words = key.split(Separators, Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.size() >= 3 && holds(word))
                return true;
        }
    }
    return false;
}

} // namespace

InspectionFileService::InspectionFileService(Session &session) : m_session(session)
{}

bool InspectionFileService::allowed(const Session &session)
{
    for (Permission permission : Required) {
        if (!session.can(permission))
            return false;
    }
    return true;
}

Result<InspectionFileFacts> InspectionFileService::facts(qint64 processingId,
                                                         const std::optional<InspectionPeriod> &period)
{
    for (Permission permission : Required) {
        if (auto allowed = m_session.require(permission, objectType(processingId), objectId(processingId)); !allowed)
            return allowed.error();
    }
    auto register_ = RegisterExtractService(m_session).facts(processingId);
    if (!register_)
        return register_.error();
    InspectionFileFacts facts;
    facts.register_ = std::move(*register_);
    facts.period = period.value_or(InspectionPeriod::lastTwoYears(facts.register_.today));
    facts.generatedAt = m_session.clock()->nowUtc().toLocalTime();
    facts.generatedBy = m_session.account().fullName.trimmed();
    const std::optional<qint64> only =
        processingId == WholeRegister ? std::nullopt : std::optional<qint64>(processingId);
    const QSqlDatabase db = SessionStorage::database(m_session);

    DeliberationRepository deliberations(db, m_session.clock());
    auto summaries = only ? deliberations.forProcessing(*only) : deliberations.list();
    if (!summaries)
        return summaries.error();
    for (const DeliberationSummary &summary : *summaries) {
        auto found = deliberations.find(summary.id);
        if (!found)
            return found.error();
        if (*found)
            facts.deliberations.push_back(std::move(**found));
    }
    // Oldest first: the order the authority gave them in.
    std::stable_sort(facts.deliberations.begin(), facts.deliberations.end(),
                     [](const Deliberation &a, const Deliberation &b) { return a.date < b.date; });

    RequestRepository requests(db, m_session.clock());
    auto rights = requests.rights();
    if (!rights)
        return rights.error();
    facts.rights = std::move(*rights);
    auto counted = requests.counted(facts.period.from, facts.period.until, only);
    if (!counted)
        return counted.error();
    for (const CountedRequest &request : *counted) {
        InspectionRequest row{request.rights, request.received,  request.due, request.extended,
                              request.state,  request.repliedOn, {},          false};
        if (request.state == RequestState::Refused) {
            if (names(request.refusalReason, request.names))
                row.reasonWithheld = true;
            else
                row.refusalReason = request.refusalReason.simplified();
        }
        facts.requests.push_back(std::move(row));
    }

    auto destroyed = DocumentRepository(db, m_session.clock()).destructionTimes(only);
    if (!destroyed)
        return destroyed.error();
    for (const QDateTime &at : *destroyed) {
        const QDate day = at.toLocalTime().date();
        if (facts.period.contains(day))
            facts.destroyed.push_back(day);
    }

    // The head and the verification read together, before this file's own
    // entry is written.
    const AuditLog log = AuditLog::of(SessionStorage::vault(m_session), m_session.clock());
    auto head = log.head();
    if (!head)
        return head.error();
    auto verified = log.verify();
    if (!verified)
        return verified.error();
    auto latest = log.latest(1);
    if (!latest)
        return latest.error();
    facts.audit.entries = head->seq;
    facts.audit.headHash = head->hash;
    facts.audit.creator = head->creator;
    facts.audit.headAtUtc = latest->empty() ? QString() : latest->front().atUtc;
    facts.audit.whole = verified->ok();
    facts.audit.firstBadSeq = verified->firstBadSeq;
    facts.audit.reason = verified->reason;
    return facts;
}

Result<RenderedPdf> InspectionFileService::pdf(qint64 processingId, const std::optional<InspectionPeriod> &period)
{
    auto made = facts(processingId, period);
    if (!made)
        return made.error();
    return LetterRenderer(InspectionFile::content(*made)).pdf();
}

Result<void> InspectionFileService::exportTo(qint64 processingId, const SecureBytes &password, const QString &path,
                                             const std::optional<InspectionPeriod> &period, const Progress &progress)
{
    const auto step = [&progress](qint64 done) {
        if (progress)
            progress(done, 4);
    };
    // The password first: a refused one costs no gathering.
    if (auto accepted = LetterService(m_session).checkPdfPassword(password); !accepted)
        return accepted;
    step(0);
    auto made = facts(processingId, period);
    if (!made)
        return made.error();
    step(1);
    auto plain = LetterRenderer(InspectionFile::content(*made)).pdf();
    if (!plain)
        return plain.error();
    step(2);
    const InspectionPeriod &covered = made->period;
    const QString detail =
        QStringLiteral("aes-256, file, requests %1..%2, audit %3 at %4")
            .arg(covered.from.isValid() ? covered.from.toString(Qt::ISODate) : QStringLiteral("first"),
                 covered.until.toString(Qt::ISODate),
                 made->audit.whole ? QStringLiteral("whole") : QStringLiteral("broken"),
                 QString::number(made->audit.entries));
    // The file's name is the person's choice: not audited.
    auto written = EncryptedPdfExport::write(
        m_session, plain->bytes, password, path, tr("The inspection file could not be exported."),
        {AuditAction::RegisterInspection, objectType(processingId), objectId(processingId), detail});
    if (written)
        step(4);
    return written;
}

} // namespace habeas
