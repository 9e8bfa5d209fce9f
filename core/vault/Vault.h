#pragma once

// A vault: the encrypted database NAME.habeas and its key file
// NAME.habeas-keys, opened by one process at a time. A Vault object owns the
// open connection, the lock and the raw database key (in guarded memory)
// until close(); every failure leaves both files exactly as they were.
//
// Flow of open(): lock → read key file → unwrap the account's slot (Argon2id,
// XChaCha20-Poly1305) → key the connection → prove the cipher is active →
// check the file (size, quick_check) → pragmas → schema version (migrate, or
// refuse a newer vault).
//
// The engine knows no domain: it keeps slots, not accounts. What the first
// rows of a new vault are, who may sign in, and which tables a backup leaves
// empty are decided by the services that own them.

#include "core/Progress.h"
#include "core/Result.h"
#include "core/VaultInfo.h"
#include "core/vault/KeyFile.h"
#include "core/vault/LoginThrottle.h"
#include "core/crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>
#include <memory>
#include <utility>
#include <vector>

namespace habeas {

class VaultLock;

struct VaultPaths final {
    QString database; // NAME.habeas
    QString keys;     // NAME.habeas-keys

    // Accepts "NAME" or "NAME.habeas".
    static VaultPaths of(const QString &path);
};

struct VaultOpenOptions final {
    // Opens without writing anything: no migration, no journal change.
    // Used to verify backups before a restore.
    bool readOnly = false;
    // Runs once the file is known to be readable and before anything is
    // written (at every open and unlock), with the schema version found;
    // its error refuses the vault. The audit log's guards are checked here.
    std::function<Result<void>(const QSqlDatabase &db, int schemaVersion)> verify;
};

class Vault final {
    Q_DECLARE_TR_FUNCTIONS(Vault)
    Q_DISABLE_COPY_MOVE(Vault)

public:
    static constexpr auto Suffix = ".habeas";
    static constexpr auto KeysSuffix = ".habeas-keys";
    // The copy under a new key while the key is being changed.
    static constexpr auto RekeySuffix = ".rekey";

    // Creates both files with one slot for `login`. `initialise` runs in the
    // first transaction, once the schema is built, and writes the first rows;
    // its failure removes everything that was written.
    // Errors: AlreadyExists, Io, InvalidArgument (empty login), Locked,
    // CipherInactive, DiskFull, ReadOnlyLocation, Sql, or initialise's own.
    using Initialise = std::function<Result<void>(Vault &vault)>;
    static Result<std::unique_ptr<Vault>> create(const QString &path, const QString &login,
                                                 const SecureBytes &password, const Initialise &initialise,
                                                 const KdfParams &kdf = KdfParams::standard());
    // Errors: DatabaseMissing, KeyFileMissing, KeyFileCorrupt, Locked,
    // Throttled, WrongPassword, UnknownAccount, AccountDisabled (the slot),
    // CipherInactive, DatabaseCorrupt, NewerVersion, DiskFull,
    // ReadOnlyLocation, Io, Sql.
    static Result<std::unique_ptr<Vault>> open(const QString &path, const QString &login,
                                               const SecureBytes &password, VaultOpenOptions options = {});
    // Errors: DatabaseMissing, KeyFileMissing, KeyFileCorrupt.
    static Result<VaultInfo> info(const QString &path);
    // Puts the backup at `target` after checking that it opens with the
    // given account. Existing vault files at `target` are kept beside it as
    // a vault of their own, NAME.replaced-<UTC time>.habeas with its key file
    // and journal. Returns the kept copy's database path, empty when there
    // was no vault at `target`.
    // Errors: those of open(), DatabaseCorrupt, Locked, DiskFull,
    // ReadOnlyLocation, Io.
    static Result<QString> restore(const QString &backupPath, const QString &target, const QString &login,
                                   const SecureBytes &password);

    ~Vault();

