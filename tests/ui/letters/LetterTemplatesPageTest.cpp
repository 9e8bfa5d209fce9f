// The letter-template page in Administration: the DPO edits the French
// acknowledgement, sees a placeholder refused as they type and Save refuse it
// with nothing stored; a correct text is saved as a new version, listed and
// in force; the placeholders listed follow the kind and go into the body by
// double-click or Enter; switching kind or leaving with unsaved changes asks
// first; the lock empties the page; a clerk and the administrator do not
// have it.

#include "ui/letters/LetterTemplatesPage.h"
#include "core/accounts/Session.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowPages.h"
#include "tests/support/UiDriver.h"
#include "ui/common/MessageBox.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString French = QStringLiteral("fr");

// The placeholders listed, as written in a template: the first line of
// their cell (the second says whether it is required).
QStringList listed(const QTableWidget &table)
{
    QStringList names;
    for (int row = 0; row < table.rowCount(); ++row)
        names << table.item(row, 0)->text().section(u'\n', 0, 0);
    return names;
}

int rowOf(const QTableWidget &table, const QString &name)
{
    return int(listed(table).indexOf(name));
}

class LetterTemplatesPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("modeles.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
    }
    void TearDown() override { MessageBox::clearNextAnswer(); }

    std::unique_ptr<MainWindow> windowOf(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session).value());
        window->show();
        return window;
    }

    // The DPO's window on the templates page, its widgets found.
    std::unique_ptr<MainWindow> dpoOnTemplates()
    {
        auto window = windowOf(QStringLiteral("dpo"), DpoPassword);
        if (!window)
            return nullptr;
        m_page = pageOf<LetterTemplatesPage>(*window);
        if (!m_page)
            return nullptr;
        window->showPage(indexOf(*window, m_page));
        m_kind = m_page->findChild<QComboBox *>(QStringLiteral("templateKind"));
        m_language = m_page->findChild<QComboBox *>(QStringLiteral("templateLanguage"));
        m_subject = UiDriver::byName(*m_page, QStringLiteral("Subject"));
        m_body = UiDriver::byName<QPlainTextEdit>(*m_page, QStringLiteral("Body"));
        m_placeholders = UiDriver::byName<QTableWidget>(*m_page, QStringLiteral("Placeholders"));
        m_versions = UiDriver::byName<QTableWidget>(*m_page, QStringLiteral("Versions"));
        m_check = m_page->findChild<QLabel *>(QStringLiteral("templateCheck"));
        m_status = m_page->findChild<QLabel *>(QStringLiteral("templateStatus"));
        m_save = m_page->findChild<QPushButton *>(QStringLiteral("templateSave"));
        if (!m_kind || !m_language || !m_subject || !m_body || !m_placeholders || !m_versions || !m_check ||
            !m_status || !m_save)
            return nullptr;
        return window;
    }

    void chooseKind(LetterKind kind) { m_kind->setCurrentIndex(m_kind->findText(LetterComposer::kindName(kind))); }

    // Types `text` at the end of the body, key by key (Return for a new line).
    void typeAtEndOfBody(const QString &text)
    {
        m_body->setFocus();
        m_body->moveCursor(QTextCursor::End);
        const QStringList lines = text.split(u'\n');
        for (qsizetype line = 0; line < lines.size(); ++line) {
            if (line > 0)
                QTest::keyClick(m_body, Qt::Key_Return);
            QTest::keyClicks(m_body, lines[line]);
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    LetterTemplatesPage *m_page = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTableWidget *m_placeholders = nullptr;
    QTableWidget *m_versions = nullptr;
    QLabel *m_check = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

TEST_F(LetterTemplatesPageTest, AnUnknownPlaceholderIsShownRefusedAndSaveRefusesItStoringNothing)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    EXPECT_TRUE(m_page->isVisible());
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(indexOf(*window, m_page))->text(), QStringLiteral("Letter templates"));

    // The French acknowledgement, as Habeas comes with it.
    EXPECT_EQ(m_kind->currentText(), QStringLiteral("Acknowledgement of receipt"));
    EXPECT_EQ(m_language->currentText(), QStringLiteral("French"));
    const LetterTemplateVersion own = LetterService::builtIn(LetterKind::Acknowledgement, French);
    EXPECT_EQ(m_subject->text(), own.subject);
    EXPECT_EQ(m_body->toPlainText(), own.body);
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    EXPECT_FALSE(m_save->isEnabled()) << "nothing to save yet";
    EXPECT_TRUE(m_check->text().startsWith(QStringLiteral("The text can be saved"))) << qPrintable(m_check->text());

    typeAtEndOfBody(QStringLiteral("\n\nVotre dossier : {{dossier.numero}}"));
    EXPECT_TRUE(m_page->hasUnsavedChanges());
    EXPECT_TRUE(m_save->isEnabled());
    // Said as it is typed, before anything is saved.
    EXPECT_TRUE(m_check->text().contains(QStringLiteral("cannot be saved"))) << qPrintable(m_check->text());
    EXPECT_TRUE(m_check->text().contains(QStringLiteral("{{dossier.numero}}"))) << qPrintable(m_check->text());

    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    m_subject->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(UiDriver::click(m_save));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("{{dossier.numero}}")))
        << qPrintable(MessageBox::lastText());
    EXPECT_EQ(m_status->text(), MessageBox::lastText());
    EXPECT_TRUE(m_body->hasFocus());
    // Still in the editor, nothing stored.
    EXPECT_TRUE(m_page->hasUnsavedChanges());
    EXPECT_TRUE(m_body->toPlainText().endsWith(QStringLiteral("{{dossier.numero}}")));
    auto versions = LetterService(window->session()).templateVersions(LetterKind::Acknowledgement, French);
    ASSERT_OK(versions);
    EXPECT_TRUE(versions->empty());
    auto current = LetterService(window->session()).currentTemplate(LetterKind::Acknowledgement, French);
    ASSERT_OK(current);
    EXPECT_EQ(current->version, 0);
    EXPECT_EQ(current->body, own.body);

    // A fault in the subject puts the focus there.
    m_body->setPlainText(own.body);
    UiDriver::type(m_subject, QStringLiteral("Objet {{objet"));
    EXPECT_TRUE(m_check->text().contains(QStringLiteral("cannot be saved"))) << qPrintable(m_check->text());
    m_body->setFocus();
    EXPECT_FALSE(m_page->save());
    EXPECT_TRUE(m_subject->hasFocus());
    auto still = LetterService(window->session()).templateVersions(LetterKind::Acknowledgement, French);
    ASSERT_OK(still);
    EXPECT_TRUE(still->empty());
}

