#pragma once

// The accounts table. Key slots belong to the vault engine; this is the rest of what
// the vault knows about each person (name, role, state, dates).

#include "core/Result.h"
#include "core/accounts/Account.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace habeas {

class AccountRepository final {
    Q_DECLARE_TR_FUNCTIONS(AccountRepository)

public:
    explicit AccountRepository(QSqlDatabase db);

    Result<std::vector<Account>> all() const;
    Result<std::optional<Account>> find(const QString &login) const;
    // A new account row (its key slot is the vault's business).
    // Errors: AlreadyExists (the login is taken), Sql.
    Result<void> insert(const NewAccount &account, const QDateTime &at);
    Result<void> setDisabled(const QString &login, bool disabled);
    Result<void> setMustChangePassword(const QString &login, bool mustChange);
    Result<void> recordPasswordChanged(const QString &login, const QDateTime &at);
    Result<void> setKeySerial(const QString &login, int serial);
    Result<void> recordLogin(const QString &login, const QDateTime &at);
    Result<int> enabledAdministrators() const;

private:
    Result<void> update(const QString &sql, const QVariant &value, const QString &login);

    QSqlDatabase m_db;
};

} // namespace habeas
