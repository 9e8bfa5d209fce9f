// The audit log's hash chain: 10,000 entries, every kind of tampering found
// at the right entry, and text that cannot forge lines.

#include "tests/support/TestSupport.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr qint64 Entries = 10000;

class AuditLogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_template = s_dir->filePath(QStringLiteral("template.habeas"));
        auto vault = habeas::test::createVault(s_template, {QStringLiteral("admin"), QStringLiteral("A"), Role::Administrator},
                                   secret("Audit-Password-2026"), QStringLiteral("Test"), fastKdf());
        ASSERT_TRUE(vault.ok());
        QSqlDatabase db = (*vault)->database();
        AuditLog log(db);
        ASSERT_TRUE(db.transaction());
        // The vault's creation is entry 1; fill up to Entries.
        for (qint64 i = 2; i <= Entries; ++i) {
            auto seq = log.append(QStringLiteral("clerk%1").arg(i % 7), AuditAction::RequestView,
                                  QStringLiteral("request"), QStringLiteral("2026-%1").arg(i, 4, 10, QChar(u'0')));
            ASSERT_TRUE(seq.ok());
            ASSERT_EQ(*seq, i);
        }
        ASSERT_TRUE(db.commit());
    }
    static void TearDownTestSuite() { delete s_dir; }

    void SetUp() override
    {
        // Each test tampers with its own copy.
        m_path = m_dir.filePath(QStringLiteral("copy.habeas"));
        ASSERT_TRUE(QFile::copy(s_template, m_path));
        ASSERT_TRUE(QFile::copy(VaultPaths::of(s_template).keys, VaultPaths::of(m_path).keys));
        auto vault = Vault::open(m_path, QStringLiteral("admin"), secret("Audit-Password-2026"));
        ASSERT_OK(vault);
        m_vault = std::move(vault).value();
    }

    // What an attacker holding the key would do: lift the SQL guard first.
    void tamper(const QStringList &statements)
    {
        QSqlQuery query(m_vault->database());
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        for (const QString &sql : statements)
            ASSERT_TRUE(query.exec(sql)) << qPrintable(sql + u' ' + query.lastError().text());
    }

    AuditVerification verify(const std::optional<AuditHead> &head = std::nullopt)
    {
        auto result = AuditLog(m_vault->database()).verify(head);
        EXPECT_TRUE(result.ok());
        return result.ok() ? *result : AuditVerification{};
    }

    static QTemporaryDir *s_dir;
    static QString s_template;
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Vault> m_vault;
};

QTemporaryDir *AuditLogTest::s_dir = nullptr;
QString AuditLogTest::s_template;

} // namespace

TEST_F(AuditLogTest, AnUntouchedChainVerifies)
{
    const AuditVerification result = verify();
    EXPECT_TRUE(result.ok()) << result.firstBadSeq << ' ' << qPrintable(result.reason);
    EXPECT_EQ(result.entries, Entries);
    auto head = AuditLog(m_vault->database()).head();
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head->seq, Entries);
    EXPECT_EQ(head->hash.size(), 64);
}

TEST_F(AuditLogTest, PastEntriesCannotBeChangedThroughSql)
{
    QSqlQuery query(m_vault->database());
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 10")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("append-only")));
    EXPECT_FALSE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 10")));
    EXPECT_TRUE(verify().ok());
}

TEST_F(AuditLogTest, AnEditedEntryIsNamed)
{
    tamper({QStringLiteral("UPDATE audit_log SET account = 'someone-else' WHERE seq = 5000")});
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, 5000);
    EXPECT_EQ(result.reason, QStringLiteral("content altered"));
}

TEST_F(AuditLogTest, ADeletedEntryIsNamed)
{
    tamper({QStringLiteral("DELETE FROM audit_log WHERE seq = 4000")});
    EXPECT_EQ(verify().firstBadSeq, 4000);
}

