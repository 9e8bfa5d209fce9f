// Accounts and roles: the permission matrix cell by cell, the password
// policy and its renewal, slowed-down retries, and locking.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/SessionStorage.h"
#include "core/accounts/AccountService.h"
#include "core/administration/VaultService.h"
#include "core/audit/AuditService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/settings/SettingsService.h"
#include "core/accounts/AccountRepository.h"
#include "core/vault/LoginThrottle.h"
#include "core/vault/Migrations.h"
#include "core/vault/Vault.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace habeas;
using namespace habeas::test;

namespace {


class AccountsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("office.habeas"));
        const auto created = createOfficeVault(m_path, QStringLiteral("Test"));
        ASSERT_OK(created);
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password), std::make_shared<FixedClock>(now));
        EXPECT_OK(session);
        return session.ok() ? std::move(session).value() : nullptr;
    }

    qint64 countAudit(Session &session, const QString &action)
    {
        QSqlQuery query(SessionStorage::vault(session).database());
        query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

// The matrix of docs/SECURITY.md, written out independently of the code.
TEST_F(AccountsTest, PermissionMatrixCellByCell)
{
    using P = Permission;
    const std::map<P, std::array<bool, 3>> expected{
        // clerk, dpo, admin
        {P::ManageAccounts, {false, false, true}},
        {P::ManageSettings, {false, false, true}},
        {P::MakeBackups, {false, false, true}},
        {P::ViewAuditLog, {false, true, true}},
        {P::ViewRequests, {true, true, false}},
        {P::HandleRequests, {true, true, false}},
        {P::ViewIdentityDocuments, {true, true, false}},
        {P::ViewRegister, {true, true, false}},
        {P::ManageRegister, {false, true, false}},
        {P::ViewDeliberations, {true, true, false}},
        {P::ManageDeliberations, {false, true, false}},
        {P::SetCaseRetention, {false, true, false}},
        {P::AnonymiseCases, {false, true, true}},
        {P::ManageLetterTemplates, {false, true, false}},
        {P::ChangeOwnPassword, {true, true, true}},
    };
    ASSERT_EQ(expected.size(), AllPermissions.size());
    const std::array<std::pair<QString, QString>, 3> people{
        {{QStringLiteral("clerk"), ClerkPassword}, {QStringLiteral("dpo"), DpoPassword},
         {QStringLiteral("admin"), AdminPassword}}};
    for (std::size_t r = 0; r < people.size(); ++r) {
        auto session = signIn(people[r].first, people[r].second);
        ASSERT_TRUE(session);
        for (const auto &[permission, allowed] : expected) {
            SCOPED_TRACE(qPrintable(people[r].first + u' ' + permissionKey(permission)));
            EXPECT_EQ(roleAllows(session->role(), permission), allowed[r]);
            const qint64 deniedBefore = countAudit(*session, QStringLiteral("permission.denied"));
            const auto result = session->require(permission, QStringLiteral("test"), QStringLiteral("1"));
            EXPECT_EQ(result.ok(), allowed[r]);
            if (!allowed[r]) {
                EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied);
            }
            // Every refusal is audited, and only refusals.
            EXPECT_EQ(countAudit(*session, QStringLiteral("permission.denied")), deniedBefore + (allowed[r] ? 0 : 1));
        }
    }
}

