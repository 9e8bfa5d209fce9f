#pragma once

// The accounts of the vault as a table (a few dozen rows at most: loaded at
// once).

#include "core/accounts/Account.h"

#include <QAbstractTableModel>

#include <vector>

namespace habeas {

class AccountsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsModel)

public:
    enum Column { Login, FullName, RoleColumn, State, PasswordChanged, LastLogin, ColumnCount };
    enum RoleId { LoginRole = Qt::UserRole + 1, DisabledRole };

    explicit AccountsModel(QObject *parent = nullptr);

    void setAccounts(std::vector<Account> accounts);
    const Account *accountAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString roleName(Role role);

private:
    std::vector<Account> m_accounts;
};

} // namespace habeas
