// The request table: a page at a time over 450 requests, sorted and
// filtered by the core, deadlines shown in words and with an icon, Enter
// opening a request, and nothing left once the page is cleared (lock).

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/requests/FindingsPanel.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsModel.h"
#include "ui/requests/RequestsPage.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/register/ProcessingRepository.h"
#include "core/requests/RequestService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr int Requests = 450;

class RequestsPageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_path = s_dir->filePath(QStringLiteral("desk.habeas"));
        ASSERT_OK(createOfficeVault(s_path));
        auto session = Session::login(s_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(session);
        RequestService service(**session);
        const Channel channels[] = {Channel::Post, Channel::Email, Channel::OnlineForm, Channel::OnSite};
        // Received over the 450 days before 1 December 2026, every 5th
        // assigned to the clerk.
        for (int i = 0; i < Requests; ++i) {
            NewRequest request;
            request.channel = channels[i % 4];
            request.received = QDate(2026, 12, 1).addDays(-i);
            request.rights = {i % 3 == 0 ? QStringLiteral("access") : QStringLiteral("erasure")};
            request.requester.surname = QStringLiteral("Nom%1").arg(Requests - i, 4, 10, QChar(u'0'));
            request.assignee = i % 5 == 0 ? QStringLiteral("clerk") : QString();
            ASSERT_OK(service.create(request));
        }
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override
    {
        auto session = Session::login(s_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword),
                                      std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)));
        ASSERT_OK(session);
        m_session = std::move(session).value();
    }

    static QTemporaryDir *s_dir;
    static QString s_path;
    std::unique_ptr<Session> m_session;
};

QTemporaryDir *RequestsPageTest::s_dir = nullptr;
QString RequestsPageTest::s_path;

} // namespace

