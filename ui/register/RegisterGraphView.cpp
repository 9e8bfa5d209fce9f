#include "ui/register/RegisterGraphView.h"

#include <QAccessible>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace habeas {

namespace {

constexpr qreal MinZoom = 0.2;
constexpr qreal MaxZoom = 3.0;
// Below it, the names are hard to read.
constexpr qreal ReadableZoom = 0.7;

// One processing's box. Drawn from the view's palette and font so that it
// follows the desktop's theme.
class NodeItem final : public QGraphicsItem {
public:
    NodeItem(const GraphNode &node, bool centre, const QRectF &box, const QFont &font)
        : m_node(node), m_centre(centre), m_box(box), m_font(font)
    {
        setAcceptHoverEvents(true);
    }

    void setCurrent(bool current)
    {
        if (current == m_current)
            return;
        m_current = current;
        update();
    }

    QRectF boundingRect() const override { return m_box.adjusted(-4, -10, 10, 4); }

    QRectF badgeRect() const
    {
        const qreal side = QFontMetricsF(m_font).height() + 2;
        return QRectF(m_box.right() - side + 6, m_box.top() - 8, side, side);
    }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget) override
    {
        const QPalette palette = widget ? widget->palette() : QApplication::palette();
        painter->setRenderHint(QPainter::Antialiasing);
        QPen border(m_node.described ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText),
                    m_centre ? 3 : 1.2);
        QColor fill = palette.color(QPalette::Base);
        if (!m_node.described) {
            border.setStyle(Qt::DashLine);
            fill = palette.color(QPalette::Window);
        }
        if (m_centre) {
            border.setColor(palette.color(QPalette::Highlight));
            // A sixth of the highlight over the base colour.
            const QColor over = palette.color(QPalette::Highlight);
            const QColor under = palette.color(QPalette::Base);
            const auto mix = [](int a, int b) { return (a + 5 * b) / 6; };
            fill =
                QColor(mix(over.red(), under.red()), mix(over.green(), under.green()), mix(over.blue(), under.blue()));
        }
        if (m_current) {
            QPen focus(palette.color(QPalette::Highlight), 2, Qt::DotLine);
            painter->setPen(focus);
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(m_box.adjusted(-3.5, -3.5, 3.5, 3.5), 8, 8);
        }
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_box, 6, 6);

        const QFontMetricsF metrics(m_font);
        const qreal padding = 8;
        const qreal width = m_box.width() - 2 * padding;
        QFont nameFont = m_font;
        nameFont.setBold(m_centre);
        const QFontMetricsF nameMetrics(nameFont);
        painter->setFont(nameFont);
        painter->setPen(m_node.described ? palette.color(QPalette::Text) : palette.color(QPalette::PlaceholderText));
        // The name on two lines at most, the second elided.
        const QStringList words = m_node.name.split(u' ', Qt::SkipEmptyParts);
        QString first;
        int used = 0;
        for (; used < words.size(); ++used) {
            const QString tried = first.isEmpty() ? words[used] : first + u' ' + words[used];
            if (nameMetrics.horizontalAdvance(tried) > width && !first.isEmpty())
                break;
            first = tried;
        }
        const QString second = words.mid(used).join(u' ');
        qreal y = m_box.top() + padding + nameMetrics.ascent();
        painter->drawText(QPointF(m_box.left() + padding, y), nameMetrics.elidedText(first, Qt::ElideRight, width));
        y += nameMetrics.lineSpacing();
        if (!second.isEmpty())
            painter->drawText(QPointF(m_box.left() + padding, y),
                              nameMetrics.elidedText(second, Qt::ElideRight, width));
        y += nameMetrics.lineSpacing();
        QFont small = m_font;
        small.setItalic(!m_node.described);
        painter->setFont(small);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QString note = m_node.described ? m_node.reference
                                              : QCoreApplication::translate("RegisterGraphView", "Not in the register");
        painter->drawText(QPointF(m_box.left() + padding, y), metrics.elidedText(note, Qt::ElideRight, width));

        if (!m_node.flags.empty()) {
            const QRectF badge = badgeRect();
            const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            painter->setPen(Qt::NoPen);
            painter->setBrush(palette.color(QPalette::Base));
            painter->drawEllipse(badge);
            warning.paint(painter, badge.toAlignedRect());
        }
    }

