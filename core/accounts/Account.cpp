#include "core/accounts/Account.h"

namespace habeas {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Dpo: return QStringLiteral("dpo");
    case Role::Administrator: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (Role role : {Role::Clerk, Role::Dpo, Role::Administrator}) {
        if (roleKey(role) == key)
            return role;
    }
    return std::nullopt;
}

} // namespace habeas
