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

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dump, not readable by ptrace.
    if (!habeas::platform::hardenProcess())
        qWarning("habeas: core dumps could not be disabled for this process");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Habeas"));
    QApplication::setApplicationName(QStringLiteral("Habeas"));
    QApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/habeas.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Case desk for a data-protection office."));
    parser.addHelpOption();
    // Habeas's version and the libraries it runs on, for the IT department.
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
    if (parser.isSet(version)) {
        std::printf("Habeas %s\n%s\n", qPrintable(habeas::habeasVersion()),
                    qPrintable(habeas::softwareComponentsLine()));
        return 0;
    }
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
