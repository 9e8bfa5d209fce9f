#include "ui/deliberations/ConditionsModel.h"

#include "core/deliberations/DeliberationLabels.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace habeas {

namespace {

bool stillToFollow(const Condition &condition)
{
    return condition.status == ConditionStatus::Open || condition.status == ConditionStatus::InProgress;
}

// Red that reads on the palette's base, light or dark.
QColor overdueColour()
{
    return QApplication::palette().color(QPalette::Base).lightness() < 128 ? QColor(255, 128, 128) : QColor(176, 0, 0);
}

} // namespace

ConditionsModel::ConditionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ConditionsModel::setConditions(std::vector<Condition> conditions)
{
    beginResetModel();
    m_all = std::move(conditions);
    // Their views measure them again.
    m_figures.clear();
    arrange();
    endResetModel();
}

void ConditionsModel::clear()
{
    beginResetModel();
    m_all.clear();
    m_shown.clear();
    m_figures.clear();
    m_owner.reset();
    endResetModel();
}

void ConditionsModel::setFigure(qint64 conditionId, const QString &figure, const QString &explanation)
{
    if (figure.isEmpty())
        m_figures.remove(conditionId);
    else
        m_figures.insert(conditionId, {figure, explanation});
    const int row = rowOf(conditionId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, Figure), index(row, Figure));
}

QString ConditionsModel::figure(qint64 conditionId) const
{
    return m_figures.value(conditionId).first;
}

void ConditionsModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    arrange();
    endResetModel();
}

void ConditionsModel::setOwnerFilter(const std::optional<QString> &owner)
{
    beginResetModel();
    m_owner = owner;
    arrange();
    endResetModel();
}

QStringList ConditionsModel::owners() const
{
    QStringList names;
    for (const Condition &condition : m_all) {
        if (!condition.owner.trimmed().isEmpty() && !names.contains(condition.owner.trimmed()))
            names << condition.owner.trimmed();
    }
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return names;
}

const Condition *ConditionsModel::condition(int row) const
{
    if (row < 0 || row >= int(m_shown.size()))
        return nullptr;
    return &m_all[m_shown[std::size_t(row)]];
}

int ConditionsModel::rowOf(qint64 conditionId) const
{
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        if (m_all[m_shown[row]].id == conditionId)
            return int(row);
    }
    return -1;
}

bool ConditionsModel::isOverdue(const Condition &condition) const
{
    return stillToFollow(condition) && condition.due.isValid() && m_today.isValid() && condition.due < m_today;
}

void ConditionsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_order = order;
    arrange();
    endResetModel();
}

void ConditionsModel::arrange()
{
    m_shown.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        if (!m_owner || m_all[i].owner.trimmed() == m_owner->trimmed())
            m_shown.push_back(i);
    }
    if (m_sortColumn < 0)
        return;
    // Empty values (no owner, no due date) go last whichever the order: a
    // list sorted on due dates starts with what is late, whatever the order.
    const auto compareText = [](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return a.isEmpty() ? 1 : -1;
        return a.localeAwareCompare(b);
    };
    const auto compare = [&](const Condition &a, const Condition &b) -> int {
        switch (Column(m_sortColumn)) {
        case DeliberationColumn:
            if (a.deliberationDate != b.deliberationDate)
                return a.deliberationDate < b.deliberationDate ? -1 : 1;
            return a.deliberationNumber.compare(b.deliberationNumber);
        case Kind: return int(a.kind) - int(b.kind);
        case Text: return compareText(a.text, b.text);
        case Status: return int(a.status) - int(b.status);
        case Owner: return compareText(a.owner.trimmed(), b.owner.trimmed());
        case Due:
            if (a.due.isValid() != b.due.isValid())
                return a.due.isValid() ? -1 : 1;
            return a.due == b.due ? 0 : (a.due < b.due ? -1 : 1);
        case Figure: return compareText(figure(a.id), figure(b.id));
        case Evidence: return compareText(a.evidence, b.evidence);
        case ColumnCount: break;
        }
        return 0;
    };
    const bool descending = m_order == Qt::DescendingOrder;
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](std::size_t left, std::size_t right) {
        const Condition &a = m_all[left];
        const Condition &b = m_all[right];
        const bool emptyA =
            (m_sortColumn == Due && !a.due.isValid()) || (m_sortColumn == Owner && a.owner.trimmed().isEmpty());
        const bool emptyB =
            (m_sortColumn == Due && !b.due.isValid()) || (m_sortColumn == Owner && b.owner.trimmed().isEmpty());
        if (emptyA != emptyB)
            return emptyB;
        const int order = compare(a, b);
        return descending ? order > 0 : order < 0;
    });
}

QString ConditionsModel::dueText(const Condition &condition) const
{
    if (!condition.due.isValid())
        return tr("No date");
    const QString date = QLocale().toString(condition.due, QLocale::ShortFormat);
    if (!stillToFollow(condition))
        return date;
    if (!m_today.isValid())
        return date;
    if (isOverdue(condition))
        return tr("%1 — overdue by %n day(s)", nullptr, int(condition.due.daysTo(m_today))).arg(date);
    if (condition.due == m_today)
        return tr("%1 — due today").arg(date);
    return tr("%1 — %n day(s) left", nullptr, int(m_today.daysTo(condition.due))).arg(date);
}

int ConditionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ConditionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConditionsModel::data(const QModelIndex &index, int role) const
{
    const Condition *row = index.isValid() && index.column() < ColumnCount ? condition(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == DeliberationIdRole)
        return row->deliberationId;
    if (role == OverdueRole)
        return isOverdue(*row);
    if (index.column() == Due && isOverdue(*row)) {
        if (role == Qt::DecorationRole)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        if (role == Qt::ForegroundRole)
            return overdueColour();
    }
    if (index.column() == Figure && role == Qt::ToolTipRole && m_figures.contains(row->id))
        return m_figures.value(row->id).second;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case DeliberationColumn: return row->deliberationNumber;
    case Kind: return DeliberationLabels::conditionKind(row->kind);
    case Text: return row->text;
    case Status: return DeliberationLabels::conditionStatus(row->status);
    case Owner: return row->owner.trimmed().isEmpty() ? tr("Nobody") : row->owner;
    case Due: return dueText(*row);
    case Figure: return figure(row->id);
    case Evidence: return row->evidence;
    case ColumnCount: break;
    }
    return {};
}

QVariant ConditionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DeliberationColumn: return tr("Deliberation");
    case Kind: return tr("Kind");
    case Text: return tr("Condition");
    case Status: return tr("Status");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Figure: return tr("Figure");
    case Evidence: return tr("Evidence");
    case ColumnCount: break;
    }
    return {};
}

} // namespace habeas
