// habeas-cli end to end: the real executable, its exit codes, and one clear
// line on stderr for every failure.

#include "tests/support/TestSupport.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditService.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterService.h"
#include "core/requests/RequestService.h"
#include "tests/support/FolderWatch.h"
#include "core/vault/Migrations.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

using namespace habeas;
using namespace habeas::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    int errLines() const { return int(err.trimmed().split(u'\n', Qt::SkipEmptyParts).size()); }
};

CliRun cli(const QStringList &arguments, const QByteArray &input = {}, bool testSuite = true,
          const std::map<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    if (testSuite)
        env.insert(QStringLiteral("HABEAS_TEST_SUITE"), QStringLiteral("1"));
    else
        env.remove(QStringLiteral("HABEAS_TEST_SUITE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.remove(QStringLiteral("HABEAS_DEBUG"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HABEAS_CLI), arguments);
    EXPECT_TRUE(process.waitForStarted(10000));
    process.write(input);
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

class CliTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("demo.habeas"));
        const CliRun run = cli({QStringLiteral("demo"), m_vault, QStringLiteral("--fast-kdf")});
        ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    }

    QTemporaryDir m_dir;
    QString m_vault;
};

const QByteArray AdminPassword = "Rocher-Azur-1297\n";

} // namespace

TEST_F(CliTest, DemoListsTheDocumentedAccounts)
{
    const CliRun run = cli({QStringLiteral("info"), m_vault});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("key slots: 3"))) << qPrintable(run.out);
    // Each documented password signs in; the clerk's role may not run checks.
    const auto check = [&](const char *login, const QByteArray &password) {
        return cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QLatin1String(login),
                    QStringLiteral("--password-stdin")},
                   password);
    };
    EXPECT_EQ(check("admin", AdminPassword).exitCode, 0);
    EXPECT_EQ(check("dpo", "Palais-Vigie-4471\n").exitCode, 0);
    const CliRun clerk = check("clerk", "Guichet-Mimosa-3385\n");
    EXPECT_EQ(clerk.exitCode, 10) << qPrintable(clerk.err);
    EXPECT_TRUE(clerk.err.contains(QStringLiteral("role does not allow"))) << qPrintable(clerk.err);
}

TEST_F(CliTest, InfoNeedsNoPasswordAndNamesNoOne)
{
    const CliRun run = cli({QStringLiteral("info"), m_vault});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("schema version: %1").arg(Migrations::latestVersion())));
    EXPECT_TRUE(run.out.contains(QStringLiteral("encrypted: yes")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("in use: no")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("admin")));
    EXPECT_FALSE(run.out.contains(QStringLiteral("clerk")));
}

TEST_F(CliTest, CheckReportsCipherIntegrityAndSchema)
{
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("(active)")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("integrity: ok")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("schema version: %1").arg(Migrations::latestVersion())));
    EXPECT_TRUE(run.out.contains(QStringLiteral("chain whole"))) << qPrintable(run.out);
}

// The head is printed and exported with the fingerprint of the vault
// creator's key, the root of the log's signatures.
TEST_F(CliTest, AuditHeadNamesTheCreatorsKey)
{
    const QString file = m_dir.filePath(QStringLiteral("head.json"));
    const CliRun run = cli({QStringLiteral("audit-head"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--password-stdin"), QStringLiteral("--output"), file},
                           AdminPassword);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject head = QJsonDocument::fromJson(readAll(file)).object();
    const QString creator = head.value(QLatin1String("creator")).toString();
    EXPECT_EQ(creator.size(), 39) << qPrintable(creator);
    EXPECT_TRUE(run.out.contains(QStringLiteral("vault creator's key: ") + creator)) << qPrintable(run.out);
}

TEST_F(CliTest, WrongPasswordExitsTwoWithOneLine)
{
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        "nope\n");
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.errLines(), 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("password is wrong")));
}

TEST_F(CliTest, UnknownAccountExitsTwo)
{
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("ghost"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.errLines(), 1);
}

TEST_F(CliTest, MissingVaultExitsThree)
{
    const CliRun run = cli({QStringLiteral("check"), m_dir.filePath(QStringLiteral("none.habeas")), QStringLiteral("--user"),
                         QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                        AdminPassword);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.errLines(), 1);
}

TEST_F(CliTest, TamperedVaultExitsFour)
{
    QByteArray bytes = readAll(m_vault);
    bytes[5000] = char(bytes[5000] ^ 0x10);
    ASSERT_TRUE(writeAll(m_vault, bytes));
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_EQ(run.errLines(), 1) << qPrintable(run.err);
}

TEST_F(CliTest, BackupIsVerifiedAndOpensWithTheSamePassword)
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.habeas"));
    const CliRun run = cli({QStringLiteral("backup"), m_vault, copy, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const CliRun check = cli({QStringLiteral("check"), copy, QStringLiteral("--user"), QStringLiteral("dpo"),
                           QStringLiteral("--password-stdin")},
                          "Palais-Vigie-4471\n");
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    const CliRun again = cli({QStringLiteral("backup"), m_vault, copy, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin")},
                          AdminPassword);
    EXPECT_EQ(again.exitCode, 7);
}

TEST_F(CliTest, CreateThenRefuseToOverwrite)
{
    const QString path = m_dir.filePath(QStringLiteral("new.habeas"));
    const CliRun run = cli({QStringLiteral("create"), path, QStringLiteral("--admin"), QStringLiteral("root"),
                         QStringLiteral("--password-stdin"), QStringLiteral("--fast-kdf")},
                        "A-Long-Enough-Password-1\n");
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(QFile::exists(path));
    const CliRun again = cli({QStringLiteral("create"), path, QStringLiteral("--admin"), QStringLiteral("root"),
                           QStringLiteral("--password-stdin"), QStringLiteral("--fast-kdf")},
                          "A-Long-Enough-Password-1\n");
    EXPECT_EQ(again.exitCode, 7);
    EXPECT_EQ(again.errLines(), 1);
}

TEST_F(CliTest, RestoreBringsBackTheBackup)
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.habeas"));
    ASSERT_EQ(cli({QStringLiteral("backup"), m_vault, copy, QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin")},
                  AdminPassword)
                  .exitCode,
              0);
    const QString target = m_dir.filePath(QStringLiteral("restored.habeas"));
    const CliRun run = cli({QStringLiteral("restore"), copy, target, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(cli({QStringLiteral("check"), target, QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin")},
                  AdminPassword)
                  .exitCode,
              0);
}

TEST_F(CliTest, PasswordIsNeverAcceptedAsAnArgument)
{
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password"), QStringLiteral("Rocher-Azur-1297")});
    EXPECT_EQ(run.exitCode, 1);
}

TEST_F(CliTest, NoPasswordOnStdinIsAUsageError)
{
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("No password")));
}

TEST_F(CliTest, UsageErrorsExitOne)
{
    EXPECT_EQ(cli({}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("info")}).exitCode, 1);
    EXPECT_EQ(cli({QStringLiteral("check"), m_vault}, AdminPassword).exitCode, 1); // no --user
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Exit status")));
    EXPECT_FALSE(help.out.contains(QStringLiteral("fast-kdf")));
}

TEST_F(CliTest, VaultInUseExitsSix)
{
    QProcess holder;
    holder.start(QStringLiteral(HABEAS_CRASH_WRITER), {m_vault, QStringLiteral("hold")});
    ASSERT_TRUE(holder.waitForStarted(10000));
    holder.write(AdminPassword);
    holder.closeWriteChannel();
    QByteArray output;
    while (!output.contains("ready") && holder.waitForReadyRead(30000))
        output += holder.readAllStandardOutput();
    ASSERT_TRUE(output.contains("ready")) << holder.readAllStandardError().constData();
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                         QStringLiteral("--password-stdin")},
                        AdminPassword);
    EXPECT_EQ(run.exitCode, 6);
    EXPECT_EQ(run.errLines(), 1);
    const CliRun info = cli({QStringLiteral("info"), m_vault});
    EXPECT_FALSE(info.out.contains(QStringLiteral("in use: no")));
    holder.kill();
    holder.waitForFinished(10000);
}

