#include "ui/requests/RequestsModel.h"

#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace habeas {

RequestsModel::RequestsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RequestsModel::setSession(Session *session)
{
    m_session = session;
    m_labels = RequestLabels();
    m_calendar.reset();
    if (m_session) {
        RequestService service(*m_session);
        if (auto rights = service.rights())
            m_labels = RequestLabels(*rights);
        m_calendar = service.deadlines().calendar();
        if (!m_today.isValid())
            m_today = m_session->clock()->today();
    }
    reset();
}

void RequestsModel::clear()
{
    setSession(nullptr);
}

void RequestsModel::setFilter(const RequestFilter &filter)
{
    const RequestSort sort = m_filter.sort;
    const bool descending = m_filter.descending;
    m_filter = filter;
    m_filter.sort = sort;
    m_filter.descending = descending;
    reset();
}

void RequestsModel::refresh()
{
    reset();
}

void RequestsModel::reset()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_total = 0;
    m_error.clear();
    m_readError.clear();
    if (m_session) {
        auto counted = RequestService(*m_session).count(m_filter);
        if (counted)
            m_total = *counted;
        else
            m_error = counted.error().message;
    }
    endResetModel();
}

void RequestsModel::sort(int column, Qt::SortOrder order)
{
    static const RequestSort orders[ColumnCount] = {
        RequestSort::Reference, RequestSort::Requester, RequestSort::Reference, RequestSort::Channel,
        RequestSort::Received,  RequestSort::Due,       RequestSort::State,     RequestSort::Assignee,
    };
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = orders[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reset();
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int RequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const RequestRow *RequestsModel::row(int index) const
{
    if (!m_session || index < 0 || index >= m_total)
        return nullptr;
    const int number = index / PageSize;
    auto page = m_pages.find(number);
    if (page == m_pages.end()) {
        RequestFilter wanted = m_filter;
        wanted.offset = number * PageSize;
        wanted.limit = PageSize;
        auto rows = RequestService(*m_session).list(wanted);
        if (!rows) {
            m_readError = rows.error().message;
            return nullptr;
        }
        if (int(m_pages.size()) >= KeptPages) {
            m_pages.erase(m_recent.front());
            m_recent.pop_front();
        }
        page = m_pages.emplace(number, std::move(rows).value()).first;
    } else {
        m_recent.remove(number);
    }
    m_recent.push_back(number);
    const std::size_t offset = std::size_t(index - number * PageSize);
    return offset < page->second.size() ? &page->second[offset] : nullptr;
}

QString RequestsModel::dueText(const RequestRow &row) const
{
    const QString date = QLocale().toString(row.due, QLocale::ShortFormat);
    int left = 0;
    switch (NextStep::dueStatus(row.state, row.due, m_today, *m_calendar, &left)) {
    case DueStatus::Ended:
        return date;
    case DueStatus::Overdue:
        return tr("%1 — overdue by %n day(s)", nullptr, int(row.due.daysTo(m_today))).arg(date);
    case DueStatus::Soon:
        return row.due == m_today ? tr("%1 — due today").arg(date)
                         : tr("%1 — %n working day(s) left", nullptr, left).arg(date);
    case DueStatus::Fine:
        return tr("%1 — %n day(s) left", nullptr, int(m_today.daysTo(row.due))).arg(date);
    }
    return date;
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    const RequestRow *request = row(index.row());
    if (!request)
        return {};
    if (role == IdRole)
        return request->id;
    if (role == DueStatusRole)
        return int(NextStep::dueStatus(request->state, request->due, m_today, *m_calendar));
    if (role == Qt::DecorationRole && index.column() == Due) {
        switch (NextStep::dueStatus(request->state, request->due, m_today, *m_calendar)) {
        case DueStatus::Overdue: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case DueStatus::Soon: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case DueStatus::Ended:
        case DueStatus::Fine: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Reference: return request->reference;
    case Requester: return RequestLabels::requester(*request);
    case Rights: return m_labels.rights(request->rights);
    case Channel: return RequestLabels::channel(request->channel);
    case Received: return QLocale().toString(request->received, QLocale::ShortFormat);
    case Due: return dueText(*request);
    case State: return Workflow::stateName(request->state);
    case Assignee: return request->assignee.isEmpty() ? tr("Nobody") : request->assignee;
    case ColumnCount: break;
    }
    return {};
}

QVariant RequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Reference: return tr("Reference");
    case Requester: return tr("Requester");
    case Rights: return tr("Rights");
    case Channel: return tr("Channel");
    case Received: return tr("Received on");
    case Due: return tr("Due");
    case State: return tr("State");
    case Assignee: return tr("Assignee");
    case ColumnCount: break;
    }
    return {};
}

} // namespace habeas
