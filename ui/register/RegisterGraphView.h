#pragma once

// The interconnection graph of one processing drawn in a scene: a box per
// processing (the centre highlighted, referenced-only ones dashed and
// greyed, a warning badge on those the consistency checks flag, their
// sentences in its tooltip), an arrow per link towards the processing it
// names (interconnections solid, matchings dashed). Laid out by
// RegisterGraphLayout.
//
// A click or Space chooses a processing (chosen()), a double click or Enter
// opens it (activated()); Tab and the arrow keys move the current node,
// described in the view's accessible description; Ctrl+wheel zooms.

#include "core/register/RegisterGraph.h"
#include "core/register/RegisterGraphLayout.h"

#include <QElapsedTimer>
#include <QGraphicsView>

namespace habeas {

class RegisterGraphView final : public QGraphicsView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterGraphView)

public:
    explicit RegisterGraphView(QWidget *parent = nullptr);

    // Draws `graph` and fits it in the view; its centre becomes current.
    void setGraph(const RegisterNeighbourhood &graph);
    // An empty graph with `text` in its place.
    void showMessage(const QString &text);
    const RegisterNeighbourhood &graph() const { return m_graph; }
    const GraphLayout &layout() const { return m_layout; }

    // The node the keyboard is on; -1 when there is none.
    int current() const { return m_current; }
    qint64 currentId() const;
    void setCurrent(int index);
    // What a screen reader says of a node: name, reference or "not in the
    // register", how far, its checks.
    QString describe(int index) const;
    // The point of the viewport at the middle of a node's box (tests).
    QPoint viewPointOf(qint64 id) const;

    void zoomBy(qreal factor);
    // The whole graph in the view, never enlarged past its natural size;
    // unless `whole`, never made smaller than can be read either (a large
    // graph is then shown around its centre).
    void fit(bool whole = false);
    qreal zoom() const { return m_zoom; }

Q_SIGNALS:
    void chosen(qint64 id);
    void activated(qint64 id);
    void currentChanged(qint64 id);
    void menuRequested(qint64 id, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    int nodeAt(const QPoint &viewPoint) const;
    void setScale(qreal zoom);
    void updateFocusMarks();

    QGraphicsScene *m_scene = nullptr;
    RegisterNeighbourhood m_graph;
    GraphLayout m_layout;
    QList<QGraphicsItem *> m_nodes; // in the graph's order of nodes
    int m_current = -1;
    qreal m_zoom = 1;
    bool m_fitted = true; // refit on resize until the person zooms
    bool m_fittedWhole = false;
    // The node of the last press, for the double click that follows it.
    qint64 m_pressed = 0;
    QPoint m_pressedAt;
    QElapsedTimer m_sincePress;
};

} // namespace habeas