private:
    GraphNode m_node;
    bool m_centre = false;
    QRectF m_box;
    QFont m_font;
    bool m_current = false;
};

// Where the line from `from` towards the middle of `box` crosses its edge.
QPointF onEdge(const QRectF &box, const QPointF &from)
{
    const QPointF middle = box.center();
    const QPointF d = from - middle;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return middle;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : box.width() / 2 / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : box.height() / 2 / std::abs(d.y());
    return middle + d * std::min({sx, sy, 1.0});
}

} // namespace

RegisterGraphView::RegisterGraphView(QWidget *parent) : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Graph of the processing's links"));
    setMinimumSize(200, 150);
}

qint64 RegisterGraphView::currentId() const
{
    return m_current < 0 ? 0 : m_graph.nodes[std::size_t(m_current)].id;
}

void RegisterGraphView::showMessage(const QString &text)
{
    m_scene->clear();
    m_nodes.clear();
    m_graph = {};
    m_layout = {};
    m_current = -1;
    auto *message = m_scene->addSimpleText(text, font());
    message->setBrush(palette().color(QPalette::PlaceholderText));
    m_scene->setSceneRect(message->boundingRect().adjusted(-20, -20, 20, 20));
    setAccessibleDescription(text);
    resetTransform();
    m_zoom = 1;
    m_fitted = true;
}

void RegisterGraphView::setGraph(const RegisterNeighbourhood &graph)
{
    m_scene->clear();
    m_nodes.clear();
    m_graph = graph;
    const QFontMetricsF metrics(font());
    // Room for a name on two lines and a reference.
    const QSizeF box(std::ceil(metrics.averageCharWidth() * 30), std::ceil(metrics.lineSpacing() * 3 + 16));
    m_layout = RegisterGraphLayout::layout(m_graph, box, metrics.lineSpacing() * 2);

    // Links first, under the boxes. Two links between the same pair are
    // drawn side by side.
    QHash<QPair<qint64, qint64>, int> between;
    for (const GraphEdge &edge : m_graph.edges)
        ++between[qMakePair(std::min(edge.from, edge.to), std::max(edge.from, edge.to))];
    QHash<QPair<qint64, qint64>, int> drawn;
    const QColor ink = palette().color(QPalette::Text);
    for (const GraphEdge &edge : m_graph.edges) {
        const int from = m_graph.indexOf(edge.from);
        const int to = m_graph.indexOf(edge.to);
        if (from < 0 || to < 0)
            continue;
        const QRectF a = m_layout.boxes[std::size_t(from)];
        const QRectF b = m_layout.boxes[std::size_t(to)];
        const auto pair = qMakePair(std::min(edge.from, edge.to), std::max(edge.from, edge.to));
        const int count = between.value(pair);
        const int rank = drawn[pair]++;
        QLineF axis(a.center(), b.center());
        QPointF shift;
        if (count > 1 && axis.length() > 0) {
            const QLineF normal = axis.normalVector().unitVector();
            // The same side whichever way the link goes.
            const qreal side = edge.from < edge.to ? 1 : -1;
            shift = QPointF(normal.dx(), normal.dy()) * side * (rank - (count - 1) / 2.0) * 10;
        }
        const QPointF start = onEdge(a.translated(shift), b.center() + shift);
        const QPointF end = onEdge(b.translated(shift), a.center() + shift);
        QPen pen(ink, 1.5, edge.kind == LinkKind::Matching ? Qt::DashLine : Qt::SolidLine);
        pen.setCapStyle(Qt::FlatCap);
        QLineF line(start, end);
        auto *item = m_scene->addLine(line, pen);
        item->setZValue(0);
        item->setToolTip(edge.kind == LinkKind::Matching ? tr("Matching") : tr("Interconnection"));
        // The arrowhead at the processing the link names.
        const QLineF back = QLineF(end, start).unitVector();
        const qreal size = 10;
        const QPointF dir(back.dx() * size, back.dy() * size);
        const QPointF side(-dir.y() * 0.5, dir.x() * 0.5);
        auto *head = m_scene->addPolygon(QPolygonF{end, end + dir + side, end + dir - side}, QPen(ink, 1), ink);
        head->setZValue(0);
    }
    for (std::size_t i = 0; i < m_graph.nodes.size(); ++i) {
        const GraphNode &node = m_graph.nodes[i];
        auto *item = new NodeItem(node, i == 0, m_layout.boxes[i], font());
        item->setZValue(1);
        QString tip = node.name;
        if (!node.described)
            tip += u'\n' + tr("Not in the register: only named by a link. Use \"Add to register\" to describe it.");
        for (const ConsistencyFlag &flag : node.flags)
            tip += QStringLiteral("\n⚠ ") + flag.sentence;
        item->setToolTip(tip);
        m_scene->addItem(item);
        m_nodes.append(item);
    }
    m_scene->setSceneRect(m_layout.bounds.adjusted(-30, -30, 30, 30));
    m_current = -1;
    setCurrent(m_graph.nodes.empty() ? -1 : 0);
    m_fitted = true;
    fit();
}

