// Conformance tests of habeas::SqlCipherDriver: one TEST_F per behaviour of
// the QSqlDriver/QSqlResult contract that Habeas (or Qt's models) rely on.

#include "tests/support/TestSupport.h"

#include "core/crypto/SecureBytes.h"
#include "core/vault/SqlCipherDriver.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTime>
#include <QVariant>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <ostream>
#include <vector>

namespace habeas {
namespace {

using test::readAll;
using test::writeAll;

// The file header of an unencrypted SQLite 3 database.
const QByteArray PlainSqliteHeader("SQLite format 3\0", 16);

QString errorText(const QSqlError &error)
{
    return error.text() + QStringLiteral(" [native ") + error.nativeErrorCode() + u']';
}

class SqlCipherDriverTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        SqlCipherDriver::registerDriver();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("vault.db"));
        const ::testing::TestInfo *info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_connection = QStringLiteral("driver-test-") + QString::fromUtf8(info->test_suite_name())
                       + u'.' + QString::fromUtf8(info->name());
        m_key = SecureBytes::random(32);
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), m_connection);
            ASSERT_TRUE(database.isValid());
            ASSERT_NE(database.driver(), nullptr);
            database.setDatabaseName(m_path);
        }
        if (openInSetUp()) {
            ASSERT_TRUE(openWith(m_key)) << errorText(db().lastError()).toStdString();
        }
    }

    void TearDown() override
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connection, false);
            database.close();
        } // the last copy goes out of scope before the connection is removed
        QSqlDatabase::removeDatabase(m_connection);
    }

    virtual bool openInSetUp() const { return true; }

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    SqlCipherDriver *driver() const { return static_cast<SqlCipherDriver *>(db().driver()); }

    // Gives the driver a copy of `key` (it wipes the one it is given) and opens.
    bool openWith(const SecureBytes &key)
    {
        driver()->setKey(SecureBytes::copyOf(key.view()));
        QSqlDatabase database = db();
        return database.open();
    }

    bool reopen()
    {
        db().close();
        return openWith(m_key);
    }

    ::testing::AssertionResult run(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql))
            return ::testing::AssertionFailure() << sql.toStdString() << ": " << errorText(query.lastError()).toStdString();
        return ::testing::AssertionSuccess();
    }

    // The first column of the first row, or an invalid QVariant (and a failure).
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            ADD_FAILURE() << sql.toStdString() << ": " << errorText(query.lastError()).toStdString();
            return {};
        }
        if (!query.next()) {
            ADD_FAILURE() << sql.toStdString() << ": no row";
            return {};
        }
        return query.value(0);
    }

    qlonglong count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }

    // Table n(v INTEGER) holding 1..rows.
    ::testing::AssertionResult makeNumbers(int rows) const
    {
        if (auto r = run(QStringLiteral("CREATE TABLE n(v INTEGER)")); !r)
            return r;
        QSqlQuery insert(db());
        if (!insert.prepare(QStringLiteral("INSERT INTO n(v) VALUES(?)")))
            return ::testing::AssertionFailure() << errorText(insert.lastError()).toStdString();
        for (int i = 1; i <= rows; ++i) {
            insert.addBindValue(i);
            if (!insert.exec())
                return ::testing::AssertionFailure() << errorText(insert.lastError()).toStdString();
        }
        return ::testing::AssertionSuccess();
    }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_connection;
    SecureBytes m_key;
};

// Same fixture, but the connection is left closed.
class SqlCipherOpenTest : public SqlCipherDriverTest {
protected:
    bool openInSetUp() const override { return false; }
};

// --- opening and encryption -------------------------------------------------

TEST_F(SqlCipherOpenTest, OpenWithoutKeyFailsWithClearError)
{
    QSqlDatabase database = db();
    EXPECT_FALSE(database.open());
    EXPECT_FALSE(database.isOpen());
    EXPECT_TRUE(database.isOpenError());
    const QSqlError error = database.lastError();
    EXPECT_EQ(error.type(), QSqlError::ConnectionError);
    EXPECT_TRUE(error.text().contains(QLatin1String("key"), Qt::CaseInsensitive)) << error.text().toStdString();
    EXPECT_FALSE(error.nativeErrorCode().isEmpty());
    // Refused before SQLite was asked to open (or create) anything.
    EXPECT_FALSE(QFile::exists(m_path));
}

TEST_F(SqlCipherOpenTest, OpenWithWrongSizedKeyFails)
{
    driver()->setKey(SecureBytes::random(16));
    QSqlDatabase database = db();
    EXPECT_FALSE(database.open());
    EXPECT_EQ(database.lastError().type(), QSqlError::ConnectionError);
    EXPECT_FALSE(QFile::exists(m_path));
}

TEST_F(SqlCipherOpenTest, OpenWithKeySucceeds)
{
    ASSERT_TRUE(openWith(m_key)) << errorText(db().lastError()).toStdString();
    EXPECT_TRUE(db().isOpen());
    EXPECT_FALSE(db().isOpenError());
    EXPECT_FALSE(db().lastError().isValid());
    EXPECT_TRUE(run(QStringLiteral("CREATE TABLE t(x)")));
    EXPECT_EQ(count(QStringLiteral("t")), 0);
}

TEST_F(SqlCipherOpenTest, KeyIsConsumedByOpen)
{
    ASSERT_TRUE(openWith(m_key));
    db().close();
    // The key left the driver with the first open(): a second one needs a new key.
    QSqlDatabase database = db();
    EXPECT_FALSE(database.open());
    EXPECT_EQ(database.lastError().type(), QSqlError::ConnectionError);
}

TEST_F(SqlCipherOpenTest, PlaintextSqliteFileIsRefused)
{
    QByteArray plain = PlainSqliteHeader;
    plain.append(QByteArray(4096 - plain.size(), '\0'));
    ASSERT_TRUE(writeAll(m_path, plain));
    EXPECT_FALSE(openWith(m_key));
    EXPECT_EQ(db().lastError().nativeErrorCode(), QLatin1String(SqlCipherDriver::PlaintextFileCode));
    EXPECT_EQ(readAll(m_path), plain);
}

TEST_F(SqlCipherDriverTest, CipherVersionPragmaAnswers)
{
    const QString version = scalar(QStringLiteral("PRAGMA cipher_version")).toString();
    EXPECT_FALSE(version.isEmpty());
    EXPECT_TRUE(version.front().isDigit()) << version.toStdString();
    EXPECT_EQ(version, SqlCipherDriver::cipherVersion());
}