TEST_F(AccountsTest, AccountServicesFollowTheMatrix)
{
    for (const auto &[login, password] : {std::pair{QStringLiteral("clerk"), ClerkPassword},
                                          std::pair{QStringLiteral("dpo"), DpoPassword}}) {
        auto session = signIn(login, password);
        ASSERT_TRUE(session);
        AccountService accounts(*session);
        EXPECT_EQ(accounts.list().error().code, ErrorCode::PermissionDenied) << qPrintable(login);
        EXPECT_EQ(accounts.add({QStringLiteral("x"), QStringLiteral("X Y"), Role::Clerk},
                               QStringLiteral("Some-Strong-Pass-1234"))
                      .error()
                      .code,
                  ErrorCode::PermissionDenied);
        EXPECT_EQ(accounts.disable(QStringLiteral("admin")).error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(accounts.enable(QStringLiteral("admin"), QStringLiteral("Some-Strong-Pass-1234")).error().code,
                  ErrorCode::PermissionDenied);
        EXPECT_EQ(accounts.resetPassword(QStringLiteral("admin"), QStringLiteral("Some-Strong-Pass-1234")).error().code,
                  ErrorCode::PermissionDenied);
        EXPECT_EQ(VaultService(*session).backup(m_dir.filePath(login + QStringLiteral("-copy"))).error().code,
                  ErrorCode::PermissionDenied);
        EXPECT_FALSE(QFile::exists(m_dir.filePath(login + QStringLiteral("-copy.habeas"))));
        SecuritySettings wanted = SettingsService(*session).current();
        wanted.idleLockMinutes = 1;
        EXPECT_EQ(SettingsService(*session).save(wanted).error().code, ErrorCode::PermissionDenied);
        EXPECT_EQ(session->settings().value(VaultSetting::IdleLockMinutes), 5);
    }
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    auto list = AccountService(*admin).list();
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->size(), 3u);
    ASSERT_TRUE(VaultService(*admin).backup(m_dir.filePath(QStringLiteral("copy"))).ok());
    SecuritySettings wanted = SettingsService(*admin).current();
    wanted.idleLockMinutes = 1;
    ASSERT_TRUE(SettingsService(*admin).save(wanted).ok());
    EXPECT_EQ(admin->settings().value(VaultSetting::IdleLockMinutes), 1);
    wanted.passwordMinimumLength = 4;
    EXPECT_EQ(SettingsService(*admin).save(wanted).error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(QFile::exists(m_dir.filePath(QStringLiteral("copy.habeas-audit-head"))));
}

TEST_F(AccountsTest, NewAccountMustChangeItsPasswordAtFirstLogin)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        ASSERT_TRUE(AccountService(*admin)
                        .add({QStringLiteral("nina"), QStringLiteral("Nina Rossi"), Role::Clerk},
                             QStringLiteral("Temporaire-Lundi-Matin-5"))
                        .ok());
        EXPECT_EQ(countAudit(*admin, QStringLiteral("account.create")), 1);
    }
    auto nina = signIn(QStringLiteral("nina"), QStringLiteral("Temporaire-Lundi-Matin-5"));
    ASSERT_TRUE(nina);
    EXPECT_EQ(nina->passwordChange(), PasswordChange::FirstLogin);
    // Nothing but the password change is allowed meanwhile.
    EXPECT_FALSE(nina->require(Permission::ViewRequests).ok());
    EXPECT_EQ(nina->changeOwnPassword(SecureBytes::fromText(QStringLiteral("Temporaire-Lundi-Matin-5")),
                                      QStringLiteral("short"))
                  .error()
                  .code,
              ErrorCode::PasswordRejected);
    EXPECT_EQ(nina->changeOwnPassword(SecureBytes::fromText(QStringLiteral("wrong")), QStringLiteral("Vent-Du-Large-Rocher-31"))
                  .error()
                  .code,
              ErrorCode::WrongPassword);
    ASSERT_TRUE(nina->changeOwnPassword(SecureBytes::fromText(QStringLiteral("Temporaire-Lundi-Matin-5")),
                                        QStringLiteral("Vent-Du-Large-Rocher-31"))
                    .ok());
    EXPECT_FALSE(nina->passwordChangeRequired());
    EXPECT_TRUE(nina->require(Permission::ViewRequests).ok());
    nina.reset();
    auto again = signIn(QStringLiteral("nina"), QStringLiteral("Vent-Du-Large-Rocher-31"));
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->passwordChangeRequired());
}

