#include "ui/shell/GlobalSearchModel.h"

#include "ui/requests/RequestLabels.h"

#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/requests/Workflow.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace habeas {

namespace {

// Children carry their group's position plus one; headings carry 0.
constexpr quintptr HeadingId = 0;

} // namespace

GlobalSearchModel::GlobalSearchModel(Session &session, QObject *parent)
    : QAbstractItemModel(parent), m_session(session)
{
}

void GlobalSearchModel::search(const QString &text)
{
    beginResetModel();
    m_text = text.trimmed();
    m_error.clear();
    m_requests.clear();
    m_requestTotal = 0;
    m_processings.clear();
    if (!m_text.isEmpty()) {
        // Only what the role may see is asked for: a refusal would be
        // audited as an attempt.
        if (m_session.can(Permission::ViewRequests)) {
            RequestFilter filter;
            filter.text = m_text;
            // The latest requests first.
            filter.sort = RequestSort::Reference;
            filter.descending = true;
            filter.limit = GroupLimit;
            RequestService requests(m_session);
            if (auto rows = requests.list(filter)) {
                m_requests = std::move(rows).value();
                m_requestTotal = qint64(m_requests.size());
                if (m_requestTotal >= GroupLimit) {
                    if (auto total = requests.count(filter))
                        m_requestTotal = std::max(m_requestTotal, *total);
                    else
                        m_error = total.error().message;
                }
            } else {
                m_error = rows.error().message;
            }
        }
        if (m_session.can(Permission::ViewRegister)) {
            if (auto found = ProcessingService(m_session).search(m_text))
                m_processings = std::move(found).value();
            else if (m_error.isEmpty())
                m_error = found.error().message;
        }
    }
    endResetModel();
}

void GlobalSearchModel::clear()
{
    beginResetModel();
    m_text.clear();
    m_error.clear();
    m_requests.clear();
    m_requests.shrink_to_fit();
    m_requestTotal = 0;
    m_processings.clear();
    m_processings.shrink_to_fit();
    endResetModel();
}

std::vector<GlobalSearchModel::Group> GlobalSearchModel::groups() const
{
    std::vector<Group> shown;
    if (!m_requests.empty())
        shown.push_back(Group::Requests);
    if (!m_processings.empty())
        shown.push_back(Group::Processings);
    return shown;
}

int GlobalSearchModel::childCount(Group group) const
{
    switch (group) {
    case Group::Requests:
        return int(m_requests.size()) + (m_requestTotal > qint64(m_requests.size()) ? 1 : 0);
    case Group::Processings: {
        const int shown = std::min(int(m_processings.size()), GroupLimit);
        return shown + (int(m_processings.size()) > shown ? 1 : 0);
    }
    }
    return 0;
}

QModelIndex GlobalSearchModel::firstResult() const
{
    for (int group = 0; group < rowCount(); ++group) {
        const QModelIndex heading = index(group, 0);
        for (int row = 0; row < rowCount(heading); ++row) {
            const QModelIndex candidate = index(row, 0, heading);
            if (flags(candidate) & Qt::ItemIsSelectable)
                return candidate;
        }
    }
    return {};
}

QModelIndex GlobalSearchModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, HeadingId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex GlobalSearchModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == HeadingId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, HeadingId);
}

int GlobalSearchModel::rowCount(const QModelIndex &parent) const
{
    const std::vector<Group> shown = groups();
    if (!parent.isValid())
        return int(shown.size());
    if (parent.column() != 0 || parent.internalId() != HeadingId || parent.row() >= int(shown.size()))
        return 0;
    return childCount(shown[std::size_t(parent.row())]);
}

int GlobalSearchModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

GlobalSearchModel::Kind GlobalSearchModel::kindOf(const QModelIndex &index) const
{
    if (index.internalId() == HeadingId)
        return Kind::Heading;
    const Group group = groups()[std::size_t(index.internalId() - 1)];
    if (group == Group::Requests)
        return index.row() < int(m_requests.size()) ? Kind::Request : Kind::MoreRequests;
    return index.row() < std::min(int(m_processings.size()), GroupLimit) ? Kind::Processing : Kind::MoreProcessings;
}

Qt::ItemFlags GlobalSearchModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    switch (kindOf(index)) {
    case Kind::Heading:
    case Kind::MoreProcessings:
        // Not enabled: the arrow keys pass over them.
        return Qt::NoItemFlags;
    case Kind::Request:
    case Kind::MoreRequests:
    case Kind::Processing:
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    }
    return Qt::NoItemFlags;
}

QVariant GlobalSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Kind kind = kindOf(index);
    if (role == KindRole)
        return int(kind);
    if (role == SpannedRole)
        return kind != Kind::Request;
    // Spanning rows show their first column only.
    if (kind != Kind::Request && index.column() != Title)
        return {};
    switch (kind) {
    case Kind::Heading: {
        const bool requests = groups()[std::size_t(index.row())] == Group::Requests;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return requests ? tr("Requests") : tr("Processings");
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        // A heading is not greyed out as a disabled row would be.
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::WindowText);
        return {};
    }
    case Kind::Request: {
        const RequestRow &row = m_requests[std::size_t(index.row())];
        if (role == IdRole)
            return row.id;
        return requestData(row, index.column(), role);
    }
    case Kind::MoreRequests:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%n more request(s): show them all in the list of requests", nullptr,
                      int(m_requestTotal - qint64(m_requests.size())));
        return {};
    case Kind::Processing: {
        const ProcessingSummary &processing = m_processings[std::size_t(index.row())];
        if (role == IdRole)
            return processing.id;
        return processingData(processing, role);
    }
    case Kind::MoreProcessings:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tr("%n more processing(s): type more of the name", nullptr,
                      int(m_processings.size()) - GroupLimit);
        if (role == Qt::FontRole) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant GlobalSearchModel::requestData(const RequestRow &row, int column, int role) const
{
    if (role == Qt::AccessibleTextRole && column == Title) {
        // A screen reader hears the whole row at once.
        QStringList parts;
        for (int other = Title; other < ColumnCount; ++other)
            parts << requestData(row, other, Qt::DisplayRole).toString();
        return parts.join(QStringLiteral(", "));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(column)) {
    case Title: return row.reference;
    case Requester: return RequestLabels::requester(row);
    case State: return Workflow::stateName(row.state);
    case Due: return tr("due %1").arg(QLocale().toString(row.due, QLocale::ShortFormat));
    case ColumnCount: break;
    }
    return {};
}

QVariant GlobalSearchModel::processingData(const ProcessingSummary &processing, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    QString title = processing.reference.isEmpty()
                        ? processing.name
                        : tr("%1 (%2)", "processing's name, its reference").arg(processing.name, processing.reference);
    if (!processing.described)
        title = tr("%1, only named by other processings so far").arg(title);
    // The whole name, however narrow the window, and its department.
    if (role == Qt::ToolTipRole && !processing.controller.isEmpty())
        return QString(title + u'\n' + processing.controller);
    return title;
}

} // namespace habeas
