// Memory that held personal data is zeroed before it is released: Qt arrays
// by their last holder (or in place, for a scan handed over), and every
// block SQLite frees (page cache, bound values, records).

#include "tests/support/TestSupport.h"
#include "core/crypto/Wipe.h"
#include "core/vault/SqliteMemory.h"
#include "core/vault/Vault.h"
#include "core/accounts/Account.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace habeas;
using namespace habeas::test;

namespace {

bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == '\0'; });
}

} // namespace

TEST(WipeTest, TheLastHolderZeroesTheBytes)
{
    QByteArray alone(4096, 'x');
    EXPECT_EQ(wipeIfLastHolder(alone), 4096);
    EXPECT_TRUE(alone.isEmpty());
}

TEST(WipeTest, ASharedArrayIsLeftToItsLastHolder)
{
    QByteArray first(100, 'y');
    QByteArray second = first;
    EXPECT_EQ(wipeIfLastHolder(first), 0);
    EXPECT_TRUE(first.isEmpty());
    EXPECT_EQ(second, QByteArray(100, 'y')) << "another holder's bytes were changed";
    EXPECT_EQ(wipeIfLastHolder(second), 100);
}

TEST(WipeTest, InPlaceZeroesEveryArraySharingTheBytes)
{
    QByteArray scan(300, 'z');
    const QByteArray kept = scan;
    EXPECT_EQ(wipeInPlace(scan), 300);
    ASSERT_EQ(kept.size(), 300);
    EXPECT_TRUE(allZero(kept));
}

TEST(WipeTest, RawDataIsNeverWritten)
{
    char outside[] = "not owned by the array";
    QByteArray raw = QByteArray::fromRawData(outside, sizeof outside - 1);
    EXPECT_EQ(wipeInPlace(raw), 0);
    EXPECT_EQ(wipeIfLastHolder(raw), 0);
    EXPECT_STREQ(outside, "not owned by the array");
    QByteArray literal = QByteArrayLiteral("static data");
    EXPECT_EQ(wipeInPlace(literal), 0);
}

TEST(WipeTest, SqliteZeroesWhatItFrees)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wiped.habeas"));
    const QByteArray blob(2 * 1024 * 1024, 'd');
    {
        auto vault = createVault(path, NewAccount{QStringLiteral("admin"), QStringLiteral("Ada Admin"), Role::Administrator},
                                 secret("a long enough password"), QStringLiteral("Test office"), fastKdf());
        ASSERT_OK(vault);
        EXPECT_TRUE(wipingAllocatorInstalled());
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE scans (image BLOB)")));
        ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO scans VALUES (?)")));
        query.addBindValue(blob);
        ASSERT_TRUE(query.exec());
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT image FROM scans")) && query.next());
        EXPECT_EQ(query.value(0).toByteArray().size(), blob.size());
    }
    // What opening, one small query and closing free, then the same with
    // the blob read: the difference is the blob's pages, its record and the
    // copy handed out, zeroed as they were freed.
    const auto wipedBy = [&](bool readBlob) {
        const quint64 before = sqliteBytesWiped();
        auto vault = Vault::open(path, QStringLiteral("admin"), secret("a long enough password"));
        EXPECT_OK(vault);
        QSqlQuery query((*vault)->database());
        if (readBlob) {
            EXPECT_TRUE(query.exec(QStringLiteral("SELECT image FROM scans")) && query.next());
            EXPECT_EQ(query.value(0).toByteArray(), blob);
        } else {
            EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM scans")) && query.next());
        }
        query.finish();
        (*vault).reset();
        return sqliteBytesWiped() - before;
    };
    const quint64 withoutBlob = wipedBy(false);
    const quint64 withBlob = wipedBy(true);
    EXPECT_GE(withBlob - withoutBlob, quint64(blob.size())) << withoutBlob << " then " << withBlob;
}
