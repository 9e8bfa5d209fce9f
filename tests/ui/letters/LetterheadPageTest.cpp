// The letterhead page in Administration: the administrator edits and saves
// (Ctrl+S), the next window shows what was saved, a refusal names its field
// and puts the focus there, the logo comes through the file dialog, the
// lock empties the form; nobody else has the page.

#include "ui/letters/LetterheadPage.h"
#include "core/accounts/Session.h"
#include "core/letters/Letterhead.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowPages.h"
#include "tests/support/UiDriver.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/settings/SecuritySettingsPage.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

class LetterheadPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("entete.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
    }
    void TearDown() override
    {
        MessageBox::clearNextAnswer();
        FileDialog::clearNextAnswer();
    }

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

    // The administrator's window on the letterhead page.
    std::unique_ptr<MainWindow> adminOnLetterhead(LetterheadPage *&page)
    {
        auto window = windowOf(QStringLiteral("admin"), AdminPassword);
        if (!window)
            return nullptr;
        page = pageOf<LetterheadPage>(*window);
        if (page)
            window->showPage(indexOf(*window, page));
        return window;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(LetterheadPageTest, TheAdministratorEditsTheSignatorySavesAndTheNextWindowShowsIt)
{
    const QString name = QStringLiteral("Aurore Testelli");
    {
        LetterheadPage *page = nullptr;
        auto window = adminOnLetterhead(page);
        ASSERT_TRUE(window);
        ASSERT_NE(page, nullptr);
        EXPECT_TRUE(page->isVisible());
        // Right after the settings page, in Administration.
        auto *settings = pageOf<SecuritySettingsPage>(*window);
        ASSERT_NE(settings, nullptr);
        EXPECT_EQ(indexOf(*window, page), indexOf(*window, settings) + 1);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        ASSERT_NE(navigation, nullptr);
        EXPECT_EQ(navigation->item(indexOf(*window, page))->text(), QStringLiteral("Letterhead"));

        auto *save = page->findChild<QPushButton *>(QStringLiteral("letterheadSave"));
        auto *status = page->findChild<QLabel *>(QStringLiteral("letterheadStatus"));
        ASSERT_NE(save, nullptr);
        ASSERT_NE(status, nullptr);
        EXPECT_FALSE(save->isEnabled()) << "nothing to save yet";
        auto *place = UiDriver::byName(*page, QStringLiteral("Place"));
        ASSERT_NE(place, nullptr);
        EXPECT_EQ(place->text(), QStringLiteral("Monaco"));

        auto *signatory = UiDriver::byName(*page, QStringLiteral("Signatory's name"));
        ASSERT_NE(signatory, nullptr);
        UiDriver::type(signatory, name);
        EXPECT_TRUE(page->hasUnsavedChanges());
        EXPECT_TRUE(save->isEnabled());
        EXPECT_EQ(status->text(), QStringLiteral("Changes not saved yet."));

        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
        signatory->setFocus();
        QTest::keyClick(signatory, Qt::Key_S, Qt::ControlModifier);
        // A button's shortcut clicks it after a short animation.
        EXPECT_TRUE(QTest::qWaitFor([&] { return status->text() == QStringLiteral("Letterhead saved."); }, 2000))
            << qPrintable(status->text());
        EXPECT_FALSE(page->hasUnsavedChanges());
        EXPECT_FALSE(save->isEnabled());
        auto stored = LetterheadService(window->session()).current();
        ASSERT_OK(stored);
        EXPECT_EQ(stored->signatoryName, name);
        EXPECT_EQ(stored->place, QStringLiteral("Monaco"));
    }
    LetterheadPage *page = nullptr;
    auto window = adminOnLetterhead(page);
    ASSERT_TRUE(window);
    ASSERT_NE(page, nullptr);
    auto *signatory = UiDriver::byName(*page, QStringLiteral("Signatory's name"));
    ASSERT_NE(signatory, nullptr);
    EXPECT_EQ(signatory->text(), name);
    EXPECT_FALSE(page->hasUnsavedChanges());
}

TEST_F(LetterheadPageTest, ARefusalSaysWhyAtItsFieldAndSavesNothing)
{
    LetterheadPage *page = nullptr;
    auto window = adminOnLetterhead(page);
    ASSERT_TRUE(window);
    ASSERT_NE(page, nullptr);
    auto *footer = UiDriver::byName<QPlainTextEdit>(*page, QStringLiteral("Footer"));
    ASSERT_NE(footer, nullptr);
    footer->setPlainText(QStringLiteral("Ligne un\nLigne deux\nLigne trois"));
    auto *office = UiDriver::byName(*page, QStringLiteral("Office name"));
    ASSERT_NE(office, nullptr);
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    office->setFocus();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Footer"))) << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("2 lines"))) << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(footer->hasFocus());
    auto *status = page->findChild<QLabel *>(QStringLiteral("letterheadStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), MessageBox::lastText());
    // Still on the form, still unsaved, nothing stored.
    EXPECT_TRUE(page->hasUnsavedChanges());
    auto stored = LetterheadService(window->session()).current();
    ASSERT_OK(stored);
    EXPECT_TRUE(stored->footer.isEmpty());
}

TEST_F(LetterheadPageTest, TheLogoIsChosenThroughTheFileDialogAndRemoved)
{
    LetterheadPage *page = nullptr;
    auto window = adminOnLetterhead(page);
    ASSERT_TRUE(window);
    ASSERT_NE(page, nullptr);
    auto *remove = page->findChild<QPushButton *>(QStringLiteral("letterheadRemoveLogo"));
    auto *choose = page->findChild<QPushButton *>(QStringLiteral("letterheadChooseLogo"));
    auto *view = page->findChild<QLabel *>(QStringLiteral("letterheadLogo"));
    ASSERT_NE(remove, nullptr);
    ASSERT_NE(choose, nullptr);
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(remove->isEnabled());
    EXPECT_EQ(view->text(), QStringLiteral("No logo"));

    // Not an image: said, and nothing changes.
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(text);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("only words, no picture");
    }
    FileDialog::setNextAnswer(text);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    choose->click();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not an image"))) << qPrintable(MessageBox::lastText());
    EXPECT_FALSE(page->hasUnsavedChanges());

    const QString picture = m_dir.filePath(QStringLiteral("logo.png"));
    QImage wide(1800, 600, QImage::Format_ARGB32);
    wide.fill(QColor(0xb0, 0x1c, 0x2e));
    ASSERT_TRUE(wide.save(picture, "PNG"));
    FileDialog::setNextAnswer(picture);
    choose->click();
    EXPECT_TRUE(FileDialog::lastCaption().contains(QStringLiteral("image")));
    EXPECT_FALSE(view->pixmap().isNull());
    EXPECT_TRUE(remove->isEnabled());
    EXPECT_TRUE(page->hasUnsavedChanges());
    ASSERT_TRUE(page->save());
    auto stored = LetterheadService(window->session()).current();
    ASSERT_OK(stored);
    QImage logo;
    ASSERT_TRUE(logo.loadFromData(stored->logoPng, "PNG"));
    EXPECT_EQ(logo.size(), QSize(600, 200));

    remove->click();
    EXPECT_EQ(view->text(), QStringLiteral("No logo"));
    EXPECT_TRUE(page->hasUnsavedChanges());
    ASSERT_TRUE(page->save());
    stored = LetterheadService(window->session()).current();
    ASSERT_OK(stored);
    EXPECT_TRUE(stored->logoPng.isEmpty());
}

TEST_F(LetterheadPageTest, UnsavedEditsStayWhileNavigatingAndTheLockEmptiesTheForm)
{
    LetterheadPage *page = nullptr;
    auto window = adminOnLetterhead(page);
    ASSERT_TRUE(window);
    ASSERT_NE(page, nullptr);
    auto *authority = UiDriver::byName<QPlainTextEdit>(*page, QStringLiteral("Supervisory authority's address"));
    auto *note = page->findChild<QLabel *>(QStringLiteral("letterheadAuthorityNote"));
    ASSERT_NE(authority, nullptr);
    ASSERT_NE(note, nullptr);
    // Refusals cannot be printed without it: said while it is empty.
    EXPECT_TRUE(note->isVisible());
    authority->setPlainText(QStringLiteral("Autorité de Protection des Données Personnelles\nMC 98000 Monaco"));
    EXPECT_FALSE(note->isVisible());
    auto *office = UiDriver::byName(*page, QStringLiteral("Office name"));
    ASSERT_NE(office, nullptr);
    office->setText(QStringLiteral("Délégué à la protection des données"));
    auto *preview = page->findChild<QLabel *>(QStringLiteral("letterheadPreviewOffice"));
    ASSERT_NE(preview, nullptr);
    EXPECT_EQ(preview->text(), QStringLiteral("Délégué à la protection des données"));

    window->showPage(0);
    window->showPage(indexOf(*window, page));
    EXPECT_EQ(office->text(), QStringLiteral("Délégué à la protection des données"));
    EXPECT_TRUE(page->hasUnsavedChanges());

    auto *place = UiDriver::byName(*page, QStringLiteral("Place"));
    ASSERT_NE(place, nullptr);
    EXPECT_EQ(place->text(), QStringLiteral("Monaco"));
    window->lock();
    EXPECT_TRUE(office->text().isEmpty());
    EXPECT_TRUE(authority->toPlainText().isEmpty());
    EXPECT_TRUE(place->text().isEmpty());
    EXPECT_FALSE(page->hasUnsavedChanges());
    auto stored = LetterheadService(window->session()).current();
    ASSERT_FALSE(stored);
    EXPECT_EQ(stored.error().code, ErrorCode::NotOpen);
}

TEST_F(LetterheadPageTest, NeitherAClerkNorTheDpoHasTheLetterheadPage)
{
    for (auto [login, password] :
         {std::pair{QStringLiteral("clerk"), ClerkPassword}, std::pair{QStringLiteral("dpo"), DpoPassword}}) {
        auto window = windowOf(login, password);
        ASSERT_TRUE(window);
        EXPECT_EQ(pageOf<LetterheadPage>(*window), nullptr) << qPrintable(login);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        ASSERT_NE(navigation, nullptr);
        EXPECT_TRUE(navigation->findItems(QStringLiteral("Letterhead"), Qt::MatchExactly).isEmpty());
    }
}

} // namespace
