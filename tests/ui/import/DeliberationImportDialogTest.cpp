// Importing a deliberation's text in the Deliberations page: the seed (read
// from ../shared/seeds at run time) shown as parsed, a field corrected and
// saved corrected, linked to the processing of its name, its five
// conditions saved; a truncated text saying what it lacks and saved only
// once confirmed; a number already recorded opened, or imported as a new
// version that keeps a condition's follow-up and adds the new one; a
// clerk without the import; a cancel saving nothing; a dropped file, a
// file chosen and the clipboard opening the dialog.

#include "ui/import/DeliberationImportDialog.h"
#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "tests/support/WindowPages.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/deliberations/ConditionsModel.h"
#include "ui/deliberations/DeliberationView.h"
#include "ui/deliberations/DeliberationsModel.h"
#include "ui/deliberations/DeliberationsPage.h"
#include "ui/shell/MainWindow.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QUrl>

#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Department =
    QStringLiteral("Direction des Ressources Humaines et de la Formation de la Fonction Publique");
const QString Meals = QStringLiteral("Gestion des titres restaurant");

QString seedPath()
{
    return seedsDir() + QStringLiteral("/004_628ae000d0b05c4c.txt");
}

QString seedText()
{
    return QString::fromUtf8(readAll(seedPath()));
}

// The seed cut before its section VI: no closing decision, no condition.
QString truncatedSeed()
{
    const QString text = seedText();
    static const QRegularExpression Sixth(QStringLiteral("\\n\\s*VI\\."));
    const auto match = Sixth.match(text);
    return match.hasMatch() ? text.left(match.capturedStart()) : QString();
}

int countKind(const Deliberation &d, ConditionKind kind)
{
    return int(
        std::count_if(d.conditions.begin(), d.conditions.end(), [kind](const Condition &c) { return c.kind == kind; }));
}

void waitFor(const bool &flag)
{
    for (int i = 0; i < 50 && !flag; ++i)
        QTest::qWait(20);
}

class DeliberationImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_FALSE(seedText().isEmpty()) << "the seed is read from " << qPrintable(seedsDir());
        m_path = m_dir.filePath(QStringLiteral("import.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(session);
        ProcessingService processings(**session);
        for (const auto &[name, department] :
             {std::pair{QStringLiteral("Messagerie professionnelle"), Department}, std::pair{Meals, Department},
              std::pair{QStringLiteral("Vidéoprotection des parkings"), QStringLiteral("Service des Parkings")}}) {
            Processing p;
            p.name = name;
            p.controller = department;
            p.status = ProcessingStatus::InOperation;
            ASSERT_OK(processings.create(p));
        }
        // One of the deliberations the seed cites.
        Deliberation cited;
        cited.number = QStringLiteral("2012-16");
        cited.date = QDate(2012, 1, 23);
        cited.kind = DeliberationKind::FavourableOpinion;
        cited.title = QStringLiteral("Gestion des titres restaurants");
        ASSERT_OK(DeliberationService(**session).create(cited));
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
        window->resize(1280, 800);
        window->show();
        return window;
    }
    std::unique_ptr<MainWindow> dpo() { return windowOf(QStringLiteral("dpo"), DpoPassword); }

    DeliberationsPage *pageShown(MainWindow &window)
    {
        auto *page = pageOf<DeliberationsPage>(window);
        if (!page || !window.showPage(indexOf(window, page)))
            return nullptr;
        return page;
    }

    std::optional<Deliberation> recorded(Session &session, const QString &number)
    {
        auto listed = DeliberationService(session).list();
        if (!listed)
            return std::nullopt;
        for (const DeliberationSummary &summary : *listed) {
            if (summary.number == number)
                return DeliberationService(session).find(summary.id).value();
        }
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(DeliberationImportDialogTest, TheSeedIsShownAsParsedAndSavedWithTheFieldCorrected)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    DeliberationImportDialog dialog(window->session(), seedText(), QStringLiteral("2023-133.txt"), window.get());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    EXPECT_TRUE(dialog.windowTitle().contains(QStringLiteral("2023-133.txt")));
    EXPECT_EQ(dialog.number()->text(), QStringLiteral("2023-133"));
    EXPECT_EQ(dialog.date()->date(), QDate(2023, 9, 20));
    EXPECT_EQ(dialog.authority()->currentText(), QStringLiteral("CCIN"));
    EXPECT_FALSE(dialog.authorityNote()->isVisible()) << "the text names the CCIN";
    EXPECT_EQ(dialog.kind()->currentText(), QStringLiteral("Favourable opinion"));
    EXPECT_EQ(dialog.subject()->currentText(), QStringLiteral("Modification"));
    EXPECT_EQ(dialog.title()->text(), Meals);
    EXPECT_EQ(dialog.presentedBy()->text(), QStringLiteral("Ministre d'État"));
    EXPECT_EQ(dialog.department()->text(), Department);
    EXPECT_EQ(dialog.journalNumber()->text(), QStringLiteral("8663"));
    EXPECT_EQ(dialog.journalDate()->date(), QDate(2023, 10, 6));
    EXPECT_FALSE(dialog.recordedBanner()->isVisible());
    EXPECT_TRUE(dialog.missingBanner()->text().startsWith(QStringLiteral("Everything expected")))
        << qPrintable(dialog.missingBanner()->text());
    EXPECT_EQ(dialog.sections()->count(), 8);
    EXPECT_TRUE(dialog.sections()->item(3)->text().startsWith(QStringLiteral("IV. Sur les droits")));
    ASSERT_EQ(dialog.citations()->count(), 3);
    EXPECT_FALSE(dialog.citations()->item(0)->text().contains(QStringLiteral("(recorded)")));
    EXPECT_TRUE(dialog.citations()->item(1)->text().startsWith(QStringLiteral("No. 2012-16")));
    EXPECT_TRUE(dialog.citations()->item(1)->text().endsWith(QStringLiteral("(recorded)")));

    // The processing of the same name first, then the department's other one; "Add" not offered.
    QComboBox *processing = dialog.processing();
    EXPECT_EQ(UiDriver::byName<QComboBox>(dialog, QStringLiteral("Processing to link")), processing);
    ASSERT_GE(processing->count(), 3);
    EXPECT_EQ(processing->itemData(0).toString(), Meals);
    EXPECT_EQ(processing->currentIndex(), 0);
    EXPECT_TRUE(processing->itemText(0).contains(QStringLiteral("the same name")))
        << qPrintable(processing->itemText(0));
    EXPECT_EQ(processing->itemData(1).toString(), QStringLiteral("Messagerie professionnelle"));
    EXPECT_EQ(processing->itemText(processing->count() - 1), QStringLiteral("No processing"));
    EXPECT_EQ(processing->findText(QStringLiteral("Add to the register"), Qt::MatchStartsWith), -1);

    // Five conditions, each highlighted and ticked.
    QTableWidget *conditions = dialog.conditions();
    ASSERT_EQ(conditions->rowCount(), 5);
    for (int row = 0; row < 4; ++row)
        EXPECT_EQ(conditions->item(row, DeliberationImportDialog::KindColumn)->text(), QStringLiteral("Reminder"));
    EXPECT_EQ(conditions->item(4, DeliberationImportDialog::KindColumn)->text(), QStringLiteral("Request"));
    auto *legend = dialog.findChild<QLabel *>(QStringLiteral("importLegend"));
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->text().contains(QStringLiteral("Reminder")) &&
                legend->text().contains(QStringLiteral("Request")));
    const ParsedDeliberation &parsed = dialog.parsed();
    QTextCursor headline(dialog.text()->document());
    headline.setPosition(int(parsed.headline.start) + 1);
    QTextCursor plain(dialog.text()->document());
    plain.setPosition(int(parsed.journal.start + parsed.journal.length) + 3);
    EXPECT_NE(headline.charFormat().background().color(), plain.charFormat().background().color());

    // Choosing the last condition scrolls the text to it; the Journal's fields to the Journal block.
    EXPECT_EQ(dialog.text()->verticalScrollBar()->value(), 0);
    conditions->setCurrentCell(4, DeliberationImportDialog::TextColumn);
    EXPECT_GT(dialog.text()->verticalScrollBar()->value(), 0);
    EXPECT_TRUE(dialog.shownPart().contains(parsed.conditions[4].text.left(30)));
    dialog.journalNumber()->setFocus();
    QCoreApplication::processEvents();
    EXPECT_TRUE(dialog.shownPart().contains(QStringLiteral("8663")));

    // Corrected before saving: saved corrected.
    UiDriver::type(dialog.presentedBy(), QStringLiteral("Conseiller-Ministre pour les Finances"));
    EXPECT_TRUE(DeliberationService(window->session()).list()->size() == 1u) << "nothing saved before Import";
    ASSERT_TRUE(UiDriver::click(dialog.importButton()));
    ASSERT_TRUE(dialog.result().has_value());
    EXPECT_EQ(dialog.result()->outcome, ImportedDeliberation::Outcome::Created);
    EXPECT_FALSE(dialog.isVisible());
    auto saved = DeliberationService(window->session()).find(dialog.result()->deliberationId);
    ASSERT_OK(saved);
    EXPECT_EQ(saved->number, QStringLiteral("2023-133"));
    EXPECT_EQ(saved->date, QDate(2023, 9, 20));
    EXPECT_EQ(saved->authority, Authority::Ccin);
    EXPECT_EQ(saved->subject, DeliberationSubject::Modification);
    EXPECT_EQ(saved->title, Meals);
    EXPECT_EQ(saved->presentedBy, QStringLiteral("Conseiller-Ministre pour les Finances"));
    EXPECT_EQ(saved->processing, Meals);
    EXPECT_EQ(saved->journalNumber, QStringLiteral("8663"));
    EXPECT_EQ(saved->journalDate, QDate(2023, 10, 6));
    EXPECT_EQ(saved->fullText, parsed.text);
    EXPECT_EQ(saved->sections.size(), 9u) << "the preamble, then I to VIII";
    ASSERT_EQ(saved->conditions.size(), 5u);
    EXPECT_EQ(countKind(*saved, ConditionKind::Reminder), 4);
    EXPECT_EQ(countKind(*saved, ConditionKind::Request), 1);
    EXPECT_EQ(ProcessingService(window->session()).list()->size(), 3u) << "no processing added to the register";
}

