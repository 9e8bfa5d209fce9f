#include "core/vault/SqlCipherDriver.h"

#include "core/vault/SqlCipher.h"
#include "core/vault/SqlCipherResult.h"
#include "core/vault/SqliteMemory.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <map>

Q_DECLARE_OPAQUE_POINTER(sqlite3 *)
Q_DECLARE_METATYPE(sqlite3 *)

namespace habeas {

namespace {

constexpr int DefaultBusyTimeoutMs = 5000;

class DriverCreator final : public QSqlDriverCreatorBase {
public:
    QSqlDriver *createObject() const override { return new SqlCipherDriver; }
};

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The inverse of quoted(): a name as escapeIdentifier() returns it names the
// same table as the raw name.
QString unquoted(const QSqlDriver *driver, const QString &identifier)
{
    if (!driver->isIdentifierEscaped(identifier, QSqlDriver::TableName))
        return identifier;
    QString name = identifier.mid(1, identifier.size() - 2);
    name.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return name;
}

// Runs a statement that returns at most one text value, before any QSqlQuery
// exists (during open) or from const metadata calls.
QString scalarText(sqlite3 *db, const char *sql, int *rcOut = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    QString value;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            value = QString::fromUtf8(text, sqlite3_column_bytes(stmt, 0));
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    sqlite3_finalize(stmt);
    if (rcOut)
        *rcOut = rc;
    return value;
}

QMetaType typeFromDeclared(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("BOOL")))
        return QMetaType::fromType<bool>();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

struct ConnectOptions {
    bool readOnly = false;
    bool noCreate = false;
    int busyTimeoutMs = DefaultBusyTimeoutMs;
};

ConnectOptions parseOptions(const QString &text)
{
    ConnectOptions options;
    const auto parts = QStringView(text).split(u';', Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        part = part.trimmed();
        if (part == u"HABEAS_READONLY") {
            options.readOnly = true;
        } else if (part == u"HABEAS_NO_CREATE") {
            options.noCreate = true;
        } else if (part.startsWith(u"HABEAS_BUSY_TIMEOUT=")) {
            bool ok = false;
            const int ms = part.mid(20).toInt(&ok);
            if (ok && ms >= 0)
                options.busyTimeoutMs = ms;
        }
    }
    return options;
}

} // namespace

void SqlCipherDriver::registerDriver()
{
    static const bool wiping = [] {
        const bool installed = installWipingAllocator();
        if (!installed)
            qWarning("habeas: SQLite was initialised before Habeas; the memory it frees is not wiped");
        return installed;
    }();
    Q_UNUSED(wiping);
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(Name), new DriverCreator);
        return true;
    }();
    Q_UNUSED(registered);
}

QString SqlCipherDriver::cipherVersion()
{
    installWipingAllocator();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    // SQLCipher 4.7 refuses statements on an unkeyed connection.
    static constexpr char dummyKey[] = "x'0000000000000000000000000000000000000000000000000000000000000000'";
    sqlite3_key(db, dummyKey, static_cast<int>(sizeof dummyKey - 1));
    const QString version = scalarText(db, "PRAGMA cipher_version");
    sqlite3_close(db);
    return version;
}

SecureBytes SqlCipherDriver::rawKeySpec(const SecureBytes &rawKey)
{
    const SecureBytes hex = rawKey.toHex();
    SecureBytes spec(hex.size() + 3);
    spec.data()[0] = 'x';
    spec.data()[1] = '\'';
    std::copy_n(hex.data(), hex.size(), spec.data() + 2);
    spec.data()[spec.size() - 1] = '\'';
    return spec;
}

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

void SqlCipherDriver::setKey(SecureBytes rawKey)
{
    m_key = std::move(rawKey);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case PreparedQueries:
    case PositionalPlaceholders:
    case Unicode:
    case BLOB:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
    case SimpleLocking:
        return true;
    case QuerySize:
    case NamedPlaceholders: // Qt maps names to positions, reused names included
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::fail(const QString &text, QSqlError::ErrorType type, int code)
{
    return fail(text, type, QString::number(code));
}

bool SqlCipherDriver::fail(const QString &text, QSqlError::ErrorType type, const QString &code)
{
    const QString native = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
    setLastError(QSqlError(text, native, type, code));
    return false;
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what, QSqlError::ErrorType type)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(what, type, sqlite3_extended_errcode(m_db));
    return true;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &, int,
                           const QString &connOpts)
{
    if (isOpen())
        close();
    // Whatever happens below, the key leaves this object when open() returns.
    SecureBytes key = std::move(m_key);

    const auto openFailed = [this](const QString &text, const auto &code) {
        fail(text, QSqlError::ConnectionError, code);
        if (m_db) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        setOpenError(true);
        return false;
    };

    if (key.size() != 32)
        return openFailed(tr("No encryption key was given for the database."), SQLITE_MISUSE);

    const ConnectOptions options = parseOptions(connOpts);
    int flags = SQLITE_OPEN_NOMUTEX;
    if (options.readOnly)
        flags |= SQLITE_OPEN_READONLY;
    else
        flags |= SQLITE_OPEN_READWRITE | (options.noCreate ? 0 : SQLITE_OPEN_CREATE);

    int rc = sqlite3_open_v2(db.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK)
        return openFailed(tr("The database file cannot be opened."), rc);
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    {
        const SecureBytes spec = rawKeySpec(key);
        rc = sqlite3_key(m_db, spec.data(), static_cast<int>(spec.size()));
    }
    key.clear();
    if (rc != SQLITE_OK)
        return openFailed(tr("The encryption key could not be applied."), rc);

    // A library without the codec (plain SQLite answering in SQLCipher's
    // place) ignores the key and this pragma alike: refuse to go on.
    const QString version = scalarText(m_db, "PRAGMA cipher_version");
    if (version.isEmpty())
        return openFailed(tr("Encryption is not active: the SQLite library in use is not SQLCipher."),
                          QLatin1String(CipherInactiveCode));
    const int major = version.section(u'.', 0, 0).toInt();
    if (major >= 4) {
        // Habeas writes the SQLCipher 3 format everywhere (Debian ships 3.4).
        if (!execSimple("PRAGMA cipher_compatibility = 3", tr("Cannot set the cipher format."),
                        QSqlError::ConnectionError))
            return openFailed(lastError().driverText(), sqlite3_extended_errcode(m_db));
        sqlite3_exec(m_db, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr);
    }
    if (!execSimple("PRAGMA cipher_page_size = 4096", tr("Cannot set the cipher page size."),
                    QSqlError::ConnectionError))
        return openFailed(lastError().driverText(), sqlite3_extended_errcode(m_db));

    if (db != QLatin1String(":memory:")) {
        QFile file(db);
        if (file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16))
            return openFailed(tr("The database file is not encrypted."), QLatin1String(PlaintextFileCode));
    }

    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    if (sqlite3_close(m_db) != SQLITE_OK)
        sqlite3_close_v2(m_db); // an outside handle still holds it: close when released
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    auto *result = new SqlCipherResult(this);
    m_results.append(result);
    return result;
}

