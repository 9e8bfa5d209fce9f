// The retention of case files on screen: at a DPO's sign-in the ended
// requests past the period are listed without names, anonymised only after
// confirmation; an administrator may anonymise but not change the period;
// an anonymised request reads so in the list and its detail.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/WindowPages.h"
#include "tests/support/UiDriver.h"
#include "ui/common/MessageBox.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/requests/RetentionPage.h"
#include "ui/shell/MainWindow.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditAction.h"
#include "core/audit/AuditService.h"
#include "core/requests/RequestService.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString OldSurname = QStringLiteral("Vieillecombe");
const QString RecentSurname = QStringLiteral("Récentini");
const QDate Today(2026, 12, 2);

std::shared_ptr<const Clock> at(const QDate &day)
{
    return std::make_shared<FixedClock>(QDateTime(day, QTime(10, 0), Qt::UTC));
}

void showPageOf(MainWindow &window, const Page *page)
{
    window.showPage(int(std::find(window.pages().begin(), window.pages().end(), page) - window.pages().begin()));
}

QString tableText(const QTableWidget &table)
{
    QStringList cells;
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            if (const QTableWidgetItem *item = table.item(row, column))
                cells << item->text();
        }
    }
    return cells.join(u'|');
}

class RetentionPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("conservation.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        // One request closed in 2020, long past five years, one closed this
        // year, one still open.
        m_old = ended(OldSurname, QDate(2020, 3, 2), QDate(2020, 3, 20));
        m_recent = ended(RecentSurname, QDate(2026, 10, 5), QDate(2026, 10, 20));
        auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, Today);
        ASSERT_TRUE(clerk);
        NewRequest open;
        open.received = Today;
        open.rights = {QStringLiteral("objection")};
        open.requester.surname = QStringLiteral("Ouvertelli");
        ASSERT_OK(RequestService(*clerk).create(open));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password, const QDate &today)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password), at(today));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    // The main window of a sign-in today, shown.
    std::unique_ptr<MainWindow> windowOf(const QString &login, const QString &password)
    {
        auto session = signIn(login, password, Today);
        if (!session)
            return nullptr;
        auto window = std::make_unique<MainWindow>(std::move(session));
        window->show();
        return window;
    }

    QString ended(const QString &surname, const QDate &received, const QDate &closedOn)
    {
        auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, received);
        if (!clerk)
            return {};
        RequestService service(*clerk);
        NewRequest input;
        input.received = received;
        input.rights = {QStringLiteral("access")};
        input.requester.surname = surname;
        input.requester.firstName = QStringLiteral("Éloïse");
        input.notes = QStringLiteral("Demande de copie de ses données");
        auto created = service.create(input);
        EXPECT_OK(created);
        if (!created)
            return {};
        clerk->setClock(at(closedOn));
        for (RequestState step :
             {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered, RequestState::Closed})
            EXPECT_OK(service.transition(created->id, step));
        m_ids[created->reference] = created->id;
        return created->reference;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_old;
    QString m_recent;
    std::map<QString, qint64> m_ids;
};

