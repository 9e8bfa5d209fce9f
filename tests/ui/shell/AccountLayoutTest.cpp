// What each account keeps on this machine: the request list's filters, its
// columns and sort, and the administrators' tables, back at the next
// sign-in for the same account only; nothing in the settings file that
// names a person or the vault; damaged states ignored.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "tests/support/UiDriver.h"
#include "ui/accounts/AccountsPage.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/common/HeaderState.h"
#include "ui/requests/RequestsModel.h"
#include "ui/requests/RequestsPage.h"
#include "ui/shell/MainWindow.h"
#include "core/accounts/Session.h"
#include "core/requests/RequestService.h"
#include "core/settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Surname = QStringLiteral("Quenouille");
const QString OtherSurname = QStringLiteral("Barbarossa");

class AccountLayoutTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // This machine's settings, in a folder of the test's own.
        ASSERT_TRUE(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        ASSERT_TRUE(QSettings().fileName().startsWith(m_settingsDir.path())) << qPrintable(QSettings().fileName());

        m_path = m_vaultDir.filePath(QStringLiteral("bureau-des-droits.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(session);
        RequestService service(**session);
        struct Made {
            Channel channel;
            QDate received;
            const char *assignee;
            QString surname;
        };
        const Made made[] = {
            {Channel::Email, QDate(2025, 3, 10), "clerk", Surname},
            {Channel::Email, QDate(2025, 5, 2), "clerk", QStringLiteral("Rey")},
            {Channel::Email, QDate(2025, 6, 20), "dpo", QStringLiteral("Rey")},
            {Channel::Post, QDate(2026, 1, 15), "", QStringLiteral("Rey")},
            {Channel::Post, QDate(2026, 2, 1), "dpo", OtherSurname},
        };
        for (const Made &one : made) {
            NewRequest request;
            request.channel = one.channel;
            request.received = one.received;
            request.rights = {QStringLiteral("access")};
            request.requester.surname = one.surname;
            request.requester.firstName = QStringLiteral("Zéphyrine");
            request.assignee = QString::fromLatin1(one.assignee);
            ASSERT_OK(service.create(request));
        }
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    QByteArray settingsFile() const
    {
        QSettings().sync();
        QFile file(QSettings().fileName());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
        return file.readAll();
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_vaultDir;
    QString m_path;
};

template <typename T>
T *openPage(MainWindow &window)
{
    for (std::size_t i = 0; i < window.pages().size(); ++i) {
        if (auto *page = qobject_cast<T *>(window.pages()[i])) {
            window.showPage(int(i));
            return page;
        }
    }
    return nullptr;
}

QComboBox *filter(RequestsPage &page, const char *name)
{
    return page.findChild<QComboBox *>(QLatin1String(name));
}

// Picks the choice holding `data`, as a person choosing it in the list.
void choose(RequestsPage &page, const char *name, const QVariant &data)
{
    QComboBox *box = filter(page, name);
    ASSERT_NE(box, nullptr) << name;
    const int index = box->findData(data);
    ASSERT_GE(index, 0) << name << " offers no " << qPrintable(data.toString());
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

QHeaderView *header(RequestsPage &page)
{
    return page.findChild<QTableView *>(QStringLiteral("requestTable"))->horizontalHeader();
}

} // namespace

TEST_F(AccountLayoutTest, FiltersColumnsAndSortSurviveSigningOutAndIn)
{
    {
        MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        choose(*page, "stateFilter", int(RequestState::Received));
        choose(*page, "channelFilter", int(Channel::Email));
        choose(*page, "yearFilter", 2025);
        page->findChild<QCheckBox *>(QStringLiteral("mineFilter"))->setChecked(true);
        ASSERT_EQ(page->model()->rowCount(), 2) << "the clerk's e-mails of 2025";
        header(*page)->resizeSection(RequestsModel::Requester, 333);
        header(*page)->setSortIndicator(RequestsModel::Received, Qt::DescendingOrder);
        ASSERT_EQ(page->model()->filter().sort, RequestSort::Received);
        window.close();
    }
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    window.show();
    auto *page = window.findChild<RequestsPage *>();
    ASSERT_NE(page, nullptr);
    // The filters show before the page is even opened.
    EXPECT_EQ(filter(*page, "stateFilter")->currentData().toInt(), int(RequestState::Received));
    EXPECT_EQ(filter(*page, "channelFilter")->currentData().toInt(), int(Channel::Email));
    EXPECT_EQ(filter(*page, "yearFilter")->currentData().toInt(), 2025);
    EXPECT_TRUE(page->findChild<QCheckBox *>(QStringLiteral("mineFilter"))->isChecked());
    EXPECT_FALSE(page->findChild<QCheckBox *>(QStringLiteral("overdueFilter"))->isChecked());
    EXPECT_FALSE(filter(*page, "assigneeFilter")->isEnabled()) << "\"mine\" rules out another assignee";
    ASSERT_EQ(openPage<RequestsPage>(window), page);
    // And they filter the list.
    const RequestFilter &applied = page->model()->filter();
    EXPECT_EQ(applied.state, RequestState::Received);
    EXPECT_EQ(applied.channel, Channel::Email);
    EXPECT_EQ(applied.year, 2025);
    EXPECT_EQ(applied.assignee, QStringLiteral("clerk"));
    ASSERT_EQ(page->model()->rowCount(), 2);
    EXPECT_EQ(header(*page)->sectionSize(RequestsModel::Requester), 333) << "the width was fitted over";
    EXPECT_EQ(header(*page)->sortIndicatorSection(), int(RequestsModel::Received));
    EXPECT_EQ(header(*page)->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(applied.sort, RequestSort::Received);
    EXPECT_TRUE(applied.descending);
    EXPECT_EQ(page->model()->index(0, RequestsModel::Received).data().toString(),
              QLocale().toString(QDate(2025, 5, 2), QLocale::ShortFormat))
        << "the latest received first";
}

TEST_F(AccountLayoutTest, AnotherAccountKeepsItsOwn)
{
    {
        MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        choose(*page, "channelFilter", int(Channel::Email));
        header(*page)->resizeSection(RequestsModel::Requester, 333);
        header(*page)->setSortIndicator(RequestsModel::Received, Qt::DescendingOrder);
        window.close();
    }
    {
        MainWindow window(signIn(QStringLiteral("dpo"), DpoPassword));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(filter(*page, "channelFilter")->currentIndex(), 0) << "the DPO got the clerk's channel";
        EXPECT_FALSE(page->model()->filter().channel.has_value());
        EXPECT_EQ(page->model()->rowCount(), 5);
        EXPECT_EQ(header(*page)->sortIndicatorSection(), int(RequestsModel::Due));
        EXPECT_EQ(page->model()->filter().sort, RequestSort::Due);
        EXPECT_NE(header(*page)->sectionSize(RequestsModel::Requester), 333);
        choose(*page, "channelFilter", int(Channel::Post));
        // Locking saves too: a locked session may end without a close.
        window.lock();
    }
    {
        MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->model()->filter().channel, Channel::Email) << "the DPO's choice replaced the clerk's";
        EXPECT_EQ(page->model()->rowCount(), 3);
        window.close();
    }
    MainWindow window(signIn(QStringLiteral("dpo"), DpoPassword));
    auto *page = openPage<RequestsPage>(window);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->model()->filter().channel, Channel::Post) << "the lock did not save the DPO's choice";
    EXPECT_EQ(page->model()->rowCount(), 2);
}

TEST_F(AccountLayoutTest, TheSettingsFileNamesNobodyAndNoVault)
{
    QString group;
    {
        MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
        group = window.session().localSettings().group();
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        // The two filters that can name a person.
        choose(*page, "assigneeFilter", QStringLiteral("dpo"));
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("requestSearch"));
        UiDriver::type(search, Surname);
        Q_EMIT search->returnPressed();
        ASSERT_EQ(page->model()->rowCount(), 0) << "Quenouille's request is the clerk's";
        UiDriver::type(search, OtherSurname);
        Q_EMIT search->returnPressed();
        ASSERT_EQ(page->model()->rowCount(), 1);
        header(*page)->resizeSection(RequestsModel::Requester, 321);
        window.close();
    }
    const QByteArray file = settingsFile();
    // Something was written, under the account's hashed name...
    ASSERT_TRUE(group.startsWith(QStringLiteral("accounts/"))) << qPrintable(group);
    const QByteArray hashed = group.section(u'/', 1).toLatin1();
    EXPECT_EQ(hashed.size(), 64);
    EXPECT_TRUE(file.contains(hashed)) << file.constData();
    EXPECT_TRUE(file.contains("filter_channel")) << file.constData();
    // ...and nothing that names the person, the requesters or the vault.
    for (const QString &name :
         {QStringLiteral("clerk"), QStringLiteral("dpo"), QStringLiteral("Claire"), QStringLiteral("Guichet"),
          QStringLiteral("Daniel"), Surname, OtherSurname, QStringLiteral("Zéphyrine"), QStringLiteral("Z\\xe9phyrine"),
          QStringLiteral("bureau-des-droits"), m_vaultDir.path()}) {
        EXPECT_FALSE(file.contains(name.toUtf8())) << qPrintable(name) << " in\n" << file.constData();
        EXPECT_FALSE(file.toLower().contains(name.toLower().toUtf8())) << qPrintable(name);
    }
    // Neither filter comes back.
    MainWindow window(signIn(QStringLiteral("clerk"), ClerkPassword));
    auto *page = openPage<RequestsPage>(window);
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->findChild<QLineEdit *>(QStringLiteral("requestSearch"))->text().isEmpty());
    EXPECT_EQ(filter(*page, "assigneeFilter")->currentIndex(), 0);
    EXPECT_TRUE(page->model()->filter().assignee.isEmpty());
    EXPECT_TRUE(page->model()->filter().text.isEmpty());
    EXPECT_EQ(page->model()->rowCount(), 5);
    EXPECT_EQ(header(*page)->sectionSize(RequestsModel::Requester), 321);
}

