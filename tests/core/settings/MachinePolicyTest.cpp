// Machine policies: each key read as docs/DEPLOYMENT.md says (ranges,
// clamping, values not understood ignored), the delay and language that
// apply, and the recent vaults a policy forbids.

#include "core/settings/MachinePolicy.h"
#include "core/settings/Settings.h"
#include "tests/support/MachinePolicies.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>

using namespace habeas;
using namespace habeas::test;

namespace {

MachinePolicy policyWith(const char *line)
{
    return policyFromIni(QByteArrayLiteral("[Policies]\n") + line + '\n');
}

} // namespace

TEST(MachinePolicyTest, NoFileMeansNoPolicy)
{
    for (const MachinePolicy &policy : {MachinePolicy(), policyFromIni(QByteArray())}) {
        EXPECT_TRUE(policy.defaultVaultFolder().isEmpty());
        EXPECT_FALSE(policy.maximumIdleLockMinutes().has_value());
        EXPECT_TRUE(policy.language().isEmpty());
        EXPECT_FALSE(policy.disableRememberVault());
        EXPECT_EQ(policy.proposedVaultFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        EXPECT_EQ(policy.effectiveIdleLockMinutes(5), 5);
        EXPECT_EQ(policy.effectiveIdleLockMinutes(0), 0) << "the vault may turn idle locking off";
        EXPECT_EQ(policy.effectiveIdleLockMinutes(240), 240);
        EXPECT_EQ(policy.effectiveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        EXPECT_EQ(policy.effectiveLanguage(QString()), QString());
    }
    EXPECT_TRUE(MachinePolicy::current().language().isEmpty()) << "none is in force until one is set";
    EXPECT_FALSE(MachinePolicy::current().disableRememberVault());
}

TEST(MachinePolicyTest, TheDocumentedExampleIsReadAsDocumented)
{
    // The example of docs/DEPLOYMENT.md, "Linux: the policy file".
    const MachinePolicy policy = policyFromIni(QByteArrayLiteral("; Habeas machine policies\n"
                                                                 "[Policies]\n"
                                                                 "DefaultVaultFolder=/srv/habeas/vaults\n"
                                                                 "MaximumIdleLockMinutes=10\n"
                                                                 "Language=fr\n"
                                                                 "DisableRememberVault=true\n"));
#ifndef Q_OS_WIN // a Linux path
    EXPECT_EQ(policy.defaultVaultFolder(), QStringLiteral("/srv/habeas/vaults"));
    EXPECT_EQ(policy.proposedVaultFolder(), QStringLiteral("/srv/habeas/vaults"));
#endif
    EXPECT_EQ(policy.maximumIdleLockMinutes(), 10);
    EXPECT_EQ(policy.language(), QStringLiteral("fr"));
    EXPECT_TRUE(policy.disableRememberVault());
}

TEST(MachinePolicyTest, OnlyThePoliciesGroupCounts)
{
    const MachinePolicy policy = policyFromIni(QByteArrayLiteral("[General]\nLanguage=en\nDisableRememberVault=1\n"
                                                                 "[Other]\nMaximumIdleLockMinutes=3\n"));
    EXPECT_TRUE(policy.language().isEmpty());
    EXPECT_FALSE(policy.disableRememberVault());
    EXPECT_FALSE(policy.maximumIdleLockMinutes().has_value());
}

#ifndef Q_OS_WIN
TEST(MachinePolicyTest, FolderFromTheHomeFolderAndOnlyAbsolute)
{
    const QString home = QDir::homePath();
    EXPECT_EQ(policyWith("DefaultVaultFolder=~/Habeas/vaults").defaultVaultFolder(), home + u"/Habeas/vaults");
    EXPECT_EQ(policyWith("DefaultVaultFolder=~").defaultVaultFolder(), home);
    EXPECT_EQ(policyWith("DefaultVaultFolder=\"  /srv/habeas/../vaults/  \"").defaultVaultFolder(),
              QStringLiteral("/srv/vaults"))
        << "spaces around it dropped, the path made clean";
    EXPECT_EQ(policyWith("DefaultVaultFolder=\"/srv/a,b\"").defaultVaultFolder(), QStringLiteral("/srv/a,b"));
    // Not absolute once expanded, or a list (an unquoted comma): ignored, Documents proposed.
    for (const char *line : {"DefaultVaultFolder=vaults/here", "DefaultVaultFolder=./vaults",
                             "DefaultVaultFolder=~bob/vaults", "DefaultVaultFolder=%USERPROFILE%/Habeas",
                             "DefaultVaultFolder=", "DefaultVaultFolder=\"  \"", "DefaultVaultFolder=/srv/a,b"}) {
        const MachinePolicy policy = policyWith(line);
        EXPECT_TRUE(policy.defaultVaultFolder().isEmpty()) << line;
        EXPECT_EQ(policy.proposedVaultFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            << line;
    }
}
#else
TEST(MachinePolicyTest, FolderWithEnvironmentVariablesExpanded)
{
    qputenv("HABEAS_POLICY_TEST_ROOT", QByteArrayLiteral("C:\\Offices"));
    EXPECT_EQ(policyWith("DefaultVaultFolder=%HABEAS_POLICY_TEST_ROOT%/Habeas").defaultVaultFolder(),
              QStringLiteral("C:/Offices/Habeas"));
    EXPECT_EQ(policyWith("DefaultVaultFolder=%habeas_policy_test_root%/Habeas").defaultVaultFolder(),
              QStringLiteral("C:/Offices/Habeas"))
        << "Windows ignores the case of a variable's name";
    qunsetenv("HABEAS_POLICY_TEST_ROOT");
    for (const char *line : {"DefaultVaultFolder=%HABEAS_POLICY_TEST_ROOT%/Habeas", "DefaultVaultFolder=vaults/here",
                             "DefaultVaultFolder=~/Habeas", "DefaultVaultFolder="})
        EXPECT_TRUE(policyWith(line).defaultVaultFolder().isEmpty()) << line;
}
#endif

TEST(MachinePolicyTest, IdleLockMinutesAreClampedToOneToSixty)
{
    const std::pair<const char *, int> cases[] = {
        {"MaximumIdleLockMinutes=1", 1},   {"MaximumIdleLockMinutes=60", 60},
        {"MaximumIdleLockMinutes=15", 15}, {"MaximumIdleLockMinutes=\" 15 \"", 15},
        {"MaximumIdleLockMinutes=0", 1},   {"MaximumIdleLockMinutes=-5", 1},
        {"MaximumIdleLockMinutes=61", 60}, {"MaximumIdleLockMinutes=99999999999999", 60},
    };
    for (const auto &[line, minutes] : cases)
        EXPECT_EQ(policyWith(line).maximumIdleLockMinutes(), minutes) << line;
    for (const char *line : {"MaximumIdleLockMinutes=ten", "MaximumIdleLockMinutes=10.5",
                             "MaximumIdleLockMinutes=", "MaximumIdleLockMinutes=10 minutes"})
        EXPECT_FALSE(policyWith(line).maximumIdleLockMinutes().has_value()) << line;
}

TEST(MachinePolicyTest, LanguageIsFrenchOrEnglishOnly)
{
    for (const char *line : {"Language=fr", "Language=FR", "Language=\" fr \""})
        EXPECT_EQ(policyWith(line).language(), QStringLiteral("fr")) << line;
    EXPECT_EQ(policyWith("Language=en").language(), QStringLiteral("en"));
    for (const char *line : {"Language=de", "Language=french", "Language=fr_FR", "Language="})
        EXPECT_TRUE(policyWith(line).language().isEmpty()) << line;
}

TEST(MachinePolicyTest, ThePolicyLanguageWinsOverEveryChoice)
{
    const MachinePolicy english = policyWith("Language=en");
    EXPECT_EQ(english.effectiveLanguage(QStringLiteral("fr")), QStringLiteral("en")) << "over --lang fr";
    EXPECT_EQ(english.effectiveLanguage(QString()), QStringLiteral("en")) << "over the system's language";
    EXPECT_EQ(policyWith("Language=de").effectiveLanguage(QStringLiteral("fr")), QStringLiteral("fr"))
        << "an unknown value is ignored";
}

TEST(MachinePolicyTest, DisableRememberVaultTakesTrueFalseOrANumber)
{
    for (const char *line : {"DisableRememberVault=true", "DisableRememberVault=TRUE", "DisableRememberVault=1",
                             "DisableRememberVault=\" true \"", "DisableRememberVault=2"})
        EXPECT_TRUE(policyWith(line).disableRememberVault()) << line;
    for (const char *line : {"DisableRememberVault=false", "DisableRememberVault=False", "DisableRememberVault=0",
                             "DisableRememberVault=yes", "DisableRememberVault="})
        EXPECT_FALSE(policyWith(line).disableRememberVault()) << line;
}

TEST(MachinePolicyTest, NumbersAsTheRegistryGivesThem)
{
    // REG_DWORD values come as numbers, not text.
    const QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("registry.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("MaximumIdleLockMinutes"), 90);
    settings.setValue(QStringLiteral("DisableRememberVault"), 1);
    MachinePolicy policy = MachinePolicy::fromSettings(settings);
    EXPECT_EQ(policy.maximumIdleLockMinutes(), 60);
    EXPECT_TRUE(policy.disableRememberVault());
    settings.setValue(QStringLiteral("DisableRememberVault"), 0);
    settings.setValue(QStringLiteral("MaximumIdleLockMinutes"), 7u);
    policy = MachinePolicy::fromSettings(settings);
    EXPECT_FALSE(policy.disableRememberVault());
    EXPECT_EQ(policy.maximumIdleLockMinutes(), 7);
}

TEST(MachinePolicyTest, TheShorterIdleDelayApplies)
{
    const MachinePolicy ten = policyWith("MaximumIdleLockMinutes=10");
    EXPECT_EQ(ten.effectiveIdleLockMinutes(5), 5) << "the vault's shorter delay";
    EXPECT_EQ(ten.effectiveIdleLockMinutes(10), 10);
    EXPECT_EQ(ten.effectiveIdleLockMinutes(30), 10) << "the policy's shorter delay";
    EXPECT_EQ(ten.effectiveIdleLockMinutes(240), 10);
    EXPECT_EQ(ten.effectiveIdleLockMinutes(0), 10) << "idle locking cannot be turned off";
    EXPECT_EQ(policyWith("MaximumIdleLockMinutes=0").effectiveIdleLockMinutes(0), 1);
}

namespace {

class RecentVaultsUnderPolicyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        LocalSettings::setValue(LocalSetting::RememberRecentVaults, true);
        LocalSettings::setValue(LocalSetting::RecentVaults, QStringList{QStringLiteral("/srv/old.habeas")});
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(RecentVaultsUnderPolicyTest, RememberedWithoutThePolicy)
{
    LocalSettings::rememberVault(QStringLiteral("/srv/new.habeas"));
    const QStringList expected{QStringLiteral("/srv/new.habeas"), QStringLiteral("/srv/old.habeas")};
    EXPECT_EQ(LocalSettings::recentVaults(), expected);
    EXPECT_EQ(LocalSettings::value(LocalSetting::RecentVaults), expected);
}

TEST_F(RecentVaultsUnderPolicyTest, NeitherRememberedNorShownUnderThePolicy)
{
    {
        const PolicyInForce policy(policyWith("DisableRememberVault=true"));
        LocalSettings::rememberVault(QStringLiteral("/srv/new.habeas"));
        EXPECT_TRUE(LocalSettings::recentVaults().isEmpty()) << "a list kept from before is not shown";
        EXPECT_EQ(LocalSettings::value(LocalSetting::RecentVaults), QStringList{QStringLiteral("/srv/old.habeas")})
            << "nothing added to the person's settings";
    }
    EXPECT_EQ(LocalSettings::recentVaults(), QStringList{QStringLiteral("/srv/old.habeas")})
        << "ignored, not erased: the person's list is theirs once the policy is lifted";
}
