#pragma once

// The register of processings: the DPO describes and updates processings;
// clerks read them (letters quote their purposes, data, recipients and
// retention). Every change keeps a history entry (who, when, which fields)
// and an audit entry.

#include "core/Result.h"
#include "core/deliberations/Deliberation.h"
#include "core/register/Processing.h"
#include "core/register/RegisterGraph.h"
#include "core/register/RegisterConsistency.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

class ProcessingService final {
    Q_DECLARE_TR_FUNCTIONS(ProcessingService)

public:
    explicit ProcessingService(Session &session);

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // Errors of create and update: InvalidArgument (name, links, data
    // categories, retention), NotFound (update), AlreadyExists (name),
    // DiskFull, Sql.
    Result<Processing> create(const Processing &processing);
    Result<Processing> update(const Processing &processing);
    // Errors: NotFound, Sql.
    Result<Processing> find(qint64 id);
    // Errors of the lists: Sql.
    Result<std::vector<ProcessingSummary>> list();
    // The processings whose name or reference contains every word of
    // `text`, accents and case ignored (the global search), the names
    // starting with it first; all of them (the register is small), none
    // for an empty text.
    Result<std::vector<ProcessingSummary>> search(const QString &text);
    Result<std::vector<ProcessingSummary>> linkedFrom(qint64 id);
    Result<std::vector<ProcessingChange>> history(qint64 id);
    // The consistency flags of the whole register (RegisterConsistency),
    // by processing in the register's order.
    Result<std::vector<ConsistencyFlag>> consistency();
    // The processings within `hops` links of this one (at least 1), both
    // ways, each with its consistency flags, and the links between them
    // (RegisterGraph). Reads the names and links of the whole register and
    // the rest of only what the flags of these processings need.
    // Errors: NotFound, Sql.
    Result<RegisterNeighbourhood> neighbourhood(qint64 id, int hops = 2);
    // The authority's deliberations about this processing, newest first.
    Result<std::vector<DeliberationSummary>> deliberations(qint64 id);

private:
    Result<Processing> save(const Processing &processing, bool creating);

    Session &m_session;
};

} // namespace habeas
