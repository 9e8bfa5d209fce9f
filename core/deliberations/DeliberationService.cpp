#include "core/deliberations/DeliberationService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/deliberations/IndicatorRepository.h"
#include "core/register/ProcessingRepository.h"
#include "core/vault/Transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

namespace habeas {

DeliberationService::DeliberationService(Session &session) : m_session(session) {}

Result<Deliberation> DeliberationService::create(const Deliberation &input)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"), input.number);
        !allowed)
        return allowed.error();
    // One way of writing a number, so that "2016-09" and "2016-9" are one
    // deliberation, and citations find it.
    Deliberation deliberation = input;
    deliberation.number = deliberationNumberKey(input.number);
    if (deliberation.number.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A deliberation number looks like 2023-133."));
    if (!input.date.isValid() || input.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A deliberation needs its date and its title."));
    for (const Condition &condition : input.conditions) {
        if (condition.text.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("Every condition needs its text."));
    }
    QSqlDatabase db = SessionStorage::database(m_session);
    DeliberationRepository deliberations(db, m_session.clock());
    auto id = inTransaction(db, tr("The deliberation cannot be recorded."), [&]() -> Result<qint64> {
        // Checked in the transaction: two imports of one number at once
        // (the screen and the command line) cannot both record it.
        auto existing = deliberations.idByNumber(deliberation.number);
        if (!existing)
            return existing.error();
        if (*existing)
            return makeError(ErrorCode::AlreadyExists,
                             tr("Deliberation no. %1 is already recorded.").arg(deliberation.number));
        std::optional<qint64> processingId;
        if (!input.processing.trimmed().isEmpty()) {
            ProcessingRepository processings(db, m_session.clock());
            auto known = processings.idByName(input.processing);
            if (!known)
                return known.error();
            auto linked = processings.ensureReferenced(input.processing);
            if (!linked)
                return linked.error();
            processingId = *linked;
            // A processing the register did not have is entered, as
            // referenced only: a change of the register, audited as such.
            if (!*known) {
                if (auto recorded = m_session.record(AuditAction::ProcessingCreate, QStringLiteral("processing"),
                                                     QString::number(*linked),
                                                     QStringLiteral("referenced by deliberation %1").arg(deliberation.number));
                    !recorded)
                    return recorded.error();
            }
        }
        auto inserted = deliberations.insert(deliberation, processingId, m_session.account().login);
        if (!inserted)
            return inserted;
        if (auto recorded = m_session.record(AuditAction::DeliberationCreate, QStringLiteral("deliberation"),
                                             deliberation.number,
                                             QStringLiteral("conditions %1").arg(input.conditions.size()));
            !recorded)
            return recorded.error();
        return inserted;
    });
    if (!id)
        return id.error();
    auto saved = deliberations.find(*id);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<Deliberation> DeliberationService::addVersion(qint64 deliberationId, const Deliberation &text)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"),
                                         QString::number(deliberationId));
        !allowed)
        return allowed.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    DeliberationRepository deliberations(db, m_session.clock());
    auto found = deliberations.find(deliberationId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    const Deliberation &current = **found;
    if (deliberationNumberKey(text.number) != deliberationNumberKey(current.number))
        return makeError(ErrorCode::InvalidArgument, tr("This text is of deliberation no. %1, not of no. %2.")
                                                         .arg(text.number.trimmed(), current.number));
    if (!text.date.isValid() || text.title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A deliberation needs its date and its title."));
    QSet<QString> known;
    for (const Condition &condition : current.conditions)
        known.insert(conditionTextKey(condition.text));
    std::vector<Condition> added;
    for (const Condition &condition : text.conditions) {
        if (condition.text.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("Every condition needs its text."));
        const QString key = conditionTextKey(condition.text);
        if (known.contains(key))
            continue;
        known.insert(key);
        Condition fresh;
        fresh.kind = condition.kind;
        fresh.text = condition.text.trimmed();
        added.push_back(std::move(fresh));
    }
    auto written = inTransaction(db, tr("The new version of the deliberation cannot be recorded."), [&]() -> Result<void> {
        auto version = deliberations.replaceText(current, text, added, m_session.account().login);
        if (!version)
            return version.error();
        return m_session.record(AuditAction::DeliberationVersion, QStringLiteral("deliberation"), current.number,
                                QStringLiteral("version %1, conditions added %2").arg(*version).arg(added.size()));
    });
    if (!written)
        return written.error();
    auto saved = deliberations.find(deliberationId);
    if (!saved)
        return saved.error();
    if (!*saved)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    return **saved;
}

Result<std::vector<DeliberationVersion>> DeliberationService::versions(qint64 deliberationId)
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("deliberation"),
                                         QString::number(deliberationId));
        !allowed)
        return allowed.error();
    return DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).versions(deliberationId);
}