TEST_F(SqlCipherDriverTest, FileOnDiskIsEncrypted)
{
    const QString marker = QStringLiteral("PLAINTEXT-MARKER-0123456789");
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE secrets(v TEXT)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO secrets(v) VALUES(?)")));
    insert.addBindValue(marker);
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    db().close();

    const QByteArray bytes = readAll(m_path);
    ASSERT_GE(bytes.size(), SqlCipherDriver::PageSize);
    EXPECT_EQ(bytes.size() % SqlCipherDriver::PageSize, 0);
    EXPECT_NE(bytes.left(16), PlainSqliteHeader);
    EXPECT_FALSE(bytes.contains(marker.toUtf8()));
    EXPECT_FALSE(bytes.contains("CREATE TABLE"));
}

TEST_F(SqlCipherDriverTest, WrongKeyFailsOnFirstReadAndRightKeyReadsBack)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v TEXT)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t(v) VALUES('kept')")));
    db().close();

    ASSERT_TRUE(openWith(SecureBytes::random(32))) << errorText(db().lastError()).toStdString();
    {
        QSqlQuery query(db());
        EXPECT_FALSE(query.exec(QStringLiteral("SELECT v FROM t")));
        EXPECT_EQ(query.lastError().nativeErrorCode(), QStringLiteral("26"));
        EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    }
    db().close();

    ASSERT_TRUE(openWith(m_key)) << errorText(db().lastError()).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT v FROM t")).toString(), QStringLiteral("kept"));
}

// --- placeholders ------------------------------------------------------------

TEST_F(SqlCipherDriverTest, PositionalPlaceholders)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(a, b) VALUES(?, ?)")));
    insert.addBindValue(7);
    insert.addBindValue(QStringLiteral("seven"));
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    insert.bindValue(0, 8);
    insert.bindValue(1, QStringLiteral("eight"));
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();

    QSqlQuery select(db());
    ASSERT_TRUE(select.prepare(QStringLiteral("SELECT b FROM t WHERE a = ?")));
    select.addBindValue(8);
    ASSERT_TRUE(select.exec()) << errorText(select.lastError()).toStdString();
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), QStringLiteral("eight"));
    EXPECT_FALSE(select.next());
    EXPECT_EQ(count(QStringLiteral("t")), 2);
}

TEST_F(SqlCipherDriverTest, NamedPlaceholders)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(a, b) VALUES(:number, :name)")));
    // Bound in the opposite order of their appearance.
    insert.bindValue(QStringLiteral(":name"), QStringLiteral("forty-two"));
    insert.bindValue(QStringLiteral(":number"), 42);
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT a, b FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toLongLong(), 42);
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("forty-two"));
}

TEST_F(SqlCipherDriverTest, NamedPlaceholderReusedInOneStatement)
{
    QSqlQuery query(db());
    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT :a + :a, :b || :a, :a * :b2")));
    query.bindValue(QStringLiteral(":a"), 20);
    query.bindValue(QStringLiteral(":b"), QStringLiteral("x"));
    query.bindValue(QStringLiteral(":b2"), 3);
    ASSERT_TRUE(query.exec()) << errorText(query.lastError()).toStdString();
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 40);
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("x20"));
    EXPECT_EQ(query.value(2).toLongLong(), 60);
}

TEST_F(SqlCipherDriverTest, ParameterCountMismatchIsAnError)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(a, b)")));
    QSqlQuery query(db());
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t(a, b) VALUES(?, ?)")));
    query.addBindValue(1);
    EXPECT_FALSE(query.exec());
    EXPECT_TRUE(query.lastError().isValid());
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_FALSE(query.lastError().text().isEmpty());

    query.addBindValue(1);
    query.addBindValue(2);
    query.addBindValue(3);
    EXPECT_FALSE(query.exec());
    EXPECT_TRUE(query.lastError().isValid());

    EXPECT_EQ(count(QStringLiteral("t")), 0);
}

// --- NULLs ---------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, TypedNullVariantsAreStoredAsNull)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(label TEXT, v)")));
    const std::vector<std::pair<const char *, QMetaType>> nulls = {
        {"int", QMetaType::fromType<int>()},         {"qlonglong", QMetaType::fromType<qlonglong>()},
        {"double", QMetaType::fromType<double>()},   {"QString", QMetaType::fromType<QString>()},
        {"QByteArray", QMetaType::fromType<QByteArray>()}, {"bool", QMetaType::fromType<bool>()},
        {"QDate", QMetaType::fromType<QDate>()},
    };
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(label, v) VALUES(?, ?)")));
    for (const auto &[label, type] : nulls) {
        const QVariant null(type);
        ASSERT_TRUE(null.isNull()) << label;
        insert.addBindValue(QString::fromLatin1(label));
        insert.addBindValue(null);
        ASSERT_TRUE(insert.exec()) << label << ": " << errorText(insert.lastError()).toStdString();
    }

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT label, typeof(v) FROM t ORDER BY rowid")));
    std::size_t rows = 0;
    while (select.next()) {
        ASSERT_LT(rows, nulls.size());
        EXPECT_EQ(select.value(0).toString(), QString::fromLatin1(nulls[rows].first));
        EXPECT_EQ(select.value(1).toString(), QStringLiteral("null")) << nulls[rows].first;
        ++rows;
    }
    EXPECT_EQ(rows, nulls.size());
}

// In Qt 6 a QVariant holding a null QString, QByteArray, QDate, QTime or
// QDateTime is not itself null; Qt's own drivers still bind those as NULL,
// and so must this one, or NOT NULL columns accept missing values.
TEST_F(SqlCipherDriverTest, NullValuesInsideVariantsAreBoundAsNull)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(label TEXT, v)")));
    const std::vector<std::pair<const char *, QVariant>> nulls = {
        {"QString()", QVariant(QString())},       {"QByteArray()", QVariant(QByteArray())},
        {"QDate()", QVariant(QDate())},           {"QTime()", QVariant(QTime())},
        {"QDateTime()", QVariant(QDateTime())},
    };
    const std::vector<std::pair<const char *, QVariant>> values = {
        {"empty QString", QVariant(QStringLiteral(""))}, {"empty QByteArray", QVariant(QByteArray(""))},
        {"QDate", QVariant(QDate(2026, 12, 1))},         {"QTime", QVariant(QTime(9, 30))},
        {"QDateTime", QVariant(QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC))},
    };
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(label, v) VALUES(?, ?)")));
    for (const auto &rows : {nulls, values}) {
        for (const auto &[label, value] : rows) {
            insert.addBindValue(QString::fromLatin1(label));
            insert.addBindValue(value);
            ASSERT_TRUE(insert.exec()) << label << ": " << errorText(insert.lastError()).toStdString();
        }
    }
    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT label, v IS NULL FROM t ORDER BY rowid")));
    std::size_t row = 0;
    while (select.next()) {
        const bool expectNull = row < nulls.size();
        EXPECT_EQ(select.value(1).toInt() == 1, expectNull) << select.value(0).toString().toStdString();
        ++row;
    }
    EXPECT_EQ(row, nulls.size() + values.size());

    // A NOT NULL column refuses a missing value, as it would with NULL.
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE strict(v TEXT NOT NULL)")));
    QSqlQuery strict(db());
    ASSERT_TRUE(strict.prepare(QStringLiteral("INSERT INTO strict(v) VALUES(?)")));
    strict.addBindValue(QString());
    EXPECT_FALSE(strict.exec());
    strict.addBindValue(QStringLiteral(""));
    EXPECT_TRUE(strict.exec()) << errorText(strict.lastError()).toStdString();
}

