#pragma once

// The key file NAME.habeas-keys: one slot per account, each holding the
// vault's raw database key wrapped with XChaCha20-Poly1305 under a key that
// Argon2id derives from the account's password. Slots are found by a keyed
// hash of the login, so the file does not list login names. The header
// (vault id, cipher format) is bound to every slot as associated data; the
// informational part (schema version) carries a MAC keyed by the raw key.
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

struct KeySlot final {
    QByteArray tag;     // BLAKE2b(login, key = vault id): 32 bytes
    KdfParams kdf;
    QByteArray salt;    // 16 bytes
    QByteArray nonce;   // 24 bytes
    QByteArray wrapped; // 32-byte key + 16-byte tag
};

class KeyFile final {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr int FormatVersion = 1;
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
    const std::vector<KeySlot> &keySlots() const { return m_slots; }
    int slotCount() const { return static_cast<int>(m_slots.size()); }
    bool hasSlot(const QString &login) const;

    // The raw key, or UnknownAccount / WrongPassword.
    Result<SecureBytes> unwrap(const QString &login, const SecureBytes &password) const;
    Result<void> addSlot(const QString &login, const SecureBytes &password, const SecureBytes &rawKey,
                         const KdfParams &kdf);
    // Replaces the slot's password (new salt, nonce and derived key).
    Result<void> rewrapSlot(const QString &login, const SecureBytes &password, const SecureBytes &rawKey,
                            const KdfParams &kdf);
    // `disabled`: the login's tag is kept in the list of disabled accounts,
    // so that its owner is told the account is disabled rather than unknown.
    Result<void> removeSlot(const QString &login, bool disabled = false);
    bool isDisabled(const QString &login) const;

    // Schema version as last recorded by a Habeas that held the key; shown by
    // `habeas-cli info` without a password, verified on open.
    int recordedSchemaVersion() const { return m_schemaVersion; }
    void recordSchemaVersion(int version, const SecureBytes &rawKey);
    bool infoIsAuthentic(const SecureBytes &rawKey) const;

    // The slot tag of a login (whether or not it has a slot).
    QByteArray tagFor(const QString &login) const;

private:
    QByteArray associatedData(const KeySlot &slot) const;
    QByteArray infoMac(const SecureBytes &rawKey) const;
    Result<KeySlot> wrap(const QByteArray &tag, const SecureBytes &password, const SecureBytes &rawKey,
                         const KdfParams &kdf) const;
    std::vector<KeySlot>::const_iterator findSlot(const QString &login) const;

    QByteArray m_vaultId;
    int m_schemaVersion = 0;
    QByteArray m_infoMac;
    std::vector<KeySlot> m_slots;
    std::vector<QByteArray> m_disabledTags;
};

} // namespace habeas
