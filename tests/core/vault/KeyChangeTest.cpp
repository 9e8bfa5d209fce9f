// Changing the database key: a revoked slot in an older copy of the key file
// no longer opens the vault; every remaining account still does; a change
// stopped at either side of the rename is finished or resumed at open.
// (Kills at random moments: DurabilityTest.)

#include "tests/support/TestSupport.h"
#include "core/accounts/Account.h"
#include "core/vault/KeyFile.h"
#include "core/crypto/Sodium.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sodium.h>

using namespace habeas;
using namespace habeas::test;

namespace {

constexpr auto AdminPass = "Key-Change-Admin-2026";
constexpr auto ClerkPass = "Key-Change-Clerk-2026";
constexpr auto DpoPass = "Key-Change-Dpo-2026";

class KeyChangeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("keys.habeas"));
        auto vault = createVault(m_path, {QStringLiteral("admin"), QStringLiteral("Ada Admin"), Role::Administrator},
                                 secret(AdminPass), QStringLiteral("Test office"), fastKdf());
        ASSERT_OK(vault);
        ASSERT_OK(addAccount(**vault, {QStringLiteral("clerk"), QStringLiteral("Claire"), Role::Clerk}, secret(ClerkPass), fastKdf()));
        ASSERT_OK(addAccount(**vault, {QStringLiteral("dpo"), QStringLiteral("Denis"), Role::Dpo}, secret(DpoPass), fastKdf()));
        QSqlQuery query((*vault)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE marks (n INTEGER PRIMARY KEY, text TEXT)")));
        for (int n = 0; n < 500; ++n)
            ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO marks (text) VALUES ('mark %1')").arg(n)));
    }

    std::unique_ptr<Vault> open(const char *login, const char *password)
    {
        auto vault = Vault::open(m_path, QString::fromLatin1(login), secret(password));
        EXPECT_OK(vault);
        return vault ? std::move(vault).value() : nullptr;
    }

    static int marks(Vault &vault)
    {
        QSqlQuery query(vault.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM marks")) && query.next() ? query.value(0).toInt() : -1;
    }

    QString keys() const { return VaultPaths::of(m_path).keys; }

    // What a stop right after the rename leaves: the database under the new
    // key, the key file as it was before its last write (both keys sealed).
    // Returns that key file.
    QByteArray stopAfterTheRename()
    {
        QByteArray pending;
        {
            auto admin = open("admin", AdminPass);
            EXPECT_TRUE(admin);
            if (!admin)
                return {};
            EXPECT_OK(admin->beginKeyChange());
            pending = readAll(keys());
            EXPECT_OK(admin->completeKeyChange());
        }
        EXPECT_TRUE(writeAll(keys(), pending));
        return pending;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(KeyChangeTest, ARevokedSlotInAnOlderKeyFileNoLongerOpensTheVault)
{
    const QByteArray olderKeyFile = readAll(keys());
    {
        auto admin = open("admin", AdminPass);
        ASSERT_TRUE(admin);
        ASSERT_OK(admin->removeSlot(QStringLiteral("clerk"), {}, true));
        EXPECT_TRUE(admin->keyChangePending());
        ASSERT_OK(admin->completeKeyChange());
        EXPECT_FALSE(admin->keyChangePending());
        EXPECT_EQ(admin->keyFile().keyGeneration(), 1);
        EXPECT_EQ(marks(*admin), 500);
    }
    // The clerk kept a copy of the key file from before: their password
    // still opens their old slot, but its key no longer opens the database.
    const QString stolen = m_dir.filePath(QStringLiteral("stolen.habeas"));
    ASSERT_TRUE(QFile::copy(m_path, stolen));
    ASSERT_TRUE(writeAll(VaultPaths::of(stolen).keys, olderKeyFile));
    auto refused = Vault::open(stolen, QStringLiteral("clerk"), secret(ClerkPass));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    // With the current key file the clerk is told the account is disabled.
    auto disabled = Vault::open(m_path, QStringLiteral("clerk"), secret(ClerkPass));
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().code, ErrorCode::AccountDisabled);
    // Everyone else opens it, with every row.
    for (const auto &[login, password] : {std::pair{"admin", AdminPass}, std::pair{"dpo", DpoPass}}) {
        auto vault = open(login, password);
        ASSERT_TRUE(vault);
        EXPECT_EQ(marks(*vault), 500);
    }
}

TEST_F(KeyChangeTest, AChangeOnDemandKeepsEveryAccountAndRow)
{
    QByteArray firstKey;
    {
        auto admin = open("admin", AdminPass);
        ASSERT_TRUE(admin);
        firstKey = admin->rawKeyForProof().view().toByteArray();
        ASSERT_OK(admin->beginKeyChange());
        qint64 lastDone = -1;
        qint64 lastTotal = 0;
        int calls = 0;
        ASSERT_OK(admin->completeKeyChange([&](qint64 done, qint64 total) {
            EXPECT_GE(done, lastDone);
            lastDone = done;
            lastTotal = total;
            ++calls;
        }));
        EXPECT_GT(calls, 1);
        EXPECT_EQ(lastDone, lastTotal);
        EXPECT_GE(lastTotal, 500);
        EXPECT_NE(admin->rawKeyForProof().view().toByteArray(), firstKey);
    }
    for (const auto &[login, password] :
         {std::pair{"admin", AdminPass}, std::pair{"clerk", ClerkPass}, std::pair{"dpo", DpoPass}}) {
        auto vault = open(login, password);
        ASSERT_TRUE(vault);
        EXPECT_EQ(vault->keyChangeRecovery(), Vault::KeyChangeRecovery::None);
        EXPECT_EQ(marks(*vault), 500);
        EXPECT_NE(vault->rawKeyForProof().view().toByteArray(), firstKey);
    }
    EXPECT_FALSE(QFileInfo::exists(m_path + QLatin1String(Vault::RekeySuffix)));
}

TEST_F(KeyChangeTest, AChangeStoppedBeforeTheCopyWasInPlaceIsResumedAtOpen)
{
    QByteArray firstKey;
    {
        auto admin = open("admin", AdminPass);
        ASSERT_TRUE(admin);
        firstKey = admin->rawKeyForProof().view().toByteArray();
        ASSERT_OK(admin->beginKeyChange());
    }
    // What a kill during the copy leaves behind.
    ASSERT_TRUE(writeAll(m_path + QLatin1String(Vault::RekeySuffix), QByteArray(8192, 'x')));
    auto clerk = open("clerk", ClerkPass);
    ASSERT_TRUE(clerk);
    EXPECT_EQ(clerk->keyChangeRecovery(), Vault::KeyChangeRecovery::Resumed);
    EXPECT_FALSE(clerk->keyChangePending());
    EXPECT_NE(clerk->rawKeyForProof().view().toByteArray(), firstKey);
    EXPECT_EQ(marks(*clerk), 500);
    EXPECT_FALSE(QFileInfo::exists(m_path + QLatin1String(Vault::RekeySuffix)));
}

TEST_F(KeyChangeTest, AChangeStoppedAfterTheCopyTookItsPlaceIsFinishedAtOpen)
{
    stopAfterTheRename();
    auto dpo = open("dpo", DpoPass);
    ASSERT_TRUE(dpo);
    EXPECT_EQ(dpo->keyChangeRecovery(), Vault::KeyChangeRecovery::Finished);
    EXPECT_FALSE(dpo->keyChangePending());
    EXPECT_EQ(marks(*dpo), 500);
    dpo.reset();
    auto reread = KeyFile::load(keys());
    ASSERT_OK(reread);
    EXPECT_FALSE(reread->keyChangePending());
    EXPECT_EQ(reread->keyGeneration(), 1);
}

TEST_F(KeyChangeTest, AReadOnlyOpenUsesWhicheverKeyOpensAndWritesNothing)
{
    const QByteArray pendingKeyFile = stopAfterTheRename();
    ASSERT_FALSE(pendingKeyFile.isEmpty());
    auto reader = Vault::open(m_path, QStringLiteral("clerk"), secret(ClerkPass), VaultOpenOptions{.readOnly = true, .verify = {}});
    ASSERT_OK(reader);
    EXPECT_EQ(marks(**reader), 500);
    EXPECT_EQ(readAll(keys()), pendingKeyFile) << "a read-only open rewrote the key file";
}

// A reset gives a new key pair; one's own change keeps it, or replaces it
// when asked (a pair made under a password someone else chose), and the
// vault signs with the new key at once.
TEST_F(KeyChangeTest, AResetGivesANewKeyPairAndAnOwnChangeWhenAsked)
{
    auto admin = open("admin", AdminPass);
    ASSERT_TRUE(admin);
    const QByteArray adminKey = admin->keyFile().slotFor(QStringLiteral("admin"))->publicKey;
    const QByteArray clerkKey = admin->keyFile().slotFor(QStringLiteral("clerk"))->publicKey;
    ASSERT_OK(admin->changePassword(QStringLiteral("admin"), secret("Another-Admin-Pass-2026"), fastKdf()));
    EXPECT_EQ(admin->keyFile().slotFor(QStringLiteral("admin"))->publicKey, adminKey);
    ASSERT_OK(admin->changePassword(QStringLiteral("admin"), secret("Yet-Another-Admin-2026"), fastKdf(), {}, false, true));
    ASSERT_OK(admin->changePassword(QStringLiteral("clerk"), secret("Temporary-Clerk-Pass-2026"), fastKdf()));
    const QByteArray renewed = admin->keyFile().slotFor(QStringLiteral("admin"))->publicKey;
    EXPECT_NE(renewed, adminKey);
    EXPECT_EQ(admin->publicKey(), renewed);
    EXPECT_EQ(admin->keyFile().slotFor(QStringLiteral("admin"))->serial, 3);
    const QByteArray message("signed after the change");
    const QByteArray signature = admin->sign(message);
    EXPECT_EQ(crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                          reinterpret_cast<const unsigned char *>(message.constData()),
                                          static_cast<unsigned long long>(message.size()),
                                          reinterpret_cast<const unsigned char *>(renewed.constData())),
              0);
    EXPECT_NE(admin->keyFile().slotFor(QStringLiteral("clerk"))->publicKey, clerkKey);
    EXPECT_FALSE(admin->keyChangePending()) << "a plain reset does not change the vault key";
    ASSERT_OK(admin->changePassword(QStringLiteral("clerk"), secret("Third-Clerk-Pass-2026"), fastKdf(), {}, true));
    EXPECT_TRUE(admin->keyChangePending()) << "a reset that revokes the old password changes the vault key";
    ASSERT_OK(admin->completeKeyChange());
    admin.reset();
    EXPECT_TRUE(open("clerk", "Third-Clerk-Pass-2026"));
}

