#include "ui/register/RegisterGraphPanel.h"

#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "ui/register/RegisterGraphView.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <functional>

namespace habeas {

namespace {

// A legend's sample, drawn as the view draws it.
QPixmap sample(const QWidget &widget, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    const qreal ratio = widget.devicePixelRatioF();
    const int height = widget.fontMetrics().height();
    QPixmap pixmap(QSize(height * 2, height) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter, QRectF(1, 1, height * 2 - 2, height - 2));
    return pixmap;
}

} // namespace

RegisterGraphPanel::RegisterGraphPanel(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *tools = new QHBoxLayout;
    auto *hopsLabel = new QLabel(tr("&Links away:"), this);
    m_hops = new QSpinBox(this);
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(1, 3);
    m_hops->setValue(2);
    m_hops->setAccessibleName(tr("Links away"));
    m_hops->setToolTip(tr("How many links away from the processing chosen the graph reaches."));
    hopsLabel->setBuddy(m_hops);
    tools->addWidget(hopsLabel);
    tools->addWidget(m_hops);
    const auto toolButton = [&](const QString &text, const QString &name, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        tools->addWidget(button);
        return button;
    };
    QPushButton *zoomOut = toolButton(tr("−"), QStringLiteral("graphZoomOut"), tr("Zoom out (Ctrl+-)"));
    QPushButton *zoomIn = toolButton(tr("+"), QStringLiteral("graphZoomIn"), tr("Zoom in (Ctrl++)"));
    QPushButton *fit = toolButton(tr("&Fit"), QStringLiteral("graphFit"), tr("Show the whole graph (Ctrl+0)"));
    for (QPushButton *button : {zoomOut, zoomIn})
        button->setFixedWidth(button->sizeHint().height() + 6);
    tools->addSpacing(12);
    m_describe = new QPushButton(tr("&Add to register…"), this);
    m_describe->setObjectName(QStringLiteral("graphDescribe"));
    m_describe->setToolTip(tr("Describe the processing chosen in the graph, which is only named by a link, in the "
                              "editor; saving it enters it in the register."));
    m_describe->setVisible(session.can(Permission::ManageRegister));
    m_describe->setEnabled(false);
    tools->addWidget(m_describe);
    tools->addStretch(1);
    layout->addLayout(tools);

    m_view = new RegisterGraphView(this);
    m_view->setObjectName(QStringLiteral("registerGraph"));
    layout->addWidget(m_view, 1);

    // The legend under the view, on a row of its own so that the page keeps
    // the width of a small window; drawn with the view's pens.
    auto *key = new QHBoxLayout;
    const QColor ink = palette().color(QPalette::Text);
    const auto legend = [&](const QPixmap &pixmap, const QString &text) {
        auto *picture = new QLabel(this);
        picture->setPixmap(pixmap);
        auto *label = new QLabel(text, this);
        label->setObjectName(QStringLiteral("graphLegend"));
        key->addWidget(picture);
        key->addWidget(label);
        key->addSpacing(12);
    };
    const auto line = [&](Qt::PenStyle style) {
        return sample(*this, [&](QPainter &painter, const QRectF &r) {
            painter.setPen(QPen(ink, 1.5, style));
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right() - 6, r.center().y()));
            painter.setPen(Qt::NoPen);
            painter.setBrush(ink);
            painter.drawPolygon(QPolygonF{QPointF(r.right(), r.center().y()),
                                          QPointF(r.right() - 7, r.center().y() - 4),
                                          QPointF(r.right() - 7, r.center().y() + 4)});
        });
    };
    legend(line(Qt::SolidLine), tr("Interconnection"));
    legend(line(Qt::DashLine), tr("Matching"));
    legend(sample(*this,
                  [&](QPainter &painter, const QRectF &r) {
                      painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1.2, Qt::DashLine));
                      painter.setBrush(palette().color(QPalette::Window));
                      painter.drawRoundedRect(r.adjusted(2, 1, -2, -1), 3, 3);
                  }),
           tr("Not in the register"));
    legend(sample(*this,
                  [&](QPainter &painter, const QRectF &r) {
                      const int side = int(r.height());
                      QApplication::style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning)
                          .paint(&painter, QRect(int(r.center().x()) - side / 2, int(r.top()), side, side));
                  }),
           tr("Checks to look at"));
    key->addStretch(1);
    layout->addLayout(key);
    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("graphAbout"));
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    layout->addWidget(m_about);

    const auto shortcut = [&](const QKeySequence &keys, auto run) {
        auto *made = new QShortcut(keys, this);
        made->setContext(Qt::WidgetWithChildrenShortcut);
        connect(made, &QShortcut::activated, this, run);
    };
    const auto in = [this] { m_view->zoomBy(1.25); };
    const auto out = [this] { m_view->zoomBy(0.8); };
    const auto whole = [this] { m_view->fit(true); };
    shortcut(QKeySequence::ZoomIn, in);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal), in);
    shortcut(QKeySequence::ZoomOut, out);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_0), whole);
    connect(zoomIn, &QPushButton::clicked, this, in);
    connect(zoomOut, &QPushButton::clicked, this, out);
    connect(fit, &QPushButton::clicked, this, whole);
    connect(m_hops, &QSpinBox::valueChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            read();
    });
    connect(m_view, &RegisterGraphView::chosen, this, &RegisterGraphPanel::chosen);
    connect(m_view, &RegisterGraphView::activated, this, &RegisterGraphPanel::openRequested);
    connect(m_view, &RegisterGraphView::currentChanged, this, &RegisterGraphPanel::currentChanged);
    connect(m_view, &RegisterGraphView::menuRequested, this, &RegisterGraphPanel::showMenu);
    connect(m_describe, &QPushButton::clicked, this, [this] {
        if (const qint64 id = m_view->currentId(); id != 0)
            Q_EMIT describeRequested(id);
    });
    m_view->showMessage(tr("Choose a processing in the list to see the processings it is linked to."));
}