TEST_F(DeliberationImportDialogTest, ATruncatedTextSaysWhatIsMissingAndIsSavedOnlyOnceConfirmed)
{
    const QString text = truncatedSeed();
    ASSERT_FALSE(text.isEmpty());
    auto window = dpo();
    ASSERT_TRUE(window);
    DeliberationImportDialog dialog(window->session(), text, QString(), window.get());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    const QString said = dialog.missingBanner()->text();
    EXPECT_TRUE(said.startsWith(QStringLiteral("Not found in the text:"))) << qPrintable(said);
    EXPECT_TRUE(said.contains(QString::fromUtf8("sections VI\u2013VIII"))) << qPrintable(said);
    EXPECT_TRUE(said.contains(QStringLiteral("the closing decision"))) << qPrintable(said);
    EXPECT_EQ(dialog.number()->text(), QStringLiteral("2023-133"));
    EXPECT_EQ(dialog.sections()->count(), 5);
    EXPECT_EQ(dialog.conditions()->rowCount(), 0);

    // Required fields refused at their field, no question asked yet.
    MessageBox::clearNextAnswer();
    dialog.number()->setFocus();
    UiDriver::type(dialog.number(), QStringLiteral("133"));
    dialog.title()->clear();
    ASSERT_TRUE(UiDriver::click(dialog.importButton()));
    auto *numberError = dialog.findChild<QLabel *>(QStringLiteral("importNumberError"));
    auto *titleError = dialog.findChild<QLabel *>(QStringLiteral("importTitleError"));
    ASSERT_TRUE(numberError && titleError);
    EXPECT_TRUE(numberError->isVisible());
    EXPECT_TRUE(titleError->isVisible());
    EXPECT_TRUE(dialog.number()->hasFocus());
    EXPECT_TRUE(dialog.isVisible());

    // Refused once asked, then confirmed.
    UiDriver::type(dialog.number(), QStringLiteral("2023-133"));
    UiDriver::type(dialog.title(), Meals);
    EXPECT_FALSE(numberError->isVisible());
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(dialog.importNew());
    EXPECT_TRUE(MessageBox::lastText().contains(QString::fromUtf8("sections VI\u2013VIII")))
        << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(recorded(window->session(), QStringLiteral("2023-133")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(dialog.importNew());
    auto saved = recorded(window->session(), QStringLiteral("2023-133"));
    ASSERT_TRUE(saved);
    EXPECT_TRUE(saved->conditions.empty());
    EXPECT_EQ(saved->sections.size(), 6u) << "the preamble, then I to V";
}

TEST_F(DeliberationImportDialogTest, ATextWithoutAuthoritySaysTheOneChosenByDate)
{
    QString text = seedText();
    // The headline without its authority, dated 2025 (the seed writes no-break spaces).
    static const QRegularExpression Authority(
        QStringLiteral("du 20\\s+septembre 2023 de la Commission de Contrôle des Informations Nominatives"),
        QRegularExpression::UseUnicodePropertiesOption);
    ASSERT_TRUE(Authority.match(text).hasMatch());
    text.replace(Authority, QStringLiteral("du 20 septembre 2025"));
    auto window = dpo();
    ASSERT_TRUE(window);
    DeliberationImportDialog dialog(window->session(), text, QString(), window.get());
    dialog.show();
    QCoreApplication::processEvents();
    ASSERT_EQ(dialog.date()->date(), QDate(2025, 9, 20));
    EXPECT_EQ(dialog.authority()->currentText(), QStringLiteral("APDP"));
    EXPECT_TRUE(dialog.authorityNote()->isVisible());
    EXPECT_TRUE(dialog.authorityNote()->text().contains(QStringLiteral("chosen by date, not found in the text")));
    EXPECT_TRUE(dialog.missingBanner()->text().contains(QStringLiteral("the authority")));
}

TEST_F(DeliberationImportDialogTest, AnExistingNumberIsOpenedOrImportedAsANewVersionKeepingTheFollowUp)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    Session &session = window->session();
    // Recorded earlier from another print, without the request that ends the seed.
    Deliberation earlier = DeliberationParser::parse(seedText()).toDeliberation();
    ASSERT_EQ(earlier.conditions.size(), 5u);
    earlier.conditions.pop_back();
    earlier.fullText = QStringLiteral("Le texte publié d'abord");
    earlier.journalNumber = QStringLiteral("8600");
    auto created = DeliberationService(session).create(earlier);
    ASSERT_OK(created);
    Condition met = created->conditions[3];
    met.status = ConditionStatus::Met;
    met.evidence = QStringLiteral("Extractions chiffrées depuis la note du 3 mars");
    ASSERT_OK(DeliberationService(session).updateCondition(met));
    auto *page = pageShown(*window);
    ASSERT_NE(page, nullptr);

    // "Open it": the recorded one shown, nothing changed.
    bool seen = false;
    UiDriver::whenShown<DeliberationImportDialog>(
        [](DeliberationImportDialog &dialog) {
            EXPECT_TRUE(dialog.recordedBanner()->isVisible());
            EXPECT_TRUE(dialog.recordedText()->text().contains(QStringLiteral("2023-133")));
            EXPECT_FALSE(dialog.importButton()->isEnabled());
            EXPECT_FALSE(dialog.processing()->isEnabled()) << "a new version keeps the link";
            UiDriver::click(dialog.openButton());
        },
        &seen);
    ASSERT_TRUE(page->importText(seedText(), QStringLiteral("seed")));
    EXPECT_TRUE(seen);
    EXPECT_EQ(page->viewer()->deliberationId(), created->id);
    EXPECT_TRUE(DeliberationService(session).versions(created->id)->empty());
    EXPECT_EQ(DeliberationService(session).find(created->id)->conditions.size(), 4u);

    // A new version: the follow-up kept, the request added, the old text kept.
    seen = false;
    UiDriver::whenShown<DeliberationImportDialog>(
        [](DeliberationImportDialog &dialog) {
            QTableWidget *conditions = dialog.conditions();
            ASSERT_EQ(conditions->rowCount(), 5);
            EXPECT_FALSE(conditions->isColumnHidden(DeliberationImportDialog::RecordedColumn));
            EXPECT_TRUE(conditions->item(3, DeliberationImportDialog::RecordedColumn)
                            ->text()
                            .startsWith(QStringLiteral("Recorded")));
            EXPECT_TRUE(conditions->item(4, DeliberationImportDialog::RecordedColumn)
                            ->text()
                            .startsWith(QStringLiteral("New")));
            UiDriver::click(dialog.versionButton());
        },
        &seen);
    ASSERT_TRUE(page->importText(seedText(), QStringLiteral("seed")));
    EXPECT_TRUE(seen);
    auto now = DeliberationService(session).find(created->id);
    ASSERT_OK(now);
    EXPECT_EQ(now->version, 2);
    ASSERT_EQ(now->conditions.size(), 5u);
    EXPECT_EQ(now->conditions[3].id, met.id);
    EXPECT_EQ(now->conditions[3].status, ConditionStatus::Met);
    EXPECT_EQ(now->conditions[3].evidence, met.evidence);
    EXPECT_EQ(now->conditions[4].kind, ConditionKind::Request);
    EXPECT_EQ(now->conditions[4].status, ConditionStatus::Open);
    EXPECT_EQ(now->journalNumber, QStringLiteral("8663"));
    auto versions = DeliberationService(session).versions(created->id);
    ASSERT_OK(versions);
    ASSERT_EQ(versions->size(), 1u);
    EXPECT_EQ(versions->front().fullText, QStringLiteral("Le texte publié d'abord"));
    EXPECT_EQ(versions->front().journalNumber, QStringLiteral("8600"));
    // The list and the viewer say the version.
    EXPECT_EQ(page->viewer()->deliberationId(), created->id);
    EXPECT_EQ(page->viewer()->conditionsModel()->rowCount(), 5);
    const int row = page->model()->rowOf(created->id);
    EXPECT_EQ(page->model()->index(row, DeliberationsModel::Number).data().toString(),
              QStringLiteral("2023-133 (version 2)"));
    auto *particulars = page->viewer()->findChild<QLabel *>(QStringLiteral("deliberationParticulars"));
    ASSERT_NE(particulars, nullptr);
    EXPECT_TRUE(particulars->text().contains(QStringLiteral("2023-133 (version 2)")));
    // The text it replaced is read in the viewer, after the sections.
    auto *outline = page->viewer()->findChild<QListWidget *>(QStringLiteral("deliberationOutline"));
    ASSERT_NE(outline, nullptr);
    ASSERT_GT(outline->count(), 0);
    EXPECT_TRUE(outline->item(outline->count() - 1)->text().startsWith(QStringLiteral("Earlier text, version 1")))
        << qPrintable(outline->item(outline->count() - 1)->text());
    auto *text = page->viewer()->findChild<QTextBrowser *>(QStringLiteral("deliberationText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Le texte publié d'abord")));
}

