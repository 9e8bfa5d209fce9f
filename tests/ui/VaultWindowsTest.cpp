// The login dialog and the first window, driven as a person would.

#include "TestSupport.h"
#include "login/VaultLoginDialog.h"
#include "main/VaultOverviewWindow.h"
#include "storage/Migrations.h"
#include "storage/Vault.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

class VaultWindowsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("ui.habeas"));
        auto vault = Vault::create(m_path, {QStringLiteral("admin"), QStringLiteral("Ada"), Role::Administrator},
                                   secret("Window-Password-2026"), QStringLiteral("Test"), fastKdf());
        ASSERT_TRUE(vault.ok());
    }

    static QLineEdit *field(QWidget &dialog, const QString &accessibleName)
    {
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == accessibleName)
                return edit;
        }
        return nullptr;
    }

    static QPushButton *button(QWidget &dialog, const QString &text)
    {
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(VaultWindowsTest, WrongPasswordShowsTheMessageAndKeepsTheDialogOpen)
{
    VaultLoginDialog dialog(m_path, false);
    dialog.show();
    QTest::keyClicks(field(dialog, QStringLiteral("Account")), QStringLiteral("admin"));
    QTest::keyClicks(field(dialog, QStringLiteral("Password")), QStringLiteral("wrong one"));
    QTest::mouseClick(button(dialog, QStringLiteral("&Open")), Qt::LeftButton);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->isVisible());
    EXPECT_EQ(message->text(), QStringLiteral("The password is wrong."));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(field(dialog, QStringLiteral("Password"))->text().isEmpty());
    EXPECT_EQ(dialog.takeVault(), nullptr);
}

TEST_F(VaultWindowsTest, RightPasswordOpensTheVaultAndTheOverviewShowsIt)
{
    VaultLoginDialog dialog(m_path, false);
    dialog.show();
    QTest::keyClicks(field(dialog, QStringLiteral("Account")), QStringLiteral("admin"));
    QTest::keyClicks(field(dialog, QStringLiteral("Password")), QStringLiteral("Window-Password-2026"));
    QTest::keyClick(field(dialog, QStringLiteral("Password")), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    auto vault = dialog.takeVault();
    ASSERT_NE(vault, nullptr);
    ASSERT_TRUE(vault->isOpen());

    VaultOverviewWindow window(std::move(vault));
    window.show();
    auto *summary = window.findChild<QLabel *>(QStringLiteral("vaultSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Schema version</b> %1").arg(Migrations::latestVersion())));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("SQLCipher 3")));
    auto *tables = window.findChild<QTableWidget *>(QStringLiteral("vaultTables"));
    ASSERT_NE(tables, nullptr);
    QStringList names;
    for (int row = 0; row < tables->rowCount(); ++row)
        names << tables->item(row, 0)->text();
    EXPECT_TRUE(names.contains(QStringLiteral("accounts")));
    EXPECT_TRUE(names.contains(QStringLiteral("audit_log")));
    const int accountsRow = int(names.indexOf(QStringLiteral("accounts")));
    EXPECT_EQ(tables->item(accountsRow, 1)->text(), QStringLiteral("1"));
}

TEST_F(VaultWindowsTest, EmptyAccountIsAskedFor)
{
    VaultLoginDialog dialog(m_path, false);
    dialog.show();
    QTest::mouseClick(button(dialog, QStringLiteral("&Open")), Qt::LeftButton);
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("loginMessage"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(dialog.takeVault(), nullptr);
}
