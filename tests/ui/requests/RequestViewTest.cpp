// The open request: moves offered only as the workflow allows, a refusal
// that needs its reason, the extension offered only before the first
// deadline, a save over a request changed meanwhile refused with the reload
// offered, and nothing of the request left after clear() (lock).

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/common/MessageBox.h"
#include "ui/requests/ReasonDialog.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/RequestView.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditAction.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"

#include <QApplication>
#include <QComboBox>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

class RequestViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("view.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        signIn(QDate(2026, 12, 1));
        NewRequest input;
        input.received = QDate(2026, 11, 20);
        input.rights = {QStringLiteral("access")};
        input.requester.surname = QStringLiteral("Gastaud");
        input.requester.firstName = QStringLiteral("Agnès");
        auto created = RequestService(*m_session).create(input);
        ASSERT_OK(created);
        m_id = created->id;
    }

    void signIn(const QDate &today)
    {
        m_session.reset();
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword),
                                      std::make_shared<FixedClock>(QDateTime(today, QTime(10, 0), Qt::UTC)));
        ASSERT_OK(session);
        m_session = std::move(session).value();
    }

    // Answers the next reason dialog with `reason` (empty: tries to confirm
    // with nothing written, then cancels), once it is shown.
    static void answerReason(const QString &reason, bool *confirmEnabled = nullptr)
    {
        QTimer::singleShot(0, [reason, confirmEnabled] {
            auto *dialog = qobject_cast<ReasonDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            dialog->setReason(reason);
            if (confirmEnabled)
                *confirmEnabled = dialog->confirmButton()->isEnabled();
            if (dialog->confirmButton()->isEnabled())
                dialog->confirmButton()->click();
            else
                dialog->reject();
        });
    }

    RequestState stateNow()
    {
        auto request = RequestService(*m_session).view(m_id);
        EXPECT_OK(request);
        return request ? request->state : RequestState::Received;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    qint64 m_id = 0;
};

} // namespace

TEST_F(RequestViewTest, ARefusalNeedsItsReason)
{
    RequestView view(*m_session);
    view.show();
    view.open(m_id);
    EXPECT_TRUE(view.offers(RequestState::Refused));
    EXPECT_FALSE(view.offers(RequestState::Closed)) << "closing is not a move from Received";
    // Only the legal moves are on screen.
    EXPECT_TRUE(view.findChild<QPushButton *>(QStringLiteral("move-refused"))->isVisible());
    EXPECT_TRUE(view.findChild<QPushButton *>(QStringLiteral("move-identity-check"))->isVisible());
    EXPECT_FALSE(view.findChild<QPushButton *>(QStringLiteral("move-closed"))->isVisible());
    bool enabled = true;
    answerReason(QStringLiteral("   "), &enabled);
    EXPECT_FALSE(view.moveTo(RequestState::Refused));
    EXPECT_FALSE(enabled) << "the refusal could be confirmed without a reason";
    EXPECT_EQ(stateNow(), RequestState::Received);
    answerReason(QStringLiteral("The request is manifestly excessive."));
    EXPECT_TRUE(view.moveTo(RequestState::Refused));
    EXPECT_EQ(stateNow(), RequestState::Refused);
    // Ended: nothing more is offered, nothing can be edited.
    EXPECT_FALSE(view.offers(RequestState::Withdrawn));
    EXPECT_FALSE(view.offersExtension());
    const auto *withdraw = view.findChild<QPushButton *>(QStringLiteral("move-withdrawn"));
    ASSERT_NE(withdraw, nullptr);
    EXPECT_FALSE(withdraw->isVisible());
    const auto *save = UiDriver::button(view, QStringLiteral("Save"));
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled()) << "an ended request can still be saved";
}

TEST_F(RequestViewTest, AnEndWarnsThatTheIdentityDocumentIsDestroyed)
{
    RequestView view(*m_session);
    view.open(m_id);
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(view.moveTo(RequestState::Withdrawn));
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("destroyed"))) << qPrintable(MessageBox::lastText());
    EXPECT_EQ(stateNow(), RequestState::Received);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(view.moveTo(RequestState::Withdrawn));
    MessageBox::clearNextAnswer();
    EXPECT_EQ(stateNow(), RequestState::Withdrawn);
}