TEST_F(AccountsTest, PasswordRenewalPeriodForcesAChange)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        auto early = signIn(QStringLiteral("clerk"), ClerkPassword, now.addDays(179));
        ASSERT_TRUE(early);
        EXPECT_EQ(early->passwordChange(), PasswordChange::NotRequired);
    }
    {
        auto late = signIn(QStringLiteral("clerk"), ClerkPassword, now.addDays(181));
        ASSERT_TRUE(late);
        EXPECT_EQ(late->passwordChange(), PasswordChange::Expired);
        EXPECT_FALSE(late->can(Permission::HandleRequests));
    }
    {
        // The administrator sets a shorter period; it applies at once.
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        ASSERT_TRUE(admin->settings().setValue(VaultSetting::PasswordRenewalDays, 30).ok());
    }
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, now.addDays(31));
    ASSERT_TRUE(clerk);
    EXPECT_EQ(clerk->passwordChange(), PasswordChange::Expired);
}

TEST_F(AccountsTest, DisabledAccountLosesItsSlotAndIsReEnabledWithANewPassword)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        AccountService accounts(*admin);
        EXPECT_EQ(accounts.disable(QStringLiteral("admin")).error().code, ErrorCode::InvalidArgument);
        ASSERT_TRUE(accounts.disable(QStringLiteral("clerk")).ok());
        EXPECT_FALSE(SessionStorage::vault(*admin).keyFile().hasSlot(QStringLiteral("clerk")));
    }
    // The file itself no longer lets the clerk's password unwrap the key.
    auto keys = KeyFile::load(VaultPaths::of(m_path).keys);
    ASSERT_TRUE(keys.ok());
    EXPECT_FALSE(keys->hasSlot(QStringLiteral("clerk")));
    EXPECT_TRUE(keys->isDisabled(QStringLiteral("clerk")));
    auto refused = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::AccountDisabled);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("clerk"))) << "names the account";
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        AccountService accounts(*admin);
        EXPECT_EQ(accounts.enable(QStringLiteral("clerk"), QStringLiteral("weak")).error().code, ErrorCode::PasswordRejected);
        ASSERT_TRUE(accounts.enable(QStringLiteral("clerk"), QStringLiteral("Retour-Au-Bureau-Lundi-4")).ok());
        EXPECT_EQ(countAudit(*admin, QStringLiteral("account.disable")), 1);
        EXPECT_EQ(countAudit(*admin, QStringLiteral("account.enable")), 1);
    }
    EXPECT_FALSE(Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword)).ok());
    auto clerk = signIn(QStringLiteral("clerk"), QStringLiteral("Retour-Au-Bureau-Lundi-4"));
    ASSERT_TRUE(clerk);
    EXPECT_FALSE(SessionStorage::vault(*clerk).keyFile().isDisabled(QStringLiteral("clerk")));
    EXPECT_EQ(clerk->passwordChange(), PasswordChange::FirstLogin);
}

TEST_F(AccountsTest, AFailedAuditEntryUndoesTheAccountChange)
{
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    const QByteArray keysBefore = readAll(VaultPaths::of(m_path).keys);
    // Make the audit log refuse new entries, then try to add an account.
    QSqlQuery query(SessionStorage::vault(*admin).database());
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log"
                                          " BEGIN SELECT RAISE(ABORT, 'no'); END")));
    auto added = AccountService(*admin).add({QStringLiteral("zoe"), QStringLiteral("Zoé Lambert"), Role::Clerk},
                                            QStringLiteral("Plage-Du-Larvotto-Ete-12"));
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(readAll(VaultPaths::of(m_path).keys), keysBefore);
    EXPECT_FALSE(SessionStorage::vault(*admin).keyFile().hasSlot(QStringLiteral("zoe")));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM accounts WHERE login = 'zoe'")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(AccountsTest, PasswordResetReplacesTheSlotAndForcesAChange)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        ASSERT_TRUE(AccountService(*admin).resetPassword(QStringLiteral("clerk"), QStringLiteral("Remise-A-Zero-Jeudi-9")).ok());
    }
    auto old = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::WrongPassword);
    auto clerk = signIn(QStringLiteral("clerk"), QStringLiteral("Remise-A-Zero-Jeudi-9"));
    ASSERT_TRUE(clerk);
    EXPECT_EQ(clerk->passwordChange(), PasswordChange::FirstLogin);
}

