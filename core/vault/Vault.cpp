#include "core/vault/Vault.h"

#include "core/Clock.h"
#include "core/vault/FileErrors.h"
#include "core/vault/LoginThrottle.h"
#include "core/vault/Migrations.h"
#include "core/vault/SqlCipher.h"
#include "core/vault/SchemaCopy.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Rows.h"
#include "core/vault/Transaction.h"
#include "core/vault/VaultLock.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Sodium.h"

#include <QAtomicInteger>
#include <QDir>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace habeas {

namespace {

QAtomicInteger<quint64> connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("habeas-vault-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

bool startsAsPlainSqlite(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

// A keyed connection to `path`; on failure the connection is removed again.
Result<QString> connectDatabase(const QString &path, const SecureBytes &rawKey, bool readOnly)
{
    SqlCipherDriver::registerDriver();
    const QString name = newConnectionName();
    QString failure;
    QSqlError error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), name);
        static_cast<SqlCipherDriver *>(db.driver())->setKey(SecureBytes::copyOf(rawKey.view()));
        db.setDatabaseName(path);
        QStringList options;
        // A writable connection keeps SQLITE_OPEN_CREATE even for an existing
        // vault: ATTACH (used by backups) inherits the connection's flags.
        if (readOnly)
            options << QStringLiteral("HABEAS_READONLY");
        db.setConnectOptions(options.join(u';'));
        if (db.open())
            return name;
        error = db.lastError();
    }
    QSqlDatabase::removeDatabase(name);
    if (error.nativeErrorCode() == QLatin1String(SqlCipherDriver::PlaintextFileCode))
        return makeError(ErrorCode::CipherInactive,
                         Vault::tr("The database is not encrypted; Habeas refuses to use it."), error.text());
    if (error.nativeErrorCode() == QLatin1String(SqlCipherDriver::CipherInactiveCode))
        return makeError(ErrorCode::CipherInactive, error.driverText(), error.databaseText());
    return sqlFailure(error, path, Vault::tr("The database file cannot be opened."));
}

void disconnectDatabase(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Reads the file without trusting it: the first query fails on a wrong key or
// a damaged first page, quick_check on any other damaged page.
Result<void> verifyReadable(QSqlDatabase &db, const QString &path)
{
    const QFileInfo file(path);
    const QString damaged = Vault::tr("The database file is damaged or has been tampered with; restore it from a backup.");
    if (file.size() == 0 || file.size() % SqlCipherDriver::PageSize != 0)
        return makeError(ErrorCode::DatabaseCorrupt, damaged,
                         QStringLiteral("size %1 is not a whole number of pages").arg(file.size()));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return sqlFailure(query.lastError(), path, Vault::tr("The vault cannot be read."));
    if (!query.exec(QStringLiteral("PRAGMA page_count")) || !query.next())
        return sqlFailure(query.lastError(), path, Vault::tr("The vault cannot be read."));
    const qint64 pages = query.value(0).toLongLong();
    const bool walHasFrames = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (!walHasFrames && pages * SqlCipherDriver::PageSize > file.size())
        return makeError(ErrorCode::DatabaseCorrupt, damaged,
                         QStringLiteral("truncated: %1 pages expected, file has %2 bytes").arg(pages).arg(file.size()));
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return sqlFailure(query.lastError(), path, Vault::tr("The vault cannot be read."));
    if (!query.next() || query.value(0).toString() != QLatin1String("ok"))
        return makeError(ErrorCode::DatabaseCorrupt, damaged,
                         QStringLiteral("quick_check: ") + query.value(0).toString().left(200));
    return {};
}

Result<void> applyPragmas(QSqlDatabase &db, const QString &path, bool readOnly)
{
    QSqlQuery query(db);
    const char *const always[] = {
        "PRAGMA foreign_keys = ON",
        "PRAGMA secure_delete = ON",
        "PRAGMA temp_store = MEMORY",
        // INSERT OR REPLACE then fires the delete guards of append-only tables.
        "PRAGMA recursive_triggers = ON",
        // 64 MiB of page cache: each page is decrypted and authenticated once
        // and then served from memory (see docs/BENCHMARKS.md).
        "PRAGMA cache_size = -65536",
    };
    for (const char *sql : always) {
        if (!query.exec(QString::fromLatin1(sql)))
            return sqlFailure(query.lastError(), path, Vault::tr("The vault cannot be configured."));
    }
    if (readOnly)
        return {};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqlFailure(query.lastError(), path, Vault::tr("The vault's journal cannot be set up."));
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return sqlFailure(query.lastError(), path, Vault::tr("The vault cannot be configured."));
    return {};
}

// Flushes a folder's entries (a rename) to the disk. Windows commits
// renames to NTFS's journal itself.
// Whether the folder's entries (a rename) are known to be on the disk.
bool syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(folder);
    return true; // the rename was written through (MOVEFILE_WRITE_THROUGH)
#endif
}

// Puts `from` in place of `to` in one step (atomic on one volume), on the
// disk before it returns on Windows; empty on success, else why not.
QString replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    if (MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                    reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return {};
    return QStringLiteral("MoveFileEx failed: error %1").arg(GetLastError());
#else
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(from).toStdString()),
                            std::filesystem::path(QFile::encodeName(to).toStdString()), failed);
    return failed ? QString::fromStdString(failed.message()) : QString();
#endif
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

