#pragma once

// The vault's schema, built by ordered steps. Each step runs in its own
// transaction together with the new schema_version, so a vault is always at
// exactly one version. A vault whose version is above latestVersion() was
// written by a newer Habeas and is refused, never modified.

#include "core/Result.h"

#include <QCoreApplication>

#include <span>
#include <vector>

class QSqlDatabase;

namespace habeas {

// One schema step: the statements that bring version - 1 to version.
struct MigrationStep {
    int version;
    std::span<const char *const> statements;
};

struct GuardTrigger final {
    QString name;
    QString sql;
    int sinceVersion = 0;
};

class Migrations final {
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Every step, in order (tests build a vault of an earlier version).
    static std::span<const MigrationStep> steps();
    // The triggers that refuse changes to past audit entries, exactly as a
    // migration created them, and the schema version that did; opening a
    // vault compares them with the file (AuditLog::verifyGuards).
    static std::vector<GuardTrigger> guardTriggers();
    // 0 for an empty database.
    static Result<int> currentVersion(const QSqlDatabase &db);
    // Brings the database from its current version to latestVersion().
    static Result<int> migrate(QSqlDatabase &db);
    // The same with a given list of steps (ordered by version); tests use it
    // to exercise upgrades and failing steps.
    static Result<int> migrate(QSqlDatabase &db, std::span<const MigrationStep> steps);
};

} // namespace habeas
