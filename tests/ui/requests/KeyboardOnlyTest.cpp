// The whole path from intake to closure with the keyboard alone: Ctrl+N,
// the wizard filled in with Tab, typing, the arrow keys, Space and Return,
// the identity copy verified, a processing of the register added by typing
// part of its name and saved with Ctrl+S, and the request moved on to its
// end by buttons reached with Tab; on the way the acknowledgement it is owed
// is prepared, issued and exported as a PDF whose password is typed twice,
// and the file opens with that password only. Only the file dialogs, the
// export's notice and the final confirmation are answered in advance (they
// are the platform's dialogs or plain notices, not Habeas's forms). Every
// key goes to the widget that has the focus, as it would for a person.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/documents/IdentityPanel.h"
#include "ui/letters/LetterPreviewDialog.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/NewRequestWizard.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/MainWindow.h"
#include "core/accounts/Session.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/vault/KeyFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString ClerkOwnPassword = QStringLiteral("Quai-Antoine-Second-93");

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    if (QWidget *target = focused())
        QTest::keyClick(target, key, modifiers);
    else
        ADD_FAILURE() << "no window has the focus";
}

void typeText(const QString &text)
{
    if (QWidget *target = focused())
        QTest::keyClicks(target, text);
    else
        ADD_FAILURE() << "no window has the focus";
}

QString describe(QWidget *widget)
{
    if (!widget)
        return QStringLiteral("(nothing)");
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text().remove(u'&');
    return widget->accessibleName();
}

// Presses Tab until the focus is on the widget `matches` accepts; false
// when a whole round of the tab order never reaches it.
bool tabTo(const std::function<bool(QWidget *)> &matches, int most = 250)
{
    for (int step = 0; step < most; ++step) {
        if (QWidget *now = QApplication::focusWidget(); now && matches(now))
            return true;
        press(Qt::Key_Tab);
    }
    return false;
}

bool tabToButton(const QString &text)
{
    return tabTo([&](QWidget *widget) { return describe(widget) == text && widget->isEnabled(); });
}

bool tabToField(const QString &accessibleName)
{
    return tabTo([&](QWidget *widget) { return widget->accessibleName() == accessibleName; });
}

class KeyboardOnlyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("keyboard.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        {
            auto first = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
            ASSERT_OK(first);
            ASSERT_OK((*first)->changeOwnPassword(SecureBytes::fromText(ClerkPassword), ClerkOwnPassword,
                                                  KdfParams::fastForTests()));
        }
        {
            // A processing of the register for the Processings tab.
            auto dpo = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
            ASSERT_OK(dpo);
            Processing processing;
            processing.name = QStringLiteral("Gestion du personnel");
            processing.controller = QStringLiteral("Direction des Ressources Humaines");
            ASSERT_OK(ProcessingService(**dpo).create(processing));
        }
        ASSERT_OK(saveOfficeLetterhead(m_path));
        MessageBox::clearNextAnswer();
        FileDialog::clearNextAnswer();
    }

    void TearDown() override
    {
        MessageBox::clearNextAnswer();
        FileDialog::clearNextAnswer();
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(KeyboardOnlyTest, FromIntakeToClosureWithoutTheMouse)
{
    auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkOwnPassword));
    ASSERT_OK(session);
    MainWindow window(std::move(session).value());
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    const QString scan = m_dir.filePath(QStringLiteral("scan.png"));
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    ASSERT_TRUE(image.save(scan, "PNG"));

    // The wizard runs its own loop: it is driven from inside it.
    QStringList trail;
    bool wizardDone = false;
    QTimer::singleShot(0, [&] {
        auto *wizard = qobject_cast<NewRequestWizard *>(QApplication::activeModalWidget());
        if (!wizard) {
            trail << QStringLiteral("no wizard after Ctrl+N");
            return;
        }
        // (The offscreen platform does not move activation to a new modal
        // window by itself, as a desktop does.)
        QApplication::setActiveWindow(wizard);
        if (QApplication::activeWindow() != wizard) {
            trail << QStringLiteral("the wizard never became active");
            return wizard->reject();
        }
        const auto step = [&](bool ok, const QString &what) {
            if (!ok)
                trail << what + QStringLiteral(" (focus on ") + describe(QApplication::focusWidget()) + u')';
            return ok;
        };
        // Intake: the right, then Return for Next.
        if (!step(tabToButton(QStringLiteral("Right of access")), QStringLiteral("right of access")))
            return wizard->reject();
        press(Qt::Key_Space);
        press(Qt::Key_Return);
        // Requester: surname and first name.
        if (!step(wizard->currentId() == NewRequestWizard::RequesterId, QStringLiteral("requester page"))
            || !step(tabToField(QStringLiteral("Surname")), QStringLiteral("surname")))
            return wizard->reject();
        typeText(QStringLiteral("Palmaro"));
        press(Qt::Key_Tab);
        if (!step(tabToField(QStringLiteral("First name")), QStringLiteral("first name")))
            return wizard->reject();
        typeText(QStringLiteral("Élise"));
        if (!step(tabToField(QStringLiteral("Postal address")), QStringLiteral("address")))
            return wizard->reject();
        typeText(QStringLiteral("3 rue Fictive, 98000 Monaco"));
        press(Qt::Key_Tab);
        press(Qt::Key_Return);
        // No agent.
        if (!step(wizard->currentId() == NewRequestWizard::AgentId, QStringLiteral("agent page")))
            return wizard->reject();
        press(Qt::Key_Return);
        // Identity: the copy captured now, from a scan.
        if (!step(wizard->currentId() == NewRequestWizard::IdentityId, QStringLiteral("identity page"))
            || !step(tabToButton(QStringLiteral("Ask for a copy by letter")), QStringLiteral("identity choice")))
            return wizard->reject();
        // Tab reaches the checked choice; the arrow keys move among them.
        press(Qt::Key_Down);
        if (!step(describe(QApplication::focusWidget()) == QStringLiteral("Capture the copy now, from a scan"),
                  QStringLiteral("capture")))
            return wizard->reject();
        if (!step(tabToButton(QStringLiteral("Choose the scan…")), QStringLiteral("choose the scan")))
            return wizard->reject();
        FileDialog::setNextAnswer(scan);
        press(Qt::Key_Space);
        if (!step(tabToField(QStringLiteral("Kind of document")), QStringLiteral("kind")))
            return wizard->reject();
        typeText(QStringLiteral("Passeport"));
        press(Qt::Key_Return);
        // Processings (none), then the summary, and Finish.
        if (!step(wizard->currentId() == NewRequestWizard::ProcessingsId, QStringLiteral("processings page")))
            return wizard->reject();
        press(Qt::Key_Return);
        if (!step(wizard->currentId() == NewRequestWizard::SummaryId, QStringLiteral("summary page")))
            return wizard->reject();
        press(Qt::Key_Return);
        wizardDone = true;
    });
    press(Qt::Key_N, Qt::ControlModifier);
    ASSERT_TRUE(wizardDone) << qPrintable(trail.join(u'\n'));
    EXPECT_FALSE(QFile::exists(scan)) << "the scan was left on the disk";
    // Back to the main window, as the desktop does when a dialog closes.
    QApplication::setActiveWindow(&window);

    // The new request is open below the list.
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);
    RequestView *view = page->detail();
    const qint64 id = view->requestId();
    ASSERT_NE(id, 0) << "Finish did not open the request";
    auto request = RequestService(window.session()).view(id);
    ASSERT_OK(request);
    EXPECT_EQ(request->requester.surname, QStringLiteral("Palmaro"));
    // A copy captured at intake moves the request on to its examination.
    EXPECT_EQ(request->state, RequestState::InProgress);

    // The acknowledgement it is owed: prepared, shown, issued (Return), then
    // exported with a password typed twice (Tab to the button, Space).
    const QString exported = m_dir.filePath(QStringLiteral("accuse.pdf"));
    const QString pdfPassword = QStringLiteral("Rocher-Fontvieille-Nuit-52");
    QStringList letterTrail;
    bool letterDone = false;
    QTimer::singleShot(0, [&] {
        auto *preview = qobject_cast<LetterPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview) {
            letterTrail << QStringLiteral("no letter shown");
            return;
        }
        QApplication::setActiveWindow(preview);
        if (!preview->isDraft()) {
            letterTrail << QStringLiteral("the letter shown is not a draft");
            return preview->reject();
        }
        press(Qt::Key_Return);
        if (preview->isDraft()) {
            letterTrail << QStringLiteral("Return did not issue the letter");
            return preview->reject();
        }
        QTimer::singleShot(0, [&] {
            auto *dialog = qobject_cast<PdfPasswordDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                letterTrail << QStringLiteral("no password asked");
                return;
            }
            QApplication::setActiveWindow(dialog);
            if (!tabToField(QStringLiteral("PDF password"))) {
                letterTrail << QStringLiteral("password field");
                return dialog->reject();
            }
            typeText(pdfPassword);
            if (!tabToField(QStringLiteral("PDF password, again"))) {
                letterTrail << QStringLiteral("second password field");
                return dialog->reject();
            }
            typeText(pdfPassword);
            press(Qt::Key_Return);
        });
        FileDialog::setNextAnswer(exported);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        if (!tabToButton(QStringLiteral("Export as PDF…"))) {
            letterTrail << QStringLiteral("export button (focus on ") + describe(QApplication::focusWidget()) + u')';
            return preview->reject();
        }
        press(Qt::Key_Space);
        letterDone = QFile::exists(exported);
        // (Activation back to the letter, as a desktop does when a dialog closes.)
        QApplication::setActiveWindow(preview);
        press(Qt::Key_Escape);
        if (preview->isVisible()) {
            letterTrail << QStringLiteral("Escape did not close the letter");
            preview->reject();
        }
    });
    ASSERT_TRUE(view->owedLetterButton()->isVisible());
    ASSERT_TRUE(tabToButton(QStringLiteral("Prepare the letter…")));
    press(Qt::Key_Space);
    ASSERT_TRUE(letterDone) << qPrintable(letterTrail.join(u'\n') + u'\n' + MessageBox::lastText());
    FileDialog::clearNextAnswer();
    MessageBox::clearNextAnswer();
    QApplication::setActiveWindow(&window);
    {
        QFile file(exported);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(EncryptedPdf::opensWith(bytes, pdfPassword.toUtf8()));
        EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArray()));
        auto letters = LetterService(window.session()).list(id);
        ASSERT_OK(letters);
        ASSERT_EQ(letters->size(), 1u);
        EXPECT_EQ(letters->front().kind, LetterKind::Acknowledgement);
    }

    // The identity tab: Tab to the tab bar, then the arrow keys.
    ASSERT_TRUE(tabTo([&](QWidget *widget) { return widget == static_cast<QWidget *>(view->tabs()->tabBar()); }));
    // (The letter left the Letters tab shown, to the right of Identity.)
    const int identityTab = view->tabs()->indexOf(view->identity());
    while (view->tabs()->currentWidget() != view->identity()) {
        const int before = view->tabs()->currentIndex();
        press(before < identityTab ? Qt::Key_Right : Qt::Key_Left);
        ASSERT_NE(view->tabs()->currentIndex(), before) << "the tab bar does not move with the arrow keys";
    }
    for (const QString &check : {QStringLiteral("The holder's photograph is on it"),
                                 QStringLiteral("The name is the requester's"), QStringLiteral("The date of birth matches"),
                                 QStringLiteral("The document is still valid")}) {
        ASSERT_TRUE(tabToButton(check)) << qPrintable(check);
        press(Qt::Key_Space);
        if (check == QStringLiteral("The date of birth matches")) {
            // The other choice of the pair, by the arrow keys.
            press(Qt::Key_Down);
            ASSERT_EQ(describe(QApplication::focusWidget()), QStringLiteral("The date of birth is not known to the office"));
        }
    }
    ASSERT_TRUE(tabToButton(QStringLiteral("Mark as verified")));
    press(Qt::Key_Space);
    auto document = IdentityDocumentService(window.session()).describe(id);
    ASSERT_OK(document);
    ASSERT_TRUE(document->has_value());
    EXPECT_EQ((*document)->verifiedBy, QStringLiteral("clerk"));
    EXPECT_EQ((*document)->checks.birthDate, IdentityChecks::BirthDate::NotKnown);

    // The Processings tab: the register's processing found by typing part
    // of its name, added, what was found chosen, and saved with Ctrl+S.
    ASSERT_TRUE(tabTo([&](QWidget *widget) { return widget == static_cast<QWidget *>(view->tabs()->tabBar()); }));
    while (view->tabs()->currentWidget() != view->findings()) {
        const int before = view->tabs()->currentIndex();
        press(Qt::Key_Right);
        ASSERT_NE(view->tabs()->currentIndex(), before) << "the Processings tab was never reached";
    }
    ASSERT_TRUE(tabToField(QStringLiteral("Processing of the register to add")));
    typeText(QStringLiteral("personnel"));
    // The completion offered, chosen with Down and Return. Its popup grabs
    // the keyboard on a desktop; the offscreen platform cannot grab, so the
    // keys go to the popup here as the desktop would send them.
    auto *picker = qobject_cast<QComboBox *>(QApplication::focusWidget());
    ASSERT_NE(picker, nullptr) << qPrintable(describe(QApplication::focusWidget()));
    QAbstractItemView *completions = picker->completer()->popup();
    ASSERT_TRUE(completions->isVisible()) << "typing offered no completion";
    QTest::keyClick(completions, Qt::Key_Down);
    QTest::keyClick(completions, Qt::Key_Return);
    EXPECT_TRUE(picker->currentText().startsWith(QStringLiteral("Gestion du personnel")))
        << qPrintable(picker->currentText());
    ASSERT_TRUE(tabToButton(QStringLiteral("Add"))) << qPrintable(describe(QApplication::focusWidget()));
    press(Qt::Key_Space);
    ASSERT_EQ(view->findings()->table()->rowCount(), 1) << "the processing typed was not added";
    ASSERT_TRUE(tabTo([&](QWidget *widget) {
        return widget == view->findings()->table()->cellWidget(0, 1);
    })) << "Tab never reaches what was found in the processing";
    press(Qt::Key_Down);
    ASSERT_EQ(QApplication::activeWindow(), &window);
    ASSERT_TRUE(view->hasUnsavedChanges());
    press(Qt::Key_S, Qt::ControlModifier);
    // A button's shortcut clicks it as a person would see it: pressed, then
    // released a moment later.
    for (int wait = 0; wait < 40 && view->hasUnsavedChanges(); ++wait)
        QTest::qWait(50);
    EXPECT_FALSE(view->hasUnsavedChanges()) << qPrintable(MessageBox::lastText());
    request = RequestService(window.session()).view(id);
    ASSERT_OK(request);
    ASSERT_EQ(request->findings.size(), 1u);
    EXPECT_EQ(request->findings[0].processingName, QStringLiteral("Gestion du personnel"));
    EXPECT_TRUE(request->findings[0].dataHeld.has_value()) << "what was found was not chosen from the keyboard";

    // Answered, then closed (the end is confirmed), by the buttons.
    for (const QString &move : {QStringLiteral("Mark as answered"), QStringLiteral("Close the request")}) {
        ASSERT_TRUE(tabToButton(move)) << qPrintable(move);
        if (move == QStringLiteral("Close the request"))
            MessageBox::setNextAnswer(QMessageBox::Yes);
        press(Qt::Key_Space);
    }
    request = RequestService(window.session()).view(id);
    ASSERT_OK(request);
    EXPECT_EQ(request->state, RequestState::Closed);
    document = IdentityDocumentService(window.session()).describe(id);
    ASSERT_OK(document);
    EXPECT_FALSE(document->has_value()) << "the copy outlived the request";
    auto record = IdentityDocumentService(window.session()).destruction(id);
    ASSERT_OK(record);
    ASSERT_TRUE(record->has_value());
    EXPECT_EQ((*record)->kind, QStringLiteral("Passeport"));
    EXPECT_EQ((*record)->verifiedBy, QStringLiteral("clerk"));
    // The record shows where the copy was.
    view->tabs()->setCurrentWidget(view->identity());
    const auto *shown = view->identity()->findChild<QLabel *>(QStringLiteral("destructionRecord"));
    ASSERT_NE(shown, nullptr);
    EXPECT_TRUE(shown->isVisible());
    EXPECT_TRUE(shown->text().contains(QStringLiteral("Passeport")));
}