VaultPaths VaultPaths::of(const QString &path)
{
    QString database = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (!database.endsWith(QLatin1String(Vault::Suffix)))
        database += QLatin1String(Vault::Suffix);
    return {database, database.chopped(int(qstrlen(Vault::Suffix))) + QLatin1String(Vault::KeysSuffix)};
}

Vault::~Vault()
{
    close();
}

QSqlDatabase Vault::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool Vault::isOpen() const
{
    return !m_connection.isEmpty() && database().isOpen();
}

void Vault::close()
{
    disconnectDatabase(m_connection);
    m_connection.clear();
    m_key.clear();
    m_nextKey.clear();
    m_caseKey.clear();
    m_nextCaseKey.clear();
    m_signingKey.clear();
    m_lock.reset();
    m_locked = false;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString &path, const QString &login, const SecureBytes &password,
                                             const Initialise &initialise, const KdfParams &kdf)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_paths = VaultPaths::of(path);
    const VaultPaths &paths = vault->m_paths;
    if (QFileInfo::exists(paths.database) || QFileInfo::exists(paths.keys))
        return makeError(ErrorCode::AlreadyExists,
                         tr("A vault already exists at %1; choose another name or location.").arg(paths.database));
    if (!QFileInfo(QFileInfo(paths.database).absolutePath()).isDir())
        return makeError(ErrorCode::Io, tr("The folder %1 does not exist.").arg(QFileInfo(paths.database).absolutePath()));
    if (normaliseLogin(login).isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The administrator's login is empty."));

    auto lock = VaultLock::acquire(paths.database);
    if (!lock)
        return lock.error();
    vault->m_lock = std::move(lock).value();

    vault->m_key = SecureBytes::random(32);
    vault->m_keyFile = KeyFile::createNew();
    if (auto added = vault->m_keyFile.addSlot(login, password, vault->m_key, SecureBytes(), kdf, &vault->m_signingKey);
        !added)
        return added.error();
    vault->m_publicKey = vault->m_keyFile.rootKey();

    // The database is written first and the key file last: until the key
    // file exists there is no vault, and a failure removes what was written.
    const auto fail = [&](Error error) -> Result<std::unique_ptr<Vault>> {
        disconnectDatabase(vault->m_connection);
        vault->m_connection.clear();
        removeDatabaseFiles(paths.database);
        return error;
    };
    auto connection = connectDatabase(paths.database, vault->m_key, false);
    if (!connection)
        return fail(connection.error());
    vault->m_connection = *connection;
    vault->m_login = normaliseLogin(login);
    if (auto initialised = vault->initialiseNew(initialise); !initialised)
        return fail(initialised.error());
    if (startsAsPlainSqlite(paths.database))
        return fail(makeError(ErrorCode::CipherInactive,
                              tr("The database was written without encryption; Habeas refuses to use it.")));
    vault->m_keyFile.recordSchemaVersion(vault->m_schemaVersion, vault->m_key);
    if (auto saved = vault->saveKeyFile(vault->m_keyFile); !saved)
        return fail(saved.error());
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const QString &login, const SecureBytes &password,
                                           VaultOpenOptions options)
{
    std::unique_ptr<Vault> vault(new Vault);
    vault->m_paths = VaultPaths::of(path);
    vault->m_readOnly = options.readOnly;
    vault->m_verify = options.verify;
    const VaultPaths &paths = vault->m_paths;
    if (!QFileInfo::exists(paths.database))
        return makeError(ErrorCode::DatabaseMissing, tr("There is no vault at %1.").arg(paths.database));
    if (!QFileInfo::exists(paths.keys))
        return makeError(ErrorCode::KeyFileMissing,
                         tr("The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.")
                             .arg(paths.keys));

    auto lock = VaultLock::acquire(paths.database);
    if (lock) {
        vault->m_lock = std::move(lock).value();
    } else if (!(options.readOnly && lock.error().code == ErrorCode::ReadOnlyLocation)) {
        // Read-only media cannot hold a lock, and nobody can write there.
        return lock.error();
    }

    auto keyFile = KeyFile::load(paths.keys);
    if (!keyFile)
        return keyFile.error();
    vault->m_keyFile = std::move(keyFile).value();
    if (auto unwrapped = vault->unwrapKey(login, password); !unwrapped)
        return unwrapped.error();

    const auto fail = [&](Error error) -> Result<std::unique_ptr<Vault>> {
        vault->close();
        return error;
    };
    vault->m_login = normaliseLogin(login);
    if (auto ready = vault->connectAndPrepare(); !ready)
        return fail(ready.error());
    return vault;
}

Result<void> Vault::initialiseNew(const Initialise &initialise)
{
    QSqlDatabase db = database();
    if (auto pragmas = applyPragmas(db, m_paths.database, false); !pragmas)
        return pragmas.error();
    auto version = Migrations::migrate(db);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    return inTransaction(db, tr("The vault cannot be created."),
                         [&]() -> Result<void> { return initialise ? initialise(*this) : Result<void>(); });
}