TEST_F(LetterTemplatesPageTest, ACorrectTextIsSavedAsANewVersionListedAndInForce)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    // Habeas's own text alone, in force.
    ASSERT_EQ(m_versions->rowCount(), 1);
    EXPECT_EQ(m_versions->item(0, 0)->text(), QStringLiteral("0 (in force)"));
    EXPECT_EQ(m_versions->item(0, 2)->text(), QStringLiteral("Habeas's own text"));

    UiDriver::type(m_subject, QStringLiteral("Votre demande {{request.reference}}"));
    typeAtEndOfBody(QStringLiteral("\n\nPour toute question, merci de rappeler {{request.reference}}."));
    EXPECT_TRUE(m_check->text().startsWith(QStringLiteral("The text can be saved"))) << qPrintable(m_check->text());

    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(m_body, Qt::Key_S, Qt::ControlModifier);
    // A button's shortcut clicks it after a short animation.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return m_status->text().startsWith(QStringLiteral("Saved as version 1")); }, 2000))
        << qPrintable(m_status->text());
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    EXPECT_FALSE(m_save->isEnabled());
    ASSERT_EQ(m_versions->rowCount(), 2);
    EXPECT_EQ(m_versions->item(0, 0)->text(), QStringLiteral("1 (in force)"));
    EXPECT_FALSE(m_versions->item(0, 1)->text().isEmpty());
    EXPECT_EQ(m_versions->item(0, 2)->text(), QStringLiteral("dpo"));
    EXPECT_EQ(m_versions->item(1, 0)->text(), QStringLiteral("0"));
    EXPECT_EQ(m_versions->item(1, 2)->text(), QStringLiteral("Habeas's own text"));

    auto current = LetterService(window->session()).currentTemplate(LetterKind::Acknowledgement, French);
    ASSERT_OK(current);
    EXPECT_EQ(current->version, 1);
    EXPECT_EQ(current->subject, QStringLiteral("Votre demande {{request.reference}}"));
    EXPECT_TRUE(current->body.endsWith(QStringLiteral("merci de rappeler {{request.reference}}.")));
    EXPECT_EQ(current->savedBy, QStringLiteral("dpo"));

    // A second version; the first can be loaded back to start from it.
    m_subject->setText(QStringLiteral("Accusé de réception, demande {{request.reference}}"));
    ASSERT_TRUE(m_page->save());
    EXPECT_TRUE(m_status->text().startsWith(QStringLiteral("Saved as version 2"))) << qPrintable(m_status->text());
    ASSERT_EQ(m_versions->rowCount(), 3);
    EXPECT_EQ(m_versions->item(0, 0)->text(), QStringLiteral("2 (in force)"));
    EXPECT_EQ(m_versions->item(1, 0)->text(), QStringLiteral("1"));
    m_versions->selectRow(1);
    auto *load = m_page->findChild<QPushButton *>(QStringLiteral("templateLoad"));
    ASSERT_TRUE(UiDriver::click(load));
    EXPECT_EQ(m_subject->text(), QStringLiteral("Votre demande {{request.reference}}"));
    EXPECT_TRUE(m_page->hasUnsavedChanges());
    EXPECT_TRUE(m_status->text().contains(QStringLiteral("Version 1"))) << qPrintable(m_status->text());
    // Starting again from Habeas's text asks before dropping those changes.
    auto *builtIn = m_page->findChild<QPushButton *>(QStringLiteral("templateBuiltIn"));
    MessageBox::setNextAnswer(QMessageBox::No);
    ASSERT_TRUE(UiDriver::click(builtIn));
    EXPECT_EQ(m_subject->text(), QStringLiteral("Votre demande {{request.reference}}"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(UiDriver::click(builtIn));
    const LetterTemplateVersion own = LetterService::builtIn(LetterKind::Acknowledgement, French);
    EXPECT_EQ(m_subject->text(), own.subject);
    EXPECT_EQ(m_body->toPlainText(), own.body);
    // Nothing is in force until it is saved.
    auto inForce = LetterService(window->session()).currentTemplate(LetterKind::Acknowledgement, French);
    ASSERT_OK(inForce);
    EXPECT_EQ(inForce->version, 2);
}

TEST_F(LetterTemplatesPageTest, ThePlaceholdersListedFollowTheKind)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    const QString reason = QStringLiteral("{{request.refusal_reason}}");
    QStringList names = listed(*m_placeholders);
    EXPECT_TRUE(names.contains(QStringLiteral("{{request.due}}")));
    EXPECT_FALSE(names.contains(reason)) << "no reason for refusal in an acknowledgement";
    const int civility = rowOf(*m_placeholders, QStringLiteral("{{addressee.civility}}"));
    ASSERT_GE(civility, 0);
    EXPECT_EQ(m_placeholders->item(civility, 0)->text(), QStringLiteral("{{addressee.civility}}\nmay be empty"));
    // Using it anyway is said as it is typed.
    typeAtEndOfBody(QStringLiteral("\n\n") + reason);
    EXPECT_TRUE(m_check->text().contains(QStringLiteral("cannot use {{request.refusal_reason}}")))
        << qPrintable(m_check->text());

    // Another kind with unsaved changes: asked first; Cancel stays.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    chooseKind(LetterKind::Refusal);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not saved"))) << qPrintable(MessageBox::lastText());
    EXPECT_EQ(m_kind->currentText(), QStringLiteral("Acknowledgement of receipt"));
    EXPECT_EQ(m_page->kind(), LetterKind::Acknowledgement);
    EXPECT_TRUE(m_body->toPlainText().endsWith(reason));
    // Discard: the refusal is shown, nothing was saved.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    chooseKind(LetterKind::Refusal);
    EXPECT_EQ(m_page->kind(), LetterKind::Refusal);
    EXPECT_EQ(m_body->toPlainText(), LetterService::builtIn(LetterKind::Refusal, French).body);
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    names = listed(*m_placeholders);
    const int row = rowOf(*m_placeholders, reason);
    ASSERT_GE(row, 0) << qPrintable(names.join(u' '));
    EXPECT_EQ(m_placeholders->item(row, 0)->text(), reason + QStringLiteral("\nrequired"));
    EXPECT_EQ(m_placeholders->item(row, 1)->text(), QStringLiteral("Reason for the refusal"));
    EXPECT_FALSE(names.contains(QStringLiteral("{{processings}}"))) << "the processings are for replies";
    auto versions = LetterService(window->session()).templateVersions(LetterKind::Acknowledgement, French);
    ASSERT_OK(versions);
    EXPECT_TRUE(versions->empty());

    // The language too, without a question when nothing changed.
    MessageBox::clearNextAnswer();
    m_language->setCurrentIndex(m_language->findText(QStringLiteral("English")));
    EXPECT_EQ(m_page->language(), QStringLiteral("en"));
    EXPECT_EQ(m_subject->text(), LetterService::builtIn(LetterKind::Refusal, QStringLiteral("en")).subject);
}

