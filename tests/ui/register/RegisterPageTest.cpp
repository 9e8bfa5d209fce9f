// The Register page: its model under QAbstractItemModelTester; the search
// and the filters by status, department and open conditions; the DPO edits
// a processing's purpose and a retention, undoes and redoes, saves, and
// reads the change in the history; a refusal lands at its field; unsaved
// edits ask before leaving; the consistency checks in the list and the
// editor follow what the DPO saves; a clerk reads the register without
// editing it; the lock empties the page; the processing chosen and the
// whole register are exported as PDFs that open only with their password,
// the DPO makes the inspection file of a processing through its scope and
// password dialogs (a clerk is not offered it) and it opens only with its
// password and holds every section,
// and Ctrl+P prints the processing through a dialog without printing to a
// file.

#include "ui/register/RegisterPage.h"
#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/letters/EncryptedPdf.h"
#include "core/register/ProcessingService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowPages.h"
#include "tests/support/UiDriver.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/register/InspectionFileDialog.h"
#include "ui/register/ProcessingEditor.h"
#include "ui/register/RegisterModel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Mail = QStringLiteral("Gestion de la messagerie professionnelle");
const QString Payroll = QStringLiteral("Paie des agents de l'État");
const QString Directory = QStringLiteral("Gestion des annuaires");

// The PDF's text as pdftotext reads it with `password`; empty when it
// does not open.
QString pdfText(const QString &path, const QString &password)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), password, path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

QStringList names(const RegisterModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, RegisterModel::Name).data().toString();
    return shown;
}

class RegisterPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("registre.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        // Two processings described, one only referenced by a link, and a
        // deliberation on the payroll with one condition still open.
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(session);
        Processing mail;
        mail.reference = QStringLiteral("DSI-01");
        mail.name = Mail;
        mail.controller = QStringLiteral("Direction informatique");
        mail.status = ProcessingStatus::InOperation;
        mail.legalBasis = LegalBasis::PublicInterest;
        mail.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("60 jours"), 60},
                               {QStringLiteral("Journaux de connexion"), QStringLiteral("Un an"), 365}};
        mail.links = {{LinkKind::Interconnection, Directory}};
        ASSERT_OK(ProcessingService(**session).create(mail));
        Processing payroll;
        payroll.reference = QStringLiteral("DBT-02");
        payroll.name = Payroll;
        payroll.controller = QStringLiteral("Direction du budget");
        payroll.status = ProcessingStatus::Draft;
        payroll.legalBasis = LegalBasis::LegalObligation;
        payroll.dataCategories = {{QStringLiteral("Rémunération"), QStringLiteral("Dix ans"), 3650}};
        ASSERT_OK(ProcessingService(**session).create(payroll));
        Deliberation deliberation;
        deliberation.number = QStringLiteral("2024-31");
        deliberation.date = QDate(2024, 3, 20);
        deliberation.title = QStringLiteral("Avis sur la paie");
        deliberation.processing = Payroll;
        Condition open;
        open.text = QStringLiteral("Informer les agents");
        Condition met;
        met.text = QStringLiteral("Chiffrer les sauvegardes");
        met.status = ConditionStatus::Met;
        met.evidence = QStringLiteral("Rapport");
        deliberation.conditions = {open, met};
        ASSERT_OK(DeliberationService(**session).create(deliberation));
    }
    void TearDown() override
    {
        MessageBox::clearNextAnswer();
        FileDialog::clearNextAnswer();
    }

    // The window of `login` on the Register page, its widgets found.
    std::unique_ptr<MainWindow> onRegister(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session).value());
        window->show();
        window->activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(window.get()));
        for (Page *page : window->pages()) {
            if (auto *wanted = qobject_cast<RegisterPage *>(page))
                m_page = wanted;
        }
        if (!m_page)
            return nullptr;
        window->showPage(indexOf(*window, m_page));
        m_editor = m_page->editor();
        m_search = m_page->findChild<QLineEdit *>(QStringLiteral("registerSearch"));
        m_status = m_page->findChild<QComboBox *>(QStringLiteral("registerStatus"));
        m_department = m_page->findChild<QComboBox *>(QStringLiteral("registerDepartment"));
        m_openOnly = m_page->findChild<QCheckBox *>(QStringLiteral("registerOpenOnly"));
        m_name = m_editor->findChild<QLineEdit *>(QStringLiteral("processingName"));
        m_categories = m_editor->findChild<QTableWidget *>(QStringLiteral("processingCategories"));
        m_save = m_editor->findChild<QPushButton *>(QStringLiteral("processingSave"));
        m_modified = m_editor->findChild<QLabel *>(QStringLiteral("processingModified"));
        if (!m_search || !m_status || !m_department || !m_openOnly || !m_name || !m_categories || !m_save ||
            !m_modified)
            return nullptr;
        return window;
    }

    void choose(qint64 id) { ASSERT_TRUE(m_page->openProcessing(id)); }

    qint64 idOf(const QString &name)
    {
        const int row = int(names(*m_page->model()).indexOf(name));
        return row < 0 ? 0 : m_page->model()->index(row, 0).data(RegisterModel::IdRole).toLongLong();
    }

    // Puts a new purpose in and presses Enter, as a person would (the
    // text is set whole: QTest types ASCII only).
    void rename(const QString &name)
    {
        m_name->setFocus();
        m_name->setText(name);
        QTest::keyClick(m_name, Qt::Key_Return);
    }

    // Edits a cell of the data categories as the table's editor does.
    void setCell(int row, int column, const QString &text) { m_categories->item(row, column)->setText(text); }

    QTemporaryDir m_dir;
    QString m_path;
    RegisterPage *m_page = nullptr;
    ProcessingEditor *m_editor = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_openOnly = nullptr;
    QLineEdit *m_name = nullptr;
    QTableWidget *m_categories = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_modified = nullptr;
};

} // namespace

