#include "core/register/RegisterGraphLayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace habeas {

namespace {

constexpr qreal Turn = 2 * std::numbers::pi;

} // namespace

GraphLayout RegisterGraphLayout::layout(const RegisterNeighbourhood &graph, QSizeF box, qreal gap)
{
    GraphLayout result;
    const int count = int(graph.nodes.size());
    if (count == 0)
        return result;
    result.boxes.resize(std::size_t(count));

    // Neighbours by index, both ways, once each.
    std::vector<QSet<int>> around(static_cast<std::size_t>(count));
    for (const GraphEdge &edge : graph.edges) {
        const int a = graph.indexOf(edge.from);
        const int b = graph.indexOf(edge.to);
        if (a < 0 || b < 0 || a == b)
            continue;
        around[std::size_t(a)].insert(b);
        around[std::size_t(b)].insert(a);
    }
    int rings = 0;
    for (const GraphNode &node : graph.nodes)
        rings = std::max(rings, node.hops);

    // The nodes of each ring, in the neighbourhood's order (by name).
    std::vector<std::vector<int>> ring(std::size_t(rings) + 1);
    for (int i = 0; i < count; ++i)
        ring[std::size_t(graph.nodes[std::size_t(i)].hops)].push_back(i);

    // The first ring: start with its first node, then each time the one
    // sharing the most (a link, or neighbours further out) with the one
    // placed last; ties keep the order by name.
    if (rings >= 1) {
        std::vector<int> pending = ring[1];
        std::vector<int> ordered;
        const auto affinity = [&](int a, int b) {
            int shared = around[std::size_t(a)].contains(b) ? 2 : 0;
            for (int other : around[std::size_t(a)]) {
                if (other != 0 && around[std::size_t(b)].contains(other))
                    ++shared;
            }
            return shared;
        };
        while (!pending.empty()) {
            auto best = pending.begin();
            if (!ordered.empty()) {
                int bestScore = -1;
                for (auto it = pending.begin(); it != pending.end(); ++it) {
                    const int score = affinity(ordered.back(), *it);
                    if (score > bestScore) {
                        bestScore = score;
                        best = it;
                    }
                }
            }
            ordered.push_back(*best);
            pending.erase(best);
        }
        ring[1] = std::move(ordered);
    }

    // Each node beyond the first ring hangs from the neighbour one hop in
    // that comes first in its ring's order; its ring is then ordered by
    // parent.
    std::vector<int> parent(std::size_t(count), -1);
    std::vector<int> rank(std::size_t(count), 0);
    for (std::size_t r = 1; r < ring.size(); ++r) {
        if (r >= 2) {
            for (int node : ring[r]) {
                for (int other : around[std::size_t(node)]) {
                    if (graph.nodes[std::size_t(other)].hops == int(r) - 1 &&
                        (parent[std::size_t(node)] < 0 ||
                         rank[std::size_t(other)] < rank[std::size_t(parent[std::size_t(node)])]))
                        parent[std::size_t(node)] = other;
                }
            }
            std::stable_sort(ring[r].begin(), ring[r].end(), [&](int a, int b) {
                return rank[std::size_t(parent[std::size_t(a)])] < rank[std::size_t(parent[std::size_t(b)])];
            });
        } else {
            for (int node : ring[r])
                parent[std::size_t(node)] = 0;
        }
        for (std::size_t i = 0; i < ring[r].size(); ++i)
            rank[std::size_t(ring[r][i])] = int(i);
    }

    // Each node's share of the circle: the number of outermost places under
    // it (one at least), as in a radial tree.
    std::vector<qreal> weight(std::size_t(count), 1);
    for (std::size_t r = ring.size() - 1; r >= 2; --r) {
        QHash<int, qreal> under;
        for (int node : ring[r])
            under[parent[std::size_t(node)]] += weight[std::size_t(node)];
        for (auto it = under.cbegin(); it != under.cend(); ++it)
            weight[std::size_t(it.key())] = std::max<qreal>(1, it.value());
    }
    std::vector<qreal> angle(std::size_t(count), 0);
    std::vector<qreal> sectorStart(std::size_t(count), 0);
    std::vector<qreal> sector(std::size_t(count), Turn);
    for (std::size_t r = 1; r < ring.size(); ++r) {
        // The children of one parent share its sector in their order.
        QHash<int, qreal> used;
        QHash<int, qreal> total;
        for (int node : ring[r])
            total[parent[std::size_t(node)]] += weight[std::size_t(node)];
        for (int node : ring[r]) {
            const int p = parent[std::size_t(node)];
            const qreal share = sector[std::size_t(p)] * weight[std::size_t(node)] / total.value(p);
            sectorStart[std::size_t(node)] = sectorStart[std::size_t(p)] + used.value(p);
            sector[std::size_t(node)] = share;
            used[p] += share;
            angle[std::size_t(node)] = sectorStart[std::size_t(node)] + share / 2;
        }
        // The first ring starts at the top rather than at three o'clock.
        if (r == 1) {
            const qreal shift = -Turn / 4 - (ring[1].empty() ? 0 : sector[std::size_t(ring[1].front())] / 2);
            for (int node : ring[1]) {
                angle[std::size_t(node)] += shift;
                sectorStart[std::size_t(node)] += shift;
            }
        }
        // What hangs from a node stays on its side of the centre: a sector
        // is a third of the circle at most, around the node.
        for (int node : ring[r]) {
            if (sector[std::size_t(node)] > Turn / 3) {
                sector[std::size_t(node)] = Turn / 3;
                sectorStart[std::size_t(node)] = angle[std::size_t(node)] - Turn / 6;
            }
        }
    }

    // Rings are ellipses as wide as the boxes are: measured in boxes (a
    // box and a gap as the unit on each axis), they are circles, and two
    // boxes overlap only when their centres are less than one unit apart on
    // both axes. The first ring is the smallest circle on which no box
    // overlaps the centre's or another of the ring; each further ring is at
    // least a unit diagonal (√2, enough at any angle) outside the previous
    // one, and large enough for its own boxes.
    const qreal unitX = box.width() + gap;
    const qreal unitY = box.height() + gap;
    const qreal diagonal = std::sqrt(2.0);
    qreal radius = 0;
    for (std::size_t r = 1; r < ring.size(); ++r) {
        qreal needed = r == 1 ? 0 : radius + diagonal;
        const auto apart = [](qreal dx, qreal dy) { return std::max(std::abs(dx), std::abs(dy)); };
        for (std::size_t i = 0; i < ring[r].size(); ++i) {
            const qreal a = angle[std::size_t(ring[r][i])];
            if (r == 1)
                needed = std::max(needed, 1 / apart(std::cos(a), std::sin(a)));
            for (std::size_t j = i + 1; j < ring[r].size(); ++j) {
                const qreal b = angle[std::size_t(ring[r][j])];
                const qreal distance = apart(std::cos(a) - std::cos(b), std::sin(a) - std::sin(b));
                if (distance > 1e-9)
                    needed = std::max(needed, 1 / distance);
            }
        }
        radius = needed;
        result.rings.push_back(QSizeF(radius * unitX, radius * unitY));
        for (int node : ring[r]) {
            const QPointF at(radius * unitX * std::cos(angle[std::size_t(node)]),
                             radius * unitY * std::sin(angle[std::size_t(node)]));
            result.boxes[std::size_t(node)] = QRectF(at - QPointF(box.width() / 2, box.height() / 2), box);
        }
    }
    result.boxes[0] = QRectF(QPointF(-box.width() / 2, -box.height() / 2), box);
    for (const QRectF &one : result.boxes)
        result.bounds = result.bounds.isNull() ? one : result.bounds.united(one);
    return result;
}

} // namespace habeas
