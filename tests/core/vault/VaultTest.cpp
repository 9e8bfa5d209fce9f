// The vault: creation, opening, key slots, backups, and every failure with
// the files on disk compared before and after.

#include "tests/support/TestSupport.h"
#include "tests/support/TmpfsMount.h"
#include "core/vault/Migrations.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Vault.h"
#include "core/vault/VaultLock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sodium.h>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr auto AdminPassword = "Correct-Horse-Battery-9";

// Every file of the folder except the failed-login record.
std::map<QString, QByteArray> vaultFiles(const QString &folder)
{
    auto files = fingerprint(folder);
    std::erase_if(files, [](const auto &file) { return file.first.endsWith(QStringLiteral("-throttle")); });
    return files;
}


class VaultTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString vaultPath(const QString &name = QStringLiteral("office")) const
    {
        return m_dir.filePath(name + QStringLiteral(".habeas"));
    }

    std::unique_ptr<Vault> createVault(const QString &path)
    {
        auto vault = habeas::test::createVault(path, NewAccount{QStringLiteral("admin"), QStringLiteral("Ada Admin"), Role::Administrator},
                                   secret(AdminPassword), QStringLiteral("Test office"), fastKdf());
        EXPECT_OK(vault);
        return vault.ok() ? std::move(vault).value() : nullptr;
    }

    // Creates and closes a vault holding a few rows; returns its path.
    QString makeClosedVault(const QString &name = QStringLiteral("office"))
    {
        const QString path = vaultPath(name);
        auto vault = createVault(path);
        if (!vault)
            return path;
        QSqlQuery query(vault->database());
        EXPECT_TRUE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('letterhead', 'Direction test')")));
        vault->close();
        return path;
    }

    Result<std::unique_ptr<Vault>> openAdmin(const QString &path, const char *password = AdminPassword)
    {
        return Vault::open(path, QStringLiteral("admin"), secret(password));
    }

    // Opening must fail with `code` and leave every file of the folder as it
    // was: same names, same bytes.
    void expectOpenFailsUnchanged(const QString &path, ErrorCode code, const char *password = AdminPassword,
                                  const QString &login = QStringLiteral("admin"))
    {
        const QString folder = QFileInfo(path).absolutePath();
        const auto before = vaultFiles(folder);
        auto vault = Vault::open(path, login, secret(password));
        ASSERT_FALSE(vault.ok());
        EXPECT_EQ(vault.error().code, code) << qPrintable(vault.error().message + u" / " + vault.error().detail);
        EXPECT_FALSE(vault.error().message.isEmpty());
        EXPECT_EQ(vaultFiles(folder), before);
        // A failed guess is remembered beside the vault, never inside it.
        const bool guess = code == ErrorCode::WrongPassword || code == ErrorCode::UnknownAccount;
        EXPECT_EQ(QFileInfo::exists(path + QStringLiteral("-throttle")), guess);
    }

    QTemporaryDir m_dir;
};

QJsonObject keyFileJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}


} // namespace

TEST_F(VaultTest, CreateThenOpenReadsBackWhatWasWritten)
{
    const QString path = makeClosedVault();
    auto vault = openAdmin(path);
    ASSERT_OK(vault);
    QSqlQuery query((*vault)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'letterhead'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Direction test"));
    EXPECT_EQ((*vault)->login(), QStringLiteral("admin"));
    EXPECT_GE((*vault)->schemaVersion(), 1);
}

TEST_F(VaultTest, CreateMakesBothFilesAndNoOthers)
{
    makeClosedVault();
    const auto files = fingerprint(m_dir.path());
    std::vector<QString> names;
    for (const auto &[name, hash] : files)
        names.push_back(name);
    EXPECT_EQ(names, (std::vector<QString>{QStringLiteral("office.habeas"), QStringLiteral("office.habeas-keys")}));
}

TEST_F(VaultTest, LoginIsCaseAndSpaceInsensitive)
{
    const QString path = makeClosedVault();
    auto vault = Vault::open(path, QStringLiteral("  ADMIN "), secret(AdminPassword));
    EXPECT_TRUE(vault.ok());
}

TEST_F(VaultTest, CreateRefusesAnExistingVault)
{
    const QString path = makeClosedVault();
    const auto before = fingerprint(m_dir.path());
    auto again = habeas::test::createVault(path, NewAccount{QStringLiteral("other"), QStringLiteral("O"), Role::Administrator},
                               secret(AdminPassword), QString(), fastKdf());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(fingerprint(m_dir.path()), before);
}

TEST_F(VaultTest, WrongPasswordIsRefusedAndChangesNothing)
{
    expectOpenFailsUnchanged(makeClosedVault(), ErrorCode::WrongPassword, "not-the-password");
}

TEST_F(VaultTest, UnknownAccountIsRefusedAndChangesNothing)
{
    expectOpenFailsUnchanged(makeClosedVault(), ErrorCode::UnknownAccount, AdminPassword, QStringLiteral("mallory"));
}

TEST_F(VaultTest, MissingKeyFileIsNamed)
{
    const QString path = makeClosedVault();
    ASSERT_TRUE(QFile::remove(VaultPaths::of(path).keys));
    expectOpenFailsUnchanged(path, ErrorCode::KeyFileMissing);
}

TEST_F(VaultTest, MissingDatabaseIsNamed)
{
    const QString path = makeClosedVault();
    ASSERT_TRUE(QFile::remove(path));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseMissing);
}