TEST_F(RegisterPageTest, TheModelListsTheRegisterUnderTheTester)
{
    RegisterModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
    ASSERT_OK(session);
    auto rows = ProcessingService(**session).list();
    ASSERT_OK(rows);
    model.setRows(*rows);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), RegisterModel::ColumnCount);
    EXPECT_EQ(names(model), (QStringList{Mail, Payroll, Directory})) << "described first, by name";
    const int payroll = int(names(model).indexOf(Payroll));
    EXPECT_EQ(model.index(payroll, RegisterModel::Reference).data().toString(), QStringLiteral("DBT-02"));
    EXPECT_EQ(model.index(payroll, RegisterModel::Department).data().toString(), QStringLiteral("Direction du budget"));
    EXPECT_EQ(model.index(payroll, RegisterModel::Status).data().toString(), QStringLiteral("Draft"));
    EXPECT_EQ(model.index(payroll, RegisterModel::LegalBasisColumn).data().toString(),
              QStringLiteral("Legal obligation"));
    EXPECT_EQ(model.index(payroll, RegisterModel::OpenConditions).data().toString(), QStringLiteral("1"))
        << "the condition met is not counted";
    EXPECT_EQ(model.index(payroll, 0).data(RegisterModel::OpenConditionsRole).toInt(), 1);
    EXPECT_FALSE(model.index(payroll, RegisterModel::LastChange).data().toString().isEmpty());
    EXPECT_EQ(model.index(2, RegisterModel::Status).data().toString(), QStringLiteral("Referenced only"));
    model.sort(RegisterModel::Reference, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, RegisterModel::Reference).data().toString(), QStringLiteral("DSI-01"));
    RegisterModel::Filter filter;
    filter.openConditionsOnly = true;
    model.setFilter(filter);
    EXPECT_EQ(names(model), QStringList{Payroll});
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RegisterPageTest, SearchAndFiltersNarrowTheList)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    const RegisterModel &model = *m_page->model();
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_TRUE(m_editor->isOpen()) << "the first processing is shown at once";
    EXPECT_EQ(m_editor->current().name, Mail);

    QTest::keyClicks(m_search, QStringLiteral("messagerie"));
    EXPECT_EQ(names(model), QStringList{Mail});
    UiDriver::type(m_search, QStringLiteral("dbt-02"));
    EXPECT_EQ(names(model), QStringList{Payroll}) << "references are searched too";
    m_search->clear();
    EXPECT_EQ(model.rowCount(), 3);

    m_status->setCurrentIndex(m_status->findText(QStringLiteral("In operation")));
    EXPECT_EQ(names(model), QStringList{Mail});
    m_status->setCurrentIndex(0);
    m_department->setCurrentIndex(m_department->findText(QStringLiteral("Direction du budget")));
    EXPECT_EQ(names(model), QStringList{Payroll});
    m_department->setCurrentIndex(0);
    m_openOnly->setChecked(true);
    EXPECT_EQ(names(model), QStringList{Payroll});
    m_openOnly->setChecked(false);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(RegisterPageTest, TheDpoEditsUndoesRedoesSavesAndReadsTheHistory)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Mail));
    EXPECT_FALSE(m_modified->isVisible());
    EXPECT_FALSE(m_save->isEnabled());

    rename(QStringLiteral("Messagerie des agents"));
    m_editor->tabs()->setCurrentIndex(ProcessingEditor::DataTab);
    setCell(0, ProcessingEditor::CategoryRetention, QStringLiteral("90 jours"));
    setCell(0, ProcessingEditor::CategoryDays, QStringLiteral("90"));
    EXPECT_EQ(m_editor->undoStack()->count(), 3) << "one step per committed edit";
    EXPECT_TRUE(m_modified->isVisible());
    EXPECT_TRUE(m_save->isEnabled());
    EXPECT_EQ(m_editor->current().dataCategories[0].retentionDays, 90);

    // Undo everything: the fields are as read, nothing is modified.
    // The first by Ctrl+Z in the table, as a person would.
    m_categories->setFocus();
    QTest::keyClick(m_categories, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_editor->undoStack()->index(), 2);
    EXPECT_EQ(m_categories->item(0, ProcessingEditor::CategoryDays)->text(), QStringLiteral("60"));
    for (int step = 0; step < 2; ++step)
        m_editor->undoAction()->trigger();
    EXPECT_EQ(m_name->text(), Mail);
    EXPECT_EQ(m_categories->item(0, ProcessingEditor::CategoryRetention)->text(), QStringLiteral("60 jours"));
    EXPECT_EQ(m_categories->item(0, ProcessingEditor::CategoryDays)->text(), QStringLiteral("60"));
    EXPECT_FALSE(m_modified->isVisible());
    // Redo everything: the edits are back.
    QTest::keyClick(m_categories, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_editor->undoStack()->index(), 1) << "Ctrl+Shift+Z redoes";
    for (int step = 0; step < 2; ++step)
        m_editor->redoAction()->trigger();
    EXPECT_EQ(m_name->text(), QStringLiteral("Messagerie des agents"));
    EXPECT_EQ(m_categories->item(0, ProcessingEditor::CategoryRetention)->text(), QStringLiteral("90 jours"));
    auto *retention = m_editor->findChild<QTableWidget *>(QStringLiteral("processingRetention"));
    ASSERT_TRUE(retention);
    EXPECT_EQ(retention->item(0, 1)->text(), QStringLiteral("90 jours")) << "section VIII follows section III";

    // Ctrl+S saves (a button's shortcut clicks it after a short animation).
    m_categories->setFocus();
    QTest::keyClick(m_categories, Qt::Key_S, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_modified->isVisible(); }, 2000));
    EXPECT_EQ(m_editor->statusText(), QStringLiteral("Saved."));
    // Read from the vault (the window holds it open).
    auto stored = ProcessingService(window->session()).find(idOf(QStringLiteral("Messagerie des agents")));
    ASSERT_OK(stored);
    EXPECT_EQ(stored->dataCategories[0].retention, QStringLiteral("90 jours"));
    EXPECT_EQ(stored->dataCategories[0].retentionDays, 90);
    EXPECT_EQ(names(*m_page->model()).count(QStringLiteral("Messagerie des agents")), 1) << "the list follows";

    // The history, newest first: who, which field, before and after.
    QTableWidget *history = m_editor->history();
    ASSERT_GE(history->rowCount(), 3);
    const auto row = [&](const QString &field) {
        for (int each = 0; each < history->rowCount(); ++each) {
            if (history->item(each, ProcessingEditor::HistoryField)->text() == field)
                return each;
        }
        return -1;
    };
    const int name = row(QStringLiteral("Purpose"));
    ASSERT_GE(name, 0);
    EXPECT_EQ(history->item(name, ProcessingEditor::HistoryWho)->text(), QStringLiteral("dpo"));
    EXPECT_EQ(history->item(name, ProcessingEditor::HistoryBefore)->text(), Mail);
    EXPECT_EQ(history->item(name, ProcessingEditor::HistoryAfter)->text(), QStringLiteral("Messagerie des agents"));
    const int data = row(QStringLiteral("Data and retention"));
    ASSERT_GE(data, 0);
    EXPECT_EQ(history->item(data, ProcessingEditor::HistoryBefore)->text(),
              QStringLiteral("Identité — 60 jours (60 days)"))
        << "only the category that changed";
    EXPECT_EQ(history->item(data, ProcessingEditor::HistoryAfter)->text(),
              QStringLiteral("Identité — 90 jours (90 days)"));
    EXPECT_GE(row(QStringLiteral("Entered in the register")), 0);
}

