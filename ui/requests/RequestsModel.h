#pragma once

// The request list as a table, for any number of requests: the row count
// comes from one count query, and rows are read a page at a time, when a
// view first asks for them (a jump to row 50,000 reads one page). A few
// pages are kept; sorting or filtering starts again from the service.
//
// The model holds personal data (requesters' names): clear() forgets it,
// and the page calls it on lock.

#include "core/requests/Request.h"
#include "core/requests/Deadline.h"
#include "core/requests/NextStep.h"
#include "ui/requests/RequestLabels.h"

#include <QAbstractTableModel>
#include <QDate>

#include <list>
#include <map>
#include <optional>
#include <vector>

namespace habeas {

class Session;

class RequestsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsModel)

public:
    static constexpr int PageSize = 200;
    static constexpr int KeptPages = 8;
    enum Column { Reference, Requester, Rights, Channel, Received, Due, State, Assignee, ColumnCount };
    // The request id of a row, for opening it.
    static constexpr int IdRole = Qt::UserRole + 1;
    // The DueStatus of a row (an int; core/requests/NextStep.h).
    static constexpr int DueStatusRole = Qt::UserRole + 2;

    explicit RequestsModel(QObject *parent = nullptr);

    // The session whose requests are listed (through RequestService); null
    // empties the model. The session must outlive the model's use of it.
    void setSession(Session *session);
    void clear();
    // Sorting and paging are the model's: the filter's sort, offset and
    // limit are ignored.
    void setFilter(const RequestFilter &filter);
    const RequestFilter &filter() const { return m_filter; }
    // Reads again (after a change elsewhere), keeping filter and order.
    void refresh();
    // The error of the last read, empty when it went well.
    QString lastError() const { return m_error; }
    qint64 total() const { return m_total; }
    // Today, for days left (tests set it).
    void setToday(const QDate &today) { m_today = today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const RequestRow *row(int index) const;
    QString dueText(const RequestRow &row) const;
    void reset();

    Session *m_session = nullptr;
    RequestFilter m_filter;
    RequestLabels m_labels;
    std::optional<MonacoCalendar> m_calendar;
    QDate m_today;
    qint64 m_total = 0;
    QString m_error;
    // Pages read so far, by number, the most recently used last.
    mutable std::map<int, std::vector<RequestRow>> m_pages;
    mutable std::list<int> m_recent;
    mutable QString m_readError;
};

} // namespace habeas
