// The global search (Ctrl+F): requesters found whatever the accents and
// capitals typed, processings by part of their name, the results grouped
// and capped, the keyboard from the field into the results and back, Enter
// opening a request on the Requests page or a processing's summary, and the
// lock closing the dialog and forgetting what it showed.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "ui/register/ProcessingSummaryDialog.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/GlobalSearchDialog.h"
#include "ui/shell/GlobalSearchModel.h"
#include "ui/shell/MainWindow.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <gtest/gtest.h>

#include <functional>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Accented = QStringLiteral("Ébrard");
const QString VideoName = QStringLiteral("Vidéosurveillance des accès");
const QString MealsName = QStringLiteral("Gestion des titres restaurant");
constexpr int Reys = 25;

class GlobalSearchTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        m_path = m_vaultDir.filePath(QStringLiteral("recherche.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        {
            auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
            ASSERT_NE(dpo, nullptr);
            Processing video;
            video.reference = QStringLiteral("DI-2020-02");
            video.name = VideoName;
            video.controller = QStringLiteral("Direction informatique");
            video.legalBasis = LegalBasis::PublicInterest;
            video.dataCategories = {{QStringLiteral("Images des caméras"), QStringLiteral("30 jours"), 30}};
            video.recipients = {{QStringLiteral("Agents de sécurité"), {QStringLiteral("consultation")}}};
            auto created = ProcessingService(*dpo).create(video);
            ASSERT_OK(created);
            m_video = created->id;
            Processing meals;
            meals.name = MealsName;
            ASSERT_OK(ProcessingService(*dpo).create(meals));
        }
        auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
        ASSERT_NE(clerk, nullptr);
        RequestService service(*clerk);
        const auto make = [&](const QString &surname, const QString &firstName) -> qint64 {
            NewRequest request;
            request.channel = Channel::Email;
            request.received = QDate(2026, 2, 2);
            request.rights = {QStringLiteral("access")};
            request.requester.surname = surname;
            request.requester.firstName = firstName;
            auto made = service.create(request);
            EXPECT_OK(made);
            return made ? made->id : 0;
        };
        m_accented = make(Accented, QStringLiteral("Hélène"));
        make(QStringLiteral("Eberhardt"), QStringLiteral("Paul"));
        make(QStringLiteral("Gérard"), QStringLiteral("Anne"));
        for (int i = 0; i < Reys; ++i)
            make(QStringLiteral("Rey"), QStringLiteral("Jean"));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_vaultDir;
    QString m_path;
    qint64 m_accented = 0;
    qint64 m_video = 0;
};

QLineEdit *field(GlobalSearchDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("globalSearchField"));
}

QTreeView *results(GlobalSearchDialog &dialog)
{
    return dialog.findChild<QTreeView *>(QStringLiteral("globalSearchResults"));
}

// Waits for the pause after typing, and the search it starts.
bool waitForResults(GlobalSearchDialog &dialog, const QString &text)
{
    for (int waited = 0; waited < 3000; waited += 10) {
        if (dialog.model()->text() == text)
            return true;
        QTest::qWait(10);
    }
    return false;
}

// The headings shown, in order.
QStringList headings(const QAbstractItemModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.index(row, 0).data().toString();
    return shown;
}

QModelIndex child(const QAbstractItemModel &model, int group, int row, int column = 0)
{
    return model.index(row, column, model.index(group, 0));
}

// Types into the field key by key, as a keyboard does; QTest::keyClicks
// knows no key for lower-case accented letters.
void typeText(QLineEdit *field, const QString &text, bool clearFirst = true)
{
    if (clearFirst)
        field->clear();
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &release);
    }
}

// A key pressed where the keyboard is.
void press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeModalWidget();
    if (target)
        QTest::keyClick(target, key);
}

// Runs `inside` from the event loop of the next modal dialog.
void whenModal(std::function<void(QWidget *)> inside)
{
    QTimer::singleShot(0, [inside = std::move(inside)] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal)
            QApplication::setActiveWindow(modal);
        inside(modal);
    });
}

} // namespace

