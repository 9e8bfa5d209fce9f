#pragma once

// The audit log, newest first, fetched lazily in pages of 200 entries.

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

#include <vector>

namespace habeas {

class Session;

class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    static constexpr int PageSize = 200;
    enum Column { Seq, Time, Account, Action, Object, Detail, ColumnCount };

    explicit AuditLogModel(QObject *parent = nullptr);

    // The session whose log is shown (through AuditService); null empties
    // the model. The session must outlive the model's use of it.
    void setSession(Session *session);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    Session *m_session = nullptr;
    std::vector<AuditEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace habeas
