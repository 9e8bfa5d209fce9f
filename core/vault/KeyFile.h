#pragma once

// The key file NAME.habeas-keys: one slot per account (see KeySlot). Slots
// are found by a keyed hash of the login, so the file does not list login
// names. The header (vault id, cipher format) is bound to every slot as
// associated data; the informational part (schema version, key generation)
// carries a MAC keyed by the raw database key.
// See docs/SECURITY.md for the format and the reasons behind the parameters.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace habeas {

// Logins are compared without regard to case or surrounding spaces, and in
// Unicode normal form C: "J.Dupont " and "j.dupont" are the same account,
// and find the same key slot.
QString normaliseLogin(const QString &login);

// Argon2id cost of one slot; recorded in the slot so each slot keeps the
// cost it was made with.
struct KdfParams final {
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    // What every account gets: 256 MiB, 3 passes (about 0.45 s on a
    // 2-core 2020s desktop; see docs/SECURITY.md).
    static KdfParams standard();
    // The cheapest libsodium accepts; for test suites only.
    static KdfParams fastForTests();
    bool operator==(const KdfParams &) const = default;
};

// One account's slot. The password (Argon2id) unwraps the account's own
// Ed25519 key (XChaCha20-Poly1305, bound to the slot's public key, serial
// and cost); the database key is sealed to that account's public key
// (crypto_box_seal, to its X25519 form). Anyone holding the database key can
// therefore give it to an account, or give a new database key to every
// remaining account, without knowing their passwords: that is how the key
// is changed when an account is revoked.
struct KeySlot final {
    QByteArray tag;        // BLAKE2b(login, key = vault id): 32 bytes
    KdfParams kdf;
    QByteArray salt;       // 16 bytes
    QByteArray nonce;      // 24 bytes
    QByteArray wrapped;    // the 32-byte Ed25519 seed + 16-byte tag
    QByteArray publicKey;  // Ed25519, 32 bytes
    int serial = 1;        // raised by each new password
    QByteArray sealedKey;  // the database key, sealed to the account: 80 bytes
    QByteArray sealedNext; // while the key is being changed: the next one
    // The case key (a second secret, for some slots only: in Habeas, those
    // of accounts that may see identity documents), sealed to the account.
    QByteArray sealedCase;
    QByteArray sealedCaseNext; // while the case key is being replaced
};

// What a password opens.
struct AccountKeys final {
    SecureBytes signingKey;      // Ed25519 secret key, 64 bytes
    QByteArray publicKey;
    int serial = 0;
    SecureBytes databaseKey;
    SecureBytes nextDatabaseKey; // empty unless a change of key is under way
    SecureBytes caseKey;         // empty unless the slot holds it
    SecureBytes nextCaseKey;     // while the case key is being replaced
};

class KeyFile final {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    // 3: the vault creator's public key in the header, bound to every slot.
    static constexpr int FormatVersion = 3;
    static constexpr int CipherFormat = 3; // SQLCipher 3 file format
    static constexpr qint64 MaximumSize = 1 << 20;

    // A key file for a new vault: random vault id, no slots.
    static KeyFile createNew();
    // Reads and validates the structure; slots are checked when unwrapped.
    static Result<KeyFile> load(const QString &path);
    // Parses bytes already read (load() and tests use it).
    static Result<KeyFile> parse(const QByteArray &bytes);
    // Writes atomically: the old file stays whole until the new one is
    // complete on disk.
    Result<void> save(const QString &path) const;
    QByteArray serialize() const;

    const QByteArray &vaultId() const { return m_vaultId; }
    // The Ed25519 public key of the vault's creator, where the audit log's
    // chain of trust starts. It is part of every slot's associated data:
    // replacing it makes every slot but the replacer's fail to open.
    const QByteArray &rootKey() const { return m_rootKey; }
    const std::vector<KeySlot> &keySlots() const { return m_slots; }
    int slotCount() const { return static_cast<int>(m_slots.size()); }
    bool hasSlot(const QString &login) const;
    // The slot of a login, or nullptr.
    const KeySlot *slotFor(const QString &login) const;

