#pragma once

// The audit log, newest first, fetched lazily in pages of 200 entries.

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace habeas {

class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    static constexpr int PageSize = 200;
    enum Column { Seq, Time, Account, Action, Object, Detail, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    // The connection the entries are read from; an invalid one empties the model.
    void setDatabase(const QSqlDatabase &db);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // "login.failed" → "Failed sign-in" (translated); unknown keys as they are.
    static QString actionLabel(const QString &action);
    void fetchMore(const QModelIndex &parent) override;

private:
    QSqlDatabase m_db;
    std::vector<AuditEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace habeas