void RegisterGraphPanel::showProcessing(qint64 id)
{
    if (id == m_centre && !m_stale && id != 0)
        return;
    m_centre = id;
    m_stale = true;
    if (isVisible())
        read();
}

void RegisterGraphPanel::refresh()
{
    m_stale = true;
    if (isVisible())
        read();
}

void RegisterGraphPanel::clear()
{
    m_centre = 0;
    m_stale = false;
    m_view->showMessage(tr("Choose a processing in the list to see the processings it is linked to."));
    m_about->clear();
    m_describe->setEnabled(false);
}

void RegisterGraphPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        read();
}

void RegisterGraphPanel::read()
{
    m_stale = false;
    if (m_centre == 0) {
        m_view->showMessage(tr("Choose a saved processing in the list to see the processings it is linked to."));
        m_about->clear();
        m_describe->setEnabled(false);
        return;
    }
    auto graph = ProcessingService(m_session).neighbourhood(m_centre, m_hops->value());
    if (!graph) {
        m_view->showMessage(graph.error().message);
        m_about->clear();
        m_describe->setEnabled(false);
        return;
    }
    m_view->setGraph(*graph);
    currentChanged();
}

void RegisterGraphPanel::currentChanged()
{
    const int current = m_view->current();
    const auto &nodes = m_view->graph().nodes;
    const bool referencedOnly = current >= 0 && !nodes[std::size_t(current)].described;
    m_describe->setEnabled(referencedOnly && m_session.can(Permission::ManageRegister));
    if (current < 0) {
        m_about->clear();
        return;
    }
    QString text = m_view->describe(current);
    if (nodes.size() == 1)
        text += u' ' + tr("(no link to or from another processing)");
    m_about->setText(text);
}

void RegisterGraphPanel::showMenu(qint64 id, const QPoint &where)
{
    const int index = m_view->graph().indexOf(id);
    if (index < 0)
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(tr("&Open in the editor"));
    QAction *centre = menu.addAction(tr("&Centre the graph here"));
    centre->setEnabled(id != m_centre);
    QAction *describe = nullptr;
    if (!m_view->graph().nodes[std::size_t(index)].described && m_session.can(Permission::ManageRegister))
        describe = menu.addAction(tr("&Add to register…"));
    QAction *picked = menu.exec(where);
    if (!picked)
        return;
    if (picked == open)
        Q_EMIT openRequested(id);
    else if (picked == centre)
        Q_EMIT chosen(id);
    else if (picked == describe)
        Q_EMIT describeRequested(id);
}

} // namespace habeas