TEST(CliVersionTest, NamesTheProjectVersionAndTheLibrariesInUse)
{
    const CliRun run = cli({QStringLiteral("--version")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << qPrintable(run.out);
    EXPECT_EQ(lines[0], QStringLiteral("habeas-cli " HABEAS_VERSION));
    // Each library with a version as it reports itself at run time.
    for (const char *library : {"Qt ", "SQLCipher ", "libsodium ", "QPDF ", "Poppler "}) {
        const QRegularExpression versioned(QRegularExpression::escape(QLatin1String(library))
                                           + QStringLiteral("\\d+\\.\\d+"));
        EXPECT_TRUE(lines[1].contains(versioned)) << library << " in " << qPrintable(lines[1]);
    }
    EXPECT_TRUE(lines[1].contains(QStringLiteral("Qt ") + QLatin1String(qVersion()))) << qPrintable(lines[1]);
}

TEST(CliDeadlineTest, PrintsDueAndExtendedDatesThenTheExplanation)
{
    const CliRun run = cli({QStringLiteral("deadline"), QStringLiteral("2026-01-31")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 3);
    EXPECT_EQ(lines[0], QStringLiteral("2026-03-02"));
    EXPECT_EQ(lines[1], QStringLiteral("2026-04-30"));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("(no 31 February)"))) << qPrintable(lines[2]);
    for (const auto &[received, due] : {std::pair{"2026-03-06", "2026-04-07"}, std::pair{"2026-10-19", "2026-11-20"},
                                        std::pair{"2026-12-31", "2027-02-01"}}) {
        const CliRun other = cli({QStringLiteral("deadline"), QLatin1String(received)});
        EXPECT_EQ(other.out.section(u'\n', 0, 0), QLatin1String(due)) << received;
    }
}

TEST(CliDeadlineTest, ABadDateIsAUsageError)
{
    for (const char *bad : {"2026-02-30", "31/01/2026", "tomorrow"}) {
        const CliRun run = cli({QStringLiteral("deadline"), QLatin1String(bad)});
        EXPECT_EQ(run.exitCode, 1) << bad;
        EXPECT_EQ(run.errLines(), 1) << bad;
    }
}

TEST_F(CliTest, OnlyAnAdministratorRestoresAndTheRestoreIsAudited)
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.habeas"));
    ASSERT_EQ(cli({QStringLiteral("backup"), m_vault, copy, QStringLiteral("--user"), QStringLiteral("admin"),
                   QStringLiteral("--password-stdin")},
                  AdminPassword)
                  .exitCode,
              0);
    const QByteArray before = readAll(m_vault);
    const CliRun clerk = cli({QStringLiteral("restore"), copy, m_vault, QStringLiteral("--user"), QStringLiteral("clerk"),
                              QStringLiteral("--password-stdin")},
                             "Guichet-Mimosa-3385\n");
    EXPECT_EQ(clerk.exitCode, 10) << qPrintable(clerk.err);
    EXPECT_EQ(readAll(m_vault), before);
    const CliRun admin = cli({QStringLiteral("restore"), copy, m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin")},
                             AdminPassword);
    ASSERT_EQ(admin.exitCode, 0) << qPrintable(admin.err);
    auto vault = Vault::open(m_vault, QStringLiteral("admin"), SecureBytes::copyOf(AdminPassword.trimmed()));
    ASSERT_OK(vault);
    QSqlQuery query((*vault)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(CliTest, TheCheapKeyDerivationIsRefusedOutsideTheTestSuites)
{
    const QString path = m_dir.filePath(QStringLiteral("weak.habeas"));
    const CliRun demo = cli({QStringLiteral("demo"), path, QStringLiteral("--fast-kdf")}, {}, false);
    EXPECT_EQ(demo.exitCode, 1);
    EXPECT_EQ(demo.errLines(), 1);
    const CliRun create = cli({QStringLiteral("create"), path, QStringLiteral("--admin"), QStringLiteral("admin"),
                               QStringLiteral("--password-stdin"), QStringLiteral("--fast-kdf")},
                              "Rampe-Major-Ciel-42\n", false);
    EXPECT_EQ(create.exitCode, 1);
    EXPECT_FALSE(QFileInfo::exists(path)) << "no vault made with the cheap cost";
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("weak.habeas-keys"))));
}

namespace {

CliRun account(const QString &vault, const QStringList &arguments, const QByteArray &input)
{
    QStringList all{QStringLiteral("account")};
    all << arguments.first() << vault << arguments.mid(1) << QStringLiteral("--user") << QStringLiteral("admin")
        << QStringLiteral("--password-stdin");
    return cli(all, input);
}

// The temporary password from "...: PASSWORD" on the last line.
QString printedPassword(const CliRun &run)
{
    return run.out.trimmed().split(u'\n').last().section(QStringLiteral(": "), -1).trimmed();
}

} // namespace

