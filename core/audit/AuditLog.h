#pragma once

// The tamper-evident audit log: append-only (SQL triggers refuse UPDATE and
// DELETE), hash-chained (each entry stores the SHA-256 of the previous
// entry's hash and its own canonical content) and signed: each entry's hash
// is signed (Ed25519) by the account that acted, with the key its password
// unwraps. Accounts' public keys enter the log in grant entries, each signed
// by an enabled administrator, back to the vault creator's own grant under
// the key that the key file binds to every slot (KeyFile::rootKey). So an
// entry credited to someone cannot be written without that person's
// password, even by someone holding the database key.
//
// verify() walks the chain and names the first entry that was edited,
// deleted, reordered, inserted, back-dated or signed by the wrong key; a
// head (sequence, hash, creator's fingerprint) exported beside backups or
// printed on reports shows a history cut short or rebuilt under another
// creator.
//
// Entries say who did what to which object, never the personal data itself;
// every text field is encoded so that no entry can carry a line break, a
// control character or a bidirectional override.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/audit/AuditAction.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace habeas {

struct AuditEntry final {
    qint64 seq = 0;
    QString atUtc; // ISO 8601, UTC, milliseconds
    QString account;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
    QByteArray prevHash;  // hex
    QByteArray hash;      // hex
    QByteArray signature; // hex, Ed25519 of the hash by the account's key
};

struct AuditHead final {
    qint64 seq = 0;
    QByteArray hash;    // hex; the genesis hash when seq is 0
    QString creator;    // fingerprint of the creator's key; empty when unknown
    bool operator==(const AuditHead &) const = default;
};

// Who writes entries: the signed-in account, whose key signs each one.
struct AuditSigner final {
    QString login; // normalised
    // A detached Ed25519 signature of the message; empty when the key is
    // not available (a locked vault).
    std::function<QByteArray(const QByteArray &message)> sign;
};

// An account's key and rights as a grant entry records them. The log reads
// only the key, `enabled` and `mayGrant`; the role is the accounts'
// business, kept here so that a sign-in can compare it with the account row.
struct AuditGrant final {
    QString login;
    QByteArray publicKey; // Ed25519, 32 bytes
    QString role;
    bool enabled = true;
    bool mayGrant = false; // may sign other accounts' grants
    qint64 seq = 0;        // the entry that recorded it
    QString grantedBy;
};

struct AuditVerification final {
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // 0 when the chain is whole
    QString reason;         // why that entry is bad (not translated: for the report)
    // Set when the expected head is the head of a vault that a restore
    // replaced (named by that restore's entry, signed by the administrator
    // who restored): the cut is explained, not verified against the replaced
    // chain, so callers report it apart from a match.
    QString restoredOnUtc;
    bool ok() const { return firstBadSeq == 0; }
};

class Vault;

class AuditLog final {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    // The connection must stay open while the log is used. `rootKey` is the
    // creator's public key (KeyFile::rootKey), needed to verify; `signer`,
    // to append.
    AuditLog(QSqlDatabase db, std::shared_ptr<const Clock> clock, QByteArray rootKey, AuditSigner signer = {});
    // The log of an open vault, written in the name of its signed-in account.
    static AuditLog of(const Vault &vault, std::shared_ptr<const Clock> clock = Clock::system());

