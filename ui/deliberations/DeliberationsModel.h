#pragma once

// The deliberations of the authority as a table: number, date, authority,
// kind, title, linked processing and conditions still open out of all. An
// office receives a few deliberations a year, so the list is read whole.

#include "core/deliberations/Deliberation.h"

#include <QAbstractTableModel>

#include <vector>

namespace habeas {

class DeliberationsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliberationsModel)

public:
    enum Column { Number, Date, AuthorityColumn, Kind, Title, Processing, Conditions, ColumnCount };
    // The deliberation id of a row (qint64).
    static constexpr int IdRole = Qt::UserRole + 1;
    // The number of open and in-progress conditions of a row (int).
    static constexpr int OpenConditionsRole = Qt::UserRole + 2;

    explicit DeliberationsModel(QObject *parent = nullptr);

    void setDeliberations(std::vector<DeliberationSummary> deliberations);
    // Forgets every row (at the lock).
    void clear();
    // The row of a deliberation, -1 when it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<DeliberationSummary> m_rows;
};

} // namespace habeas