TEST_F(LetterTemplatesPageTest, DoubleClickAndEnterInsertAPlaceholderAtTheCursorInTheBody)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    m_body->setPlainText(QStringLiteral("Réponse attendue le .\n\nCordialement,"));
    QTextCursor cursor = m_body->textCursor();
    cursor.setPosition(int(QStringLiteral("Réponse attendue le ").size()));
    m_body->setTextCursor(cursor);

    const int due = rowOf(*m_placeholders, QStringLiteral("{{request.due}}"));
    ASSERT_GE(due, 0);
    QTableWidgetItem *item = m_placeholders->item(due, 0);
    m_placeholders->scrollToItem(item);
    const QPoint at = m_placeholders->visualItemRect(item).center();
    // As a person does: the press that selects the row, then the double-click.
    QTest::mouseClick(m_placeholders->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(m_placeholders->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(m_body->toPlainText(), QStringLiteral("Réponse attendue le {{request.due}}.\n\nCordialement,"));
    EXPECT_TRUE(m_page->hasUnsavedChanges());

    // From the keyboard: the list, a row, Enter; the body has the focus back.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    const int name = rowOf(*m_placeholders, QStringLiteral("{{signatory.name}}"));
    ASSERT_GE(name, 0);
    m_body->moveCursor(QTextCursor::End);
    m_placeholders->setFocus();
    m_placeholders->selectRow(name);
    QTest::keyClick(m_placeholders, Qt::Key_Return);
    EXPECT_EQ(m_body->toPlainText(),
              QStringLiteral("Réponse attendue le {{request.due}}.\n\nCordialement,{{signatory.name}}"));
    EXPECT_TRUE(m_body->hasFocus());
}

TEST_F(LetterTemplatesPageTest, LeavingThePageWithUnsavedChangesAsksFirst)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    const int here = indexOf(*window, m_page);
    typeAtEndOfBody(QStringLiteral(" Merci."));
    ASSERT_TRUE(m_page->hasUnsavedChanges());

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window->showPage(0));
    EXPECT_TRUE(m_page->isVisible());
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->currentRow(), here);
    EXPECT_TRUE(m_page->hasUnsavedChanges());

    // Save as it leaves: stored as version 1.
    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(window->showPage(0));
    EXPECT_FALSE(m_page->isVisible());
    auto current = LetterService(window->session()).currentTemplate(LetterKind::Acknowledgement, French);
    ASSERT_OK(current);
    EXPECT_EQ(current->version, 1);
    EXPECT_TRUE(current->body.endsWith(QStringLiteral(" Merci.")));

    // Discard as it leaves: back on the page, the text in force.
    window->showPage(here);
    typeAtEndOfBody(QStringLiteral(" Encore."));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window->showPage(0));
    MessageBox::clearNextAnswer();
    window->showPage(here);
    EXPECT_EQ(m_body->toPlainText(), current->body);
    EXPECT_FALSE(m_page->hasUnsavedChanges());
}