TEST_F(VaultTest, GarbageKeyFileIsCorrupt)
{
    const QString path = makeClosedVault();
    ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, QByteArray("this is not a key file")));
    expectOpenFailsUnchanged(path, ErrorCode::KeyFileCorrupt);
}

TEST_F(VaultTest, FlippedByteInKeyFileIsCorrupt)
{
    const QString path = makeClosedVault();
    const QString keys = VaultPaths::of(path).keys;
    QByteArray bytes = readAll(keys);
    const qsizetype at = bytes.indexOf("\"wrapped\": \"") + 14;
    bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
    ASSERT_TRUE(writeAll(keys, bytes));
    expectOpenFailsUnchanged(path, ErrorCode::KeyFileCorrupt);
}

TEST_F(VaultTest, TruncatedKeyFileIsCorrupt)
{
    const QString path = makeClosedVault();
    const QString keys = VaultPaths::of(path).keys;
    ASSERT_TRUE(writeAll(keys, readAll(keys).left(200)));
    expectOpenFailsUnchanged(path, ErrorCode::KeyFileCorrupt);
}

TEST_F(VaultTest, SlotsPastedFromAnotherVaultDoNotOpen)
{
    // A careful attacker copies vault B's slots into A's key file and fixes
    // the checksum: the slots are bound to B's vault id and do not open A.
    const QString a = makeClosedVault(QStringLiteral("a"));
    const QString b = makeClosedVault(QStringLiteral("b"));
    QJsonObject jsonA = keyFileJson(VaultPaths::of(a).keys);
    jsonA.insert(QStringLiteral("slots"), keyFileJson(VaultPaths::of(b).keys).value(QStringLiteral("slots")));
    ASSERT_TRUE(writeAll(VaultPaths::of(a).keys, keyFileWithChecksum(jsonA)));
    const auto before = vaultFiles(m_dir.path());
    auto vault = openAdmin(a);
    ASSERT_FALSE(vault.ok());
    EXPECT_TRUE(vault.error().code == ErrorCode::UnknownAccount || vault.error().code == ErrorCode::WrongPassword);
    EXPECT_EQ(vaultFiles(m_dir.path()), before);
}