TEST_F(AccountLayoutTest, ADamagedStateIsIgnored)
{
    QList<int> splitter;
    {
        auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
        ASSERT_NE(session, nullptr);
        AccountLocalSettings local = session->localSettings();
        local.setValue(AccountSetting::RequestsHeader, QByteArray("\x00\xff not a header", 15));
        local.setValue(AccountSetting::RequestsSplitter, QByteArray("nor a splitter"));
        local.setValue(AccountSetting::RequestsSortColumn, 99);
        local.setValue(AccountSetting::RequestsChannel, QStringLiteral("carrier-pigeon"));
        local.setValue(AccountSetting::RequestsYear, 1789);

        MainWindow window(std::move(session));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        QHeaderView *columns = header(*page);
        EXPECT_EQ(columns->count(), int(RequestsModel::ColumnCount));
        EXPECT_EQ(columns->hiddenSectionCount(), 0);
        for (int column = 0; column < columns->count(); ++column)
            EXPECT_EQ(columns->visualIndex(column), column);
        EXPECT_EQ(columns->sortIndicatorSection(), int(RequestsModel::Due));
        EXPECT_EQ(columns->sortIndicatorOrder(), Qt::AscendingOrder);
        EXPECT_EQ(page->model()->filter().sort, RequestSort::Due);
        splitter = page->findChild<QSplitter *>(QStringLiteral("requestsSplitter"))->sizes();
        EXPECT_EQ(filter(*page, "channelFilter")->currentIndex(), 0);
        EXPECT_EQ(filter(*page, "yearFilter")->currentIndex(), 0);
        EXPECT_EQ(page->model()->rowCount(), 5);
        window.close();
    }
    {
        // The same window for an account with nothing saved: the defaults.
        MainWindow window(signIn(QStringLiteral("dpo"), DpoPassword));
        window.show();
        auto *page = openPage<RequestsPage>(window);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->findChild<QSplitter *>(QStringLiteral("requestsSplitter"))->sizes(), splitter);
    }
    // A readable state, but of a table with three columns (as an older
    // Habeas could have left).
    auto session = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_NE(session, nullptr);
    QStandardItemModel three(1, 3);
    QHeaderView other(Qt::Horizontal);
    other.setModel(&three);
    other.resizeSection(0, 444);
    other.setSortIndicator(2, Qt::DescendingOrder);
    AccountLocalSettings local = session->localSettings();
    local.setValue(AccountSetting::RequestsHeader, HeaderState::save(other));
    MainWindow window(std::move(session));
    window.show();
    auto *page = openPage<RequestsPage>(window);
    ASSERT_NE(page, nullptr);
    QHeaderView *columns = header(*page);
    EXPECT_EQ(columns->count(), int(RequestsModel::ColumnCount));
    EXPECT_EQ(columns->hiddenSectionCount(), 0);
    EXPECT_NE(columns->sectionSize(0), 444);
    EXPECT_EQ(columns->sortIndicatorSection(), int(RequestsModel::Due));
    EXPECT_EQ(page->model()->rowCount(), 5);
}

