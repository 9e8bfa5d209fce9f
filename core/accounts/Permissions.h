#pragma once

// The permission matrix: what each role may do. Services check it before
// acting and audit every refusal; the UI only hides what this already
// forbids. The matrix is written out in docs/SECURITY.md.

#include "core/accounts/Account.h"

#include <QString>

#include <array>

namespace habeas {

enum class Permission {
    // Administration
    ManageAccounts,   // add, disable, enable accounts; reset passwords
    ManageSettings,   // organisation, letterhead, deadlines, lock delay
    MakeBackups,      // backup and restore
    // Oversight
    ViewAuditLog,     // read the audit log, verify and export its head
    // Rights requests
    ViewRequests,
    HandleRequests,   // intake, transitions, letters
    ViewIdentityDocuments,
    // Register and authority opinions
    ViewRegister,
    ManageRegister,
    ViewDeliberations,
    ManageDeliberations, // deliberations and their conditions
    // Habeas's own case files
    SetCaseRetention,  // how long ended requests are kept (the DPO's call)
    AnonymiseCases,    // list ended requests past it and anonymise them
    // Letters
    ManageLetterTemplates, // adapt the texts letters are made from
    // Everyone
    ChangeOwnPassword,
};

inline constexpr std::array AllPermissions = {
    Permission::ManageAccounts, Permission::ManageSettings,   Permission::MakeBackups,
    Permission::ViewAuditLog,   Permission::ViewRequests,     Permission::HandleRequests,
    Permission::ViewIdentityDocuments, Permission::ViewRegister, Permission::ManageRegister,
    Permission::ViewDeliberations, Permission::ManageDeliberations, Permission::SetCaseRetention,
    Permission::AnonymiseCases, Permission::ManageLetterTemplates, Permission::ChangeOwnPassword,
};

inline constexpr std::array AllRoles = {Role::Clerk, Role::Dpo, Role::Administrator};

bool roleAllows(Role role, Permission permission);
// Stable name for audit entries ("manage-accounts").
QString permissionKey(Permission permission);

} // namespace habeas
