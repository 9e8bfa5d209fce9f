// Durability: processes killed mid-write, a vault held by another process,
// and hundreds of damaged copies of a vault.

#include "tests/support/TestSupport.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultLock.h"

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <map>
#include <set>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr auto Password = "Durable-Password-2026";

std::unique_ptr<Vault> createVault(const QString &path)
{
    auto vault = habeas::test::createVault(path, {QStringLiteral("admin"), QStringLiteral("Admin"), Role::Administrator},
                               secret(Password), QStringLiteral("Test"), fastKdf());
    EXPECT_TRUE(vault.ok());
    return vault.ok() ? std::move(vault).value() : nullptr;
}

// Starts the writer child; returns once it has been started (not ready).
void startChild(QProcess &child, const QString &vault, const char *mode)
{
    child.setProgram(QStringLiteral(HABEAS_CRASH_WRITER));
    child.setArguments({vault, QString::fromLatin1(mode)});
    child.start();
    ASSERT_TRUE(child.waitForStarted(10000));
    child.write(QByteArray(Password) + '\n');
    child.closeWriteChannel();
}

// Reads the child's output until it holds `line` (a whole line), the child
// stops, or `timeoutMs` passes.
bool waitForLine(QProcess &child, QByteArray *output, const QByteArray &line, int timeoutMs = 30000)
{
    const QByteArray whole = line + '\n';
    QElapsedTimer timer;
    timer.start();
    while (!output->contains(whole) && timer.elapsed() < timeoutMs) {
        if (child.state() == QProcess::NotRunning)
            return false;
        child.waitForReadyRead(100);
        *output += child.readAllStandardOutput();
    }
    return output->contains(whole);
}

bool waitForReady(QProcess &child, QByteArray *output)
{
    return waitForLine(child, output, "ready");
}

// Reads the child's output until it reports a whole "committed N" line.
bool waitForFirstCommit(QProcess &child, QByteArray *output, int timeoutMs = 30000)
{
    const auto committed = [output] {
        const qsizetype at = output->indexOf("committed ");
        return at >= 0 && output->indexOf('\n', at) > at;
    };
    QElapsedTimer timer;
    timer.start();
    while (!committed() && timer.elapsed() < timeoutMs && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        *output += child.readAllStandardOutput();
    }
    return committed();
}

} // namespace

TEST(DurabilityTest, KilledWritersNeverLoseACommittedRow)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.habeas"));
    ASSERT_TRUE(createVault(path));
    QRandomGenerator random(20261122);
    constexpr int Kills = 200;
    qint64 highestReported = 0;
    int killsAfterCommits = 0;
    for (int round = 0; round < Kills; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        startChild(child, path, "write");
        QByteArray output;
        if (round % 4 == 0) {
            // Some kills land while the child is still opening the vault.
            QThread::msleep(random.bounded(0, 120));
        } else {
            ASSERT_TRUE(waitForReady(child, &output)) << child.readAllStandardError().constData();
            // Half the kills wait for a first commit, so that a loaded
            // machine, whose commits come slower, still kills between commits.
            if (round % 4 >= 2) {
                ASSERT_TRUE(waitForFirstCommit(child, &output)) << child.readAllStandardError().constData();
            }
            QThread::msleep(random.bounded(1, 40));
        }
        child.kill(); // SIGKILL: no destructor, no flush, no unlock
        ASSERT_TRUE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();

        // Only complete lines count: "committed N\n" was printed after the
        // commit returned.
        std::set<qint64> reported;
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("committed ") && output.contains(QByteArray(line + '\n')))
                reported.insert(line.mid(10).toLongLong());
        }
        if (!reported.empty()) {
            highestReported = std::max(highestReported, *reported.rbegin());
            ++killsAfterCommits;
        }

        auto vault = Vault::open(path, QStringLiteral("admin"), secret(Password));
        ASSERT_OK(vault);
        auto report = (*vault)->check();
        ASSERT_TRUE(report.ok());
        ASSERT_TRUE(report->ok()) << qPrintable(report->problems.join(u'\n'));
        QSqlQuery query((*vault)->database());
        if (!(*vault)->database().tables().contains(QStringLiteral("crash_rows"))) {
            ASSERT_EQ(highestReported, 0);
            continue;
        }
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*), coalesce(min(n), 0), coalesce(max(n), 0) FROM crash_rows")));
        ASSERT_TRUE(query.next());
        const qint64 count = query.value(0).toLongLong();
        const qint64 max = query.value(2).toLongLong();
        // Every reported commit is there, and rows are exactly 1..max: no
        // hole, no torn transaction.
        EXPECT_GE(max, highestReported);
        EXPECT_EQ(count, max);
        if (count > 0) {
            EXPECT_EQ(query.value(1).toLongLong(), 1);
        }
    }
    // The test means something only if kills did land between commits.
    EXPECT_GE(killsAfterCommits, Kills / 2);
    EXPECT_GT(highestReported, Kills);
}

