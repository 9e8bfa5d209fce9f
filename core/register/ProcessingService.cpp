#include "core/register/ProcessingService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/deliberations/DeliberationRepository.h"
#include "core/register/ProcessingRepository.h"
#include "core/vault/Transaction.h"

#include <QSqlError>

namespace habeas {

ProcessingService::ProcessingService(Session &session) : m_session(session) {}

Result<Processing> ProcessingService::create(const Processing &processing)
{
    return save(processing, true);
}

Result<Processing> ProcessingService::update(const Processing &processing)
{
    return save(processing, false);
}

Result<Processing> ProcessingService::save(const Processing &input, bool creating)
{
    if (auto allowed = m_session.require(Permission::ManageRegister, QStringLiteral("processing"),
                                         creating ? QString() : QString::number(input.id));
        !allowed)
        return allowed.error();
    // Each refusal names its field (a list's with the row: "links.2"), so
    // that a form can put the focus there.
    const auto refuse = [](ErrorCode code, const QString &message, const QString &field) {
        Error error = makeError(code, message);
        error.field = field;
        return error;
    };
    if (input.name.trimmed().isEmpty())
        return refuse(ErrorCode::InvalidArgument, tr("Give the processing its purpose (its name in the register)."),
                      QStringLiteral("name"));
    for (std::size_t i = 0; i < input.links.size(); ++i) {
        if (input.links[i].target.trimmed().isEmpty())
            return refuse(ErrorCode::InvalidArgument, tr("Every link needs the name of the other processing."),
                          QStringLiteral("links.%1").arg(i));
    }
    for (std::size_t i = 0; i < input.dataCategories.size(); ++i) {
        const DataCategory &category = input.dataCategories[i];
        if (category.name.trimmed().isEmpty())
            return refuse(ErrorCode::InvalidArgument, tr("Every data category needs a name."),
                          QStringLiteral("data_categories.%1").arg(i));
        if (category.retentionDays && *category.retentionDays < 0)
            return refuse(ErrorCode::InvalidArgument, tr("A retention period cannot be negative."),
                          QStringLiteral("data_categories.%1").arg(i));
    }
    QSqlDatabase db = SessionStorage::database(m_session);
    ProcessingRepository register_(db, m_session.clock());
    Processing before;
    if (!creating) {
        auto found = register_.find(input.id);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));
        before = **found;
    }
    // Names are unique in the register. Creating may take over a
    // referenced-only processing of that name; nothing may take over a
    // described one, and a rename may not land on another processing.
    auto existing = register_.idByName(input.name);
    if (!existing)
        return existing.error();
    if (*existing && **existing != input.id) {
        auto other = register_.find(**existing);
        if (!other)
            return other.error();
        if (!creating || (*other && (*other)->described))
            return refuse(ErrorCode::AlreadyExists,
                          tr("The register already has a processing named \"%1\".").arg(input.name.trimmed()),
                          QStringLiteral("name"));
    }
    Processing wanted = input;
    wanted.described = true;
    if (creating)
        wanted.id = 0;
    auto id = inTransaction(db, tr("The register cannot be saved."), [&]() -> Result<qint64> {
        auto saved = register_.save(wanted);
        if (!saved)
            return saved;
        wanted.id = *saved;
        const QStringList fields = creating ? QStringList{QStringLiteral("created")} : changedFields(before, wanted);
        if (fields.isEmpty())
            return saved;
        std::vector<FieldChange> values;
        if (!creating) {
            for (const QString &field : fields)
                values.push_back({field, fieldText(before, field), fieldText(wanted, field)});
        }
        if (auto written = register_.addHistory(*saved, m_session.account().login, fields, values); !written)
            return written.error();
        if (auto recorded = m_session.record(creating ? AuditAction::ProcessingCreate : AuditAction::ProcessingUpdate,
                                             QStringLiteral("processing"), QString::number(*saved), fields.join(u','));
            !recorded)
            return recorded.error();
        return saved;
    });
    if (!id)
        return id.error();
    auto saved = register_.find(*id);
    if (!saved)
        return saved.error();
    return **saved;
}

Result<Processing> ProcessingService::find(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("processing"), QString::number(id));
        !allowed)
        return allowed.error();
    auto found = ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));
    return **found;
}

Result<std::vector<ProcessingSummary>> ProcessingService::list()
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("register")); !allowed)
        return allowed.error();
    return ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).list();
}

Result<std::vector<ProcessingSummary>> ProcessingService::search(const QString &text)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("register")); !allowed)
        return allowed.error();
    return ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).search(text);
}

Result<std::vector<ProcessingSummary>> ProcessingService::linkedFrom(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("processing"), QString::number(id));
        !allowed)
        return allowed.error();
    return ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).linkedFrom(id);
}

Result<std::vector<ProcessingChange>> ProcessingService::history(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("processing"), QString::number(id));
        !allowed)
        return allowed.error();
    return ProcessingRepository(SessionStorage::database(m_session), m_session.clock()).history(id);
}

Result<std::vector<ConsistencyFlag>> ProcessingService::consistency()
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("register")); !allowed)
        return allowed.error();
    const ProcessingRepository register_(SessionStorage::database(m_session), m_session.clock());
    auto processings = register_.forChecks();
    if (!processings)
        return processings.error();
    auto deliberated = register_.deliberated();
    if (!deliberated)
        return deliberated.error();
    return RegisterConsistency::check(*processings, *deliberated);
}

Result<RegisterNeighbourhood> ProcessingService::neighbourhood(qint64 id, int hops)
{
    if (auto allowed = m_session.require(Permission::ViewRegister, QStringLiteral("processing"), QString::number(id));
        !allowed)
        return allowed.error();
    const ProcessingRepository register_(SessionStorage::database(m_session), m_session.clock());
    auto nodes = register_.graphNodes();
    if (!nodes)
        return nodes.error();
    auto edges = register_.graphEdges();
    if (!edges)
        return edges.error();
    RegisterNeighbourhood graph = RegisterGraph::neighbourhood(id, *nodes, *edges, hops);
    if (graph.nodes.empty())
        return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));
    // A node's flags need it and the processings it links to, resolved by
    // name among them: those are read, no more.
    QSet<qint64> wanted;
    for (const GraphNode &node : graph.nodes)
        wanted.insert(node.id);
    for (const GraphEdge &edge : *edges) {
        if (wanted.contains(edge.from))
            wanted.insert(edge.to);
    }
    auto processings = register_.forChecks(wanted);
    if (!processings)
        return processings.error();
    auto deliberated = register_.deliberated();
    if (!deliberated)
        return deliberated.error();
    for (ConsistencyFlag &flag : RegisterConsistency::check(*processings, *deliberated)) {
        if (const int at = graph.indexOf(flag.processingId); at >= 0)
            graph.nodes[std::size_t(at)].flags.push_back(std::move(flag));
    }
    return graph;
}

Result<std::vector<DeliberationSummary>> ProcessingService::deliberations(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewDeliberations, QStringLiteral("processing"), QString::number(id));
        !allowed)
        return allowed.error();
    return DeliberationRepository(SessionStorage::database(m_session), m_session.clock()).forProcessing(id);
}

} // namespace habeas
