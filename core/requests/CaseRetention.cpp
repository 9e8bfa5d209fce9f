#include "core/requests/CaseRetention.h"

#include "core/letters/LetterRepository.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/Transaction.h"

#include <algorithm>
#include <unordered_set>

namespace habeas {

CaseRetention::CaseRetention(Session &session) : m_session(session) {}

int CaseRetention::years() const
{
    return std::clamp(m_session.settings().value(VaultSetting::CaseRetentionYears), MinimumYears, MaximumYears);
}

Result<void> CaseRetention::setYears(int years)
{
    if (auto allowed = m_session.require(Permission::SetCaseRetention, QStringLiteral("settings")); !allowed)
        return allowed;
    if (years < MinimumYears || years > MaximumYears)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Ended requests are kept between %1 and %2 years.").arg(MinimumYears).arg(MaximumYears),
                         QStringLiteral("retention.years"));
    if (years == this->years())
        return {};
    return inTransaction(SessionStorage::database(m_session), tr("The retention period could not be saved."),
                         [&]() -> Result<void> {
                             if (auto saved = m_session.settings().setValue(VaultSetting::CaseRetentionYears, years);
                                 !saved)
                                 return saved;
                             return m_session.record(AuditAction::SettingsChange, QStringLiteral("settings"), QString(),
                                                     QLatin1String(VaultSetting::CaseRetentionYears.key)
                                                         + QStringLiteral("=%1").arg(years));
                         });
}

QDate CaseRetention::lastExpiredEnd(const QDate &today) const
{
    return today.addYears(-years());
}

Result<std::vector<ExpiredCase>> CaseRetention::expired(const QDate &today)
{
    if (auto allowed = m_session.require(Permission::AnonymiseCases, QStringLiteral("request")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).endedBy(lastExpiredEnd(today));
}

Result<std::vector<ExpiredCase>> CaseRetention::expired()
{
    return expired(m_session.clock()->today());
}

Result<std::vector<Right>> CaseRetention::rights()
{
    if (auto allowed = m_session.require(Permission::AnonymiseCases, QStringLiteral("rights")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).rights();
}

Result<int> CaseRetention::anonymise(const std::vector<qint64> &ids, const QDate &today)
{
    if (auto allowed = m_session.require(Permission::AnonymiseCases, QStringLiteral("request")); !allowed)
        return allowed.error();
    if (ids.empty())
        return 0;
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    const std::unordered_set<qint64> wanted(ids.begin(), ids.end());
    int done = 0;
    QString lastReference;
    auto anonymised = inTransaction(db, tr("The requests could not be anonymised; none was."), [&]() -> Result<void> {
        // Read inside the transaction: what is past the period now.
        auto due = requests.endedBy(lastExpiredEnd(today));
        if (!due)
            return due.error();
        std::unordered_set<qint64> expiredIds;
        for (const ExpiredCase &expired : *due)
            expiredIds.insert(expired.id);
        for (qint64 id : wanted) {
            if (!expiredIds.contains(id))
                return makeError(ErrorCode::InvalidArgument,
                                 tr("A request chosen is not an ended request past its retention period any more; "
                                    "none was anonymised. Reload the list."));
        }
        for (const ExpiredCase &expired : *due) {
            if (!wanted.contains(expired.id))
                continue;
            if (auto cleared = requests.anonymise(expired.id, today); !cleared)
                return cleared;
            // The letters sent name the person: their PDFs go with the rest.
            if (auto cleared = LetterRepository(db, m_session.clock()).clearPdfs(expired.id, today); !cleared)
                return cleared;
            if (auto recorded = m_session.record(AuditAction::RequestAnonymise, QStringLiteral("request"),
                                                 expired.reference, QStringLiteral("kept %1 years").arg(years()));
                !recorded)
                return recorded;
            lastReference = expired.reference;
            ++done;
        }
        return {};
    });
    if (!anonymised)
        return anonymised.error();
    // The cleared values still sit in the WAL until it is written back.
    IdentityDocumentService::writeBack(m_session, lastReference);
    return done;
}

Result<int> CaseRetention::anonymise(const std::vector<qint64> &ids)
{
    return anonymise(ids, m_session.clock()->today());
}

} // namespace habeas