TEST_F(RequestViewTest, TheExtensionIsOfferedOnlyBeforeTheFirstDeadline)
{
    {
        RequestView view(*m_session);
        view.open(m_id);
        ASSERT_TRUE(view.offersExtension());
        answerReason(QStringLiteral("Several processings to search in three departments."));
        EXPECT_TRUE(view.extend());
        auto request = RequestService(*m_session).view(m_id);
        ASSERT_OK(request);
        EXPECT_TRUE(request->extendedUntil.isValid());
        EXPECT_FALSE(view.offersExtension()) << "offered a second time";
    }
    // Another request, seen after its first deadline (21 December): no
    // extension offered.
    NewRequest input;
    input.received = QDate(2026, 11, 20);
    input.rights = {QStringLiteral("erasure")};
    input.requester.surname = QStringLiteral("Testa");
    auto late = RequestService(*m_session).create(input);
    ASSERT_OK(late);
    signIn(QDate(2026, 12, 23));
    RequestView view(*m_session);
    view.open(late->id);
    EXPECT_FALSE(view.offersExtension());
    EXPECT_FALSE(view.extend());
}

TEST_F(RequestViewTest, ASaveOverAChangedRequestOffersTheReload)
{
    RequestView mine(*m_session);
    mine.open(m_id);
    RequestView theirs(*m_session);
    theirs.open(m_id);
    auto *surname = qobject_cast<QLineEdit *>(
        [&]() -> QWidget * {
            for (QLineEdit *edit : theirs.findChildren<QLineEdit *>())
                if (edit->accessibleName() == QLatin1String("Surname"))
                    return edit;
            return nullptr;
        }());
    ASSERT_NE(surname, nullptr);
    surname->setText(QStringLiteral("Gastaud-Rey"));
    EXPECT_TRUE(theirs.hasUnsavedChanges());
    ASSERT_TRUE(theirs.save());
    EXPECT_FALSE(theirs.hasUnsavedChanges());
    QLineEdit *mySurname = nullptr;
    for (QLineEdit *edit : mine.findChildren<QLineEdit *>())
        if (edit->accessibleName() == QLatin1String("Surname"))
            mySurname = edit;
    ASSERT_NE(mySurname, nullptr);
    mySurname->setText(QStringLiteral("Gastaud-Blanc"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // reload
    EXPECT_FALSE(mine.save());
    MessageBox::clearNextAnswer();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Reload"))) << qPrintable(MessageBox::lastText());
    EXPECT_EQ(mySurname->text(), QStringLiteral("Gastaud-Rey")) << "the reload did not show the other save";
    auto request = RequestService(*m_session).view(m_id);
    ASSERT_OK(request);
    EXPECT_EQ(request->requester.surname, QStringLiteral("Gastaud-Rey"));
}

TEST_F(RequestViewTest, ClearLeavesNothingOfTheRequest)
{
    RequestView view(*m_session);
    view.open(m_id);
    const auto shows = [&](const QString &text) {
        for (QLineEdit *edit : view.findChildren<QLineEdit *>())
            if (edit->text().contains(text))
                return true;
        for (QLabel *label : view.findChildren<QLabel *>())
            if (label->text().contains(text))
                return true;
        return false;
    };
    ASSERT_TRUE(shows(QStringLiteral("Gastaud")));
    view.clear();
    EXPECT_FALSE(shows(QStringLiteral("Gastaud")));
    EXPECT_FALSE(shows(QStringLiteral("Agnès")));
    EXPECT_EQ(view.requestId(), 0);
    EXPECT_FALSE(view.offers(RequestState::IdentityCheck));
}

// A processing of the register added on the Processings tab, with what was
// found there, is saved by the request's Save; a second add of the same one
// does not make a second row.
TEST_F(RequestViewTest, FindingsAreAddedFromTheRegisterAndSavedWithTheRequest)
{
    m_session.reset();
    {
        auto dpo = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(dpo);
        Processing processing;
        processing.name = QStringLiteral("Gestion du personnel");
        processing.controller = QStringLiteral("Direction des Ressources Humaines");
        ASSERT_OK(ProcessingService(**dpo).create(processing));
    }
    signIn(QDate(2026, 12, 1));
    RequestView view(*m_session);
    view.show();
    view.open(m_id);
    FindingsPanel *panel = view.findings();
    view.tabs()->setCurrentIndex(view.tabs()->indexOf(panel));
    auto *picker = UiDriver::byName<QComboBox>(*panel, QStringLiteral("Processing of the register to add"));
    ASSERT_NE(picker, nullptr);
    ASSERT_EQ(picker->count(), 1);
    picker->setCurrentIndex(0);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(*panel, QStringLiteral("Add"))));
    EXPECT_FALSE(panel->add(picker->itemData(0).toLongLong())) << "the same processing added twice";
    ASSERT_EQ(panel->table()->rowCount(), 1);
    EXPECT_TRUE(view.hasUnsavedChanges());
    auto *held = qobject_cast<QComboBox *>(panel->table()->cellWidget(0, 1));
    ASSERT_NE(held, nullptr);
    held->setCurrentIndex(held->findText(QStringLiteral("Yes")));
    // Typed in the cell, still being edited when Save is pressed.
    QApplication::setActiveWindow(&view);
    panel->table()->setCurrentCell(0, 2);
    panel->table()->editItem(panel->table()->item(0, 2));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr) << "no editor open in the cell";
    editor->setText(QStringLiteral("Extraction envoyée"));
    ASSERT_TRUE(view.save());
    EXPECT_FALSE(view.hasUnsavedChanges());
    auto request = RequestService(*m_session).view(m_id);
    ASSERT_OK(request);
    ASSERT_EQ(request->findings.size(), 1u);
    EXPECT_EQ(request->findings[0].processingName, QStringLiteral("Gestion du personnel"));
    EXPECT_EQ(request->findings[0].dataHeld, std::optional<bool>(true));
    EXPECT_EQ(request->findings[0].action, QStringLiteral("Extraction envoyée"));
    // Removed, saved: gone.
    panel->table()->selectRow(0);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(*panel, QStringLiteral("Remove the processing"))));
    ASSERT_TRUE(view.save());
    EXPECT_TRUE(RequestService(*m_session).view(m_id)->findings.empty());
}

