#pragma once

// Deliberations of the authority and their conditions: the DPO records
// them and follows each condition (status, owner, due date, evidence) until
// it is met; everyone with access sees them. Changes are audited, and each
// condition keeps the history of its status.

#include "core/Result.h"
#include "core/deliberations/Deliberation.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

class DeliberationService final {
    Q_DECLARE_TR_FUNCTIONS(DeliberationService)

public:
    explicit DeliberationService(Session &session);

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // Errors: InvalidArgument (number, date, title, a condition's text),
    // AlreadyExists (number), DiskFull, Sql.
    Result<Deliberation> create(const Deliberation &deliberation);
    // A republished or corrected text of deliberation `deliberationId`: its
    // particulars, full text, sections, citations and Journal data are
    // replaced by those of `text` (its number must be the same), the text
    // replaced is kept as an earlier version, its conditions stay with
    // their follow-up (status, owner, evidence, history, indicator) and
    // those of `text` not already there (compared by conditionTextKey())
    // are added, open. The processing it is linked to stays. One
    // transaction, audited as deliberation.version. Returns the
    // deliberation as it now is. Errors: NotFound, InvalidArgument (date,
    // title, a condition's text, another number), DiskFull, Sql.
    Result<Deliberation> addVersion(qint64 deliberationId, const Deliberation &text);
    // The earlier texts of a deliberation, oldest first. Errors: Sql.
    Result<std::vector<DeliberationVersion>> versions(qint64 deliberationId);
    // Errors: NotFound, Sql.
    Result<Deliberation> find(qint64 id);
    // Errors: Sql.
    Result<std::vector<DeliberationSummary>> list();
    // Every open or in-progress condition, oldest deliberation first.
    // Errors: Sql.
    Result<std::vector<Condition>> openConditions();
    // Status, owner, due date and evidence of a condition, with a note for
    // its history. Errors: NotFound, InvalidArgument (met without evidence),
    // DiskFull, Sql.
    Result<Condition> updateCondition(const Condition &condition, const QString &note = {});
    // Errors: Sql.
    Result<std::vector<ConditionChange>> conditionHistory(qint64 conditionId);
    // Links the deliberation to a processing of the register, or unlinks it
    // (nullopt), and returns it as it now is. Errors: NotFound (either),
    // DiskFull, Sql.
    Result<Deliberation> linkProcessing(qint64 deliberationId, const std::optional<qint64> &processingId);

    // Links a condition to the indicator measuring it, or unlinks it
    // (nullopt); audited as a condition update and noted in its history.
    // Errors: NotFound, DiskFull, Sql.
    Result<Condition> setConditionIndicator(qint64 conditionId, const std::optional<Indicator> &indicator);
    // The figure of a condition linked to an indicator, measured now over
    // its deliberation's processing (needsProcessing when there is none).
    // Errors: NotFound, InvalidArgument (measured by no indicator), Sql.
    Result<ConditionMeasure> measureCondition(qint64 conditionId);

private:
    Session &m_session;
};

} // namespace habeas
