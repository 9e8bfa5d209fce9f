#pragma once

// The one way Habeas runs several statements as a unit: begin, commit, and a
// rollback on every other way out of the scope. A failed BEGIN or COMMIT is
// classified like any other storage failure (a full disk stays DiskFull).

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace habeas {

class [[nodiscard]] Transaction final {
    Q_DISABLE_COPY(Transaction)

public:
    // Starts a transaction on `db`; `failure` is the sentence that says what
    // could not be done, completed with the cause.
    // Errors: Locked (busy), DiskFull, ReadOnlyLocation, Io, DatabaseCorrupt,
    // Sql (a transaction already open on the connection: they do not nest).
    static Result<Transaction> begin(QSqlDatabase db, const QString &failure);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    // Rolls back unless commit() succeeded.
    ~Transaction();

    // Errors: as begin(); after a failed commit the work is rolled back.
    Result<void> commit();
    void rollback();

private:
    Transaction(QSqlDatabase db, QString failure);

    QSqlDatabase m_db;
    QString m_failure;
    bool m_open = false;
};

// Runs `work` (returning a Result) in one transaction: everything it wrote
// lands, or nothing does. Returns work's result, or the commit's error.
template <typename Work>
auto inTransaction(QSqlDatabase db, const QString &failure, Work &&work) -> decltype(work())
{
    auto transaction = Transaction::begin(std::move(db), failure);
    if (!transaction)
        return transaction.error();
    auto result = work();
    if (!result.ok())
        return result;
    if (auto committed = transaction->commit(); !committed)
        return committed.error();
    return result;
}

} // namespace habeas