TEST_F(RequestsPageTest, TheModelReadsAPageAtATimeAndSortsThroughTheCore)
{
    RequestsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSession(m_session.get());
    EXPECT_EQ(model.rowCount(), Requests);
    // A jump to the last row reads that row's page only.
    const QString last = model.index(Requests - 1, RequestsModel::Reference).data().toString();
    EXPECT_TRUE(last.startsWith(QStringLiteral("20"))) << qPrintable(last);
    model.sort(RequestsModel::Requester, Qt::AscendingOrder);
    EXPECT_EQ(model.index(0, RequestsModel::Requester).data().toString(), QStringLiteral("Nom0001"));
    EXPECT_EQ(model.index(Requests - 1, RequestsModel::Requester).data().toString(), QStringLiteral("Nom0450"));
    model.sort(RequestsModel::Requester, Qt::DescendingOrder);
    EXPECT_EQ(model.index(0, RequestsModel::Requester).data().toString(), QStringLiteral("Nom0450"));
    RequestFilter post;
    post.channel = Channel::Post;
    post.openOnly = true;
    model.setFilter(post);
    EXPECT_EQ(model.rowCount(), (Requests + 3) / 4);
    EXPECT_EQ(model.index(0, RequestsModel::Requester).data().toString(), QStringLiteral("Nom0450"))
        << "the order survives a change of filter";
    EXPECT_EQ(model.index(0, RequestsModel::Channel).data().toString(), QStringLiteral("Post"));
    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(RequestsPageTest, DeadlinesAreShownInWordsAndWithAnIconNotByColourAlone)
{
    RequestsModel model;
    model.setToday(QDate(2026, 12, 1));
    model.setSession(m_session.get());
    model.sort(RequestsModel::Received, Qt::DescendingOrder);
    // Received today: due in a month, fine, no icon.
    const QModelIndex fresh = model.index(0, RequestsModel::Due);
    EXPECT_EQ(fresh.data(RequestsModel::DueStatusRole).toInt(), int(DueStatus::Fine));
    EXPECT_TRUE(fresh.data().toString().contains(QStringLiteral("days left"))) << qPrintable(fresh.data().toString());
    EXPECT_TRUE(fresh.data(Qt::DecorationRole).isNull());
    // Received 40 days ago: overdue, said in words, with an icon.
    const QModelIndex late = model.index(40, RequestsModel::Due);
    EXPECT_EQ(late.data(RequestsModel::DueStatusRole).toInt(), int(DueStatus::Overdue));
    EXPECT_TRUE(late.data().toString().contains(QStringLiteral("overdue by"))) << qPrintable(late.data().toString());
    EXPECT_FALSE(late.data(Qt::DecorationRole).isNull());
    // Somewhere between: due within five working days.
    int soon = -1;
    for (int row = 0; row < 40 && soon < 0; ++row)
        if (model.index(row, RequestsModel::Due).data(RequestsModel::DueStatusRole).toInt() == int(DueStatus::Soon))
            soon = row;
    ASSERT_GE(soon, 0);
    const QModelIndex close = model.index(soon, RequestsModel::Due);
    EXPECT_TRUE(close.data().toString().contains(QStringLiteral("working day")) || close.data().toString().contains(QStringLiteral("today")))
        << qPrintable(close.data().toString());
    EXPECT_FALSE(close.data(Qt::DecorationRole).isNull());
}

TEST_F(RequestsPageTest, FiltersSearchAndEnterOpenARequest)
{
    RequestsPage page(*m_session);
    page.show();
    page.reload();
    auto *count = page.findChild<QLabel *>(QStringLiteral("requestCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("%1 requests").arg(Requests)) << "all are open";
    page.findChild<QCheckBox *>(QStringLiteral("mineFilter"))->setChecked(true);
    EXPECT_EQ(page.model()->rowCount(), Requests / 5);
    page.findChild<QCheckBox *>(QStringLiteral("mineFilter"))->setChecked(false);
    page.findChild<QCheckBox *>(QStringLiteral("overdueFilter"))->setChecked(true);
    const int overdue = page.model()->rowCount();
    EXPECT_GT(overdue, 400);
    EXPECT_LT(overdue, Requests);
    page.findChild<QCheckBox *>(QStringLiteral("overdueFilter"))->setChecked(false);
    auto *year = page.findChild<QComboBox *>(QStringLiteral("yearFilter"));
    ASSERT_EQ(year->count(), 3); // all, 2026, 2025
    year->setCurrentIndex(year->findData(2025));
    Q_EMIT year->activated(year->currentIndex());
    EXPECT_EQ(page.model()->rowCount(), Requests - 335) << "received from 22 August 2025 to 31 December 2025";
    year->setCurrentIndex(0);
    Q_EMIT year->activated(0);
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("requestSearch"));
    QTest::keyClicks(search, QStringLiteral("nom044"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(page.model()->rowCount(), 10) << "Nom0440 to Nom0449, accents and case ignored";
    EXPECT_EQ(count->text(), QStringLiteral("10 requests"));

    auto *table = page.findChild<QTableView *>(QStringLiteral("requestTable"));
    QSignalSpy opened(&page, &RequestsPage::openRequested);
    table->setFocus();
    table->setCurrentIndex(page.model()->index(2, 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.front().front().toLongLong(), page.model()->index(2, 0).data(RequestsModel::IdRole).toLongLong());

    // Locking clears the page: no name stays in the model or the search box.
    page.clear();
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(search->text().isEmpty());
}

// The processings the findings choose from are read when their tab is
// shown, not again at each request opened; the page's reload reads them
// again (the register may have changed on its own page meanwhile), and its
// clear (lock) drops them.
TEST_F(RequestsPageTest, TheFindingsRegisterIsReadOncePerReloadAndDroppedAtLock)
{
    const auto addProcessing = [&](const QString &name) {
        Processing processing;
        processing.name = name;
        processing.controller = QStringLiteral("Direction des Ressources Humaines");
        ASSERT_OK(ProcessingRepository(SessionStorage::database(*m_session)).save(processing));
    };
    addProcessing(QStringLiteral("Gestion du personnel"));
    RequestsPage page(*m_session);
    page.show();
    page.reload();
    RequestView *view = page.detail();
    FindingsPanel *panel = view->findings();
    ASSERT_FALSE(panel->isVisible());
    for (const QComboBox *box : panel->findChildren<QComboBox *>())
        EXPECT_EQ(box->count(), 0) << "read before its tab is shown";
    view->tabs()->setCurrentIndex(view->tabs()->indexOf(panel));
    auto *picker = UiDriver::byName<QComboBox>(*panel, QStringLiteral("Processing of the register to add"));
    ASSERT_NE(picker, nullptr);
    const int registered = picker->count();
    ASSERT_GT(registered, 0);

    addProcessing(QStringLiteral("Paie"));
    auto rows = RequestService(*m_session).list({});
    ASSERT_OK(rows);
    ASSERT_GE(rows->size(), 2u);
    view->open(rows->at(0).id);
    view->open(rows->at(1).id);
    EXPECT_EQ(picker->count(), registered) << "read again at an opening";
    page.reload();
    EXPECT_EQ(picker->count(), registered + 1);
    EXPECT_GE(picker->findText(QStringLiteral("Paie — Direction des Ressources Humaines")), 0);

    page.clear();
    EXPECT_EQ(picker->count(), 0) << "left at lock";
    view->tabs()->setCurrentIndex(0);
    view->tabs()->setCurrentIndex(view->tabs()->indexOf(panel));
    EXPECT_EQ(picker->count(), registered + 1) << "read again when shown after the lock";
}
