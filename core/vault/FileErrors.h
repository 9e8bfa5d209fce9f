#pragma once

// Turns a failed file write into the error a person can act on: the disk is
// full, the location is read-only, or some other I/O failure.

#include "core/Result.h"

#include <functional>

class QFileDevice;

namespace habeas {

// Classifies a failed write to `path`; `message` is the sentence that says
// what could not be done, completed with the cause.
Error fileWriteError(const QFileDevice &file, const QString &path, const QString &message);
// The same classification when only the target path is known (SQLite
// reported the failure).
Error writeFailure(const QString &path, const QString &message, const QString &detail);
// Replaces `path` with `bytes` atomically: a temporary file beside it is
// written, flushed and synced, then renamed over the old one. On failure the
// old file is untouched and the error is classified as above.
// `beforeCommit`, when given, runs once the bytes are written and before the
// rename; its error cancels the write (the old file untouched) and is
// returned.
Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &message,
                                 const std::function<Result<void>()> &beforeCommit = {});
// True when new files can be created in the folder that holds `path`.
bool locationWritable(const QString &path);

} // namespace habeas

class QSqlError;

namespace habeas {

// Classifies an error SQLite reported for the database at `path`: disk full,
// read-only, damaged or tampered file, or another failure.
Error sqlFailure(const QSqlError &error, const QString &path, const QString &message);
// The error a failed read is reported as: DatabaseCorrupt for a damaged
// page, Locked when busy, Io or Sql otherwise; `message` says what could not
// be read.
Error readFailure(const QSqlError &error, const QString &message);

} // namespace habeas