// Table with one NULL row in columns of each declared type.
::testing::AssertionResult makeNullRow(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE TABLE t(i INTEGER, r REAL, s TEXT, b BLOB, f BOOLEAN)"))
        || !query.exec(QStringLiteral("INSERT INTO t VALUES(NULL, NULL, NULL, NULL, NULL)")))
        return ::testing::AssertionFailure() << errorText(query.lastError()).toStdString();
    return ::testing::AssertionSuccess();
}

void expectTypedNulls(QSqlQuery &query)
{
    const std::vector<QMetaType> expected = {
        QMetaType::fromType<qlonglong>(), QMetaType::fromType<double>(), QMetaType::fromType<QString>(),
        QMetaType::fromType<QByteArray>(), QMetaType::fromType<bool>(),
    };
    ASSERT_EQ(query.record().count(), static_cast<int>(expected.size()));
    for (int i = 0; i < static_cast<int>(expected.size()); ++i) {
        const QMetaType type = expected[static_cast<std::size_t>(i)];
        EXPECT_TRUE(query.isNull(i)) << "column " << i;
        const QVariant value = query.value(i);
        EXPECT_TRUE(value.isNull()) << "column " << i;
        EXPECT_EQ(value.metaType(), type) << "column " << i << " is " << value.metaType().name()
                                          << ", expected " << type.name();
        EXPECT_EQ(query.record().field(i).metaType(), type) << "column " << i;
    }
}

TEST_F(SqlCipherDriverTest, NullReadsAsNullOfDeclaredTypeForwardOnly)
{
    ASSERT_TRUE(makeNullRow(db()));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT i, r, s, b, f FROM t")));
    ASSERT_TRUE(query.next());
    expectTypedNulls(query);
}

TEST_F(SqlCipherDriverTest, NullReadsAsNullOfDeclaredTypeScrollable)
{
    ASSERT_TRUE(makeNullRow(db()));
    QSqlQuery query(db());
    query.setForwardOnly(false);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT i, r, s, b, f FROM t")));
    ASSERT_TRUE(query.next());
    expectTypedNulls(query);
    ASSERT_TRUE(query.first());
    expectTypedNulls(query);
}

// --- BLOBs -----------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, EmptyBlobRoundTripsAsEmptyNotNull)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(b BLOB)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(b) VALUES(?)")));
    insert.addBindValue(QByteArray(""));
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT b, typeof(b), length(b), b IS NULL FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_FALSE(select.isNull(0));
    EXPECT_FALSE(select.value(0).isNull());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<QByteArray>());
    EXPECT_TRUE(select.value(0).toByteArray().isEmpty());
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("blob"));
    EXPECT_EQ(select.value(2).toLongLong(), 0);
    EXPECT_EQ(select.value(3).toLongLong(), 0);
}

TEST_F(SqlCipherDriverTest, TenMegabyteBlobRoundTripsExactly)
{
    constexpr qsizetype Size = 10 * 1024 * 1024;
    QByteArray blob(Size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(blob.data()), Size / 4);
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(b) VALUES(?)")));
    insert.addBindValue(blob);
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    ASSERT_TRUE(reopen()) << errorText(db().lastError()).toStdString();

    QSqlQuery select(db());
    select.setForwardOnly(true);
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT b, length(b) FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(1).toLongLong(), Size);
    const QByteArray back = select.value(0).toByteArray();
    ASSERT_EQ(back.size(), Size);
    EXPECT_TRUE(back == blob) << "the blob read back differs from the one written";
}

// --- text ----------------------------------------------------------------------

const QStringList &unicodeSamples()
{
    static const QStringList samples = {
        QStringLiteral("Hélène Gastaud, Sainte-Dévote, œuvre, «guillemets»"),
        QStringLiteral("emoji 😀 👩‍💻 🇫🇷 end"),
        QStringLiteral("中文 日本語のテキスト 한국어"),
    };
    return samples;
}

TEST_F(SqlCipherDriverTest, UnicodeTextRoundTripsExactly)
{
    ASSERT_TRUE(unicodeSamples().at(1).contains(QChar(0xD83D))) << "the emoji sample has no surrogate pair";
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    for (const QString &sample : unicodeSamples()) {
        insert.addBindValue(sample);
        ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    }
    ASSERT_TRUE(reopen());

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT v, hex(v), length(v) FROM t ORDER BY id")));
    for (const QString &sample : unicodeSamples()) {
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).toString(), sample);
        // Stored as UTF-8, one SQL character per code point.
        EXPECT_EQ(select.value(1).toString().toLatin1(), sample.toUtf8().toHex().toUpper());
        EXPECT_EQ(select.value(2).toLongLong(), sample.toUcs4().size());
    }
    EXPECT_FALSE(select.next());
}

TEST_F(SqlCipherDriverTest, UnicodeInSqlTextAndLikeWithAccents)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t(id, v) VALUES(1, 'Hélène Gastaud, Sainte-Dévote, œuvre, «guillemets»')")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t(id, v) VALUES(2, 'Sainte-Devote sans accent')")));

    const auto matches = [this](const QString &pattern) {
        QSqlQuery query(db());
        EXPECT_TRUE(query.prepare(QStringLiteral("SELECT id FROM t WHERE v LIKE ? ORDER BY id")));
        query.addBindValue(pattern);
        EXPECT_TRUE(query.exec()) << errorText(query.lastError()).toStdString();
        QList<qlonglong> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    };
    EXPECT_EQ(matches(QStringLiteral("%Dévote%")), QList<qlonglong>{1});
    // ASCII letters fold case, accented ones stay distinct from plain ones.
    EXPECT_EQ(matches(QStringLiteral("%sainte-dévote%")), QList<qlonglong>{1});
    EXPECT_EQ(matches(QStringLiteral("%Devote%")), QList<qlonglong>{2});
    EXPECT_EQ(matches(QStringLiteral("H_lène%")), QList<qlonglong>{1});
    EXPECT_EQ(scalar(QStringLiteral("SELECT id FROM t WHERE v LIKE '%œuvre, «guillemets»'")).toLongLong(), 1);
}

