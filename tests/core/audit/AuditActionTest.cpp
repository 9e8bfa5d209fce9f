// Every action the log can hold has a stable key and a label in both
// languages, and every entry a real vault holds is one of them.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditAction.h"
#include "core/demo/DemoVault.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

// Installs the French catalogue for the scope of a test.
class French final {
public:
    French() { m_loaded = m_translator.load(QStringLiteral(":/i18n/habeas_fr")) && QCoreApplication::installTranslator(&m_translator); }
    ~French() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

QStringList actionsIn(Session &session)
{
    QSqlQuery query(SessionStorage::database(session));
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")));
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    return actions;
}

} // namespace

TEST(AuditActionTest, EveryActionHasOneStableKeyAndAnEnglishLabel)
{
    QSet<QString> keys;
    for (AuditAction action : AuditActions::all()) {
        const QString key = AuditActions::key(action);
        EXPECT_FALSE(key.isEmpty());
        EXPECT_FALSE(keys.contains(key)) << "duplicate key " << key.toStdString();
        keys.insert(key);
        EXPECT_EQ(AuditActions::fromKey(key), action) << key.toStdString();
        const QString label = AuditActions::label(action);
        EXPECT_FALSE(label.isEmpty()) << key.toStdString();
        EXPECT_NE(label, key) << "raw key shown for " << key.toStdString();
        EXPECT_EQ(AuditActions::labelForKey(key), label);
    }
    EXPECT_EQ(keys.size(), 53);
    // A key written by a newer Habeas is shown as it is, not dropped.
    EXPECT_FALSE(AuditActions::fromKey(QStringLiteral("register.print")).has_value());
    EXPECT_EQ(AuditActions::labelForKey(QStringLiteral("register.print")), QStringLiteral("register.print"));
}

TEST(AuditActionTest, EveryLabelIsTranslatedIntoFrench)
{
    QStringList english;
    for (AuditAction action : AuditActions::all())
        english << AuditActions::label(action);
    French french;
    ASSERT_TRUE(french.loaded());
    QSet<QString> seen;
    for (qsizetype index = 0; index < english.size(); ++index) {
        const QString label = AuditActions::label(AuditActions::all()[std::size_t(index)]);
        EXPECT_FALSE(label.isEmpty());
        EXPECT_NE(label, english.at(index)) << "untranslated: " << english.at(index).toStdString();
        EXPECT_FALSE(seen.contains(label)) << "two actions read alike: " << label.toStdString();
        seen.insert(label);
    }
}

TEST(AuditActionTest, TheDemoVaultLogHoldsOnlyLabelledActions)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.habeas"));
    ASSERT_OK(DemoVault::create(path, KeyDerivation::FastForTests));
    const DemoAccount &admin = DemoVault::accounts().front();
    auto session = Session::login(path, QString::fromUtf8(admin.login), SecureBytes::copyOf(admin.password));
    ASSERT_OK(session);
    const QStringList actions = actionsIn(**session);
    // Creation, accounts, sessions, requests, register and deliberations all wrote.
    for (AuditAction expected : {AuditAction::VaultCreate, AuditAction::AccountCreate, AuditAction::Login,
                                 AuditAction::RequestCreate, AuditAction::RequestTransition, AuditAction::RequestExtend,
                                 AuditAction::ProcessingCreate, AuditAction::DeliberationCreate})
        EXPECT_TRUE(actions.contains(AuditActions::key(expected))) << actions.join(u',').toStdString();
    for (const QString &key : actions)
        EXPECT_TRUE(AuditActions::fromKey(key).has_value()) << "no label for " << key.toStdString();
}

TEST(AuditActionTest, ObjectKindsReadAsWords)
{
    EXPECT_EQ(AuditActions::objectLabel(QStringLiteral("request")), QStringLiteral("Request"));
    EXPECT_EQ(AuditActions::objectLabel(QStringLiteral("audit-log")), QStringLiteral("Audit log"));
    EXPECT_EQ(AuditActions::objectLabel(QStringLiteral("letter")), QStringLiteral("letter"));
    French french;
    ASSERT_TRUE(french.loaded());
    EXPECT_EQ(AuditActions::objectLabel(QStringLiteral("request")), QStringLiteral("Demande"));
    EXPECT_EQ(AuditActions::objectLabel(QStringLiteral("processing")), QStringLiteral("Traitement"));
}