TEST(DurabilityTest, SecondProcessIsToldWhoHoldsTheVault)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.habeas"));
    ASSERT_TRUE(createVault(path));
    QProcess child;
    startChild(child, path, "hold");
    QByteArray output;
    ASSERT_TRUE(waitForReady(child, &output)) << child.readAllStandardError().constData();

    const auto before = fingerprint(dir.path());
    QElapsedTimer timer;
    timer.start();
    auto second = Vault::open(path, QStringLiteral("admin"), secret(Password));
    EXPECT_LT(timer.elapsed(), 5000) << "a held vault must be refused at once, not waited for";
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QSysInfo::machineHostName())) << qPrintable(second.error().message);
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty()) {
        EXPECT_TRUE(second.error().message.contains(user)) << qPrintable(second.error().message);
    }
    EXPECT_EQ(fingerprint(dir.path()), before);
    auto info = Vault::info(path);
    ASSERT_TRUE(info.ok());
    EXPECT_FALSE(info->lockedBy.isEmpty());

    // Once the holder dies, its stale lock is taken over.
    child.kill();
    ASSERT_TRUE(child.waitForFinished(10000));
    auto after = Vault::open(path, QStringLiteral("admin"), secret(Password));
    EXPECT_OK(after);
}

TEST(DurabilityTest, DamagedCopiesGiveAClearErrorOrAnIntactRead)
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("source.habeas"));
    std::vector<QString> expected;
    {
        auto vault = createVault(original);
        ASSERT_TRUE(vault);
        QSqlDatabase db = vault->database();
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE rows (n INTEGER PRIMARY KEY, text TEXT NOT NULL)")));
        ASSERT_TRUE(db.transaction());
        query.prepare(QStringLiteral("INSERT INTO rows (n, text) VALUES (?, ?)"));
        for (int i = 0; i < 300; ++i) {
            expected.push_back(QStringLiteral("row %1 ").arg(i) + QString(i % 200, u'é'));
            query.addBindValue(i);
            query.addBindValue(expected.back());
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(db.commit());
    }
    const QByteArray database = readAll(original);
    const QByteArray keys = readAll(VaultPaths::of(original).keys);
    ASSERT_GT(database.size(), 8 * 4096);

    QRandomGenerator random(133);
    int errors = 0;
    int intact = 0;
    for (int round = 0; round < 200; ++round) {
        SCOPED_TRACE(round);
        QByteArray db = database;
        QByteArray kf = keys;
        QString what;
        switch (round % 5) {
        case 0: { // a few flipped bits anywhere in the database
            const int flips = random.bounded(1, 4);
            for (int i = 0; i < flips; ++i) {
                const int at = random.bounded(int(db.size()));
                db[at] = char(db[at] ^ (1 << random.bounded(8)));
            }
            what = QStringLiteral("flip db");
            break;
        }
        case 1: // truncated database
            db.truncate(random.bounded(int(db.size())));
            what = QStringLiteral("truncate db");
            break;
        case 2: { // flipped bit in the key file
            const int at = random.bounded(int(kf.size()));
            kf[at] = char(kf[at] ^ (1 << random.bounded(8)));
            what = QStringLiteral("flip keys");
            break;
        }
        case 3: // truncated key file
            kf.truncate(random.bounded(int(kf.size())));
            what = QStringLiteral("truncate keys");
            break;
        default: { // a whole page overwritten with random bytes
            const int page = random.bounded(int(db.size() / 4096));
            for (int i = 0; i < 4096; ++i)
                db[page * 4096 + i] = char(random.bounded(256));
            what = QStringLiteral("random page");
            break;
        }
        }
        SCOPED_TRACE(qPrintable(what));
        const QString folder = dir.filePath(QStringLiteral("case-%1").arg(round));
        ASSERT_TRUE(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/copy.habeas");
        ASSERT_TRUE(writeAll(path, db));
        ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, kf));
        const auto before = fingerprint(folder);

        auto vault = Vault::open(path, QStringLiteral("admin"), secret(Password));
        if (!vault.ok()) {
            ++errors;
            const ErrorCode code = vault.error().code;
            EXPECT_TRUE(code == ErrorCode::DatabaseCorrupt || code == ErrorCode::KeyFileCorrupt
                        || code == ErrorCode::CipherInactive)
                << int(code) << ' ' << qPrintable(vault.error().message + u" / " + vault.error().detail);
            EXPECT_FALSE(vault.error().message.isEmpty());
            EXPECT_EQ(fingerprint(folder), before);
            continue;
        }
        // Opened: then everything must read back exactly, or fail clearly.
        std::vector<QString> read;
        bool readFailed = false;
        {
            QSqlQuery query((*vault)->database());
            query.setForwardOnly(true);
            readFailed = !query.exec(QStringLiteral("SELECT n, text FROM rows ORDER BY n"));
            while (!readFailed && query.next())
                read.push_back(query.value(1).toString());
            readFailed = readFailed || query.lastError().isValid();
        }
        if (readFailed) {
            ++errors;
            continue;
        }
        EXPECT_EQ(read, expected);
        auto report = (*vault)->check();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok()) << qPrintable(report->problems.join(u'\n'));
        ++intact;
        (*vault)->close();
        QDir(folder).removeRecursively();
    }
    // Most damage must be caught; say what happened.
    std::printf("damaged copies: %d clear errors, %d intact reads\n", errors, intact);
    EXPECT_EQ(errors + intact, 200);
    EXPECT_GT(errors, 150);
}