Result<AccountKeys> Vault::unwrapThrottled(const QString &login, const SecureBytes &password) const
{
    LoginThrottle throttle(m_paths.database);
    const QByteArray tag = m_keyFile.tagFor(login);
    const QDateTime now = Clock::system()->nowUtc();
    if (const qint64 wait = throttle.secondsUntilAllowed(tag, now); wait > 0)
        return makeError(ErrorCode::Throttled,
                         tr("Too many failed attempts for this account. Try again in %n second(s).", nullptr, int(wait)),
                         QStringLiteral("wait %1 s").arg(wait));
    auto key = m_keyFile.unwrap(login, password);
    if (!key) {
        if (key.error().code == ErrorCode::WrongPassword || key.error().code == ErrorCode::UnknownAccount) {
            // Recording may fail on read-only media; the refusal stands.
            static_cast<void>(throttle.recordFailure(tag, now));
        }
        return key.error();
    }
    // A next key must be the one the holder of the current key chose; the
    // info section may carry a MAC under either while the change is
    // pending (a migration run under the next key before the key file was
    // finished).
    const bool pending = !key->nextDatabaseKey.isEmpty();
    if (pending && !m_keyFile.nextKeyIsAuthentic(key->databaseKey, key->nextDatabaseKey))
        return makeError(ErrorCode::KeyFileCorrupt, KeyFile::tr("The key file is damaged or has been tampered with."),
                         QStringLiteral("next key MAC mismatch"));
    if (!m_keyFile.infoIsAuthentic(key->databaseKey) && !(pending && m_keyFile.infoIsAuthentic(key->nextDatabaseKey)))
        return makeError(ErrorCode::KeyFileCorrupt, KeyFile::tr("The key file is damaged or has been tampered with."),
                         QStringLiteral("info MAC mismatch"));
    static_cast<void>(throttle.recordSuccess(tag));
    return key;
}

Result<void> Vault::unwrapKey(const QString &login, const SecureBytes &password)
{
    auto keys = unwrapThrottled(login, password);
    if (!keys)
        return keys.error();
    m_key = std::move(keys->databaseKey);
    m_nextKey = std::move(keys->nextDatabaseKey);
    m_signingKey = std::move(keys->signingKey);
    m_publicKey = keys->publicKey;
    m_caseKey = std::move(keys->caseKey);
    m_nextCaseKey = std::move(keys->nextCaseKey);
    // A pending next case key counts only if a holder of the current one
    // chose it; any other is ignored and replaced by the next replacement.
    if (!m_nextCaseKey.isEmpty() && caseNextMac(m_nextCaseKey) != m_keyFile.caseNextMac())
        m_nextCaseKey.clear();
    return {};
}

QByteArray Vault::caseNextMac(const SecureBytes &nextCaseKey) const
{
    if (m_caseKey.size() != 32 || nextCaseKey.size() != 32)
        return {};
    unsigned char subkey[32];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 3, "HbsCase1", m_caseKey.data());
    const QByteArray prefix = QByteArray("vault=") + m_keyFile.vaultId() + "/next-case=";
    crypto_generichash_state state;
    crypto_generichash_init(&state, subkey, sizeof subkey, 32);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(prefix.constData()),
                              static_cast<unsigned long long>(prefix.size()));
    crypto_generichash_update(&state, nextCaseKey.data(), nextCaseKey.size());
    QByteArray mac(32, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(mac.data()), 32);
    sodium_memzero(&state, sizeof state);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

Result<void> Vault::beginCaseKeyReplacement(const QStringList &alsoTo)
{
    if (!isOpen() || m_readOnly)
        return makeError(ErrorCode::NotOpen, tr("The vault is not open for writing."));
    if (m_caseKey.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Your account does not hold the key for identity documents."));
    SecureBytes next = SecureBytes::random(32);
    KeyFile updated = m_keyFile;
    QStringList recipients{m_login};
    for (const QString &login : alsoTo) {
        if (!recipients.contains(login))
            recipients << login;
    }
    if (auto begun = updated.beginCaseKeyReplacement(next, caseNextMac(next), recipients); !begun)
        return begun;
    if (auto saved = saveKeyFile(updated); !saved)
        return saved;
    m_keyFile = std::move(updated);
    m_nextCaseKey = std::move(next);
    return {};
}

namespace {

QString caseKeyIdOf(const SecureBytes &key)
{
    if (key.size() != 32)
        return {};
    const QByteArray context("habeas-case-key-id");
    QByteArray id(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(id.data()), static_cast<size_t>(id.size()),
                       reinterpret_cast<const unsigned char *>(context.constData()), static_cast<size_t>(context.size()),
                       key.data(), key.size());
    return QString::fromLatin1(id.toHex());
}

} // namespace

QString Vault::caseKeyId() const
{
    return caseKeyIdOf(m_caseKey);
}

QString Vault::nextCaseKeyId() const
{
    return caseKeyIdOf(m_nextCaseKey);
}

Result<void> Vault::createCaseKey(const InTransaction &within)
{
    if (m_keyFile.caseKeyExists())
        return makeError(ErrorCode::AlreadyExists, tr("The vault already has a key for identity documents."));
    SecureBytes created = SecureBytes::random(32);
    KeyFile updated = m_keyFile;
    if (auto sealed = updated.sealCaseKey(m_login, created); !sealed)
        return sealed;
    // The id is recorded within the change, so the key is held meanwhile.
    std::swap(m_caseKey, created);
    auto committed = commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within() : Result<void>(); },
        tr("The key for identity documents cannot be created."));
    if (!committed)
        std::swap(m_caseKey, created);
    return committed;
}

Result<void> Vault::shareCaseKey(const QString &login, const InTransaction &within)
{
    if (m_caseKey.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Your account does not hold the key for identity documents."));
    KeyFile updated = m_keyFile;
    if (auto sealed = updated.sealCaseKey(login, m_caseKey); !sealed)
        return sealed;
    return commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within() : Result<void>(); },
        tr("The key for identity documents cannot be given to the account."));
}

