#include "cli/CliCommands.h"
#include "core/Platform.h"
#include "core/administration/SoftwareVersions.h"
#include "core/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dump, not readable by ptrace.
    habeas::platform::hardenProcess();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // A letter or a notice is laid out with fonts, which only a QGuiApplication has;
    // offscreen, so that no display is needed. The other commands draw
    // nothing and stay a QCoreApplication.
    // Outside a desktop session (cron, ssh) there is no XDG_RUNTIME_DIR, and
    // a QGuiApplication would warn on stderr and leave a folder of its own
    // in the temporary folder: it gets an empty private one for the run,
    // removed after the application.
    std::unique_ptr<QTemporaryDir> runtime;
    std::unique_ptr<QCoreApplication> app;
    if (habeas::cli::CliCommands::draws(arguments)) {
        // Always: a platform inherited from a desktop (xcb, wayland) would
        // abort without its display, and nothing here is ever shown.
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            runtime = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/habeas-cli-XXXXXX"));
            if (runtime->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
        }
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Habeas"));
    QCoreApplication::setApplicationName(QStringLiteral("habeas-cli"));
    QCoreApplication::setApplicationVersion(habeas::habeasVersion());
    // Scripts get English unless the locale asks for French.
    habeas::Translator::install(QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"));
    return habeas::cli::CliCommands::run(QCoreApplication::arguments().mid(1));
}
