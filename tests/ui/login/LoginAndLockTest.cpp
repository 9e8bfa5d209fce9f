// The sign-in window, the required password change, the main window's
// pages, and the lock pipeline, driven as a person would (offscreen).

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/accounts/AccountsModel.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/accounts/ChangePasswordDialog.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/shell/InactivityFilter.h"
#include "ui/common/LongOperation.h"
#include "ui/common/MessageBox.h"
#include "ui/common/SecureClipboard.h"
#include "ui/login/CreateVaultWizard.h"
#include "ui/login/LoginWindow.h"
#include "ui/shell/LockOverlay.h"
#include "ui/shell/MainWindow.h"
#include "ui/administration/VaultOverviewPage.h"
#include "core/accounts/SessionStorage.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"
#include "ui/settings/SecuritySettingsPage.h"
#include "core/vault/Migrations.h"
#include "core/vault/Vault.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {


template <typename T = QLineEdit>
T *byName(QWidget &root, const QString &accessibleName)
{
    return UiDriver::byName<T>(root, accessibleName);
}

QPushButton *button(QWidget &root, const QString &text)
{
    return UiDriver::button(root, text);
}

class LoginAndLockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        MessageBox::clearNextAnswer();
        m_path = m_dir.filePath(QStringLiteral("ui.habeas"));
        const auto created = createOfficeVault(m_path, QStringLiteral("Test"));
        ASSERT_OK(created);
    }

    void fill(LoginWindow &window, const QString &login, const QString &password)
    {
        byName<QComboBox>(window, QStringLiteral("Vault file"))->setEditText(m_path);
        QLineEdit *account = byName(window, QStringLiteral("Account"));
        account->clear();
        QTest::keyClicks(account, login);
        QTest::keyClicks(byName(window, QStringLiteral("Password")), password);
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_TRUE(session.ok());
        return session.ok() ? std::move(session).value() : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(LoginAndLockTest, WrongPasswordIsExplainedAndNothingOpens)
{
    LoginWindow window;
    window.show();
    fill(window, QStringLiteral("admin"), QStringLiteral("not it"));
    QTest::mouseClick(button(window, QStringLiteral("&Sign in")), Qt::LeftButton);
    EXPECT_EQ(window.message(), QStringLiteral("The password is wrong."));
    EXPECT_TRUE(byName(window, QStringLiteral("Password"))->text().isEmpty());
    EXPECT_EQ(window.takeSession(), nullptr);
    EXPECT_TRUE(window.isVisible());
}

TEST_F(LoginAndLockTest, UnknownAccountAndMissingVaultAreExplained)
{
    LoginWindow window;
    window.show();
    fill(window, QStringLiteral("ghost"), QStringLiteral("whatever"));
    QTest::mouseClick(button(window, QStringLiteral("&Sign in")), Qt::LeftButton);
    EXPECT_TRUE(window.message().contains(QStringLiteral("no account"))) << qPrintable(window.message());
    byName<QComboBox>(window, QStringLiteral("Vault file"))->setEditText(m_dir.filePath(QStringLiteral("none.habeas")));
    QTest::keyClicks(byName(window, QStringLiteral("Password")), QStringLiteral("x"));
    QTest::mouseClick(button(window, QStringLiteral("&Sign in")), Qt::LeftButton);
    EXPECT_TRUE(window.message().contains(QStringLiteral("no vault"))) << qPrintable(window.message());
}

TEST_F(LoginAndLockTest, RightPasswordSignsIn)
{
    LoginWindow window;
    window.show();
    fill(window, QStringLiteral("admin"), AdminPassword);
    QTest::keyClick(byName(window, QStringLiteral("Password")), Qt::Key_Return);
    EXPECT_EQ(window.result(), QDialog::Accepted);
    auto session = window.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->account().login, QStringLiteral("admin"));
}

