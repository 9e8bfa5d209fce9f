#pragma once

// Plain values that describe a vault: what the storage engine reports and
// the administration screens and the CLI show. They live beside Result.h
// so that both sides can use them without the front ends including the
// engine.

#include <QString>
#include <QStringList>

namespace habeas {

// What can be said about a vault without its password.
struct VaultInfo final {
    int keyFormat = 0;
    int cipherFormat = 0;
    int pageSize = 0;
    int recordedSchemaVersion = 0; // as recorded in the key file
    int slotCount = 0;
    qint64 databaseBytes = 0;
    bool databaseEncrypted = false; // the file does not start as plain SQLite
    QString lockedBy;               // empty when nobody has it open
};

struct TableSummary final {
    QString name;
    qint64 rows = 0;
};

struct CheckReport final {
    QString cipherVersion;
    int schemaVersion = 0;
    QStringList problems; // integrity_check findings; empty when sound
    qint64 pages = 0;
    bool ok() const { return problems.isEmpty() && !cipherVersion.isEmpty(); }
};

} // namespace habeas