TEST_F(LetterTemplatesPageTest, TheLockEmptiesThePage)
{
    auto window = dpoOnTemplates();
    ASSERT_TRUE(window);
    typeAtEndOfBody(QStringLiteral(" {{inconnu}}"));
    ASSERT_FALSE(m_check->text().isEmpty());
    ASSERT_GT(m_versions->rowCount(), 0);

    window->lock();
    EXPECT_TRUE(m_subject->text().isEmpty());
    EXPECT_TRUE(m_body->toPlainText().isEmpty());
    EXPECT_EQ(m_versions->rowCount(), 0);
    EXPECT_TRUE(m_check->text().isEmpty());
    EXPECT_TRUE(m_status->text().isEmpty());
    EXPECT_FALSE(m_page->hasUnsavedChanges());
    EXPECT_FALSE(m_save->isEnabled());
    auto current = LetterService(window->session()).currentTemplate(LetterKind::Acknowledgement, French);
    ASSERT_FALSE(current);
    EXPECT_EQ(current.error().code, ErrorCode::NotOpen);
}

TEST_F(LetterTemplatesPageTest, NeitherAClerkNorTheAdministratorHasThePage)
{
    for (auto [login, password] :
         {std::pair{QStringLiteral("clerk"), ClerkPassword}, std::pair{QStringLiteral("admin"), AdminPassword}}) {
        auto window = windowOf(login, password);
        ASSERT_TRUE(window);
        EXPECT_EQ(pageOf<LetterTemplatesPage>(*window), nullptr) << qPrintable(login);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        ASSERT_NE(navigation, nullptr);
        EXPECT_TRUE(navigation->findItems(QStringLiteral("Letter templates"), Qt::MatchExactly).isEmpty());
    }
}

} // namespace