TEST_F(VaultTest, KeyFileFromAnotherVaultCannotDecryptTheDatabase)
{
    const QString a = makeClosedVault(QStringLiteral("a"));
    const QString b = makeClosedVault(QStringLiteral("b"));
    // Same admin password in both; B's key file beside A's database.
    ASSERT_TRUE(QFile::remove(VaultPaths::of(a).keys));
    ASSERT_TRUE(QFile::copy(VaultPaths::of(b).keys, VaultPaths::of(a).keys));
    expectOpenFailsUnchanged(a, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, TamperedDatabasePageIsDetected)
{
    const QString path = makeClosedVault();
    QByteArray bytes = readAll(path);
    ASSERT_GE(bytes.size(), 3 * 4096);
    bytes[2 * 4096 + 100] = char(bytes[2 * 4096 + 100] ^ 0x01);
    ASSERT_TRUE(writeAll(path, bytes));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, TamperedFirstPageIsDetected)
{
    const QString path = makeClosedVault();
    QByteArray bytes = readAll(path);
    bytes[40] = char(bytes[40] ^ 0x80);
    ASSERT_TRUE(writeAll(path, bytes));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, DatabaseTruncatedMidPageIsDetected)
{
    const QString path = makeClosedVault();
    const QByteArray bytes = readAll(path);
    ASSERT_TRUE(writeAll(path, bytes.left(bytes.size() - 1000)));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, DatabaseTruncatedOnAPageBoundaryIsDetected)
{
    const QString path = makeClosedVault();
    const QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 2 * 4096);
    ASSERT_TRUE(writeAll(path, bytes.left(bytes.size() - 4096)));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, EmptyDatabaseFileIsDetected)
{
    const QString path = makeClosedVault();
    ASSERT_TRUE(writeAll(path, QByteArray()));
    expectOpenFailsUnchanged(path, ErrorCode::DatabaseCorrupt);
}

TEST_F(VaultTest, PlainSqliteFileIsRefused)
{
    const QString path = makeClosedVault();
    // The first page of an empty, unencrypted SQLite database.
    QByteArray page(4096, '\0');
    page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    ASSERT_TRUE(writeAll(path, page));
    expectOpenFailsUnchanged(path, ErrorCode::CipherInactive);
}

TEST_F(VaultTest, VaultFromNewerHabeasIsRefusedUntouched)
{
    const QString path = makeClosedVault();
    {
        auto vault = openAdmin(path);
        ASSERT_TRUE(vault.ok());
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE habeas_meta SET value = '999' WHERE key = 'schema_version'")));
    }
    const auto before = fingerprint(m_dir.path());
    auto vault = openAdmin(path);
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(vault.error().code, ErrorCode::NewerVersion);
    EXPECT_TRUE(vault.error().message.contains(QStringLiteral("999")));
    EXPECT_EQ(fingerprint(m_dir.path()), before);
}

TEST_F(VaultTest, KeyFileFromNewerHabeasIsRefused)
{
    const QString path = makeClosedVault();
    QJsonObject json = keyFileJson(VaultPaths::of(path).keys);
    json.insert(QStringLiteral("version"), 7);
    ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, keyFileWithChecksum(json)));
    expectOpenFailsUnchanged(path, ErrorCode::NewerVersion);
}

TEST_F(VaultTest, SecondOpenInTheSameProcessIsLocked)
{
    const QString path = makeClosedVault();
    auto first = openAdmin(path);
    ASSERT_TRUE(first.ok());
    auto second = openAdmin(path);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, ErrorCode::Locked);
    EXPECT_TRUE(second.error().message.contains(QSysInfo::machineHostName())) << qPrintable(second.error().message);
}

TEST_F(VaultTest, LockIsReleasedOnClose)
{
    const QString path = makeClosedVault();
    {
        auto first = openAdmin(path);
        ASSERT_TRUE(first.ok());
    }
    EXPECT_TRUE(VaultLock::holder(path).isEmpty());
    EXPECT_TRUE(openAdmin(path).ok());
}

TEST_F(VaultTest, PragmasAreSetAsSpecified)
{
    const QString path = makeClosedVault();
    auto vault = openAdmin(path);
    ASSERT_TRUE(vault.ok());
    QSqlQuery query((*vault)->database());
    const auto pragma = [&](const QString &name) {
        EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA ") + name)) << qPrintable(name);
        EXPECT_TRUE(query.next()) << qPrintable(name);
        return query.value(0).toString();
    };
    EXPECT_EQ(pragma(QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(QStringLiteral("synchronous")), QStringLiteral("2"));
    EXPECT_EQ(pragma(QStringLiteral("secure_delete")), QStringLiteral("1"));
    EXPECT_EQ(pragma(QStringLiteral("temp_store")), QStringLiteral("2"));
    EXPECT_EQ(pragma(QStringLiteral("cipher_page_size")), QStringLiteral("4096"));
    EXPECT_EQ(pragma(QStringLiteral("cache_size")), QStringLiteral("-65536"));
    EXPECT_FALSE(pragma(QStringLiteral("cipher_version")).isEmpty());
}

TEST_F(VaultTest, CloseWipesTheKey)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    EXPECT_FALSE(vault->keyWiped());
    vault->close();
    EXPECT_TRUE(vault->keyWiped());
    EXPECT_FALSE(vault->isOpen());
}

