// Habeas desktop application: parse the command line, sign in, show the main
// window.

#include "core/Platform.h"
#include "core/administration/SoftwareVersions.h"
#include "core/Translator.h"
#include "ui/login/LoginWindow.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/ScreenshotTour.h"
#include "core/accounts/Session.h"
#include "core/settings/MachinePolicy.h"
#include "core/settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dump, not readable by ptrace.
    habeas::platform::hardenProcess();
    // --version before the QApplication, which would need a display: an IT
    // department asks it over ssh or from a deployment script.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("%s\n", qPrintable(habeas::versionReport(QStringLiteral("Habeas"))));
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Habeas"));
    QApplication::setApplicationName(QStringLiteral("Habeas"));
    QApplication::setApplicationVersion(habeas::habeasVersion());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/habeas.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Case desk for a data-protection office."));
    parser.addHelpOption();
    // Answered above, before the QApplication; listed here for --help.
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("main", "Show the version and the libraries in use."));
    parser.addOption(version);
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo vault (created if missing)."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language of the interface (fr or en)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Save every screen of a fresh demo vault as PNG files in FOLDER, then quit."),
        QStringLiteral("FOLDER"));
    parser.addOption(demo);
    parser.addOption(language);
    parser.addOption(screenshots);
    parser.addPositionalArgument(QStringLiteral("vault"), QCoreApplication::translate("main", "The vault to open."));
    parser.process(app);
    // The machine's policies, read once, before any window: they win over the
    // person's settings and over --lang (docs/DEPLOYMENT.md).
    habeas::MachinePolicy::setCurrent(habeas::MachinePolicy::load());
    const QString chosen =
        parser.isSet(language) ? parser.value(language) : habeas::LocalSettings::value(habeas::LocalSetting::Language);
    habeas::Translator::install(habeas::MachinePolicy::current().effectiveLanguage(chosen));

    if (parser.isSet(screenshots))
        return habeas::ScreenshotTour::run(parser.value(screenshots));

    const QString path = parser.positionalArguments().value(0);
    auto session = habeas::LoginWindow::run(path, parser.isSet(demo));
    if (!session)
        return 0;
    habeas::MainWindow window(std::move(session));
    window.show();
    return QApplication::exec();
}