Result<void> Vault::rotateCaseKey(const std::function<Result<void>(const CaseReseal &reseal)> &within,
                                  const QStringList &alsoTo)
{
    if (!isOpen() || m_readOnly)
        return makeError(ErrorCode::NotOpen, tr("The vault is not open for writing."));
    if (m_caseKey.isEmpty())
        return makeError(ErrorCode::PermissionDenied, tr("Your account does not hold the key for identity documents."));
    const QString failure = tr("The key for identity documents cannot be replaced.");
    if (m_nextCaseKey.isEmpty()) {
        if (auto begun = beginCaseKeyReplacement(alsoTo); !begun)
            return begun;
    }
    const CaseReseal reseal = [this](QByteArrayView sealed, QByteArrayView ad) -> QByteArray {
        const auto plain = aead::openKey(m_caseKey, sealed, ad);
        return plain ? aead::seal(m_nextCaseKey, plain->view(), ad) : QByteArray();
    };
    if (auto resealed = inTransaction(database(), failure, [&]() -> Result<void> { return within(reseal); }); !resealed)
        return resealed;
    return finishCaseKeyReplacement();
}

Result<void> Vault::finishCaseKeyReplacement()
{
    if (m_nextCaseKey.isEmpty())
        return {};
    // From here the next key is the one in use, whether or not the key file
    // can be written now (a later sign-in finishes it then).
    m_caseKey = std::move(m_nextCaseKey);
    KeyFile finished = m_keyFile;
    finished.finishCaseKeyReplacement();
    if (auto saved = saveKeyFile(finished); !saved)
        return saved;
    m_keyFile = std::move(finished);
    return {};
}

QByteArray Vault::sealWithCaseKey(QByteArrayView plain, QByteArrayView ad) const
{
    return aead::seal(m_caseKey, plain, ad);
}

std::optional<SecureBytes> Vault::openWithCaseKey(QByteArrayView sealed, QByteArrayView ad) const
{
    return aead::openKey(m_caseKey, sealed, ad);
}

