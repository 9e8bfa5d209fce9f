#pragma once

// The register's tables. A processing is saved whole: its row and every
// list, replaced in the caller's transaction.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/register/Processing.h"
#include "core/register/RegisterGraph.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace habeas {

class ProcessingRepository final {
    Q_DECLARE_TR_FUNCTIONS(ProcessingRepository)

public:
    explicit ProcessingRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    // Inserts (id 0) or replaces; returns the id. Link targets unknown to
    // the register are added as referenced-only processings.
    Result<qint64> save(const Processing &processing);
    Result<std::optional<Processing>> find(qint64 id) const;
    Result<std::optional<qint64>> idByName(const QString &name) const;
    // Every processing, described ones first, by name; each with the count
    // of open or in-progress conditions of its deliberations.
    Result<std::vector<ProcessingSummary>> list() const;
    // The processings whose name (accents and case ignored) or reference
    // (case ignored) contains every word of `text`; those whose name starts
    // with the text first, then described before referenced-only, by name.
    // Empty text: none.
    Result<std::vector<ProcessingSummary>> search(const QString &text) const;
    // The processings whose links point at this one.
    Result<std::vector<ProcessingSummary>> linkedFrom(qint64 id) const;
    // Every processing with only what the consistency checks read (name,
    // status, described, security measures, data categories, recipients,
    // links), in a few statements for the whole register, or for the
    // processings of `only` when given (and perhaps a few more).
    Result<std::vector<Processing>> forChecks(const std::optional<QSet<qint64>> &only = std::nullopt) const;
    // What the interconnection graph reads of the whole register: each
    // processing's id, name, reference and whether it is described (by
    // name), and every link (in each processing's order).
    Result<std::vector<GraphNode>> graphNodes() const;
    Result<std::vector<GraphEdge>> graphEdges() const;
    // The ids of the processings some deliberation is about.
    Result<QSet<qint64>> deliberated() const;
    // `values`: the fields' texts before and after (none at creation).
    Result<void> addHistory(qint64 id, const QString &account, const QStringList &fields,
                            const std::vector<FieldChange> &values = {});
    Result<std::vector<ProcessingChange>> history(qint64 id) const;

    // The id of the processing of that name, added as referenced-only when
    // the register does not have it yet.
    Result<qint64> ensureReferenced(const QString &name);

private:
    Result<qint64> legalTextId(const LegalText &text);

    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
