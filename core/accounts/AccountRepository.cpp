#include "core/accounts/AccountRepository.h"

#include "core/vault/StoredText.h"
#include "core/vault/Rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

const QString Columns = QStringLiteral(
    "id, login, full_name, role, disabled, must_change_password, created_at, password_changed_at, last_login_at,"
    " key_serial");

Account fromRow(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.login = query.value(1).toString();
    account.fullName = query.value(2).toString();
    account.role = roleFromKey(query.value(3).toString()).value_or(Role::Clerk);
    account.disabled = query.value(4).toBool();
    account.mustChangePassword = query.value(5).toBool();
    account.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODate);
    account.passwordChangedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    account.lastLoginAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    account.keySerial = query.value(9).toInt();
    return account;
}

} // namespace

AccountRepository::AccountRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::vector<Account>> AccountRepository::all() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM accounts ORDER BY login")))
        return makeError(ErrorCode::Sql, tr("The accounts cannot be read."), query.lastError().text());
    std::vector<Account> accounts;
    if (auto read = forEachRow(query, tr("The accounts cannot be read."), [&] {
            accounts.push_back(fromRow(query));
        });
        !read)
        return read.error();
    return accounts;
}

Result<std::optional<Account>> AccountRepository::find(const QString &login) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM accounts WHERE login = ?"));
    query.addBindValue(normaliseLogin(login));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The accounts cannot be read."), query.lastError().text());
    if (!query.next())
        return std::optional<Account>();
    return std::optional<Account>(fromRow(query));
}

Result<void> AccountRepository::update(const QString &sql, const QVariant &value, const QString &login)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    query.addBindValue(value);
    query.addBindValue(normaliseLogin(login));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The account cannot be updated."), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\".").arg(login));
    return {};
}

Result<void> AccountRepository::setDisabled(const QString &login, bool disabled)
{
    return update(QStringLiteral("UPDATE accounts SET disabled = ? WHERE login = ?"), disabled, login);
}

Result<void> AccountRepository::setMustChangePassword(const QString &login, bool mustChange)
{
    return update(QStringLiteral("UPDATE accounts SET must_change_password = ? WHERE login = ?"), mustChange, login);
}

Result<void> AccountRepository::setKeySerial(const QString &login, int serial)
{
    return update(QStringLiteral("UPDATE accounts SET key_serial = ? WHERE login = ?"), serial, login);
}

Result<void> AccountRepository::recordPasswordChanged(const QString &login, const QDateTime &at)
{
    return update(QStringLiteral("UPDATE accounts SET password_changed_at = ? WHERE login = ?"),
                  at.toUTC().toString(Qt::ISODate), login);
}

Result<void> AccountRepository::insert(const NewAccount &account, const QDateTime &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO accounts (login, full_name, role, disabled, created_at, password_changed_at,"
                                 " must_change_password) VALUES (:login, :name, :role, 0, :now, :now, :must)"));
    query.bindValue(QStringLiteral(":must"), account.mustChangePassword);
    query.bindValue(QStringLiteral(":login"), normaliseLogin(account.login));
    query.bindValue(QStringLiteral(":name"), storedText(account.fullName.trimmed()));
    query.bindValue(QStringLiteral(":role"), roleKey(account.role));
    query.bindValue(QStringLiteral(":now"), at.toUTC().toString(Qt::ISODate));
    if (query.exec())
        return {};
    const int code = query.lastError().nativeErrorCode().toInt();
    if (code == 2067 || code == 1555) // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        return makeError(ErrorCode::AlreadyExists, tr("An account \"%1\" already exists.").arg(normaliseLogin(account.login)),
                         query.lastError().text());
    return makeError(ErrorCode::Sql, tr("The account cannot be recorded."), query.lastError().text());
}

Result<void> AccountRepository::recordLogin(const QString &login, const QDateTime &at)
{
    return update(QStringLiteral("UPDATE accounts SET last_login_at = ? WHERE login = ?"),
                  at.toUTC().toString(Qt::ISODate), login);
}

Result<int> AccountRepository::enabledAdministrators() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' AND disabled = 0")) || !query.next())
        return makeError(ErrorCode::Sql, tr("The accounts cannot be read."), query.lastError().text());
    return query.value(0).toInt();
}

} // namespace habeas
