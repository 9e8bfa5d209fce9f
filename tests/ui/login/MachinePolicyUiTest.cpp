// Machine policies as a person sees them (offscreen): the sign-in window's
// greyed "Remember" box and no recent vaults, the organisation's folder in
// the open dialog and the vault wizard, the idle lock shortened and said on
// the settings page.

#include "core/Translator.h"
#include "core/accounts/Session.h"
#include "core/settings/Settings.h"
#include "tests/support/MachinePolicies.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/common/FileDialog.h"
#include "ui/common/PolicyNote.h"
#include "ui/login/CreateVaultWizard.h"
#include "ui/login/LoginWindow.h"
#include "ui/settings/SecuritySettingsPage.h"
#include "ui/shell/InactivityFilter.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QPointer>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString RememberBox = QStringLiteral("Remember this vault on this computer");

class MachinePolicyUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        FileDialog::clearNextAnswer();
        m_path = m_dir.filePath(QStringLiteral("office.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        // The person ticked the box earlier and kept one vault.
        LocalSettings::setValue(LocalSetting::RememberRecentVaults, true);
        LocalSettings::setValue(LocalSetting::RecentVaults, QStringList{m_earlier});
    }
    void TearDown() override
    {
        FileDialog::clearNextAnswer();
        LocalSettings::setValue(LocalSetting::RememberRecentVaults, false);
        LocalSettings::setValue(LocalSetting::RecentVaults, QStringList());
    }

    void signInAsAdmin(LoginWindow &window)
    {
        UiDriver::byName<QComboBox>(window, QStringLiteral("Vault file"))->setEditText(m_path);
        QTest::keyClicks(UiDriver::byName(window, QStringLiteral("Account")), QStringLiteral("admin"));
        QTest::keyClicks(UiDriver::byName(window, QStringLiteral("Password")), AdminPassword);
        ASSERT_TRUE(UiDriver::click(UiDriver::button(window, QStringLiteral("&Sign in"))));
        ASSERT_EQ(window.message(), QString());
    }

    static QList<PolicyNote *> visibleNotes(QWidget &root)
    {
        QList<PolicyNote *> shown;
        for (PolicyNote *note : root.findChildren<PolicyNote *>(QStringLiteral("policyNote"))) {
            if (note->isVisible())
                shown << note;
        }
        return shown;
    }

    QTemporaryDir m_dir;
    QString m_path;
    const QString m_earlier = QStringLiteral("/srv/earlier/earlier.habeas");
};

} // namespace

TEST_F(MachinePolicyUiTest, WithoutAPolicyThePersonChooses)
{
    LoginWindow window;
    window.show();
    auto *remember = UiDriver::labelled<QCheckBox>(window, RememberBox);
    ASSERT_NE(remember, nullptr);
    EXPECT_TRUE(remember->isEnabled());
    EXPECT_TRUE(remember->isChecked());
    auto *vault = UiDriver::byName<QComboBox>(window, QStringLiteral("Vault file"));
    ASSERT_EQ(vault->count(), 1);
    EXPECT_EQ(vault->itemText(0), QDir::toNativeSeparators(m_earlier));
    EXPECT_TRUE(visibleNotes(window).isEmpty());
    signInAsAdmin(window);
    EXPECT_EQ(LocalSettings::value(LocalSetting::RecentVaults), (QStringList{m_path, m_earlier}));
}

TEST_F(MachinePolicyUiTest, TheRememberBoxIsGreyedUnderThePolicy)
{
    const PolicyInForce policy(policyFromIni(QByteArrayLiteral("[Policies]\nDisableRememberVault=1\n")));
    LoginWindow window;
    window.show();
    auto *remember = UiDriver::labelled<QCheckBox>(window, RememberBox);
    ASSERT_NE(remember, nullptr);
    EXPECT_FALSE(remember->isEnabled()) << "greyed";
    EXPECT_FALSE(remember->isChecked()) << "unticked, though the person had ticked it";
    const QList<PolicyNote *> notes = visibleNotes(window);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes.front()->text(), QStringLiteral("Set by your organisation"));
    EXPECT_LT(remember->geometry().bottom(), notes.front()->geometry().top()) << "the note is under the box";
    EXPECT_EQ(UiDriver::byName<QComboBox>(window, QStringLiteral("Vault file"))->count(), 0)
        << "the list kept from before is not offered";
    // A click does nothing, and signing in remembers nothing.
    QTest::mouseClick(remember, Qt::LeftButton);
    EXPECT_FALSE(remember->isChecked());
    signInAsAdmin(window);
    EXPECT_EQ(LocalSettings::value(LocalSetting::RecentVaults), QStringList{m_earlier});
    EXPECT_TRUE(LocalSettings::value(LocalSetting::RememberRecentVaults)) << "the person's own choice left as it was";
}

