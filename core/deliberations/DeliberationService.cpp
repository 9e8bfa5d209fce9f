#include "core/deliberations/DeliberationService.h"

#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/register/ProcessingRepository.h"
#include "core/vault/Vault.h"

#include <QRegularExpression>
#include <QSqlError>

namespace habeas {

DeliberationService::DeliberationService(Session &session) : m_session(session) {}

Result<Deliberation> DeliberationService::create(const Deliberation &input)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"), input.number);
        !allowed)
        return allowed.error();
    static const QRegularExpression numberPattern(QStringLiteral("^\\d{4}-\\d{1,4}$"));
    if (!numberPattern.match(input.number.trimmed()).hasMatch())
        return makeError(ErrorCode::InvalidArgument, tr("A deliberation number looks like 2023-133."));
    if (!input.date.isValid() || input.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A deliberation needs its date and its title."));
    for (const Condition &condition : input.conditions) {
        if (condition.text.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("Every condition needs its text."));
    }
    QSqlDatabase db = m_session.vault().database();
    DeliberationRepository deliberations(db);
    auto existing = deliberations.idByNumber(input.number);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::AlreadyExists, tr("Deliberation no. %1 is already recorded.").arg(input.number.trimmed()));
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The deliberation cannot be recorded."), db.lastError().text());
    const auto fail = [&](const Error &error) -> Result<Deliberation> {
        db.rollback();
        return error;
    };
    std::optional<qint64> processingId;
    if (!input.processing.trimmed().isEmpty()) {
        auto id = ProcessingRepository(db).ensureReferenced(input.processing);
        if (!id)
            return fail(id.error());
        processingId = *id;
    }
    auto id = deliberations.insert(input, processingId, m_session.account().login);
    if (!id)
        return fail(id.error());
    if (auto recorded = m_session.record(QStringLiteral("deliberation.create"), QStringLiteral("deliberation"),
                                         input.number.trimmed(),
                                         QStringLiteral("conditions %1").arg(input.conditions.size()));
        !recorded)
        return fail(recorded.error());
    if (!db.commit())
        return fail(makeError(ErrorCode::Sql, tr("The deliberation cannot be recorded."), db.lastError().text()));
    auto saved = deliberations.find(*id);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<Deliberation> DeliberationService::find(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("deliberation"), QString::number(id));
        !allowed)
        return allowed.error();
    auto found = DeliberationRepository(m_session.vault().database()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::InvalidArgument, tr("There is no such deliberation."));
    return **found;
}

Result<std::vector<DeliberationSummary>> DeliberationService::list()
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("deliberations")); !allowed)
        return allowed.error();
    return DeliberationRepository(m_session.vault().database()).list();
}

Result<std::vector<Condition>> DeliberationService::openConditions()
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("conditions")); !allowed)
        return allowed.error();
    return DeliberationRepository(m_session.vault().database()).openConditions();
}

Result<Condition> DeliberationService::updateCondition(const Condition &wanted, const QString &note)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("condition"),
                                         QString::number(wanted.id));
        !allowed)
        return allowed.error();
    QSqlDatabase db = m_session.vault().database();
    DeliberationRepository deliberations(db);
    auto current = deliberations.condition(wanted.id);
    if (!current)
        return current.error();
    if (!*current)
        return makeError(ErrorCode::InvalidArgument, tr("There is no such condition."));
    if (wanted.status == ConditionStatus::Met && wanted.evidence.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Say how the condition was met (the evidence)."));
    if (!db.transaction())
        return makeError(ErrorCode::Sql, tr("The condition cannot be updated."), db.lastError().text());
    Condition updated = **current;
    updated.status = wanted.status;
    updated.owner = wanted.owner;
    updated.due = wanted.due;
    updated.evidence = wanted.evidence;
    auto written = deliberations.updateCondition(updated, m_session.account().login, note, (*current)->status);
    const auto recorded = written ? m_session.record(QStringLiteral("condition.update"), QStringLiteral("condition"),
                                                     QString::number(updated.id),
                                                     conditionStatusKey((*current)->status) + u'>'
                                                         + conditionStatusKey(updated.status))
                                  : Result<void>(written.error());
    if (!recorded || !db.commit()) {
        db.rollback();
        return recorded ? makeError(ErrorCode::Sql, tr("The condition cannot be updated.")) : recorded.error();
    }
    auto saved = deliberations.condition(updated.id);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<std::vector<ConditionChange>> DeliberationService::conditionHistory(qint64 conditionId)
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("condition"),
                                         QString::number(conditionId));
        !allowed)
        return allowed.error();
    return DeliberationRepository(m_session.vault().database()).conditionHistory(conditionId);
}

} // namespace habeas
