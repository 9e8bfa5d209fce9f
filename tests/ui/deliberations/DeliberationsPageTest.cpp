// The Deliberations page and the DPO's board of conditions, on deliberation
// no. 2023-133 with its full text read from the seed: the list and the
// models; the outline scrolls the text to a section; a condition followed
// up to "met" asks for its evidence first, shows in its history, and stays
// on the board until it is met; the board opens a deliberation at the
// condition chosen; linking the deliberation to a processing; a condition
// measured by an indicator chosen from the keyboard shows its figure and the
// late request; a clerk reads only and has no board; the lock empties both
// pages.

#include "ui/deliberations/DeliberationsPage.h"
#include "core/accounts/Session.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "tests/support/WindowPages.h"
#include "ui/common/MessageBox.h"
#include "ui/deliberations/ConditionsBoardPage.h"
#include "ui/deliberations/ConditionsModel.h"
#include "ui/deliberations/DeliberationView.h"
#include "ui/deliberations/DeliberationsModel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

// Deliberation no. 2023-133 as the seed gives it: the full text, and its
// sections I to VIII found by their headings.
Deliberation seedOpinion()
{
    Deliberation d;
    d.number = QStringLiteral("2023-133");
    d.date = QDate(2023, 9, 20);
    d.kind = DeliberationKind::FavourableOpinion;
    d.subject = DeliberationSubject::Modification;
    d.title = QStringLiteral("Avis favorable à la modification du traitement « Gestion des titres restaurant »");
    d.processing = QStringLiteral("Gestion des titres restaurant");
    QFile file(seedsDir() + QStringLiteral("/004_628ae000d0b05c4c.txt"));
    if (file.open(QIODevice::ReadOnly))
        d.fullText = QString::fromUtf8(file.readAll());
    static const QRegularExpression heading(QStringLiteral("^(I|II|III|IV|V|VI|VII|VIII)\\.\\s+Sur\\b"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : d.fullText.split(u'\n')) {
        if (heading.match(line.trimmed()).hasMatch())
            d.sections.push_back({line.trimmed().simplified(), QString()});
        else if (!d.sections.empty() && !line.trimmed().isEmpty())
            d.sections.back().text += line.trimmed() + u'\n';
    }
    const std::pair<ConditionKind, const char *> conditions[] = {
        {ConditionKind::Reminder, "Répondre aux demandes d'accès dans le mois"},
        {ConditionKind::Reminder, "Protéger chaque compte par un mot de passe fort, renouvelé"},
        {ConditionKind::Reminder, "Chiffrer toute copie ou extraction sur son support"},
        {ConditionKind::Request, "Informer les agents qu'ils peuvent étendre leurs droits auprès du prestataire"},
    };
    for (const auto &[kind, text] : conditions) {
        Condition c;
        c.kind = kind;
        c.text = QString::fromUtf8(text);
        d.conditions.push_back(c);
    }
    return d;
}

Deliberation olderRecommendation()
{
    Deliberation d;
    d.number = QStringLiteral("2015-113");
    d.date = QDate(2015, 11, 18);
    d.kind = DeliberationKind::Recommendation;
    d.title = QStringLiteral("Recommandation sur la copie des documents d'identité");
    d.sections = {{QStringLiteral("I. Copies"), QStringLiteral("Une copie n'est gardée que le temps nécessaire.")}};
    Condition c;
    c.kind = ConditionKind::Invitation;
    c.text = QStringLiteral("Détruire les copies une fois la demande traitée");
    d.conditions = {c};
    return d;
}

// The text at the top of the viewer's visible part.
QString topLine(QTextBrowser *text)
{
    return text->cursorForPosition(QPoint(4, 4)).block().text();
}

class DeliberationsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("avis.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(session);
        auto seed = DeliberationService(**session).create(seedOpinion());
        ASSERT_OK(seed);
        ASSERT_EQ(seed->sections.size(), 8u) << "the seed's sections I to VIII";
        m_seed = *seed;
        auto older = DeliberationService(**session).create(olderRecommendation());
        ASSERT_OK(older);
        m_older = *older;
    }
    void TearDown() override { MessageBox::clearNextAnswer(); }

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

    // The page shown with the seed deliberation open.
    DeliberationsPage *showSeed(MainWindow &window)
    {
        auto *page = pageOf<DeliberationsPage>(window);
        if (!page || !window.showPage(indexOf(window, page)) || !page->open(m_seed.id))
            return nullptr;
        return page;
    }

    QTemporaryDir m_dir;
    QString m_path;
    Deliberation m_seed;
    Deliberation m_older;
};

} // namespace

