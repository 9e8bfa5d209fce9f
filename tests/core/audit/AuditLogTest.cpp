// The audit log's signed hash chain: 10,000 entries by two accounts, every
// kind of tampering found at the right entry (by someone holding the
// database key and one account's password), and text that cannot forge
// lines.

#include "tests/support/TestSupport.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/vault/StoredText.h"
#include "core/vault/Vault.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr qint64 Entries = 10000;
constexpr qint64 ClerkFrom = 4001; // entries 4001..6000 are the clerk's
constexpr qint64 ClerkTo = 6000;
const char *const AdminPassword = "Audit-Password-2026";
const char *const ClerkPassword = "Clerk-Audit-Password-2026";

class AuditLogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_template = s_dir->filePath(QStringLiteral("template.habeas"));
        // Entries 1–3: the creator's grant, the creation, the clerk's grant
        // (signed by the administrator); then the administrator's entries,
        // the clerk's, and the administrator's again, each signed by its own
        // account's key.
        {
            auto vault = habeas::test::createVault(s_template, {QStringLiteral("admin"), QStringLiteral("A"), Role::Administrator},
                                                   secret(AdminPassword), QStringLiteral("Test"), fastKdf());
            ASSERT_OK(vault);
            ASSERT_OK(addAccount(**vault, {QStringLiteral("clerk"), QStringLiteral("C"), Role::Clerk}, secret(ClerkPassword),
                                 fastKdf()));
            fill(**vault, 4, ClerkFrom - 1);
        }
        {
            auto vault = Vault::open(s_template, QStringLiteral("clerk"), secret(ClerkPassword));
            ASSERT_OK(vault);
            fill(**vault, ClerkFrom, ClerkTo);
        }
        auto vault = Vault::open(s_template, QStringLiteral("admin"), secret(AdminPassword));
        ASSERT_OK(vault);
        fill(**vault, ClerkTo + 1, Entries);
    }
    static void TearDownTestSuite() { delete s_dir; }

    static void fill(Vault &vault, qint64 from, qint64 to)
    {
        QSqlDatabase db = vault.database();
        AuditLog log = AuditLog::of(vault);
        ASSERT_TRUE(db.transaction());
        for (qint64 i = from; i <= to; ++i) {
            auto seq = log.append(AuditAction::RequestView, QStringLiteral("request"),
                                  QStringLiteral("2026-%1").arg(i, 4, 10, QChar(u'0')));
            ASSERT_OK(seq);
            ASSERT_EQ(*seq, i);
        }
        ASSERT_TRUE(db.commit());
    }

    void SetUp() override
    {
        // Each test tampers with its own copy.
        m_path = m_dir.filePath(QStringLiteral("copy.habeas"));
        ASSERT_TRUE(QFile::copy(s_template, m_path));
        ASSERT_TRUE(QFile::copy(VaultPaths::of(s_template).keys, VaultPaths::of(m_path).keys));
        open(QStringLiteral("admin"), AdminPassword);
    }

    void open(const QString &login, const char *password)
    {
        m_vault.reset();
        auto vault = Vault::open(m_path, login, secret(password));
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

    // An entry appended from outside with the SQLCipher shell: correctly
    // chained and hashed, signed with the key of the account whose password
    // the attacker has (the vault's signed-in account), whatever `entry`
    // claims.
    void appendForged(AuditEntry entry)
    {
        QSqlQuery read(m_vault->database());
        ASSERT_TRUE(read.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")) && read.next());
        entry.seq = read.value(0).toLongLong() + 1;
        entry.prevHash = read.value(1).toString().toLatin1();
        read.finish();
        entry.hash = AuditLog::computeHash(entry);
        entry.signature = m_vault->sign(AuditLog::signedMessage(entry.hash)).toHex();
        QSqlQuery insert(m_vault->database());
        insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_utc, account, action, object_type, object_id, detail,"
                                      " prev_hash, hash, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &value : QVariantList{entry.seq, entry.atUtc, entry.account, entry.action, storedText(entry.objectType),
                                                  storedText(entry.objectId), storedText(entry.detail), QString::fromLatin1(entry.prevHash),
                                                  QString::fromLatin1(entry.hash), QString::fromLatin1(entry.signature)})
            insert.addBindValue(value);
        ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());
    }

    AuditLog log() const { return AuditLog::of(*m_vault); }

    AuditVerification verify(const std::optional<AuditHead> &head = std::nullopt)
    {
        auto result = log().verify(head);
        EXPECT_OK(result);
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
    auto head = log().head();
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
    // Make room after 6000 and slip in an entry correctly chained to 6000
    // and hashed, as anyone who knows the public rule can.
    QSqlQuery read(m_vault->database());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT hash, at_utc FROM audit_log WHERE seq = 6000")) && read.next());
    const QString previous = read.value(0).toString();
    AuditEntry forged{6001, read.value(1).toString(), QStringLiteral("admin"), QStringLiteral("login"),
                      QString(), QString(), QString(), previous.toLatin1(), {}, {}};
    read.finish();
    forged.hash = AuditLog::computeHash(forged);
    tamper({QStringLiteral("UPDATE audit_log SET seq = seq + 100000 WHERE seq > 6000"),
            QStringLiteral("UPDATE audit_log SET seq = seq - 100000 + 1 WHERE seq > 100000"),
            QStringLiteral("INSERT INTO audit_log (seq, at_utc, account, action, object_type, object_id, detail, prev_hash, hash)"
                           " VALUES (6001, '%1', 'admin', 'login', '', '', '', '%2', '%3')")
                .arg(forged.atUtc, previous, QString::fromLatin1(forged.hash))});
    // Its hash is consistent, but nobody signed it.
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, 6001);
    EXPECT_EQ(result.reason, QStringLiteral("not signed by admin"));
}

