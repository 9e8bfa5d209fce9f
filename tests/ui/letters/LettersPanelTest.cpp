// The Letters tab of a request, as a clerk uses it: the letter a request
// is owed named above the tabs, a draft shown before it is issued and
// nothing archived when it is dropped, a letter that cannot be made saying
// what is missing, the issued letter shown, exported with a password that
// the dialog checks (and opened with it only), printed with Ctrl+P through
// a print dialog that offers no printing to a file, the archived pages
// painted on a printer, and the tab emptied at the lock.

#include "core/accounts/Session.h"
#include "core/audit/AuditAction.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterService.h"
#include "core/letters/PdfPages.h"
#include "core/requests/RequestService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/LettersPanel.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/letters/PdfSheets.h"
#include "ui/requests/ReasonDialog.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using namespace habeas;
using namespace habeas::test;

namespace {

class LettersPanelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("courrier.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        ASSERT_OK(saveOfficeLetterhead(m_path));
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(session);
        m_window = std::make_unique<MainWindow>(std::move(session).value());
        m_window->resize(1200, 800);
        m_window->show();
        m_requests = m_window->findChild<RequestsPage *>();
        ASSERT_NE(m_requests, nullptr);
        m_view = m_requests->detail();
        m_id = newRequest(QStringLiteral("12 rue Imaginaire\n98000 Monaco"));
    }

    void TearDown() override
    {
        MessageBox::clearNextAnswer();
        FileDialog::clearNextAnswer();
        m_window.reset();
    }

    Session &session() { return m_window->session(); }

    qint64 newRequest(const QString &address)
    {
        Intake intake;
        intake.request.channel = Channel::Post;
        intake.request.received = session().clock()->today();
        intake.request.rights = {QStringLiteral("access")};
        intake.request.requester.civility = QStringLiteral("Madame");
        intake.request.requester.surname = QStringLiteral("Zorzi");
        intake.request.requester.firstName = QStringLiteral("Hélène");
        intake.request.requester.address = address;
        intake.request.language = QStringLiteral("fr");
        intake.identity = IdentityPlan::NotNeeded;
        intake.identifiedHow = QStringLiteral("Connue du service");
        auto created = RequestService(session()).intake(std::move(intake));
        EXPECT_OK(created);
        return created ? created->id : 0;
    }

    // The request open below the list, on its Letters tab.
    LettersPanel *openOnLetters(qint64 id)
    {
        m_window->showPage(1);
        m_view->open(id);
        m_view->tabs()->setCurrentWidget(m_view->letters());
        return m_view->letters();
    }

    std::vector<IssuedLetter> archivedLetters(qint64 id)
    {
        auto letters = LetterService(session()).list(id);
        EXPECT_OK(letters);
        return letters ? *letters : std::vector<IssuedLetter>{};
    }

    // Issues the acknowledgement through the owed letter's button.
    qint64 issueAcknowledgement()
    {
        openOnLetters(m_id);
        int pages = 0;
        UiDriver::whenShown<LetterPreviewDialog>([&pages](LetterPreviewDialog &dialog) {
            pages = dialog.pageCount();
            EXPECT_TRUE(dialog.issue());
            dialog.accept();
        });
        m_view->owedLetterButton()->click();
        EXPECT_GE(pages, 1);
        const auto letters = archivedLetters(m_id);
        return letters.empty() ? 0 : letters.back().id;
    }