TEST_F(AuditLogTest, ReorderedEntriesAreNamed)
{
    // Swap the contents of two neighbours, keeping their sequence numbers.
    tamper({QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3000"),
            QStringLiteral("UPDATE audit_log SET seq = 3000 WHERE seq = 3001"),
            QStringLiteral("UPDATE audit_log SET seq = 3001 WHERE seq = -1")});
    EXPECT_EQ(verify().firstBadSeq, 3000);
}

TEST_F(AuditLogTest, AnInsertedEntryIsNamed)
{
    // Make room after 6000 and slip a forged entry in, chained to 6000.
    QSqlQuery read(m_vault->database());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 6000")) && read.next());
    const QString previous = read.value(0).toString();
    read.finish();
    AuditEntry forged{6001, QStringLiteral("2026-01-01T00:00:00.000Z"), QStringLiteral("admin"), QStringLiteral("login"),
                      QString(), QString(), QString(), previous.toLatin1(), {}};
    forged.hash = AuditLog::computeHash(forged);
    tamper({QStringLiteral("UPDATE audit_log SET seq = seq + 100000 WHERE seq > 6000"),
            QStringLiteral("UPDATE audit_log SET seq = seq - 100000 + 1 WHERE seq > 100000"),
            QStringLiteral("INSERT INTO audit_log (seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash)"
                           " VALUES (6001, '%1', 'admin', 'login', '', '', '', '%2', '%3')")
                .arg(forged.atUtc, previous, QString::fromLatin1(forged.hash))});
    // The forged entry itself is consistent; the one after it no longer follows.
    EXPECT_EQ(verify().firstBadSeq, 6002);
}

TEST_F(AuditLogTest, ATruncatedTailIsFoundAgainstTheExportedHead)
{
    auto head = AuditLog(m_vault->database()).head();
    ASSERT_TRUE(head.ok());
    const QString file = m_dir.filePath(QStringLiteral("head.json"));
    ASSERT_TRUE(AuditLog::exportHead(*head, file).ok());
    tamper({QStringLiteral("DELETE FROM audit_log WHERE seq > 9990")});
    EXPECT_TRUE(verify().ok()) << "a cut tail looks whole without the head";
    auto saved = AuditLog::readHead(file);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(*saved, *head);
    const AuditVerification result = verify(*saved);
    EXPECT_EQ(result.firstBadSeq, 9991);
}

TEST_F(AuditLogTest, ARewrittenHistoryNoLongerMatchesTheHead)
{
    auto head = AuditLog(m_vault->database()).head();
    ASSERT_TRUE(head.ok());
    // Rewrite everything from entry 7000 with a freshly computed chain.
    QSqlQuery read(m_vault->database());
    read.setForwardOnly(true);
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT seq, at_utc, account, action, object_type, object_id, detail, prev_hash"
                                         " FROM audit_log WHERE seq >= 7000 ORDER BY seq")));
    std::vector<AuditEntry> rows;
    while (read.next())
        rows.push_back({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                        read.value(3).toString(), read.value(4).toString(), read.value(5).toString(),
                        read.value(6).toString(), read.value(7).toString().toLatin1(), {}});
    read.finish();
    rows.front().account = QStringLiteral("innocent");
    QStringList statements;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0)
            rows[i].prevHash = rows[i - 1].hash;
        rows[i].hash = AuditLog::computeHash(rows[i]);
        statements << QStringLiteral("UPDATE audit_log SET account = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                          .arg(rows[i].account, QString::fromLatin1(rows[i].prevHash), QString::fromLatin1(rows[i].hash))
                          .arg(rows[i].seq);
    }
    tamper(statements);
    EXPECT_TRUE(verify().ok()) << "a recomputed chain is consistent in itself";
    const AuditVerification result = verify(*head);
    EXPECT_EQ(result.firstBadSeq, Entries);
    EXPECT_EQ(result.reason, QStringLiteral("history differs from the exported head"));
}