bool SqlCipherDriver::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

bool SqlCipherDriver::beginTransaction()
{
    if (!isOpen())
        return fail(tr("The database is not open."), QSqlError::TransactionError, SQLITE_MISUSE);
    if (sqlite3_get_autocommit(m_db) == 0)
        return fail(tr("A transaction is already in progress; transactions cannot be nested."),
                    QSqlError::TransactionError, SQLITE_ERROR);
    // IMMEDIATE takes the write lock now, so a second writer waits at BEGIN
    // (busy timeout) instead of failing half-way through its work.
    return execSimple("BEGIN IMMEDIATE", tr("Cannot start a transaction."), QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    if (!isOpen())
        return fail(tr("The database is not open."), QSqlError::TransactionError, SQLITE_MISUSE);
    return execSimple("COMMIT", tr("Cannot commit the transaction."), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    if (!isOpen())
        return fail(tr("The database is not open."), QSqlError::TransactionError, SQLITE_MISUSE);
    return execSimple("ROLLBACK", tr("Cannot roll back the transaction."), QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QString where;
    if (type & QSql::Tables)
        where += QLatin1String("(type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        where += QLatin1String(where.isEmpty() ? "" : " OR ") + QLatin1String("type = 'view'");
    if (type & QSql::SystemTables)
        where += QLatin1String(where.isEmpty() ? "" : " OR ")
                 + QLatin1String("(type = 'table' AND name LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (where.isEmpty())
        return names;
    const QByteArray sql = QByteArray("SELECT name FROM sqlite_master WHERE ") + where.toUtf8()
                           + QByteArray(" ORDER BY name");
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            names.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    }
    sqlite3_finalize(stmt);
    if ((type & QSql::SystemTables) && !names.contains(QLatin1String("sqlite_master")))
        names.append(QStringLiteral("sqlite_master"));
    return names;
}

namespace {

struct ColumnInfo {
    QSqlField field;
    int pkOrder = 0;
};

std::vector<ColumnInfo> tableInfo(sqlite3 *db, const QString &tableName)
{
    std::vector<ColumnInfo> columns;
    const QByteArray sql = (QStringLiteral("PRAGMA table_info(") + quoted(tableName) + u')').toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return columns;
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const auto text = [stmt](int i) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)),
                                     sqlite3_column_bytes(stmt, i));
        };
        const QString declared = text(2);
        ColumnInfo info;
        info.field = QSqlField(text(1), typeFromDeclared(declared), tableName);
        info.field.setRequiredStatus(sqlite3_column_int(stmt, 3) ? QSqlField::Required : QSqlField::Optional);
        if (sqlite3_column_type(stmt, 4) != SQLITE_NULL)
            info.field.setDefaultValue(text(4));
        info.pkOrder = sqlite3_column_int(stmt, 5);
        // An INTEGER PRIMARY KEY is the rowid: SQLite fills it in.
        if (info.pkOrder == 1 && declared.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
            info.field.setAutoValue(true);
        columns.push_back(std::move(info));
    }
    sqlite3_finalize(stmt);
    return columns;
}

} // namespace

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    for (const ColumnInfo &column : tableInfo(m_db, unquoted(this, tableName)))
        rec.append(column.field);
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = unquoted(this, tableName);
    QSqlIndex index(table);
    if (!isOpen())
        return index;
    std::map<int, QSqlField> keyFields;
    for (const ColumnInfo &column : tableInfo(m_db, table)) {
        if (column.pkOrder > 0)
            keyFields.emplace(column.pkOrder, column.field);
    }
    for (const auto &[order, field] : keyFields)
        index.append(field);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(u'.')) {
        QStringList parts = identifier.split(u'.');
        for (QString &part : parts)
            part = quoted(part);
        return parts.join(u'.');
    }
    return quoted(identifier);
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_db);
}

} // namespace habeas
