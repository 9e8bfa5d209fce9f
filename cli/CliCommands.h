#pragma once

// habeas-cli: vault administration for administrators and scripts. Each
// command returns the process exit status (see docs/ARCHITECTURE.md and
// `habeas-cli --help`); messages go to stderr, results to stdout.

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace habeas::cli {

enum ExitCode : int {
    Success = 0,
    Usage = 1,
    Authentication = 2, // wrong password, unknown or disabled account
    Missing = 3,        // vault or key file missing
    Damaged = 4,        // corrupt or tampered files, encryption not active
    TooNew = 5,         // written by a newer Habeas
    Busy = 6,           // open in another process
    Storage = 7,        // read-only location, disk full, file exists, I/O
    CheckFailed = 8,    // check found problems
    Internal = 9,
    Forbidden = 10,     // the account's role does not allow the command
    NotApplicable = 11, // the request does not allow it now: a letter that does
                        // not apply in its state, or a fact it needs missing
    NotImported = 12,   // import-deliberations: some files could not be imported
};

class CliCommands final {
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    // `arguments` excludes the program name.
    static int run(const QStringList &arguments, std::FILE *out = stdout, std::FILE *err = stderr);
    // Whether the command draws (a letter or a privacy notice is laid out
    // with fonts): the program then needs a QGuiApplication. `arguments` as
    // for run().
    static bool draws(const QStringList &arguments);
};

} // namespace habeas::cli
