#pragma once

// The settings an administrator changes: organisation, idle lock delay,
// password rules. Checked against the role matrix and audited.

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace habeas {

class Session;

struct SecuritySettings final {
    QString organisation;
    int idleLockMinutes = 5;      // 0 disables idle locking
    int passwordMinimumLength = 12;
    int passwordRenewalDays = 180; // 0 = never
};

class SettingsService final {
    Q_DECLARE_TR_FUNCTIONS(SettingsService)

public:
    explicit SettingsService(Session &session);

    SecuritySettings current() const;
    // Errors: PermissionDenied, NotOpen, InvalidArgument (a value out of
    // range), DiskFull, Sql.
    Result<void> save(const SecuritySettings &settings);

private:
    Session &m_session;
};

} // namespace habeas
