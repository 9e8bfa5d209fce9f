// Habeas desktop application: parse the command line, open a vault, show it.

#include "Translator.h"
#include "demo/DemoVault.h"
#include "login/VaultLoginDialog.h"
#include "main/VaultOverviewWindow.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Habeas"));
    QApplication::setApplicationName(QStringLiteral("Habeas"));
    QApplication::setApplicationVersion(QStringLiteral(HABEAS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/habeas.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Case desk for a data-protection office."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open the demo vault (created if missing)."));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("main", "Language of the interface (fr or en)."),
                                      QStringLiteral("CODE"));
    parser.addOption(demo);
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("vault"), QCoreApplication::translate("main", "The vault to open."));
    parser.process(app);
    habeas::Translator::install(parser.value(language));

    QString path = parser.positionalArguments().value(0);
    const bool useDemo = parser.isSet(demo) || path.isEmpty();
    if (useDemo && path.isEmpty()) {
        path = habeas::DemoVault::defaultPath();
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto created = habeas::DemoVault::create(path);
            QApplication::restoreOverrideCursor();
            if (!created) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Habeas"), created.error().message);
                return 1;
            }
        }
    }

    auto vault = habeas::VaultLoginDialog::open(path, useDemo);
    if (!vault)
        return 0;
    habeas::VaultOverviewWindow window(std::move(vault));
    window.show();
    return QApplication::exec();
}