    // Entries of `action` in the audit log, read from the clerk's own vault.
    int auditCount(AuditAction action)
    {
        auto entries = AuditLog::of(SessionStorage::vault(session())).entriesOf(action, 0);
        EXPECT_OK(entries);
        return entries ? int(entries->size()) : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    RequestsPage *m_requests = nullptr;
    RequestView *m_view = nullptr;
    qint64 m_id = 0;
};

TEST_F(LettersPanelTest, TheOwedAcknowledgementIsShownBeforeItIsIssuedAndThenArchived)
{
    LettersPanel *panel = openOnLetters(m_id);
    ASSERT_TRUE(m_view->owedLetterButton()->isVisible());
    EXPECT_TRUE(m_view->findChild<QLabel *>(QStringLiteral("owedLetters"))->text().contains(QStringLiteral("Acknowledgement")));
    // Identified at the counter, the request is examined at once: the
    // acknowledgement first, then the reply.
    ASSERT_EQ(panel->owed(), (std::vector<LetterKind>{LetterKind::Acknowledgement, LetterKind::Reply}));

    // Dropped: nothing is archived.
    bool draftShown = false;
    bool issueOffered = false;
    UiDriver::whenShown<LetterPreviewDialog>(
        [&issueOffered](LetterPreviewDialog &dialog) {
            issueOffered = dialog.isDraft() && dialog.issueButton()->isVisible() && !dialog.printButton()->isVisible();
            dialog.reject();
        },
        &draftShown);
    m_view->owedLetterButton()->click();
    EXPECT_TRUE(draftShown);
    EXPECT_TRUE(issueOffered);
    EXPECT_TRUE(archivedLetters(m_id).empty());
    EXPECT_EQ(panel->table()->rowCount(), 0);

    // Issued: the dialog goes on with the archived letter, to print or export.
    bool printOffered = false;
    UiDriver::whenShown<LetterPreviewDialog>([&printOffered](LetterPreviewDialog &dialog) {
        ASSERT_TRUE(dialog.issue());
        printOffered = !dialog.isDraft() && dialog.printButton()->isVisible() && dialog.exportButton()->isVisible()
                       && !dialog.issueButton()->isVisible();
        dialog.accept();
    });
    m_view->owedLetterButton()->click();
    EXPECT_TRUE(printOffered);
    const auto letters = archivedLetters(m_id);
    ASSERT_EQ(letters.size(), 1u);
    EXPECT_EQ(letters.front().kind, LetterKind::Acknowledgement);
    EXPECT_EQ(letters.front().issuedBy, QStringLiteral("clerk"));
    EXPECT_EQ(panel->table()->rowCount(), 1);
    EXPECT_EQ(panel->selected()->id, letters.front().id);
    EXPECT_EQ(m_view->tabs()->currentWidget(), panel);
    // The acknowledgement is owed no more; the reply still is.
    EXPECT_EQ(panel->owed(), std::vector<LetterKind>{LetterKind::Reply});
    EXPECT_FALSE(m_view->findChild<QLabel *>(QStringLiteral("owedLetters"))->text().contains(QStringLiteral("Acknowledgement")));
    EXPECT_EQ(auditCount(AuditAction::LetterIssue), 1);
    // Shown before and after issuing from its own bytes: no read-back view.
    EXPECT_EQ(auditCount(AuditAction::LetterView), 0);
}

TEST_F(LettersPanelTest, ALetterThatCannotBeMadeSaysWhatIsMissingAndArchivesNothing)
{
    const qint64 noAddress = newRequest(QString());
    LettersPanel *panel = openOnLetters(noAddress);
    ASSERT_GT(panel->kindChoice()->count(), 0);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(panel->prepare(LetterKind::Acknowledgement));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("postal address"))) << MessageBox::lastText().toStdString();
    EXPECT_TRUE(archivedLetters(noAddress).empty());
}

TEST_F(LettersPanelTest, ARefusalMakesTheRefusalLetterTheNextStep)
{
    openOnLetters(m_id);
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        dialog->setReason(QStringLiteral("Demande manifestement abusive par son caractère répétitif."));
        dialog->confirmButton()->click();
    });
    ASSERT_TRUE(m_view->moveTo(RequestState::Refused));
    const auto &owed = m_view->letters()->owed();
    ASSERT_FALSE(owed.empty());
    EXPECT_EQ(owed.front(), LetterKind::Refusal);
    EXPECT_TRUE(m_view->owedLetterButton()->isVisible());
    EXPECT_EQ(m_window->focusWidget(), m_view->owedLetterButton());
    // The refusal is offered first in the list of letters to prepare.
    EXPECT_EQ(LetterKind(m_view->letters()->kindChoice()->itemData(0).toInt()), LetterKind::Refusal);
}

