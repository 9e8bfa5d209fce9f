#pragma once

// The first page of a clerk and of the DPO: the requests that need
// attention now (overdue, due within five working days, waiting for
// identity proof, extended), each entry opening its request, and the year
// in figures: requests received by month (a chart, with the numbers beside
// it for screen readers) and by right, and the share of replies on time.

#include "core/requests/MonacoCalendar.h"
#include "ui/shell/Page.h"

class QChartView;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace habeas {

class Session;
struct RequestList;

class DashboardPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;

    // The lists, in the order shown: overdue, due soon, identity, extended.
    QListWidget *list(int index) const;

Q_SIGNALS:
    // Enter or a double click on an entry.
    void openRequested(qint64 requestId);

private:
    struct Tile {
        QLabel *heading = nullptr;
        QListWidget *entries = nullptr;
    };
    Tile makeTile(const QString &accessibleName);
    void fill(Tile &tile, const QString &heading, const RequestList &list);

    Session &m_session;
    const MonacoCalendar m_calendar;
    Tile m_tiles[4];
    QChartView *m_chart = nullptr;
    QLabel *m_monthFigures = nullptr;
    QLabel *m_rights = nullptr;
    QLabel *m_onTime = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace habeas