TEST_F(VaultTest, AddedAccountOpensWithItsOwnPassword)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(addAccount(*vault, {QStringLiteral("marie"), QStringLiteral("Marie Clerc"), Role::Clerk},
                                  secret("Marie-Password-2026"), fastKdf())
                    .ok());
    EXPECT_EQ(vault->keyFile().slotCount(), 2);
    vault->close();
    auto marie = Vault::open(vaultPath(), QStringLiteral("marie"), secret("Marie-Password-2026"));
    ASSERT_OK(marie);
    (*marie)->close();
    EXPECT_TRUE(openAdmin(vaultPath()).ok());
}

TEST_F(VaultTest, AddingAnExistingLoginIsRefused)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    auto again = addAccount(*vault, {QStringLiteral("Admin"), QStringLiteral("Twin"), Role::Clerk}, secret("x"), fastKdf());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(vault->keyFile().slotCount(), 1);
}

TEST_F(VaultTest, ChangedPasswordReplacesTheOldOne)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(vault->changePassword(QStringLiteral("admin"), secret("Brand-New-Password-7"), fastKdf()).ok());
    vault->close();
    auto old = openAdmin(vaultPath());
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::WrongPassword);
    EXPECT_TRUE(openAdmin(vaultPath(), "Brand-New-Password-7").ok());
}

TEST_F(VaultTest, RemovedSlotNoLongerOpens)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(addAccount(*vault, {QStringLiteral("paul"), QStringLiteral("Paul"), Role::Dpo}, secret("Paul-Password-2026"),
                                  fastKdf())
                    .ok());
    ASSERT_TRUE(vault->removeSlot(QStringLiteral("paul")).ok());
    vault->close();
    auto paul = Vault::open(vaultPath(), QStringLiteral("paul"), secret("Paul-Password-2026"));
    ASSERT_FALSE(paul.ok());
    EXPECT_EQ(paul.error().code, ErrorCode::UnknownAccount);
}

TEST_F(VaultTest, LastSlotCannotBeRemoved)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    auto removed = vault->removeSlot(QStringLiteral("admin"));
    ASSERT_FALSE(removed.ok());
    EXPECT_EQ(removed.error().code, ErrorCode::InvalidArgument);
}

TEST_F(VaultTest, KeyFileDoesNotShowLoginNames)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(addAccount(*vault, {QStringLiteral("genevieve.rossi"), QStringLiteral("Geneviève Rossi"), Role::Clerk},
                                  secret("Some-Password-2026"), fastKdf())
                    .ok());
    const QByteArray keys = readAll(vault->paths().keys);
    EXPECT_FALSE(keys.contains("admin"));
    EXPECT_FALSE(keys.contains("genevieve"));
    EXPECT_FALSE(keys.contains("rossi"));
}

TEST_F(VaultTest, NormalVaultsUseTheDocumentedKdfCost)
{
    auto vault = habeas::test::createVault(vaultPath(), {QStringLiteral("admin"), QStringLiteral("A"), Role::Administrator},
                               secret(AdminPassword), QString());
    ASSERT_TRUE(vault.ok());
    const QJsonArray slots = keyFileJson((*vault)->paths().keys).value(QStringLiteral("slots")).toArray();
    ASSERT_EQ(slots.size(), 1);
    const QJsonObject slot = slots.at(0).toObject();
    EXPECT_EQ(slot.value(QStringLiteral("kdf")).toString(), QStringLiteral("argon2id13"));
    EXPECT_EQ(slot.value(QStringLiteral("ops")).toInteger(), 3);
    EXPECT_EQ(slot.value(QStringLiteral("mem")).toInteger(), 256LL * 1024 * 1024);
    // At least OWASP's minimum for Argon2id (19 MiB, 2 passes).
    EXPECT_GE(slot.value(QStringLiteral("mem")).toInteger(), 19LL * 1024 * 1024);
    EXPECT_EQ(KdfParams::standard(), (KdfParams{3, 256ULL << 20}));
}

