#include "core/audit/AuditService.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"

namespace habeas {

namespace {

const QString Object = QStringLiteral("audit-log");

} // namespace

AuditService::AuditService(Session &session) : m_session(session) {}

Result<std::vector<AuditEntry>> AuditService::latest(int limit, qint64 beforeSeq)
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, Object); !allowed)
        return allowed.error();
    return AuditLog::of(SessionStorage::vault(m_session)).latest(limit, beforeSeq);
}

Result<AuditHead> AuditService::head()
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, Object); !allowed)
        return allowed.error();
    return AuditLog::of(SessionStorage::vault(m_session)).head();
}

Result<AuditVerification> AuditService::verify(const std::optional<AuditHead> &expected)
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, Object); !allowed)
        return allowed.error();
    auto result = AuditLog::of(SessionStorage::vault(m_session)).verify(expected);
    if (!result)
        return result;
    static_cast<void>(m_session.record(AuditAction::AuditVerify, Object, QString(),
                                       result->ok() ? QStringLiteral("whole") : QStringLiteral("broken")));
    return result;
}

Result<AuditHead> AuditService::exportHead(const QString &path)
{
    auto current = head();
    if (!current)
        return current;
    if (auto written = AuditLog::exportHead(*current, path); !written)
        return written.error();
    static_cast<void>(m_session.record(AuditAction::AuditExportHead, Object, QString::number(current->seq)));
    return current;
}

Result<AuditHead> AuditService::readHead(const QString &path)
{
    return AuditLog::readHead(path);
}

} // namespace habeas