TEST_F(DeliberationImportDialogTest, CancellingAsksOnceSomethingIsEditedAndSavesNothing)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    {
        DeliberationImportDialog dialog(window->session(), seedText(), QString(), window.get());
        dialog.show();
        UiDriver::type(dialog.title(), QStringLiteral("Titres restaurant"));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        EXPECT_TRUE(dialog.isVisible()) << "No: the edits stay";
        EXPECT_EQ(dialog.title()->text(), QStringLiteral("Titres restaurant"));
        EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("nothing has been saved")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        EXPECT_FALSE(dialog.isVisible());
        EXPECT_FALSE(dialog.result().has_value());
    }
    {
        // Nothing edited: Cancel closes without asking.
        DeliberationImportDialog dialog(window->session(), seedText(), QString(), window.get());
        dialog.show();
        MessageBox::setNextAnswer(QMessageBox::No);
        EXPECT_TRUE(dialog.cancel());
        EXPECT_FALSE(dialog.isVisible());
    }
    EXPECT_FALSE(recorded(window->session(), QStringLiteral("2023-133")));
    EXPECT_EQ(DeliberationService(window->session()).list()->size(), 1u);
    EXPECT_EQ(ProcessingService(window->session()).list()->size(), 3u);
}

TEST_F(DeliberationImportDialogTest, AClerkHasNoImport)
{
    auto window = windowOf(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(window);
    auto *page = pageShown(*window);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->importButton(), nullptr);
    EXPECT_EQ(page->findChild<QToolButton *>(QStringLiteral("deliberationImport")), nullptr);
    EXPECT_FALSE(page->acceptDrops());
    EXPECT_FALSE(page->importFromClipboard());
    EXPECT_FALSE(DeliberationImportDialog::run(window->session(), seedText(), QString(), page).has_value());
    EXPECT_EQ(DeliberationService(window->session()).list()->size(), 1u);
}