TEST_F(RegisterPageTest, WhetherTheDataMustBeGivenIsSavedUndoneAndKeptInTheHistory)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Payroll));
    auto *mandatory = m_editor->findChild<QComboBox *>(QStringLiteral("processingMandatory"));
    auto *reason = m_editor->findChild<QPlainTextEdit *>(QStringLiteral("processingMandatoryReason"));
    ASSERT_TRUE(mandatory && reason);
    EXPECT_EQ(mandatory->currentData().toInt(), -1) << "not stated until the DPO says";

    m_editor->tabs()->setCurrentIndex(ProcessingEditor::InformationTab);
    mandatory->setFocus();
    QTest::keyClick(mandatory, Qt::Key_Down);
    EXPECT_EQ(mandatory->currentData().toInt(), 1);
    EXPECT_EQ(m_editor->current().dataMandatory, std::optional<bool>(true));
    reason->setFocus();
    reason->setPlainText(QStringLiteral("Sans elle, le traitement ne peut être versé."));
    mandatory->setFocus(); // leaving the text commits it
    EXPECT_EQ(m_editor->current().mandatoryReason, QStringLiteral("Sans elle, le traitement ne peut être versé."));
    EXPECT_EQ(m_editor->undoStack()->count(), 2);

    m_editor->undoAction()->trigger();
    EXPECT_TRUE(reason->toPlainText().isEmpty());
    m_editor->undoAction()->trigger();
    EXPECT_EQ(mandatory->currentData().toInt(), -1);
    EXPECT_FALSE(m_modified->isVisible());
    m_editor->redoAction()->trigger();
    m_editor->redoAction()->trigger();
    EXPECT_EQ(mandatory->currentData().toInt(), 1);

    m_save->click();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !m_modified->isVisible(); }, 2000));
    auto stored = ProcessingService(window->session()).find(idOf(Payroll));
    ASSERT_OK(stored);
    EXPECT_EQ(stored->dataMandatory, std::optional<bool>(true));
    EXPECT_EQ(stored->mandatoryReason, QStringLiteral("Sans elle, le traitement ne peut être versé."));

    QTableWidget *history = m_editor->history();
    int found = -1;
    for (int row = 0; row < history->rowCount(); ++row) {
        if (history->item(row, ProcessingEditor::HistoryField)->text() == QStringLiteral("Whether the data must be given"))
            found = row;
    }
    ASSERT_GE(found, 0);
    EXPECT_EQ(history->item(found, ProcessingEditor::HistoryBefore)->text(), QStringLiteral("Not stated"));
    EXPECT_EQ(history->item(found, ProcessingEditor::HistoryAfter)->text(), QStringLiteral("Mandatory"))
        << "read as words, not as the stored key";
}