TEST_F(DeliberationsPageTest, TheModelsPassTheTesterAndSayWhatTheListShows)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    QAbstractItemModelTester listTester(page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester conditionsTester(page->viewer()->conditionsModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    page->reload();

    DeliberationsModel *model = page->model();
    ASSERT_EQ(model->rowCount(), 2);
    // Newest first.
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, DeliberationsModel::Number), QStringLiteral("2023-133"));
    EXPECT_EQ(cell(0, DeliberationsModel::AuthorityColumn), QStringLiteral("CCIN"));
    EXPECT_EQ(cell(0, DeliberationsModel::Kind), QStringLiteral("Favourable opinion"));
    EXPECT_EQ(cell(0, DeliberationsModel::Title), m_seed.title);
    EXPECT_EQ(cell(0, DeliberationsModel::Processing), QStringLiteral("Gestion des titres restaurant"));
    EXPECT_EQ(cell(0, DeliberationsModel::Conditions), QStringLiteral("4 / 4"));
    EXPECT_EQ(cell(1, DeliberationsModel::Number), QStringLiteral("2015-113"));
    EXPECT_EQ(cell(1, DeliberationsModel::Kind), QStringLiteral("Recommendation"));
    EXPECT_EQ(cell(1, DeliberationsModel::Processing), QStringLiteral("None"));
    EXPECT_EQ(cell(1, DeliberationsModel::Conditions), QStringLiteral("1 / 1"));
    EXPECT_EQ(model->data(model->index(1, 0), DeliberationsModel::IdRole).toLongLong(), m_older.id);

    ConditionsModel *conditions = page->viewer()->conditionsModel();
    ASSERT_EQ(conditions->rowCount(), 4);
    EXPECT_EQ(conditions->index(0, ConditionsModel::Kind).data().toString(), QStringLiteral("Reminder"));
    EXPECT_EQ(conditions->index(3, ConditionsModel::Kind).data().toString(), QStringLiteral("Request"));
    EXPECT_EQ(conditions->index(0, ConditionsModel::Status).data().toString(), QStringLiteral("Open"));
    EXPECT_EQ(conditions->index(0, ConditionsModel::Owner).data().toString(), QStringLiteral("Nobody"));
    EXPECT_EQ(conditions->index(0, ConditionsModel::Due).data().toString(), QStringLiteral("No date"));

    // A standalone model, sorted and filtered under the tester.
    ConditionsModel board;
    QAbstractItemModelTester boardTester(&board, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto open = DeliberationService(window->session()).openConditions();
    ASSERT_OK(open);
    std::vector<Condition> rows = *open;
    rows[0].owner = QStringLiteral("Zoé");
    rows[1].owner = QStringLiteral("Anne");
    board.setConditions(rows);
    board.sort(ConditionsModel::Owner, Qt::AscendingOrder);
    EXPECT_EQ(board.index(0, ConditionsModel::Owner).data().toString(), QStringLiteral("Anne"));
    EXPECT_EQ(board.index(1, ConditionsModel::Owner).data().toString(), QStringLiteral("Zoé"));
    EXPECT_EQ(board.owners(), QStringList({QStringLiteral("Anne"), QStringLiteral("Zoé")}));
    board.setOwnerFilter(QStringLiteral("Zoé"));
    EXPECT_EQ(board.rowCount(), 1);
    board.setOwnerFilter(QString());
    EXPECT_EQ(board.rowCount(), int(rows.size()) - 2);
    board.clear();
    EXPECT_EQ(board.rowCount(), 0);
}

