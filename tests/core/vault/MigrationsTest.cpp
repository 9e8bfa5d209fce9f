// Schema migrations: ordered steps, one transaction each, a newer schema refused.

#include "tests/support/TestSupport.h"
#include "core/vault/Migrations.h"
#include "core/vault/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;

namespace {

constexpr const char *Base[] = {
    "CREATE TABLE habeas_meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE first (id INTEGER PRIMARY KEY)",
};
constexpr const char *Second[] = {
    "CREATE TABLE second (id INTEGER PRIMARY KEY)",
    "INSERT INTO first (id) VALUES (7)",
};
constexpr const char *Broken[] = {
    "CREATE TABLE third (id INTEGER PRIMARY KEY)",
    "INSERT INTO first (id) VALUES (8)",
    "THIS IS NOT SQL",
};

constexpr MigrationStep V1[] = {{1, Base}};
constexpr MigrationStep V2[] = {{1, Base}, {2, Second}};
constexpr MigrationStep V3Broken[] = {{1, Base}, {2, Second}, {3, Broken}};

class MigrationsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        SqlCipherDriver::registerDriver();
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), connection());
        static_cast<SqlCipherDriver *>(db.driver())->setKey(SecureBytes::random(32));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("m.db")));
        ASSERT_TRUE(db.open());
    }
    void TearDown() override
    {
        QSqlDatabase::database(connection(), false).close();
        QSqlDatabase::removeDatabase(connection());
    }
    static QString connection() { return QStringLiteral("migrations-test"); }
    static QSqlDatabase db() { return QSqlDatabase::database(connection(), false); }
    static bool hasTable(const char *name) { return db().tables().contains(QLatin1String(name)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(MigrationsTest, EmptyDatabaseIsVersionZero)
{
    auto version = Migrations::currentVersion(db());
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, 0);
}

TEST_F(MigrationsTest, StepsRunInOrderUpToTheLatest)
{
    QSqlDatabase database = db();
    auto first = Migrations::migrate(database, V1);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(*first, 1);
    EXPECT_FALSE(hasTable("second"));
    auto second = Migrations::migrate(database, V2);
    ASSERT_OK(second);
    EXPECT_EQ(*second, 2);
    EXPECT_TRUE(hasTable("second"));
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM first")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1); // step 2 ran once, not again
    auto again = Migrations::migrate(database, V2);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM first")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(MigrationsTest, AFailingStepLeavesThePreviousVersionWhole)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, V2).ok());
    auto broken = Migrations::migrate(database, V3Broken);
    ASSERT_FALSE(broken.ok());
    EXPECT_EQ(broken.error().code, ErrorCode::Sql);
    EXPECT_TRUE(broken.error().detail.startsWith(QStringLiteral("step 3: ")));
    EXPECT_TRUE(broken.error().detail.endsWith(QStringLiteral("; schema stays 2")));
    EXPECT_FALSE(hasTable("third"));
    auto version = Migrations::currentVersion(database);
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, 2);
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM first WHERE id = 8")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(MigrationsTest, NewerSchemaIsRefusedAndUntouched)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, V2).ok());
    auto older = Migrations::migrate(database, V1);
    ASSERT_FALSE(older.ok());
    EXPECT_EQ(older.error().code, ErrorCode::NewerVersion);
    EXPECT_TRUE(hasTable("second"));
}

TEST_F(MigrationsTest, TheRealStepsBuildTheBaseSchema)
{
    QSqlDatabase database = db();
    auto version = Migrations::migrate(database);
    ASSERT_TRUE(version.ok());
    EXPECT_EQ(*version, Migrations::latestVersion());
    for (const char *table : {"habeas_meta", "accounts", "settings", "audit_log"})
        EXPECT_TRUE(hasTable(table)) << table;
}