TEST_F(MachinePolicyUiTest, TheOrganisationsFolderIsProposed)
{
    const QString folder = m_dir.filePath(QStringLiteral("vaults"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const PolicyInForce policy(policyFromIni("[Policies]\nDefaultVaultFolder=" + folder.toUtf8() + '\n'));

    LocalSettings::setValue(LocalSetting::RecentVaults, QStringList());
    LoginWindow login;
    login.show();
    EXPECT_TRUE(visibleNotes(login).isEmpty()) << "the remember box is not fixed by this policy";
    FileDialog::setNextAnswer(QString());
    ASSERT_TRUE(UiDriver::click(UiDriver::button(login, QStringLiteral("Browse…"))));
    EXPECT_EQ(FileDialog::lastCaption(), QStringLiteral("Open a vault"));
    EXPECT_EQ(FileDialog::lastStart(), folder) << "the open dialog starts in the organisation's folder";
    // A vault already typed in is where the dialog starts.
    UiDriver::byName<QComboBox>(login, QStringLiteral("Vault file"))->setEditText(m_path);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(login, QStringLiteral("Browse…"))));
    EXPECT_EQ(FileDialog::lastStart(), m_path);

    CreateVaultWizard wizard;
    wizard.show();
    auto *field = UiDriver::byName(wizard, QStringLiteral("Folder"));
    ASSERT_NE(field, nullptr);
    EXPECT_EQ(field->text(), QDir::toNativeSeparators(folder));
    ASSERT_EQ(visibleNotes(wizard).size(), 1);
    EXPECT_EQ(visibleNotes(wizard).front()->text(), QStringLiteral("Set by your organisation"));
    // A default, not a fence: another folder may be typed, and the note goes.
    UiDriver::type(field, m_dir.path());
    EXPECT_TRUE(visibleNotes(wizard).isEmpty());
    EXPECT_TRUE(wizard.currentPage()->isComplete());
}

TEST_F(MachinePolicyUiTest, TheOrganisationsFolderIsMadeWhenMissing)
{
    // "%USERPROFILE%\\Habeas" does not exist for a person who never used it.
    const QString folder = m_dir.filePath(QStringLiteral("not-yet/vaults"));
    const PolicyInForce policy(policyFromIni("[Policies]\nDefaultVaultFolder=" + folder.toUtf8() + '\n'));
    CreateVaultWizard wizard;
    wizard.show();
    UiDriver::type(UiDriver::byName(wizard, QStringLiteral("Vault name")), QStringLiteral("office"));
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    EXPECT_TRUE(wizard.currentPage()->validatePage());
    EXPECT_TRUE(QFileInfo(folder).isDir());
    // Another missing folder typed by the person is still refused.
    const QString other = m_dir.filePath(QStringLiteral("typo"));
    UiDriver::type(UiDriver::byName(wizard, QStringLiteral("Folder")), other);
    EXPECT_FALSE(wizard.currentPage()->validatePage());
    EXPECT_FALSE(QFileInfo::exists(other));
}

TEST_F(MachinePolicyUiTest, TheIdleLockIsShortenedAndSaidSo)
{
    const PolicyInForce policy(policyFromIni(QByteArrayLiteral("[Policies]\nMaximumIdleLockMinutes=3\n")));
    LoginWindow login;
    login.show();
    signInAsAdmin(login);
    MainWindow window(login.takeSession());
    window.show();
    EXPECT_EQ(window.inactivity()->delay(), 3 * 60 * 1000) << "the vault's 5 minutes shortened to the policy's 3";

    SecuritySettingsPage *settings = nullptr;
    for (std::size_t i = 0; i < window.pages().size() && !settings; ++i) {
        settings = qobject_cast<SecuritySettingsPage *>(window.pages()[i]);
        if (settings)
            window.showPage(int(i));
    }
    ASSERT_NE(settings, nullptr);
    const QList<PolicyNote *> notes = visibleNotes(*settings);
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes.front()->text().startsWith(QStringLiteral("Limited to 3 minute")))
        << qPrintable(notes.front()->text());
    EXPECT_TRUE(notes.front()->text().contains(QStringLiteral("set by your organisation")));

    // The vault's delay stays the administrator's to save; "never" is not
    // never on this computer.
    auto *idle = UiDriver::byName<QSpinBox>(*settings, QStringLiteral("Lock after idle time"));
    ASSERT_NE(idle, nullptr);
    EXPECT_TRUE(idle->isEnabled());
    idle->setValue(0);
    settings->save();
    EXPECT_EQ(window.session().settings().value(VaultSetting::IdleLockMinutes), 0);
    EXPECT_EQ(window.inactivity()->delay(), 3 * 60 * 1000);
    idle->setValue(2);
    settings->save();
    EXPECT_EQ(window.inactivity()->delay(), 2 * 60 * 1000) << "the vault's shorter delay";
}