TEST_F(DeliberationsPageTest, TheOutlineListsTheSectionsAndScrollsTheTextToTheOneChosen)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    QListWidget *outline = page->viewer()->outline();
    QTextBrowser *text = page->viewer()->text();
    ASSERT_EQ(outline->count(), 8);
    EXPECT_TRUE(outline->item(0)->text().startsWith(QStringLiteral("I. Sur la finalité")));
    EXPECT_TRUE(outline->item(7)->text().startsWith(QStringLiteral("VIII. Sur la durée")));
    EXPECT_TRUE(text->toPlainText().contains(QStringLiteral("Rappelle que")));
    EXPECT_EQ(text->verticalScrollBar()->value(), 0);

    const auto click = [&](int row) {
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {},
                          outline->visualItemRect(outline->item(row)).center());
        QCoreApplication::processEvents();
    };
    click(3);
    const int fourth = text->verticalScrollBar()->value();
    EXPECT_GT(fourth, 0);
    EXPECT_TRUE(topLine(text).startsWith(QStringLiteral("IV."))) << qPrintable(topLine(text));
    click(5);
    EXPECT_GT(text->verticalScrollBar()->value(), fourth);
    EXPECT_TRUE(topLine(text).startsWith(QStringLiteral("VI."))) << qPrintable(topLine(text));
    // The keyboard too: up to section I.
    outline->setFocus();
    outline->setCurrentRow(1);
    QTest::keyClick(outline, Qt::Key_Up);
    EXPECT_TRUE(topLine(text).startsWith(QStringLiteral("I."))) << qPrintable(topLine(text));
}

TEST_F(DeliberationsPageTest, AConditionIsMetOnlyWithItsEvidenceItsHistoryShowsItAndItLeavesTheBoard)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *board = pageOf<ConditionsBoardPage>(*window);
    ASSERT_NE(board, nullptr);
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    EXPECT_EQ(board->model()->rowCount(), 5);
    const qint64 chosen = m_seed.conditions[2].id;
    EXPECT_GE(board->model()->rowOf(chosen), 0);

    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    DeliberationView *viewer = page->viewer();
    ASSERT_TRUE(viewer->selectCondition(chosen));
    auto *status = UiDriver::byName<QComboBox>(*viewer, QStringLiteral("Status"));
    auto *owner = UiDriver::byName(*viewer, QStringLiteral("Owner"));
    auto *evidence = UiDriver::byName<QPlainTextEdit>(*viewer, QStringLiteral("Evidence"));
    auto *note = UiDriver::byName(*viewer, QStringLiteral("Note for the history"));
    auto *save = viewer->findChild<QPushButton *>(QStringLiteral("conditionSave"));
    auto *error = viewer->findChild<QLabel *>(QStringLiteral("evidenceError"));
    auto *historyNote = viewer->findChild<QLabel *>(QStringLiteral("conditionHistoryNote"));
    ASSERT_TRUE(status && owner && evidence && note && save && error && historyNote);
    EXPECT_EQ(viewer->history()->rowCount(), 0);
    EXPECT_TRUE(historyNote->text().contains(QStringLiteral("has not changed"))) << qPrintable(historyNote->text());

    // In progress, with an owner.
    status->setCurrentIndex(status->findText(QStringLiteral("In progress")));
    UiDriver::type(owner, QStringLiteral("Marie Testa"));
    UiDriver::type(note, QStringLiteral("Confie au service informatique"));
    EXPECT_TRUE(viewer->hasUnsavedChanges());
    ASSERT_TRUE(UiDriver::click(save));
    EXPECT_FALSE(viewer->hasUnsavedChanges());
    EXPECT_EQ(viewer->selectedConditionId(), chosen);
    const int row = viewer->conditionsModel()->rowOf(chosen);
    EXPECT_EQ(viewer->conditionsModel()->index(row, ConditionsModel::Status).data().toString(),
              QStringLiteral("In progress"));
    EXPECT_EQ(viewer->conditionsModel()->index(row, ConditionsModel::Owner).data().toString(),
              QStringLiteral("Marie Testa"));
    ASSERT_EQ(viewer->history()->rowCount(), 1);
    EXPECT_EQ(viewer->history()->item(0, 1)->text(), QStringLiteral("dpo"));
    EXPECT_EQ(viewer->history()->item(0, 2)->text(), QStringLiteral("Open → In progress"));
    EXPECT_EQ(viewer->history()->item(0, 3)->text(), QStringLiteral("Confie au service informatique"));
    EXPECT_TRUE(historyNote->text().contains(QStringLiteral("the latest first"))) << qPrintable(historyNote->text());
    EXPECT_EQ(page->model()->index(0, DeliberationsModel::Conditions).data().toString(), QStringLiteral("4 / 4"));

    // Still on the board, owned.
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    int onBoard = board->model()->rowOf(chosen);
    ASSERT_GE(onBoard, 0);
    EXPECT_EQ(board->model()->index(onBoard, ConditionsModel::Status).data().toString(), QStringLiteral("In progress"));
    EXPECT_GE(board->ownerFilter()->findText(QStringLiteral("Marie Testa")), 0);

    // Met without evidence: refused at the field, nothing stored.
    ASSERT_TRUE(window->showPage(indexOf(*window, page)));
    ASSERT_EQ(viewer->selectedConditionId(), chosen);
    status->setCurrentIndex(status->findText(QStringLiteral("Met")));
    evidence->setPlainText(QStringLiteral("   "));
    ASSERT_TRUE(UiDriver::click(save));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("evidence"))) << qPrintable(error->text());
    auto stored = DeliberationService(window->session()).find(m_seed.id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->conditions[2].status, ConditionStatus::InProgress);
    EXPECT_EQ(viewer->history()->rowCount(), 1);

    // With its evidence: met, in the history, off the board.
    evidence->setFocus();
    QTest::keyClicks(evidence, QStringLiteral("Extractions chiffrees depuis la note de service du 3 mars"));
    EXPECT_FALSE(error->isVisible());
    UiDriver::type(note, QStringLiteral("Verifie en comite"));
    ASSERT_TRUE(UiDriver::click(save));
    EXPECT_FALSE(error->isVisible());
    stored = DeliberationService(window->session()).find(m_seed.id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->conditions[2].status, ConditionStatus::Met);
    EXPECT_EQ(stored->conditions[2].evidence,
              QStringLiteral("Extractions chiffrees depuis la note de service du 3 mars"));
    ASSERT_EQ(viewer->history()->rowCount(), 2);
    EXPECT_EQ(viewer->history()->item(0, 2)->text(), QStringLiteral("In progress → Met"));
    EXPECT_EQ(viewer->history()->item(0, 3)->text(), QStringLiteral("Verifie en comite"));
    EXPECT_EQ(page->model()->index(0, DeliberationsModel::Conditions).data().toString(), QStringLiteral("3 / 4"));
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    EXPECT_EQ(board->model()->rowCount(), 4);
    EXPECT_LT(board->model()->rowOf(chosen), 0);
}