TEST_F(AccountsTest, PolicyExplainsWhyAPasswordIsRefused)
{
    const auto problems = [](const QString &password, const QString &login = QStringLiteral("jdupont"),
                             const QString &name = QStringLiteral("Jean Dupont")) {
        return PasswordPolicy::assess(password, login, name).problems.join(u' ');
    };
    EXPECT_TRUE(problems(QStringLiteral("Short-1")).contains(QStringLiteral("at least 12 characters")));
    EXPECT_TRUE(problems(QStringLiteral("jdupont-Rocher-Azur-77")).contains(QStringLiteral("login")));
    EXPECT_TRUE(problems(QStringLiteral("Dupont-Rocher-Azur-77")).contains(QStringLiteral("name")));
    // Accents and case do not hide the name.
    EXPECT_TRUE(problems(QStringLiteral("helene-Vigie-Port-2026"), QStringLiteral("hg"), QStringLiteral("Hélène Gastaud"))
                    .contains(QStringLiteral("name")));
    const QString guessable = problems(QStringLiteral("password123456"));
    EXPECT_TRUE(guessable.contains(QStringLiteral("too easy to guess"))) << qPrintable(guessable);
    EXPECT_TRUE(guessable.contains(QStringLiteral("common words"))) << qPrintable(guessable);
    EXPECT_TRUE(problems(QStringLiteral("abcdefghijklmnopq")).contains(QStringLiteral("keyboard pattern")));
    const PasswordAssessment strong = PasswordPolicy::assess(QStringLiteral("Rampe-Major-Ciel-42"), QStringLiteral("x"), {});
    EXPECT_TRUE(strong.acceptable()) << qPrintable(strong.problems.join(u' '));
    EXPECT_GE(strong.strength, 3);
}

TEST_F(AccountsTest, DemoPasswordsMeetThePolicy)
{
    for (const auto &[login, name, password] :
         {std::tuple{"admin", "Camille Bernardi", "Rocher-Azur-1297"}, std::tuple{"dpo", "Hélène Gastaud", "Palais-Vigie-4471"},
          std::tuple{"clerk", "Julien Pastor", "Guichet-Mimosa-3385"}}) {
        const PasswordAssessment a = PasswordPolicy::assess(QString::fromUtf8(password), QString::fromUtf8(login),
                                                            QString::fromUtf8(name));
        EXPECT_TRUE(a.acceptable()) << login << ' ' << qPrintable(a.problems.join(u' '));
    }
}

TEST_F(AccountsTest, RetriesSlowDownAndTheDelayOutlivesARestart)
{
    EXPECT_EQ(LoginThrottle::delayAfter(3), 0);
    EXPECT_EQ(LoginThrottle::delayAfter(4), 2);
    EXPECT_EQ(LoginThrottle::delayAfter(5), 4);
    EXPECT_EQ(LoginThrottle::delayAfter(50), LoginThrottle::MaximumDelaySeconds);
    for (int i = 0; i < 4; ++i) {
        auto attempt = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(QStringLiteral("guess")));
        ASSERT_FALSE(attempt.ok());
        EXPECT_EQ(attempt.error().code, ErrorCode::WrongPassword) << i;
    }
    // The fifth attempt, even with the right password, must wait.
    auto throttled = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(throttled.ok());
    EXPECT_EQ(throttled.error().code, ErrorCode::Throttled);
    // Says how long to wait.
    EXPECT_TRUE(throttled.error().detail.startsWith(QStringLiteral("wait "))) << throttled.error().detail.toStdString();
    // Other accounts are not slowed down by it.
    EXPECT_TRUE(signIn(QStringLiteral("dpo"), DpoPassword));
    // What a restarted program reads from the file.
    LoginThrottle reloaded(VaultPaths::of(m_path).database);
    auto tagFile = KeyFile::load(VaultPaths::of(m_path).keys);
    ASSERT_TRUE(tagFile.ok());
    const QByteArray tag = tagFile->tagFor(QStringLiteral("clerk"));
    EXPECT_EQ(reloaded.failures(tag), 4);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_GT(reloaded.secondsUntilAllowed(tag, now), 0);
    EXPECT_EQ(reloaded.secondsUntilAllowed(tag, now.addSecs(3)), 0);
}