    // The account's keys, or UnknownAccount / AccountDisabled /
    // WrongPassword / KeyFileCorrupt (a sealed key that does not open).
    Result<AccountKeys> unwrap(const QString &login, const SecureBytes &password) const;
    // A new slot with a new key pair; the database key (and `nextKey`, when
    // not empty, while the key is being changed) sealed to it. The first
    // slot of a new file is the creator's: its public key becomes the root.
    // `signingKey`, when given, receives the new secret key.
    Result<void> addSlot(const QString &login, const SecureBytes &password, const SecureBytes &databaseKey,
                         const SecureBytes &nextKey, const KdfParams &kdf, SecureBytes *signingKey = nullptr);
    // A new password for the slot. `ownSigningKey` keeps the account's key
    // pair (and what was sealed to it); without it the slot gets a new one,
    // whose secret key `newSigningKey` receives when given, and loses the
    // case key (the caller seals it again).
    Result<void> rewrapSlot(const QString &login, const SecureBytes &password, const SecureBytes &databaseKey,
                            const SecureBytes &nextKey, const KdfParams &kdf, const SecureBytes *ownSigningKey = nullptr,
                            SecureBytes *newSigningKey = nullptr);
    // `disabled`: the login's tag is kept in the list of disabled accounts,
    // so that its owner is told the account is disabled rather than unknown.
    Result<void> removeSlot(const QString &login, bool disabled = false);
    // Removes a slot found by its tag (repairs after an interruption).
    Result<void> removeSlotByTag(const QByteArray &tag);
    bool isDisabled(const QString &login) const;

    // The case key: sealed to a slot by someone who holds it (or who makes
    // it), never derivable from the database key. A new key pair (any new
    // password) loses it until a holder seals it again.
    // `nextCaseKey`, when not empty, is sealed as the pending next one.
    Result<void> sealCaseKey(const QString &login, const SecureBytes &caseKey, const SecureBytes &nextCaseKey = {});
    bool holdsCaseKey(const QString &login) const;
    bool caseKeyExists() const;
    // Set when a slot holding the case key is removed: its holder may keep
    // a copy of the key, so the next holder to sign in replaces it.
    bool caseKeyRotationDue() const { return m_caseRotationDue; }
    // Replacing the case key, in two steps around the database change that
    // seals every document key again: begin seals the next key beside the
    // current one to the slots of `recipients` (the caller decides who may
    // hold it: never "every slot that holds a key", which anyone able to
    // write the file can make their own slot be); finish makes it the key
    // and takes the case key from every other slot.
    // `mac` authenticates the next key under the current one (see
    // Vault::beginCaseKeyReplacement): sealing needs only public keys, so
    // without it anyone able to write the file could choose the next key.
    // Errors: UnknownAccount (a recipient without a slot).
    Result<void> beginCaseKeyReplacement(const SecureBytes &nextCaseKey, const QByteArray &mac,
                                         const QStringList &recipients);
    // Without a replacement pending, only clears the mark.
    void finishCaseKeyReplacement();
    const QByteArray &caseNextMac() const { return m_caseNextMac; }

    // Changing the database key: begin seals the next key to every slot
    // (replacing any next key chosen before) and authenticates it with a
    // MAC keyed by the current key, so that nobody without the key can slip
    // a key of their choosing into the file; finish makes it the key (and
    // drops the old one), abandon forgets it.
    Result<void> beginKeyChange(const SecureBytes &nextKey, const SecureBytes &currentKey);
    void finishKeyChange(const SecureBytes &newKey);
    void abandonKeyChange();
    bool keyChangePending() const;
    // How many times the database key has been changed.
    int keyGeneration() const { return m_generation; }

    // Schema version as last recorded by a Habeas that held the key; shown by
    // `habeas-cli info` without a password, verified on open.
    int recordedSchemaVersion() const { return m_schemaVersion; }
    void recordSchemaVersion(int version, const SecureBytes &rawKey);
    bool infoIsAuthentic(const SecureBytes &rawKey) const;
    // Whether `nextKey` is the next key the holder of `currentKey` chose.
    bool nextKeyIsAuthentic(const SecureBytes &currentKey, const SecureBytes &nextKey) const;

    // The slot tag of a login (whether or not it has a slot).
    QByteArray tagFor(const QString &login) const;

private:
    QByteArray associatedData(const KeySlot &slot, const QByteArray &root) const;
    QByteArray infoMac(const SecureBytes &rawKey) const;
    QByteArray nextMac(const SecureBytes &currentKey, const SecureBytes &nextKey) const;
    Result<KeySlot> wrap(const QByteArray &tag, const SecureBytes &password, const SecureBytes &databaseKey,
                         const SecureBytes &nextKey, const KdfParams &kdf, int serial,
                         const SecureBytes *signingKey, SecureBytes *signingKeyOut = nullptr) const;
    std::vector<KeySlot>::const_iterator findSlot(const QString &login) const;

    QByteArray m_vaultId;
    QByteArray m_rootKey;
    int m_schemaVersion = 0;
    int m_generation = 0;
    QByteArray m_infoMac;
    QByteArray m_nextMac; // while a change of key is pending
    bool m_caseRotationDue = false;
    QByteArray m_caseNextMac;
    std::vector<KeySlot> m_slots;
    std::vector<QByteArray> m_disabledTags;
};

} // namespace habeas