TEST_F(DeliberationImportDialogTest, ADroppedFileAFileChosenAndTheClipboardOpenTheDialog)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = pageShown(*window);
    ASSERT_NE(page, nullptr);
    ASSERT_NE(page->importButton(), nullptr);
    EXPECT_TRUE(page->importButton()->isVisible());
    ASSERT_NE(page->importButton()->menu(), nullptr);
    EXPECT_EQ(page->importButton()->menu()->actions().size(), 2);
    EXPECT_EQ(page->importButton()->menu()->actions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    const QString file = m_dir.filePath(QStringLiteral("2023-133.txt"));
    ASSERT_TRUE(writeAll(file, readAll(seedPath())));

    // Dropped: the dialog opens once the drop is over.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    const QPoint at = page->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    EXPECT_TRUE(drop.isAccepted());
    bool seen = false;
    QString number;
    QString title;
    UiDriver::whenShown<DeliberationImportDialog>(
        [&](DeliberationImportDialog &dialog) {
            number = dialog.number()->text();
            title = dialog.windowTitle();
            dialog.cancel();
        },
        &seen);
    waitFor(seen);
    EXPECT_TRUE(seen);
    EXPECT_EQ(number, QStringLiteral("2023-133"));
    EXPECT_TRUE(title.contains(QStringLiteral("2023-133.txt"))) << qPrintable(title);

    // Something else than a text file is not taken.
    QMimeData image;
    image.setUrls({QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("scan.png")))});
    QDragEnterEvent refused(at, Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &refused);
    EXPECT_FALSE(refused.isAccepted());

    // From a file chosen: a file holding no text said in a message, then the seed imported.
    const QString binary = m_dir.filePath(QStringLiteral("binary.txt"));
    ASSERT_TRUE(writeAll(binary, QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)));
    FileDialog::setNextAnswer(binary);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(page->importFromFile());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("holds no text"))) << qPrintable(MessageBox::lastText());
    FileDialog::setNextAnswer(file);
    seen = false;
    UiDriver::whenShown<DeliberationImportDialog>(
        [](DeliberationImportDialog &dialog) { UiDriver::click(dialog.importButton()); }, &seen);
    ASSERT_TRUE(page->importFromFile());
    EXPECT_TRUE(seen);
    auto saved = recorded(window->session(), QStringLiteral("2023-133"));
    ASSERT_TRUE(saved);
    EXPECT_EQ(page->viewer()->deliberationId(), saved->id);
    EXPECT_EQ(page->model()->rowCount(), 2);

    // From the clipboard: the same number, now recorded.
    QGuiApplication::clipboard()->setText(seedText());
    seen = false;
    bool banner = false;
    UiDriver::whenShown<DeliberationImportDialog>(
        [&](DeliberationImportDialog &dialog) {
            banner = dialog.recordedBanner()->isVisible();
            title = dialog.windowTitle();
            dialog.cancel();
        },
        &seen);
    EXPECT_FALSE(page->importFromClipboard());
    EXPECT_TRUE(seen);
    EXPECT_TRUE(banner);
    EXPECT_TRUE(title.contains(QStringLiteral("clipboard")));
    QGuiApplication::clipboard()->clear();
}

