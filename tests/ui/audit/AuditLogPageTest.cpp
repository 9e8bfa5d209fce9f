// The audit viewer shows a label, never a raw key, for every entry of the
// demo vault's log, in English and in French.

#include "core/accounts/Session.h"
#include "core/audit/AuditAction.h"
#include "core/demo/DemoVault.h"
#include "tests/support/TestSupport.h"
#include "core/audit/AuditService.h"
#include "tests/support/UiDriver.h"
#include "ui/audit/AuditLogModel.h"
#include "ui/audit/AuditLogPage.h"
#include "ui/common/FileDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

#include <map>

using namespace habeas;
using namespace habeas::test;

namespace {

class AuditLogPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.habeas"));
        ASSERT_OK(DemoVault::create(path, KeyDerivation::FastForTests));
        const DemoAccount &admin = DemoVault::accounts().front();
        auto session = Session::login(path, QString::fromUtf8(admin.login), SecureBytes::copyOf(admin.password));
        ASSERT_OK(session);
        m_session = std::move(session).value();
    }

    // (shown label, stored key) of every row.
    std::vector<std::pair<QString, QString>> actions()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSession(m_session.get());
        while (model.canFetchMore({}))
            model.fetchMore({});
        std::vector<std::pair<QString, QString>> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, AuditLogModel::Action);
            rows.emplace_back(cell.data(Qt::DisplayRole).toString(), cell.data(Qt::ToolTipRole).toString());
        }
        return rows;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(AuditLogPageTest, EveryEntryOfTheDemoLogHasAnEnglishLabel)
{
    const auto rows = actions();
    ASSERT_GT(rows.size(), 40u) << "the demo writes more than forty entries";
    for (const auto &[shown, key] : rows) {
        ASSERT_TRUE(AuditActions::fromKey(key).has_value()) << key.toStdString();
        EXPECT_NE(shown, key) << "raw key on screen: " << key.toStdString();
        EXPECT_EQ(shown, AuditActions::label(*AuditActions::fromKey(key)));
    }
}

TEST_F(AuditLogPageTest, EveryEntryOfTheDemoLogHasAFrenchLabel)
{
    std::map<QString, QString> english;
    for (const auto &[shown, key] : actions())
        english[key] = shown;
    QTranslator french;
    ASSERT_TRUE(french.load(QStringLiteral(":/i18n/habeas_fr")));
    QApplication::installTranslator(&french);
    const auto rows = actions();
    QApplication::removeTranslator(&french);
    ASSERT_FALSE(rows.empty());
    for (const auto &[shown, key] : rows) {
        EXPECT_NE(shown, key) << "raw key on screen: " << key.toStdString();
        EXPECT_NE(shown, english[key]) << "English in the French viewer: " << shown.toStdString();
        EXPECT_FALSE(shown.isEmpty());
    }
}

TEST_F(AuditLogPageTest, ExportingTheHeadWritesWhereThePersonChoseAndIsAudited)
{
    AuditLogPage page(*m_session);
    page.show();
    page.reload();
    const QString target = m_dir.filePath(QStringLiteral("head.json"));
    FileDialog::setNextAnswer(target);
    ASSERT_TRUE(UiDriver::click(UiDriver::button(page, AuditLogPage::tr("&Export the head…"))));
    FileDialog::clearNextAnswer();
    EXPECT_EQ(FileDialog::lastCaption(), AuditLogPage::tr("Export the audit log head"));
    auto written = AuditService::readHead(target);
    ASSERT_OK(written);
    auto latest = AuditService(*m_session).latest(1);
    ASSERT_OK(latest);
    ASSERT_EQ(latest->size(), 1u);
    EXPECT_EQ(latest->front().action, AuditActions::key(AuditAction::AuditExportHead));
    EXPECT_EQ(latest->front().objectId, QString::number(written->seq));

    // Cancelling the dialog writes nothing.
    const QString other = m_dir.filePath(QStringLiteral("other.json"));
    FileDialog::setNextAnswer(QString());
    ASSERT_TRUE(UiDriver::click(UiDriver::button(page, AuditLogPage::tr("&Export the head…"))));
    FileDialog::clearNextAnswer();
    EXPECT_FALSE(QFileInfo::exists(other));
    auto after = AuditService(*m_session).latest(1);
    ASSERT_OK(after);
    EXPECT_EQ(after->front().seq, latest->front().seq) << "a cancelled export records nothing";
}