// Schema 16: each order of the request list has an index ending with the
// reference that breaks its ties (RequestServiceTest checks that SQLite
// pages with them), and the search's index holds the state and due date.
TEST_F(MigrationsTest, EveryRequestListOrderHasAnIndexEndingWithTheReference)
{
    QSqlDatabase database = db();
    // A vault of schema 16, taken back to the indexes of schema 15, with a
    // request, then upgraded through every later step.
    ASSERT_TRUE(Migrations::migrate(database, Migrations::steps().first(16)).ok());
    for (const char *sql :
         {"DROP INDEX requests_due", "DROP INDEX requests_state_due", "DROP INDEX requests_year",
          "DROP INDEX requests_surname", "CREATE INDEX requests_due ON requests (due_on)",
          "CREATE INDEX requests_state_due ON requests (state, due_on)",
          "CREATE INDEX requests_year ON requests (year, due_on)",
          "CREATE INDEX requests_surname_reference ON requests (surname_key, reference)",
          "INSERT INTO requests (reference, year, sequence, channel, received_on, first_due_on, due_on, state, surname,"
          " surname_key, language, created_at, updated_at) VALUES ('2026-0001', 2026, 1, 'post', '2026-01-05',"
          " '2026-02-05', '2026-02-05', 'received', 'Gastaud', 'gastaud', 'fr', '', '')",
          "UPDATE habeas_meta SET value = '15' WHERE key = 'schema_version'"}) {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql;
    }
    auto upgraded = Migrations::migrate(database);
    ASSERT_TRUE(upgraded.ok());
    EXPECT_EQ(*upgraded, Migrations::latestVersion());
    {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM requests")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1);
    }
    const auto columns = [&](const char *index) {
        QSqlQuery query(database);
        QStringList names;
        if (query.exec(QStringLiteral("PRAGMA index_info(%1)").arg(QLatin1String(index)))) {
            while (query.next())
                names << query.value(2).toString();
        }
        return names.join(u',');
    };
    EXPECT_EQ(columns("requests_due"), QStringLiteral("due_on,reference,state"));
    EXPECT_EQ(columns("requests_state_due"), QStringLiteral("state,due_on,reference"));
    EXPECT_EQ(columns("requests_year"), QStringLiteral("year,due_on,reference"));
    EXPECT_EQ(columns("requests_surname"), QStringLiteral("surname_key,reference,state,due_on"));
    for (const char *index : {"requests_received", "requests_state", "requests_channel", "requests_assignee"})
        EXPECT_TRUE(columns(index).endsWith(QStringLiteral(",reference"))) << index;
    EXPECT_TRUE(columns("requests_surname_reference").isEmpty()) << "replaced by requests_surname";
}

// Schema 18: a processing of an older vault keeps everything, and the
// register says nothing yet of whether its data must be given.
TEST_F(MigrationsTest, AnOlderProcessingStatesNothingOnMandatoryData)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, Migrations::steps().first(17)).ok());
    {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO processings (name, name_key, status, updated_at, data_source)"
                                              " VALUES ('Messagerie', 'messagerie', 'in-operation', '', 'La personne')")));
    }
    auto upgraded = Migrations::migrate(database);
    ASSERT_TRUE(upgraded.ok());
    EXPECT_EQ(*upgraded, Migrations::latestVersion());
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT name, data_source, data_mandatory, mandatory_reason FROM processings")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Messagerie"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("La personne"));
    EXPECT_TRUE(query.isNull(2));
    EXPECT_EQ(query.value(3).toString(), QString());
    // Only yes or no, or nothing.
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE processings SET data_mandatory = 2")));
}

// Schema 19: the register's history keeps values; entries written before
// stay, with none.
TEST_F(MigrationsTest, TheRegisterHistoryGainsValuesAndKeepsOlderEntries)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, Migrations::steps().first(18)).ok());
    for (const char *sql :
         {"INSERT INTO processings (id, name, name_key, status, updated_at) VALUES (1, 'Paie', 'paie', 'draft', '')",
          "INSERT INTO processing_history (processing_id, at_utc, account, fields) VALUES (1, '', 'dpo', 'name')"}) {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QString::fromLatin1(sql))) << sql;
    }
    auto upgraded = Migrations::migrate(database);
    ASSERT_TRUE(upgraded.ok());
    EXPECT_GE(*upgraded, 19);
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT fields, changes FROM processing_history")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("name"));
    EXPECT_EQ(query.value(1).toString(), QString());
}

