#pragma once

// The few pieces of SQL that differ from one engine to another, written for
// SQLite here so that repositories stay in portable SQL: a port to another
// engine (the shared server) changes this file, not the features.

#include <QString>

namespace habeas::sqlDialect {

// `column` in a comparison that must not pick the column's own index (the
// query's plan reads it from another index already in use). SQLite: a
// unary plus.
inline QString withoutIndex(const QString &column)
{
    return u'+' + column;
}

// The 1-based position of the bound text in `column`, 0 when absent.
inline QString positionOfBound(const QString &column)
{
    return QStringLiteral("instr(%1, ?)").arg(column);
}

// What to put before a query to read the engine's plan for it (tests check
// that each order of a list is served by an index).
inline QString explainPlan()
{
    return QStringLiteral("EXPLAIN QUERY PLAN ");
}

} // namespace habeas::sqlDialect