TEST_F(LoginAndLockTest, ExpiredPasswordLeadsIntoTheChangeDialog)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        QSqlQuery query(SessionStorage::vault(*admin).database());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "UPDATE accounts SET password_changed_at = '2020-01-01T00:00:00Z' WHERE login = 'clerk'")));
    }
    LoginWindow window;
    window.show();
    fill(window, QStringLiteral("clerk"), ClerkPassword);
    bool dialogSeen = false;
    QString reason;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialogSeen = true;
        reason = dialog->findChild<QLabel *>(QStringLiteral("changeReason"))->text();
        QTest::keyClicks(byName(*dialog, QStringLiteral("Current password")), ClerkPassword);
        QTest::keyClicks(byName(*dialog, QStringLiteral("New password")), QStringLiteral("Phare-Du-Port-Hercule-64"));
        QTest::keyClicks(byName(*dialog, QStringLiteral("Repeat the new password")), QStringLiteral("Phare-Du-Port-Hercule-64"));
        QTest::mouseClick(button(*dialog, QStringLiteral("&Change password")), Qt::LeftButton);
    });
    QTest::mouseClick(button(window, QStringLiteral("&Sign in")), Qt::LeftButton);
    EXPECT_TRUE(dialogSeen);
    EXPECT_TRUE(reason.contains(QStringLiteral("renewal period"))) << qPrintable(reason);
    auto session = window.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_FALSE(session->passwordChangeRequired());
    session.reset();
    EXPECT_TRUE(signIn(QStringLiteral("clerk"), QStringLiteral("Phare-Du-Port-Hercule-64")));
}

TEST_F(LoginAndLockTest, CancelledPasswordChangeSignsNobodyIn)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        QSqlQuery query(SessionStorage::vault(*admin).database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET must_change_password = 1 WHERE login = 'clerk'")));
    }
    LoginWindow window;
    window.show();
    fill(window, QStringLiteral("clerk"), ClerkPassword);
    QTimer::singleShot(0, [] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    QTest::mouseClick(button(window, QStringLiteral("&Sign in")), Qt::LeftButton);
    EXPECT_EQ(window.takeSession(), nullptr);
    EXPECT_TRUE(window.message().contains(QStringLiteral("must be changed")));
    // The vault is free again.
    EXPECT_TRUE(signIn(QStringLiteral("admin"), AdminPassword));
}

namespace {

// Shows the window's page of type T and returns it (null when the role has
// none).
template <typename T>
T *openPage(MainWindow &window)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i) {
        if (auto *page = qobject_cast<T *>(window.pages()[i])) {
            window.showPage(int(i));
            return page;
        }
    }
    return nullptr;
}

} // namespace

TEST_F(LoginAndLockTest, AdministratorSeesAccountsAndAuditPages)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    QStringList titles;
    for (Page *page : window.pages())
        titles << page->title();
    EXPECT_EQ(titles, (QStringList{QStringLiteral("Accounts"), QStringLiteral("Settings"), QStringLiteral("Letterhead"),
                                   QStringLiteral("Vault"), QStringLiteral("Case files"), QStringLiteral("Audit log")}))
        << "an administrator lands on Accounts; the letterhead and the vault overview are under administration";
    // The status bar says who is signed in, as what, and in which vault.
    auto *who = window.findChild<QLabel *>(QStringLiteral("signedInAs"));
    auto *vault = window.findChild<QLabel *>(QStringLiteral("vaultName"));
    ASSERT_NE(who, nullptr);
    ASSERT_NE(vault, nullptr);
    EXPECT_EQ(who->text(), QStringLiteral("Signed in as Alice Admin (admin, Administrator)"));
    EXPECT_EQ(vault->text(), QStringLiteral("Vault: ui.habeas"));
    auto *accounts = openPage<AccountsPage>(window);
    ASSERT_NE(accounts, nullptr);
    QAbstractItemModelTester tester(accounts->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(accounts->model()->rowCount(), 3);
}

