#pragma once

// Copies the main database of a connection into an attached, empty,
// encrypted database, statement by statement: the schema, then the rows of
// every table except those left out, then indexes, triggers and views. A
// table left out is created empty and none of its rows or pages is ever
// written to the copy, not even to a journal: the copy's journal is off, so
// nothing but the copy itself is written to its folder. (sqlcipher_export
// copies every table, and deleting rows afterwards writes them to the copy's
// rollback journal first.)

#include "core/Progress.h"

#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace habeas {

struct SqliteFailure final {
    int code = 0;     // SQLite's extended result code
    QString message;  // SQLite's message, or what was refused
};

// `schema` is the attached database's name. Runs in one transaction of its
// own; on failure the copy is incomplete and must be removed by the caller.
// `progress` gets rows copied of rows to copy.
std::optional<SqliteFailure> copySchemaAndRows(sqlite3 *handle, const QString &schema, const QStringList &leftOut,
                                               const Progress &progress = {});

} // namespace habeas
