#include "core/vault/Transaction.h"

#include "core/vault/FileErrors.h"

#include <QSqlError>

namespace habeas {

Transaction::Transaction(QSqlDatabase db, QString failure) : m_db(std::move(db)), m_failure(std::move(failure)), m_open(true)
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::move(other.m_db)), m_failure(std::move(other.m_failure)), m_open(std::exchange(other.m_open, false))
{
}

Transaction::~Transaction()
{
    rollback();
}

Result<Transaction> Transaction::begin(QSqlDatabase db, const QString &failure)
{
    if (!db.transaction())
        return sqlFailure(db.lastError(), db.databaseName(), failure);
    return Transaction(std::move(db), failure);
}

Result<void> Transaction::commit()
{
    if (!m_open)
        return makeError(ErrorCode::Internal, m_failure, QStringLiteral("commit without a transaction"));
    if (!m_db.commit()) {
        const Error error = sqlFailure(m_db.lastError(), m_db.databaseName(), m_failure);
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_db.rollback();
}

} // namespace habeas