// History shows the state changes with their reasons and, to those who
// read the audit log (the DPO), every entry of the audit log about the
// request, the views included, in the person's language; the technical
// detail stays in the tooltip. A clerk's History is the state changes.
TEST_F(RequestViewTest, HistoryListsTheStateChangesAndTheRequestsAuditEntries)
{
    {
        RequestView view(*m_session);
        view.show();
        view.open(m_id);
        answerReason(QStringLiteral("The request is manifestly excessive."));
        ASSERT_TRUE(view.moveTo(RequestState::Refused));
        auto *states = view.findChild<QTableWidget *>(QStringLiteral("history"));
        auto *trail = view.findChild<QTableWidget *>(QStringLiteral("auditTrail"));
        ASSERT_NE(states, nullptr);
        ASSERT_NE(trail, nullptr);
        ASSERT_EQ(states->rowCount(), 2);
        EXPECT_EQ(states->item(1, 2)->text(), QStringLiteral("Received → Refused"));
        EXPECT_EQ(states->item(1, 3)->text(), QStringLiteral("The request is manifestly excessive."));
        view.tabs()->setCurrentIndex(view.tabs()->count() - 1);
        EXPECT_TRUE(states->isVisible());
        EXPECT_FALSE(trail->isVisible()) << "a clerk reads the audit log's entries";
        EXPECT_EQ(trail->rowCount(), 0);
    }
    m_session.reset();
    auto dpo = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword),
                              std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)));
    ASSERT_OK(dpo);
    RequestView view(**dpo);
    view.show();
    view.open(m_id);
    view.tabs()->setCurrentIndex(view.tabs()->count() - 1);
    auto *states = view.findChild<QTableWidget *>(QStringLiteral("history"));
    auto *trail = view.findChild<QTableWidget *>(QStringLiteral("auditTrail"));
    ASSERT_TRUE(trail->isVisible());
    QStringList actions;
    QStringList who;
    for (int row = 0; row < trail->rowCount(); ++row) {
        who << trail->item(row, 1)->text();
        actions << trail->item(row, 2)->text();
    }
    EXPECT_EQ(actions.value(0), AuditActions::labelForKey(QStringLiteral("request.create")));
    EXPECT_EQ(who.value(0), QStringLiteral("clerk"));
    EXPECT_TRUE(actions.contains(AuditActions::labelForKey(QStringLiteral("request.view")))) << qPrintable(actions.join(u','));
    // The DPO's own consultation is there too.
    EXPECT_EQ(who.back(), QStringLiteral("dpo"));
    EXPECT_EQ(actions.back(), AuditActions::labelForKey(QStringLiteral("request.view")));
    const int moved = int(actions.indexOf(AuditActions::labelForKey(QStringLiteral("request.transition"))));
    ASSERT_GE(moved, 0) << qPrintable(actions.join(u','));
    EXPECT_TRUE(trail->item(moved, 2)->toolTip().contains(QStringLiteral("refused")))
        << qPrintable(trail->item(moved, 2)->toolTip());
    // The lock's clear empties both.
    view.clear();
    EXPECT_EQ(states->rowCount(), 0);
    EXPECT_EQ(trail->rowCount(), 0);
}
