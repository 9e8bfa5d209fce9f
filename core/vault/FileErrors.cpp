#include "core/vault/FileErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QStorageInfo>
#include <QTemporaryFile>

namespace habeas {

namespace {

// Below this, a failed write is taken to be the disk filling up.
constexpr qint64 NearlyFullBytes = 256 * 1024;

struct FileErrorText {
    Q_DECLARE_TR_FUNCTIONS(FileErrors)
};

} // namespace

bool locationWritable(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    QTemporaryFile probe(folder + QStringLiteral("/.habeas-write-probe-XXXXXX"));
    return probe.open();
}

Error writeFailure(const QString &path, const QString &message, const QString &detail)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return makeError(ErrorCode::ReadOnlyLocation,
                         message + u' ' + FileErrorText::tr("The folder %1 is read-only.").arg(folder), detail);
    if (storage.isValid() && storage.bytesAvailable() < NearlyFullBytes)
        return makeError(ErrorCode::DiskFull,
                         message + u' ' + FileErrorText::tr("The disk is full: free some space and try again."), detail);
    if (!locationWritable(path))
        return makeError(ErrorCode::ReadOnlyLocation,
                         message + u' ' + FileErrorText::tr("Habeas may not write in the folder %1.").arg(folder),
                         detail);
    return makeError(ErrorCode::Io, message, detail);
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &message,
                                 const std::function<Result<void>()> &beforeCommit)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileWriteError(file, path, message);
    // flush() before commit(): Qt 6.4's commit() can lose a failed buffered
    // write (seen with ENOSPC on tmpfs) and rename an empty file into place.
    const bool written = file.write(bytes) == bytes.size() && file.flush();
    if (!written) {
        const Error error = fileWriteError(file, path, message);
        file.cancelWriting();
        file.commit();
        return error;
    }
    // What must be done for the file to count (an audit entry) is done
    // while the older file is still in place: a refusal leaves it so.
    if (beforeCommit) {
        if (auto done = beforeCommit(); !done) {
            file.cancelWriting();
            file.commit();
            return done;
        }
    }
    if (!file.commit())
        return fileWriteError(file, path, message);
    return {};
}

Error fileWriteError(const QFileDevice &file, const QString &path, const QString &message)
{
    return writeFailure(path, message, file.errorString());
}

Error readFailure(const QSqlError &error, const QString &message)
{
    const QString detail = error.text() + QStringLiteral(" [") + error.nativeErrorCode() + u']';
    switch (error.nativeErrorCode().toInt() & 0xFF) {
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::DatabaseCorrupt,
                         message + u' '
                             + FileErrorText::tr("The database file is damaged or has been tampered with; restore it from a backup."),
                         detail);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Locked, message + u' ' + FileErrorText::tr("The database is busy."), detail);
    case 10: // SQLITE_IOERR
        return makeError(ErrorCode::Io, message, detail);
    default:
        return makeError(ErrorCode::Sql, message, detail);
    }
}

Error sqlFailure(const QSqlError &error, const QString &path, const QString &message)
{
    // What a write adds to a failed read: a full disk, and the location.
    switch (error.nativeErrorCode().toInt() & 0xFF) {
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::DiskFull,
                         message + u' ' + FileErrorText::tr("The disk is full: free some space and try again."),
                         error.text() + QStringLiteral(" [") + error.nativeErrorCode() + u']');
    case 8:  // SQLITE_READONLY
    case 14: // SQLITE_CANTOPEN
    case 10: // SQLITE_IOERR
        return writeFailure(path, message, error.text() + QStringLiteral(" [") + error.nativeErrorCode() + u']');
    default:
        return readFailure(error, message);
    }
}

} // namespace habeas