TEST_F(AccountsTest, FailedLoginsReachTheAuditLogWithoutPasswords)
{
    ASSERT_FALSE(Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(QStringLiteral("guess-one"))).ok());
    ASSERT_FALSE(Session::login(m_path, QStringLiteral("nobody"), SecureBytes::fromText(QStringLiteral("guess-two"))).ok());
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    QSqlQuery query(SessionStorage::vault(*admin).database());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT account, object_id, detail FROM audit_log WHERE action = 'login.failed' ORDER BY seq")));
    QStringList accounts;
    while (query.next()) {
        // Recorded and signed by the person who signed in next.
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("admin"));
        accounts << query.value(1).toString();
        EXPECT_FALSE(query.value(2).toString().contains(QStringLiteral("guess")));
    }
    EXPECT_EQ(accounts, (QStringList{QStringLiteral("clerk"), QStringLiteral("?")}));
    // Written once: the queue is emptied.
    admin.reset();
    admin = signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(countAudit(*admin, QStringLiteral("login.failed")), 2);
}

TEST_F(AccountsTest, LockWipesTheKeyAndUnlockNeedsThePassword)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    clerk->lock();
    EXPECT_TRUE(clerk->isLocked());
    EXPECT_TRUE(SessionStorage::vault(*clerk).keyWiped());
    QSqlQuery query(SessionStorage::vault(*clerk).database());
    EXPECT_FALSE(query.exec(QStringLiteral("SELECT count(*) FROM accounts")));
    EXPECT_FALSE(clerk->require(Permission::ViewRequests).ok());
    // The vault stays reserved while locked.
    auto other = Session::login(m_path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::Locked);
    auto wrong = clerk->unlock(SecureBytes::fromText(QStringLiteral("nope")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongPassword);
    EXPECT_TRUE(clerk->isLocked());
    ASSERT_TRUE(clerk->unlock(SecureBytes::fromText(ClerkPassword)).ok());
    EXPECT_FALSE(clerk->isLocked());
    EXPECT_FALSE(SessionStorage::vault(*clerk).keyWiped());
    QSqlQuery again(SessionStorage::vault(*clerk).database());
    ASSERT_TRUE(again.exec(QStringLiteral("SELECT count(*) FROM accounts")) && again.next());
    EXPECT_EQ(again.value(0).toInt(), 3);
    EXPECT_EQ(countAudit(*clerk, QStringLiteral("lock")), 1);
    EXPECT_EQ(countAudit(*clerk, QStringLiteral("unlock")), 1);
    EXPECT_EQ(countAudit(*clerk, QStringLiteral("login.failed")), 1); // the wrong unlock
}

// A backup is recorded once it exists: a refused one leaves no entry, a
// made one leaves exactly one, naming the head written beside the copy.
TEST_F(AccountsTest, ABackupIsRecordedOnlyOnceItExists)
{
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    const QString taken = m_dir.filePath(QStringLiteral("taken.habeas"));
    ASSERT_TRUE(writeAll(taken, "already here"));
    EXPECT_EQ(VaultService(*admin).backup(taken).error().code, ErrorCode::AlreadyExists);
    EXPECT_EQ(countAudit(*admin, QStringLiteral("backup.create")), 0) << "a backup that was not made is not recorded";

    const QString copy = m_dir.filePath(QStringLiteral("kept"));
    ASSERT_OK(VaultService(*admin).backup(copy));
    EXPECT_EQ(countAudit(*admin, QStringLiteral("backup.create")), 1);
    auto head = AuditService::readHead(m_dir.filePath(QStringLiteral("kept.habeas-audit-head")));
    ASSERT_OK(head);
    auto latest = AuditService(*admin).latest(1);
    ASSERT_OK(latest);
    EXPECT_EQ(latest->front().action, QStringLiteral("backup.create"));
    EXPECT_EQ(latest->front().detail, QStringLiteral("head %1").arg(head->seq));
    EXPECT_EQ(latest->front().seq, head->seq + 1);
}

