#include "ui/shell/DashboardPage.h"

#include "core/accounts/Session.h"
#include "core/requests/NextStep.h"
#include "core/requests/RequestService.h"
#include "ui/requests/RequestLabels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

namespace {

constexpr int IdRole = Qt::UserRole;

QLabel *boldLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Session &session, QWidget *parent)
    : Page(parent), m_session(session), m_calendar(RequestService(session).deadlines().calendar())
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(area);
    auto *content = new QWidget;
    area->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *heading = new QLabel(tr("Dashboard"), content);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    layout->addWidget(heading);
    m_problem = new QLabel(content);
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *grid = new QGridLayout;
    const QString names[] = {tr("Overdue requests"), tr("Requests due within five working days"),
                             tr("Requests waiting for identity proof"), tr("Requests with an extended deadline")};
    for (int index = 0; index < 4; ++index) {
        m_tiles[index] = makeTile(names[index]);
        auto *box = new QVBoxLayout;
        box->addWidget(m_tiles[index].heading);
        box->addWidget(m_tiles[index].entries, 1);
        grid->addLayout(box, index / 2, index % 2);
    }
    layout->addLayout(grid, 2);

    auto *year = new QHBoxLayout;
    auto *chartColumn = new QVBoxLayout;
    m_chart = new QChartView(content);
    m_chart->setAccessibleName(tr("Requests received by month"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_chart->setFocusPolicy(Qt::NoFocus);
    chartColumn->addWidget(m_chart, 1);
    m_monthFigures = new QLabel(content);
    m_monthFigures->setObjectName(QStringLiteral("monthFigures"));
    m_monthFigures->setWordWrap(true);
    m_monthFigures->setTextFormat(Qt::PlainText);
    chartColumn->addWidget(m_monthFigures);
    year->addLayout(chartColumn, 3);
    auto *figures = new QVBoxLayout;
    m_onTime = boldLabel(content);
    m_onTime->setObjectName(QStringLiteral("onTime"));
    figures->addWidget(m_onTime);
    m_rights = new QLabel(content);
    m_rights->setObjectName(QStringLiteral("byRight"));
    m_rights->setTextFormat(Qt::PlainText);
    m_rights->setWordWrap(true);
    figures->addWidget(m_rights);
    figures->addStretch(1);
    year->addLayout(figures, 2);
    layout->addLayout(year, 1);
}

DashboardPage::Tile DashboardPage::makeTile(const QString &accessibleName)
{
    Tile tile;
    tile.heading = boldLabel(this);
    tile.entries = new QListWidget(this);
    tile.entries->setAccessibleName(accessibleName);
    tile.entries->setMinimumHeight(90);
    // Long entries wrap rather than hide behind a scroll bar.
    tile.entries->setWordWrap(true);
    tile.entries->setResizeMode(QListView::Adjust);
    tile.entries->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    tile.heading->setBuddy(tile.entries);
    const auto open = [this](QListWidgetItem *item) {
        if (item && item->data(IdRole).isValid())
            Q_EMIT openRequested(item->data(IdRole).toLongLong());
    };
    connect(tile.entries, &QListWidget::itemActivated, this, open);
    return tile;
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QListWidget *DashboardPage::list(int index) const
{
    return index >= 0 && index < 4 ? m_tiles[index].entries : nullptr;
}

void DashboardPage::fill(Tile &tile, const QString &heading, const RequestList &list)
{
    tile.heading->setText(heading);
    tile.entries->clear();
    const QDate today = m_session.clock()->today();
    for (const RequestRow &row : list.rows) {
        const QString due = QLocale().toString(row.due, QLocale::ShortFormat);
        // The same rule as the request list: a replied request is never
        // overdue.
        const bool late = NextStep::dueStatus(row.state, row.due, today, m_calendar) == DueStatus::Overdue;
        const QString when = late ? tr("due %1, overdue by %n day(s)", nullptr, int(row.due.daysTo(today))).arg(due)
                                  : tr("due %1").arg(due);
        auto *item = new QListWidgetItem(
            tr("%1 — %2 %3 — %4").arg(row.reference, row.surname, row.firstName, when).simplified(), tile.entries);
        item->setData(IdRole, row.id);
    }
    if (list.count > qint64(list.rows.size())) {
        auto *more = new QListWidgetItem(tr("… and %n more in the request list", nullptr,
                                            int(list.count - qint64(list.rows.size()))),
                                         tile.entries);
        more->setFlags(Qt::ItemIsEnabled);
    }
    if (list.count == 0) {
        auto *none = new QListWidgetItem(tr("None"), tile.entries);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

void DashboardPage::reload()
{
    RequestService service(m_session);
    auto board = service.dashboard();
    if (!board) {
        clear();
        m_problem->setText(board.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    fill(m_tiles[0], tr("Overdue: %n", nullptr, int(board->overdue.count)), board->overdue);
    fill(m_tiles[1], tr("Due within five working days: %n", nullptr, int(board->dueSoon.count)), board->dueSoon);
    fill(m_tiles[2], tr("Waiting for identity proof: %n", nullptr, int(board->awaitingIdentity.count)),
         board->awaitingIdentity);
    fill(m_tiles[3], tr("Deadline extended: %n", nullptr, int(board->extended.count)), board->extended);

    // Received by month: a chart, and the same numbers in words.
    auto *set = new QBarSet(tr("Requests received"));
    QStringList months;
    QStringList words;
    qint64 most = 0;
    for (int month = 1; month <= 12; ++month) {
        const qint64 count = board->byMonth[std::size_t(month - 1)];
        *set << double(count);
        // Month numbers fit under the bars at any width (categories must be
        // unique, which one-letter names are not); the names are in the
        // words below the chart.
        months << QLocale().toString(month);
        most = std::max(most, count);
        if (count > 0)
            words << tr("%1: %2").arg(QLocale().standaloneMonthName(month)).arg(count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Requests received in %1, by month").arg(board->year));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setTitleText(tr("Month"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole numbers only, at most five steps.
    const qint64 step = std::max<qint64>(1, (most + 4) / 5);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, double(std::max<qint64>(step * ((most + step - 1) / step), 1)));
    axisY->setTickType(QValueAxis::TicksDynamic);
    axisY->setTickAnchor(0);
    axisY->setTickInterval(double(step));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_monthFigures->setText(words.isEmpty() ? tr("No request received in %1 yet.").arg(board->year)
                                            : tr("Received in %1: %2.").arg(board->year).arg(words.join(QStringLiteral(", "))));
    m_chart->setAccessibleDescription(m_monthFigures->text());

    auto listed = service.rights();
    const RequestLabels labels(listed ? *listed : std::vector<Right>{});
    QStringList rights;
    for (const auto &[key, count] : board->byRight)
        rights << tr("%1: %2").arg(labels.right(key)).arg(count);
    m_rights->setText(tr("Requests received in %1 (%2), by right:").arg(board->year).arg(board->receivedInYear) + u'\n'
                      + rights.join(u'\n'));
    m_onTime->setText(board->replied == 0
                          ? tr("No reply sent in %1 yet.").arg(board->year)
                          : tr("Replies on time in %1: %2 of %3 (%4 %)")
                                .arg(board->year)
                                .arg(board->repliedOnTime)
                                .arg(board->replied)
                                .arg(QLocale().toString(100.0 * double(board->repliedOnTime) / double(board->replied),
                                                        'f', 0)));
}

void DashboardPage::clear()
{
    for (Tile &tile : m_tiles) {
        tile.heading->clear();
        tile.entries->clear();
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(new QChart);
    delete old;
    m_monthFigures->clear();
    m_chart->setAccessibleDescription(QString());
    m_rights->clear();
    m_onTime->clear();
}

} // namespace habeas