TEST_F(AuditLogTest, TextCannotForgeLinesOrControlCharacters)
{
    AuditLog log(m_vault->database());
    const QString hostile = QStringLiteral("evil\n2026-01-01 admin login\r\x1b[31m\u202Eoverride\\");
    auto seq = log.append(hostile, AuditAction::Login, QStringLiteral("account"), hostile, hostile);
    ASSERT_TRUE(seq.ok());
    auto entries = log.latest(1);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    const AuditEntry &entry = entries->front();
    for (const QString &field : {entry.account, entry.objectId, entry.detail}) {
        for (const QChar c : field) {
            EXPECT_GE(c.unicode(), 0x20) << qPrintable(field);
            EXPECT_NE(c.unicode(), 0x202E);
        }
        EXPECT_EQ(field, QStringLiteral("evil\\u000a2026-01-01 admin login\\u000d\\u001b[31m\\u202eoverride\\\\"));
    }
    EXPECT_TRUE(verify().ok());
}

TEST_F(AuditLogTest, AnUnreadableHeadFileIsRefused)
{
    const QString file = m_dir.filePath(QStringLiteral("bad.json"));
    ASSERT_TRUE(writeAll(file, QByteArray("{\"format\":\"something\"}")));
    auto head = AuditLog::readHead(file);
    ASSERT_FALSE(head.ok());
    EXPECT_EQ(head.error().code, ErrorCode::InvalidArgument);
}

// With recursive triggers on, INSERT OR REPLACE deletes through the guard,
// which refuses it: a row cannot be rewritten in place either.
TEST_F(AuditLogTest, InsertOrReplaceCannotRewriteAnEntry)
{
    QSqlQuery query(m_vault->database());
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT OR REPLACE INTO audit_log (seq, at_utc, account, action, object_type,"
                                           " object_id, detail, prev_hash, hash)"
                                           " SELECT seq, at_utc, 'someone else', action, object_type, object_id, detail,"
                                           " prev_hash, hash FROM audit_log WHERE seq = 10")));
    EXPECT_TRUE(query.lastError().text().contains(QStringLiteral("append-only"))) << qPrintable(query.lastError().text());
    EXPECT_TRUE(verify().ok());
}

namespace {

QByteArray filesOf(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &file : QStringList{path, VaultPaths::of(path).keys, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

} // namespace

// Removing or editing the guards works from outside with the key, but the
// vault is then refused as tampered at the next sign-in, before anything is
// written to it.
TEST_F(AuditLogTest, AVaultWhoseGuardsWereRemovedIsRefused)
{
    const std::vector<std::pair<const char *, QStringList>> attacks = {
        {"drop trigger", {QStringLiteral("DROP TRIGGER audit_log_no_delete")}},
        {"edit through writable_schema",
         {QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'RAISE(ABORT', 'RAISE(IGNORE') WHERE name = 'audit_log_no_update'"),
          QStringLiteral("PRAGMA writable_schema = OFF")}},
        {"drop table", {QStringLiteral("DROP TRIGGER audit_log_no_update"), QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                        QStringLiteral("DROP TABLE audit_log")}},
        {"extra trigger", {QStringLiteral("CREATE TRIGGER audit_log_rewrite AFTER INSERT ON audit_log BEGIN SELECT 1; END")}},
    };
    for (const auto &[name, statements] : attacks) {
        SCOPED_TRACE(name);
        m_vault.reset();
        ASSERT_TRUE(QFile::remove(m_path));
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        ASSERT_TRUE(QFile::copy(s_template, m_path));
        {
            auto vault = Vault::open(m_path, QStringLiteral("admin"), secret("Audit-Password-2026"));
            ASSERT_OK(vault);
            QSqlQuery query((*vault)->database());
            for (const QString &sql : statements)
                ASSERT_TRUE(query.exec(sql)) << qPrintable(sql + u' ' + query.lastError().text());
        }
        const QByteArray before = filesOf(m_path);
        auto session = Session::login(m_path, QStringLiteral("admin"), secret("Audit-Password-2026"));
        ASSERT_FALSE(session.ok());
        EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt) << qPrintable(session.error().detail);
        EXPECT_EQ(filesOf(m_path), before) << "something was written to a tampered vault";
    }
    // The untouched vault signs in.
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::copy(s_template, m_path));
    EXPECT_OK(Session::login(m_path, QStringLiteral("admin"), secret("Audit-Password-2026")));
}