TEST_F(VaultTest, LoweredKdfCostInTheFileDoesNotOpen)
{
    // The slot's authenticated data covers its cost: an attacker who lowers
    // it (and fixes the checksum) gets a slot that no password opens.
    const QString path = makeClosedVault();
    QJsonObject json = keyFileJson(VaultPaths::of(path).keys);
    QJsonArray slots = json.value(QStringLiteral("slots")).toArray();
    QJsonObject slot = slots.at(0).toObject();
    slot.insert(QStringLiteral("mem"), 16384);
    slots.replace(0, slot);
    json.insert(QStringLiteral("slots"), slots);
    ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, keyFileWithChecksum(json)));
    expectOpenFailsUnchanged(path, ErrorCode::WrongPassword);
}

TEST_F(VaultTest, ReplacingTheCreatorsKeyClosesEverySlot)
{
    // The creator's public key, where the audit log's signatures start, is
    // part of every slot's authenticated data: someone who swaps in a key
    // of their own (and fixes the checksum) locks everyone out instead.
    const QString path = makeClosedVault();
    QJsonObject json = keyFileJson(VaultPaths::of(path).keys);
    ASSERT_EQ(QByteArray::fromBase64(json.value(QStringLiteral("root")).toString().toLatin1()).size(), 32);
    json.insert(QStringLiteral("root"), QString::fromLatin1(QByteArray(32, '\x05').toBase64()));
    ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, keyFileWithChecksum(json)));
    expectOpenFailsUnchanged(path, ErrorCode::WrongPassword);
}

TEST_F(VaultTest, EditedSchemaVersionInTheKeyFileIsTampering)
{
    const QString path = makeClosedVault();
    QJsonObject json = keyFileJson(VaultPaths::of(path).keys);
    QJsonObject info = json.value(QStringLiteral("info")).toObject();
    info.insert(QStringLiteral("schema"), 42);
    json.insert(QStringLiteral("info"), info);
    ASSERT_TRUE(writeAll(VaultPaths::of(path).keys, keyFileWithChecksum(json)));
    expectOpenFailsUnchanged(path, ErrorCode::KeyFileCorrupt);
}

TEST_F(VaultTest, EncryptionAtRestHidesAMarkerInDatabaseAndWal)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    const QByteArray marker = QByteArray("MARKER-") + QByteArray::number(quint64(QDateTime::currentMSecsSinceEpoch()))
                              + QByteArray::number(quint64(reinterpret_cast<quintptr>(vault.get())), 16);
    QSqlQuery query(vault->database());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('marker', ?)"));
    query.addBindValue(QString::fromLatin1(marker));
    ASSERT_TRUE(query.exec());
    // The row is readable through the vault: the marker really is stored.
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'marker'")) && query.next());
    ASSERT_EQ(query.value(0).toString().toLatin1(), marker);
    const QByteArray wal = readAll(vault->paths().database + QStringLiteral("-wal"));
    EXPECT_GT(wal.size(), 0) << "the write should still be in the WAL";
    EXPECT_FALSE(wal.contains(marker));
    EXPECT_FALSE(readAll(vault->paths().database).contains(marker));
    vault->close();
    const QByteArray db = readAll(vaultPath());
    EXPECT_FALSE(db.contains(marker));
    EXPECT_FALSE(db.startsWith(QByteArray("SQLite format 3")));
    // Text the schema would show in clear in a plain SQLite file.
    EXPECT_FALSE(db.contains("CREATE TABLE"));
    EXPECT_FALSE(db.contains("Test office"));
}

TEST_F(VaultTest, InfoNeedsNoPasswordAndShowsNothingPersonal)
{
    const QString path = makeClosedVault();
    auto info = Vault::info(path);
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->slotCount, 1);
    EXPECT_EQ(info->recordedSchemaVersion, Migrations::latestVersion());
    EXPECT_TRUE(info->databaseEncrypted);
    EXPECT_TRUE(info->lockedBy.isEmpty());
    EXPECT_EQ(info->databaseBytes % 4096, 0);
}