// Schema 20: a condition of an older vault is measured by no indicator, and
// only the indicators Habeas knows can be set.
TEST_F(MigrationsTest, AnOlderConditionIsMeasuredByNoIndicator)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, Migrations::steps().first(19)).ok());
    for (const char *sql :
         {"INSERT INTO deliberations (id, number, date, authority, kind, subject, title)"
          " VALUES (1, '2023-133', '2023-09-20', 'ccin', 'favourable-opinion', 'modification', 'Avis')",
          "INSERT INTO conditions (id, deliberation_id, position, kind, text, status, updated_by, updated_at)"
          " VALUES (1, 1, 0, 'reminder', 'Répondre dans le mois', 'open', 'dpo', '')"}) {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QString::fromUtf8(sql))) << sql;
    }
    auto upgraded = Migrations::migrate(database);
    ASSERT_TRUE(upgraded.ok());
    EXPECT_GE(*upgraded, 20);
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT text, indicator FROM conditions")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Répondre dans le mois"));
    EXPECT_TRUE(query.isNull(1));
    EXPECT_TRUE(query.exec(QStringLiteral("UPDATE conditions SET indicator = 'access-on-time'")));
    EXPECT_TRUE(query.exec(QStringLiteral("UPDATE conditions SET indicator = NULL")));
    EXPECT_FALSE(query.exec(QStringLiteral("UPDATE conditions SET indicator = 'typed-by-hand'")));
}

// Schema 21: a vault of schema 20 gains the table of earlier texts, its
// deliberations kept as they were, each at its first version.
TEST_F(MigrationsTest, AnOlderDeliberationGainsTheTableOfEarlierTexts)
{
    QSqlDatabase database = db();
    ASSERT_TRUE(Migrations::migrate(database, Migrations::steps().first(20)).ok());
    EXPECT_FALSE(hasTable("deliberation_versions"));
    for (const char *sql :
         {"INSERT INTO deliberations (id, number, date, authority, kind, subject, title, full_text)"
          " VALUES (1, '2023-133', '2023-09-20', 'ccin', 'favourable-opinion', 'modification', 'Avis', 'Texte')",
          "INSERT INTO conditions (id, deliberation_id, position, kind, text, status, updated_by, updated_at)"
          " VALUES (1, 1, 0, 'reminder', 'Répondre dans le mois', 'met', 'dpo', '')"}) {
        QSqlQuery query(database);
        ASSERT_TRUE(query.exec(QString::fromUtf8(sql))) << sql;
    }
    auto upgraded = Migrations::migrate(database);
    ASSERT_TRUE(upgraded.ok());
    EXPECT_GE(*upgraded, 21);
    EXPECT_TRUE(hasTable("deliberation_versions"));
    QSqlQuery query(database);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT full_text, (SELECT status FROM conditions WHERE id = 1),"
                                          " (SELECT count(*) FROM deliberation_versions) FROM deliberations")) &&
                query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Texte"));
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("met"));
    EXPECT_EQ(query.value(2).toInt(), 0);
    EXPECT_TRUE(query.exec(QStringLiteral("INSERT INTO deliberation_versions (deliberation_id, version, replaced_at,"
                                          " account) VALUES (1, 1, '', 'dpo')")));
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO deliberation_versions (deliberation_id, version, replaced_at,"
                                           " account) VALUES (1, 1, '', 'dpo')")))
        << "one row per version";
    EXPECT_FALSE(query.exec(QStringLiteral("INSERT INTO deliberation_versions (deliberation_id, version, replaced_at,"
                                           " account) VALUES (1, 0, '', 'dpo')")));
}
