// main() for core suites that draw (the identity document's watermark needs
// a font, hence a QGuiApplication), offscreen.

#include "core/Translator.h"

#include <QGuiApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("HabeasTests"));
    QGuiApplication::setApplicationName(QStringLiteral("habeas-tests"));
    habeas::Translator::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
