#pragma once

// The one place for operating-system specific calls in habeas_core.

#include <QString>

namespace habeas::platform {

// Called first in every main(): the process holds the vault key, so on Linux
// it writes no core dump (RLIMIT_CORE 0) and is marked non-dumpable, which
// also stops other processes of the same user from reading its memory
// through ptrace or /proc/PID/mem. On Windows it takes the current folder
// out of the DLL search path. A step that fails is said on stderr and the
// program goes on (it still works, only less protected); returns false then.
bool hardenProcess();

// The name of the operating-system account running Habeas ("mdupont").
QString osUserName();
// Reads one line from standard input without echoing it when standard input
// is a terminal. Returns false on end of input.
bool readHiddenLine(QString *line);
// A folder path as an administrator writes it in a machine policy, with what
// the system's own convention expands: %VARIABLE% references on Windows
// (ExpandEnvironmentStringsW, as for a REG_EXPAND_SZ value), a leading "~/"
// (or "~" alone) for the home folder elsewhere. Anything else is left as it
// is. Empty when Windows cannot expand it.
QString expandFolderVariables(const QString &path);

} // namespace habeas::platform
