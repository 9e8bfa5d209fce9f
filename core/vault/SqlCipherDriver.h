#pragma once

// A QSqlDriver over the SQLCipher C API, written against Qt's public API only.
// It is registered with QSqlDatabase under SqlCipherDriver::Name; Qt's QSQLITE
// plugin must never be loaded in the same process (both export sqlite3_*).
//
// Every connection is encrypted: setKey() must be called with the raw 256-bit
// key before QSqlDatabase::open(), and open() fails without one. After keying,
// open() sets the SQLCipher 3 file format (cipher_compatibility on SQLCipher 4)
// and refuses to go on unless the cipher is really active.
//
// Connect options (semicolon separated): HABEAS_READONLY, HABEAS_NO_CREATE,
// HABEAS_BUSY_TIMEOUT=<ms> (default 5000).

#include "core/crypto/SecureBytes.h"

#include <QSqlDriver>
#include <QSqlError>

#include <QList>

struct sqlite3;

namespace habeas {

class SqlCipherResult;

class SqlCipherDriver final : public QSqlDriver {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SqlCipherDriver)

public:
    static constexpr auto Name = "HABEAS_SQLCIPHER";
    static constexpr int PageSize = 4096;
    // QSqlError::nativeErrorCode() of the two refusals that are not SQLite's.
    static constexpr auto CipherInactiveCode = "habeas-cipher-inactive";
    static constexpr auto PlaintextFileCode = "habeas-plaintext-file";

    // Registers the driver under Name; idempotent.
    static void registerDriver();
    // The SQLCipher library version ("3.4.1", "4.6.1 community"), or empty
    // when the library linked is not SQLCipher.
    static QString cipherVersion();
    // The raw-key form x'<64 hex digits>' that makes SQLCipher use a key as
    // is, without its own key derivation; in guarded memory.
    static SecureBytes rawKeySpec(const SecureBytes &rawKey);

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Takes the raw 32-byte database key; it is wiped when open() returns.
    void setKey(SecureBytes rawKey);

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }
    // True while a transaction is open on the connection (autocommit is off).
    bool inTransaction() const;

private:
    friend class SqlCipherResult;
    bool fail(const QString &text, QSqlError::ErrorType type, int code);
    bool fail(const QString &text, QSqlError::ErrorType type, const QString &code);
    bool execSimple(const char *sql, const QString &what, QSqlError::ErrorType type);

    sqlite3 *m_db = nullptr;
    SecureBytes m_key;
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace habeas
