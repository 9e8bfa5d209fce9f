#pragma once

// The interconnection graph of the register: the processings within a few
// links of one of them, in both directions, and the links between them.
// Plain values and a pure function over the register's rows; the service
// (ProcessingService::neighbourhood) reads the rows and the flags.

#include "core/register/Processing.h"
#include "core/register/RegisterConsistency.h"

#include <QString>

#include <vector>

namespace habeas {

struct GraphNode final {
    qint64 id = 0;
    QString name;
    QString reference;
    bool described = true; // false: only referenced by a link
    int hops = 0;          // links away from the centre, whichever their direction
    // What the consistency checks say about this processing (none for a
    // referenced-only one).
    std::vector<ConsistencyFlag> flags;
};

// A link as the register holds it: `from` names `to`.
struct GraphEdge final {
    qint64 from = 0;
    qint64 to = 0;
    LinkKind kind = LinkKind::Interconnection;
    bool operator==(const GraphEdge &) const = default;
};

struct RegisterNeighbourhood final {
    qint64 centre = 0;
    // The centre first, then by hops, then by name (and id).
    std::vector<GraphNode> nodes;
    // Every link between two of the nodes, once each, in the nodes' order of
    // their `from`; no link of a processing to itself.
    std::vector<GraphEdge> edges;

    // The index of the node of that id in `nodes`; -1 when absent.
    int indexOf(qint64 id) const;
};

class RegisterGraph final {
public:
    // The nodes within `hops` links of `centre` (at least 1) over `edges`
    // followed both ways, taken from `processings` (the register's rows,
    // flags left empty); an empty neighbourhood when `centre` is not among
    // them.
    static RegisterNeighbourhood neighbourhood(qint64 centre, const std::vector<GraphNode> &processings,
                                               const std::vector<GraphEdge> &edges, int hops);
};

} // namespace habeas