// What a process stopped between the key file and the commit leaves behind,
// one state per step of each account change, is put right at the next
// sign-in, audited, and the account can be managed again.
TEST_F(AccountsTest, AccountsAndSlotsLeftApartAreRepairedAtSignIn)
{
    const auto repairs = [&](Session &session) {
        QSqlQuery query(SessionStorage::database(session));
        query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.repair'"));
        return query.next() ? query.value(0).toInt() : -1;
    };
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        Vault &vault = SessionStorage::vault(*admin);
        // An add stopped after the key file: a slot, no row.
        ASSERT_OK(vault.addSlot(QStringLiteral("zoe"), SecureBytes::fromText(QStringLiteral("Zoe-Temporary-2026")),
                                KdfParams::fastForTests()));
        // A disable stopped after the key file: an enabled row, no slot.
        ASSERT_OK(vault.removeSlot(QStringLiteral("dpo")));
        ASSERT_OK(vault.completeKeyChange());
        // A reset stopped after the key file: the slot has a new key pair
        // that no administrator's grant signed.
        ASSERT_OK(vault.changePassword(QStringLiteral("clerk"), SecureBytes::fromText(QStringLiteral("Clerk-Temporary-2026")),
                                       KdfParams::fastForTests()));
        // One's own change stopped there: same key pair, newer password.
        ASSERT_OK(vault.changePassword(QStringLiteral("admin"), SecureBytes::fromText(QStringLiteral("Corniche-Renewed-2026")),
                                       KdfParams::fastForTests()));
    }
    const QString adminPassword = QStringLiteral("Corniche-Renewed-2026");
    auto admin = signIn(QStringLiteral("admin"), adminPassword);
    EXPECT_EQ(repairs(*admin), 4);
    Vault &vault = SessionStorage::vault(*admin);
    EXPECT_FALSE(vault.keyFile().hasSlot(QStringLiteral("zoe")));
    EXPECT_FALSE(vault.keyFile().hasSlot(QStringLiteral("clerk"))) << "a key nobody signed is not kept";
    EXPECT_FALSE(vault.keyChangePending()) << "the removed slots' key was changed";
    AccountRepository rows(SessionStorage::database(*admin));
    for (const char *login : {"dpo", "clerk"}) {
        auto row = rows.find(QString::fromLatin1(login));
        ASSERT_OK(row);
        EXPECT_TRUE((*row)->disabled) << login;
    }
    auto own = rows.find(QStringLiteral("admin"));
    ASSERT_OK(own);
    EXPECT_TRUE((*own)->mustChangePassword);
    EXPECT_EQ((*own)->keySerial, 2);
    ASSERT_OK(admin->changeOwnPassword(SecureBytes::fromText(adminPassword), QStringLiteral("Corniche-Renewed-Again-2026")));
    // Each can be managed again: zoe added, the DPO and the clerk enabled.
    AccountService accounts(*admin);
    EXPECT_OK(accounts.add({QStringLiteral("zoe"), QStringLiteral("Zoé Martin"), Role::Clerk}, QStringLiteral("Vallon-Fontvieille-88")));
    EXPECT_OK(accounts.enable(QStringLiteral("dpo"), QStringLiteral("Corniche-Larvotto-61")));
    EXPECT_OK(accounts.enable(QStringLiteral("clerk"), QStringLiteral("Tamaris-Bruine-Port-47")));
    admin.reset();
    // Nothing left to repair.
    auto again = signIn(QStringLiteral("admin"), QStringLiteral("Corniche-Renewed-Again-2026"));
    EXPECT_EQ(repairs(*again), 4);
    again.reset();
    auto signedIn = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(QStringLiteral("Tamaris-Bruine-Port-47")));
    ASSERT_OK(signedIn);
    EXPECT_TRUE((*signedIn)->passwordChangeRequired());
}