namespace {

QByteArray signWith(const SecureBytes &secretKey, const QByteArray &message)
{
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

} // namespace

QByteArray Vault::sign(const QByteArray &message) const
{
    return signWith(m_signingKey, message);
}

std::function<QByteArray(const QByteArray &)> Vault::signerOf(const SecureBytes &secretKey)
{
    // Used only while `within` runs, when the key is still in scope.
    return [&secretKey](const QByteArray &message) { return signWith(secretKey, message); };
}

std::vector<FailedLogin> Vault::failedLogins() const
{
    return LoginThrottle(m_paths.database).pending();
}

void Vault::acknowledgeFailedLogins()
{
    static_cast<void>(LoginThrottle(m_paths.database).clearPending());
}

Result<void> Vault::checkpoint()
{
    if (!isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is not open."));
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return sqlFailure(query.lastError(), m_paths.database, tr("The journal could not be written back."));
    // (busy, log frames, checkpointed frames): busy means frames remain.
    if (query.value(0).toInt() != 0)
        return makeError(ErrorCode::Locked, tr("The journal could not be written back: the database is busy."));
    return {};
}

void Vault::lock()
{
    disconnectDatabase(m_connection);
    m_connection.clear();
    m_key.clear();
    m_nextKey.clear();
    m_caseKey.clear();
    m_nextCaseKey.clear();
    m_signingKey.clear();
    m_locked = true;
}

Result<void> Vault::unlock(const SecureBytes &password)
{
    if (!m_locked)
        return {};
    if (auto unwrapped = unwrapKey(m_login, password); !unwrapped)
        return unwrapped.error();
    if (auto ready = connectAndPrepare(); !ready) {
        m_key.clear();
        m_nextKey.clear();
        m_caseKey.clear();
        m_nextCaseKey.clear();
        m_signingKey.clear();
        return ready.error();
    }
    m_locked = false;
    return {};
}

Result<void> Vault::connectWithCurrentKey()
{
    auto connection = connectDatabase(m_paths.database, m_key, m_readOnly);
    if (!connection)
        return connection.error();
    m_connection = *connection;
    if (auto ready = checkAndUpgrade(); !ready) {
        disconnectDatabase(m_connection);
        m_connection.clear();
        return ready.error();
    }
    return {};
}

Result<void> Vault::connectAndPrepare()
{
    m_recovery = KeyChangeRecovery::None;
    const QString rekeyCopy = m_paths.database + QLatin1String(RekeySuffix);
    auto current = connectWithCurrentKey();
    if (!current && !m_nextKey.isEmpty() && current.error().code == ErrorCode::DatabaseCorrupt) {
        // A change of key was stopped after the new copy took the
        // database's place: the next key opens it. Finish the key file.
        std::swap(m_key, m_nextKey);
        if (auto next = connectWithCurrentKey(); !next) {
            std::swap(m_key, m_nextKey);
            return current.error();
        }
        m_nextKey.clear();
        if (!m_readOnly) {
            KeyFile finished = m_keyFile;
            finished.finishKeyChange(m_key);
            if (auto saved = saveKeyFile(finished); !saved) {
                disconnectDatabase(m_connection);
                m_connection.clear();
                return saved.error();
            }
            m_keyFile = std::move(finished);
            m_recovery = KeyChangeRecovery::Finished;
        }
        return {};
    }
    if (!current)
        return current;
    if (!m_readOnly && m_keyFile.keyChangePending()) {
        // Stopped before the new copy was in place: the database still has
        // the old key. Do the change now; if it cannot be done now, the
        // vault is usable as it is and the next open tries again.
        m_recovery = completeKeyChange() ? KeyChangeRecovery::Resumed : KeyChangeRecovery::Deferred;
        // A change that failed after closing the connection leaves it to
        // be opened again, with whichever key the database now has.
        if (!isOpen()) {
            if (auto reopened = reopenConnection(); !reopened) {
                disconnectDatabase(m_connection);
                m_connection.clear();
                return reopened;
            }
        }
    } else if (!m_readOnly && QFileInfo::exists(rekeyCopy)) {
        removeDatabaseFiles(rekeyCopy);
    }
    return {};
}

Result<void> Vault::checkAndUpgrade()
{
    QSqlDatabase db = database();
    if (auto readable = verifyReadable(db, m_paths.database); !readable)
        return readable.error();
    if (m_verify) {
        auto version = Migrations::currentVersion(db);
        if (!version)
            return version.error();
        if (auto verified = m_verify(db, *version); !verified)
            return verified;
    }
    if (auto pragmas = applyPragmas(db, m_paths.database, m_readOnly); !pragmas)
        return pragmas.error();

    if (m_readOnly) {
        auto version = Migrations::currentVersion(db);
        if (!version)
            return version.error();
        if (*version > Migrations::latestVersion())
            return makeError(ErrorCode::NewerVersion,
                             Migrations::tr("This vault was written by a newer version of Habeas (schema %1; this version knows up to %2). Install the newer version to open it.")
                                      .arg(*version)
                                      .arg(Migrations::latestVersion()));
        m_schemaVersion = *version;
    } else {
        auto version = Migrations::migrate(db);
        if (!version)
            return version.error();
        m_schemaVersion = *version;
        // Frames left in the WAL by a process that stopped between a commit
        // and its checkpoint may hold the pages of deleted rows next to
        // older pages of the main file: write them back now. A failure here
        // loses nothing and is tried again at the next open.
        if (QFileInfo(m_paths.database + QStringLiteral("-wal")).size() > 0)
            static_cast<void>(checkpoint());
        if (m_keyFile.recordedSchemaVersion() != *version) {
            KeyFile updated = m_keyFile;
            updated.recordSchemaVersion(*version, m_key);
            if (auto saved = saveKeyFile(updated); !saved)
                return saved.error();
            m_keyFile = std::move(updated);
        }
    }

    return {};
}

Result<VaultInfo> Vault::info(const QString &path)
{
    const VaultPaths paths = VaultPaths::of(path);
    if (!QFileInfo::exists(paths.database))
        return makeError(ErrorCode::DatabaseMissing, tr("There is no vault at %1.").arg(paths.database));
    auto keyFile = KeyFile::load(paths.keys);
    if (!keyFile)
        return keyFile.error();
    VaultInfo info;
    info.keyFormat = KeyFile::FormatVersion;
    info.cipherFormat = KeyFile::CipherFormat;
    info.pageSize = SqlCipherDriver::PageSize;
    info.recordedSchemaVersion = keyFile->recordedSchemaVersion();
    info.slotCount = keyFile->slotCount();
    info.databaseBytes = QFileInfo(paths.database).size();
    info.databaseEncrypted = !startsAsPlainSqlite(paths.database);
    info.lockedBy = VaultLock::holder(paths.database);
    return info;
}

Result<void> Vault::saveKeyFile(const KeyFile &file) const
{
    return file.save(m_paths.keys);
}

Result<void> Vault::commitKeyChange(KeyFile updated, const std::function<Result<void>()> &databaseWork,
                                    const QString &failure, bool newKey)
{
    if (!isOpen() || m_readOnly)
        return makeError(ErrorCode::NotOpen, tr("The vault is not open for writing."));
    // A revocation seals a new database key to every remaining slot (or
    // keeps the one a pending change already chose).
    // Always a fresh one: a next key chosen earlier was sealed to the slot
    // being revoked too. (While the vault is open its database is under the
    // current key, so the earlier next key can simply be forgotten.)
    SecureBytes next;
    if (newKey) {
        next = SecureBytes::random(32);
        if (auto begun = updated.beginKeyChange(next, m_key); !begun)
            return begun;
    }
    auto transaction = Transaction::begin(database(), failure);
    if (!transaction)
        return transaction.error();
    // The rows and the slot land together: the key file is written inside
    // the transaction, which commits only once the new file is safely on disk.
    if (auto worked = databaseWork(); !worked)
        return worked;
    if (auto saved = saveKeyFile(updated); !saved)
        return saved;
    if (auto committed = transaction->commit(); !committed) {
        // Put the key file back as it was, so that it matches the database.
        static_cast<void>(saveKeyFile(m_keyFile));
        return committed;
    }
    m_keyFile = std::move(updated);
    if (!next.isEmpty())
        m_nextKey = std::move(next);
    return {};
}

Result<void> Vault::addSlot(const QString &login, const SecureBytes &password, const KdfParams &kdf,
                            const SlotWork &within)
{
    KeyFile updated = m_keyFile;
    SecureBytes signingKey;
    if (auto added = updated.addSlot(login, password, m_key, m_nextKey, kdf, &signingKey); !added)
        return added;
    const NewSlotKey key{updated.slotFor(login)->publicKey, signerOf(signingKey)};
    return commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within(key) : Result<void>(); },
        tr("The account cannot be updated."));
}