TEST_F(AccountLayoutTest, AdministratorsTablesKeepTheirWidths)
{
    {
        MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
        window.show();
        auto *accounts = openPage<AccountsPage>(window);
        ASSERT_NE(accounts, nullptr);
        accounts->findChild<QTableView *>(QStringLiteral("accountsView"))->horizontalHeader()->resizeSection(0, 277);
        auto *audit = openPage<AuditLogPage>(window);
        ASSERT_NE(audit, nullptr);
        audit->findChild<QTableView *>(QStringLiteral("auditView"))->horizontalHeader()->resizeSection(1, 288);
        window.close();
    }
    MainWindow window(signIn(QStringLiteral("admin"), AdminPassword));
    window.show();
    auto *accounts = openPage<AccountsPage>(window);
    ASSERT_NE(accounts, nullptr);
    EXPECT_EQ(accounts->findChild<QTableView *>(QStringLiteral("accountsView"))->horizontalHeader()->sectionSize(0),
              277);
    auto *audit = openPage<AuditLogPage>(window);
    ASSERT_NE(audit, nullptr);
    EXPECT_EQ(audit->findChild<QTableView *>(QStringLiteral("auditView"))->horizontalHeader()->sectionSize(1), 288);
}

TEST(HeaderStateTest, OnlyAStateForTheSameColumnsIsApplied)
{
    QStandardItemModel model(2, 4);
    QHeaderView header(Qt::Horizontal);
    header.setModel(&model);
    header.resizeSection(1, 123);
    header.setSortIndicator(3, Qt::DescendingOrder);
    const QByteArray saved = HeaderState::save(header);
    const QByteArray defaults = [] {
        QStandardItemModel fresh(2, 4);
        QHeaderView plain(Qt::Horizontal);
        plain.setModel(&fresh);
        return plain.saveState();
    }();

    QHeaderView again(Qt::Horizontal);
    again.setModel(&model);
    for (const QByteArray &bad : {QByteArray(), QByteArray("garbage"), header.saveState(), saved.left(saved.size() - 1),
                                  QByteArray(saved + '\0')}) {
        EXPECT_FALSE(HeaderState::restore(again, bad)) << bad.toHex().constData();
        EXPECT_EQ(again.saveState(), defaults) << "a refused state changed the header";
    }
    ASSERT_TRUE(HeaderState::restore(again, saved));
    EXPECT_EQ(again.sectionSize(1), 123);
    EXPECT_EQ(again.sortIndicatorSection(), 3);

    model.setColumnCount(5);
    QHeaderView wider(Qt::Horizontal);
    wider.setModel(&model);
    const QByteArray before = wider.saveState();
    EXPECT_FALSE(HeaderState::restore(wider, saved)) << "a state for four columns laid over five";
    EXPECT_EQ(wider.saveState(), before);
}