TEST_F(RegisterPageTest, TheChecksFollowWhatTheDpoSaves)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    const RegisterModel &model = *m_page->model();
    QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QString noDeliberation = QStringLiteral("no deliberation of the authority");
    const auto checks = [&](const QString &name) {
        return model.index(int(names(model).indexOf(name)), RegisterModel::Checks);
    };
    // The mail is in operation with no deliberation, and linked to a
    // processing only referenced; the payroll, a draft, has nothing.
    EXPECT_EQ(checks(Mail).data().toString(), QStringLiteral("2"));
    EXPECT_EQ(checks(Mail).data(RegisterModel::ChecksRole).toInt(), 2);
    EXPECT_TRUE(checks(Mail).data(Qt::ToolTipRole).toString().contains(noDeliberation));
    EXPECT_TRUE(checks(Mail).data(Qt::ToolTipRole).toString().contains(Directory));
    EXPECT_FALSE(checks(Mail).data(Qt::DecorationRole).value<QIcon>().isNull()) << "a warning icon";
    EXPECT_TRUE(checks(Payroll).data().toString().isEmpty());
    EXPECT_TRUE(checks(Payroll).data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(checks(Directory).data().toString().isEmpty()) << "only referenced: nothing of its own to check";

    choose(idOf(Mail));
    auto *said = m_editor->findChild<QLabel *>(QStringLiteral("processingChecks"));
    ASSERT_TRUE(said);
    EXPECT_TRUE(said->isVisible());
    EXPECT_TRUE(said->text().contains(noDeliberation));

    // The DPO puts it back to a draft and saves: that flag goes, in the
    // list and in the editor.
    auto *status = m_editor->findChild<QComboBox *>(QStringLiteral("processingStatus"));
    ASSERT_TRUE(status);
    status->setCurrentIndex(status->findData(int(ProcessingStatus::Draft)));
    m_save->click();
    EXPECT_EQ(m_editor->statusText(), QStringLiteral("Saved."));
    EXPECT_EQ(checks(Mail).data().toString(), QStringLiteral("1"));
    EXPECT_FALSE(checks(Mail).data(Qt::ToolTipRole).toString().contains(noDeliberation));
    EXPECT_FALSE(said->text().contains(noDeliberation));
    EXPECT_TRUE(said->text().contains(Directory));

    // Describing the linked processing clears the last one.
    Processing directory;
    directory.name = Directory;
    ASSERT_OK(ProcessingService(window->session()).create(directory));
    m_page->reload();
    EXPECT_TRUE(checks(Mail).data().toString().isEmpty());
    EXPECT_TRUE(checks(Mail).data(Qt::DecorationRole).isNull());
    EXPECT_FALSE(said->isVisible()) << "nothing to check: the line is gone";
}