TEST_F(VaultTest, BackupOpensWithTheSamePasswords)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    ASSERT_TRUE(addAccount(*vault, {QStringLiteral("clerk"), QStringLiteral("C"), Role::Clerk}, secret("Clerk-Password-2026"),
                                  fastKdf())
                    .ok());
    QSqlQuery query(vault->database());
    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    const QString backup = m_dir.filePath(QStringLiteral("copy.habeas"));
    auto done = vault->backup(backup);
    ASSERT_OK(done);
    EXPECT_FALSE(QFileInfo::exists(backup + QStringLiteral(".partial")));
    EXPECT_FALSE(readAll(backup).startsWith(QByteArray("SQLite format 3")));
    auto copy = Vault::open(backup, QStringLiteral("clerk"), secret("Clerk-Password-2026"));
    ASSERT_OK(copy);
    QSqlQuery read((*copy)->database());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'k'")) && read.next());
    EXPECT_EQ(read.value(0).toString(), QStringLiteral("v"));
    auto report = (*copy)->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok());
}

TEST_F(VaultTest, BackupRefusesToOverwrite)
{
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    const QString backup = m_dir.filePath(QStringLiteral("copy.habeas"));
    ASSERT_TRUE(writeAll(backup, QByteArray("precious")));
    auto done = vault->backup(backup);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(readAll(backup), QByteArray("precious"));
}

TEST_F(VaultTest, RestoreKeepsTheReplacedVault)
{
    const QString path = makeClosedVault();
    const QString backup = m_dir.filePath(QStringLiteral("copy.habeas"));
    {
        auto vault = openAdmin(path);
        ASSERT_TRUE(vault.ok());
        ASSERT_TRUE((*vault)->backup(backup).ok());
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('after', 'backup')")));
    }
    const QByteArray replacedBytes = readAll(path);
    auto restored = Vault::restore(backup, path, QStringLiteral("admin"), secret(AdminPassword));
    ASSERT_OK(restored);
    auto vault = openAdmin(path);
    ASSERT_TRUE(vault.ok());
    QSqlQuery query((*vault)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'after'")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("office.replaced-*.habeas")});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(*restored, m_dir.filePath(kept.first()));
    EXPECT_EQ(readAll(*restored), replacedBytes);
    // The kept copy is a vault of its own, with what the replaced one held.
    auto old = openAdmin(*restored);
    ASSERT_OK(old);
    QSqlQuery after((*old)->database());
    ASSERT_TRUE(after.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'after'")) && after.next());
    EXPECT_EQ(after.value(0).toInt(), 1);
}

TEST_F(VaultTest, RestoreRefusesAWrongPasswordAndChangesNothing)
{
    const QString path = makeClosedVault();
    const QString backup = m_dir.filePath(QStringLiteral("copy.habeas"));
    {
        auto vault = openAdmin(path);
        ASSERT_TRUE(vault.ok());
        ASSERT_TRUE((*vault)->backup(backup).ok());
    }
    const auto before = vaultFiles(m_dir.path());
    auto restored = Vault::restore(backup, path, QStringLiteral("admin"), secret("wrong"));
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().code, ErrorCode::WrongPassword);
    EXPECT_EQ(vaultFiles(m_dir.path()), before);
}

TEST_F(VaultTest, ReadOnlyLocationIsNamed)
{
    TmpfsMount mount(4 << 20);
    if (!mount.available())
        GTEST_SKIP() << "needs a read-only file system: " << qPrintable(mount.why());
    const QString path = mount.path() + QStringLiteral("/office.habeas");
    auto vault = createVault(path);
    ASSERT_TRUE(vault);
    vault->close();
    ASSERT_TRUE(mount.remountReadOnly());
    expectOpenFailsUnchanged(path, ErrorCode::ReadOnlyLocation);
}

TEST_F(VaultTest, DiskFullWhenOpeningIsNamedAndChangesNothing)
{
    TmpfsMount mount(2 << 20);
    if (!mount.available())
        GTEST_SKIP() << qPrintable(mount.why());
    const QString path = mount.path() + QStringLiteral("/office.habeas");
    auto vault = createVault(path);
    ASSERT_TRUE(vault);
    vault->close();
    ASSERT_TRUE(mount.fill());
    const auto before = fingerprint(mount.path());
    auto opened = openAdmin(path);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::DiskFull) << qPrintable(opened.error().message + u' ' + opened.error().detail);
    EXPECT_EQ(fingerprint(mount.path()), before);
}