TEST_F(DeliberationImportDialogTest, TheKeyboardWalksTheFieldsImportsWithEnterAndCtrlIOpensAFile)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = pageShown(*window);
    ASSERT_NE(page, nullptr);
    {
        DeliberationImportDialog dialog(window->session(), seedText(), QString(), window.get());
        dialog.show();
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        EXPECT_TRUE(dialog.number()->hasFocus());
        const auto focusedIn = [&](QWidget *field) {
            QWidget *focus = QApplication::focusWidget();
            return focus == field || field->isAncestorOf(focus);
        };
        // Tab walks the fields in order (a date's day, month and year first).
        QWidget *current = dialog.number();
        for (QWidget *next : std::initializer_list<QWidget *>{dialog.date(), dialog.authority(), dialog.kind(),
                                                              dialog.subject(), dialog.title(), dialog.presentedBy(),
                                                              dialog.department(), dialog.journalNumber()}) {
            for (int press = 0; press < 4 && focusedIn(current); ++press)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            EXPECT_TRUE(focusedIn(next)) << qPrintable(next->accessibleName());
            current = next;
        }
        // The Journal's field reached from the keyboard marks the Journal block.
        EXPECT_TRUE(dialog.shownPart().contains(QStringLiteral("8663")));
        // A condition's kind changed with F2 and the list, another unticked with Space.
        QTableWidget *conditions = dialog.conditions();
        conditions->setFocus();
        conditions->setCurrentCell(0, DeliberationImportDialog::KindColumn);
        QTest::keyClick(conditions, Qt::Key_F2);
        auto *kind = UiDriver::byName<QComboBox>(*conditions, QStringLiteral("Kind of condition"));
        ASSERT_NE(kind, nullptr);
        kind->setCurrentIndex(kind->findText(QStringLiteral("Invitation")));
        QTest::keyClick(kind, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits once the key is handled
        EXPECT_EQ(conditions->item(0, DeliberationImportDialog::KindColumn)->text(), QStringLiteral("Invitation"));
        conditions->setCurrentCell(1, DeliberationImportDialog::ImportColumn);
        QTest::keyClick(conditions, Qt::Key_Space);
        EXPECT_EQ(conditions->item(1, DeliberationImportDialog::ImportColumn)->checkState(), Qt::Unchecked);
        dialog.journalNumber()->setFocus();
        QTest::keyClick(dialog.journalNumber(), Qt::Key_Return);
        ASSERT_TRUE(dialog.result().has_value());
        EXPECT_EQ(dialog.result()->outcome, ImportedDeliberation::Outcome::Created);
        auto saved = recorded(window->session(), QStringLiteral("2023-133"));
        ASSERT_TRUE(saved);
        ASSERT_EQ(saved->conditions.size(), 4u) << "the unticked one left out";
        EXPECT_EQ(saved->conditions[0].kind, ConditionKind::Invitation);
        EXPECT_EQ(saved->conditions[1].text, dialog.parsed().conditions[2].text);
    }
    // Ctrl+I on the page asks for a file (cancelled here).
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    page->list()->setFocus();
    FileDialog::setNextAnswer(QString());
    QTest::keyClick(page->list(), Qt::Key_I, Qt::ControlModifier);
    EXPECT_EQ(FileDialog::lastCaption(), QStringLiteral("Import a deliberation"));
}
