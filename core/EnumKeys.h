#pragma once

// Stable text keys for enums stored in the database, from one table per enum.

#include <QString>

#include <optional>
#include <utility>

namespace habeas {

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromKey(const QString &key, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString enumKey(Enum value, const std::pair<Enum, const char *> (&table)[N])
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

} // namespace habeas
