// Restores as the administrator makes them: the replaced vault is kept
// without its identity documents, and the cut in the audit history is
// recorded and explained.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/administration/VaultService.h"
#include "core/audit/AuditService.h"
#include "core/documents/DocumentRepository.h"
#include "core/requests/RequestService.h"
#include "core/vault/Vault.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/PageDecryptor.h"
#include "tests/support/TestSupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

class VaultServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("office.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(VaultServiceTest, ARestoreKeepsTheReplacedVaultWithoutItsIdentityDocumentsAndExplainsTheCut)
{
    // A backup, then work the backup does not have: a request with its
    // identity copy, and an exported head.
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    const QString backup = m_dir.filePath(QStringLiteral("monday"));
    ASSERT_OK(VaultService(*admin).backup(backup));
    admin.reset();
    const QByteArray marker = QByteArray("IDENTITY-COPY-MARKER-").repeated(400);
    QByteArray rawKey;
    {
        auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
        ASSERT_TRUE(clerk);
        NewRequest input;
        input.received = clerk->clock()->today();
        input.rights = {QStringLiteral("access")};
        input.requester.surname = QStringLiteral("Bianchi");
        auto request = RequestService(*clerk).create(input);
        ASSERT_OK(request);
        QSqlDatabase db = SessionStorage::database(*clerk);
        ASSERT_TRUE(db.transaction());
        ASSERT_OK(DocumentRepository(db).store({request->id, QStringLiteral("card"), marker, 10, 10,
                                                QStringLiteral("clerk"), {}, {}, QByteArray(72, 'k'), {}, {}}));
        ASSERT_TRUE(db.commit());
        rawKey = SessionStorage::vault(*clerk).rawKeyForProof().view().toByteArray();
    }
    AuditHead exported;
    {
        auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
        ASSERT_TRUE(dpo);
        auto head = AuditService(*dpo).exportHead(m_dir.filePath(QStringLiteral("head.json")));
        ASSERT_OK(head);
        exported = *head;
    }

    auto report = VaultService::restore(backup, m_path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(report);
    EXPECT_TRUE(report->warnings.isEmpty()) << report->warnings.join(u'\n').toStdString();
    ASSERT_FALSE(report->keptCopy.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(report->keptCopy));
    EXPECT_EQ(report->documentsDestroyed, 1);
    ASSERT_TRUE(report->replacedHead.has_value());
    EXPECT_GE(report->replacedHead->seq, exported.seq);

    // No trace of the copy in any file of the kept vault.
    const DecryptedFile keptDb = decryptDatabase(report->keptCopy, rawKey);
    ASSERT_TRUE(keptDb.readable);
    ASSERT_GT(keptDb.pages, 0);
    EXPECT_FALSE(keptDb.plaintext.contains(marker.left(64))) << "the kept vault still holds the identity copy";
    EXPECT_FALSE(decryptWal(report->keptCopy + QStringLiteral("-wal"), rawKey).plaintext.contains(marker.left(64)));

    // The restored vault says what was replaced, and an older head is
    // explained by it rather than reported as tampering.
    auto restored = signIn(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(restored);
    auto entries = AuditService(*restored).latest(5);
    ASSERT_OK(entries);
    auto restoreEntry = std::find_if(entries->begin(), entries->end(),
                                     [](const AuditEntry &e) { return e.action == QStringLiteral("backup.restore"); });
    ASSERT_NE(restoreEntry, entries->end());
    EXPECT_TRUE(restoreEntry->detail.startsWith(AuditLog::replacedHeadDetail(*report->replacedHead)))
        << restoreEntry->detail.toStdString();
    auto check = VaultService(*restored).check(*report->replacedHead);
    ASSERT_OK(check);
    EXPECT_TRUE(check->audit.ok()) << check->audit.reason.toStdString();
    EXPECT_EQ(check->audit.restoredOnUtc, restoreEntry->atUtc);
    EXPECT_FALSE(check->ok()) << "explained, not verified: not reported as a plain match";
    // The kept vault records its own cleaning.
    auto kept = Vault::open(report->keptCopy, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(kept);
    QSqlQuery destroyedEntries((*kept)->database());
    ASSERT_TRUE(destroyedEntries.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'document.destroy'"))
                && destroyedEntries.next());
    EXPECT_EQ(destroyedEntries.value(0).toInt(), 1);
    kept = Result<std::unique_ptr<Vault>>(makeError(ErrorCode::Internal, QString()));

    // A head that no restore names is still a broken history.
    AuditHead forged = *report->replacedHead;
    forged.hash = QByteArray(64, 'f');
    auto broken = VaultService(*restored).check(forged);
    ASSERT_OK(broken);
    EXPECT_FALSE(broken->audit.ok());
    EXPECT_TRUE(broken->audit.restoredOnUtc.isEmpty());
}

TEST_F(VaultServiceTest, ARestoreOverNoVaultKeepsNothing)
{
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    const QString backup = m_dir.filePath(QStringLiteral("copy"));
    ASSERT_OK(VaultService(*admin).backup(backup));
    admin.reset();
    const QString elsewhere = m_dir.filePath(QStringLiteral("new-place.habeas"));
    auto report = VaultService::restore(backup, elsewhere, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(report);
    EXPECT_TRUE(report->keptCopy.isEmpty());
    EXPECT_FALSE(report->replacedHead.has_value());
    EXPECT_TRUE(report->warnings.isEmpty());
    EXPECT_TRUE(QFileInfo::exists(elsewhere));
}

// Someone holding the database key makes themselves an administrator in a
// backup's accounts table: the restore reads the role as an administrator
// signed it, and refuses.
TEST_F(VaultServiceTest, ARoleEditedInABackupDoesNotAllowARestore)
{
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    const QString backup = m_dir.filePath(QStringLiteral("copy"));
    ASSERT_OK(VaultService(*admin).backup(backup));
    admin.reset();
    {
        auto clerk = Vault::open(backup, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        QSqlQuery query((*clerk)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET role = 'admin', must_change_password = 0"
                                              " WHERE login = 'clerk'")));
    }
    const QString elsewhere = m_dir.filePath(QStringLiteral("new-place.habeas"));
    auto refused = VaultService::restore(backup, elsewhere, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(refused.error().detail.startsWith(QStringLiteral("role differs"))) << qPrintable(refused.error().detail);
    EXPECT_FALSE(QFileInfo::exists(elsewhere));
}