// Someone holding the database key (any account's password yields it)
// edits the accounts table: the sign-in compares the row with the grant an
// administrator signed and refuses it.
TEST_F(AccountsTest, RolesEditedInTheDatabaseAreRefusedAtSignIn)
{
    {
        auto clerk = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        QSqlQuery query((*clerk)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET role = 'admin' WHERE login = 'clerk'")));
    }
    auto refused = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(refused.error().detail.startsWith(QStringLiteral("role differs"))) << qPrintable(refused.error().detail);
    // Put back as the administrator signed it, the row is accepted again.
    {
        auto clerk = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        QSqlQuery query((*clerk)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET role = 'clerk' WHERE login = 'clerk'")));
    }
    EXPECT_OK(Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword)));
}

// The edited row is not signed again by an administrator's next action on
// the account (a reset would otherwise grant the role the clerk gave
// themselves).
TEST_F(AccountsTest, AnAdministratorsResetDoesNotSignAnEditedRole)
{
    {
        auto clerk = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        QSqlQuery query((*clerk)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET role = 'admin' WHERE login = 'clerk'")));
    }
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    auto reset = AccountService(*admin).resetPassword(QStringLiteral("clerk"), QStringLiteral("Vallon-Sainte-Devote-58"));
    ASSERT_FALSE(reset.ok());
    EXPECT_EQ(reset.error().code, ErrorCode::DatabaseCorrupt);
    auto grant = AuditLog::of(SessionStorage::vault(*admin)).currentGrant(QStringLiteral("clerk"));
    ASSERT_OK(grant);
    EXPECT_EQ(grant->role, QStringLiteral("clerk"));
}

TEST_F(AccountsTest, ADisabledColleagueCannotBeReEnabledFromOutside)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_OK(AccountService(*admin).disable(QStringLiteral("dpo")));
    }
    // The clerk re-enables the DPO's row and gives the DPO's login a slot
    // with a password of their choosing, sealed with the database key.
    {
        auto clerk = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        QSqlQuery query((*clerk)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET disabled = 0 WHERE login = 'dpo'")));
        ASSERT_OK((*clerk)->addSlot(QStringLiteral("dpo"), SecureBytes::fromText(QStringLiteral("Chosen-By-The-Clerk-1")),
                                    KdfParams::fastForTests()));
    }
    auto refused = Session::login(m_path, QStringLiteral("dpo"), SecureBytes::fromText(QStringLiteral("Chosen-By-The-Clerk-1")));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(refused.error().detail.startsWith(QStringLiteral("key differs"))) << qPrintable(refused.error().detail);
}

// A disabled row that kept its slot (the key file was put back after a
// failed commit, then that failed too) loses the slot at the next sign-in,
// and the vault key changes.
TEST_F(AccountsTest, ADisabledAccountThatKeptItsSlotLosesIt)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_OK(AccountRepository(SessionStorage::database(*admin)).setDisabled(QStringLiteral("clerk"), true));
    }
    const QByteArray before = [&] {
        auto admin = Vault::open(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        return admin ? (*admin)->rawKeyForProof().view().toByteArray() : QByteArray();
    }();
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_FALSE(SessionStorage::vault(*admin).keyFile().hasSlot(QStringLiteral("clerk")));
    EXPECT_TRUE(SessionStorage::vault(*admin).keyFile().isDisabled(QStringLiteral("clerk")));
    EXPECT_NE(SessionStorage::vault(*admin).rawKeyForProof().view().toByteArray(), before);
}