// --- numbers, booleans, dates --------------------------------------------------------

TEST_F(SqlCipherDriverTest, Int64LimitsRoundTrip)
{
    const qlonglong values[] = {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), -1, 0};
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    for (qlonglong value : values) {
        insert.addBindValue(value);
        ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    }
    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT v, typeof(v) FROM t ORDER BY id")));
    for (qlonglong value : values) {
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<qlonglong>());
        EXPECT_EQ(select.value(0).toLongLong(), value);
        EXPECT_EQ(select.value(1).toString(), QStringLiteral("integer"));
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT min(v) = -9223372036854775807 - 1 FROM t")).toLongLong(), 1);
}

TEST_F(SqlCipherDriverTest, UnsignedAboveInt64MaxIsRefused)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v INTEGER)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    insert.addBindValue(QVariant::fromValue(static_cast<quint64>(std::numeric_limits<qint64>::max()) + 1));
    EXPECT_FALSE(insert.exec());
    EXPECT_TRUE(insert.lastError().isValid());
    EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
    EXPECT_FALSE(insert.lastError().text().isEmpty());
    insert.addBindValue(std::numeric_limits<quint64>::max());
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(count(QStringLiteral("t")), 0);
}

TEST_F(SqlCipherDriverTest, UnsignedUpToInt64MaxIsStored)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v INTEGER)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    insert.addBindValue(QVariant::fromValue(static_cast<quint64>(std::numeric_limits<qint64>::max())));
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT v FROM t")).toLongLong(), std::numeric_limits<qint64>::max());
}

TEST_F(SqlCipherDriverTest, DoublesRoundTripExactly)
{
    const double values[] = {0.1,
                             -1e308,
                             1e-300,
                             1.0 / 3.0,
                             std::numeric_limits<double>::max(),
                             std::numeric_limits<double>::min(),
                             std::numeric_limits<double>::denorm_min(),
                             -2.5,
                             9007199254740993.0};
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v REAL)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    for (double value : values) {
        insert.addBindValue(value);
        ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    }
    ASSERT_TRUE(reopen());
    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT v FROM t ORDER BY id")));
    for (double value : values) {
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<double>());
        // Bit-exact, not approximately equal.
        EXPECT_EQ(select.value(0).toDouble(), value);
    }
    EXPECT_FALSE(select.next());
}

TEST_F(SqlCipherDriverTest, BooleanColumnReadsBackAsBool)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, flag BOOLEAN)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(flag) VALUES(?)")));
    insert.addBindValue(true);
    ASSERT_TRUE(insert.exec());
    insert.addBindValue(false);
    ASSERT_TRUE(insert.exec());

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT flag, flag + 0 FROM t ORDER BY id")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<bool>());
    EXPECT_EQ(select.value(0).toBool(), true);
    EXPECT_EQ(select.value(1).toLongLong(), 1);
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).metaType(), QMetaType::fromType<bool>());
    EXPECT_EQ(select.value(0).toBool(), false);
    EXPECT_EQ(select.value(1).toLongLong(), 0);
}

TEST_F(SqlCipherDriverTest, DateBindsAsIsoText)
{
    const QDate date(2024, 2, 29);
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(d DATE)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(d) VALUES(?)")));
    insert.addBindValue(date);
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT d, typeof(d) FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), QStringLiteral("2024-02-29"));
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("text"));
    EXPECT_EQ(select.value(0).toDate(), date);
    // ISO text compares in date order.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM t WHERE d BETWEEN '2024-02-01' AND '2024-03-01'")).toLongLong(), 1);
}

TEST_F(SqlCipherDriverTest, DateTimeBindsAsIsoText)
{
    const QDateTime when(QDate(2024, 2, 29), QTime(13, 45, 30, 123), Qt::UTC);
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(at TEXT)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(at) VALUES(?)")));
    insert.addBindValue(when);
    ASSERT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();

    QSqlQuery select(db());
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT at, typeof(at) FROM t")));
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), QStringLiteral("2024-02-29T13:45:30.123Z"));
    EXPECT_EQ(select.value(1).toString(), QStringLiteral("text"));
    EXPECT_EQ(select.value(0).toDateTime(), when);
    EXPECT_EQ(select.value(0).toDateTime().toMSecsSinceEpoch(), when.toMSecsSinceEpoch());
}

// --- transactions ------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, CommitKeepsRows)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v)")));
    QSqlDatabase database = db();
    ASSERT_TRUE(database.transaction()) << errorText(database.lastError()).toStdString();
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(1)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(2)")));
    ASSERT_TRUE(database.commit()) << errorText(database.lastError()).toStdString();
    ASSERT_TRUE(reopen());
    EXPECT_EQ(count(QStringLiteral("t")), 2);
}

TEST_F(SqlCipherDriverTest, RollbackDiscardsRows)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(0)")));
    QSqlDatabase database = db();
    ASSERT_TRUE(database.transaction());
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(1)")));
    ASSERT_TRUE(run(QStringLiteral("DELETE FROM t WHERE v = 0")));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("1"));
    ASSERT_TRUE(database.rollback()) << errorText(database.lastError()).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("0"));
    ASSERT_TRUE(reopen());
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("0"));
}

TEST_F(SqlCipherDriverTest, NestedTransactionIsRefused)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v)")));
    QSqlDatabase database = db();
    ASSERT_TRUE(database.transaction());
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(1)")));
    EXPECT_FALSE(database.transaction());
    EXPECT_FALSE(database.lastError().text().isEmpty());
    EXPECT_EQ(database.lastError().type(), QSqlError::TransactionError);
    // The outer transaction is still the one in progress.
    ASSERT_TRUE(database.commit()) << errorText(database.lastError()).toStdString();
    EXPECT_EQ(count(QStringLiteral("t")), 1);
}

TEST_F(SqlCipherDriverTest, InTransactionReflectsState)
{
    QSqlDatabase database = db();
    EXPECT_FALSE(driver()->inTransaction());
    ASSERT_TRUE(database.transaction());
    EXPECT_TRUE(driver()->inTransaction());
    ASSERT_TRUE(database.commit());
    EXPECT_FALSE(driver()->inTransaction());
    ASSERT_TRUE(database.transaction());
    EXPECT_TRUE(driver()->inTransaction());
    ASSERT_TRUE(database.rollback());
    EXPECT_FALSE(driver()->inTransaction());
    // A transaction begun in SQL counts too (and blocks QSqlDatabase::transaction()).
    ASSERT_TRUE(run(QStringLiteral("BEGIN")));
    EXPECT_TRUE(driver()->inTransaction());
    EXPECT_FALSE(database.transaction());
    ASSERT_TRUE(run(QStringLiteral("ROLLBACK")));
    EXPECT_FALSE(driver()->inTransaction());
    database.close();
    EXPECT_FALSE(driver()->inTransaction());
}