Result<void> Vault::changePassword(const QString &login, const SecureBytes &newPassword, const KdfParams &kdf,
                                   const SlotWork &within, bool revokeOld, bool newKeyPair)
{
    KeyFile updated = m_keyFile;
    const bool own = normaliseLogin(login) == m_login;
    const bool keep = own && !newKeyPair;
    SecureBytes signingKey;
    if (auto rewrapped = updated.rewrapSlot(login, newPassword, m_key, m_nextKey, kdf, keep ? &m_signingKey : nullptr,
                                            keep ? nullptr : &signingKey);
        !rewrapped)
        return rewrapped;
    // The signed-in person keeps the case key, sealed to their new key pair.
    if (own && newKeyPair && !m_caseKey.isEmpty()) {
        if (auto sealed = updated.sealCaseKey(login, m_caseKey, m_nextCaseKey); !sealed)
            return sealed;
    }
    const QByteArray publicKey = updated.slotFor(login)->publicKey;
    const NewSlotKey key{publicKey, signerOf(keep ? m_signingKey : signingKey)};
    auto changed = commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within(key) : Result<void>(); },
        tr("The password cannot be changed."), revokeOld);
    if (changed && own && newKeyPair) {
        m_signingKey = std::move(signingKey);
        m_publicKey = publicKey;
    }
    return changed;
}

Result<void> Vault::removeSlot(const QString &login, const InTransaction &within, bool disabled)
{
    KeyFile updated = m_keyFile;
    if (auto removed = updated.removeSlot(login, disabled); !removed)
        return removed;
    return commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within() : Result<void>(); },
        tr("The account cannot be updated."), true);
}

Result<void> Vault::removeSlotByTag(const QByteArray &tag, const InTransaction &within)
{
    KeyFile updated = m_keyFile;
    if (auto removed = updated.removeSlotByTag(tag); !removed)
        return removed;
    return commitKeyChange(
        std::move(updated), [&]() -> Result<void> { return within ? within() : Result<void>(); },
        tr("The account cannot be updated."), true);
}

Result<void> Vault::beginKeyChange(const InTransaction &within)
{
    return commitKeyChange(
        m_keyFile, [&]() -> Result<void> { return within ? within() : Result<void>(); },
        tr("The vault key cannot be changed."), true);
}

Result<void> Vault::completeKeyChange(const Progress &progress)
{
    if (!isOpen() || m_readOnly)
        return makeError(ErrorCode::NotOpen, tr("The vault is not open for writing."));
    if (!m_keyFile.keyChangePending() || m_nextKey.size() != 32)
        return {};
    const QString failed = tr("The vault key could not be changed.");
    const QString copy = m_paths.database + QLatin1String(RekeySuffix);
    if (auto written = writeCopy(copy, m_nextKey, {}, failed, progress); !written)
        return written;
    // Nothing of the old database may stay in its journal: write it back,
    // then close the connection (which removes the WAL).
    if (auto written = checkpoint(); !written) {
        removeDatabaseFiles(copy);
        return written;
    }
    // The connection is closed, not removed: copies of it that services
    // hold stay valid once it is opened again under the new key.
    database().close();
    if (const QString renameError = replaceFile(copy, m_paths.database); !renameError.isEmpty()) {
        removeDatabaseFiles(copy);
        if (auto reopened = reopenConnection(); !reopened)
            return reopened;
        return writeFailure(m_paths.database, failed, renameError);
    }
    // From here the database has the new key. The rename reaches the disk
    // before the key file stops naming the old key. A folder that cannot be
    // flushed (some network file systems refuse) is tried once more, then
    // reported: the change goes on, as keeping two key states in memory
    // would be worse than a rename the file system may still be holding.
    const QString folder = QFileInfo(m_paths.database).absolutePath();
    if (!syncFolder(folder) && !syncFolder(folder))
        qWarning("habeas: the vault's folder could not be flushed after the key change");
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(m_paths.database + QLatin1String(suffix));
    std::swap(m_key, m_nextKey);
    m_nextKey.clear();
    KeyFile finished = m_keyFile;
    finished.finishKeyChange(m_key);
    // The change is made even if this write fails: the file on disk then
    // still holds both keys (the revoked slot already gone), and the next
    // open finishes it. The vault's own copy is finished either way, so
    // that a later key file write cannot mix the two states.
    static_cast<void>(saveKeyFile(finished));
    m_keyFile = std::move(finished);
    return reopenConnection();
}

Result<void> Vault::reopenConnection()
{
    QSqlDatabase db = database();
    static_cast<SqlCipherDriver *>(db.driver())->setKey(SecureBytes::copyOf(m_key.view()));
    if (!db.open())
        return sqlFailure(db.lastError(), m_paths.database, tr("The database file cannot be opened."));
    return checkAndUpgrade();
}

int Vault::nextPasswordSerial(const QString &login) const
{
    const KeySlot *slot = m_keyFile.slotFor(login);
    return slot ? slot->serial + 1 : 1;
}

Result<void> Vault::checkPassword(const QString &login, const SecureBytes &password) const
{
    auto key = unwrapThrottled(login, password);
    if (!key)
        return key.error();
    return {};
}