// The account commands keep the Accounts page's rules, audit and exit
// statuses; temporary passwords are made up and printed once, or read.
TEST_F(CliTest, AccountCommandsFollowTheAccountsRules)
{
    const QString zoe = QStringLiteral("zoe");
    const CliRun added = account(m_vault, {QStringLiteral("add"), zoe, QStringLiteral("--name"), QStringLiteral("Zoé Martin"),
                                           QStringLiteral("--role"), QStringLiteral("clerk")},
                                 AdminPassword);
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
    const QString temporary = printedPassword(added);
    EXPECT_EQ(temporary.size(), 23) << qPrintable(added.out);
    {
        auto session = Session::login(m_vault, zoe, SecureBytes::fromText(temporary));
        ASSERT_OK(session);
        EXPECT_EQ((*session)->role(), Role::Clerk);
        EXPECT_TRUE((*session)->passwordChangeRequired());
    }
    // Same rules as the page: a second zoe, a weak password, an unknown
    // role, a clerk at the controls, one's own account.
    EXPECT_EQ(account(m_vault, {QStringLiteral("add"), zoe, QStringLiteral("--name"), QStringLiteral("Zoé"),
                                QStringLiteral("--role"), QStringLiteral("clerk")},
                      AdminPassword)
                  .exitCode,
              7);
    EXPECT_EQ(account(m_vault, {QStringLiteral("add"), QStringLiteral("yann"), QStringLiteral("--name"), QStringLiteral("Yann"),
                                QStringLiteral("--role"), QStringLiteral("dpo"), QStringLiteral("--new-password-stdin")},
                      AdminPassword + "password\n")
                  .exitCode,
              1);
    EXPECT_EQ(account(m_vault, {QStringLiteral("add"), QStringLiteral("yann"), QStringLiteral("--name"), QStringLiteral("Yann"),
                                QStringLiteral("--role"), QStringLiteral("king")},
                      AdminPassword)
                  .exitCode,
              1);
    const CliRun byClerk = cli({QStringLiteral("account"), QStringLiteral("disable"), m_vault, zoe, QStringLiteral("--user"),
                                QStringLiteral("clerk"), QStringLiteral("--password-stdin")},
                               "Guichet-Mimosa-3385\n");
    EXPECT_EQ(byClerk.exitCode, 10);
    EXPECT_EQ(account(m_vault, {QStringLiteral("disable"), QStringLiteral("admin")}, AdminPassword).exitCode, 1);

    // Disabling changes the vault key, with progress on stderr.
    const CliRun disabled = account(m_vault, {QStringLiteral("disable"), zoe}, AdminPassword);
    ASSERT_EQ(disabled.exitCode, 0) << qPrintable(disabled.err);
    EXPECT_TRUE(disabled.err.contains(QStringLiteral("100%"))) << qPrintable(disabled.err);
    auto refused = Session::login(m_vault, zoe, SecureBytes::fromText(temporary));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AccountDisabled);

    // Enabled again with a password read from standard input.
    const CliRun enabled = account(m_vault, {QStringLiteral("enable"), zoe, QStringLiteral("--new-password-stdin")},
                                   AdminPassword + "Quai-Antoine-Premier-58\n");
    ASSERT_EQ(enabled.exitCode, 0) << qPrintable(enabled.err);
    EXPECT_FALSE(enabled.out.contains(QStringLiteral("Quai-Antoine"))) << "a password read in is never printed";
    EXPECT_OK(Session::login(m_vault, zoe, SecureBytes::fromText(QStringLiteral("Quai-Antoine-Premier-58"))));

    const CliRun reset = account(m_vault, {QStringLiteral("reset"), zoe, QStringLiteral("--revoke")}, AdminPassword);
    ASSERT_EQ(reset.exitCode, 0) << qPrintable(reset.err);
    EXPECT_OK(Session::login(m_vault, zoe, SecureBytes::fromText(printedPassword(reset))));

    // Each change is in the audit log, in the administrator's name.
    auto admin = Session::login(m_vault, QStringLiteral("admin"), SecureBytes::fromText(QStringLiteral("Rocher-Azur-1297")));
    ASSERT_OK(admin);
    auto latest = AuditService(**admin).latest(500);
    ASSERT_OK(latest);
    std::map<QString, int> actions;
    for (const AuditEntry &entry : *latest) {
        if (entry.objectId == zoe || entry.action.startsWith(QLatin1String("vault.key")))
            ++actions[entry.action];
    }
    EXPECT_EQ(actions[QStringLiteral("account.create")], 1);
    EXPECT_EQ(actions[QStringLiteral("account.disable")], 1);
    EXPECT_EQ(actions[QStringLiteral("account.enable")], 1);
    EXPECT_EQ(actions[QStringLiteral("account.password-reset")], 1);
    EXPECT_EQ(actions[QStringLiteral("vault.key-change")], 2) << "after the disable and after the revoking reset";
}

// After `rekey`, every password still opens the vault, and a key file
// copied before it no longer does.
TEST_F(CliTest, RekeyLeavesOlderKeyFilesUseless)
{
    const QString keys = m_vault.chopped(int(qstrlen(".habeas"))) + QStringLiteral(".habeas-keys");
    QFile original(keys);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QByteArray older = original.readAll();
    original.close();
    const CliRun run = cli({QStringLiteral("rekey"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--password-stdin")},
                           AdminPassword);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const CliRun check = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("dpo"),
                              QStringLiteral("--password-stdin")},
                             "Palais-Vigie-4471\n");
    EXPECT_EQ(check.exitCode, 0) << qPrintable(check.err);
    const QString copy = m_dir.filePath(QStringLiteral("old-keys.habeas"));
    ASSERT_TRUE(QFile::copy(m_vault, copy));
    QFile stale(m_dir.filePath(QStringLiteral("old-keys.habeas-keys")));
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.write(older);
    stale.close();
    const CliRun refused = cli({QStringLiteral("check"), copy, QStringLiteral("--user"), QStringLiteral("dpo"),
                                QStringLiteral("--password-stdin")},
                               "Palais-Vigie-4471\n");
    EXPECT_EQ(refused.exitCode, 4);
    EXPECT_EQ(cli({QStringLiteral("rekey"), m_vault, QStringLiteral("--user"), QStringLiteral("clerk"),
                   QStringLiteral("--password-stdin")},
                  "Guichet-Mimosa-3385\n")
                  .exitCode,
              10);
}

