#include "core/Platform.h"

#include <QDir>
#include <QtGlobal>

#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <sys/resource.h>
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace habeas::platform {

bool hardenProcess()
{
#ifdef Q_OS_WIN
    if (SetDllDirectoryW(L"") != 0)
        return true;
    std::fputs("habeas: the current folder could not be taken out of the DLL search path\n", stderr);
    return false;
#else
    bool ok = true;
    const rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0) {
        std::fputs("habeas: core dumps could not be disabled\n", stderr);
        ok = false;
    }
#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        std::fputs("habeas: the process could not be made non-dumpable\n", stderr);
        ok = false;
    }
#endif
    return ok;
#endif
}

QString osUserName()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("USERNAME");
#else
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    return name;
#endif
}

bool readHiddenLine(QString *line)
{
    std::string text;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(input, &mode);
    if (console)
        SetConsoleMode(input, mode & ~DWORD(ENABLE_ECHO_INPUT));
    const bool ok = static_cast<bool>(std::getline(std::cin, text));
    if (console) {
        SetConsoleMode(input, mode);
        std::fputs("\n", stderr);
    }
#else
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const bool ok = static_cast<bool>(std::getline(std::cin, text));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputs("\n", stderr);
    }
#endif
    if (!text.empty() && text.back() == '\r')
        text.pop_back();
    *line = QString::fromStdString(text);
    // Overwrite the std::string's buffer before it is released.
    std::fill(text.begin(), text.end(), '\0');
    return ok;
}

QString expandFolderVariables(const QString &path)
{
#ifdef Q_OS_WIN
    const std::wstring source = path.toStdWString();
    // The first call says the size needed, terminating null included; a
    // variable changed in between makes the second ask for more, so a few
    // tries are allowed.
    DWORD needed = ExpandEnvironmentStringsW(source.c_str(), nullptr, 0);
    for (int attempt = 0; attempt < 3 && needed > 0; ++attempt) {
        std::vector<wchar_t> expanded(needed, L'\0');
        const DWORD written = ExpandEnvironmentStringsW(source.c_str(), expanded.data(), needed);
        if (written == 0)
            return {};
        if (written <= needed)
            return QString::fromWCharArray(expanded.data());
        needed = written;
    }
    return {};
#else
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
#endif
}

} // namespace habeas::platform
