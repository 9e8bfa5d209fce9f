#pragma once

// Conditions of the authority as a table: those of one deliberation in the
// viewer, or every open one on the DPO's board. Sorted on any column in
// memory (an office follows tens of conditions, not thousands); by due
// date ascending, the overdue ones come first and those with no due date
// last. The owner filter shows one person's conditions (or nobody's). The
// figure of a condition measured by an indicator is set by its view, which
// measures it through the service.

#include "core/deliberations/Deliberation.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

namespace habeas {

class ConditionsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionsModel)

public:
    enum Column { DeliberationColumn, Kind, Text, Status, Owner, Due, Figure, Evidence, ColumnCount };
    // The condition id of a row (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;
    // The id of the deliberation a row's condition belongs to (qint64).
    static constexpr int DeliberationIdRole = Qt::UserRole + 2;
    // Whether a row is still to follow and past its due date (bool).
    static constexpr int OverdueRole = Qt::UserRole + 3;

    explicit ConditionsModel(QObject *parent = nullptr);

    // Shown in the order given until sort() is called; after that, in the
    // order last asked for. Figures set before are forgotten.
    void setConditions(std::vector<Condition> conditions);
    // Forgets every row and figure (at the lock).
    void clear();
    // The figure measured for a condition, with what it counts (tooltip);
    // an empty figure removes it.
    void setFigure(qint64 conditionId, const QString &figure, const QString &explanation);
    QString figure(qint64 conditionId) const;
    // Today, for what is overdue (the session clock's; nothing is overdue
    // until it is set).
    void setToday(const QDate &today);
    // nullopt: everyone's; an empty owner: the conditions nobody owns.
    void setOwnerFilter(const std::optional<QString> &owner);
    // The owners named in the conditions set, sorted, without duplicates.
    QStringList owners() const;
    const Condition *condition(int row) const;
    int rowOf(qint64 conditionId) const;
    bool isOverdue(const Condition &condition) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void arrange();
    QString dueText(const Condition &condition) const;

    std::vector<Condition> m_all;
    // Indexes into m_all of the rows shown, in their order.
    std::vector<std::size_t> m_shown;
    QHash<qint64, std::pair<QString, QString>> m_figures;
    QDate m_today;
    std::optional<QString> m_owner;
    int m_sortColumn = -1;
    Qt::SortOrder m_order = Qt::AscendingOrder;
};

} // namespace habeas