// `check` examines the log as it finds it: a broken chain is reported and
// nothing is appended on top of it (no sign-in entry, no check entry).
TEST_F(CliTest, CheckWritesNothingOnTopOfABrokenChain)
{
    const auto entries = [&] {
        auto vault = Vault::open(m_vault, QStringLiteral("admin"), SecureBytes::fromText(QStringLiteral("Rocher-Azur-1297")),
                                 VaultOpenOptions{.readOnly = true, .verify = {}});
        EXPECT_OK(vault);
        QSqlQuery query((*vault)->database());
        return query.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && query.next() ? query.value(0).toInt() : -1;
    };
    {
        auto vault = Vault::open(m_vault, QStringLiteral("admin"), SecureBytes::fromText(QStringLiteral("Rocher-Azur-1297")));
        ASSERT_OK(vault);
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO audit_log (seq, at_utc, account, action, object_type, object_id,"
                                              " detail, prev_hash, hash) SELECT max(seq) + 1, '2026-12-01T10:00:00.000Z',"
                                              " 'dpo', 'request.view', 'request', '2026-00001', '', 'forged', 'forged'"
                                              " FROM audit_log")))
            << qPrintable(query.lastError().text());
    }
    const int before = entries();
    const CliRun run = cli({QStringLiteral("check"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--password-stdin")},
                           AdminPassword);
    EXPECT_EQ(run.exitCode, 8) << qPrintable(run.out + run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("BROKEN"))) << qPrintable(run.out);
    EXPECT_EQ(entries(), before) << "the check wrote on top of the broken chain";
}

// The list a script reads to find what awaits a letter: references, rights,
// states and dates, by due date; names only when asked for; JSON on demand;
// the administrator, who reads no request, refused.
TEST_F(CliTest, RequestsListsWithoutNamesUnlessAsked)
{
    const QByteArray clerk = "Guichet-Mimosa-3385\n";
    const auto list = [&](QStringList extra, const QByteArray &password) {
        QStringList arguments{QStringLiteral("requests"), m_vault, QStringLiteral("--user"), QStringLiteral("clerk"),
                              QStringLiteral("--password-stdin")};
        return cli(arguments + extra, password);
    };
    const CliRun all = list({}, clerk);
    ASSERT_EQ(all.exitCode, 0) << qPrintable(all.err);
    const QStringList lines = all.out.trimmed().split(u'\n');
    ASSERT_GE(lines.size(), 10) << qPrintable(all.out);
    QDate previous;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        ASSERT_EQ(fields.size(), 5) << qPrintable(line);
        EXPECT_TRUE(fields[0].startsWith(QStringLiteral("2026-"))) << qPrintable(line);
        const QDate due = QDate::fromString(fields[4], Qt::ISODate);
        ASSERT_TRUE(due.isValid()) << qPrintable(line);
        EXPECT_TRUE(!previous.isValid() || previous <= due) << "not in the order of the due date";
        previous = due;
    }
    EXPECT_FALSE(all.out.contains(QStringLiteral("Lorenzi"))) << "a name without --names";

    const CliRun open = list({QStringLiteral("--state"), QStringLiteral("open")}, clerk);
    ASSERT_EQ(open.exitCode, 0) << qPrintable(open.err);
    const QStringList openLines = open.out.trimmed().split(u'\n');
    EXPECT_LT(openLines.size(), lines.size());
    for (const QString &line : openLines)
        for (const char *ended : {"\tclosed\t", "\trefused\t", "\twithdrawn\t"})
            EXPECT_FALSE(line.contains(QLatin1String(ended))) << qPrintable(line);

    const CliRun named = list({QStringLiteral("--names"), QStringLiteral("--json")}, clerk);
    ASSERT_EQ(named.exitCode, 0) << qPrintable(named.err);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(named.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    ASSERT_TRUE(document.isArray());
    EXPECT_EQ(document.array().size(), lines.size());
    bool lorenzi = false;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject row = value.toObject();
        EXPECT_FALSE(row.value(QStringLiteral("reference")).toString().isEmpty());
        EXPECT_TRUE(row.value(QStringLiteral("rights")).isArray());
        lorenzi |= row.value(QStringLiteral("surname")).toString() == QStringLiteral("Lorenzi");
    }
    EXPECT_TRUE(lorenzi) << qPrintable(named.out);

    const CliRun badState = list({QStringLiteral("--state"), QStringLiteral("lost")}, clerk);
    EXPECT_EQ(badState.exitCode, 1);
    EXPECT_TRUE(badState.err.contains(QStringLiteral("Unknown state"))) << qPrintable(badState.err);
    const CliRun admin = cli({QStringLiteral("requests"), m_vault, QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("--password-stdin")},
                             AdminPassword);
    EXPECT_EQ(admin.exitCode, 10) << qPrintable(admin.err);
    EXPECT_TRUE(admin.out.isEmpty());
}

namespace {

const QByteArray ClerkLine = "Guichet-Mimosa-3385\n";
const QString PdfPassword = QStringLiteral("Corniche-Larvotto-Phare-58");

// `letter` for the demo vault: the output in a folder of its own, the
// account's and the PDF's passwords on standard input.
class CliLetterTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    CliRun letter(const QString &reference, const QString &kind, const QByteArray &input,
                  const QString &login = QStringLiteral("clerk"), const QStringList &extra = {QStringLiteral("--pdf-password-stdin")},
                  const std::map<QString, QString> &environment = {})
    {
        QStringList arguments{QStringLiteral("letter"), m_vault, QStringLiteral("--user"), login,
                              QStringLiteral("--password-stdin"), QStringLiteral("--request"), reference,
                              QStringLiteral("--kind"), kind, QStringLiteral("--output"), output()};
        return cli(arguments + extra, input, true, environment);
    }

    QString output() const { return QDir(m_out).filePath(QStringLiteral("letter.pdf")); }
    QStringList written() const { return QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }

    // The reference of the demo request of `surname`.
    QString referenceOf(const QString &surname)
    {
        auto clerk = Session::login(m_vault, QStringLiteral("clerk"), SecureBytes::copyOf(ClerkLine.trimmed()));
        EXPECT_OK(clerk);
        if (!clerk)
            return {};
        RequestFilter filter;
        filter.text = surname;
        auto rows = RequestService(**clerk).list(filter);
        EXPECT_OK(rows);
        return rows && rows->size() == 1 ? rows->front().reference : QString();
    }