TEST_F(LettersPanelTest, TheExportAsksForAStrongPasswordTwiceAndTheFileOpensOnlyWithIt)
{
    const qint64 letter = issueAcknowledgement();
    ASSERT_NE(letter, 0);
    LettersPanel *panel = openOnLetters(m_id);
    const QString file = m_dir.filePath(QStringLiteral("accuse.pdf"));
    const QString password = QStringLiteral("Corniche-Larvotto-Azur-61");
    bool weakRefused = false;
    bool mismatchRefused = false;
    UiDriver::whenShown<PdfPasswordDialog>([&](PdfPasswordDialog &dialog) {
        dialog.passwordField()->setText(QStringLiteral("monaco"));
        dialog.repeatField()->setText(QStringLiteral("monaco"));
        weakRefused = !dialog.confirmButton()->isEnabled();
        dialog.passwordField()->setText(password);
        dialog.repeatField()->setText(password + u'x');
        mismatchRefused = !dialog.confirmButton()->isEnabled();
        dialog.repeatField()->setText(password);
        ASSERT_TRUE(dialog.confirmButton()->isEnabled());
        dialog.confirmButton()->click();
    });
    FileDialog::setNextAnswer(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(panel->exportPdf(letter));
    EXPECT_TRUE(weakRefused);
    EXPECT_TRUE(mismatchRefused);
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    EXPECT_TRUE(EncryptedPdf::opensWith(bytes, password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArray()));
    auto protection = EncryptedPdf::protection(bytes, password.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_FALSE(protection->mayExtract);
    EXPECT_EQ(auditCount(AuditAction::LetterExport), 1);

    // Cancelled at the password: no file, no entry.
    const QString other = m_dir.filePath(QStringLiteral("autre.pdf"));
    UiDriver::whenShown<PdfPasswordDialog>([](PdfPasswordDialog &dialog) { dialog.reject(); });
    FileDialog::setNextAnswer(other);
    EXPECT_FALSE(panel->exportPdf(letter));
    EXPECT_FALSE(QFile::exists(other));
    EXPECT_EQ(auditCount(AuditAction::LetterExport), 1);
}

TEST_F(LettersPanelTest, CtrlPPrintsTheChosenLetterThroughADialogWithoutPrintingToAFile)
{
    const qint64 letter = issueAcknowledgement();
    ASSERT_NE(letter, 0);
    LettersPanel *panel = openOnLetters(m_id);
    panel->select(letter);
    bool printDialogShown = false;
    bool toFileOffered = true;
    UiDriver::whenShown<QPrintDialog>(
        [&toFileOffered](QPrintDialog &dialog) {
            toFileOffered = dialog.testOption(QAbstractPrintDialog::PrintToFile);
            dialog.reject();
        },
        &printDialogShown);
    auto *print = m_window->findChild<QAction *>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    print->trigger();
    EXPECT_TRUE(printDialogShown);
    EXPECT_FALSE(toFileOffered);
    // Cancelled: not recorded as printed.
    EXPECT_EQ(auditCount(AuditAction::LetterPrint), 0);

    // On another tab there is nothing to print: said in the status bar.
    m_view->tabs()->setCurrentIndex(0);
    print->trigger();
    EXPECT_FALSE(m_window->statusBar()->currentMessage().isEmpty());
}

TEST_F(LettersPanelTest, TheArchivedPagesArePaintedOnAPrinterOnePerSheet)
{
    const qint64 letter = issueAcknowledgement();
    ASSERT_NE(letter, 0);
    auto pdf = LetterService(session()).archived(letter);
    ASSERT_OK(pdf);
    const int pages = archivedLetters(m_id).back().pages;
    // A printer that writes a PDF stands in for paper, in the test only.
    QPrinter printer(QPrinter::HighResolution);
    const QString sheets = m_dir.filePath(QStringLiteral("sheets.pdf"));
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(sheets);
    auto painted = PdfSheets::paint(pdf->view(), printer);
    ASSERT_OK(painted);
    EXPECT_EQ(*painted, pages);
    QFile file(sheets);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto count = PdfPages::count(file.readAll());
    ASSERT_OK(count);
    EXPECT_EQ(*count, pages);
    // Not a PDF: refused, nothing painted.
    QPrinter other(QPrinter::HighResolution);
    other.setOutputFormat(QPrinter::PdfFormat);
    other.setOutputFileName(m_dir.filePath(QStringLiteral("none.pdf")));
    EXPECT_FALSE(PdfSheets::paint(QByteArrayView("not a pdf"), other));
}

TEST_F(LettersPanelTest, APrinterThatWritesAFileIsRefused)
{
    const qint64 letter = issueAcknowledgement();
    ASSERT_NE(letter, 0);
    LettersPanel *panel = openOnLetters(m_id);
    // What a machine without a printer gives: a printer writing a PDF file.
    const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
    UiDriver::whenShown<QPrintDialog>([&file](QPrintDialog &dialog) {
        dialog.printer()->setOutputFormat(QPrinter::PdfFormat);
        dialog.printer()->setOutputFileName(file);
        dialog.done(QDialog::Accepted);
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(panel->print(letter));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Export as PDF"))) << qPrintable(MessageBox::lastText());
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_EQ(auditCount(AuditAction::LetterPrint), 0);
    // Printing reads the archive without showing it: no view is recorded.
    EXPECT_EQ(auditCount(AuditAction::LetterView), 0);
}

TEST_F(LettersPanelTest, ALockWhileTheIssuedLetterIsShownClosesItAndKeepsTheLetter)
{
    LettersPanel *panel = openOnLetters(m_id);
    UiDriver::whenShown<LetterPreviewDialog>([this](LetterPreviewDialog &dialog) {
        EXPECT_TRUE(dialog.issue());
        m_window->lock();
        EXPECT_FALSE(dialog.isVisible());
    });
    m_view->owedLetterButton()->click();
    EXPECT_TRUE(m_window->isLocked());
    EXPECT_EQ(panel->table()->rowCount(), 0);
    EXPECT_EQ(m_view->requestId(), 0);
    ASSERT_OK(session().unlock(SecureBytes::fromText(ClerkPassword)));
    const auto letters = archivedLetters(m_id);
    ASSERT_EQ(letters.size(), 1u);
    EXPECT_EQ(letters.front().kind, LetterKind::Acknowledgement);
}

TEST_F(LettersPanelTest, ALockWhileThePdfPasswordIsTypedDropsItAndWritesNothing)
{
    const qint64 letter = issueAcknowledgement();
    ASSERT_NE(letter, 0);
    LettersPanel *panel = openOnLetters(m_id);
    const QString file = m_dir.filePath(QStringLiteral("locked.pdf"));
    bool emptied = false;
    UiDriver::whenShown<PdfPasswordDialog>([this, &emptied](PdfPasswordDialog &dialog) {
        dialog.passwordField()->setText(QStringLiteral("Corniche-Larvotto-Azur-61"));
        dialog.repeatField()->setText(QStringLiteral("Corniche-Larvotto-Azur-61"));
        m_window->lock();
        emptied = dialog.passwordField()->text().isEmpty() && dialog.repeatField()->text().isEmpty();
    });
    FileDialog::setNextAnswer(file);
    EXPECT_FALSE(panel->exportPdf(letter));
    EXPECT_TRUE(emptied);
    EXPECT_FALSE(QFile::exists(file));
    ASSERT_OK(session().unlock(SecureBytes::fromText(ClerkPassword)));
    EXPECT_EQ(auditCount(AuditAction::LetterExport), 0);
}

TEST_F(LettersPanelTest, TheLockEmptiesTheTab)
{
    ASSERT_NE(issueAcknowledgement(), 0);
    LettersPanel *panel = openOnLetters(m_id);
    ASSERT_EQ(panel->table()->rowCount(), 1);
    m_window->lock();
    EXPECT_EQ(panel->table()->rowCount(), 0);
    EXPECT_TRUE(panel->letters().empty());
    EXPECT_EQ(panel->kindChoice()->count(), 0);
}

} // namespace
