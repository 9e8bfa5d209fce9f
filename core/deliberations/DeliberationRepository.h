#pragma once

// The deliberations tables and the conditions the DPO follows.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/deliberations/Deliberation.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace habeas {

class DeliberationRepository final {
    Q_DECLARE_TR_FUNCTIONS(DeliberationRepository)

public:
    explicit DeliberationRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    // Inserts a new deliberation with its sections, citations and conditions.
    Result<qint64> insert(const Deliberation &deliberation, const std::optional<qint64> &processingId,
                          const QString &account);
    Result<std::optional<Deliberation>> find(qint64 id) const;
    Result<std::optional<qint64>> idByNumber(const QString &number) const;
    // Replaces the text of deliberation `current` by `text` (its particulars,
    // full text, sections, citations and Journal data): the text replaced is
    // kept in deliberation_versions, the conditions stay with their
    // follow-up, and those of `added` are appended, open. Returns the new
    // version's number.
    Result<int> replaceText(const Deliberation &current, const Deliberation &text, const std::vector<Condition> &added,
                            const QString &account);
    // The earlier texts, oldest first.
    Result<std::vector<DeliberationVersion>> versions(qint64 deliberationId) const;
    Result<std::vector<DeliberationSummary>> list() const;
    // The deliberations about one processing, newest first.
    Result<std::vector<DeliberationSummary>> forProcessing(qint64 processingId) const;
    // Open and in-progress conditions, oldest deliberation first.
    Result<std::vector<Condition>> openConditions() const;
    Result<std::optional<Condition>> condition(qint64 id) const;
    Result<void> updateCondition(const Condition &condition, const QString &account, const QString &note,
                                 ConditionStatus previous);
    Result<std::vector<ConditionChange>> conditionHistory(qint64 id) const;
    // Sets or clears (nullopt) the indicator measuring a condition, with a
    // line in its history (its status unchanged) carrying `note`.
    Result<void> setIndicator(const Condition &condition, const std::optional<Indicator> &indicator,
                              const QString &account, const QString &note);
    // The processing a deliberation is about, if it is linked to one.
    Result<std::optional<qint64>> processingOf(qint64 deliberationId) const;
    // Sets or removes (nullopt) the processing a deliberation is about.
    Result<void> linkProcessing(qint64 deliberationId, const std::optional<qint64> &processingId);

private:
    Result<void> insertDetails(qint64 id, const Deliberation &deliberation);
    Result<void> insertConditions(qint64 id, const std::vector<Condition> &conditions, int firstPosition,
                                  const QString &account);
    Result<std::vector<DeliberationSummary>> summaries(const QString &where, const QVariantList &values) const;
    Result<std::vector<Condition>> conditions(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