Result<Deliberation> DeliberationService::find(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("deliberation"), QString::number(id));
        !allowed)
        return allowed.error();
    auto found = DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    return **found;
}

Result<std::vector<DeliberationSummary>> DeliberationService::list()
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("deliberations")); !allowed)
        return allowed.error();
    return DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).list();
}

Result<std::vector<Condition>> DeliberationService::openConditions()
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("conditions")); !allowed)
        return allowed.error();
    return DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).openConditions();
}

Result<Condition> DeliberationService::updateCondition(const Condition &wanted, const QString &note)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("condition"),
                                         QString::number(wanted.id));
        !allowed)
        return allowed.error();
    DeliberationRepository deliberations(SessionStorage::database(m_session), m_session.clock());
    auto current = deliberations.condition(wanted.id);
    if (!current)
        return current.error();
    if (!*current)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    if (wanted.status == ConditionStatus::Met && wanted.evidence.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("Say how the condition was met (the evidence)."));
    Condition updated = **current;
    updated.status = wanted.status;
    updated.owner = wanted.owner;
    updated.due = wanted.due;
    updated.evidence = wanted.evidence;
    auto written = inTransaction(SessionStorage::database(m_session), tr("The condition cannot be updated."),
                                 [&]() -> Result<void> {
                                     if (auto changed = deliberations.updateCondition(updated, m_session.account().login,
                                                                                      note, (*current)->status);
                                         !changed)
                                         return changed;
                                     return m_session.record(AuditAction::ConditionUpdate, QStringLiteral("condition"),
                                                             QString::number(updated.id),
                                                             conditionStatusKey((*current)->status) + u'>'
                                                                 + conditionStatusKey(updated.status));
                                 });
    if (!written)
        return written.error();
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
    return DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).conditionHistory(conditionId);
}

Result<Deliberation> DeliberationService::linkProcessing(qint64 deliberationId, const std::optional<qint64> &processingId)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"),
                                         QString::number(deliberationId));
        !allowed)
        return allowed.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    DeliberationRepository deliberations(db, m_session.clock());
    auto current = deliberations.find(deliberationId);
    if (!current)
        return current.error();
    if (!*current)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    if (processingId) {
        auto processing = ProcessingRepository(db, m_session.clock()).find(*processingId);
        if (!processing)
            return processing.error();
        if (!*processing)
            return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));
    }
    auto written = inTransaction(db, tr("The deliberation cannot be linked."), [&]() -> Result<void> {
        if (auto linked = deliberations.linkProcessing(deliberationId, processingId); !linked)
            return linked;
        // The processing's id, not its name: the log names no one and nothing.
        return m_session.record(AuditAction::DeliberationLink, QStringLiteral("deliberation"), (*current)->number,
                                processingId ? QStringLiteral("processing %1").arg(*processingId)
                                             : QStringLiteral("no processing"));
    });
    if (!written)
        return written.error();
    auto saved = deliberations.find(deliberationId);
    if (!saved)
        return saved.error();
    if (!*saved)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    return **saved;
}