    // Appends one entry in the signer's name; joins the caller's transaction
    // when one is open. Errors: NotOpen (no key to sign with), DiskFull,
    // ReadOnlyLocation, Locked, Io, Sql.
    Result<qint64> append(AuditAction action, const QString &objectType = {}, const QString &objectId = {},
                          const QString &detail = {});
    // Records an account's key and rights, signed by the signer.
    Result<qint64> appendGrant(const AuditGrant &grant);
    // The latest grant of `login`, with every signature on the way back to
    // the creator's grant checked (each signer an enabled administrator by
    // their own grant at the time). Errors: NotFound (no grant),
    // DatabaseCorrupt (a grant that does not verify), Sql.
    Result<AuditGrant> currentGrant(const QString &login) const;
    // The newest entry of an action, if any.
    Result<std::optional<AuditEntry>> lastOf(AuditAction action) const;
    // The entries of an action after `afterSeq`, oldest first.
    Result<std::vector<AuditEntry>> entriesOf(AuditAction action, qint64 afterSeq) const;
    // The entries about one object ("request", "2026-0042"), oldest first.
    Result<std::vector<AuditEntry>> entriesAbout(const QString &objectType, const QString &objectId) const;
    // The grant of the account that wrote `entry`, as it stood then, once
    // the entry's hash and signature are checked against it.
    // Errors: DatabaseCorrupt, Sql.
    Result<AuditGrant> signerGrant(const AuditEntry &entry) const;
    Result<AuditHead> head() const;
    // Walks the whole chain; with `expected`, also checks that the entry at
    // expected.seq still has expected.hash (a cut tail or a rewritten
    // history shows there) and that the creator is the same.
    Result<AuditVerification> verify(const std::optional<AuditHead> &expected = std::nullopt) const;
    // The walk at each sign-in: from the signer's last checkpoint (the head
    // they verified at their previous sign-in, with a digest of every entry
    // of trust before it: grants, and the making and giving of the case key;
    // signed with the private half of `publicKey`) to the head, each entry
    // checked as verify() checks it, dates apart. An entry dropped or
    // altered since, or an entry of trust before it, is found without
    // walking the whole log each time; without a checkpoint this key
    // signed, the walk starts at the first entry. With `store`, a whole
    // chain leaves a new checkpoint at the head. Errors: NotOpen, Sql,
    // DiskFull, Io.
    Result<AuditVerification> verifySinceCheckpoint(const QByteArray &publicKey, bool store) const;
    // For a key pair made for someone else (an account created, enabled or
    // reset): walks as above from the signer's own checkpoint (`ownPublicKey`)
    // and leaves, for `login`, a checkpoint at the head signed by `sign`
    // (the new key), so that their first sign-in does not walk everything.
    // Errors: DatabaseCorrupt (the chain is broken), NotOpen, Sql, DiskFull.
    Result<void> recordCheckpointFor(const QString &login, const QByteArray &ownPublicKey,
                                     const std::function<QByteArray(const QByteArray &)> &sign) const;
    // The same walk, a broken chain being an error (DatabaseCorrupt) that
    // names the entry: what a sign-in or a restore requires.
    Result<void> requireWholeSinceCheckpoint(const QByteArray &publicKey, bool store) const;
    // Newest first; for the audit page.
    Result<std::vector<AuditEntry>> latest(int limit, qint64 beforeSeq = 0) const;

    // The triggers that refuse any change to past entries must be there
    // exactly as the schema made them, and the log itself must exist: a
    // vault where they were dropped or edited (DROP TRIGGER, writable_schema,
    // DROP TABLE) is refused as tampered before anything is written to it.
    // Errors: DatabaseCorrupt, Sql.
    static Result<void> verifyGuards(const QSqlDatabase &db, int schemaVersion);

    static QByteArray genesisHash();
    // How a restore entry names the head of the chain it replaced; verify()
    // reads it back to explain an exported head that the log no longer has.
    static QString replacedHeadDetail(const AuditHead &head);
    // Escapes control characters, line and paragraph separators,
    // bidirectional controls and the backslash as \uXXXX / \\.
    static QString encode(const QString &text);
    static QByteArray computeHash(const AuditEntry &entry);
    // What a signature covers: the entry's hash, under a fixed context.
    static QByteArray signedMessage(const QByteArray &hash);
    // A short fingerprint of a public key for people to compare
    // ("3f2a 91c0 …": the first 16 bytes of its SHA-256).
    static QString fingerprint(const QByteArray &publicKey);
    // How a grant is written in an entry's detail, and read back.
    static QString grantDetail(const AuditGrant &grant);
    static std::optional<AuditGrant> parseGrant(const AuditEntry &entry);

    // The head as a small JSON document, written atomically.
    static Result<void> exportHead(const AuditHead &head, const QString &path);
    static Result<AuditHead> readHead(const QString &path);

private:
    // Walks from the signer's checkpoint; with `recordFor`, leaves that
    // login a checkpoint at the head signed by `sign`.
    Result<AuditVerification> walkFromCheckpoint(const QByteArray &publicKey, const QString &recordFor,
                                                 const std::function<QByteArray(const QByteArray &)> &sign) const;
    // `login` as entries store it (encoded).
    Result<AuditGrant> grantBefore(const QString &login, qint64 beforeSeq) const;

    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
    QByteArray m_root;
    AuditSigner m_signer;
};

} // namespace habeas
