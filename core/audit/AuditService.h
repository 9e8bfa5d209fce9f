#pragma once

// The audit log as people use it: read it page by page, verify the chain
// (against an exported head when there is one), and export the head. Every
// call needs the audit-log permission; verifications and exports are
// themselves recorded.

#include "core/Result.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace habeas {

class Session;

class AuditService final {
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Session &session);

    // Newest first, `limit` entries older than `beforeSeq` (0: the newest).
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<std::vector<AuditEntry>> latest(int limit, qint64 beforeSeq = 0);
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<AuditHead> head();
    // Walks the chain and records that it was verified (and the outcome).
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<AuditVerification> verify(const std::optional<AuditHead> &expected = std::nullopt);
    // Writes the head as JSON at `path` and records the export.
    // Errors: PermissionDenied, NotOpen, DiskFull, ReadOnlyLocation, Io, Sql.
    Result<AuditHead> exportHead(const QString &path);
    // Reads a head exported earlier. Errors: Io, InvalidArgument.
    static Result<AuditHead> readHead(const QString &path);

private:
    Session &m_session;
};

} // namespace habeas