TEST_F(DeliberationsPageTest, TheBoardPutsOverdueConditionsFirstAndFiltersByOwner)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    const QDate today = window->session().clock()->today();
    DeliberationService service(window->session());
    Condition late = m_seed.conditions[3];
    late.due = today.addDays(-10);
    late.owner = QStringLiteral("Marie Testa");
    ASSERT_OK(service.updateCondition(late));
    Condition soon = m_older.conditions[0];
    soon.due = today.addDays(20);
    ASSERT_OK(service.updateCondition(soon));

    auto *board = pageOf<ConditionsBoardPage>(*window);
    ASSERT_NE(board, nullptr);
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    ConditionsModel *model = board->model();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->data(model->index(0, 0), ConditionsModel::IdRole).toLongLong(), late.id);
    EXPECT_TRUE(model->data(model->index(0, 0), ConditionsModel::OverdueRole).toBool());
    EXPECT_TRUE(model->index(0, ConditionsModel::Due).data().toString().contains(QStringLiteral("overdue by 10 day")));
    EXPECT_TRUE(model->index(0, ConditionsModel::Due).data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(model->index(0, ConditionsModel::Due).data(Qt::DecorationRole).isValid());
    EXPECT_EQ(model->data(model->index(1, 0), ConditionsModel::IdRole).toLongLong(), soon.id);
    EXPECT_FALSE(model->data(model->index(1, 0), ConditionsModel::OverdueRole).toBool());
    EXPECT_FALSE(model->index(1, ConditionsModel::Due).data(Qt::ForegroundRole).isValid());
    auto *count = board->findChild<QLabel *>(QStringLiteral("boardCount"));
    ASSERT_NE(count, nullptr);
    // (The plural's English wording comes with the translations.)
    EXPECT_TRUE(count->text().startsWith(QStringLiteral("5 condition"))) << qPrintable(count->text());
    EXPECT_TRUE(count->text().endsWith(QStringLiteral("1 overdue"))) << qPrintable(count->text());

    // Sorted by owner: Marie Testa's first, nobody's after.
    board->table()->sortByColumn(ConditionsModel::Owner, Qt::AscendingOrder);
    EXPECT_EQ(model->index(0, ConditionsModel::Owner).data().toString(), QStringLiteral("Marie Testa"));
    EXPECT_EQ(model->index(4, ConditionsModel::Owner).data().toString(), QStringLiteral("Nobody"));

    QComboBox *owners = board->ownerFilter();
    owners->setCurrentIndex(owners->findText(QStringLiteral("Marie Testa")));
    Q_EMIT owners->activated(owners->currentIndex());
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->data(model->index(0, 0), ConditionsModel::IdRole).toLongLong(), late.id);
    owners->setCurrentIndex(owners->findText(QStringLiteral("Nobody yet")));
    Q_EMIT owners->activated(owners->currentIndex());
    EXPECT_EQ(model->rowCount(), 4);
    EXPECT_LT(model->rowOf(late.id), 0);
    // The choice stays when the board is read again.
    board->reload();
    EXPECT_EQ(owners->currentText(), QStringLiteral("Nobody yet"));
    EXPECT_EQ(model->rowCount(), 4);
}