TEST_F(SqlCipherDriverTest, NewTransactionWorksAfterRollback)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v)")));
    QSqlDatabase database = db();
    ASSERT_TRUE(database.transaction());
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(1)")));
    ASSERT_TRUE(database.rollback());
    ASSERT_TRUE(database.transaction()) << errorText(database.lastError()).toStdString();
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t VALUES(2)")));
    ASSERT_TRUE(database.commit()) << errorText(database.lastError()).toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(v) FROM t")).toString(), QStringLiteral("2"));
}

TEST_F(SqlCipherDriverTest, CommitWithoutTransactionFails)
{
    QSqlDatabase database = db();
    EXPECT_FALSE(database.commit());
    EXPECT_EQ(database.lastError().type(), QSqlError::TransactionError);
    EXPECT_FALSE(database.lastError().text().isEmpty());
}

// --- row ids and counts ----------------------------------------------------------------

TEST_F(SqlCipherDriverTest, LastInsertIdIsTheRowid)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO t(id, v) VALUES(41, 'first')")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    insert.addBindValue(QStringLiteral("second"));
    ASSERT_TRUE(insert.exec());
    const QVariant id = insert.lastInsertId();
    ASSERT_TRUE(id.isValid());
    EXPECT_EQ(id.toLongLong(), 42);
    EXPECT_EQ(id.toLongLong(), scalar(QStringLiteral("SELECT rowid FROM t WHERE v = 'second'")).toLongLong());

    insert.addBindValue(QStringLiteral("third"));
    ASSERT_TRUE(insert.exec());
    EXPECT_EQ(insert.lastInsertId().toLongLong(), scalar(QStringLiteral("SELECT rowid FROM t WHERE v = 'third'")).toLongLong());
    EXPECT_EQ(insert.lastInsertId().toLongLong(), 43);
}

TEST_F(SqlCipherDriverTest, NumRowsAffectedByUpdate)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE n SET v = v * 10 WHERE v <= 3")));
    EXPECT_EQ(query.numRowsAffected(), 3);
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE n SET v = 0 WHERE v = 999")));
    EXPECT_EQ(query.numRowsAffected(), 0);
}

TEST_F(SqlCipherDriverTest, NumRowsAffectedByDelete)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM n WHERE v > 3")));
    EXPECT_EQ(query.numRowsAffected(), 2);
    EXPECT_EQ(count(QStringLiteral("n")), 3);
}

// --- navigation ---------------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, ForwardOnlyIteratesWithNext)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    EXPECT_EQ(query.at(), QSql::BeforeFirstRow);
    for (int expected = 1; expected <= 5; ++expected) {
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.at(), expected - 1);
        EXPECT_EQ(query.value(0).toLongLong(), expected);
    }
    EXPECT_FALSE(query.next());
    EXPECT_EQ(query.at(), QSql::AfterLastRow);
}

TEST_F(SqlCipherDriverTest, ForwardOnlySeekBackwardsFails)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    ASSERT_TRUE(query.seek(2)); // forward seeks are fine
    EXPECT_EQ(query.value(0).toLongLong(), 3);
    EXPECT_FALSE(query.seek(0));
    EXPECT_FALSE(query.previous());
    // Still on the same row and able to go on.
    EXPECT_EQ(query.at(), 2);
    EXPECT_EQ(query.value(0).toLongLong(), 3);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 4);
}

TEST_F(SqlCipherDriverTest, ScrollableNavigation)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(false);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v, v * 100 FROM n ORDER BY v")));
    ASSERT_TRUE(query.last());
    EXPECT_EQ(query.at(), 4);
    EXPECT_EQ(query.value(0).toLongLong(), 5);
    EXPECT_EQ(query.value(1).toLongLong(), 500);
    ASSERT_TRUE(query.previous());
    EXPECT_EQ(query.value(0).toLongLong(), 4);
    ASSERT_TRUE(query.first());
    EXPECT_EQ(query.at(), 0);
    EXPECT_EQ(query.value(0).toLongLong(), 1);
    // next() walks the rows already read, up to the last one.
    for (qlonglong expected = 2; expected <= 5; ++expected) {
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), expected);
    }
    EXPECT_FALSE(query.next());
    ASSERT_TRUE(query.seek(3));
    EXPECT_EQ(query.value(0).toLongLong(), 4);
    ASSERT_TRUE(query.seek(1));
    EXPECT_EQ(query.value(0).toLongLong(), 2);
    ASSERT_TRUE(query.seek(2, true));
    EXPECT_EQ(query.value(0).toLongLong(), 4);
    for (qlonglong expected = 3; expected >= 1; --expected) {
        ASSERT_TRUE(query.previous());
        EXPECT_EQ(query.value(0).toLongLong(), expected);
    }
    EXPECT_FALSE(query.previous()); // already on the first row
    EXPECT_EQ(query.at(), QSql::BeforeFirstRow);
    EXPECT_FALSE(query.seek(5));
    EXPECT_FALSE(query.isValid());
    ASSERT_TRUE(query.seek(4));
    EXPECT_EQ(query.value(1).toLongLong(), 500);
    EXPECT_FALSE(query.next());
    ASSERT_TRUE(query.previous());
    EXPECT_EQ(query.value(0).toLongLong(), 5);
}

TEST_F(SqlCipherDriverTest, ScrollableSeekAheadBeforeReadingEarlierRows)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(false);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    ASSERT_TRUE(query.seek(3));
    EXPECT_EQ(query.value(0).toLongLong(), 4);
    ASSERT_TRUE(query.seek(0));
    EXPECT_EQ(query.value(0).toLongLong(), 1);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), 2);
}

TEST_F(SqlCipherDriverTest, ForwardOnlyLastFromBeforeFirst)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v, 'row ' || v FROM n ORDER BY v")));
    ASSERT_TRUE(query.last());
    EXPECT_EQ(query.at(), 4);
    EXPECT_TRUE(query.isValid());
    EXPECT_EQ(query.value(0).toLongLong(), 5);
    EXPECT_EQ(query.value(1).toString(), QStringLiteral("row 5"));
    EXPECT_FALSE(query.isNull(0));
    EXPECT_FALSE(query.next());
}