TEST_F(RegisterPageTest, ARefusalLandsAtItsField)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Payroll));
    // A purpose another processing has.
    rename(Mail);
    m_editor->tabs()->setCurrentIndex(ProcessingEditor::SecurityTab);
    EXPECT_FALSE(m_editor->save());
    EXPECT_EQ(m_editor->tabs()->currentIndex(), ProcessingEditor::PurposeTab);
    EXPECT_TRUE(m_name->hasFocus());
    EXPECT_TRUE(m_editor->statusText().contains(Mail)) << qPrintable(m_editor->statusText());
    // A data category without a name, in the second row.
    rename(Payroll);
    m_editor->tabs()->setCurrentIndex(ProcessingEditor::DataTab);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(*m_editor, QStringLiteral("Add a category"))));
    EXPECT_EQ(m_categories->rowCount(), 2);
    if (QWidget *open = QApplication::focusWidget(); open && m_categories->isAncestorOf(open))
        QTest::keyClick(open, Qt::Key_Escape);
    m_editor->tabs()->setCurrentIndex(ProcessingEditor::PurposeTab);
    EXPECT_FALSE(m_editor->save());
    EXPECT_EQ(m_editor->tabs()->currentIndex(), ProcessingEditor::DataTab);
    EXPECT_EQ(m_categories->currentRow(), 1);
    EXPECT_TRUE(m_categories->hasFocus());
    EXPECT_EQ(m_editor->statusText(), QStringLiteral("Every data category needs a name."));
    // Nothing was stored.
    // Read from the vault (the window holds it open).
    auto stored = ProcessingService(window->session()).find(idOf(Payroll));
    ASSERT_OK(stored);
    EXPECT_EQ(stored->dataCategories.size(), 1u);
}

