#include "core/letters/EncryptedPdfExport.h"

#include "core/accounts/Session.h"
#include "core/letters/EncryptedPdf.h"
#include "core/vault/FileErrors.h"

namespace habeas {

Result<void> EncryptedPdfExport::write(Session &session, const SecureBytes &pdf, const SecureBytes &password,
                                       const QString &path, const QString &failure, const ExportAuditEntry &entry)
{
    auto encrypted = EncryptedPdf::encrypt(pdf, password);
    if (!encrypted)
        return encrypted.error();
    // The entry is written before the file takes its name: an export the
    // log cannot record leaves no file, and an older file at `path` stays.
    // (If the rename itself fails after the entry, the entry stays and the
    // error is returned: the log may name an export that did not land.)
    return writeFileAtomically(path, *encrypted, failure, [&]() -> Result<void> {
        return session.record(entry.action, entry.objectType, entry.objectId, entry.detail);
    });
}

} // namespace habeas