TEST_F(DeliberationsPageTest, OpeningFromTheBoardShowsTheDeliberationWithThatConditionSelected)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *board = pageOf<ConditionsBoardPage>(*window);
    auto *page = pageOf<DeliberationsPage>(*window);
    ASSERT_TRUE(board && page);
    auto *stack = window->findChild<QStackedWidget *>();
    ASSERT_NE(stack, nullptr);

    // Enter on the seed's third condition.
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    const qint64 third = m_seed.conditions[2].id;
    QTableView *table = board->table();
    table->setFocus();
    table->setCurrentIndex(board->model()->index(board->model()->rowOf(third), ConditionsModel::Text));
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(stack->currentWidget(), page);
    EXPECT_EQ(page->viewer()->deliberationId(), m_seed.id);
    EXPECT_EQ(page->viewer()->selectedConditionId(), third);
    EXPECT_EQ(page->viewer()->conditions()->currentIndex().row(), page->viewer()->conditionsModel()->rowOf(third));
    EXPECT_EQ(page->list()->currentIndex().row(), page->model()->rowOf(m_seed.id));

    // A double click on the older recommendation's condition.
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    const qint64 older = m_older.conditions[0].id;
    const QModelIndex cell = board->model()->index(board->model()->rowOf(older), ConditionsModel::Text);
    table->scrollTo(cell);
    // As a person does: the press that selects the row, then the double-click.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    EXPECT_EQ(stack->currentWidget(), page);
    EXPECT_EQ(page->viewer()->deliberationId(), m_older.id);
    EXPECT_EQ(page->viewer()->selectedConditionId(), older);
    EXPECT_EQ(page->list()->currentIndex().row(), page->model()->rowOf(m_older.id));
}

TEST_F(DeliberationsPageTest, LeavingWithAFollowUpNotSavedAsksFirst)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    auto *owner = UiDriver::byName(*page->viewer(), QStringLiteral("Owner"));
    ASSERT_NE(owner, nullptr);
    UiDriver::type(owner, QStringLiteral("Marie Testa"));
    const qint64 first = page->viewer()->selectedConditionId();

    // Stay: neither another condition nor another page.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    page->viewer()->conditions()->setCurrentIndex(page->viewer()->conditionsModel()->index(1, ConditionsModel::Text));
    EXPECT_EQ(page->viewer()->selectedConditionId(), first);
    EXPECT_EQ(owner->text(), QStringLiteral("Marie Testa"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(window->showPage(0));
    EXPECT_EQ(owner->text(), QStringLiteral("Marie Testa"));

    // Save: stored, then the other condition.
    MessageBox::setNextAnswer(QMessageBox::Save);
    page->viewer()->conditions()->setCurrentIndex(page->viewer()->conditionsModel()->index(1, ConditionsModel::Text));
    EXPECT_EQ(page->viewer()->selectedConditionId(), m_seed.conditions[1].id);
    auto stored = DeliberationService(window->session()).find(m_seed.id);
    ASSERT_OK(stored);
    EXPECT_EQ(stored->conditions[0].owner, QStringLiteral("Marie Testa"));
    EXPECT_TRUE(owner->text().isEmpty());
}

TEST_F(DeliberationsPageTest, TheDpoLinksTheDeliberationToAProcessingOfTheRegister)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *page = pageOf<DeliberationsPage>(*window);
    ASSERT_TRUE(window->showPage(indexOf(*window, page)));
    ASSERT_TRUE(page->open(m_older.id));
    auto *processing = page->viewer()->findChild<QComboBox *>(QStringLiteral("deliberationProcessing"));
    auto *link = page->viewer()->findChild<QPushButton *>(QStringLiteral("deliberationLink"));
    ASSERT_TRUE(processing && link);
    EXPECT_EQ(processing->currentText(), QStringLiteral("None"));
    const int meals = processing->findText(QStringLiteral("Gestion des titres restaurant"), Qt::MatchStartsWith);
    ASSERT_GE(meals, 0);
    processing->setCurrentIndex(meals);
    ASSERT_TRUE(UiDriver::click(link));
    EXPECT_EQ(DeliberationService(window->session()).find(m_older.id)->processing,
              QStringLiteral("Gestion des titres restaurant"));
    EXPECT_EQ(page->model()->index(page->model()->rowOf(m_older.id), DeliberationsModel::Processing).data().toString(),
              QStringLiteral("Gestion des titres restaurant"));
    auto *particulars = page->viewer()->findChild<QLabel *>(QStringLiteral("deliberationParticulars"));
    ASSERT_NE(particulars, nullptr);
    EXPECT_TRUE(particulars->text().contains(QStringLiteral("Processing: Gestion des titres restaurant")));
    EXPECT_EQ(page->viewer()->deliberationId(), m_older.id);
}