TEST_F(SqlCipherDriverTest, ForwardOnlyLastAfterNext)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    ASSERT_TRUE(query.next());
    ASSERT_TRUE(query.next());
    ASSERT_TRUE(query.last());
    EXPECT_EQ(query.at(), 4);
    EXPECT_EQ(query.value(0).toLongLong(), 5);
}

TEST_F(SqlCipherDriverTest, ForwardOnlyLastOnEmptyResultFails)
{
    ASSERT_TRUE(makeNumbers(0));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT v FROM n")));
    EXPECT_FALSE(query.last());
    EXPECT_FALSE(query.isValid());
}

TEST_F(SqlCipherDriverTest, PreparedSelectCanBeExecutedAgain)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery query(db());
    query.setForwardOnly(true);
    ASSERT_TRUE(query.prepare(QStringLiteral("SELECT v FROM n WHERE v >= ? ORDER BY v")));
    query.addBindValue(4);
    ASSERT_TRUE(query.exec());
    ASSERT_TRUE(query.next()); // stopped half-way
    EXPECT_EQ(query.value(0).toLongLong(), 4);
    query.addBindValue(2);
    ASSERT_TRUE(query.exec());
    QList<qlonglong> seen;
    while (query.next())
        seen.append(query.value(0).toLongLong());
    EXPECT_EQ(seen, (QList<qlonglong>{2, 3, 4, 5}));
}

// --- errors -------------------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, MultipleStatementsAreRefused)
{
    QSqlQuery query(db());
    EXPECT_FALSE(query.exec(QStringLiteral("CREATE TABLE a(x); CREATE TABLE b(y)")));
    EXPECT_TRUE(query.lastError().isValid());
    EXPECT_EQ(query.lastError().type(), QSqlError::StatementError);
    EXPECT_FALSE(query.lastError().text().isEmpty());
    const QStringList tables = db().tables();
    EXPECT_FALSE(tables.contains(QStringLiteral("b")));
    EXPECT_FALSE(tables.contains(QStringLiteral("a")));

    // A trailing semicolon alone is one statement.
    EXPECT_TRUE(query.exec(QStringLiteral("CREATE TABLE c(z);  ")));
    EXPECT_TRUE(db().tables().contains(QStringLiteral("c")));
}

TEST_F(SqlCipherDriverTest, SyntaxErrorIsStatementErrorWithNativeCode)
{
    QSqlQuery query(db());
    EXPECT_FALSE(query.exec(QStringLiteral("SELEC 1")));
    const QSqlError error = query.lastError();
    EXPECT_EQ(error.type(), QSqlError::StatementError);
    EXPECT_EQ(error.nativeErrorCode(), QStringLiteral("1")); // SQLITE_ERROR
    EXPECT_TRUE(error.databaseText().contains(QLatin1String("syntax error"))) << error.databaseText().toStdString();
    EXPECT_FALSE(query.isActive());

    QSqlQuery prepared(db());
    EXPECT_FALSE(prepared.prepare(QStringLiteral("SELECT FROM WHERE")));
    EXPECT_EQ(prepared.lastError().type(), QSqlError::StatementError);
    EXPECT_FALSE(prepared.lastError().nativeErrorCode().isEmpty());
}

TEST_F(SqlCipherDriverTest, ConstraintViolationReportsExtendedCodeAndStatementIsReusable)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(v TEXT NOT NULL UNIQUE)")));
    QSqlQuery insert(db());
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(v) VALUES(?)")));
    insert.addBindValue(QStringLiteral("once"));
    ASSERT_TRUE(insert.exec());
    insert.addBindValue(QStringLiteral("once"));
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(insert.lastError().nativeErrorCode(), QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
    insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(insert.lastError().nativeErrorCode(), QStringLiteral("1299")); // SQLITE_CONSTRAINT_NOTNULL
    insert.addBindValue(QStringLiteral("twice"));
    EXPECT_TRUE(insert.exec()) << errorText(insert.lastError()).toStdString();
    EXPECT_FALSE(insert.lastError().isValid());
    EXPECT_EQ(count(QStringLiteral("t")), 2);
}

// --- metadata -------------------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, TablesListsUserTablesAndViews)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO people(name) VALUES('x')"))); // fills sqlite_sequence
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE cases(id INTEGER PRIMARY KEY)")));
    ASSERT_TRUE(run(QStringLiteral("CREATE INDEX people_name ON people(name)")));
    ASSERT_TRUE(run(QStringLiteral("CREATE VIEW named AS SELECT name FROM people")));

    EXPECT_EQ(db().tables(QSql::Tables), (QStringList{QStringLiteral("cases"), QStringLiteral("people")}));
    EXPECT_EQ(db().tables(QSql::Views), QStringList{QStringLiteral("named")});
    const QStringList all = db().tables(QSql::AllTables);
    EXPECT_TRUE(all.contains(QStringLiteral("sqlite_sequence")));
    EXPECT_TRUE(all.contains(QStringLiteral("sqlite_master")));
    EXPECT_TRUE(all.contains(QStringLiteral("named")));
    EXPECT_TRUE(all.contains(QStringLiteral("people")));
    EXPECT_FALSE(all.contains(QStringLiteral("people_name")));
}

TEST_F(SqlCipherDriverTest, RecordGivesNamesTypesAndRequiredStatus)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, amount REAL NOT NULL, "
                                   "name TEXT, data BLOB NOT NULL, done BOOLEAN NOT NULL DEFAULT 0)")));
    const QSqlRecord record = db().record(QStringLiteral("t"));
    ASSERT_EQ(record.count(), 5);
    const struct {
        const char *name;
        QMetaType type;
        QSqlField::RequiredStatus required;
    } expected[] = {
        {"id", QMetaType::fromType<qlonglong>(), QSqlField::Optional},
        {"amount", QMetaType::fromType<double>(), QSqlField::Required},
        {"name", QMetaType::fromType<QString>(), QSqlField::Optional},
        {"data", QMetaType::fromType<QByteArray>(), QSqlField::Required},
        {"done", QMetaType::fromType<bool>(), QSqlField::Required},
    };
    for (int i = 0; i < record.count(); ++i) {
        const auto &want = expected[i];
        const QSqlField field = record.field(i);
        EXPECT_EQ(field.name(), QString::fromLatin1(want.name));
        EXPECT_EQ(field.metaType(), want.type) << want.name << " is " << field.metaType().name();
        EXPECT_EQ(field.requiredStatus(), want.required) << want.name;
    }
    EXPECT_TRUE(record.field(0).isAutoValue());
    EXPECT_FALSE(record.field(2).isAutoValue());
    EXPECT_TRUE(db().record(QStringLiteral("no_such_table")).isEmpty());
}