    // The open connection; only storage and repositories run SQL on it.
    QSqlDatabase database() const;
    const VaultPaths &paths() const { return m_paths; }
    QString login() const { return m_login; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    const KeyFile &keyFile() const { return m_keyFile; }

    // The signed-in account's Ed25519 public key, and a detached signature
    // of `message` by its secret key (empty while locked). The secret key
    // never leaves the vault object.
    const QByteArray &publicKey() const { return m_publicKey; }
    QByteArray sign(const QByteArray &message) const;

    // Key slots. Each rewrites the key file atomically inside a database
    // transaction; `within` runs in that transaction (further rows, the audit
    // entry) and its failure undoes everything. For a slot added or given a
    // new password, `within` gets the slot's key pair (NewSlotKey).
    using InTransaction = std::function<Result<void>()>;
    // The key pair of a slot just made or given a new password: its public
    // key, and a signature with its private key (for the checkpoint its
    // owner's first sign-in starts from).
    struct NewSlotKey {
        QByteArray publicKey;
        std::function<QByteArray(const QByteArray &message)> sign;
    };
    using SlotWork = std::function<Result<void>(const NewSlotKey &key)>;
    // Errors of the slot calls: NotOpen, AlreadyExists, UnknownAccount,
    // InvalidArgument (last slot), DiskFull, ReadOnlyLocation, Io, Sql, or
    // within's own.
    Result<void> addSlot(const QString &login, const SecureBytes &password,
                         const KdfParams &kdf = KdfParams::standard(), const SlotWork &within = {});
    // A change made for someone else (a reset) gives them a new key pair;
    // the signed-in person's own change keeps theirs unless `newKeyPair`
    // (a pair made under a password someone else chose). `within` gets the
    // slot's public key and still signs with the old key. `revokeOld`: the old
    // password may be known to someone else, so the database key is changed
    // too (begun here; see completeKeyChange()).
    Result<void> changePassword(const QString &login, const SecureBytes &newPassword,
                                const KdfParams &kdf = KdfParams::standard(), const SlotWork &within = {},
                                bool revokeOld = false, bool newKeyPair = false);
    // Removing a slot revokes it: the change of the database key begins in
    // the same key file, so that no copy of an older key file opens the
    // vault once completeKeyChange() has run.
    // `disabled`: the owner is told the account is disabled, not unknown.
    Result<void> removeSlot(const QString &login, const InTransaction &within = {}, bool disabled = false);
    // The same for a slot known by its tag only (one that no account row
    // names: a repair after an interrupted change).
    Result<void> removeSlotByTag(const QByteArray &tag, const InTransaction &within = {});

    // The case key (KeyFile::sealCaseKey), when the signed-in account's slot
    // holds it. It never leaves this object: values are sealed and opened
    // with it here.
    bool holdsCaseKey() const { return !m_caseKey.isEmpty(); }
    // A public name of the case key (a hash keyed by it), for the audit log.
    QString caseKeyId() const;
    // A new case key, sealed to the signed-in account's slot only; refused
    // when the vault has one. `within` runs in the change's transaction.
    Result<void> createCaseKey(const InTransaction &within = {});
    // Seals the held case key to `login`'s slot.
    Result<void> shareCaseKey(const QString &login, const InTransaction &within = {});
    // Replaces the case key (see
    // KeyFile::caseKeyRotationDue), in three steps a stop may fall between:
    // the key file gets the next key beside the current one; `within` runs
    // in one transaction with a function that seals again, under the next
    // key, what the current key sealed (empty when it does not open); then
    // the key file keeps the next key only. A replacement found pending at
    // sign-in resumes (the transaction again) or finishes (the last step),
    // as the audit log says which key is in use.
    using CaseReseal = std::function<QByteArray(QByteArrayView sealed, QByteArrayView ad)>;
    // The next key goes to the signed-in account and to `alsoTo` (logins
    // the caller found entitled); every other slot loses the case key.
    Result<void> rotateCaseKey(const std::function<Result<void>(const CaseReseal &reseal)> &within,
                               const QStringList &alsoTo = {});
    Result<void> finishCaseKeyReplacement();
    // The first step alone: a fresh next key in the key file, authenticated
    // under the current one, sealed to the signed-in account and `alsoTo`.
    Result<void> beginCaseKeyReplacement(const QStringList &alsoTo = {});
    bool caseKeyRotationDue() const { return m_keyFile.caseKeyRotationDue(); }
    bool caseKeyReplacementPending() const { return !m_nextCaseKey.isEmpty(); }
    QString nextCaseKeyId() const;
    // Empty / nothing when the case key is not held or does not open.
    QByteArray sealWithCaseKey(QByteArrayView plain, QByteArrayView ad) const;
    std::optional<SecureBytes> openWithCaseKey(QByteArrayView sealed, QByteArrayView ad) const;

    // Changing the database key, in two steps that a process may be stopped
    // between or during without losing the vault:
    // 1. begin: the key file seals a new random key to every slot beside the
    //    current one (written atomically, with `within` in one transaction);
    // 2. complete: the database is copied under the new key into
    //    NAME.habeas.rekey, verified, put in place of the database (an
    //    atomic rename, then the folder is flushed), and the key file keeps
    //    only the new key.
    // Until step 2 ends the key file holds both keys and open() tries both:
    // it finishes a change whose copy was already in place and resumes one
    // that was not.
    // Errors of complete: NotOpen, Locked (a reader holds the journal),
    // DiskFull, ReadOnlyLocation, Io, Sql; the change then stays pending.
    Result<void> beginKeyChange(const InTransaction &within = {});
    Result<void> completeKeyChange(const Progress &progress = {});
    bool keyChangePending() const { return m_keyFile.keyChangePending(); }
    // The check VaultOpenOptions::verify runs, for the unlocks of a vault
    // opened without it (creation, demo).
    void setOpenCheck(std::function<Result<void>(const QSqlDatabase &, int)> verify) { m_verify = std::move(verify); }
    // The serial a new password of `login`'s slot will have.
    int nextPasswordSerial(const QString &login) const;
    // What open() found and did about an interrupted change of key.
    enum class KeyChangeRecovery { None, Finished, Resumed, Deferred };
    KeyChangeRecovery keyChangeRecovery() const { return m_recovery; }
    // Whether the password opens the login's slot, slowing down guesses as
    // sign-in does; the vault's own key is not touched.
    Result<void> checkPassword(const QString &login, const SecureBytes &password) const;

    // An encrypted copy at `destination` plus its key file, verified by
    // reopening it before it is given its final name. The tables in
    // `leftOut` are created empty: none of their rows is written to the
    // destination, in the copy or in a journal (see SchemaCopy.h).
    // Errors: NotOpen, InvalidArgument, AlreadyExists, DiskFull,
    // ReadOnlyLocation, Io.
    Result<void> backup(const QString &destination, const QStringList &leftOut = {}) const;
    // cipher active, full integrity_check, schema version.
    Result<CheckReport> check() const;
    // The tables and their row counts (for the overview and for checks).
    Result<std::vector<TableSummary>> tables() const;

    // Copies the WAL into the database and truncates it, so that frames of
    // deleted rows do not outlive them in the WAL file.
    Result<void> checkpoint();
    // The raw database key, for the test that decrypts pages to prove that
    // destroyed data is gone. Nothing else may use it.
    const SecureBytes &rawKeyForProof() const { return m_key; }

    // Closes the connection, wipes the key and releases the lock.
    void close();
    bool keyWiped() const { return m_key.isEmpty(); }

    // Closes the connection and wipes the key but keeps the vault reserved
    // (the lock file stays held); unlock() needs the password again.
    void lock();
    Result<void> unlock(const SecureBytes &password);
    bool isLocked() const { return m_locked; }

    // Failed sign-ins recorded since the last successful one, by slot tag
    // (keyFile().tagFor(login) names them), for the audit log; acknowledge
    // once written there.
    std::vector<FailedLogin> failedLogins() const;
    void acknowledgeFailedLogins();

private:
    Vault() = default;
    // Connects with m_key, then checks, configures and migrates; on a wrong
    // key with a change pending, tries the next key (see open()).
    Result<void> connectAndPrepare();
    Result<void> connectWithCurrentKey();
    // Opens the existing (closed) connection again with m_key.
    Result<void> reopenConnection();
    Result<void> saveKeyFile(const KeyFile &file) const;
    QByteArray caseNextMac(const SecureBytes &nextCaseKey) const;
    static std::function<QByteArray(const QByteArray &)> signerOf(const SecureBytes &secretKey);
    // The database copied under `key` into `partial` (the tables in
    // `leftOut` created empty), verified; removed again on any failure.
    Result<void> writeCopy(const QString &partial, const SecureBytes &key, const QStringList &leftOut,
                           const QString &failed, const Progress &progress) const;
    // `newKey`: the change also begins a change of the database key.
    Result<void> commitKeyChange(KeyFile updated, const std::function<Result<void>()> &databaseWork,
                                 const QString &failure, bool newKey = false);
    // The raw key in `login`'s slot (the key file's info authenticated with
    // it), refused while the account must wait;
    // failures and successes are recorded in the throttle file.
    Result<AccountKeys> unwrapThrottled(const QString &login, const SecureBytes &password) const;
    // Derives the raw key for `login` from its slot, slowing down guessing.
    Result<void> unwrapKey(const QString &login, const SecureBytes &password);
    // After keying: file checks, pragmas, schema version.
    Result<void> checkAndUpgrade();
    // After keying a new file: pragmas, schema, then `initialise`.
    Result<void> initialiseNew(const Initialise &initialise);

    VaultPaths m_paths;
    QString m_login;
    QString m_connection;
    SecureBytes m_key;        // the database's key
    SecureBytes m_nextKey;    // while a change of key is pending
    SecureBytes m_signingKey; // the signed-in account's Ed25519 key
    QByteArray m_publicKey;
    SecureBytes m_caseKey;    // when the account's slot holds it
    SecureBytes m_nextCaseKey; // while it is being replaced
    KeyFile m_keyFile;
    KeyChangeRecovery m_recovery = KeyChangeRecovery::None;
    std::function<Result<void>(const QSqlDatabase &, int)> m_verify;
    std::unique_ptr<VaultLock> m_lock;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_locked = false;
};

} // namespace habeas
