#pragma once

// The register's processings as a table, filtered by status, department
// and open conditions. The register holds a few hundred processings at
// most, so the page hands the model every row it read (the list or a
// search) and the model filters and sorts them in memory.
//
// Each row may carry the register's consistency flags: their count in the
// Checks column, their sentences in its tooltip.
//
// clear() forgets the rows; the page calls it at the lock.

#include "core/register/Processing.h"
#include "core/register/RegisterConsistency.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <optional>
#include <vector>

namespace habeas {

class RegisterModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterModel)

public:
    enum Column {
        Reference,
        Name,
        Department,
        Status,
        LegalBasisColumn,
        OpenConditions,
        Checks,
        LastChange,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, // the processing's id (qint64)
        StatusRole,                // its ProcessingStatus, as an int
        OpenConditionsRole,        // the count of open or in-progress conditions
        ChecksRole,                // the count of consistency flags
        SortRole,                  // what the column sorts by
    };

    // Which rows are shown: all of them when nothing is set.
    struct Filter {
        std::optional<ProcessingStatus> status;
        QString department; // the controller, exactly; empty for any
        bool openConditionsOnly = false;
    };

    explicit RegisterModel(QObject *parent = nullptr);

    // `flags`: those of the whole register (or none), each shown on its
    // processing's row.
    void setRows(std::vector<ProcessingSummary> rows, const std::vector<ConsistencyFlag> &flags = {});
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    void clear();
    // The row of a processing among those shown, or -1.
    int rowOf(qint64 id) const;
    const ProcessingSummary *summary(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool accepts(const ProcessingSummary &row) const;
    // Filters and sorts m_all into m_shown.
    void rebuild();
    QVariant sortKey(const ProcessingSummary &row, int column) const;

    std::vector<ProcessingSummary> m_all;
    std::vector<ProcessingSummary> m_shown;
    QHash<qint64, QStringList> m_checks; // the flags' sentences, by processing
    Filter m_filter;
    int m_sortColumn = -1; // -1: in the order given
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace habeas
