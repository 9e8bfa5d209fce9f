// main() for GUI suites: one QApplication, run offscreen by ctest.

#include <QApplication>

#include "core/Translator.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HabeasTests"));
    QApplication::setApplicationName(QStringLiteral("habeas-gui-tests"));
    // Messages as an English-speaking user sees them (plural forms included).
    habeas::Translator::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