TEST_F(RetentionPageTest, DpoLandsOnTheExpiredCasesAndAnonymisesThemAfterConfirming)
{
    auto shown = windowOf(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(shown);
    MainWindow &window = *shown;
    auto *page = pageOf<RetentionPage>(window);
    ASSERT_NE(page, nullptr);
    // Sign-in lands on the list, since one request waits.
    EXPECT_TRUE(page->isVisible());
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("expiredCases"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    const QString listed = tableText(*table);
    EXPECT_TRUE(listed.contains(m_old)) << qPrintable(listed);
    EXPECT_FALSE(listed.contains(m_recent)) << qPrintable(listed);
    EXPECT_FALSE(listed.contains(OldSurname)) << "the list names no one";
    EXPECT_FALSE(listed.contains(QStringLiteral("Éloïse")));
    // The DPO may change the period.
    auto *years = page->findChild<QSpinBox *>();
    ASSERT_NE(years, nullptr);
    EXPECT_EQ(years->value(), 5);
    EXPECT_FALSE(years->isReadOnly());

    auto *anonymise = page->findChild<QPushButton *>(QStringLiteral("anonymise"));
    ASSERT_NE(anonymise, nullptr);
    EXPECT_TRUE(anonymise->isEnabled());
    EXPECT_TRUE(anonymise->text().contains(u'1')) << qPrintable(anonymise->text());

    // Declined: nothing cleared.
    MessageBox::setNextAnswer(QMessageBox::No);
    anonymise->click();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("cannot be undone"))) << qPrintable(MessageBox::lastText());
    EXPECT_EQ(page->expiredCount(), 1);
    auto before = RequestService(window.session()).view(m_ids[m_old]);
    ASSERT_OK(before);
    EXPECT_EQ(before->requester.surname, OldSurname);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    anonymise->click();
    MessageBox::clearNextAnswer();
    EXPECT_EQ(page->expiredCount(), 0);
    EXPECT_EQ(table->rowCount(), 0);
    EXPECT_FALSE(anonymise->isEnabled());
    auto *status = page->findChild<QLabel *>(QStringLiteral("retentionStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->text(), QStringLiteral("1 request anonymised."));
    auto after = RequestService(window.session()).view(m_ids[m_old]);
    ASSERT_OK(after);
    EXPECT_TRUE(after->requester.surname.isEmpty());
    EXPECT_EQ(after->anonymisedOn, Today);
    auto recent = RequestService(window.session()).view(m_ids[m_recent]);
    ASSERT_OK(recent);
    EXPECT_EQ(recent->requester.surname, RecentSurname);

    // The list and the detail say it was anonymised, not an empty name.
    auto *requests = pageOf<RequestsPage>(window);
    ASSERT_NE(requests, nullptr);
    showPageOf(window, requests);
    // Found by its reference: the name it was listed under is gone.
    RequestsModel *model = requests->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    requests->showMatching(m_old);
    bool found = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RequestsModel::Reference).data().toString() == m_old) {
            EXPECT_EQ(model->index(row, RequestsModel::Requester).data().toString(), QStringLiteral("Anonymised"));
            found = true;
        }
    }
    requests->showMatching(OldSurname);
    EXPECT_EQ(model->rowCount(), 0) << "nothing is found by the cleared name";
    EXPECT_TRUE(found);
    requests->detail()->open(m_ids[m_old]);
    QLabel *deadline = nullptr;
    for (QLabel *label : requests->detail()->findChildren<QLabel *>()) {
        if (label->text().contains(QStringLiteral("personal data was cleared")))
            deadline = label;
    }
    ASSERT_NE(deadline, nullptr) << "the detail says the case file was anonymised";
    // Its audit trail says who anonymised it.
    auto *trail = requests->detail()->findChild<QTableWidget *>(QStringLiteral("auditTrail"));
    ASSERT_NE(trail, nullptr);
    bool recorded = false;
    for (int row = 0; row < trail->rowCount(); ++row) {
        if (trail->item(row, 2)->text() == AuditActions::labelForKey(QStringLiteral("request.anonymise"))) {
            EXPECT_EQ(trail->item(row, 1)->text(), QStringLiteral("dpo"));
            recorded = true;
        }
    }
    EXPECT_TRUE(recorded) << qPrintable(tableText(*trail));
}