// Someone who knows the clerk's password, and so holds the database key and
// the clerk's signing key, appends entries from outside.
TEST_F(AuditLogTest, AnEntryCreditedToAnotherAccountNeedsThatAccountsPassword)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(verify().ok());
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    appendForged({0, now, QStringLiteral("admin"), QStringLiteral("account.disable"), QStringLiteral("account"),
                  QStringLiteral("dpo"), QString(), {}, {}, {}});
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, Entries + 1);
    EXPECT_EQ(result.reason, QStringLiteral("not signed by admin"));
}

TEST_F(AuditLogTest, ABackDatedEntryIsNamed)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    // In the clerk's own name and signed by them, but dated last year.
    appendForged({0, QStringLiteral("2025-03-01T09:00:00.000Z"), QStringLiteral("clerk"), QStringLiteral("request.view"),
                  QStringLiteral("request"), QStringLiteral("2025-0001"), QString(), {}, {}, {}});
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, Entries + 1);
    EXPECT_EQ(result.reason, QStringLiteral("dated before the previous entry"));
}

TEST_F(AuditLogTest, AnEntryByAnAccountNoAdministratorSignedIsNamed)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    appendForged({0, now, QStringLiteral("mallory"), QStringLiteral("request.view"), QStringLiteral("request"),
                  QStringLiteral("2026-0001"), QString(), {}, {}, {}});
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, Entries + 1);
    EXPECT_EQ(result.reason, QStringLiteral("written by mallory, whose key no administrator signed"));
}

TEST_F(AuditLogTest, AGrantSignedByAClerkIsRefusedByTheWalkAndBySignIn)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // The clerk signs a grant making themselves an administrator.
    const AuditGrant promoted{QStringLiteral("clerk"), m_vault->publicKey(), QStringLiteral("admin"), true, true, 0, {}};
    appendForged({0, now, QStringLiteral("clerk"), QStringLiteral("account.grant"), QStringLiteral("account"),
                  QStringLiteral("clerk"), AuditLog::grantDetail(promoted), {}, {}, {}});
    const AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, Entries + 1);
    EXPECT_EQ(result.reason, QStringLiteral("grant signed by clerk, who may not grant"));
    auto grant = log().currentGrant(QStringLiteral("clerk"));
    ASSERT_FALSE(grant.ok());
    EXPECT_EQ(grant.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(grant.error().detail.contains(QStringLiteral("who may not grant"))) << qPrintable(grant.error().detail);
}

TEST_F(AuditLogTest, ALogUnderAnotherCreatorIsNamed)
{
    auto head = log().head();
    ASSERT_OK(head);
    EXPECT_EQ(head->creator, AuditLog::fingerprint(m_vault->keyFile().rootKey()));
    EXPECT_EQ(head->creator.size(), 39) << "eight groups of four hex digits";
    // Verified against some other creator's key, the first entry is refused.
    QByteArray otherKey(32, '\x07');
    auto walked = AuditLog(m_vault->database(), Clock::system(), otherKey).verify();
    ASSERT_OK(walked);
    EXPECT_EQ(walked->firstBadSeq, 1);
    EXPECT_EQ(walked->reason, QStringLiteral("the log does not begin with the creator's grant"));
    // A head exported by another vault's creator does not match either.
    AuditHead foreign = *head;
    foreign.creator = AuditLog::fingerprint(otherKey);
    const AuditVerification result = verify(foreign);
    EXPECT_EQ(result.firstBadSeq, 1);
    EXPECT_EQ(result.reason, QStringLiteral("the exported head names another creator"));
}