TEST_F(VaultTest, DiskFullWhileWritingLosesNothing)
{
    TmpfsMount mount(2 << 20);
    if (!mount.available())
        GTEST_SKIP() << qPrintable(mount.why());
    const QString path = mount.path() + QStringLiteral("/office.habeas");
    auto vault = createVault(path);
    ASSERT_TRUE(vault);
    // Fill the disk while the vault is open, then write until it fails.
    ASSERT_TRUE(mount.fill());
    QSqlDatabase db = vault->database();
    QSqlQuery query(db);
    int committed = 0;
    QSqlError failure;
    const QString payload(2000, u'x');
    for (int i = 0; i < 5000; ++i) {
        if (!db.transaction()) {
            failure = db.lastError();
            break;
        }
        query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(QStringLiteral("row-%1").arg(i));
        query.addBindValue(payload);
        if (!query.exec()) {
            failure = query.lastError();
            db.rollback();
            break;
        }
        if (!db.commit()) {
            failure = db.lastError();
            db.rollback();
            break;
        }
        ++committed;
    }
    ASSERT_TRUE(failure.isValid()) << "the disk never filled up";
    EXPECT_EQ(failure.nativeErrorCode().toInt() & 0xFF, 13) << qPrintable(failure.text()); // SQLITE_FULL
    // Adding an account now fails cleanly and leaves the key file whole.
    const QByteArray keysBefore = readAll(vault->paths().keys);
    auto added = addAccount(*vault, {QStringLiteral("late"), QStringLiteral("Late"), Role::Clerk}, secret("Late-Password-2026"),
                                   fastKdf());
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::DiskFull) << qPrintable(added.error().message + u' ' + added.error().detail);
    EXPECT_EQ(readAll(vault->paths().keys), keysBefore);
    vault->close();
    QFile::remove(mount.path() + QStringLiteral("/filler"));
    auto reopened = openAdmin(path);
    ASSERT_OK(reopened);
    QSqlQuery count((*reopened)->database());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'row-%'")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), committed);
    auto report = (*reopened)->check();
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << qPrintable(report->problems.join(u'\n'));
}

TEST_F(VaultTest, DiskFullDuringBackupLeavesNoPartialFile)
{
    TmpfsMount mount(1 << 20);
    if (!mount.available())
        GTEST_SKIP() << qPrintable(mount.why());
    auto vault = createVault(vaultPath());
    ASSERT_TRUE(vault);
    QSqlQuery query(vault->database());
    ASSERT_TRUE(vault->database().transaction());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
    for (int i = 0; i < 600; ++i) {
        query.addBindValue(QStringLiteral("bulk-%1").arg(i));
        query.addBindValue(QString(2000, u'y'));
        ASSERT_TRUE(query.exec());
    }
    ASSERT_TRUE(vault->database().commit());
    const QString backup = mount.path() + QStringLiteral("/copy.habeas");
    auto done = vault->backup(backup);
    ASSERT_FALSE(done.ok());
    EXPECT_EQ(done.error().code, ErrorCode::DiskFull) << qPrintable(done.error().message + u' ' + done.error().detail);
    EXPECT_TRUE(QDir(mount.path()).entryList(QDir::Files).isEmpty()) << qPrintable(QDir(mount.path()).entryList(QDir::Files).join(u','));
    EXPECT_TRUE(vault->check().ok());
}

TEST_F(VaultTest, CreateOnAFullDiskLeavesNothingBehind)
{
    TmpfsMount mount(1 << 20);
    if (!mount.available())
        GTEST_SKIP() << qPrintable(mount.why());
    ASSERT_TRUE(mount.fill());
    const auto before = fingerprint(mount.path());
    auto vault = habeas::test::createVault(mount.path() + QStringLiteral("/office.habeas"),
                               {QStringLiteral("admin"), QStringLiteral("A"), Role::Administrator}, secret(AdminPassword),
                               QString(), fastKdf());
    ASSERT_FALSE(vault.ok());
    EXPECT_EQ(vault.error().code, ErrorCode::DiskFull) << qPrintable(vault.error().message + u' ' + vault.error().detail);
    EXPECT_EQ(fingerprint(mount.path()), before);
}