TEST_F(RetentionPageTest, ALongerPeriodKeepsTheCasesAndIsAudited)
{
    auto shown = windowOf(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(shown);
    MainWindow &window = *shown;
    auto *page = pageOf<RetentionPage>(window);
    ASSERT_NE(page, nullptr);
    showPageOf(window, page);
    ASSERT_EQ(page->expiredCount(), 1);
    auto *years = page->findChild<QSpinBox *>();
    ASSERT_NE(years, nullptr);
    years->setValue(10);
    page->saveYears();
    EXPECT_EQ(page->expiredCount(), 0);
    auto *summary = page->findChild<QLabel *>(QStringLiteral("retentionSummary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().startsWith(QStringLiteral("No ended request is past the period"))) << qPrintable(summary->text());
    EXPECT_EQ(years->suffix(), QStringLiteral(" years"));
    years->setValue(1);
    EXPECT_EQ(years->suffix(), QStringLiteral(" year"));
    years->setValue(10);
    // The change is in the audit log, by the DPO.
    auto entries = AuditService(window.session()).latest(50);
    ASSERT_OK(entries);
    bool audited = false;
    for (const AuditEntry &entry : *entries)
        audited |= entry.action == QStringLiteral("settings.change") && entry.account == QStringLiteral("dpo");
    EXPECT_TRUE(audited);
    // Kept: the next sign-in reads ten years and lands on the Dashboard.
    window.close();
    auto again = signIn(QStringLiteral("dpo"), DpoPassword, Today);
    ASSERT_TRUE(again);
    MainWindow second(std::move(again));
    second.show();
    auto *page2 = pageOf<RetentionPage>(second);
    ASSERT_NE(page2, nullptr);
    EXPECT_FALSE(page2->isVisible());
    showPageOf(second, page2);
    EXPECT_EQ(page2->findChild<QSpinBox *>()->value(), 10);
}

TEST_F(RetentionPageTest, AnAdministratorAnonymisesButCannotChangeThePeriod)
{
    auto shown = windowOf(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(shown);
    MainWindow &window = *shown;
    EXPECT_EQ(pageOf<RequestsPage>(window), nullptr);
    auto *page = pageOf<RetentionPage>(window);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    auto *years = page->findChild<QSpinBox *>();
    ASSERT_NE(years, nullptr);
    EXPECT_TRUE(years->isReadOnly());
    EXPECT_EQ(UiDriver::button(*page, QStringLiteral("Save the period")), nullptr);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("expiredCases"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rowCount(), 1);
    // The rights read by name, though an administrator reads no request.
    EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("Right of access")) << qPrintable(tableText(*table));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->findChild<QPushButton *>(QStringLiteral("anonymise"))->click();
    MessageBox::clearNextAnswer();
    EXPECT_EQ(page->expiredCount(), 0);
}

TEST_F(RetentionPageTest, LockClearsTheList)
{
    auto shown = windowOf(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(shown);
    MainWindow &window = *shown;
    auto *page = pageOf<RetentionPage>(window);
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->expiredCount(), 1);
    window.lock();
    EXPECT_EQ(page->expiredCount(), 0);
    EXPECT_EQ(page->findChild<QTableWidget *>(QStringLiteral("expiredCases"))->rowCount(), 0);
}

} // namespace

namespace {

// A DPO who had the expired request open below the list and anonymises it
// from the Case files page finds it read again: no name left on screen.
TEST_F(RetentionPageTest, AnOpenRequestIsReadAgainOnceAnonymised)
{
    auto shown = windowOf(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(shown);
    MainWindow &window = *shown;
    auto *requests = pageOf<RequestsPage>(window);
    auto *page = pageOf<RetentionPage>(window);
    ASSERT_NE(requests, nullptr);
    ASSERT_NE(page, nullptr);
    showPageOf(window, requests);
    requests->detail()->open(m_ids[m_old]);
    const auto shows = [&](const QString &text) {
        for (QLineEdit *edit : requests->detail()->findChildren<QLineEdit *>())
            if (edit->text().contains(text))
                return true;
        for (QLabel *label : requests->detail()->findChildren<QLabel *>())
            if (label->text().contains(text))
                return true;
        return false;
    };
    ASSERT_TRUE(shows(OldSurname));
    showPageOf(window, page);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->anonymiseListed();
    MessageBox::clearNextAnswer();
    ASSERT_EQ(page->expiredCount(), 0);
    EXPECT_EQ(requests->detail()->requestId(), m_ids[m_old]);
    EXPECT_FALSE(shows(OldSurname)) << "the cleared name is still on screen";
    EXPECT_FALSE(shows(QStringLiteral("Éloïse")));
}

} // namespace
