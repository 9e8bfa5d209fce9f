#pragma once

// The last step every PDF export takes (a letter, an extract of the
// register, the inspection file): the PDF held in memory is encrypted in
// memory (EncryptedPdf), written beside the chosen file, the export recorded
// in the audit log, and only then the file renamed into place; when the
// entry cannot be written the new file is dropped and an older one stays,
// so that no export the log does not know of is left behind. Nothing is
// ever written in clear, nor anywhere but `path` and its temporary.

#include "core/Result.h"
#include "core/audit/AuditAction.h"
#include "core/crypto/SecureBytes.h"

#include <QString>

namespace habeas {

class Session;

// What the audit entry of an export says. The file's name is the person's
// choice and may name someone: it is never part of it.
struct ExportAuditEntry final {
    AuditAction action = AuditAction::LetterExport;
    QString objectType;
    QString objectId;
    QString detail = QStringLiteral("aes-256, file");
};

class EncryptedPdfExport final {
public:
    // Encrypts `pdf` with `password` (UTF-8; the caller checked it against
    // LetterService::checkPdfPassword before rendering), replaces `path`
    // with the result and records `entry` in `session`'s name. `failure`
    // says what could not be done ("The letter could not be exported."),
    // completed with the cause. Errors: InvalidArgument (no password, not a
    // PDF), DiskFull, ReadOnlyLocation, Io, and those of Session::record
    // (nothing then written). A failed write or entry leaves an older file
    // untouched.
    static Result<void> write(Session &session, const SecureBytes &pdf, const SecureBytes &password,
                              const QString &path, const QString &failure, const ExportAuditEntry &entry);
};

} // namespace habeas
