// main() for core suites: a QCoreApplication exists for the whole run.

#include <QCoreApplication>

#include "core/Translator.h"

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HabeasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("habeas-tests"));
    // Messages as an English-speaking user sees them (plural forms included).
    habeas::Translator::install(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
