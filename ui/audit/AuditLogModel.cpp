#include "ui/audit/AuditLogModel.h"

#include "core/audit/AuditService.h"

#include <QLocale>

namespace habeas {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setSession(Session *session)
{
    beginResetModel();
    m_session = session;
    m_entries.clear();
    m_atEnd = true; // views may ask for more while the reset is announced
    endResetModel();
    m_atEnd = m_session == nullptr;
    if (!m_atEnd)
        fetchMore({});
}

void AuditLogModel::clear()
{
    setSession(nullptr);
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 before = m_entries.empty() ? 0 : m_entries.back().seq;
    auto page = AuditService(*m_session).latest(PageSize, before);
    if (!page || page->empty()) {
        m_atEnd = true;
        return;
    }
    // Views react to the insertion by asking for more: answer from the
    // state after this page, and not again from inside it.
    m_fetching = true;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_entries.insert(m_entries.end(), page->begin(), page->end());
    m_atEnd = page->size() < std::size_t(PageSize) || m_entries.back().seq <= 1;
    endInsertRows();
    m_fetching = false;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const AuditEntry &entry = m_entries[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Seq: return entry.seq;
    case Time: {
        const QDateTime at = QDateTime::fromString(entry.atUtc, Qt::ISODateWithMs);
        return role == Qt::ToolTipRole ? entry.atUtc : QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    case Account: return entry.account;
    case Action: return role == Qt::ToolTipRole ? entry.action : AuditActions::labelForKey(entry.action);
    case Object: {
        const QString kind = AuditActions::objectLabel(entry.objectType);
        return entry.objectId.isEmpty() ? kind : kind + u' ' + entry.objectId;
    }
    case Detail: return entry.detail;
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case Account: return tr("Account");
    case Action: return tr("Action");
    case Object: return tr("Object");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace habeas
