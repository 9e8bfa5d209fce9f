// One account's settings on this machine: a group per vault and folded
// login, named without either, and values that stay in their group.

#include "core/settings/Settings.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;

namespace {

class AccountLocalSettingsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    QTemporaryDir m_dir;
    const QByteArray m_vault = QByteArray::fromHex("00112233445566778899aabbccddeeff");
    const QByteArray m_otherVault = QByteArray::fromHex("ffeeddccbbaa99887766554433221100");
};

} // namespace

TEST_F(AccountLocalSettingsTest, TheGroupIsAHashOfVaultAndFoldedLogin)
{
    const AccountLocalSettings clerk(m_vault, QStringLiteral("j.dupont"));
    static const QRegularExpression shape(QStringLiteral("^accounts/[0-9a-f]{64}$"));
    EXPECT_TRUE(shape.match(clerk.group()).hasMatch()) << qPrintable(clerk.group());
    EXPECT_EQ(AccountLocalSettings(m_vault, QStringLiteral(" J.Dupont ")).group(), clerk.group())
        << "logins are folded as at sign-in";
    EXPECT_NE(AccountLocalSettings(m_vault, QStringLiteral("j.durand")).group(), clerk.group());
    EXPECT_NE(AccountLocalSettings(m_otherVault, QStringLiteral("j.dupont")).group(), clerk.group())
        << "one login in two vaults shares a layout";
}

TEST_F(AccountLocalSettingsTest, ValuesStayWithTheirAccount)
{
    AccountLocalSettings clerk(m_vault, QStringLiteral("j.dupont"));
    AccountLocalSettings other(m_vault, QStringLiteral("j.durand"));
    EXPECT_EQ(clerk.value(AccountSetting::RequestsYear), 0) << "the default when nothing was saved";
    clerk.setValue(AccountSetting::RequestsYear, 2025);
    clerk.setValue(AccountSetting::RequestsHeader, QByteArray("\x00\x01\xfe", 3));
    EXPECT_EQ(clerk.value(AccountSetting::RequestsYear), 2025);
    EXPECT_EQ(clerk.value(AccountSetting::RequestsHeader), QByteArray("\x00\x01\xfe", 3));
    EXPECT_EQ(other.value(AccountSetting::RequestsYear), 0);
    EXPECT_TRUE(other.value(AccountSetting::RequestsHeader).isEmpty());
    EXPECT_TRUE(LocalSettings::value(LocalSetting::MainWindowGeometry).isEmpty());

    QSettings().sync();
    QFile file(QSettings().fileName());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains(clerk.group().section(u'/', 1).toLatin1())) << written.constData();
    EXPECT_FALSE(written.contains("dupont")) << written.constData();
}