    // The letters archived with the request `reference`.
    std::vector<IssuedLetter> archived(const QString &reference)
    {
        auto clerk = Session::login(m_vault, QStringLiteral("clerk"), SecureBytes::copyOf(ClerkLine.trimmed()));
        EXPECT_OK(clerk);
        if (!clerk)
            return {};
        RequestFilter filter;
        filter.text = reference;
        auto rows = RequestService(**clerk).list(filter);
        EXPECT_OK(rows);
        if (!rows || rows->size() != 1)
            return {};
        auto letters = LetterService(**clerk).list(rows->front().id);
        EXPECT_OK(letters);
        return letters ? *letters : std::vector<IssuedLetter>{};
    }

    // The audit log's letter entries, as the DPO reads them.
    std::vector<AuditEntry> letterEntries()
    {
        auto dpo = Session::login(m_vault, QStringLiteral("dpo"), SecureBytes::fromText(QStringLiteral("Palais-Vigie-4471")));
        EXPECT_OK(dpo);
        if (!dpo)
            return {};
        auto latest = AuditService(**dpo).latest(1000);
        EXPECT_OK(latest);
        std::vector<AuditEntry> letters;
        if (latest) {
            for (const AuditEntry &entry : *latest) {
                if (entry.action.startsWith(QLatin1String("letter.")))
                    letters.push_back(entry);
            }
        }
        return letters;
    }

    QString m_out;
};

} // namespace

// The acknowledgement of a demo request: archived with it and audited,
// written encrypted, readable with its password only.
TEST_F(CliLetterTest, TheLetterIsIssuedArchivedAuditedAndWrittenEncrypted)
{
    const QString reference = referenceOf(QStringLiteral("Rossi"));
    ASSERT_FALSE(reference.isEmpty());
    const CliRun run = letter(reference, QStringLiteral("acknowledgement"), ClerkLine + PdfPassword.toUtf8() + '\n');
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.err.isEmpty()) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(reference)) << qPrintable(run.out);
    EXPECT_FALSE(run.out.contains(PdfPassword)) << "a password read in is never printed";
    EXPECT_EQ(written(), QStringList{QStringLiteral("letter.pdf")});

    const QByteArray pdf = readAll(output());
    EXPECT_TRUE(EncryptedPdf::opensWith(pdf, PdfPassword.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(pdf, QByteArray()));
    auto protection = EncryptedPdf::protection(pdf, PdfPassword.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_TRUE(protection->aes256);
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-upw"), PdfPassword, output(), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    EXPECT_EQ(pdftotext.exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(pdftotext.readAllStandardOutput()).contains(reference));
    pdftotext.start(QStringLiteral("pdftotext"), {output(), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    EXPECT_NE(pdftotext.exitCode(), 0) << "pdftotext read it without the password";

    const std::vector<IssuedLetter> letters = archived(reference);
    ASSERT_EQ(letters.size(), 1u);
    EXPECT_EQ(letters.front().kind, LetterKind::Acknowledgement);
    EXPECT_EQ(letters.front().issuedBy, QStringLiteral("clerk"));
    const std::vector<AuditEntry> entries = letterEntries();
    const auto logged = [&](const char *action, const QString &object) {
        return std::count_if(entries.begin(), entries.end(), [&](const AuditEntry &entry) {
            return entry.action == QLatin1String(action) && entry.objectId == object && entry.account == QLatin1String("clerk");
        });
    };
    EXPECT_EQ(logged("letter.issue", reference), 1);
    EXPECT_EQ(logged("letter.export", QString::number(letters.front().id)), 1);
}

// A letter whose write was lost is written again from the archive with
// --issued, without issuing a second one; a kind never issued is refused.
TEST_F(CliLetterTest, IssuedWritesTheArchivedLetterAgainWithoutIssuingAnother)
{
    const QString reference = referenceOf(QStringLiteral("Rossi"));
    ASSERT_FALSE(reference.isEmpty());
    ASSERT_EQ(letter(reference, QStringLiteral("acknowledgement"), ClerkLine + PdfPassword.toUtf8() + '\n').exitCode, 0);
    ASSERT_TRUE(QFile::remove(output()));
    const QStringList again{QStringLiteral("--pdf-password-stdin"), QStringLiteral("--issued")};
    const CliRun run = letter(reference, QStringLiteral("acknowledgement"), ClerkLine + PdfPassword.toUtf8() + '\n',
                              QStringLiteral("clerk"), again);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(EncryptedPdf::opensWith(readAll(output()), PdfPassword.toUtf8()));
    const std::vector<IssuedLetter> letters = archived(reference);
    ASSERT_EQ(letters.size(), 1u) << "--issued issued another letter";
    const std::vector<AuditEntry> entries = letterEntries();
    EXPECT_EQ(std::count_if(entries.begin(), entries.end(),
                            [](const AuditEntry &entry) { return entry.action == QLatin1String("letter.issue"); }),
              1);
    EXPECT_EQ(std::count_if(entries.begin(), entries.end(),
                            [](const AuditEntry &entry) { return entry.action == QLatin1String("letter.export"); }),
              2);

    ASSERT_TRUE(QFile::remove(output()));
    const CliRun never = letter(reference, QStringLiteral("identity-request"), ClerkLine + PdfPassword.toUtf8() + '\n',
                                QStringLiteral("clerk"), again);
    EXPECT_EQ(never.exitCode, 11);
    EXPECT_EQ(never.errLines(), 1) << qPrintable(never.err);
    EXPECT_TRUE(written().isEmpty());
    EXPECT_EQ(archived(reference).size(), 1u);
}

// A PDF password the export would refuse is refused before the letter is
// issued: nothing archived, nothing written, one line saying why.
TEST_F(CliLetterTest, AWeakPdfPasswordArchivesNothing)
{
    const QString reference = referenceOf(QStringLiteral("Rossi"));
    ASSERT_FALSE(reference.isEmpty());
    // Too short; guessable; the account's login inside.
    for (const char *weak : {"Monaco-1", "qwertyuiop", "Mimosa-clerk-Phare-2290"}) {
        SCOPED_TRACE(weak);
        const CliRun run = letter(reference, QStringLiteral("acknowledgement"), ClerkLine + weak + '\n');
        EXPECT_EQ(run.exitCode, 1);
        EXPECT_EQ(run.errLines(), 1) << qPrintable(run.err);
        EXPECT_TRUE(run.err.contains(QStringLiteral("PDF password is refused"))) << qPrintable(run.err);
        EXPECT_TRUE(run.out.isEmpty()) << qPrintable(run.out);
    }
    EXPECT_TRUE(written().isEmpty()) << qPrintable(written().join(u' '));
    EXPECT_TRUE(archived(reference).empty());
    EXPECT_TRUE(letterEntries().empty());
}

// What the command line gets wrong or the request does not allow is said
// in one line, with its own status, and leaves the archive and the folder
// as they were.
TEST_F(CliLetterTest, RefusalsSayWhyWithTheirStatus)
{
    const QString received = referenceOf(QStringLiteral("Rossi"));
    ASSERT_FALSE(received.isEmpty());
    const QByteArray input = ClerkLine + PdfPassword.toUtf8() + '\n';

    const CliRun unknown = letter(QStringLiteral("2026-9999"), QStringLiteral("acknowledgement"), input);
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.errLines(), 1) << qPrintable(unknown.err);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no request 2026-9999"))) << qPrintable(unknown.err);

    const CliRun kind = letter(received, QStringLiteral("thanks"), input);
    EXPECT_EQ(kind.exitCode, 1);
    EXPECT_EQ(kind.errLines(), 1) << qPrintable(kind.err);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("Unknown kind of letter 'thanks'"))) << qPrintable(kind.err);

    const CliRun clear = letter(received, QStringLiteral("acknowledgement"), input, QStringLiteral("clerk"), {});
    EXPECT_EQ(clear.exitCode, 1);
    EXPECT_EQ(clear.errLines(), 1) << qPrintable(clear.err);
    EXPECT_TRUE(clear.err.contains(QStringLiteral("--pdf-password-stdin"))) << qPrintable(clear.err);

    const CliRun noPdfPassword = letter(received, QStringLiteral("acknowledgement"), ClerkLine);
    EXPECT_EQ(noPdfPassword.exitCode, 1);
    EXPECT_TRUE(noPdfPassword.err.contains(QStringLiteral("No PDF password"))) << qPrintable(noPdfPassword.err);

    const CliRun admin = letter(received, QStringLiteral("acknowledgement"), AdminPassword + PdfPassword.toUtf8() + '\n',
                                QStringLiteral("admin"));
    EXPECT_EQ(admin.exitCode, 10) << qPrintable(admin.err);
    EXPECT_EQ(admin.errLines(), 1) << qPrintable(admin.err);

    // A refusal letter for a request that was not refused.
    const CliRun notNow = letter(received, QStringLiteral("refusal"), input);
    EXPECT_EQ(notNow.exitCode, 11) << qPrintable(notNow.err);
    EXPECT_EQ(notNow.errLines(), 1) << qPrintable(notNow.err);
    EXPECT_TRUE(notNow.err.contains(QStringLiteral("was not refused"))) << qPrintable(notNow.err);

    // An output folder that is not there: refused before the letter is issued.
    QStringList elsewhere{QStringLiteral("letter"), m_vault, QStringLiteral("--user"), QStringLiteral("clerk"),
                          QStringLiteral("--password-stdin"), QStringLiteral("--request"), received, QStringLiteral("--kind"),
                          QStringLiteral("acknowledgement"), QStringLiteral("--output"),
                          m_dir.filePath(QStringLiteral("none/letter.pdf")), QStringLiteral("--pdf-password-stdin")};
    const CliRun missingFolder = cli(elsewhere, input);
    EXPECT_EQ(missingFolder.exitCode, 7) << qPrintable(missingFolder.err);
    EXPECT_EQ(missingFolder.errLines(), 1) << qPrintable(missingFolder.err);

    EXPECT_TRUE(written().isEmpty()) << qPrintable(written().join(u' '));
    EXPECT_TRUE(archived(received).empty());
    EXPECT_TRUE(letterEntries().empty());

    // The same refusal letter for the refused request is issued.
    const QString refused = referenceOf(QStringLiteral("Vatrican"));
    ASSERT_FALSE(refused.isEmpty());
    const CliRun issued = letter(refused, QStringLiteral("refusal"), input);
    EXPECT_EQ(issued.exitCode, 0) << qPrintable(issued.err);
    EXPECT_EQ(archived(refused).size(), 1u);
}

