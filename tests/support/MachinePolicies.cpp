#include "tests/support/MachinePolicies.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace habeas::test {

MachinePolicy policyFromIni(const QByteArray &ini)
{
    const QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.ini"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly) && file.write(ini) == ini.size()) << qPrintable(path);
    file.close();
    // As MachinePolicy::load() reads the system's file.
    return MachinePolicy::fromIniFile(path);
}

} // namespace habeas::test
