#pragma once

// Where each processing of a RegisterNeighbourhood is drawn, as plain
// geometry: the centre at the origin, each hop on a ring around it, a
// processing beside the one it was reached through (its parent, within the
// parent's angular sector, as in a radial tree), the first ring ordered so
// that processings linked together or sharing neighbours sit side by side
// (fewer crossing links). Rings are ellipses shaped like the boxes (wider
// than high) and grow with the number of boxes they carry so that no two
// boxes overlap. The same neighbourhood always gives the same
// layout.

#include "core/register/RegisterGraph.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace habeas {

struct GraphLayout final {
    // The box of each node, in the neighbourhood's order of nodes.
    std::vector<QRectF> boxes;
    // The half-width and half-height of each ring's ellipse, from the first
    // hop out.
    std::vector<QSizeF> rings;
    QRectF bounds; // every box

    QPointF centreOf(int node) const { return boxes[std::size_t(node)].center(); }
};

class RegisterGraphLayout final {
public:
    // `box`: the size of every node's box; `gap`: the least space between
    // two boxes.
    static GraphLayout layout(const RegisterNeighbourhood &graph, QSizeF box, qreal gap = 24);
};

} // namespace habeas