TEST_F(MachinePolicyUiTest, TheLanguageIsChosenInTheSignInWindowAndKept)
{
    ASSERT_EQ(Translator::current(), QStringLiteral("en"));
    LoginWindow window;
    window.show();
    auto *language = UiDriver::byName<QComboBox>(window, QStringLiteral("Language"));
    ASSERT_NE(language, nullptr);
    EXPECT_TRUE(language->isEnabled());
    EXPECT_EQ(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    // The window closes to be shown again in French (LoginWindow::run).
    EXPECT_EQ(window.result(), LoginWindow::LanguageChanged);
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(LocalSettings::value(LocalSetting::Language), QStringLiteral("fr"));
    EXPECT_EQ(Translator::current(), QStringLiteral("fr"));
    LoginWindow again;
    again.show();
    EXPECT_EQ(again.windowTitle(), QStringLiteral("Connexion — Habeas"));
    auto *langue = UiDriver::byName<QComboBox>(again, QStringLiteral("Langue"));
    ASSERT_NE(langue, nullptr);
    EXPECT_EQ(langue->currentData().toString(), QStringLiteral("fr"));
    // Back to English, only one catalogue of each kind in use.
    Translator::install(QStringLiteral("en"));
    LocalSettings::setValue(LocalSetting::Language, QString());
    LoginWindow english;
    EXPECT_EQ(english.windowTitle(), QStringLiteral("Sign in — Habeas"));
}

TEST_F(MachinePolicyUiTest, TheLanguageIsGreyedUnderThePolicy)
{
    const PolicyInForce policy(policyFromIni(QByteArrayLiteral("[Policies]\nLanguage=en\n")));
    LoginWindow window;
    window.show();
    auto *language = UiDriver::byName<QComboBox>(window, QStringLiteral("Language"));
    ASSERT_NE(language, nullptr);
    EXPECT_FALSE(language->isEnabled());
    ASSERT_EQ(visibleNotes(window).size(), 1);
    EXPECT_EQ(visibleNotes(window).front()->text(), QStringLiteral("Set by your organisation"));
}

TEST_F(MachinePolicyUiTest, RunShowsTheWindowAgainInTheNewLanguageWithTheAccountKept)
{
    // The first window, null once it is gone (a new one may take its address).
    QPointer<LoginWindow> first;
    bool changed = false;
    QString secondTitle;
    QString secondAccount;
    std::function<void()> step = [&] {
        auto *window = qobject_cast<LoginWindow *>(QApplication::activeModalWidget());
        if (!window || (changed && window == first)) {
            QTimer::singleShot(10, step);
            return;
        }
        if (!changed) {
            changed = true;
            first = window;
            UiDriver::byName<QComboBox>(*window, QStringLiteral("Vault file"))->setEditText(m_path);
            QTest::keyClicks(UiDriver::byName(*window, QStringLiteral("Account")), QStringLiteral("admin"));
            auto *language = UiDriver::byName<QComboBox>(*window, QStringLiteral("Language"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            QTimer::singleShot(10, step);
            return;
        }
        secondTitle = window->windowTitle();
        if (auto *account = UiDriver::byName(*window, QStringLiteral("Compte")))
            secondAccount = account->text();
        window->reject();
    };
    QTimer::singleShot(0, step);
    EXPECT_EQ(LoginWindow::run(), nullptr);
    Translator::install(QStringLiteral("en"));
    LocalSettings::setValue(LocalSetting::Language, QString());
    EXPECT_EQ(secondTitle, QStringLiteral("Connexion — Habeas"));
    EXPECT_EQ(secondAccount, QStringLiteral("admin"));
}
