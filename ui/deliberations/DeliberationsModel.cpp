#include "ui/deliberations/DeliberationsModel.h"

#include "core/deliberations/DeliberationLabels.h"

#include <QLocale>

namespace habeas {

DeliberationsModel::DeliberationsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void DeliberationsModel::setDeliberations(std::vector<DeliberationSummary> deliberations)
{
    beginResetModel();
    m_rows = std::move(deliberations);
    endResetModel();
}

void DeliberationsModel::clear()
{
    setDeliberations({});
}

int DeliberationsModel::rowOf(qint64 id) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id)
            return int(row);
    }
    return -1;
}

int DeliberationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliberationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliberationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const DeliberationSummary &row = m_rows[std::size_t(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == OpenConditionsRole)
        return row.openConditions;
    if (role == Qt::ToolTipRole && index.column() == Conditions)
        return tr("%n condition(s) still to follow, of %1", nullptr, row.openConditions).arg(row.conditions);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Number:
        return row.version > 1 ? tr("%1 (version %2)", "deliberation number, version of its text")
                                     .arg(row.number)
                                     .arg(row.version)
                               : row.number;
    case Date: return QLocale().toString(row.date, QLocale::ShortFormat);
    case AuthorityColumn: return DeliberationLabels::authority(row.authority);
    case Kind: return DeliberationLabels::kind(row.kind);
    case Title: return row.title;
    case Processing: return row.processing.isEmpty() ? tr("None") : row.processing;
    case Conditions: return tr("%1 / %2").arg(row.openConditions).arg(row.conditions);
    case ColumnCount: break;
    }
    return {};
}

QVariant DeliberationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number: return tr("Number");
    case Date: return tr("Date");
    case AuthorityColumn: return tr("Authority");
    case Kind: return tr("Kind");
    case Title: return tr("Title");
    case Processing: return tr("Processing");
    case Conditions: return tr("Open / all conditions");
    case ColumnCount: break;
    }
    return {};
}

} // namespace habeas