TEST_F(LoginAndLockTest, SettingsPageChangesTheIdleDelay)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    EXPECT_EQ(window.inactivity()->delay(), 5 * 60 * 1000);
    auto *settings = openPage<SecuritySettingsPage>(window);
    ASSERT_NE(settings, nullptr);
    auto *idle = byName<QSpinBox>(*settings, QStringLiteral("Lock after idle time"));
    ASSERT_NE(idle, nullptr);
    EXPECT_EQ(idle->value(), 5);
    idle->setValue(2);
    settings->save();
    EXPECT_EQ(settings->findChild<QLabel *>(QStringLiteral("settingsStatus"))->text(), QStringLiteral("Settings saved."));
    EXPECT_EQ(window.inactivity()->delay(), 2 * 60 * 1000);
    EXPECT_EQ(window.session().settings().value(VaultSetting::IdleLockMinutes), 2);
    QSqlQuery query(SessionStorage::vault(window.session()).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'settings.change'")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("security/idle_lock_minutes"));
}

TEST_F(LoginAndLockTest, ClerkSeesNeitherAccountsNorAuditLog)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    ASSERT_EQ(window.pages().size(), 4u);
    EXPECT_EQ(window.pages()[0]->title(), QStringLiteral("Dashboard")) << "a clerk lands on the dashboard";
    EXPECT_EQ(window.pages()[1]->title(), QStringLiteral("Requests"));
    EXPECT_EQ(window.pages()[2]->title(), QStringLiteral("Register")) << "read only for a clerk";
    EXPECT_EQ(window.pages()[3]->title(), QStringLiteral("Deliberations")) << "read only; the board is the DPO's";
    EXPECT_EQ(openPage<VaultOverviewPage>(window), nullptr);
}

// The status bar counts the overdue requests; a lock empties it.
TEST_F(LoginAndLockTest, TheStatusBarCountsOverdueRequests)
{
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(session);
    for (int daysAgo : {60, 45, 3}) {
        NewRequest late;
        late.received = QDate::currentDate().addDays(-daysAgo);
        late.rights = {QStringLiteral("access")};
        late.requester.surname = QStringLiteral("Pastorelli");
        ASSERT_OK(RequestService(*session).create(late));
    }
    MainWindow window(std::move(session));
    window.show();
    auto *overdue = window.findChild<QLabel *>(QStringLiteral("overdueCount"));
    ASSERT_NE(overdue, nullptr);
    EXPECT_EQ(overdue->text(), QStringLiteral("2 overdue requests"));
    window.lock();
    EXPECT_TRUE(overdue->text().isEmpty());
}

TEST_F(LoginAndLockTest, CtrlLLocksAndUnlockNeedsThePassword)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    auto *accounts = openPage<AccountsPage>(window);
    ASSERT_NE(accounts, nullptr);
    ASSERT_GT(accounts->model()->rowCount(), 0);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(window.isLocked());
    EXPECT_TRUE(SessionStorage::vault(window.session()).keyWiped());
    EXPECT_EQ(accounts->model()->rowCount(), 0) << "pages hold nothing while locked";
    auto *overlay = window.findChild<LockOverlay *>();
    ASSERT_NE(overlay, nullptr);
    EXPECT_TRUE(overlay->isVisible());
    EXPECT_EQ(overlay->geometry(), window.centralWidget()->rect());

    QLineEdit *password = byName(*overlay, QStringLiteral("Password"));
    ASSERT_NE(password, nullptr);
    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_TRUE(window.isLocked());
    EXPECT_EQ(overlay->findChild<QLabel *>(QStringLiteral("lockMessage"))->text(), QStringLiteral("The password is wrong."));

    QTest::keyClicks(password, AdminPassword);
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_FALSE(window.isLocked());
    EXPECT_FALSE(overlay->isVisible());
    EXPECT_GT(accounts->model()->rowCount(), 0) << "the current page is read again";
}