TEST_F(DeliberationsPageTest, AClerkReadsTheDeliberationsAndHasNoBoard)
{
    auto window = windowOf(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(window);
    EXPECT_EQ(pageOf<ConditionsBoardPage>(*window), nullptr);
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->viewer()->outline()->count(), 8);
    EXPECT_EQ(page->viewer()->conditionsModel()->rowCount(), 4);
    ASSERT_TRUE(page->viewer()->selectCondition(m_seed.conditions[1].id));
    EXPECT_EQ(UiDriver::byName<QComboBox>(*page->viewer(), QStringLiteral("Status")), nullptr);
    EXPECT_EQ(UiDriver::byName<QPlainTextEdit>(*page->viewer(), QStringLiteral("Evidence")), nullptr);
    auto *save = page->viewer()->findChild<QPushButton *>(QStringLiteral("conditionSave"));
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isVisible());
    auto *link = page->viewer()->findChild<QPushButton *>(QStringLiteral("deliberationLink"));
    ASSERT_NE(link, nullptr);
    EXPECT_FALSE(link->isVisible());
    auto *tabs = page->viewer()->findChild<QTabWidget *>(QStringLiteral("conditionTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 2) << "the history and the measure";
    EXPECT_FALSE(page->viewer()->indicator()->isEnabled()) << "the DPO chooses what measures a condition";
    EXPECT_FALSE(page->viewer()->saveCondition());
    EXPECT_FALSE(page->viewer()->hasUnsavedChanges());
}

TEST_F(DeliberationsPageTest, TheLockEmptiesBothPages)
{
    auto window = dpo();
    ASSERT_TRUE(window);
    auto *board = pageOf<ConditionsBoardPage>(*window);
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    ASSERT_GT(board->model()->rowCount(), 0);
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    DeliberationService service(window->session());
    Condition owned = m_seed.conditions[0];
    owned.owner = QStringLiteral("Marie Testa");
    ASSERT_OK(service.updateCondition(owned, QStringLiteral("Une note")));
    page->reload();
    ASSERT_TRUE(page->viewer()->selectCondition(owned.id));
    ASSERT_EQ(page->viewer()->history()->rowCount(), 1);
    auto *evidence = UiDriver::byName<QPlainTextEdit>(*page->viewer(), QStringLiteral("Evidence"));
    ASSERT_NE(evidence, nullptr);
    evidence->setPlainText(QStringLiteral("Typed, never saved"));

    window->lock();
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_EQ(page->viewer()->deliberationId(), 0);
    EXPECT_EQ(page->viewer()->outline()->count(), 0);
    EXPECT_TRUE(page->viewer()->text()->toPlainText().isEmpty());
    EXPECT_EQ(page->viewer()->conditionsModel()->rowCount(), 0);
    EXPECT_EQ(page->viewer()->history()->rowCount(), 0);
    EXPECT_TRUE(page->viewer()->findChild<QLabel *>(QStringLiteral("conditionHistoryNote"))->text().isEmpty());
    EXPECT_TRUE(evidence->toPlainText().isEmpty());
    for (QLineEdit *field : page->viewer()->findChildren<QLineEdit *>())
        EXPECT_FALSE(field->text().contains(QStringLiteral("Marie"))) << qPrintable(field->objectName());
    auto *particulars = page->viewer()->findChild<QLabel *>(QStringLiteral("deliberationParticulars"));
    ASSERT_NE(particulars, nullptr);
    EXPECT_FALSE(particulars->text().contains(QStringLiteral("2023-133")));
    auto *processing = page->viewer()->findChild<QComboBox *>(QStringLiteral("deliberationProcessing"));
    ASSERT_NE(processing, nullptr);
    EXPECT_EQ(processing->count(), 0);
    EXPECT_EQ(board->model()->rowCount(), 0);
    EXPECT_EQ(board->ownerFilter()->count(), 0);
    EXPECT_FALSE(page->viewer()->hasUnsavedChanges());
}

TEST_F(DeliberationsPageTest, ChoosingAnIndicatorShowsTheFigureAndTheLateRequest)
{
    // Two access requests about the meal vouchers, due on 5 February 2026:
    // answered on 20 January, and on 1 March (24 days late); the clock only
    // moves forward.
    QString lateReference;
    {
        auto session = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(session);
        const auto on = [&](const QDate &day) {
            (*session)->setClock(std::make_shared<FixedClock>(QDateTime(day, QTime(10, 0), Qt::UTC)));
        };
        auto processings = ProcessingService(**session).list();
        ASSERT_OK(processings);
        ASSERT_EQ(processings->size(), 1u);
        RequestService requests(**session);
        on(QDate(2026, 1, 5));
        std::vector<qint64> ids;
        for (const char *surname : {"Rossi", "Bianchi"}) {
            NewRequest input;
            input.received = QDate(2026, 1, 5);
            input.rights = QStringList{QStringLiteral("access")};
            input.requester.surname = QString::fromLatin1(surname);
            auto created = requests.create(input);
            ASSERT_OK(created);
            ASSERT_OK(requests.setFindings(created->id, {{processings->front().id, {}, true, QString()}}));
            ids.push_back(created->id);
        }
        for (const auto &[id, day] : {std::pair{ids[0], QDate(2026, 1, 20)}, std::pair{ids[1], QDate(2026, 3, 1)}}) {
            on(day);
            for (RequestState next : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered})
                ASSERT_OK(requests.transition(id, next));
        }
        lateReference = requests.view(ids[1])->reference;
    }
    auto window = dpo();
    ASSERT_TRUE(window);
    window->session().setClock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 3, 20), QTime(10, 0), Qt::UTC)));
    auto *page = showSeed(*window);
    ASSERT_NE(page, nullptr);
    DeliberationView *viewer = page->viewer();

    // The wording of the condition on encryption suggests its indicator;
    // nothing is chosen for it.
    ASSERT_TRUE(viewer->selectCondition(m_seed.conditions[2].id));
    viewer->conditionTabs()->setCurrentWidget(viewer->measurePane());
    auto *suggestion = viewer->findChild<QLabel *>(QStringLiteral("conditionIndicatorSuggestion"));
    ASSERT_NE(suggestion, nullptr);
    EXPECT_TRUE(suggestion->isVisible());
    EXPECT_TRUE(suggestion->text().contains(QStringLiteral("Exports encrypted"))) << qPrintable(suggestion->text());
    EXPECT_EQ(viewer->indicator()->currentText(), QStringLiteral("None"));
    EXPECT_FALSE(DeliberationService(window->session()).find(m_seed.id)->conditions[2].indicator);

    // The condition on replying within the month, measured from the keyboard.
    ASSERT_TRUE(viewer->selectCondition(m_seed.conditions[0].id));
    QComboBox *indicator = viewer->indicator();
    EXPECT_EQ(indicator, UiDriver::byName<QComboBox>(*viewer, QStringLiteral("Measured by")));
    ASSERT_TRUE(indicator->isEnabled());
    EXPECT_TRUE(viewer->figure()->text().isEmpty());
    EXPECT_FALSE(viewer->figureRows()->isVisible());
    indicator->setFocus();
    QTest::keyClick(indicator, Qt::Key_Down);
    EXPECT_EQ(indicator->currentText(), QStringLiteral("Access replies on time"));

    EXPECT_EQ(DeliberationService(window->session()).find(m_seed.id)->conditions[0].indicator,
              Indicator::AccessRepliesOnTime);
    EXPECT_EQ(viewer->selectedConditionId(), m_seed.conditions[0].id);
    EXPECT_EQ(viewer->figure()->text(), QStringLiteral("1 of 2 on time (50 %)"));
    QTableWidget *rows = viewer->figureRows();
    EXPECT_TRUE(rows->isVisible());
    EXPECT_EQ(rows->accessibleName(), QStringLiteral("Late access requests"));
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->item(0, 0)->text(), lateReference);
    EXPECT_EQ(rows->item(0, 3)->text(), QLocale().toString(QDate(2026, 3, 1), QLocale::ShortFormat));
    EXPECT_EQ(rows->item(0, 4)->text(), QStringLiteral("24"));
    // Beside the condition in the table too, and in its history.
    ConditionsModel *model = viewer->conditionsModel();
    EXPECT_EQ(model->index(model->rowOf(m_seed.conditions[0].id), ConditionsModel::Figure).data().toString(),
              QStringLiteral("1 of 2 on time (50 %)"));
    ASSERT_EQ(viewer->history()->rowCount(), 1);
    EXPECT_EQ(viewer->history()->item(0, 2)->text(), QStringLiteral("Open, unchanged"));
    EXPECT_EQ(viewer->history()->item(0, 3)->text(), QStringLiteral("Measured by: Access replies on time."));

    // The board shows the figure in its column.
    auto *board = pageOf<ConditionsBoardPage>(*window);
    ASSERT_NE(board, nullptr);
    ASSERT_TRUE(window->showPage(indexOf(*window, board)));
    ConditionsModel *boardModel = board->model();
    EXPECT_EQ(boardModel->index(boardModel->rowOf(m_seed.conditions[0].id), ConditionsModel::Figure).data().toString(),
              QStringLiteral("1 of 2 on time (50 %)"));
    EXPECT_TRUE(boardModel->index(boardModel->rowOf(m_seed.conditions[1].id), ConditionsModel::Figure)
                    .data()
                    .toString()
                    .isEmpty());

    // Exports: an extract of the processing's entry in clear, as an entry
    // saying "plain" would record it, is listed.
    ASSERT_TRUE(window->showPage(indexOf(*window, page)));
    auto processings = ProcessingService(window->session()).list();
    ASSERT_OK(processings);
    ASSERT_OK(window->session().record(AuditAction::RegisterExport, QStringLiteral("processing"),
                                       QString::number(processings->front().id), QStringLiteral("plain, file")));
    ASSERT_OK(window->session().record(AuditAction::RegisterExport, QStringLiteral("register"), QString(),
                                       QStringLiteral("aes-256, file")));
    ASSERT_TRUE(viewer->selectCondition(m_seed.conditions[2].id));
    indicator->setCurrentIndex(indicator->findText(QStringLiteral("Exports encrypted")));
    ASSERT_TRUE(viewer->setIndicator());
    EXPECT_FALSE(suggestion->isVisible());
    EXPECT_EQ(viewer->figure()->text(), QStringLiteral("1 of 2 exports not encrypted"));
    EXPECT_EQ(rows->accessibleName(), QStringLiteral("Exports not known to be encrypted"));
    ASSERT_EQ(rows->rowCount(), 1);
    EXPECT_EQ(rows->item(0, 1)->text(), QStringLiteral("Extract of the processing's entry"));
    EXPECT_EQ(rows->item(0, 2)->text(), QStringLiteral("Not encrypted"));

    // None again: no figure.
    ASSERT_TRUE(window->showPage(indexOf(*window, page)));
    ASSERT_TRUE(viewer->selectCondition(m_seed.conditions[0].id));
    indicator->setCurrentIndex(0);
    ASSERT_TRUE(viewer->setIndicator());
    EXPECT_FALSE(DeliberationService(window->session()).find(m_seed.id)->conditions[0].indicator);
    EXPECT_TRUE(viewer->figure()->text().isEmpty());
    EXPECT_EQ(rows->rowCount(), 0);
}