// A change of the database key killed at any moment (while the vault opens
// and resumes a change, while the copy is written, around the rename and
// the key file) leaves a vault that every account opens, with every row.
TEST(DurabilityTest, KilledWhileChangingTheKeyNeverLosesTheVault)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rekey.habeas"));
    constexpr int Rows = 3000;
    {
        auto vault = createVault(path);
        ASSERT_TRUE(vault);
        ASSERT_OK(addAccount(*vault, {QStringLiteral("clerk"), QStringLiteral("Claire"), Role::Clerk}, secret(Password),
                             fastKdf()));
        QSqlQuery query(vault->database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE crash_rows (n INTEGER PRIMARY KEY, payload TEXT NOT NULL)")));
        ASSERT_TRUE(vault->database().transaction());
        ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO crash_rows (n, payload) VALUES (?, ?)")));
        for (int n = 1; n <= Rows; ++n) {
            query.addBindValue(n);
            query.addBindValue(QString(1000, QChar(u'a' + n % 26)));
            ASSERT_TRUE(query.exec());
        }
        ASSERT_TRUE(vault->database().commit());
    }
    QRandomGenerator random(1565);
    int rekeyed = 0;
    std::map<Vault::KeyChangeRecovery, int> recoveries;
    int generation = 0;
    for (int round = 0; round < 60; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        startChild(child, path, "rekey");
        QByteArray output;
        if (round % 4 == 0) {
            // Some kills land while the child opens the vault, which may
            // be resuming the change the previous kill interrupted.
            QThread::msleep(random.bounded(0, 150));
        } else {
            ASSERT_TRUE(waitForReady(child, &output)) << child.readAllStandardError().constData();
            if (round % 4 == 1) {
                // Some after at least one whole change, however slow the
                // machine (sanitizers make the copy several times slower).
                ASSERT_TRUE(waitForLine(child, &output, "rekeyed 1", 60000)) << child.readAllStandardError().constData();
            }
            QThread::msleep(random.bounded(1, 200));
        }
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        rekeyed += int(output.count("rekeyed "));

        for (const char *login : {"clerk", "admin"}) {
            auto vault = Vault::open(path, QString::fromLatin1(login), secret(Password));
            ASSERT_OK(vault);
            ++recoveries[(*vault)->keyChangeRecovery()];
            EXPECT_FALSE((*vault)->keyChangePending());
            EXPECT_GE((*vault)->keyFile().keyGeneration(), generation);
            generation = (*vault)->keyFile().keyGeneration();
            QSqlQuery query((*vault)->database());
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM crash_rows")) && query.next());
            EXPECT_EQ(query.value(0).toInt(), Rows);
            auto report = (*vault)->check();
            ASSERT_OK(report);
            EXPECT_TRUE(report->ok()) << qPrintable(report->problems.join(u'\n'));
        }
        EXPECT_FALSE(QFileInfo::exists(path + QLatin1String(Vault::RekeySuffix))) << "a partial copy was left";
    }
    std::printf("[ recoveries ] none %d, finished %d, resumed %d, deferred %d; %d changes completed; generation %d\n",
                recoveries[Vault::KeyChangeRecovery::None], recoveries[Vault::KeyChangeRecovery::Finished],
                recoveries[Vault::KeyChangeRecovery::Resumed], recoveries[Vault::KeyChangeRecovery::Deferred], rekeyed,
                generation);
    EXPECT_EQ(recoveries[Vault::KeyChangeRecovery::Deferred], 0);
    EXPECT_GE(rekeyed, 15) << "kills should land between completed changes too";
    EXPECT_GT(recoveries[Vault::KeyChangeRecovery::Resumed], 0) << "no kill landed while a change was under way";
}

