// A failure while reading rows is an error, never a short list: a SQL
// function that fails at a chosen row stands for a damaged page or an I/O
// error in the middle of a scan.

#include "core/audit/AuditLog.h"
#include "core/vault/Rows.h"
#include "core/vault/SqlCipher.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Vault.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

// fail_at(value, poison): returns value, or fails the statement when value
// equals poison.
void failAt(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == sqlite3_value_type(arguments[1])
        && QByteArrayView(reinterpret_cast<const char *>(sqlite3_value_text(arguments[0])))
               == QByteArrayView(reinterpret_cast<const char *>(sqlite3_value_text(arguments[1])))) {
        sqlite3_result_error(context, "simulated read failure", -1);
        return;
    }
    sqlite3_result_value(context, arguments[0]);
}

bool installFailAt(const QSqlDatabase &db)
{
    sqlite3 *handle = static_cast<SqlCipherDriver *>(db.driver())->connection();
    return sqlite3_create_function(handle, "fail_at", 2, SQLITE_UTF8, nullptr, failAt, nullptr, nullptr) == SQLITE_OK;
}

class RowsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const QString path = m_dir.filePath(QStringLiteral("rows.habeas"));
        ASSERT_OK(createOfficeVault(path));
        auto vault = Vault::open(path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
        ASSERT_OK(vault);
        m_vault = std::move(vault).value();
        ASSERT_TRUE(installFailAt(m_vault->database()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
};

} // namespace

TEST_F(RowsTest, AFailureAtRowFourIsAnErrorAfterThreeRows)
{
    QSqlQuery query(m_vault->database());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
                                          " SELECT fail_at(i, 4) FROM n")));
    QList<int> seen;
    auto read = forEachRow(query, QStringLiteral("numbers"), [&] { seen << query.value(0).toInt(); });
    EXPECT_FALSE(read.ok());
    EXPECT_EQ(read.error().code, ErrorCode::Sql);
    EXPECT_TRUE(read.error().detail.contains(QStringLiteral("simulated read failure"))) << read.error().detail.toStdString();
    EXPECT_EQ(seen, (QList<int>{1, 2, 3}));
}

TEST_F(RowsTest, WithoutAFailureEveryRowIsRead)
{
    QSqlQuery query(m_vault->database());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
                                          " SELECT fail_at(i, 99) FROM n")));
    int rows = 0;
    ASSERT_OK(forEachRow(query, QStringLiteral("numbers"), [&] { ++rows; }));
    EXPECT_EQ(rows, 10);
}

TEST_F(RowsTest, ARowMayStopTheWalkWithoutAnError)
{
    QSqlQuery query(m_vault->database());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)"
                                          " SELECT i FROM n")));
    int rows = 0;
    ASSERT_OK(forEachRow(query, QStringLiteral("numbers"), [&] { return ++rows < 3; }));
    EXPECT_EQ(rows, 3);
}

// The audit log's latest entries read through a temporary view that fails
// at entry 3, as a damaged page would: the log reports the failure instead
// of returning the newer entries as if they were all (the viewer would show
// a log that seems to begin there).
TEST_F(RowsTest, TheAuditLogReportsAFailureMidListInsteadOfAShortList)
{
    AuditLog log = AuditLog::of(*m_vault);
    auto before = log.latest(100);
    ASSERT_OK(before);
    ASSERT_GE(before->size(), 3u); // the creation and the accounts' grants
    for (int i = 0; i < 6; ++i)
        ASSERT_OK(log.append(AuditAction::VaultCheck));
    auto whole = log.latest(100);
    ASSERT_OK(whole);
    ASSERT_EQ(whole->size(), before->size() + 6);
    QSqlQuery setup(m_vault->database());
    ASSERT_TRUE(setup.exec(QStringLiteral(
        "CREATE TEMP VIEW audit_log AS SELECT seq, at_utc, account, fail_at(action, 'vault.create') AS action,"
        " object_type, object_id, detail, prev_hash, hash, signature FROM main.audit_log")));
    auto latest = log.latest(100);
    ASSERT_FALSE(latest.ok()) << "a short list came back as if it were whole: " << latest->size() << " entries";
    EXPECT_EQ(latest.error().code, ErrorCode::Sql);
    auto verified = log.verify();
    EXPECT_FALSE(verified.ok()) << "a chain cut by a read failure is not a whole chain";
}