TEST_F(GlobalSearchTest, TheModelGroupsAndCapsItsResults)
{
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_NE(session, nullptr);
    GlobalSearchModel model(*session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.search(QStringLiteral("rey"));
    ASSERT_EQ(headings(model), QStringList{QStringLiteral("Requests")});
    const QModelIndex requests = model.index(0, 0);
    EXPECT_FALSE(model.flags(requests) & Qt::ItemIsSelectable) << "a heading is not a result";
    EXPECT_FALSE(model.flags(requests) & Qt::ItemIsEnabled) << "the arrow keys would stop on the heading";
    ASSERT_EQ(model.rowCount(requests), GlobalSearchModel::GroupLimit + 1) << "the first 20, and how many more";
    EXPECT_EQ(model.requestTotal(), Reys);
    const QModelIndex more = child(model, 0, GlobalSearchModel::GroupLimit);
    // (The English plural comes with the translations.)
    EXPECT_TRUE(more.data().toString().startsWith(QStringLiteral("5 more request"))) << qPrintable(more.data().toString());
    EXPECT_EQ(GlobalSearchModel::Kind(more.data(GlobalSearchModel::KindRole).toInt()),
              GlobalSearchModel::Kind::MoreRequests);
    EXPECT_TRUE(model.flags(more) & Qt::ItemIsSelectable);
    // Request rows: reference, requester, state, due date; the latest first.
    EXPECT_EQ(child(model, 0, 0, GlobalSearchModel::Requester).data().toString(), QStringLiteral("Rey Jean"));
    EXPECT_EQ(child(model, 0, 0, GlobalSearchModel::State).data().toString(), QStringLiteral("Received"));
    EXPECT_TRUE(child(model, 0, 0, GlobalSearchModel::Due).data().toString().startsWith(QStringLiteral("due ")));
    EXPECT_GT(child(model, 0, 0).data().toString(), child(model, 0, 1).data().toString());
    EXPECT_EQ(model.firstResult(), child(model, 0, 0));

    // Both groups, requests first.
    model.search(QStringLiteral("GÉ"));
    ASSERT_EQ(headings(model), (QStringList{QStringLiteral("Requests"), QStringLiteral("Processings")}));
    ASSERT_EQ(model.rowCount(model.index(0, 0)), 1);
    EXPECT_EQ(child(model, 0, 0, GlobalSearchModel::Requester).data().toString(), QStringLiteral("Gérard Anne"));
    ASSERT_EQ(model.rowCount(model.index(1, 0)), 1);
    EXPECT_EQ(child(model, 1, 0).data().toString(), MealsName);
    EXPECT_TRUE(child(model, 1, 0).data(GlobalSearchModel::SpannedRole).toBool());
    EXPECT_TRUE(child(model, 1, 0, GlobalSearchModel::Requester).data().isNull());

    model.search(QStringLiteral("video"));
    ASSERT_EQ(headings(model), QStringList{QStringLiteral("Processings")});
    EXPECT_EQ(child(model, 0, 0).data().toString(), VideoName + QStringLiteral(" (DI-2020-02)"));
    EXPECT_EQ(child(model, 0, 0).data(GlobalSearchModel::IdRole).toLongLong(), m_video);

    model.search(QStringLiteral("zzz"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.firstResult().isValid());
    model.search(QStringLiteral("rey"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.text().isEmpty());
}

TEST_F(GlobalSearchTest, AGroupTheRoleMayNotSeeIsNotSearched)
{
    auto session = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_NE(session, nullptr);
    GlobalSearchModel model(*session);
    model.search(QStringLiteral("rey"));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(model.lastError().isEmpty()) << "asked the services, refused: " << qPrintable(model.lastError());
}

TEST_F(GlobalSearchTest, TypingANameWithoutItsAccentOrInCapitalsFindsTheRequest)
{
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_NE(session, nullptr);
    for (const QString &typed : {QStringLiteral("EBRA"), QStringLiteral("ébrard"), QStringLiteral("ÉBR")}) {
        GlobalSearchDialog dialog(*session);
        dialog.show();
        typeText(field(dialog), typed);
        EXPECT_EQ(dialog.model()->rowCount(), 0) << "searched before the pause in typing";
        ASSERT_TRUE(waitForResults(dialog, typed)) << qPrintable(typed);
        const QAbstractItemModel &model = *results(dialog)->model();
        ASSERT_EQ(headings(model), QStringList{QStringLiteral("Requests")}) << qPrintable(typed);
        ASSERT_EQ(model.rowCount(model.index(0, 0)), 1) << qPrintable(typed) << ": Eberhardt is not Ébrard";
        EXPECT_EQ(child(model, 0, 0, GlobalSearchModel::Requester).data().toString(), QStringLiteral("Ébrard Hélène"));
        EXPECT_EQ(child(model, 0, 0).data(GlobalSearchModel::IdRole).toLongLong(), m_accented);
    }
}

TEST_F(GlobalSearchTest, PartOfAProcessingsNameFindsTheProcessing)
{
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_NE(session, nullptr);
    GlobalSearchDialog dialog(*session);
    dialog.show();
    typeText(field(dialog), QStringLiteral("SURVEILLANCE"));
    ASSERT_TRUE(waitForResults(dialog, QStringLiteral("SURVEILLANCE")));
    const QAbstractItemModel &model = *dialog.model();
    ASSERT_EQ(headings(model), QStringList{QStringLiteral("Processings")});
    ASSERT_EQ(model.rowCount(model.index(0, 0)), 1);
    EXPECT_TRUE(child(model, 0, 0).data().toString().startsWith(VideoName));
    EXPECT_TRUE(results(dialog)->isFirstColumnSpanned(0, model.index(0, 0)));

    typeText(field(dialog), QStringLiteral("nobody by that name"));
    ASSERT_TRUE(waitForResults(dialog, QStringLiteral("nobody by that name")));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("globalSearchStatus"))->text(),
              QStringLiteral("Nothing matches \"nobody by that name\"."));
}

TEST_F(GlobalSearchTest, CtrlFThenEnterOpensTheRequestOnTheRequestsPage)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);
    ASSERT_NE(window.findChild<QStackedWidget *>()->currentWidget(), page) << "the dashboard comes first";

    QStringList trail;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<GlobalSearchDialog *>(modal);
        if (!dialog) {
            trail << QStringLiteral("no search dialog after Ctrl+F");
            return;
        }
        if (QApplication::focusWidget() != field(*dialog))
            trail << QStringLiteral("the field has no focus");
        if (auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
            typeText(focused, QStringLiteral("EBRARD"), false);
        if (!waitForResults(*dialog, QStringLiteral("EBRARD")))
            trail << QStringLiteral("no results");
        // Nothing selected by the person: Enter opens the first.
        press(Qt::Key_Return);
        if (dialog->isVisible()) {
            trail << QStringLiteral("Enter left the dialog open");
            dialog->reject();
        }
    });
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(trail.isEmpty()) << qPrintable(trail.join(u'\n'));
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(window.findChild<QStackedWidget *>()->currentWidget(), page);
    EXPECT_EQ(page->detail()->requestId(), m_accented);
}