TEST_F(LoginAndLockTest, IdleTimeLocks)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    window.inactivity()->setDelay(150);
    window.inactivity()->start();
    QTest::qWait(50);
    EXPECT_FALSE(window.isLocked());
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
    EXPECT_TRUE(SessionStorage::vault(window.session()).keyWiped());
}

TEST_F(LoginAndLockTest, ActivityPostponesTheIdleLock)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    window.inactivity()->setDelay(300);
    window.inactivity()->start();
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(100);
        QTest::keyClick(&window, Qt::Key_Shift);
    }
    EXPECT_FALSE(window.isLocked());
}

TEST_F(LoginAndLockTest, LockClosesOpenDialogs)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    bool dialogWasOpen = false;
    QTimer::singleShot(0, [&] {
        dialogWasOpen = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget()) != nullptr;
        window.lock();
    });
    ChangePasswordDialog::run(window.session(), QString(), &window);
    EXPECT_TRUE(dialogWasOpen);
    EXPECT_TRUE(window.isLocked());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
}

TEST_F(LoginAndLockTest, AuditPageVerifiesTheChain)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    auto *audit = openPage<AuditLogPage>(window);
    ASSERT_NE(audit, nullptr);
    audit->verifyChain();
    const QString result = audit->findChild<QLabel *>(QStringLiteral("auditResult"))->text();
    EXPECT_TRUE(result.contains(QStringLiteral("chain is whole"))) << qPrintable(result);
    auto *model = audit->findChild<AuditLogModel *>();
    ASSERT_NE(model, nullptr);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_GE(model->rowCount(), 2); // vault creation, sign-in, verification
    EXPECT_EQ(model->data(model->index(0, AuditLogModel::Action)).toString(), QStringLiteral("Audit chain verified"));
    EXPECT_EQ(model->data(model->index(0, AuditLogModel::Action), Qt::ToolTipRole).toString(), QStringLiteral("audit.verify"));
}

TEST_F(LoginAndLockTest, AuditModelFetchesLazily)
{
    auto session = signIn(QStringLiteral("admin"), AdminPassword);
    QSqlDatabase db = SessionStorage::vault(*session).database();
    ASSERT_TRUE(db.transaction());
    AuditLog log = AuditLog::of(SessionStorage::vault(*session));
    for (int i = 0; i < 450; ++i)
        ASSERT_TRUE(log.append(AuditAction::AuditVerify).ok());
    ASSERT_TRUE(db.commit());
    AuditLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(session.get());
    EXPECT_EQ(model.rowCount(), AuditLogModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    while (model.canFetchMore({}))
        model.fetchMore({});
    auto head = log.head();
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(model.rowCount(), head->seq);
}

TEST_F(LoginAndLockTest, ClipboardCopiesAreClearedAfterTheDelay)
{
    SecureClipboard &clipboard = SecureClipboard::instance();
    clipboard.setClearDelay(100);
    clipboard.copy(QStringLiteral("Dupont, 12 rue Grimaldi"));
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("Dupont, 12 rue Grimaldi"));
    QTRY_COMPARE_WITH_TIMEOUT(QApplication::clipboard()->text(), QString(), 3000);
    // Something the person copied afterwards elsewhere is left alone.
    clipboard.copy(QStringLiteral("personal"));
    QApplication::clipboard()->setText(QStringLiteral("their own text"));
    QTest::qWait(300);
    EXPECT_EQ(QApplication::clipboard()->text(), QStringLiteral("their own text"));
    clipboard.setClearDelay(SecureClipboard::ClearAfterMs);
}

