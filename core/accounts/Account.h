#pragma once

// Accounts as the vault knows them: who may open it, with which role.

#include "core/vault/KeyFile.h" // normaliseLogin

#include <QDateTime>
#include <QString>

#include <optional>

namespace habeas {

enum class Role {
    Clerk,         // rights requests
    Dpo,           // register, deliberations and conditions, oversight
    Administrator, // accounts, settings, backups
};

// The stable key stored in the database ("clerk", "dpo", "admin").
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);

// An account as stored in the vault.
struct Account final {
    qint64 id = 0;
    QString login; // normalised
    QString fullName;
    Role role = Role::Clerk;
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime createdAt;
    QDateTime passwordChangedAt;
    QDateTime lastLoginAt; // invalid before the first login
    int keySerial = 1;     // the serial of the key slot's password this row knows
};

struct NewAccount final {
    QString login;
    QString fullName;
    Role role = Role::Clerk;
    // Set for passwords an administrator chose (new account, reset).
    bool mustChangePassword = false;
};

} // namespace habeas