// Someone with the database key takes back an administrator's reset: the
// old key file put back, the reset's grant deleted from the middle of the
// log with the guard dropped and restored exactly. The old grant would
// match the old key again; the sign-in walks the log since the account's
// previous sign-in and finds the gap.
TEST_F(AccountsTest, AGrantDeletedFromTheMiddleOfTheLogIsFoundAtSignIn)
{
    signIn(QStringLiteral("clerk"), ClerkPassword); // leaves the clerk's checkpoint
    const QString keys = VaultPaths::of(m_path).keys;
    QFile oldKeys(keys);
    ASSERT_TRUE(oldKeys.open(QIODevice::ReadOnly));
    const QByteArray before = oldKeys.readAll();
    oldKeys.close();
    qint64 reset = 0;
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_OK(AccountService(*admin).resetPassword(QStringLiteral("clerk"), QStringLiteral("Vallon-Sainte-Devote-58")));
        auto grant = AuditLog::of(SessionStorage::vault(*admin)).currentGrant(QStringLiteral("clerk"));
        ASSERT_OK(grant);
        reset = grant->seq;
        // The administrator goes on working: entries after the reset.
        ASSERT_OK(admin->settings().setValue(VaultSetting::PasswordRenewalDays, 90));
    }
    {
        auto insider = Vault::open(m_path, QStringLiteral("dpo"), SecureBytes::fromText(DpoPassword));
        ASSERT_OK(insider);
        QSqlQuery query((*insider)->database());
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(reset)));
        for (const GuardTrigger &guard : Migrations::guardTriggers()) {
            if (guard.name == QLatin1String("audit_log_no_delete")) {
                ASSERT_TRUE(query.exec(guard.sql)) << qPrintable(query.lastError().text());
            }
        }
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE accounts SET must_change_password = 0 WHERE login = 'clerk'")));
    }
    QFile restored(keys);
    ASSERT_TRUE(restored.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(restored.write(before), before.size());
    restored.close();
    // Without the walk, the old grant matches the old key again.
    auto vault = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_OK(vault);
    EXPECT_OK(AuditLog::of(**vault).currentGrant(QStringLiteral("clerk")));
    vault->reset();
    auto refused = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_EQ(refused.error().detail, QStringLiteral("entry missing")) << qPrintable(refused.error().detail);
}

// One's own new key pair keeps the checkpoint: signed again with the new
// key, so the next sign-in walks only what came since.
TEST_F(AccountsTest, AnOwnNewKeyPairCarriesTheCheckpoint)
{
    {
        auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
        ASSERT_TRUE(clerk);
        ASSERT_OK(clerk->changeOwnPassword(SecureBytes::fromText(ClerkPassword), QStringLiteral("Quai-Antoine-Second-93")));
    }
    auto vault = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(QStringLiteral("Quai-Antoine-Second-93")));
    ASSERT_OK(vault);
    const AuditLog log = AuditLog::of(**vault);
    auto grant = log.currentGrant(QStringLiteral("clerk"));
    ASSERT_OK(grant);
    ASSERT_EQ(grant->grantedBy, QStringLiteral("clerk")) << "the change made a key pair of the clerk's own";
    auto head = log.head();
    ASSERT_OK(head);
    auto walked = log.verifySinceCheckpoint((*vault)->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_TRUE(walked->ok()) << qPrintable(walked->reason);
    // Only the entries written after the carried checkpoint (the case key
    // made at the change, at most), not the whole log.
    EXPECT_LT(walked->entries, 3);
    EXPECT_GT(head->seq, 8);
}

// An account an administrator creates gets its first checkpoint from the
// administrator's walk: its first sign-in walks only what came since.
TEST_F(AccountsTest, ANewAccountsFirstSignInStartsFromItsCreation)
{
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        // A log with some history before the new account.
        for (int i = 0; i < 20; ++i)
            ASSERT_OK(admin->record(AuditAction::SettingsChange, QStringLiteral("settings")));
        ASSERT_OK(AccountService(*admin).add({QStringLiteral("zoe"), QStringLiteral("Zoé Martin"), Role::Clerk},
                                             QStringLiteral("Vallon-Fontvieille-88")));
    }
    auto vault = Vault::open(m_path, QStringLiteral("zoe"), SecureBytes::fromText(QStringLiteral("Vallon-Fontvieille-88")));
    ASSERT_OK(vault);
    const AuditLog log = AuditLog::of(**vault);
    auto head = log.head();
    ASSERT_OK(head);
    auto walked = log.verifySinceCheckpoint((*vault)->publicKey(), false);
    ASSERT_OK(walked);
    EXPECT_TRUE(walked->ok()) << qPrintable(walked->reason);
    // The administrator's sign-out may follow the creation; nothing else.
    EXPECT_LE(walked->entries, 1);
    EXPECT_GT(head->seq, 25);
}