TEST_F(GlobalSearchTest, TheArrowKeysGoIntoTheResultsAndEnterOpensAProcessing)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);

    QStringList trail;
    QString summary;
    bool searchStillOpen = false;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<GlobalSearchDialog *>(modal);
        if (!dialog) {
            trail << QStringLiteral("no search dialog");
            return;
        }
        QLineEdit *text = field(*dialog);
        QTreeView *view = results(*dialog);
        typeText(text, QStringLiteral("gé"));
        waitForResults(*dialog, QStringLiteral("gé"));
        press(Qt::Key_Down);
        if (QApplication::focusWidget() != view)
            trail << QStringLiteral("Down did not reach the results");
        if (view->currentIndex().data(GlobalSearchModel::KindRole).toInt() != int(GlobalSearchModel::Kind::Request))
            trail << QStringLiteral("the first result is not the request");
        // Over the "Processings" heading, to the processing.
        press(Qt::Key_Down);
        const QModelIndex current = view->currentIndex();
        if (current.data(GlobalSearchModel::IdRole).toLongLong() == 0 || current.parent().row() != 1)
            trail << QStringLiteral("the second Down did not reach the processing");
        press(Qt::Key_Up);
        press(Qt::Key_Up);
        if (QApplication::focusWidget() != text)
            trail << QStringLiteral("Up from the first result did not go back to the field");
        // Down again, the processing, Enter: its summary over the search.
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        whenModal([&](QWidget *over) {
            if (auto *shown = qobject_cast<ProcessingSummaryDialog *>(over))
                summary = shown->text();
            press(Qt::Key_Escape);
        });
        press(Qt::Key_Return);
        searchStillOpen = dialog->isVisible();
        // (Offscreen, activation does not come back by itself either.)
        QApplication::setActiveWindow(dialog);
        if (QApplication::focusWidget() != view)
            trail << QStringLiteral("the results lost the keyboard to the summary");
        press(Qt::Key_Escape);
        if (dialog->isVisible()) {
            trail << QStringLiteral("Escape did not close the search");
            dialog->reject();
        }
    });
    window.findChild<QAction *>(QStringLiteral("globalSearchAction"))->trigger();
    EXPECT_TRUE(trail.isEmpty()) << qPrintable(trail.join(u'\n'));
    EXPECT_TRUE(summary.contains(MealsName)) << qPrintable(summary);
    EXPECT_TRUE(searchStillOpen) << "the summary closed the search";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(page->detail()->requestId(), 0) << "a processing opened a request";
}

