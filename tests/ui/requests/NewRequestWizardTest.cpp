// The new-request wizard driven as a clerk would: intake, requester, no
// agent, a scan captured from a file (then deleted, as offered), a
// processing, the summary with the deadline; Finish saves it all as one.
// Cancel saves nothing.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/requests/NewRequestWizard.h"
#include "core/accounts/Session.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/register/ProcessingService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString ClerkOwnPassword = QStringLiteral("Quai-Antoine-Second-93");

template <typename T>
T *named(QWidget &root, const QString &accessibleName)
{
    for (T *widget : root.findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

class NewRequestWizardTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("wizard.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        {
            // The DPO adds a processing to the register.
            auto dpo = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
            ASSERT_OK(dpo);
            Processing processing;
            processing.name = QStringLiteral("Gestion du personnel");
            processing.controller = QStringLiteral("Direction des Ressources Humaines");
            auto created = ProcessingService(**dpo).create(processing);
            ASSERT_OK(created);
            m_processing = created->id;
        }
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(session);
        m_session = std::move(session).value();
        // Only a key pair of the clerk's own holds the key to identity documents.
        ASSERT_OK(m_session->changeOwnPassword(SecureBytes::fromText(ClerkPassword), ClerkOwnPassword));
    }

    void fillFirstPages(NewRequestWizard &wizard)
    {
        ASSERT_NE(UiDriver::labelled<QCheckBox>(wizard, QStringLiteral("Right of access")), nullptr);
        UiDriver::labelled<QCheckBox>(wizard, QStringLiteral("Right of access"))->setChecked(true);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewRequestWizard::RequesterId);
        named<QLineEdit>(wizard, QStringLiteral("Surname"))->setText(QStringLiteral("Palmaro"));
        named<QLineEdit>(wizard, QStringLiteral("First name"))->setText(QStringLiteral("Élise"));
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewRequestWizard::AgentId);
        wizard.next();
        ASSERT_EQ(wizard.currentId(), NewRequestWizard::IdentityId);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    qint64 m_processing = 0;
};

} // namespace

TEST_F(NewRequestWizardTest, FinishSavesTheRequestItsCopyAndItsProcessings)
{
    const QString scan = m_dir.filePath(QStringLiteral("scan.png"));
    QImage image(500, 320, QImage::Format_RGB32);
    image.fill(qRgb(200, 180, 90));
    ASSERT_TRUE(image.save(scan, "PNG"));

    NewRequestWizard wizard(*m_session);
    wizard.show();
    fillFirstPages(wizard);
    // Nothing chosen yet: Next waits for a scan and its kind.
    UiDriver::labelled<QRadioButton>(wizard, QStringLiteral("Capture the copy now, from a scan"))->setChecked(true);
    EXPECT_FALSE(wizard.currentPage()->isComplete());
    FileDialog::setNextAnswer(scan);
    UiDriver::labelled<QPushButton>(wizard, QStringLiteral("Choose the scan…"))->click();
    FileDialog::clearNextAnswer();
    named<QLineEdit>(wizard, QStringLiteral("Kind of document"))->setText(QStringLiteral("identity card"));
    EXPECT_TRUE(wizard.currentPage()->isComplete());
    EXPECT_TRUE(UiDriver::labelled<QCheckBox>(wizard, QStringLiteral("Delete the scanned file once the copy is saved"))->isChecked());
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewRequestWizard::ProcessingsId);
    auto *list = named<QListWidget>(wizard, QStringLiteral("Processings"));
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->count(), 1);
    list->item(0)->setCheckState(Qt::Checked);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewRequestWizard::SummaryId);
    auto *summary = wizard.findChild<QLabel *>(QStringLiteral("wizardSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Reply due"))) << qPrintable(summary->text());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Palmaro")));
    wizard.button(QWizard::FinishButton)->click();
    ASSERT_NE(wizard.createdId(), 0);

    auto saved = RequestService(*m_session).view(wizard.createdId());
    ASSERT_OK(saved);
    EXPECT_EQ(saved->requester.surname, QStringLiteral("Palmaro"));
    EXPECT_EQ(saved->state, RequestState::InProgress) << "the copy at hand passes the identity check";
    ASSERT_EQ(saved->findings.size(), 1u);
    EXPECT_EQ(saved->findings.front().processingId, m_processing);
    auto copy = IdentityDocumentService(*m_session).view(wizard.createdId());
    ASSERT_OK(copy);
    EXPECT_EQ(copy->kind, QStringLiteral("identity card"));
    EXPECT_FALSE(QFile::exists(scan)) << "the scan in clear was left on the disk";
}

// A scan that is no image: Finish is refused, the wizard stays open with
// everything typed, nothing is saved and the file is kept.
TEST_F(NewRequestWizardTest, AFailedFinishSavesNothingAndKeepsTheScan)
{
    const QString scan = m_dir.filePath(QStringLiteral("scan.png"));
    QFile file(scan);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("not an image at all");
    file.close();
    NewRequestWizard wizard(*m_session);
    wizard.show();
    fillFirstPages(wizard);
    UiDriver::labelled<QRadioButton>(wizard, QStringLiteral("Capture the copy now, from a scan"))->setChecked(true);
    FileDialog::setNextAnswer(scan);
    UiDriver::labelled<QPushButton>(wizard, QStringLiteral("Choose the scan…"))->click();
    FileDialog::clearNextAnswer();
    named<QLineEdit>(wizard, QStringLiteral("Kind of document"))->setText(QStringLiteral("passport"));
    ASSERT_TRUE(wizard.currentPage()->isComplete());
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewRequestWizard::SummaryId);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    wizard.button(QWizard::FinishButton)->click();
    MessageBox::clearNextAnswer();
    EXPECT_EQ(wizard.createdId(), 0);
    EXPECT_TRUE(wizard.isVisible()) << "the wizard closed on a failed save";
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("image"))) << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(QFile::exists(scan));
    auto count = RequestService(*m_session).count({});
    ASSERT_OK(count);
    EXPECT_EQ(*count, 0);
}
