#pragma once

// The one place for operating-system specific calls in habeas_core.

#include <QString>

namespace habeas::platform {

// Called first in every main(): the process holds the vault key, so on Linux
// it writes no core dump (RLIMIT_CORE 0) and is marked non-dumpable, which
// also stops other processes of the same user from reading its memory
// through ptrace or /proc/PID/mem. On Windows it takes the current folder
// out of the DLL search path. Returns false when a step failed (the caller
// goes on: the program still works, it is only less protected).
bool hardenProcess();

// The name of the operating-system account running Habeas ("mdupont").
QString osUserName();
// Reads one line from standard input without echoing it when standard input
// is a terminal. Returns false on end of input.
bool readHiddenLine(QString *line);

} // namespace habeas::platform