TEST_F(RegisterPageTest, UnsavedEditsAskBeforeLeaving)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Mail));
    rename(QStringLiteral("Messagerie"));
    // Cancel: the page stays, and so do the edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window->showPage(0));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("not saved"))) << qPrintable(MessageBox::lastText());
    EXPECT_TRUE(m_page->isVisible());
    EXPECT_EQ(m_name->text(), QStringLiteral("Messagerie"));
    // Choosing another processing asks too; Cancel keeps this one.
    EXPECT_FALSE(m_page->openProcessing(idOf(Payroll)));
    EXPECT_EQ(m_editor->current().name, QStringLiteral("Messagerie"));
    // Discard: the page is left, nothing saved.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    EXPECT_TRUE(window->showPage(0));
    auto all = ProcessingService(window->session()).list();
    ASSERT_OK(all);
    EXPECT_TRUE(std::any_of(all->begin(), all->end(), [](const ProcessingSummary &row) { return row.name == Mail; }));
    // Save: the edits are stored on the way out.
    MessageBox::clearNextAnswer();
    window->showPage(indexOf(*window, m_page));
    choose(idOf(Mail));
    rename(QStringLiteral("Messagerie"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    EXPECT_TRUE(window->showPage(0));
    all = ProcessingService(window->session()).list();
    ASSERT_OK(all);
    EXPECT_TRUE(std::any_of(all->begin(), all->end(),
                            [](const ProcessingSummary &row) { return row.name == QStringLiteral("Messagerie"); }));
}

TEST_F(RegisterPageTest, TheDpoEntersANewProcessing)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(*m_page, QStringLiteral("&New processing…"))));
    EXPECT_EQ(m_editor->processingId(), 0);
    rename(QStringLiteral("Gestion des visiteurs"));
    ASSERT_TRUE(m_editor->save()) << qPrintable(m_editor->statusText());
    EXPECT_NE(m_editor->processingId(), 0);
    EXPECT_EQ(m_page->model()->rowCount(), 4);
    EXPECT_EQ(m_editor->undoStack()->count(), 0) << "a created processing's steps are dropped";
}

TEST_F(RegisterPageTest, AClerkReadsTheRegisterWithoutEditingIt)
{
    auto window = onRegister(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(window);
    EXPECT_EQ(m_page->model()->rowCount(), 3);
    choose(idOf(Payroll));
    EXPECT_EQ(m_name->text(), Payroll);
    EXPECT_TRUE(m_name->isReadOnly());
    EXPECT_FALSE(m_save->isVisible());
    EXPECT_FALSE(UiDriver::button(*m_page, QStringLiteral("&New processing…")));
    m_editor->tabs()->setCurrentIndex(ProcessingEditor::DataTab);
    EXPECT_FALSE(UiDriver::button(*m_editor, QStringLiteral("Add a category")));
    EXPECT_EQ(m_categories->editTriggers(), QAbstractItemView::NoEditTriggers);
    for (auto *text : m_editor->findChildren<QPlainTextEdit *>())
        EXPECT_TRUE(text->isReadOnly()) << qPrintable(text->accessibleName());
    EXPECT_FALSE(m_editor->save());
    EXPECT_FALSE(m_page->newProcessing());
    EXPECT_TRUE(window->showPage(0)) << "nothing to ask about";
}

TEST_F(RegisterPageTest, TheLockEmptiesThePage)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Mail));
    QTest::keyClicks(m_search, QStringLiteral("messagerie"));
    rename(QStringLiteral("Messagerie pas encore enregistree"));
    window->lock();
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    EXPECT_TRUE(m_search->text().isEmpty());
    EXPECT_EQ(m_department->count(), 1) << "the departments are gone too";
    EXPECT_FALSE(m_editor->isOpen());
    EXPECT_TRUE(m_name->text().isEmpty());
    EXPECT_EQ(m_categories->rowCount(), 0);
    EXPECT_EQ(m_editor->history()->rowCount(), 0);
    EXPECT_EQ(m_editor->undoStack()->count(), 0);
    for (auto *text : m_editor->findChildren<QPlainTextEdit *>())
        EXPECT_TRUE(text->toPlainText().isEmpty()) << qPrintable(text->accessibleName());
    for (auto *label : m_editor->findChildren<QLabel *>())
        EXPECT_FALSE(label->text().contains(QStringLiteral("essagerie"))) << qPrintable(label->objectName());
    EXPECT_TRUE(m_editor->findChild<QLabel *>(QStringLiteral("processingChecks"))->text().isEmpty())
        << "the checks named the linked processing";
    // Nothing typed comes back with Ctrl+Z after the lock.
    for (auto *edit : m_page->findChildren<QLineEdit *>())
        EXPECT_FALSE(edit->isUndoAvailable()) << qPrintable(edit->accessibleName());
    for (auto *text : m_editor->findChildren<QPlainTextEdit *>())
        EXPECT_FALSE(text->document()->isUndoAvailable()) << qPrintable(text->accessibleName());
}

