#pragma once

// Walking the rows of a query without mistaking a failure for the end of
// the data: QSqlQuery::next() answers false both when the rows are done and
// when reading the next one failed (a damaged page, an I/O error). Every
// loop over rows in Habeas goes through forEachRow, which tells the two
// apart.

#include "core/Result.h"
#include "core/vault/FileErrors.h"

#include <QSqlError>
#include <QSqlQuery>

#include <type_traits>

namespace habeas {

// Calls `row()` for every row of `query`, which has been executed. `row`
// returns void; or bool, false to stop early (not an error); or
// Result<void>, to stop at its first error.
// Errors: readFailure's, or row's own.
template <typename Row>
Result<void> forEachRow(QSqlQuery &query, const QString &message, Row &&row)
{
    while (query.next()) {
        using Returned = decltype(row());
        if constexpr (std::is_void_v<Returned>) {
            row();
        } else if constexpr (std::is_same_v<Returned, bool>) {
            if (!row())
                return {};
        } else if (auto done = row(); !done) {
            return done;
        }
    }
    if (query.lastError().isValid())
        return readFailure(query.lastError(), message);
    return {};
}

} // namespace habeas
