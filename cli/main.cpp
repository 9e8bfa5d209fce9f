#include "cli/CliCommands.h"
#include "core/Translator.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Habeas"));
    QCoreApplication::setApplicationName(QStringLiteral("habeas-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    // Scripts get English unless the locale asks for French.
    habeas::Translator::install(QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en"));
    return habeas::cli::CliCommands::run(QCoreApplication::arguments().mid(1));
}
