// main() for core suites: a QCoreApplication exists for the whole run.

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HabeasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("habeas-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
