#pragma once

// An operation that takes seconds or minutes (changing the vault key copies
// the whole database) run with a modal progress dialog that cannot be
// cancelled. It runs on the GUI thread, as every use of the session does;
// the dialog repaints from the operation's progress reports. While it runs,
// isRunning() is true and the main window postpones locking, which would
// close the vault under the operation.

#include "core/Progress.h"
#include "core/Result.h"

#include <QString>

#include <functional>

class QWidget;

namespace habeas {

class LongOperation final {
public:
    using Work = std::function<Result<void>(const Progress &progress)>;
    static Result<void> run(QWidget *parent, const QString &label, const Work &work);
    static bool isRunning();
};

} // namespace habeas