Result<Condition> DeliberationService::setConditionIndicator(qint64 conditionId,
                                                             const std::optional<Indicator> &indicator)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("condition"),
                                         QString::number(conditionId));
        !allowed)
        return allowed.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    DeliberationRepository deliberations(db, m_session.clock());
    auto current = deliberations.condition(conditionId);
    if (!current)
        return current.error();
    if (!*current)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    const Condition &condition = **current;
    if (condition.indicator == indicator)
        return condition;
    const auto keyOf = [](const std::optional<Indicator> &value) {
        return value ? indicatorKey(*value) : QStringLiteral("none");
    };
    const QString note = indicator ? tr("Measured by: %1.").arg(ConditionIndicator::label(*indicator))
                                   : tr("Measured by no indicator any more.");
    auto written = inTransaction(db, tr("The condition cannot be updated."), [&]() -> Result<void> {
        if (auto changed = deliberations.setIndicator(condition, indicator, m_session.account().login, note); !changed)
            return changed;
        return m_session.record(AuditAction::ConditionUpdate, QStringLiteral("condition"), QString::number(conditionId),
                                QStringLiteral("indicator ") + keyOf(condition.indicator) + u'>' + keyOf(indicator));
    });
    if (!written)
        return written.error();
    auto saved = deliberations.condition(conditionId);
    if (!saved)
        return saved.error();
    if (!*saved)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    return **saved;
}

Result<ConditionMeasure> DeliberationService::measureCondition(qint64 conditionId)
{
    if (auto allowed =
            m_session.require(Permission::ViewDeliberations, QStringLiteral("condition"), QString::number(conditionId));
        !allowed)
        return allowed.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    DeliberationRepository deliberations(db, m_session.clock());
    auto condition = deliberations.condition(conditionId);
    if (!condition)
        return condition.error();
    if (!*condition)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    if (!(*condition)->indicator)
        return makeError(ErrorCode::InvalidArgument, tr("This condition is measured by no indicator."));
    ConditionMeasure measure;
    measure.indicator = *(*condition)->indicator;
    auto processing = deliberations.processingOf((*condition)->deliberationId);
    if (!processing)
        return processing.error();
    if (!*processing) {
        measure.needsProcessing = true;
        return measure;
    }
    const qint64 processingId = **processing;
    const QDate today = m_session.clock()->today();
    IndicatorRepository figures(db);
    switch (measure.indicator) {
    case Indicator::AccessRepliesOnTime: {
        auto requests = figures.accessRequests(processingId, today.year());
        if (!requests)
            return requests.error();
        measure.access = ConditionIndicator::accessTimeliness(*requests, processingId, today.year(), today);
        break;
    }
    case Indicator::ExportsEncrypted: {
        // Exports are known from the audit log only: register.export and
        // register.inspection name the processing (or the whole register),
        // letter.export the letter, whose request's findings name the
        // processings.
        AuditLog log = AuditLog::of(SessionStorage::vault(m_session), m_session.clock());
        std::vector<MeasuredExport> exports;
        for (AuditAction action :
             {AuditAction::RegisterExport, AuditAction::RegisterInspection, AuditAction::LetterExport}) {
            auto entries = log.entriesOf(action, 0);
            if (!entries)
                return entries.error();
            for (const AuditEntry &entry : *entries) {
                MeasuredExport exported;
                exported.at = QDateTime::fromString(entry.atUtc, Qt::ISODateWithMs);
                exported.encryption = ConditionIndicator::encryptionOfDetail(entry.detail);
                exported.objectId = entry.objectId.toLongLong();
                if (action == AuditAction::LetterExport) {
                    exported.kind = MeasuredExport::Kind::Letter;
                    auto concern = figures.letterConcern(exported.objectId);
                    if (!concern)
                        return concern.error();
                    exported.requestReference = concern->requestReference;
                    exported.processingIds = concern->processingIds;
                } else if (entry.objectType == QLatin1String("register")) {
                    exported.kind = MeasuredExport::Kind::WholeRegister;
                } else {
                    exported.kind = MeasuredExport::Kind::RegisterEntry;
                    exported.processingIds = {exported.objectId};
                }
                exports.push_back(std::move(exported));
            }
        }
        measure.exports = ConditionIndicator::exportsEncryption(exports, processingId);
        break;
    }
    }
    return measure;
}

} // namespace habeas
