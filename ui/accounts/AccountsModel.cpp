#include "ui/accounts/AccountsModel.h"

#include <QColor>
#include <QLocale>

namespace habeas {

AccountsModel::AccountsModel(QObject *parent) : QAbstractTableModel(parent) {}

QString AccountsModel::roleName(Role role)
{
    switch (role) {
    case Role::Clerk: return tr("Clerk");
    case Role::Dpo: return tr("DPO");
    case Role::Administrator: return tr("Administrator");
    }
    return {};
}

void AccountsModel::setAccounts(std::vector<Account> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

const Account *AccountsModel::accountAt(int row) const
{
    return row >= 0 && row < int(m_accounts.size()) ? &m_accounts[std::size_t(row)] : nullptr;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    const Account *account = index.isValid() ? accountAt(index.row()) : nullptr;
    if (!account)
        return {};
    if (role == LoginRole)
        return account->login;
    if (role == DisabledRole)
        return account->disabled;
    if (role == Qt::ForegroundRole && account->disabled)
        return QVariant::fromValue(QColor(Qt::gray));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Login: return account->login;
    case FullName: return account->fullName;
    case RoleColumn: return roleName(account->role);
    case State:
        if (account->disabled)
            return tr("Disabled");
        return account->mustChangePassword ? tr("Must change password") : tr("Active");
    case PasswordChanged:
        return account->passwordChangedAt.isValid()
                   ? locale.toString(account->passwordChangedAt.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case LastLogin:
        return account->lastLoginAt.isValid() ? locale.toString(account->lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                                              : tr("Never");
    default: return {};
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login: return tr("Login");
    case FullName: return tr("Name");
    case RoleColumn: return tr("Role");
    case State: return tr("State");
    case PasswordChanged: return tr("Password changed");
    case LastLogin: return tr("Last sign-in");
    default: return {};
    }
}

} // namespace habeas