TEST_F(GlobalSearchTest, TheProcessingSummaryShowsTheRegistersDescription)
{
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_NE(session, nullptr);
    auto video = ProcessingService(*session).find(m_video);
    ASSERT_OK(video);
    ProcessingSummaryDialog dialog(*video);
    const QString text = dialog.text();
    for (const QString &expected :
         {VideoName, QStringLiteral("DI-2020-02"), QStringLiteral("Direction informatique"),
          QStringLiteral("Public interest or official authority"), QStringLiteral("Images des caméras — kept: 30 jours"),
          QStringLiteral("Agents de sécurité (consultation)")})
        EXPECT_TRUE(text.contains(expected)) << qPrintable(expected) << " not in\n" << qPrintable(text);
}

TEST_F(GlobalSearchTest, MoreRequestsShowThemAllInTheListFilteredByTheText)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);
    QStringList trail;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<GlobalSearchDialog *>(modal);
        if (!dialog) {
            trail << QStringLiteral("no search dialog");
            return;
        }
        typeText(field(*dialog), QStringLiteral("REY"));
        dialog->searchNow();
        const QAbstractItemModel &model = *dialog->model();
        results(*dialog)->setCurrentIndex(child(model, 0, GlobalSearchModel::GroupLimit));
        results(*dialog)->setFocus();
        QTest::keyClick(results(*dialog), Qt::Key_Return);
        if (dialog->isVisible()) {
            trail << QStringLiteral("the \"more\" row did not close the search");
            dialog->reject();
        }
    });
    window.findChild<QAction *>(QStringLiteral("globalSearchAction"))->trigger();
    EXPECT_TRUE(trail.isEmpty()) << qPrintable(trail.join(u'\n'));
    EXPECT_EQ(window.findChild<QStackedWidget *>()->currentWidget(), page);
    EXPECT_EQ(page->findChild<QLineEdit *>(QStringLiteral("requestSearch"))->text(), QStringLiteral("REY"));
    EXPECT_FALSE(page->model()->filter().openOnly) << "the list hid some of the matches";
    EXPECT_EQ(page->model()->total(), Reys);
}

TEST_F(GlobalSearchTest, TheLockClosesTheSearchAndForgetsIt)
{
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    GlobalSearchModel *model = nullptr;
    QLineEdit *text = nullptr;
    int shownBeforeLock = 0;
    QString textAfterLock = QStringLiteral("not checked");
    int rowsAfterLock = -1;
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<GlobalSearchDialog *>(modal);
        if (!dialog)
            return;
        model = dialog->model();
        text = field(*dialog);
        typeText(text, Accented);
        dialog->searchNow();
        shownBeforeLock = model->rowCount();
        window.lock();
        textAfterLock = text->text();
        rowsAfterLock = model->rowCount();
    });
    window.findChild<QAction *>(QStringLiteral("globalSearchAction"))->trigger();
    EXPECT_EQ(shownBeforeLock, 1);
    EXPECT_TRUE(window.isLocked());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_TRUE(textAfterLock.isEmpty()) << qPrintable(textAfterLock);
    EXPECT_EQ(rowsAfterLock, 0);
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->detail()->requestId(), 0);
}