TEST_F(AuditLogTest, ATruncatedTailIsFoundAgainstTheExportedHead)
{
    auto head = log().head();
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
    auto head = log().head();
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
                        read.value(6).toString(), read.value(7).toString().toLatin1(), {}, {}});
    read.finish();
    rows.front().detail = QStringLiteral("innocent");
    QStringList statements;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0)
            rows[i].prevHash = rows[i - 1].hash;
        rows[i].hash = AuditLog::computeHash(rows[i]);
        statements << QStringLiteral("UPDATE audit_log SET detail = '%1', prev_hash = '%2', hash = '%3' WHERE seq = %4")
                          .arg(rows[i].detail, QString::fromLatin1(rows[i].prevHash), QString::fromLatin1(rows[i].hash))
                          .arg(rows[i].seq);
    }
    tamper(statements);
    // A recomputed chain is consistent in itself, but its signatures are
    // the old entries': the first rewritten one is named, head or not.
    AuditVerification result = verify();
    EXPECT_EQ(result.firstBadSeq, 7000);
    EXPECT_EQ(result.reason, QStringLiteral("not signed by admin"));
    result = verify(*head);
    EXPECT_EQ(result.firstBadSeq, 7000);
}

// Each sign-in walks what came since the account's previous one, from a
// checkpoint the account signed.
TEST_F(AuditLogTest, ASignInWalksOnlyWhatCameSinceTheLastOne)
{
    auto first = log().verifySinceCheckpoint(m_vault->publicKey(), true);
    ASSERT_OK(first);
    EXPECT_TRUE(first->ok()) << qPrintable(first->reason);
    EXPECT_EQ(first->entries, Entries);
    fill(*m_vault, Entries + 1, Entries + 5);
    auto second = log().verifySinceCheckpoint(m_vault->publicKey(), true);
    ASSERT_OK(second);
    EXPECT_TRUE(second->ok()) << qPrintable(second->reason);
    EXPECT_EQ(second->entries, 5);
    // An entry dropped after the checkpoint breaks the chain it walks.
    fill(*m_vault, Entries + 6, Entries + 8);
    tamper({QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(Entries + 7)});
    auto third = log().verifySinceCheckpoint(m_vault->publicKey(), true);
    ASSERT_OK(third);
    EXPECT_EQ(third->firstBadSeq, Entries + 7);
    EXPECT_EQ(third->reason, QStringLiteral("entry missing"));
}

// Without a checkpoint, the walk starts at the first entry, even for an
// account whose grant is the newest: a grant a clerk signed before it is
// named.
TEST_F(AuditLogTest, AWalkWithoutACheckpointStartsAtTheFirstEntry)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    const AuditGrant forged{QStringLiteral("x"), QByteArray(32, '\x07'), QStringLiteral("admin"), true, true, 0, {}};
    appendForged({0, QStringLiteral("2026-11-30T10:00:00.000Z"), QStringLiteral("clerk"),
                  AuditActions::key(AuditAction::AccountGrant), QStringLiteral("account"), QStringLiteral("x"),
                  AuditLog::grantDetail(forged), {}, {}, {}});
    open(QStringLiteral("admin"), AdminPassword);
    const AuditGrant newcomer{QStringLiteral("y"), QByteArray(32, '\x09'), QStringLiteral("clerk"), true, false, 0, {}};
    auto granted = log().appendGrant(newcomer);
    ASSERT_OK(granted);
    ASSERT_EQ(*granted, Entries + 2);
    const AuditLog asNewcomer(m_vault->database(), Clock::system(), m_vault->keyFile().rootKey(), AuditSigner{QStringLiteral("y"), {}});
    auto walked = asNewcomer.verifySinceCheckpoint(newcomer.publicKey, false);
    ASSERT_OK(walked);
    EXPECT_EQ(walked->firstBadSeq, Entries + 1);
    EXPECT_EQ(walked->reason, QStringLiteral("grant signed by clerk, who may not grant"));
}