TEST_F(RegisterPageTest, TheProcessingAndTheRegisterAreExportedEncrypted)
{
    auto window = onRegister(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(window);
    choose(idOf(Mail));
    auto *exportEntry = m_page->findChild<QAction *>(QStringLiteral("registerExportEntry"));
    auto *exportRegister = m_page->findChild<QAction *>(QStringLiteral("registerExportRegister"));
    ASSERT_NE(exportEntry, nullptr);
    ASSERT_NE(exportRegister, nullptr);

    const QString password = QStringLiteral("Rocher-Saint-Nicolas-2291");
    const QString entryFile = m_dir.filePath(QStringLiteral("messagerie.pdf"));
    bool weakRefused = false;
    UiDriver::whenShown<PdfPasswordDialog>([&](PdfPasswordDialog &dialog) {
        dialog.passwordField()->setText(QStringLiteral("monaco"));
        dialog.repeatField()->setText(QStringLiteral("monaco"));
        weakRefused = !dialog.confirmButton()->isEnabled();
        dialog.passwordField()->setText(password);
        dialog.repeatField()->setText(password);
        ASSERT_TRUE(dialog.confirmButton()->isEnabled());
        dialog.confirmButton()->click();
    });
    FileDialog::setNextAnswer(entryFile);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    exportEntry->trigger();
    EXPECT_TRUE(weakRefused);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("password"))) << MessageBox::lastText().toStdString();
    const QByteArray entry = readAll(entryFile);
    ASSERT_FALSE(entry.isEmpty());
    EXPECT_TRUE(EncryptedPdf::opensWith(entry, password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(entry, QByteArray()));
    EXPECT_FALSE(EncryptedPdf::opensWith(entry, QByteArrayLiteral("Rocher-Saint-Nicolas-2292")));
    auto protection = EncryptedPdf::protection(entry, password.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_FALSE(protection->mayExtract);
    const QString entryText = pdfText(entryFile, password);
    EXPECT_TRUE(entryText.contains(Mail)) << entryText.toStdString();
    EXPECT_FALSE(entryText.contains(Payroll));

    const QString registerFile = m_dir.filePath(QStringLiteral("registre.pdf"));
    UiDriver::whenShown<PdfPasswordDialog>([&](PdfPasswordDialog &dialog) {
        dialog.passwordField()->setText(password);
        dialog.repeatField()->setText(password);
        dialog.confirmButton()->click();
    });
    FileDialog::setNextAnswer(registerFile);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    exportRegister->trigger();
    const QByteArray whole = readAll(registerFile);
    ASSERT_FALSE(whole.isEmpty());
    EXPECT_TRUE(EncryptedPdf::opensWith(whole, password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(whole, QByteArray()));
    const QString wholeText = pdfText(registerFile, password);
    EXPECT_TRUE(wholeText.contains(Mail)) << wholeText.toStdString();
    EXPECT_TRUE(wholeText.contains(Payroll)) << wholeText.toStdString();

    // Cancelled at the password: no file.
    const QString other = m_dir.filePath(QStringLiteral("annule.pdf"));
    UiDriver::whenShown<PdfPasswordDialog>([](PdfPasswordDialog &dialog) { dialog.reject(); });
    FileDialog::setNextAnswer(other);
    EXPECT_FALSE(m_page->exportExtract(false));
    EXPECT_FALSE(QFile::exists(other));
}

TEST_F(RegisterPageTest, TheDpoMakesTheInspectionFileAndAClerkIsNotOfferedIt)
{
    {
        auto clerkWindow = onRegister(QStringLiteral("clerk"), ClerkPassword);
        ASSERT_TRUE(clerkWindow);
        auto *offered = m_page->findChild<QPushButton *>(QStringLiteral("registerInspection"));
        ASSERT_NE(offered, nullptr);
        EXPECT_TRUE(offered->isHidden());
        m_page = nullptr;
    }
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    auto *inspection = m_page->findChild<QPushButton *>(QStringLiteral("registerInspection"));
    ASSERT_NE(inspection, nullptr);
    EXPECT_FALSE(inspection->isHidden());
    choose(idOf(Payroll));

    // The scope first: the processing chosen is offered and taken.
    const QString password = QStringLiteral("Rocher-Saint-Nicolas-2291");
    const QString file = m_dir.filePath(QStringLiteral("inspection-paie.pdf"));
    bool scopeOffered = false;
    bool passwordAsked = false;
    UiDriver::whenShown<InspectionFileDialog>([&](InspectionFileDialog &dialog) {
        scopeOffered = dialog.processingButton()->isEnabled() && dialog.processingButton()->isChecked() &&
                       dialog.processingButton()->text().contains(Payroll);
        // The password dialog comes once this one has closed.
        UiDriver::whenShown<PdfPasswordDialog>(
            [&](PdfPasswordDialog &asked) {
                asked.passwordField()->setText(password);
                asked.repeatField()->setText(password);
                asked.confirmButton()->click();
            },
            &passwordAsked);
        dialog.accept();
    });
    FileDialog::setNextAnswer(file);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_TRUE(m_page->exportInspection());
    EXPECT_TRUE(scopeOffered);
    EXPECT_TRUE(passwordAsked);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("password"))) << MessageBox::lastText().toStdString();
    const QByteArray bytes = readAll(file);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_TRUE(EncryptedPdf::opensWith(bytes, password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArray()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArrayLiteral("Rocher-Saint-Nicolas-2292")));
    EXPECT_TRUE(pdfText(file, QStringLiteral("Rocher-Saint-Nicolas-2292")).isEmpty());
    // Ligatures ("ﬁ") read as their letters.
    const QString text = pdfText(file, password).normalized(QString::NormalizationForm_KC);
    for (const QString &expected :
         {QStringLiteral("Inspection file"), QStringLiteral("Daniel Protection"), QStringLiteral("Contents"),
          QStringLiteral("1. The register"), QStringLiteral("2. Deliberations of the authority"),
          QStringLiteral("3. Rights requests"), QStringLiteral("4. Identity documents destroyed"),
          QStringLiteral("5. The audit log"), QStringLiteral("2024-31"), QStringLiteral("Informer les agents"),
          QStringLiteral("Chiffrer les sauvegardes"), QStringLiteral("Whole: every entry verified")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(Payroll) || text.contains(QStringLiteral("Paie des agents")));
    // One processing only: the mail's entry is not in it.
    EXPECT_FALSE(text.contains(Mail)) << text.toStdString();

    // A folder that cannot be written: said, nothing written.
    const QString missing = m_dir.filePath(QStringLiteral("absent/inspection.pdf"));
    UiDriver::whenShown<InspectionFileDialog>([&](InspectionFileDialog &dialog) {
        UiDriver::whenShown<PdfPasswordDialog>([&](PdfPasswordDialog &asked) {
            asked.passwordField()->setText(password);
            asked.repeatField()->setText(password);
            asked.confirmButton()->click();
        });
        dialog.accept();
    });
    FileDialog::setNextAnswer(missing);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(m_page->exportInspection());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("The inspection file could not be exported.")))
        << MessageBox::lastText().toStdString();
    EXPECT_FALSE(QFile::exists(missing));

    // Cancelled at the scope: nothing asked further, no file.
    const QString other = m_dir.filePath(QStringLiteral("annule.pdf"));
    UiDriver::whenShown<InspectionFileDialog>([](InspectionFileDialog &dialog) { dialog.reject(); });
    FileDialog::setNextAnswer(other);
    EXPECT_FALSE(m_page->exportInspection());
    EXPECT_FALSE(QFile::exists(other));
}

TEST_F(RegisterPageTest, CtrlPPrintsTheProcessingThroughADialogWithoutPrintingToAFile)
{
    auto window = onRegister(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(window);
    choose(idOf(Payroll));
    bool printDialogShown = false;
    bool toFileOffered = true;
    UiDriver::whenShown<QPrintDialog>(
        [&toFileOffered](QPrintDialog &dialog) {
            toFileOffered = dialog.testOption(QAbstractPrintDialog::PrintToFile);
            dialog.reject();
        },
        &printDialogShown);
    auto *print = window->findChild<QAction *>(QStringLiteral("printAction"));
    ASSERT_NE(print, nullptr);
    print->trigger();
    EXPECT_TRUE(printDialogShown);
    EXPECT_FALSE(toFileOffered);
}
