#include "core/accounts/Permissions.h"

namespace habeas {

bool roleAllows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageAccounts:
    case Permission::ManageSettings:
    case Permission::MakeBackups:
        return role == Role::Administrator;
    case Permission::ViewAuditLog:
        return role == Role::Administrator || role == Role::Dpo;
    case Permission::ViewRequests:
    case Permission::HandleRequests:
    case Permission::ViewIdentityDocuments:
    case Permission::ViewRegister:
    case Permission::ViewDeliberations:
        // The administrator runs the tool, not the cases: no personal data.
        return role == Role::Clerk || role == Role::Dpo;
    case Permission::ManageRegister:
    case Permission::ManageDeliberations:
    case Permission::SetCaseRetention:
    case Permission::ManageLetterTemplates:
        return role == Role::Dpo;
    case Permission::AnonymiseCases:
        // Reference, rights and dates only: the administrator may run it too.
        return role == Role::Dpo || role == Role::Administrator;
    case Permission::ChangeOwnPassword:
        return true;
    }
    return false;
}

QString permissionKey(Permission permission)
{
    switch (permission) {
    case Permission::ManageAccounts: return QStringLiteral("manage-accounts");
    case Permission::ManageSettings: return QStringLiteral("manage-settings");
    case Permission::MakeBackups: return QStringLiteral("make-backups");
    case Permission::ViewAuditLog: return QStringLiteral("view-audit-log");
    case Permission::ViewRequests: return QStringLiteral("view-requests");
    case Permission::HandleRequests: return QStringLiteral("handle-requests");
    case Permission::ViewIdentityDocuments: return QStringLiteral("view-identity-documents");
    case Permission::ViewRegister: return QStringLiteral("view-register");
    case Permission::ManageRegister: return QStringLiteral("manage-register");
    case Permission::ViewDeliberations: return QStringLiteral("view-deliberations");
    case Permission::ManageDeliberations: return QStringLiteral("manage-deliberations");
    case Permission::SetCaseRetention: return QStringLiteral("set-case-retention");
    case Permission::AnonymiseCases: return QStringLiteral("anonymise-cases");
    case Permission::ManageLetterTemplates: return QStringLiteral("manage-letter-templates");
    case Permission::ChangeOwnPassword: return QStringLiteral("change-own-password");
    }
    return {};
}

} // namespace habeas