// The whole program, watched from outside: while `letter` runs, nothing
// appears in its temporary folder, and in the output folder only the
// output (or the temporary renamed over it). Outside a desktop session (no
// XDG_RUNTIME_DIR) the program still leaves nothing there, and says nothing.
TEST_F(CliLetterTest, NothingButTheOutputIsWritten)
{
#ifndef Q_OS_LINUX
    GTEST_SKIP() << "the folders are watched with Linux's inotify";
#endif
    const QString reference = referenceOf(QStringLiteral("Rossi"));
    ASSERT_FALSE(reference.isEmpty());
    const QString temporary = m_dir.filePath(QStringLiteral("tmp"));
    ASSERT_TRUE(QDir().mkpath(temporary));
    QTemporaryDir session; // a desktop session's runtime folder, private
    ASSERT_TRUE(session.isValid());
    const QByteArray input = ClerkLine + PdfPassword.toUtf8() + '\n';
    {
        FolderWatch inOutput(m_out);
        FolderWatch inTemporary(temporary);
        ASSERT_TRUE(inOutput.available() && inTemporary.available()) << qPrintable(inOutput.why() + inTemporary.why());
        const CliRun run = letter(reference, QStringLiteral("acknowledgement"), input, QStringLiteral("clerk"),
                                  {QStringLiteral("--pdf-password-stdin")},
                                  {{QStringLiteral("TMPDIR"), temporary}, {QStringLiteral("XDG_RUNTIME_DIR"), session.path()}});
        ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
        const std::vector<FolderEvent> temporaryEvents = inTemporary.take();
        EXPECT_TRUE(temporaryEvents.empty()) << qPrintable(FolderWatch::describe(temporaryEvents));
        const std::vector<FolderEvent> outputEvents = inOutput.take();
        const QStringList besides = FolderWatch::besides(outputEvents, QStringLiteral("letter.pdf"));
        EXPECT_TRUE(besides.isEmpty()) << qPrintable(besides.join(QStringLiteral("; ")));
        EXPECT_TRUE(FolderWatch::appeared(outputEvents, QStringLiteral("letter.pdf")))
            << qPrintable(FolderWatch::describe(outputEvents));
        EXPECT_EQ(written(), QStringList{QStringLiteral("letter.pdf")});
        EXPECT_TRUE(EncryptedPdf::opensWith(readAll(output()), PdfPassword.toUtf8()));
        EXPECT_FALSE(EncryptedPdf::opensWith(readAll(output()), QByteArray()));
    }
    ASSERT_TRUE(QFile::remove(output()));
    const CliRun unattended = letter(reference, QStringLiteral("identity-request"), input, QStringLiteral("clerk"),
                                     {QStringLiteral("--pdf-password-stdin")},
                                     {{QStringLiteral("TMPDIR"), temporary}, {QStringLiteral("XDG_RUNTIME_DIR"), QString()}});
    ASSERT_EQ(unattended.exitCode, 0) << qPrintable(unattended.err);
    EXPECT_TRUE(unattended.err.isEmpty()) << qPrintable(unattended.err);
    EXPECT_TRUE(QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        << qPrintable(QDir(temporary).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' '));
    EXPECT_EQ(written(), QStringList{QStringLiteral("letter.pdf")});
}

