// The public privacy notice dialog: the demo department's notice previewed,
// and saved as a web page through the file dialog's seam; a cancelled
// dialog writes nothing.

#include "core/accounts/Session.h"
#include "core/demo/DemoVault.h"
#include "tests/support/TestSupport.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/register/PrivacyNoticeDialog.h"

#include <QComboBox>
#include <QDir>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Department = QStringLiteral("Information Technologies Department");

class PrivacyNoticeDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.habeas"));
        ASSERT_OK(DemoVault::create(path, KeyDerivation::FastForTests));
        const DemoAccount &dpo = DemoVault::accounts()[1];
        ASSERT_EQ(dpo.role, Role::Dpo);
        auto session = Session::login(path, QString::fromUtf8(dpo.login), SecureBytes::copyOf(dpo.password));
        ASSERT_OK(session);
        m_session = std::move(*session);
    }
    void TearDown() override
    {
        FileDialog::clearNextAnswer();
        MessageBox::clearNextAnswer();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

TEST_F(PrivacyNoticeDialogTest, TheNoticeIsSavedAsAWebPage)
{
    PrivacyNoticeDialog dialog(*m_session);
    dialog.show();
    ASSERT_TRUE(dialog.showNotice(Department, QStringLiteral("fr")));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Video surveillance of the e-Embassy in Luxembourg")));

    // Cancelled: nothing written.
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(dialog.htmlButton(), Qt::LeftButton);
    EXPECT_TRUE(QDir(m_dir.path()).entryList({QStringLiteral("*.html")}).isEmpty());

    // A name without its ending gets the format's.
    const QString chosen = m_dir.filePath(QStringLiteral("notice-di"));
    FileDialog::setNextAnswer(chosen);
    QTest::mouseClick(dialog.htmlButton(), Qt::LeftButton);
    const QByteArray page = readAll(chosen + QStringLiteral(".html"));
    EXPECT_TRUE(page.startsWith("<!DOCTYPE html>"));
    EXPECT_TRUE(page.contains("Exchange business email management"));
    EXPECT_TRUE(page.contains("<html lang=\"fr\">"));

    // In English, as a PDF.
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("noticeLanguage"));
    ASSERT_TRUE(language);
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Your rights and how to exercise them")));
    FileDialog::setNextAnswer(m_dir.filePath(QStringLiteral("notice.pdf")));
    QTest::mouseClick(dialog.pdfButton(), Qt::LeftButton);
    EXPECT_TRUE(readAll(m_dir.filePath(QStringLiteral("notice.pdf"))).startsWith("%PDF-"));
}

} // namespace