TEST_F(LoginAndLockTest, WizardCreatesAVaultAndSignsTheAdministratorIn)
{
    CreateVaultWizard wizard;
    wizard.show();
    auto *folder = byName(wizard, QStringLiteral("Folder"));
    ASSERT_NE(folder, nullptr);
    folder->setText(m_dir.path());
    auto *name = byName(wizard, QStringLiteral("Vault name"));
    name->setText(QStringLiteral("ui")); // exists already: refused
    wizard.next();
    EXPECT_EQ(wizard.currentId(), 0);
    name->setText(QStringLiteral("office"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 1);
    // QTest types ASCII only; accents go in as text.
    byName(wizard, QStringLiteral("Organisation"))->setText(QStringLiteral("Direction des Services Numériques"));
    wizard.next();
    ASSERT_EQ(wizard.currentId(), 2);
    QTest::keyClicks(byName(wizard, QStringLiteral("Login")), QStringLiteral("mgrimaldi"));
    QTest::keyClicks(byName(wizard, QStringLiteral("Full name")), QStringLiteral("Marie Grimaldi"));
    QTest::keyClicks(byName(wizard, QStringLiteral("Password")), QStringLiteral("grimaldi2026"));
    QTest::keyClicks(byName(wizard, QStringLiteral("Repeat the password")), QStringLiteral("grimaldi2026"));
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled()) << "a weak password or the name is refused";
    EXPECT_TRUE(wizard.findChild<QLabel *>(QStringLiteral("strengthText"))->text().contains(QStringLiteral("name")));
    for (const char *field : {"Password", "Repeat the password"}) {
        QLineEdit *edit = byName(wizard, QLatin1String(field));
        edit->clear();
        QTest::keyClicks(edit, QStringLiteral("Corniche-Larvotto-Soleil-77"));
    }
    ASSERT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.accept();
    auto session = wizard.takeSession();
    ASSERT_NE(session, nullptr);
    EXPECT_EQ(session->account().login, QStringLiteral("mgrimaldi"));
    EXPECT_EQ(session->role(), Role::Administrator);
    EXPECT_EQ(session->settings().value(VaultSetting::Organisation), QStringLiteral("Direction des Services Numériques"));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("office.habeas-keys"))));
}

// Administration: "Change the vault key…" asks first, shows progress, gives
// every account the new key, and says so.
TEST_F(LoginAndLockTest, AdministratorChangesTheVaultKey)
{
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    ASSERT_NE(openPage<VaultOverviewPage>(window), nullptr);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("changeVaultKey"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    const QByteArray before = SessionStorage::vault(window.session()).rawKeyForProof().view().toByteArray();
    MessageBox::setNextAnswer(QMessageBox::No);
    button->click();
    EXPECT_EQ(SessionStorage::vault(window.session()).keyFile().keyGeneration(), 0) << "refused, nothing changed";
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button->click();
    MessageBox::clearNextAnswer();
    EXPECT_EQ(SessionStorage::vault(window.session()).keyFile().keyGeneration(), 1);
    EXPECT_NE(SessionStorage::vault(window.session()).rawKeyForProof().view().toByteArray(), before);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("backup"))) << qPrintable(MessageBox::lastText());
    // The page reads the vault again under the new key.
    auto *summary = window.findChild<QLabel *>(QStringLiteral("vaultSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Key slots"))) << qPrintable(summary->text());
}

// The idle lock never closes the vault under a long operation: it waits
// for the operation to end.
TEST_F(LoginAndLockTest, IdleLockWaitsForALongOperation)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    window.inactivity()->setDelay(50);
    window.inactivity()->start();
    bool lockedDuring = false;
    auto done = LongOperation::run(&window, QStringLiteral("work"), [&](const Progress &progress) {
        for (int step = 0; step <= 10; ++step) {
            progress(step, 10);
            QTest::qWait(40);
            lockedDuring = lockedDuring || window.isLocked();
        }
        return Result<void>();
    });
    EXPECT_OK(done);
    EXPECT_FALSE(lockedDuring);
    QTRY_VERIFY_WITH_TIMEOUT(window.isLocked(), 3000);
}