// A vault from before checkpoints (a backup opened read-only, which is
// not brought up to date) has no table for them: the walk starts at the
// first entry instead of failing.
TEST_F(AuditLogTest, AVaultWithoutCheckpointsIsWalkedFromTheStart)
{
    QSqlQuery query(m_vault->database());
    ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE audit_checkpoints")));
    auto walked = log().verifySinceCheckpoint(m_vault->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_TRUE(walked->ok()) << qPrintable(walked->reason);
    EXPECT_EQ(walked->entries, Entries);
}

// A grant dropped before the checkpoint leaves the chain after it whole;
// the checkpoint's digest of the grants finds it.
TEST_F(AuditLogTest, AGrantDroppedBeforeTheCheckpointIsFound)
{
    ASSERT_OK(log().verifySinceCheckpoint(m_vault->publicKey(), true));
    tamper({QStringLiteral("DELETE FROM audit_log WHERE seq = 3")}); // the clerk's grant
    auto walked = log().verifySinceCheckpoint(m_vault->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_EQ(walked->firstBadSeq, Entries);
    EXPECT_EQ(walked->reason, QStringLiteral("grants or case keys before the last sign-in of admin were changed"));
}

TEST_F(AuditLogTest, AnEntryRewrittenAtTheCheckpointIsFound)
{
    ASSERT_OK(log().verifySinceCheckpoint(m_vault->publicKey(), true));
    tamper({QStringLiteral("UPDATE audit_log SET detail = 'innocent' WHERE seq = %1").arg(Entries)});
    auto walked = log().verifySinceCheckpoint(m_vault->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_EQ(walked->firstBadSeq, Entries);
    EXPECT_EQ(walked->reason, QStringLiteral("history differs from the last sign-in of admin"));
}

// A checkpoint is trusted only under its owner's key: one copied from
// another account (or written from outside) makes the walk start over.
TEST_F(AuditLogTest, ACheckpointTheAccountDidNotSignIsIgnored)
{
    open(QStringLiteral("clerk"), ClerkPassword);
    auto first = log().verifySinceCheckpoint(m_vault->publicKey(), true);
    ASSERT_OK(first);
    EXPECT_TRUE(first->ok()) << qPrintable(first->reason);
    EXPECT_EQ(first->entries, Entries);
    open(QStringLiteral("admin"), AdminPassword);
    QSqlQuery query(m_vault->database());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_checkpoints SET login = 'admin' WHERE login = 'clerk'")));
    auto walked = log().verifySinceCheckpoint(m_vault->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_TRUE(walked->ok()) << qPrintable(walked->reason);
    EXPECT_EQ(walked->entries, Entries);
}

TEST_F(AuditLogTest, TextCannotForgeLinesOrControlCharacters)
{
    const QString hostile = QStringLiteral("evil\n2026-01-01 admin login\r\x1b[31m\u202Eoverride\\");
    auto seq = log().append(AuditAction::Login, QStringLiteral("account"), hostile, hostile);
    ASSERT_TRUE(seq.ok());
    auto entries = log().latest(1);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    const AuditEntry &entry = entries->front();
    EXPECT_EQ(entry.account, QStringLiteral("admin")) << "entries are in the signer's name";
    for (const QString &field : {entry.objectId, entry.detail}) {
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
                                           " object_id, detail, prev_hash, hash, signature)"
                                           " SELECT seq, at_utc, 'someone else', action, object_type, object_id, detail,"
                                           " prev_hash, hash, signature FROM audit_log WHERE seq = 10")));
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
        // One that would keep what a destruction deletes.
        {"trigger on documents",
         {QStringLiteral("CREATE TABLE kept (image BLOB)"),
          QStringLiteral("CREATE TRIGGER keep_documents BEFORE DELETE ON identity_documents"
                         " BEGIN INSERT INTO kept VALUES (old.image); END")}},
    };
    for (const auto &[name, statements] : attacks) {
        SCOPED_TRACE(name);
        m_vault.reset();
        ASSERT_TRUE(QFile::remove(m_path));
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        ASSERT_TRUE(QFile::copy(s_template, m_path));
        {
            auto vault = Vault::open(m_path, QStringLiteral("admin"), secret(AdminPassword));
            ASSERT_OK(vault);
            QSqlQuery query((*vault)->database());
            for (const QString &sql : statements)
                ASSERT_TRUE(query.exec(sql)) << qPrintable(sql + u' ' + query.lastError().text());
        }
        const QByteArray before = filesOf(m_path);
        auto session = Session::login(m_path, QStringLiteral("admin"), secret(AdminPassword));
        ASSERT_FALSE(session.ok());
        EXPECT_EQ(session.error().code, ErrorCode::DatabaseCorrupt) << qPrintable(session.error().detail);
        EXPECT_EQ(filesOf(m_path), before) << "something was written to a tampered vault";
    }
    // The untouched vault signs in.
    QFile::remove(m_path);
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    ASSERT_TRUE(QFile::copy(s_template, m_path));
    EXPECT_OK(Session::login(m_path, QStringLiteral("admin"), secret(AdminPassword)));
}
