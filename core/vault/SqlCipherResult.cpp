#include "core/vault/SqlCipherResult.h"

#include "core/vault/SqlCipher.h"
#include "core/vault/SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <limits>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt *)
Q_DECLARE_METATYPE(sqlite3_stmt *)

namespace habeas {

namespace {

// Whether the declared type contains the upper-case ASCII word, ignoring
// ASCII case (what QByteArray::toUpper().contains() answered, without the
// two allocations: exec() calls this for every column on every execution).
bool declaredContains(const char *declared, const char *word)
{
    for (const char *start = declared; *start; ++start) {
        const char *d = start;
        const char *w = word;
        while (*w && *d && (*d >= 'a' && *d <= 'z' ? *d - ('a' - 'A') : *d) == *w) {
            ++d;
            ++w;
        }
        if (!*w)
            return true;
    }
    return false;
}

QMetaType declaredType(sqlite3_stmt *stmt, int column)
{
    const char *declared = sqlite3_column_decltype(stmt, column);
    if (!declared) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER: return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT: return QMetaType::fromType<double>();
        case SQLITE_BLOB: return QMetaType::fromType<QByteArray>();
        default: return QMetaType::fromType<QString>();
        }
    }
    if (declaredContains(declared, "BOOL"))
        return QMetaType::fromType<bool>();
    if (declaredContains(declared, "INT"))
        return QMetaType::fromType<qlonglong>();
    if (declaredContains(declared, "REAL") || declaredContains(declared, "FLOA")
        || declaredContains(declared, "DOUB"))
        return QMetaType::fromType<double>();
    if (declaredContains(declared, "BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

bool isAscii(const char *text, qsizetype size)
{
    return std::all_of(text, text + size, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// True when QString::fromUtf8(utf8) would equal text, including null-ness;
// answers false (not known) for non-ASCII names, which are rebuilt.
bool sameAsciiText(const char *utf8, const QString &text)
{
    if (!utf8)
        return text.isNull();
    if (text.isNull())
        return false;
    const auto size = static_cast<qsizetype>(std::strlen(utf8));
    return isAscii(utf8, size) && QLatin1String(utf8, size) == text;
}

// Whether a bound value means SQL NULL. In Qt 6 a QVariant that holds a null
// QString, QByteArray or date is not itself null; Qt's drivers bind those as
// NULL (an invalid time or date-time has no text form either).
bool bindsAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString: return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray: return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDate: return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime: return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QDateTime: return !static_cast<const QDateTime *>(value.constData())->isValid();
    default: return false;
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver) {}

SqlCipherResult::~SqlCipherResult()
{
    if (auto *owner = const_cast<SqlCipherDriver *>(cipherDriver()))
        owner->m_results.removeOne(this);
    finalize();
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    releaseRows();
    m_record.clear();
    // Without its statement the result has no rows: a QSqlQuery that outlives
    // the connection's close() must not report itself active or positioned.
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::releaseRows()
{
    m_rows.clear();
    m_rowPending = false;
    m_done = false;
    m_detachedCurrent = false;
}

void SqlCipherResult::setStatementError(const QString &what, int code)
{
    const SqlCipherDriver *owner = cipherDriver();
    const QString native = owner && owner->connection() ? QString::fromUtf8(sqlite3_errmsg(owner->connection()))
                                                        : QString();
    setLastError(QSqlError(what, native, QSqlError::StatementError, QString::number(code)));
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    const SqlCipherDriver *owner = cipherDriver();
    if (!owner || !owner->isOpen()) {
        setLastError(QSqlError(SqlCipherDriver::tr("The database is not open."), {},
                               QSqlError::ConnectionError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    finalize();
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(owner->connection(), sql.constData(), static_cast<int>(sql.size()),
                                      &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(SqlCipherDriver::tr("Unable to prepare the statement."), sqlite3_extended_errcode(owner->connection()));
        finalize();
        return false;
    }
    // One statement at a time: a second one after ';' would silently not run.
    if (tail && !QByteArrayView(tail, sql.constData() + sql.size() - tail).trimmed().isEmpty()) {
        setLastError(QSqlError(SqlCipherDriver::tr("Only one statement can be executed at a time."), {},
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        finalize();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(SqlCipherDriver::tr("The statement is empty."), {},
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QList<QVariant> &values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(SqlCipherDriver::tr("Parameter count mismatch: the statement has %1 placeholders, %2 values were bound.")
                                   .arg(expected)
                                   .arg(values.size()),
                               {}, QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        if (bindsAsNull(value)) {
            rc = sqlite3_bind_null(m_stmt, index);
        } else {
            switch (value.metaType().id()) {
            case QMetaType::Bool:
                rc = sqlite3_bind_int(m_stmt, index, value.toBool() ? 1 : 0);
                break;
            case QMetaType::Int:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::UInt:
            case QMetaType::Long:
            case QMetaType::LongLong:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
                rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong u = value.toULongLong();
                if (u > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(SqlCipherDriver::tr("The value %1 is too large for a 64-bit integer column.").arg(u),
                                           {}, QSqlError::StatementError, QString::number(SQLITE_RANGE)));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, index, static_cast<qint64>(u));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
                rc = sqlite3_bind_blob64(m_stmt, index, bytes->isEmpty() ? "" : bytes->constData(),
                                         static_cast<sqlite3_uint64>(bytes->size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QString: {
                const QString *text = static_cast<const QString *>(value.constData());
                // ASCII text is narrowed here and bound as UTF-8: SQLite
                // then makes one copy instead of copying the UTF-16 and
                // converting it. The stored bytes are the same.
                const auto *units = text->utf16();
                const qsizetype size = text->size();
                if (std::all_of(units, units + size, [](auto unit) { return unit < 0x80; })) {
                    QVarLengthArray<char, 256> ascii(size);
                    std::copy(units, units + size, ascii.begin()); // narrowing, exact for ASCII
                    rc = sqlite3_bind_text(m_stmt, index, ascii.data(), static_cast<int>(size), SQLITE_TRANSIENT);
                } else {
                    rc = sqlite3_bind_text16(m_stmt, index, units, static_cast<int>(size * 2), SQLITE_TRANSIENT);
                }
                break;
            }
            case QMetaType::QDate: {
                const QByteArray iso = value.toDate().toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, iso.constData(), static_cast<int>(iso.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QTime: {
                const QByteArray iso = value.toTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, iso.constData(), static_cast<int>(iso.size()), SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray iso = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text(m_stmt, index, iso.constData(), static_cast<int>(iso.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                if (!value.canConvert<QString>()) {
                    setLastError(QSqlError(SqlCipherDriver::tr("Values of type %1 cannot be stored.")
                                               .arg(QString::fromLatin1(value.metaType().name())),
                                           {}, QSqlError::StatementError, QString::number(SQLITE_MISMATCH)));
                    return false;
                }
                const QString text = value.toString();
                rc = sqlite3_bind_text16(m_stmt, index, text.utf16(), static_cast<int>(text.size() * 2),
                                         SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setStatementError(SqlCipherDriver::tr("Unable to bind parameter %1.").arg(index), rc);
            return false;
        }
    }
    return true;
}

SqlCipherResult::StepResult SqlCipherResult::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return StepResult::Row;
    if (rc == SQLITE_DONE)
        return StepResult::Done;
    setStatementError(SqlCipherDriver::tr("Unable to fetch the next row."), sqlite3_extended_errcode(cipherDriver()->connection()));
    // sqlite3_reset returns the same error; leave the statement reusable.
    sqlite3_reset(m_stmt);
    return StepResult::Error;
}

bool SqlCipherResult::exec()
{
    const SqlCipherDriver *owner = cipherDriver();
    if (!m_stmt || !owner || !owner->isOpen()) {
        setLastError(QSqlError(SqlCipherDriver::tr("No prepared statement to execute."), {},
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    releaseRows();
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindAll())
        return false;

    const int columns = sqlite3_column_count(m_stmt);
    sqlite3 *db = owner->connection();
    const int changesBefore = sqlite3_total_changes(db);
    switch (step()) {
    case StepResult::Error: {
        const QSqlError error = lastError();
        setLastError(QSqlError(SqlCipherDriver::tr("Unable to execute the statement."), error.databaseText(),
                               QSqlError::StatementError, error.nativeErrorCode()));
        return false;
    }
    case StepResult::Row:
        m_rowPending = true;
        break;
    case StepResult::Done:
        m_done = true;
        break;
    }
    m_rowsAffected = columns > 0 ? -1 : sqlite3_changes(db);
    if (sqlite3_total_changes(db) != changesBefore)
        m_lastRowId = sqlite3_last_insert_rowid(db);
    else
        m_lastRowId = 0;

    // A prepared statement executed again almost always describes the same
    // columns: keep the record when rebuilding it would give the same fields
    // (same names, tables and types, compared without allocating).
    bool sameRecord = m_record.count() == columns;
    for (int i = 0; sameRecord && i < columns; ++i) {
        const QSqlField field = m_record.field(i);
        sameRecord = field.metaType() == declaredType(m_stmt, i)
                     && sameAsciiText(sqlite3_column_name(m_stmt, i), field.name())
                     && sameAsciiText(sqlite3_column_table_name(m_stmt, i), field.tableName());
    }
    if (!sameRecord) {
        m_record.clear();
        for (int i = 0; i < columns; ++i) {
            QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), declaredType(m_stmt, i),
                            QString::fromUtf8(sqlite3_column_table_name(m_stmt, i)));
            m_record.append(field);
        }
    }
    setSelect(columns > 0);
    setActive(true);
    setLastError(QSqlError());
    return true;
}

bool SqlCipherResult::advance()
{
    if (m_rowPending) {
        m_rowPending = false;
        return true;
    }
    if (m_done || !m_stmt)
        return false;
    switch (step()) {
    case StepResult::Row:
        return true;
    case StepResult::Done:
    case StepResult::Error:
        m_done = true;
        return false;
    }
    return false;
}

bool SqlCipherResult::fetchNext()
{
    if (!isSelect() || !isActive())
        return false;
    if (!isForwardOnly() && at() + 1 < static_cast<int>(m_rows.size())) {
        setAt(at() + 1);
        return true;
    }
    if (m_detachedCurrent || !advance())
        return false;
    if (!isForwardOnly())
        m_rows.push_back(readRow());
    setAt(at() < 0 ? 0 : at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int row)
{
    if (row < 0 || !isSelect() || !isActive())
        return false;
    if (isForwardOnly()) {
        if (row < at())
            return false;
        while (at() < row) {
            if (!fetchNext())
                return false;
        }
        return true;
    }
    if (row < static_cast<int>(m_rows.size())) {
        setAt(row);
        return true;
    }
    setAt(static_cast<int>(m_rows.size()) - 1);
    while (at() < row) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchPrevious()
{
    if (isForwardOnly() || at() <= 0)
        return false;
    setAt(at() - 1);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isSelect() || !isActive())
        return false;
    if (isForwardOnly()) {
        // Step to the end, keeping a copy of each row so the last one stays
        // readable once the statement is past it.
        if (m_detachedCurrent)
            return at() >= 0;
        if (!m_rowPending && m_done)
            return false;
        bool any = false;
        int row = at();
        QList<QVariant> last;
        if (at() >= 0 && !m_rowPending) {
            last = readRow();
            any = true;
        }
        while (advance()) {
            last = readRow();
            any = true;
            ++row;
        }
        if (!any)
            return false;
        m_rows.assign(1, std::move(last));
        m_detachedCurrent = true;
        setAt(row < 0 ? 0 : row);
        return true;
    }
    while (advance())
        m_rows.push_back(readRow());
    if (m_rows.empty())
        return false;
    setAt(static_cast<int>(m_rows.size()) - 1);
    return true;
}

QVariant SqlCipherResult::nullValue(int column) const
{
    return QVariant(m_record.field(column).metaType());
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return nullValue(column);
    case SQLITE_INTEGER: {
        const qint64 value = sqlite3_column_int64(m_stmt, column);
        if (m_record.field(column).metaType().id() == QMetaType::Bool)
            return QVariant(value != 0);
        if (numericalPrecisionPolicy() == QSql::LowPrecisionInt32)
            return QVariant(static_cast<int>(value));
        return QVariant(static_cast<qlonglong>(value));
    }
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, column);
        if (numericalPrecisionPolicy() == QSql::HighPrecision)
            return QVariant(QString::number(value, 'g', 17));
        return QVariant(value);
    }
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_stmt, column);
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(QByteArray(static_cast<const char *>(data), bytes));
    }
    default: {
        // ASCII text (most values) is widened straight from SQLite's UTF-8
        // copy; anything else goes through SQLite's UTF-16 conversion as
        // before. Both give the same QString for ASCII.
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        const int utf8Bytes = sqlite3_column_bytes(m_stmt, column);
        if (utf8 && isAscii(utf8, utf8Bytes))
            return QVariant(QString::fromLatin1(utf8, utf8Bytes));
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
        const int bytes = sqlite3_column_bytes16(m_stmt, column);
        return QVariant(QString::fromUtf16(text, bytes / 2));
    }
    }
}

QList<QVariant> SqlCipherResult::readRow() const
{
    QList<QVariant> row;
    const int columns = m_record.count();
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(columnValue(i));
    return row;
}

QVariant SqlCipherResult::data(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return {};
    if (m_detachedCurrent)
        return m_rows.front().at(column);
    if (!isForwardOnly())
        return m_rows.at(static_cast<std::size_t>(at())).at(column);
    return columnValue(column);
}

bool SqlCipherResult::isNull(int column)
{
    if (column < 0 || column >= m_record.count() || at() < 0)
        return true;
    if (m_detachedCurrent)
        return m_rows.front().at(column).isNull();
    if (!isForwardOnly())
        return m_rows.at(static_cast<std::size_t>(at())).at(column).isNull();
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastRowId != 0 ? QVariant(static_cast<qlonglong>(m_lastRowId)) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    // Ends the read so the statement no longer holds a read transaction open.
    if (m_stmt)
        sqlite3_reset(m_stmt);
    releaseRows();
    m_done = true;
}

} // namespace habeas
