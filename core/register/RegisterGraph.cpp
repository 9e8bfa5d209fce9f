#include "core/register/RegisterGraph.h"

#include <QHash>

#include <algorithm>
#include <set>
#include <tuple>

namespace habeas {

int RegisterNeighbourhood::indexOf(qint64 id) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return int(i);
    }
    return -1;
}

RegisterNeighbourhood RegisterGraph::neighbourhood(qint64 centre, const std::vector<GraphNode> &processings,
                                                   const std::vector<GraphEdge> &edges, int hops)
{
    hops = std::max(hops, 1);
    QHash<qint64, const GraphNode *> byId;
    byId.reserve(qsizetype(processings.size()));
    for (const GraphNode &node : processings)
        byId.insert(node.id, &node);
    RegisterNeighbourhood result;
    result.centre = centre;
    if (!byId.contains(centre))
        return result;

    // The links followed both ways.
    QHash<qint64, std::vector<qint64>> around;
    for (const GraphEdge &edge : edges) {
        if (edge.from == edge.to)
            continue;
        around[edge.from].push_back(edge.to);
        around[edge.to].push_back(edge.from);
    }
    QHash<qint64, int> distance;
    distance.insert(centre, 0);
    std::vector<qint64> ring{centre};
    for (int hop = 1; hop <= hops && !ring.empty(); ++hop) {
        std::vector<qint64> next;
        for (qint64 id : ring) {
            for (qint64 other : around.value(id)) {
                if (!distance.contains(other) && byId.contains(other)) {
                    distance.insert(other, hop);
                    next.push_back(other);
                }
            }
        }
        ring = std::move(next);
    }

    for (auto it = distance.cbegin(); it != distance.cend(); ++it) {
        GraphNode node = *byId.value(it.key());
        node.hops = it.value();
        node.flags.clear();
        result.nodes.push_back(std::move(node));
    }
    std::sort(result.nodes.begin(), result.nodes.end(), [](const GraphNode &a, const GraphNode &b) {
        if (a.hops != b.hops)
            return a.hops < b.hops;
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.id < b.id;
    });

    std::set<std::tuple<qint64, qint64, int>> seen;
    std::vector<GraphEdge> kept;
    for (const GraphEdge &edge : edges) {
        if (edge.from == edge.to || !distance.contains(edge.from) || !distance.contains(edge.to))
            continue;
        if (seen.insert({edge.from, edge.to, int(edge.kind)}).second)
            kept.push_back(edge);
    }
    QHash<qint64, int> position;
    for (std::size_t i = 0; i < result.nodes.size(); ++i)
        position.insert(result.nodes[i].id, int(i));
    std::stable_sort(kept.begin(), kept.end(), [&](const GraphEdge &a, const GraphEdge &b) {
        return std::tuple(position.value(a.from), position.value(a.to), int(a.kind)) <
               std::tuple(position.value(b.from), position.value(b.to), int(b.kind));
    });
    result.edges = std::move(kept);
    return result;
}

} // namespace habeas