Result<CheckReport> Vault::check() const
{
    if (!isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is not open."));
    CheckReport report;
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("PRAGMA cipher_version")) && query.next())
        report.cipherVersion = query.value(0).toString();
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlFailure(query.lastError(), m_paths.database, tr("The vault cannot be checked."));
    // A page too damaged to be read is itself a finding of the check.
    if (auto read = forEachRow(query, tr("The vault cannot be checked."), [&] {
            const QString line = query.value(0).toString();
            if (line != QLatin1String("ok"))
                report.problems << line;
        });
        !read)
        report.problems << read.error().detail;
    if (query.exec(QStringLiteral("PRAGMA page_count")) && query.next())
        report.pages = query.value(0).toLongLong();
    auto version = Migrations::currentVersion(db);
    if (!version)
        return version.error();
    report.schemaVersion = *version;
    return report;
}

Result<std::vector<TableSummary>> Vault::tables() const
{
    if (!isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is not open."));
    QSqlDatabase db = database();
    std::vector<TableSummary> summary;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const QString &table : db.tables()) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + db.driver()->escapeIdentifier(table, QSqlDriver::TableName))
            || !query.next())
            return sqlFailure(query.lastError(), m_paths.database, tr("The vault cannot be read."));
        summary.push_back({table, query.value(0).toLongLong()});
    }
    return summary;
}

Result<void> Vault::writeCopy(const QString &partial, const SecureBytes &key, const QStringList &leftOut,
                             const QString &failed, const Progress &progress) const
{
    removeDatabaseFiles(partial);
    // Export through the C API so that the key is bound from guarded memory
    // and never passes through a QString.
    sqlite3 *handle = static_cast<SqlCipherDriver *>(database().driver())->connection();
    {
        const SecureBytes spec = SqlCipherDriver::rawKeySpec(key);
        sqlite3_stmt *stmt = nullptr;
        const QByteArray file = partial.toUtf8();
        int rc = sqlite3_prepare_v2(handle, "ATTACH DATABASE ?1 AS habeas_backup KEY ?2", -1, &stmt, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(stmt, 1, file.constData(), int(file.size()), SQLITE_TRANSIENT);
            sqlite3_bind_blob(stmt, 2, spec.data(), int(spec.size()), SQLITE_STATIC);
            rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(handle);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_OK) {
            removeDatabaseFiles(partial);
            return writeFailure(partial, failed, QString::fromUtf8(sqlite3_errmsg(handle)));
        }
    }
    const auto detachAndFail = [&](const QString &detail, int rc) -> Result<void> {
        sqlite3_exec(handle, "DETACH DATABASE habeas_backup", nullptr, nullptr, nullptr);
        // A failed COMMIT may come back as a generic error carrying the
        // inner message, so SQLITE_FULL is recognised by SQLite's own text
        // for it too.
        const bool full = (rc & 0xFF) == SQLITE_FULL || detail == QLatin1String(sqlite3_errstr(SQLITE_FULL));
        const Error error = full
                                ? makeError(ErrorCode::DiskFull,
                                            failed + u' ' + tr("The disk is full: free some space and try again."), detail)
                                : writeFailure(partial, failed, detail);
        removeDatabaseFiles(partial);
        return error;
    };
    const QString cipher = SqlCipherDriver::cipherVersion();
    if (cipher.section(u'.', 0, 0).toInt() >= 4)
        sqlite3_exec(handle, "PRAGMA habeas_backup.cipher_compatibility = 3", nullptr, nullptr, nullptr);
    if (sqlite3_exec(handle, "PRAGMA habeas_backup.cipher_page_size = 4096", nullptr, nullptr, nullptr) != SQLITE_OK)
        return detachAndFail(QString::fromUtf8(sqlite3_errmsg(handle)), sqlite3_extended_errcode(handle));
    // The tables the caller leaves out are created empty: their rows never
    // reach the destination, in the copy or in any journal.
    if (auto failure = copySchemaAndRows(handle, QStringLiteral("habeas_backup"), leftOut, progress))
        return detachAndFail(failure->message, failure->code);
    const QStringList tables = database().tables();
    if (sqlite3_exec(handle, "DETACH DATABASE habeas_backup", nullptr, nullptr, nullptr) != SQLITE_OK) {
        removeDatabaseFiles(partial);
        return writeFailure(partial, failed, QString::fromUtf8(sqlite3_errmsg(handle)));
    }

    // Verify: the copy opens with the same key, is sound, and holds as many
    // rows in every table as the vault.
    {
        auto connection = connectDatabase(partial, key, true);
        if (!connection) {
            removeDatabaseFiles(partial);
            return makeError(ErrorCode::Io, failed, connection.error().detail);
        }
        QString mismatch;
        {
            QSqlDatabase copy = QSqlDatabase::database(*connection, false);
            QSqlQuery check(copy);
            if (!check.exec(QStringLiteral("PRAGMA integrity_check")) || !check.next()
                || check.value(0).toString() != QLatin1String("ok"))
                mismatch = QStringLiteral("integrity_check failed on the copy");
            for (const QString &table : tables) {
                if (!mismatch.isEmpty())
                    break;
                const QString count = QStringLiteral("SELECT count(*) FROM ") + database().driver()->escapeIdentifier(table, QSqlDriver::TableName);
                QSqlQuery original(database());
                QSqlQuery copied(copy);
                const bool emptied = leftOut.contains(table);
                if (!original.exec(count) || !original.next() || !copied.exec(count) || !copied.next()
                    || (emptied ? copied.value(0).toLongLong() != 0 : original.value(0) != copied.value(0)))
                    mismatch = QStringLiteral("row count differs in ") + table;
            }
            if (copy.tables() != tables && mismatch.isEmpty())
                mismatch = QStringLiteral("table list differs");
        }
        disconnectDatabase(*connection);
        if (!mismatch.isEmpty()) {
            removeDatabaseFiles(partial);
            return makeError(ErrorCode::Io, failed + u' ' + tr("The copy did not match the vault."), mismatch);
        }
    }
    return {};
}