// Sealed keys carry no signature of who sealed them, but each opens only
// with its own slot's key pair: swapped between slots (the file's checksum
// made right again), both refuse, as damage.
TEST_F(KeyChangeTest, ASwappedSealedKeyIsReportedAsDamage)
{
    QJsonObject json = QJsonDocument::fromJson(readAll(keys())).object();
    QJsonArray slots = json.value(QStringLiteral("slots")).toArray();
    ASSERT_EQ(slots.size(), 3);
    QJsonObject first = slots[0].toObject();
    QJsonObject second = slots[1].toObject();
    const QJsonValue sealed = first.value(QStringLiteral("sealed"));
    first.insert(QStringLiteral("sealed"), second.value(QStringLiteral("sealed")));
    second.insert(QStringLiteral("sealed"), sealed);
    slots[0] = first;
    slots[1] = second;
    json.insert(QStringLiteral("slots"), slots);
    ASSERT_TRUE(writeAll(keys(), keyFileWithChecksum(json)));
    ASSERT_OK(KeyFile::load(keys()));
    auto refused = Vault::open(m_path, QStringLiteral("admin"), secret(AdminPass));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::KeyFileCorrupt);
}

// Someone who can write the key file but holds no key cannot slip in a
// next key of their choosing: without its MAC the file is refused, and with
// a MAC they could not compute the slot is.
TEST_F(KeyChangeTest, ANextKeyFromOutsideIsRefused)
{
    QJsonObject json = QJsonDocument::fromJson(readAll(keys())).object();
    unsigned char chosen[32];
    randombytes_buf(chosen, sizeof chosen);
    QJsonArray slots = json.value(QStringLiteral("slots")).toArray();
    for (qsizetype i = 0; i < slots.size(); ++i) {
        QJsonObject slot = slots[i].toObject();
        const QByteArray edPublic = QByteArray::fromBase64(slot.value(QStringLiteral("public")).toString().toLatin1());
        unsigned char xPublic[crypto_box_PUBLICKEYBYTES];
        ASSERT_EQ(crypto_sign_ed25519_pk_to_curve25519(xPublic, reinterpret_cast<const unsigned char *>(edPublic.constData())), 0);
        QByteArray sealed(32 + crypto_box_SEALBYTES, '\0');
        crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), chosen, sizeof chosen, xPublic);
        slot.insert(QStringLiteral("next"), QString::fromLatin1(sealed.toBase64()));
        slots[i] = slot;
    }
    json.insert(QStringLiteral("slots"), slots);
    ASSERT_TRUE(writeAll(keys(), keyFileWithChecksum(json)));
    auto noMac = Vault::open(m_path, QStringLiteral("admin"), secret(AdminPass));
    ASSERT_FALSE(noMac.ok());
    EXPECT_EQ(noMac.error().code, ErrorCode::KeyFileCorrupt);

    QJsonObject info = json.value(QStringLiteral("info")).toObject();
    info.insert(QStringLiteral("next_mac"), QString::fromLatin1(QByteArray(32, 'm').toBase64()));
    json.insert(QStringLiteral("info"), info);
    ASSERT_TRUE(writeAll(keys(), keyFileWithChecksum(json)));
    auto forged = Vault::open(m_path, QStringLiteral("admin"), secret(AdminPass));
    ASSERT_FALSE(forged.ok());
    EXPECT_EQ(forged.error().code, ErrorCode::KeyFileCorrupt);
    EXPECT_EQ(forged.error().detail, QStringLiteral("next key MAC mismatch"));
}

// A revocation while another change is pending draws a new next key: the
// pending one was sealed to the slot being revoked too.
TEST_F(KeyChangeTest, ARevocationNeverReusesAPendingKey)
{
    QByteArray clerksCopy;
    {
        auto admin = open("admin", AdminPass);
        ASSERT_TRUE(admin);
        ASSERT_OK(admin->beginKeyChange());
        clerksCopy = readAll(keys()); // the next key is sealed to the clerk here
        ASSERT_OK(admin->removeSlot(QStringLiteral("clerk"), {}, true));
        ASSERT_OK(admin->completeKeyChange());
    }
    const QString stolen = m_dir.filePath(QStringLiteral("stolen.habeas"));
    ASSERT_TRUE(QFile::copy(m_path, stolen));
    ASSERT_TRUE(writeAll(VaultPaths::of(stolen).keys, clerksCopy));
    auto refused = Vault::open(stolen, QStringLiteral("clerk"), secret(ClerkPass), VaultOpenOptions{.readOnly = true, .verify = {}});
    ASSERT_FALSE(refused.ok()) << "the revoked clerk's copy of the pending key opens the vault";
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
}
