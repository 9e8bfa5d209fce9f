// main() for GUI suites: one QApplication, run offscreen by ctest.

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

#include "core/Translator.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HabeasTests"));
    QApplication::setApplicationName(QStringLiteral("habeas-gui-tests"));
    // Windows remember their layout: in a folder of this run, never the
    // settings of whoever runs the tests.
    const QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    // Messages as an English-speaking user sees them (plural forms included).
    habeas::Translator::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