TEST(DurabilityTest, KilledWhileClosingNeverLeavesADocumentOnAnEndedRequest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("closing.habeas"));
    {
        auto vault = createVault(path);
        ASSERT_TRUE(vault);
        ASSERT_TRUE(addAccount(*vault, {QStringLiteral("clerk"), QStringLiteral("Claire"), Role::Clerk}, secret(Password),
                                      fastKdf())
                        .ok());
    }
    QRandomGenerator random(404);
    int closedSeen = 0;
    for (int round = 0; round < 100; ++round) {
        SCOPED_TRACE(round);
        QProcess child;
        startChild(child, path, "close");
        QByteArray output;
        ASSERT_TRUE(waitForReady(child, &output)) << child.readAllStandardError().constData();
        if (round % 3 == 0) {
            // A third of the kills after at least one whole closing, however
            // slow the machine (sanitizers, a loaded CI host).
            ASSERT_TRUE(waitForLine(child, &output, "closed 1", 60000)) << child.readAllStandardError().constData();
        }
        QThread::msleep(random.bounded(1, 60));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        closedSeen += int(output.count("closed "));
        // Opened without the sign-in sweep: the invariant must hold on its
        // own, because the transition and the destruction are one transaction.
        auto vault = Vault::open(path, QStringLiteral("admin"), secret(Password));
        ASSERT_OK(vault);
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM identity_documents d JOIN requests r ON r.id = d.request_id"
                                              " WHERE r.state IN ('closed', 'refused', 'withdrawn')")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM requests r WHERE r.state = 'closed' AND NOT EXISTS"
                                              " (SELECT 1 FROM document_destructions x WHERE x.request_id = r.id)")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 0) << "every closed request keeps its destruction record";
        auto report = (*vault)->check();
        ASSERT_TRUE(report.ok());
        EXPECT_TRUE(report->ok());
    }
    EXPECT_GE(closedSeen, 34) << "kills should land between closings too";
}