QString RegisterGraphView::describe(int index) const
{
    if (index < 0 || index >= int(m_graph.nodes.size()))
        return {};
    const GraphNode &node = m_graph.nodes[std::size_t(index)];
    QStringList parts{node.name};
    parts << (node.described ? (node.reference.isEmpty() ? QString() : node.reference) : tr("not in the register"));
    parts << (node.hops == 0 ? tr("the processing shown") : tr("%n link(s) away", nullptr, node.hops));
    int out = 0;
    int in = 0;
    for (const GraphEdge &edge : m_graph.edges) {
        out += edge.from == node.id ? 1 : 0;
        in += edge.to == node.id ? 1 : 0;
    }
    parts << tr("%n link(s) to others shown", nullptr, out) << tr("%n link(s) from others shown", nullptr, in);
    if (!node.flags.empty())
        parts << tr("%n check(s) to look at", nullptr, int(node.flags.size()));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

void RegisterGraphView::setCurrent(int index)
{
    if (index < -1 || index >= int(m_nodes.size()) || index == m_current)
        return;
    m_current = index;
    updateFocusMarks();
    if (m_current >= 0) {
        ensureVisible(m_layout.boxes[std::size_t(m_current)], 20, 20);
        setAccessibleDescription(describe(m_current));
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT currentChanged(currentId());
}

void RegisterGraphView::updateFocusMarks()
{
    for (int i = 0; i < m_nodes.size(); ++i)
        static_cast<NodeItem *>(m_nodes[i])->setCurrent(i == m_current && hasFocus());
}

QPoint RegisterGraphView::viewPointOf(qint64 id) const
{
    const int index = m_graph.indexOf(id);
    if (index < 0)
        return {-1, -1};
    return mapFromScene(m_layout.boxes[std::size_t(index)].center());
}

int RegisterGraphView::nodeAt(const QPoint &viewPoint) const
{
    const QPointF at = mapToScene(viewPoint);
    for (int i = 0; i < int(m_layout.boxes.size()); ++i) {
        if (m_layout.boxes[std::size_t(i)].contains(at) ||
            (!m_graph.nodes[std::size_t(i)].flags.empty() &&
             static_cast<NodeItem *>(m_nodes[i])->badgeRect().contains(at)))
            return i;
    }
    return -1;
}

void RegisterGraphView::setScale(qreal zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
    setTransform(QTransform::fromScale(m_zoom, m_zoom));
}

void RegisterGraphView::zoomBy(qreal factor)
{
    m_fitted = false;
    setScale(m_zoom * factor);
}

void RegisterGraphView::fit(bool whole)
{
    const QRectF scene = sceneRect();
    const QSize room = viewport()->size();
    if (scene.isEmpty() || room.isEmpty())
        return;
    const qreal fitting = std::min({1.0, room.width() / scene.width(), room.height() / scene.height()});
    // Shown on its own, a large graph stays readable around its centre,
    // the rest a scroll away; Fit shows it whole.
    setScale(whole ? fitting : std::max(fitting, ReadableZoom));
    if (m_graph.nodes.empty())
        centerOn(scene.center());
    else if (whole || fitting >= ReadableZoom)
        centerOn(m_layout.bounds.center());
    else
        centerOn(m_layout.boxes.front().center());
    m_fitted = true;
    m_fittedWhole = whole;
}

void RegisterGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void RegisterGraphView::mousePressEvent(QMouseEvent *event)
{
    const int index = nodeAt(event->position().toPoint());
    if (index >= 0 && event->button() == Qt::LeftButton) {
        setCurrent(index);
        m_pressed = currentId();
        m_pressedAt = event->position().toPoint();
        m_sincePress.start();
        Q_EMIT chosen(m_pressed);
        event->accept();
        return;
    }
    m_pressed = 0;
    QGraphicsView::mousePressEvent(event);
}

void RegisterGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    // The first click recentred the graph: the node under the pointer now
    // may be another one. The double click opens the one pressed.
    qint64 id = 0;
    if (m_pressed != 0 && m_sincePress.isValid() && m_sincePress.elapsed() <= QApplication::doubleClickInterval() &&
        (event->position().toPoint() - m_pressedAt).manhattanLength() <= QApplication::startDragDistance()) {
        id = m_pressed;
    } else if (const int index = nodeAt(event->position().toPoint()); index >= 0) {
        id = m_graph.nodes[std::size_t(index)].id;
    }
    m_pressed = 0;
    if (id == 0) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    setCurrent(m_graph.indexOf(id));
    Q_EMIT activated(id);
    event->accept();
}

void RegisterGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    int index = event->reason() == QContextMenuEvent::Mouse ? nodeAt(event->pos()) : m_current;
    if (index < 0)
        return;
    setCurrent(index);
    const QPoint where = event->reason() == QContextMenuEvent::Mouse
                             ? event->globalPos()
                             : viewport()->mapToGlobal(mapFromScene(m_layout.boxes[std::size_t(index)].center()));
    Q_EMIT menuRequested(currentId(), where);
}

