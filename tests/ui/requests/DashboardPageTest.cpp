// The dashboard of the main window: its lists hold the requests that need
// attention, an entry opens its request below the request list, and a lock
// empties it.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "ui/requests/RequestView.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/DashboardPage.h"
#include "ui/shell/MainWindow.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"

#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

TEST(DashboardPageTest, AnEntryOpensItsRequestAndALockEmptiesThePage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dashboard.habeas"));
    ASSERT_OK(createOfficeVault(path));
    const QDate today(2026, 6, 15);
    auto session = Session::login(path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword),
                                  std::make_shared<FixedClock>(QDateTime(today, QTime(9, 0), Qt::UTC)));
    ASSERT_OK(session);
    qint64 late = 0;
    for (int daysAgo : {70, 40, 2}) {
        NewRequest input;
        input.received = today.addDays(-daysAgo);
        input.rights = {QStringLiteral("access")};
        input.requester.surname = QStringLiteral("Rey");
        auto created = RequestService(**session).create(input);
        ASSERT_OK(created);
        if (daysAgo == 40)
            late = created->id;
    }
    MainWindow window(std::move(session).value());
    window.show();
    auto *dashboard = qobject_cast<DashboardPage *>(window.pages().front());
    ASSERT_NE(dashboard, nullptr) << "the dashboard is not the first page";
    QListWidget *overdue = dashboard->list(0);
    ASSERT_EQ(overdue->count(), 2);
    EXPECT_TRUE(overdue->item(0)->text().contains(QStringLiteral("overdue by")));
    EXPECT_TRUE(dashboard->findChild<QLabel *>(QStringLiteral("monthFigures"))->text().contains(QStringLiteral("June: 1")));
    // The second overdue one (the later due date) opens below the list.
    ASSERT_EQ(overdue->item(1)->data(Qt::UserRole).toLongLong(), late);
    Q_EMIT overdue->itemActivated(overdue->item(1));
    auto *requests = window.findChild<RequestsPage *>();
    ASSERT_NE(requests, nullptr);
    EXPECT_EQ(requests->detail()->requestId(), late);
    EXPECT_TRUE(requests->isVisible());
    window.lock();
    EXPECT_EQ(overdue->count(), 0) << "a lock left the dashboard's entries on screen";
    EXPECT_TRUE(dashboard->findChild<QLabel *>(QStringLiteral("byRight"))->text().isEmpty());
}