TEST_F(SqlCipherDriverTest, PrimaryIndexSingleColumn)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(name TEXT, code TEXT PRIMARY KEY, n INTEGER)")));
    const QSqlIndex index = db().primaryIndex(QStringLiteral("t"));
    ASSERT_EQ(index.count(), 1);
    EXPECT_EQ(index.fieldName(0), QStringLiteral("code"));
    EXPECT_EQ(index.field(0).metaType(), QMetaType::fromType<QString>());
    EXPECT_TRUE(db().primaryIndex(QStringLiteral("no_such_table")).isEmpty());
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE nokey(a, b)")));
    EXPECT_TRUE(db().primaryIndex(QStringLiteral("nokey")).isEmpty());
}

TEST_F(SqlCipherDriverTest, PrimaryIndexCompositeInKeyOrder)
{
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT, c REAL, PRIMARY KEY (c, a))")));
    const QSqlIndex index = db().primaryIndex(QStringLiteral("t"));
    ASSERT_EQ(index.count(), 2);
    EXPECT_EQ(index.fieldName(0), QStringLiteral("c"));
    EXPECT_EQ(index.fieldName(1), QStringLiteral("a"));
}

TEST_F(SqlCipherDriverTest, EscapeIdentifierQuotesAndDoublesQuotes)
{
    const QSqlDriver *sqlDriver = db().driver();
    EXPECT_EQ(sqlDriver->escapeIdentifier(QStringLiteral("my table"), QSqlDriver::TableName),
              QStringLiteral("\"my table\""));
    EXPECT_EQ(sqlDriver->escapeIdentifier(QStringLiteral("say \"hi\""), QSqlDriver::FieldName),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(sqlDriver->escapeIdentifier(QStringLiteral("plain"), QSqlDriver::FieldName), QStringLiteral("\"plain\""));
    // Already escaped: left alone.
    EXPECT_EQ(sqlDriver->escapeIdentifier(QStringLiteral("\"done\""), QSqlDriver::TableName), QStringLiteral("\"done\""));

    // The escaped form is what SQLite expects.
    const QString name = QStringLiteral("it's \"odd\" ; -- name");
    const QString escaped = sqlDriver->escapeIdentifier(name, QSqlDriver::TableName);
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE ") + escaped + QStringLiteral(" (x)")));
    EXPECT_TRUE(db().tables().contains(name));
    EXPECT_EQ(count(escaped), 0);
}

TEST_F(SqlCipherDriverTest, QuotedTableNameWorksWithRecord)
{
    const QSqlDriver *sqlDriver = db().driver();
    const QString table = QStringLiteral("case \"files\" 2024");
    const QString column = QStringLiteral("full name");
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE ") + sqlDriver->escapeIdentifier(table, QSqlDriver::TableName)
                    + QStringLiteral(" (id INTEGER PRIMARY KEY, ")
                    + sqlDriver->escapeIdentifier(column, QSqlDriver::FieldName) + QStringLiteral(" TEXT NOT NULL)")));
    ASSERT_TRUE(db().tables().contains(table));

    const QSqlRecord record = db().record(table);
    ASSERT_EQ(record.count(), 2);
    EXPECT_EQ(record.fieldName(1), column);
    EXPECT_EQ(record.field(1).requiredStatus(), QSqlField::Required);
    const QSqlIndex index = db().primaryIndex(table);
    ASSERT_EQ(index.count(), 1);
    EXPECT_EQ(index.fieldName(0), QStringLiteral("id"));

    // The escaped spelling names the same table.
    const QSqlRecord viaEscaped = db().record(sqlDriver->escapeIdentifier(table, QSqlDriver::TableName));
    EXPECT_EQ(viaEscaped.count(), 2);
    EXPECT_EQ(db().primaryIndex(sqlDriver->escapeIdentifier(table, QSqlDriver::TableName)).count(), 1);
}

TEST_F(SqlCipherDriverTest, QuotedTableNameWorksWithTableModel)
{
    const QSqlDriver *sqlDriver = db().driver();
    const QString table = QStringLiteral("case \"files\" 2024");
    const QString column = QStringLiteral("full name");
    const QString escapedTable = sqlDriver->escapeIdentifier(table, QSqlDriver::TableName);
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE ") + escapedTable + QStringLiteral(" (id INTEGER PRIMARY KEY, ")
                    + sqlDriver->escapeIdentifier(column, QSqlDriver::FieldName) + QStringLiteral(" TEXT NOT NULL)")));
    ASSERT_TRUE(run(QStringLiteral("INSERT INTO ") + escapedTable + QStringLiteral(" VALUES(1, 'Hélène')")));

    QSqlTableModel model(nullptr, db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(table);
    ASSERT_TRUE(model.select()) << errorText(model.lastError()).toStdString();
    ASSERT_EQ(model.rowCount(), 1);
    const int nameColumn = model.fieldIndex(column);
    ASSERT_EQ(nameColumn, 1);
    EXPECT_EQ(model.data(model.index(0, nameColumn)).toString(), QStringLiteral("Hélène"));

    ASSERT_TRUE(model.insertRows(1, 1));
    ASSERT_TRUE(model.setData(model.index(1, nameColumn), QStringLiteral("Gaston")));
    ASSERT_TRUE(model.setData(model.index(0, nameColumn), QStringLiteral("Hélène G.")));
    ASSERT_TRUE(model.submitAll()) << errorText(model.lastError()).toStdString();

    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(\"full name\", '|') FROM (SELECT * FROM ") + escapedTable
                     + QStringLiteral(" ORDER BY id)"))
                  .toString(),
              QStringLiteral("Hélène G.|Gaston"));
}

// --- models ------------------------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, QueryModelShowsAllRowsAfterFetchMore)
{
    constexpr int Rows = 300;
    ASSERT_TRUE(run(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)")));
    QSqlDatabase database = db();
    ASSERT_TRUE(database.transaction());
    QSqlQuery insert(database);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO t(id, name) VALUES(?, ?)")));
    for (int i = 1; i <= Rows; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("name %1").arg(i));
        ASSERT_TRUE(insert.exec());
    }
    ASSERT_TRUE(database.commit());

    QSqlQueryModel model;
    model.setQuery(QStringLiteral("SELECT id, name FROM t ORDER BY id"), database);
    ASSERT_FALSE(model.lastError().isValid()) << errorText(model.lastError()).toStdString();
    EXPECT_EQ(model.columnCount(), 2);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("name"));
    EXPECT_GT(model.rowCount(), 0);
    int rounds = 0;
    while (model.canFetchMore() && rounds < 100) {
        model.fetchMore();
        ++rounds;
    }
    EXPECT_EQ(model.rowCount(), Rows);
    EXPECT_FALSE(model.canFetchMore());
    EXPECT_EQ(model.data(model.index(0, 0)).toLongLong(), 1);
    EXPECT_EQ(model.data(model.index(0, 1)).toString(), QStringLiteral("name 1"));
    EXPECT_EQ(model.data(model.index(Rows - 1, 1)).toString(), QStringLiteral("name 300"));
    EXPECT_EQ(model.data(model.index(149, 0)).toLongLong(), 150);
    EXPECT_EQ(model.data(model.index(10, 1)).toString(), QStringLiteral("name 11"));
    EXPECT_FALSE(model.data(model.index(Rows, 0)).isValid());
}