Result<void> Vault::backup(const QString &destination, const QStringList &leftOut) const
{
    if (!isOpen())
        return makeError(ErrorCode::NotOpen, tr("The vault is not open."));
    const VaultPaths target = VaultPaths::of(destination);
    if (target.database == m_paths.database)
        return makeError(ErrorCode::InvalidArgument, tr("A backup cannot replace the vault it is made from."));
    if (QFileInfo::exists(target.database) || QFileInfo::exists(target.keys))
        return makeError(ErrorCode::AlreadyExists,
                         tr("A file already exists at %1; choose another name for the backup.").arg(target.database));
    const QString partial = target.database + QStringLiteral(".partial");
    const QString failed = tr("The backup could not be written.");

    if (auto written = writeCopy(partial, m_key, leftOut, failed, {}); !written)
        return written;
    if (auto saved = m_keyFile.save(target.keys); !saved) {
        removeDatabaseFiles(partial);
        return saved.error();
    }
    if (!QFile::rename(partial, target.database)) {
        removeDatabaseFiles(partial);
        QFile::remove(target.keys);
        return writeFailure(target.database, failed, QStringLiteral("rename failed"));
    }
    return {};
}

Result<QString> Vault::restore(const QString &backupPath, const QString &targetPath, const QString &login,
                               const SecureBytes &password)
{
    const VaultPaths source = VaultPaths::of(backupPath);
    const VaultPaths target = VaultPaths::of(targetPath);
    if (source.database == target.database)
        return makeError(ErrorCode::InvalidArgument, tr("The backup and the vault to restore are the same file."));
    {
        auto verified = open(backupPath, login, password, VaultOpenOptions{.readOnly = true, .verify = {}});
        if (!verified)
            return verified.error();
        auto report = (*verified)->check();
        if (!report)
            return report.error();
        if (!report->ok())
            return makeError(ErrorCode::DatabaseCorrupt,
                             tr("The backup is damaged and cannot be restored."), report->problems.join(u'\n'));
    }
    auto lock = VaultLock::acquire(target.database);
    if (!lock)
        return lock.error();

    const QString failed = tr("The backup could not be restored.");
    const QString partialDb = target.database + QStringLiteral(".restoring");
    const QString partialKeys = target.keys + QStringLiteral(".restoring");
    QFile::remove(partialDb);
    QFile::remove(partialKeys);
    if (!QFile::copy(source.database, partialDb) || !QFile::copy(source.keys, partialKeys)) {
        QFile::remove(partialDb);
        QFile::remove(partialKeys);
        return writeFailure(target.database, failed, QStringLiteral("copy failed"));
    }
    const QString stamp = Clock::system()->nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // The replaced files stay a vault of their own: NAME.replaced-TIME.habeas
    // with its key file and journal, which can be opened to be cleaned.
    const VaultPaths kept = VaultPaths::of(target.database.chopped(int(qstrlen(Suffix))) + QStringLiteral(".replaced-")
                                           + stamp);
    const QString &keptDb = kept.database;
    const QString &keptKeys = kept.keys;
    const bool hadDb = QFileInfo::exists(target.database);
    const bool hadKeys = QFileInfo::exists(target.keys);
    // Every step is undone if a later one fails: the target ends as it was,
    // or fully restored.
    std::vector<std::pair<QString, QString>> moved; // (from, to) done so far
    const auto undo = [&](const QString &detail) -> Result<QString> {
        for (auto it = moved.rbegin(); it != moved.rend(); ++it) {
            QFile::remove(it->first);
            QFile::rename(it->second, it->first);
        }
        QFile::remove(partialDb);
        QFile::remove(partialKeys);
        return writeFailure(target.database, failed, detail);
    };
    const auto move = [&](const QString &from, const QString &to) {
        if (!QFile::rename(from, to))
            return false;
        moved.emplace_back(from, to);
        return true;
    };
    if (hadDb && !move(target.database, keptDb))
        return undo(QStringLiteral("could not set the old database aside"));
    if (hadKeys && !move(target.keys, keptKeys))
        return undo(QStringLiteral("could not set the old key file aside"));
    // The old vault's WAL and shared-memory files belong to it: left in
    // place, SQLite would replay the WAL onto the restored copy.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString stale = target.database + QLatin1String(suffix);
        if (QFileInfo::exists(stale) && !move(stale, keptDb + QLatin1String(suffix)))
            return undo(QStringLiteral("could not set the old journal aside"));
    }
    if (!QFile::rename(partialDb, target.database))
        return undo(QStringLiteral("rename of the restored database failed"));
    if (!QFile::rename(partialKeys, target.keys)) {
        // Take the restored database out again, then undo the rest.
        QFile::rename(target.database, partialDb);
        return undo(QStringLiteral("rename of the restored key file failed"));
    }
    return hadDb ? keptDb : QString();
}

} // namespace habeas