void RegisterGraphView::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_nodes.size());
    if (count > 0 && event->modifiers() == Qt::NoModifier) {
        switch (event->key()) {
        case Qt::Key_Left:
        case Qt::Key_Up: setCurrent((std::max(m_current, 0) + count - 1) % count); return;
        case Qt::Key_Right:
        case Qt::Key_Down: setCurrent((m_current + 1) % count); return;
        case Qt::Key_Home: setCurrent(0); return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_current >= 0)
                Q_EMIT activated(currentId());
            return;
        case Qt::Key_Space:
            if (m_current >= 0)
                Q_EMIT chosen(currentId());
            return;
        default: break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_current >= 0) {
        Q_EMIT activated(currentId());
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

bool RegisterGraphView::focusNextPrevChild(bool next)
{
    // Tab goes through the nodes, then on out of the view.
    const int target = m_current + (next ? 1 : -1);
    if (hasFocus() && target >= 0 && target < int(m_nodes.size())) {
        setCurrent(target);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void RegisterGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fit(m_fittedWhole);
}

void RegisterGraphView::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    updateFocusMarks();
}

void RegisterGraphView::focusOutEvent(QFocusEvent *event)
{
    QGraphicsView::focusOutEvent(event);
    updateFocusMarks();
}

} // namespace habeas