// `notice`: the public privacy notice of a demo department, for a web
// site's publishing chain. The format follows the file's name.
class CliNoticeTest : public CliTest {
protected:
    void SetUp() override
    {
        CliTest::SetUp();
        if (HasFatalFailure())
            return;
        m_out = m_dir.filePath(QStringLiteral("site"));
        ASSERT_TRUE(QDir().mkpath(m_out));
    }

    CliRun notice(const QString &department, const QString &language, const QString &file,
                  const QByteArray &input = ClerkLine, const QString &login = QStringLiteral("clerk"))
    {
        return cli({QStringLiteral("notice"), m_vault, QStringLiteral("--user"), login, QStringLiteral("--password-stdin"),
                    QStringLiteral("--department"), department, QStringLiteral("--lang"), language, QStringLiteral("--output"),
                    QDir(m_out).filePath(file)},
                   input);
    }
    QStringList written() const { return QDir(m_out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }

    const QString m_department = QStringLiteral("Information Technologies Department");
    QString m_out;
};

TEST_F(CliNoticeTest, TheNoticeIsAWebPageOrAPdfByItsName)
{
    const CliRun html = notice(m_department, QStringLiteral("fr"), QStringLiteral("notice.html"));
    ASSERT_EQ(html.exitCode, 0) << qPrintable(html.err);
    EXPECT_EQ(html.out.trimmed().count(u'\n'), 0) << qPrintable(html.out);
    const QString page = QString::fromUtf8(readAll(QDir(m_out).filePath(QStringLiteral("notice.html"))));
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"fr\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("Exchange business email management")));

    // Case aside; English; a PDF anyone opens.
    const CliRun pdf = notice(m_department.toUpper(), QStringLiteral("EN"), QStringLiteral("notice.pdf"));
    ASSERT_EQ(pdf.exitCode, 0) << qPrintable(pdf.err);
    EXPECT_TRUE(readAll(QDir(m_out).filePath(QStringLiteral("notice.pdf"))).startsWith("%PDF-"));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QDir(m_out).filePath(QStringLiteral("notice.pdf")), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(60000));
    EXPECT_EQ(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Video surveillance of the e-Embassy in Luxembourg")));
    EXPECT_TRUE(text.contains(QStringLiteral("Your rights and how to exercise them")));
    EXPECT_EQ(written(), (QStringList{QStringLiteral("notice.html"), QStringLiteral("notice.pdf")}));
}

TEST_F(CliNoticeTest, RefusalsSayWhyAndLeaveThePublishedFileAlone)
{
    const QString published = QDir(m_out).filePath(QStringLiteral("notice.html"));
    ASSERT_TRUE(writeAll(published, "the page already published"));
    const auto untouched = [&] {
        EXPECT_EQ(readAll(published), QByteArray("the page already published"));
        EXPECT_EQ(written(), QStringList{QStringLiteral("notice.html")});
    };

    const CliRun unknown = notice(QStringLiteral("Direction inconnue"), QStringLiteral("fr"), QStringLiteral("notice.html"));
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.errLines(), 1) << qPrintable(unknown.err);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Direction inconnue")));
    untouched();

    // Refused before any password is read.
    const CliRun language = notice(m_department, QStringLiteral("de"), QStringLiteral("notice.html"), QByteArray());
    EXPECT_EQ(language.exitCode, 1);
    EXPECT_EQ(language.errLines(), 1) << qPrintable(language.err);
    EXPECT_TRUE(language.err.contains(QStringLiteral("'de'")));
    untouched();

    const CliRun format = notice(m_department, QStringLiteral("fr"), QStringLiteral("notice.txt"), QByteArray());
    EXPECT_EQ(format.exitCode, 1);
    EXPECT_EQ(format.errLines(), 1) << qPrintable(format.err);
    untouched();

    const CliRun admin = notice(m_department, QStringLiteral("fr"), QStringLiteral("notice.html"), AdminPassword,
                                QStringLiteral("admin"));
    EXPECT_EQ(admin.exitCode, 10);
    EXPECT_EQ(admin.errLines(), 1) << qPrintable(admin.err);
    untouched();

    // Replaced whole once the new page is complete, nothing left beside it.
    const CliRun replaced = notice(m_department, QStringLiteral("en"), QStringLiteral("notice.html"));
    ASSERT_EQ(replaced.exitCode, 0) << qPrintable(replaced.err);
    EXPECT_TRUE(readAll(published).startsWith("<!DOCTYPE html>"));
    EXPECT_EQ(written(), QStringList{QStringLiteral("notice.html")});
}

