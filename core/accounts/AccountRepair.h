#pragma once

// Account rows and key slots are changed together: the key file is written
// inside the database transaction, which commits once the file is on disk.
// A process stopped between the two leaves them apart: a slot with no row
// (an interrupted add), a row whose slot is gone (an interrupted disable), a
// disabled row that kept its slot, or a slot whose password is newer than
// the row knows (an interrupted reset or change). At every writable sign-in
// they are compared and put back together, each repair audited:
// - a slot no enabled row names is removed, and the vault key changed (the
//   slot may have belonged to someone being disabled);
// - an enabled row without a slot is disabled (its slot was being removed);
// - a row behind its slot's password is told the password must be changed
//   (an administrator had set a temporary one).
// When unsure, the repair takes access away rather than grant it.

#include "core/Result.h"

#include <QCoreApplication>

namespace habeas {

class Session;

class AccountRepair final {
    Q_DECLARE_TR_FUNCTIONS(AccountRepair)

public:
    // The number of repairs made. Errors: DiskFull, ReadOnlyLocation, Io, Sql.
    static Result<int> run(Session &session);
};

} // namespace habeas
