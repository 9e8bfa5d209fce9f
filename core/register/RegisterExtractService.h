#pragma once

// Extracts of the register for printing and for handing over: one
// processing's entry or the whole register, laid out as a PDF by the
// letters' renderer, in memory; written to a file only encrypted with a
// password (AES-256), as the authority asks that extracts be encrypted on
// their medium, and audited.
//
// Permission: ViewRegister for printing and for the export alike. An
// extract shows nothing the register page does not already show to the
// same person (clerks read the register, letters quote it), and the
// register describes processings, not the people in them; what leaves the
// vault as a file is encrypted and logged.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/letters/LetterRenderer.h"
#include "core/register/RegisterExtract.h"

#include <QCoreApplication>
#include <QString>

namespace habeas {

class Session;

class RegisterExtractService final {
    Q_DECLARE_TR_FUNCTIONS(RegisterExtractService)

public:
    // The processing id that stands for the whole register.
    static constexpr qint64 WholeRegister = 0;

    explicit RegisterExtractService(Session &session);

    // The entry of `processingId`, or every processing described in the
    // register (those only named by another's link are left out), in the
    // register's order. Errors: PermissionDenied (ViewRegister), NotOpen,
    // NotFound (no such processing; a register that describes none), Sql.
    Result<RegisterExtractFacts> facts(qint64 processingId);
    // The extract as a PDF, in memory, unencrypted: for the printer only.
    // Errors: those of facts(), and of LetterRenderer::pdf() (Internal
    // without a QGuiApplication). Not audited: printing is not a file.
    Result<RenderedPdf> pdf(qint64 processingId);
    // Writes the extract to `path` encrypted with `password` (UTF-8),
    // atomically: a refused password or a failed write leaves nothing
    // new there and an older file untouched; when the audit entry cannot
    // be written the file is removed. Nothing is written in clear.
    // Errors: those of pdf(), InvalidArgument with field "password" (the
    // letters' rule, LetterService::checkPdfPassword), DiskFull,
    // ReadOnlyLocation, Io, Sql. Audited as register.export.
    Result<void> exportTo(qint64 processingId, const SecureBytes &password, const QString &path);

private:
    Session &m_session;
};

} // namespace habeas