::testing::AssertionResult makePeople(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER)"))
        || !query.exec(QStringLiteral("INSERT INTO people(id, name, age) VALUES(1, 'Ada', 36), (2, 'Blaise', 39), "
                                      "(3, 'Émilie', 42)")))
        return ::testing::AssertionFailure() << errorText(query.lastError()).toStdString();
    return ::testing::AssertionSuccess();
}

TEST_F(SqlCipherDriverTest, TableModelSelect)
{
    ASSERT_TRUE(makePeople(db()));
    QSqlTableModel model(nullptr, db());
    model.setTable(QStringLiteral("people"));
    model.setSort(0, Qt::AscendingOrder);
    ASSERT_TRUE(model.select()) << errorText(model.lastError()).toStdString();
    ASSERT_EQ(model.rowCount(), 3);
    ASSERT_EQ(model.columnCount(), 3);
    EXPECT_EQ(model.data(model.index(2, 1)).toString(), QStringLiteral("Émilie"));
    EXPECT_EQ(model.data(model.index(1, 2)).toLongLong(), 39);
    EXPECT_EQ(model.primaryKey().fieldName(0), QStringLiteral("id"));
}

TEST_F(SqlCipherDriverTest, TableModelInsertsRows)
{
    ASSERT_TRUE(makePeople(db()));
    QSqlTableModel model(nullptr, db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    ASSERT_TRUE(model.select());
    const int row = model.rowCount();
    ASSERT_TRUE(model.insertRows(row, 1));
    ASSERT_TRUE(model.setData(model.index(row, model.fieldIndex(QStringLiteral("name"))), QStringLiteral("Grace")));
    ASSERT_TRUE(model.setData(model.index(row, model.fieldIndex(QStringLiteral("age"))), 85));
    ASSERT_TRUE(model.submitAll()) << errorText(model.lastError()).toStdString();

    EXPECT_EQ(count(QStringLiteral("people")), 4);
    QSqlQuery check(db());
    ASSERT_TRUE(check.exec(QStringLiteral("SELECT id, age FROM people WHERE name = 'Grace'")));
    ASSERT_TRUE(check.next());
    EXPECT_EQ(check.value(0).toLongLong(), 4);
    EXPECT_EQ(check.value(1).toLongLong(), 85);
    EXPECT_EQ(model.rowCount(), 4);
}

TEST_F(SqlCipherDriverTest, TableModelUpdatesRows)
{
    ASSERT_TRUE(makePeople(db()));
    QSqlTableModel model(nullptr, db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    model.setSort(0, Qt::AscendingOrder);
    ASSERT_TRUE(model.select());
    ASSERT_TRUE(model.setData(model.index(1, model.fieldIndex(QStringLiteral("name"))), QStringLiteral("Blaise P.")));
    ASSERT_TRUE(model.setData(model.index(1, model.fieldIndex(QStringLiteral("age"))), 40));
    ASSERT_TRUE(model.submitAll()) << errorText(model.lastError()).toStdString();

    EXPECT_EQ(scalar(QStringLiteral("SELECT name || ':' || age FROM people WHERE id = 2")).toString(),
              QStringLiteral("Blaise P.:40"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM people ORDER BY id)")).toString(),
              QStringLiteral("Ada|Blaise P.|Émilie"));
}

TEST_F(SqlCipherDriverTest, TableModelDeletesRows)
{
    ASSERT_TRUE(makePeople(db()));
    QSqlTableModel model(nullptr, db());
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    model.setTable(QStringLiteral("people"));
    model.setSort(0, Qt::AscendingOrder);
    ASSERT_TRUE(model.select());
    ASSERT_TRUE(model.removeRows(0, 2));
    ASSERT_TRUE(model.submitAll()) << errorText(model.lastError()).toStdString();

    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(id) FROM people")).toString(), QStringLiteral("3"));
    EXPECT_EQ(model.rowCount(), 1);
}

// --- closing ------------------------------------------------------------------------------------

TEST_F(SqlCipherDriverTest, CloseWithLiveQueryLeavesItInactive)
{
    ASSERT_TRUE(makeNumbers(5));
    QSqlQuery scrollable(db());
    ASSERT_TRUE(scrollable.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    ASSERT_TRUE(scrollable.next());
    QSqlQuery forwardOnly(db());
    forwardOnly.setForwardOnly(true);
    ASSERT_TRUE(forwardOnly.exec(QStringLiteral("SELECT v FROM n ORDER BY v")));
    ASSERT_TRUE(forwardOnly.next());

    db().close();
    EXPECT_FALSE(db().isOpen());
    for (QSqlQuery *query : {&scrollable, &forwardOnly}) {
        EXPECT_FALSE(query->isActive());
        EXPECT_FALSE(query->isValid());
        EXPECT_FALSE(query->next());
        EXPECT_FALSE(query->value(0).isValid());
    }
    // The closed connection can be opened again and the old queries reused.
    ASSERT_TRUE(openWith(m_key));
    ASSERT_TRUE(scrollable.exec(QStringLiteral("SELECT max(v) FROM n")));
    ASSERT_TRUE(scrollable.next());
    EXPECT_EQ(scrollable.value(0).toLongLong(), 5);
}

TEST_F(SqlCipherDriverTest, QueryOnClosedDatabaseFails)
{
    ASSERT_TRUE(makeNumbers(1));
    QSqlQuery prepared(db());
    ASSERT_TRUE(prepared.prepare(QStringLiteral("SELECT v FROM n")));
    db().close();

    EXPECT_FALSE(prepared.exec());
    EXPECT_TRUE(prepared.lastError().isValid());
    EXPECT_FALSE(prepared.lastError().text().isEmpty());
    EXPECT_FALSE(prepared.isActive());

    QSqlQuery adHoc(db());
    EXPECT_FALSE(adHoc.exec(QStringLiteral("SELECT 1")));
    EXPECT_FALSE(adHoc.isActive());
    EXPECT_FALSE(adHoc.next());
}

} // namespace
} // namespace habeas
