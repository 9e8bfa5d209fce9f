#include "ui/register/RegisterModel.h"

#include "ui/register/ProcessingSummaryDialog.h"

#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <QStyle>

#include <algorithm>

namespace habeas {

RegisterModel::RegisterModel(QObject *parent) : QAbstractTableModel(parent)
{}

void RegisterModel::setRows(std::vector<ProcessingSummary> rows, const std::vector<ConsistencyFlag> &flags)
{
    m_all = std::move(rows);
    m_checks.clear();
    for (const ConsistencyFlag &flag : flags)
        m_checks[flag.processingId] << flag.sentence;
    rebuild();
}

void RegisterModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    rebuild();
}

void RegisterModel::clear()
{
    m_all.clear();
    m_checks.clear();
    m_filter = Filter{};
    rebuild();
}

bool RegisterModel::accepts(const ProcessingSummary &row) const
{
    if (m_filter.status && (!row.described || row.status != *m_filter.status))
        return false;
    if (!m_filter.department.isEmpty() && row.controller != m_filter.department)
        return false;
    return !m_filter.openConditionsOnly || row.openConditions > 0;
}

QVariant RegisterModel::sortKey(const ProcessingSummary &row, int column) const
{
    switch (column) {
    case Reference: return row.reference;
    case Name: return row.name;
    case Department: return row.controller;
    case Status: return row.described ? int(row.status) : -1;
    case LegalBasisColumn: return row.legalBasis ? int(*row.legalBasis) : -1;
    case OpenConditions: return row.openConditions;
    case Checks: return int(m_checks.value(row.id).size());
    case LastChange: return row.updatedAt;
    default: return {};
    }
}

void RegisterModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(m_shown),
                 [this](const ProcessingSummary &row) { return accepts(row); });
    if (m_sortColumn >= 0) {
        QCollator collator;
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::stable_sort(m_shown.begin(), m_shown.end(), [&](const ProcessingSummary &a, const ProcessingSummary &b) {
            const QVariant left = sortKey(a, m_sortColumn);
            const QVariant right = sortKey(b, m_sortColumn);
            const bool less = left.typeId() == QMetaType::QString
                                  ? collator.compare(left.toString(), right.toString()) < 0
                                  : QVariant::compare(left, right) == QPartialOrdering::Less;
            const bool greater = left.typeId() == QMetaType::QString
                                     ? collator.compare(right.toString(), left.toString()) < 0
                                     : QVariant::compare(right, left) == QPartialOrdering::Less;
            return m_sortOrder == Qt::AscendingOrder ? less : greater;
        });
    }
    endResetModel();
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < ColumnCount ? column : -1;
    m_sortOrder = order;
    rebuild();
}

int RegisterModel::rowOf(qint64 id) const
{
    const auto found =
        std::find_if(m_shown.begin(), m_shown.end(), [id](const ProcessingSummary &row) { return row.id == id; });
    return found == m_shown.end() ? -1 : int(found - m_shown.begin());
}

const ProcessingSummary *RegisterModel::summary(int row) const
{
    return row >= 0 && row < int(m_shown.size()) ? &m_shown[std::size_t(row)] : nullptr;
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    const ProcessingSummary *row = index.isValid() ? summary(index.row()) : nullptr;
    if (!row || index.column() >= ColumnCount)
        return {};
    const QStringList checks = m_checks.value(row->id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference: return row->reference;
        case Name: return row->name;
        case Department: return row->controller;
        case Status:
            // A processing other entries name but nobody described yet.
            return row->described ? ProcessingSummaryDialog::statusName(row->status) : tr("Referenced only");
        case LegalBasisColumn:
            return row->legalBasis ? ProcessingSummaryDialog::legalBasisName(*row->legalBasis) : QString();
        case OpenConditions: return row->openConditions > 0 ? QString::number(row->openConditions) : QString();
        case Checks: return checks.isEmpty() ? QString() : QString::number(checks.size());
        case LastChange:
            return row->updatedAt.isValid()
                       ? QLocale().toString(row->updatedAt.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return row->name;
        if (index.column() == OpenConditions && row->openConditions > 0)
            return tr("%n condition(s) of the authority's deliberations still open or in progress", nullptr,
                      row->openConditions);
        if (index.column() == Checks && !checks.isEmpty())
            return checks.join(u'\n');
        if (index.column() == LastChange && row->updatedAt.isValid())
            return QLocale().toString(row->updatedAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DecorationRole:
        if (index.column() == Checks && !checks.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OpenConditions || index.column() == Checks)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return row->id;
    case StatusRole: return int(row->status);
    case OpenConditionsRole: return row->openConditions;
    case ChecksRole: return int(checks.size());
    case SortRole: return sortKey(*row, index.column());
    default: return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == OpenConditions)
        return tr("Conditions of the authority's deliberations still open or in progress");
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Checks)
        return tr("What the register's consistency checks found to look at");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Name: return tr("Processing");
    case Department: return tr("Department");
    case Status: return tr("Status");
    case LegalBasisColumn: return tr("Legal basis");
    case OpenConditions: return tr("Conditions");
    case Checks: return tr("Checks");
    case LastChange: return tr("Last change");
    }
    return {};
}

} // namespace habeas
