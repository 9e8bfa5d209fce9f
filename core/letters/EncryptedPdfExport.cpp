#include "core/letters/EncryptedPdfExport.h"

#include "core/accounts/Session.h"
#include "core/letters/EncryptedPdf.h"
#include "core/vault/FileErrors.h"

#include <QFile>

namespace habeas {

Result<void> EncryptedPdfExport::write(Session &session, const SecureBytes &pdf, const SecureBytes &password,
                                       const QString &path, const QString &failure, const ExportAuditEntry &entry)
{
    auto encrypted = EncryptedPdf::encrypt(pdf, password);
    if (!encrypted)
        return encrypted.error();
    if (auto written = writeFileAtomically(path, *encrypted, failure); !written)
        return written;
    if (auto recorded = session.record(entry.action, entry.objectType, entry.objectId, entry.detail); !recorded) {
        QFile::remove(path);
        return recorded;
    }
    return {};
}

} // namespace habeas
