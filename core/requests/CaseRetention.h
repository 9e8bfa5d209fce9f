#pragma once

// Habeas's own case files are personal data too: an ended request is kept
// for a number of years the DPO sets (default 5), then anonymised. The
// DPO or the administrator confirms each anonymisation at sign-in; what
// they see and what stays afterwards is the reference, the rights, the
// state, the dates and the destruction record (for statistics), never a
// name. Every anonymisation is audited and written back out of the WAL
// (secure_delete zeroes the freed pages), as a destroyed identity copy is.

#include "core/Result.h"
#include "core/requests/Request.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

class CaseRetention final {
    Q_DECLARE_TR_FUNCTIONS(CaseRetention)

public:
    static constexpr int MinimumYears = 1;
    static constexpr int MaximumYears = 50;

    explicit CaseRetention(Session &session);

    // Years an ended request is kept (VaultSetting::CaseRetentionYears).
    int years() const;
    // Errors: PermissionDenied (the DPO's call), NotOpen, InvalidArgument
    // (outside MinimumYears–MaximumYears), DiskFull, Sql.
    Result<void> setYears(int years);
    // The last day of end whose requests are past the period on `today`:
    // a request that ended on 3 March 2021 is kept 5 years, until 3 March
    // 2026, and listed from that day.
    QDate lastExpiredEnd(const QDate &today) const;
    // Ended requests past the period and not yet anonymised, oldest first.
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<std::vector<ExpiredCase>> expired(const QDate &today);
    Result<std::vector<ExpiredCase>> expired();
    // Anonymises the given requests, each still past the period on `today`,
    // in one transaction (all or none), each audited; then writes the WAL
    // back into the database. Returns how many were anonymised.
    // Errors: PermissionDenied, NotOpen, InvalidArgument (a request not past
    // the period, unknown, or anonymised before), DiskFull, Sql.
    Result<int> anonymise(const std::vector<qint64> &ids, const QDate &today);
    Result<int> anonymise(const std::vector<qint64> &ids);
    // The rights' names for the list (no personal data: an administrator,
    // who cannot read requests, reads them here).
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<std::vector<Right>> rights();

private:
    Session &m_session;
};

} // namespace habeas
