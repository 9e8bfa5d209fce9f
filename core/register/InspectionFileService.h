#pragma once

// The inspection file for the supervisory authority (InspectionFile): the
// facts gathered through the repositories, for one processing or the whole
// register, laid out as a PDF in memory and written to a file only
// encrypted with a password (AES-256, the letters' rule), atomically, and
// audited as register.inspection with the outcome of the chain's
// verification. Never printed, never written in clear.
//
// Permissions: ManageRegister, ViewAuditLog, ViewRequests and
// ViewDeliberations, each checked (a refusal audited). The file speaks
// for the office to the authority: the register as its keeper states it
// (the DPO's, ManageRegister), the head of the audit log and its
// verification (ViewAuditLog, which clerks lack), figures drawn from every
// request (ViewRequests) and the deliberations' conditions. So only the
// DPO makes one; a clerk, who reads the register and handles requests,
// does not see the audit log, and the administrator sees no register.

#include "core/Progress.h"
#include "core/Result.h"
#include "core/accounts/Permissions.h"
#include "core/crypto/SecureBytes.h"
#include "core/letters/LetterRenderer.h"
#include "core/register/InspectionFile.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace habeas {

class Session;

class InspectionFileService final {
    Q_DECLARE_TR_FUNCTIONS(InspectionFileService)

public:
    // The processing id that stands for the whole register.
    static constexpr qint64 WholeRegister = 0;
    static constexpr std::array Required = {Permission::ManageRegister, Permission::ViewAuditLog,
                                            Permission::ViewRequests, Permission::ViewDeliberations};

    explicit InspectionFileService(Session &session);

    // Whether the signed-in account may make one (no audit entry): for the
    // UI to offer it.
    static bool allowed(const Session &session);

    // The facts of the file: the register's entries as
    // RegisterExtractService gathers them, the deliberations linked to the
    // processing (all of them for the whole register) with their
    // conditions, the requests received in `period` (for one processing:
    // those whose findings concern it) and the documents destroyed in it,
    // the head of the audit log and its verification, now. Default period:
    // InspectionPeriod::lastTwoYears. A refusal's reason naming its
    // requester or agent is withheld. Errors: PermissionDenied, NotOpen,
    // NotFound, Sql.
    Result<InspectionFileFacts> facts(qint64 processingId, const std::optional<InspectionPeriod> &period = {});
    // The file as a PDF in memory, unencrypted, for the export and for
    // measuring; not audited, never offered to a printer. Errors: those of
    // facts() and of LetterRenderer::pdf().
    Result<RenderedPdf> pdf(qint64 processingId, const std::optional<InspectionPeriod> &period = {});
    // Writes the file to `path` encrypted with `password` (UTF-8, checked
    // first by LetterService::checkPdfPassword) through EncryptedPdfExport:
    // atomically, nothing in clear, removed when the audit entry cannot be
    // written. `progress` hears of each step (gathered, laid out,
    // encrypted and written). Errors: those of pdf(), InvalidArgument with
    // field "password", DiskFull, ReadOnlyLocation, Io, Sql.
    Result<void> exportTo(qint64 processingId, const SecureBytes &password, const QString &path,
                          const std::optional<InspectionPeriod> &period = {}, const Progress &progress = {});

private:
    Session &m_session;
};

} // namespace habeas