TEST(CliParseDeliberationTest, TheSeedIsPrintedAsJsonWithoutAVault)
{
    const QDir seeds(seedsDir());
    QString seed;
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        if (readAll(seeds.filePath(name)).contains("2023-133"))
            seed = seeds.filePath(name);
    }
    ASSERT_FALSE(seed.isEmpty());
    const CliRun run = cli({QStringLiteral("parse-deliberation"), seed});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(run.out);
    EXPECT_EQ(json[QStringLiteral("number")].toString(), QStringLiteral("2023-133"));
    EXPECT_EQ(json[QStringLiteral("date")].toString(), QStringLiteral("2023-09-20"));
    EXPECT_EQ(json[QStringLiteral("authority")].toString(), QStringLiteral("CCIN"));
    EXPECT_EQ(json[QStringLiteral("kind")].toString(), QStringLiteral("favourable opinion"));
    EXPECT_EQ(json[QStringLiteral("subject")].toString(), QStringLiteral("modification"));
    EXPECT_EQ(json[QStringLiteral("title")].toString(), QStringLiteral("Gestion des titres restaurant"));
    EXPECT_TRUE(json[QStringLiteral("known_as")].isNull());
    EXPECT_EQ(json[QStringLiteral("presented_by")].toString(), QStringLiteral("Ministre d'État"));
    EXPECT_EQ(json[QStringLiteral("journal_number")].toString(), QStringLiteral("8663"));
    EXPECT_EQ(json[QStringLiteral("journal_date")].toString(), QStringLiteral("2023-10-06"));
    EXPECT_EQ(json[QStringLiteral("vu_count")].toInt(), 13);
    EXPECT_EQ(json[QStringLiteral("cites")].toArray().toVariantList(),
              (QVariantList{QStringLiteral("2010-27"), QStringLiteral("2012-16"), QStringLiteral("2015-113")}));
    EXPECT_EQ(json[QStringLiteral("sections")].toArray().size(), 8);
    const QJsonArray conditions = json[QStringLiteral("conditions")].toArray();
    ASSERT_EQ(conditions.size(), 5);
    int reminders = 0;
    for (const QJsonValue &condition : conditions)
        reminders += condition[QStringLiteral("kind")].toString() == QLatin1String("reminder") ? 1 : 0;
    EXPECT_EQ(reminders, 4);
    EXPECT_EQ(conditions[4][QStringLiteral("kind")].toString(), QStringLiteral("request"));
    EXPECT_TRUE(json[QStringLiteral("complete")].toBool());
    EXPECT_TRUE(json[QStringLiteral("missing")].toArray().isEmpty());
}

TEST(CliParseDeliberationTest, AWindows1252TextIsReadAndWhatIsMissingSaid)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("avis.txt"));
    // Written in Windows-1252: é is 0xe9, the apostrophe 0x92, « » 0xab 0xbb.
    ASSERT_TRUE(writeAll(path, "D\xe9lib\xe9ration n\xb0 2024-144 du 9 octobre 2024 de la Commission de Contr\xf4le des "
                               "Informations Nominatives portant avis favorable \xe0 la mise en \x9cuvre du traitement "
                               "ayant pour finalit\xe9 \xab Pr\xeat de v\xe9los \xbb, pr\xe9sent\xe9 par le Ministre "
                               "d\x92\xc9tat.\n\nVu la Constitution ;\n"));
    const CliRun run = cli({QStringLiteral("parse-deliberation"), path});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(json[QStringLiteral("number")].toString(), QStringLiteral("2024-144"));
    EXPECT_EQ(json[QStringLiteral("title")].toString(), QStringLiteral("Prêt de vélos"));
    EXPECT_EQ(json[QStringLiteral("presented_by")].toString(), QStringLiteral("Ministre d'État"));
    EXPECT_FALSE(json[QStringLiteral("complete")].toBool());
    const QVariantList missing = json[QStringLiteral("missing")].toArray().toVariantList();
    EXPECT_TRUE(missing.contains(QStringLiteral("closing decision")));
    EXPECT_TRUE(missing.contains(QString::fromUtf8("sections I\u2013VIII")));
}

TEST(CliParseDeliberationTest, AMissingFileIsAUsageErrorWithOneLine)
{
    const CliRun run = cli({QStringLiteral("parse-deliberation"), QStringLiteral("/nonexistent/avis.txt")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.errLines(), 1);
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(CliTest, ImportDeliberationsWritesALinePerFileAndSkipsWhatIsRecorded)
{
    const QString folder = m_dir.filePath(QStringLiteral("journal"));
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(writeAll(folder + QStringLiteral("/a.txt"),
                         QStringLiteral("Délibération n° 2024-020 du 12 mars 2024 de la CCIN portant avis favorable à la "
                                        "mise en œuvre du traitement ayant pour finalité « Prêt de vélos ».\n\n"
                                        "Vu la Constitution ;\n\nAprès en avoir délibéré,\n\nRappelle que :\n\n"
                                        "- les prêts sont enregistrés.\n\nla Commission émet un avis favorable.\n")
                             .toUtf8()));
    ASSERT_TRUE(writeAll(folder + QStringLiteral("/b.txt"), "Compte rendu de la réunion.\n"));
    const QStringList arguments{QStringLiteral("import-deliberations"), m_vault, folder, QStringLiteral("--user"),
                                QStringLiteral("dpo"), QStringLiteral("--password-stdin")};
    const CliRun first = cli(arguments, "Palais-Vigie-4471\n");
    EXPECT_EQ(first.exitCode, 12) << "b.txt is not a deliberation: " << qPrintable(first.err);
    const QStringList lines = first.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << qPrintable(first.out);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("a.txt: deliberation no. 2024-20 imported, 1 condition")))
        << qPrintable(lines[0]);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("b.txt: not a deliberation"))) << qPrintable(lines[1]);

    ASSERT_TRUE(QFile::remove(folder + QStringLiteral("/b.txt")));
    const CliRun second = cli(arguments, "Palais-Vigie-4471\n");
    EXPECT_EQ(second.exitCode, 0) << qPrintable(second.err);
    EXPECT_TRUE(second.out.contains(QStringLiteral("a.txt: deliberation no. 2024-20 is already recorded: skipped")))
        << qPrintable(second.out);

    QStringList asClerk = arguments;
    asClerk[4] = QStringLiteral("clerk");
    const CliRun clerk = cli(asClerk, "Guichet-Mimosa-3385\n");
    EXPECT_EQ(clerk.exitCode, 10);
    const CliRun noFolder = cli({QStringLiteral("import-deliberations"), m_vault, m_dir.filePath(QStringLiteral("none")),
                                 QStringLiteral("--user"), QStringLiteral("dpo"), QStringLiteral("--password-stdin")},
                                "Palais-Vigie-4471\n");
    EXPECT_EQ(noFolder.exitCode, 1);
    EXPECT_EQ(noFolder.errLines(), 1);
}
