#include "core/vault/KeyFile.h"

#include "core/vault/FileErrors.h"
#include "core/crypto/Sodium.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace habeas {

QString normaliseLogin(const QString &login)
{
    return login.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

namespace {

constexpr auto FormatName = "habeas-keys";
constexpr auto KdfName = "argon2id13";
constexpr int TagBytes = 32;
constexpr int VaultIdBytes = 16;
constexpr int MacBytes = 32;
constexpr int SealedBytes = 32 + crypto_box_SEALBYTES;
// Bounds for parameters read from a file, so that a tampered file cannot make
// the program allocate unbounded memory or spin for hours.
constexpr quint64 MaxOpsLimit = 64;
constexpr quint64 MaxMemLimit = quint64(4) << 30;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool decodeB64(const QJsonValue &value, qsizetype expectedSize, QByteArray *out)
{
    if (!value.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return false;
    *out = std::move(decoded.decoded);
    return true;
}

// BLAKE2b-256 of the object's canonical form (Qt writes keys sorted).
QByteArray checksumOf(const QJsonObject &object)
{
    ensureSodium();
    const QByteArray canonical = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray sum(MacBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(sum.data()), MacBytes,
                       reinterpret_cast<const unsigned char *>(canonical.constData()),
                       static_cast<size_t>(canonical.size()), nullptr, 0);
    return sum;
}

} // namespace

KdfParams KdfParams::standard()
{
    return {3, quint64(256) << 20};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, 8 * 1024};
}

KeyFile KeyFile::createNew()
{
    ensureSodium();
    KeyFile file;
    file.m_vaultId.resize(VaultIdBytes);
    randombytes_buf(file.m_vaultId.data(), VaultIdBytes);
    return file;
}

Result<KeyFile> KeyFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::KeyFileMissing,
                         tr("The key file %1 is missing. Without it the vault cannot be opened; restore it from a backup.")
                             .arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The key file %1 cannot be read.").arg(path), file.errorString());
    if (file.size() > MaximumSize)
        return makeError(ErrorCode::KeyFileCorrupt,
                         tr("The key file %1 is damaged or has been tampered with.").arg(path),
                         QStringLiteral("key file larger than 1 MiB"));
    return parse(file.readAll());
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes)
{
    const auto corrupt = [](const QString &why) {
        return makeError(ErrorCode::KeyFileCorrupt, tr("The key file is damaged or has been tampered with."), why);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(QStringLiteral("not a JSON object: ") + parseError.errorString());
    const QJsonObject root = doc.object();
    // The checksum catches accidental damage (a flipped bit, a truncated
    // copy) and names it as such; deliberate edits are caught by the slots'
    // authenticated encryption and the info MAC. It is verified before the
    // version so that a damaged version number is reported as damage; every
    // future format keeps this checksum rule for that reason.
    QJsonObject unsummed = root;
    unsummed.remove(QLatin1String("checksum"));
    QByteArray storedChecksum;
    if (!decodeB64(root.value(QLatin1String("checksum")), MacBytes, &storedChecksum)
        || storedChecksum != checksumOf(unsummed))
        return corrupt(QStringLiteral("checksum mismatch"));

    if (root.value(QLatin1String("format")).toString() != QLatin1String(FormatName))
        return corrupt(QStringLiteral("not a Habeas key file"));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version > FormatVersion)
        return makeError(ErrorCode::NewerVersion,
                         tr("This vault's key file was written by a newer version of Habeas (key format %1; this version reads up to %2). Install the newer version to open it.")
                             .arg(version)
                             .arg(FormatVersion));
    if (version != FormatVersion)
        return corrupt(QStringLiteral("unknown key file version"));

    KeyFile file;
    if (!decodeB64(root.value(QLatin1String("vault")), VaultIdBytes, &file.m_vaultId))
        return corrupt(QStringLiteral("bad vault id"));
    if (!decodeB64(root.value(QLatin1String("root")), crypto_sign_PUBLICKEYBYTES, &file.m_rootKey))
        return corrupt(QStringLiteral("bad root key"));
    const QJsonObject cipher = root.value(QLatin1String("cipher")).toObject();
    if (cipher.value(QLatin1String("format")).toInt() != CipherFormat
        || cipher.value(QLatin1String("page_size")).toInt() != 4096)
        return corrupt(QStringLiteral("unsupported cipher parameters"));
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    file.m_schemaVersion = info.value(QLatin1String("schema")).toInt(-1);
    if (file.m_schemaVersion < 0 || !decodeB64(info.value(QLatin1String("mac")), MacBytes, &file.m_infoMac)
        || (info.contains(QLatin1String("next_mac"))
            && !decodeB64(info.value(QLatin1String("next_mac")), MacBytes, &file.m_nextMac)))
        return corrupt(QStringLiteral("bad info section"));

    file.m_caseRotationDue = info.value(QLatin1String("case_rotation")).toBool(false);
    if (info.contains(QLatin1String("case_next_mac"))
        && !decodeB64(info.value(QLatin1String("case_next_mac")), MacBytes, &file.m_caseNextMac))
        return corrupt(QStringLiteral("bad info section"));
    file.m_generation = info.value(QLatin1String("generation")).toInt(-1);
    if (file.m_generation < 0)
        return corrupt(QStringLiteral("bad key generation"));

    const QJsonValue slotsValue = root.value(QLatin1String("slots"));
    if (!slotsValue.isArray() || slotsValue.toArray().isEmpty())
        return corrupt(QStringLiteral("no key slots"));
    for (const QJsonValue &value : slotsValue.toArray()) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        const double ops = o.value(QLatin1String("ops")).toDouble(-1);
        const double mem = o.value(QLatin1String("mem")).toDouble(-1);
        if (o.value(QLatin1String("kdf")).toString() != QLatin1String(KdfName)
            || ops < crypto_pwhash_argon2id_OPSLIMIT_MIN || ops > double(MaxOpsLimit)
            || mem < double(crypto_pwhash_argon2id_MEMLIMIT_MIN) || mem > double(MaxMemLimit))
            return corrupt(QStringLiteral("bad key derivation parameters"));
        slot.kdf = {static_cast<quint64>(ops), static_cast<quint64>(mem)};
        slot.serial = o.value(QLatin1String("serial")).toInt(0);
        if (slot.serial < 1)
            return corrupt(QStringLiteral("bad slot serial"));
        if (!decodeB64(o.value(QLatin1String("tag")), TagBytes, &slot.tag)
            || !decodeB64(o.value(QLatin1String("salt")), crypto_pwhash_SALTBYTES, &slot.salt)
            || !decodeB64(o.value(QLatin1String("nonce")), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &slot.nonce)
            || !decodeB64(o.value(QLatin1String("wrapped")), crypto_sign_SEEDBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                          &slot.wrapped)
            || !decodeB64(o.value(QLatin1String("public")), crypto_sign_PUBLICKEYBYTES, &slot.publicKey)
            || !decodeB64(o.value(QLatin1String("sealed")), SealedBytes, &slot.sealedKey)
            || (o.contains(QLatin1String("next"))
                && !decodeB64(o.value(QLatin1String("next")), SealedBytes, &slot.sealedNext))
            || (o.contains(QLatin1String("case"))
                && !decodeB64(o.value(QLatin1String("case")), SealedBytes, &slot.sealedCase))
            || (o.contains(QLatin1String("case_next"))
                && !decodeB64(o.value(QLatin1String("case_next")), SealedBytes, &slot.sealedCaseNext)))
            return corrupt(QStringLiteral("bad slot encoding"));
        const bool duplicate = std::any_of(file.m_slots.begin(), file.m_slots.end(),
                                           [&](const KeySlot &s) { return s.tag == slot.tag; });
        if (duplicate)
            return corrupt(QStringLiteral("duplicate slot"));
        file.m_slots.push_back(std::move(slot));
    }
    // A change of key is under way for every slot or for none.
    const auto withNext = std::count_if(file.m_slots.begin(), file.m_slots.end(),
                                        [](const KeySlot &slot) { return !slot.sealedNext.isEmpty(); });
    if (withNext != 0 && withNext != qsizetype(file.m_slots.size()))
        return corrupt(QStringLiteral("next key sealed to some slots only"));
    if ((withNext != 0) != !file.m_nextMac.isEmpty())
        return corrupt(QStringLiteral("next key without its MAC"));
    for (const QJsonValue &value : root.value(QLatin1String("disabled")).toArray()) {
        QByteArray tag;
        if (!decodeB64(value, TagBytes, &tag))
            return corrupt(QStringLiteral("bad disabled tag"));
        file.m_disabledTags.push_back(tag);
    }
    return file;
}

QByteArray KeyFile::serialize() const
{
    const auto infoObject = [this] {
        QJsonObject info{{QStringLiteral("schema"), m_schemaVersion},
                         {QStringLiteral("generation"), m_generation},
                         {QStringLiteral("mac"), b64(m_infoMac)}};
        if (!m_nextMac.isEmpty())
            info.insert(QStringLiteral("next_mac"), b64(m_nextMac));
        if (m_caseRotationDue)
            info.insert(QStringLiteral("case_rotation"), true);
        if (!m_caseNextMac.isEmpty())
            info.insert(QStringLiteral("case_next_mac"), b64(m_caseNextMac));
        return info;
    };
    QJsonArray slots;
    for (const KeySlot &slot : m_slots) {
        QJsonObject object{
            {QStringLiteral("tag"), b64(slot.tag)},
            {QStringLiteral("kdf"), QLatin1String(KdfName)},
            {QStringLiteral("ops"), static_cast<double>(slot.kdf.opsLimit)},
            {QStringLiteral("mem"), static_cast<double>(slot.kdf.memLimitBytes)},
            {QStringLiteral("salt"), b64(slot.salt)},
            {QStringLiteral("nonce"), b64(slot.nonce)},
            {QStringLiteral("wrapped"), b64(slot.wrapped)},
            {QStringLiteral("public"), b64(slot.publicKey)},
            {QStringLiteral("serial"), slot.serial},
            {QStringLiteral("sealed"), b64(slot.sealedKey)},
        };
        if (!slot.sealedNext.isEmpty())
            object.insert(QStringLiteral("next"), b64(slot.sealedNext));
        if (!slot.sealedCase.isEmpty())
            object.insert(QStringLiteral("case"), b64(slot.sealedCase));
        if (!slot.sealedCaseNext.isEmpty())
            object.insert(QStringLiteral("case_next"), b64(slot.sealedCaseNext));
        slots.append(object);
    }
    QJsonObject root{
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("vault"), b64(m_vaultId)},
        {QStringLiteral("root"), b64(m_rootKey)},
        {QStringLiteral("cipher"),
         QJsonObject{{QStringLiteral("format"), CipherFormat}, {QStringLiteral("page_size"), 4096}}},
        {QStringLiteral("info"),
         infoObject()},
        {QStringLiteral("slots"), slots},
    };
    if (!m_disabledTags.empty()) {
        QJsonArray disabled;
        for (const QByteArray &tag : m_disabledTags)
            disabled.append(b64(tag));
        root.insert(QStringLiteral("disabled"), disabled);
    }
    root.insert(QStringLiteral("checksum"), b64(checksumOf(root)));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<void> KeyFile::save(const QString &path) const
{
    return writeFileAtomically(path, serialize(), tr("The key file %1 cannot be written.").arg(path));
}

QByteArray KeyFile::tagFor(const QString &login) const
{
    ensureSodium();
    const QByteArray name = normaliseLogin(login).toUtf8();
    QByteArray tag(TagBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(tag.data()), TagBytes,
                       reinterpret_cast<const unsigned char *>(name.constData()), static_cast<size_t>(name.size()),
                       reinterpret_cast<const unsigned char *>(m_vaultId.constData()),
                       static_cast<size_t>(m_vaultId.size()));
    return tag;
}

QByteArray KeyFile::associatedData(const KeySlot &slot, const QByteArray &root) const
{
    // Everything that must not be swapped or edited without the slot
    // failing to open: file format, vault, the creator's key, cipher format,
    // slot identity, the KDF cost (so it cannot be lowered), the account's
    // public key and the password's serial.
    return QByteArray(FormatName) + '/' + QByteArray::number(FormatVersion) + '/' + m_vaultId + '/' + root + '/'
           + QByteArray::number(CipherFormat) + "/4096/" + slot.tag + '/' + KdfName + '/'
           + QByteArray::number(slot.kdf.opsLimit) + '/' + QByteArray::number(slot.kdf.memLimitBytes) + '/'
           + slot.salt + '/' + slot.publicKey + '/' + QByteArray::number(slot.serial);
}

std::vector<KeySlot>::const_iterator KeyFile::findSlot(const QString &login) const
{
    const QByteArray tag = tagFor(login);
    return std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot &s) { return s.tag == tag; });
}

bool KeyFile::hasSlot(const QString &login) const
{
    return findSlot(login) != m_slots.end();
}

namespace {

Result<SecureBytes> deriveKek(const SecureBytes &password, const QByteArray &salt, const KdfParams &kdf)
{
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char *>(password.data()), password.size(),
                      reinterpret_cast<const unsigned char *>(salt.constData()), kdf.opsLimit,
                      static_cast<size_t>(kdf.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return makeError(ErrorCode::Internal,
                         KeyFile::tr("Not enough memory to check the password (%1 MiB needed).")
                             .arg(kdf.memLimitBytes >> 20),
                         QStringLiteral("crypto_pwhash failed"));
    return kek;
}

} // namespace

namespace {

// The X25519 form of an account's Ed25519 public key, to seal keys to it.
bool sealingKeyOf(const QByteArray &publicKey, unsigned char out[crypto_box_PUBLICKEYBYTES])
{
    return publicKey.size() == crypto_sign_PUBLICKEYBYTES
           && crypto_sign_ed25519_pk_to_curve25519(out, reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

Result<QByteArray> seal(const SecureBytes &key, const QByteArray &publicKey)
{
    unsigned char recipient[crypto_box_PUBLICKEYBYTES];
    if (key.size() != 32 || !sealingKeyOf(publicKey, recipient))
        return makeError(ErrorCode::Internal, KeyFile::tr("The vault key is not available."),
                         QStringLiteral("cannot seal to this slot"));
    QByteArray sealed(SealedBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), key.data(), key.size(), recipient);
    return sealed;
}

Result<SecureBytes> unseal(const QByteArray &sealed, const QByteArray &publicKey, const SecureBytes &signingKey)
{
    unsigned char recipient[crypto_box_PUBLICKEYBYTES];
    SecureBytes secret(crypto_box_SECRETKEYBYTES);
    SecureBytes key(32);
    const bool opened = sealingKeyOf(publicKey, recipient)
                        && crypto_sign_ed25519_sk_to_curve25519(secret.data(), signingKey.data()) == 0
                        && sealed.size() == SealedBytes
                        && crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char *>(sealed.constData()),
                                                static_cast<unsigned long long>(sealed.size()), recipient,
                                                secret.data())
                               == 0;
    if (!opened)
        return makeError(ErrorCode::KeyFileCorrupt, KeyFile::tr("The key file is damaged or has been tampered with."),
                         QStringLiteral("a sealed key does not open"));
    return key;
}

} // namespace

const KeySlot *KeyFile::slotFor(const QString &login) const
{
    const auto it = findSlot(login);
    return it == m_slots.end() ? nullptr : &*it;
}

Result<AccountKeys> KeyFile::unwrap(const QString &login, const SecureBytes &password) const
{
    const auto it = findSlot(login);
    if (it == m_slots.end()) {
        if (isDisabled(login))
            return makeError(ErrorCode::AccountDisabled,
                             tr("The account \"%1\" is disabled. Ask an administrator to enable it.").arg(login.trimmed()));
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(login.trimmed()));
    }
    auto kek = deriveKek(password, it->salt, it->kdf);
    if (!kek)
        return kek.error();
    SecureBytes seed(crypto_sign_SEEDBYTES);
    const QByteArray ad = associatedData(*it, m_rootKey);
    unsigned long long length = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        seed.data(), &length, nullptr, reinterpret_cast<const unsigned char *>(it->wrapped.constData()),
        static_cast<unsigned long long>(it->wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), reinterpret_cast<const unsigned char *>(it->nonce.constData()),
        kek->data());
    if (rc != 0 || length != crypto_sign_SEEDBYTES)
        return makeError(ErrorCode::WrongPassword, tr("The password is wrong."));
    AccountKeys keys;
    keys.signingKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    keys.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()), keys.signingKey.data(), seed.data());
    if (keys.publicKey != it->publicKey)
        return makeError(ErrorCode::KeyFileCorrupt, tr("The key file is damaged or has been tampered with."),
                         QStringLiteral("public key does not match the slot"));
    keys.serial = it->serial;
    auto current = unseal(it->sealedKey, it->publicKey, keys.signingKey);
    if (!current)
        return current.error();
    keys.databaseKey = std::move(current).value();
    if (!it->sealedNext.isEmpty()) {
        auto next = unseal(it->sealedNext, it->publicKey, keys.signingKey);
        if (!next)
            return next.error();
        keys.nextDatabaseKey = std::move(next).value();
    }
    if (!it->sealedCase.isEmpty()) {
        auto caseKey = unseal(it->sealedCase, it->publicKey, keys.signingKey);
        if (!caseKey)
            return caseKey.error();
        keys.caseKey = std::move(caseKey).value();
    }
    if (!it->sealedCaseNext.isEmpty()) {
        auto nextCase = unseal(it->sealedCaseNext, it->publicKey, keys.signingKey);
        if (!nextCase)
            return nextCase.error();
        keys.nextCaseKey = std::move(nextCase).value();
    }
    return keys;
}

Result<KeySlot> KeyFile::wrap(const QByteArray &tag, const SecureBytes &password, const SecureBytes &databaseKey,
                              const SecureBytes &nextKey, const KdfParams &kdf, int serial,
                              const SecureBytes *signingKey, SecureBytes *signingKeyOut) const
{
    if (databaseKey.size() != 32)
        return makeError(ErrorCode::Internal, tr("The vault key is not available."));
    KeySlot slot;
    slot.tag = tag;
    slot.kdf = kdf;
    slot.serial = serial;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), static_cast<size_t>(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), static_cast<size_t>(slot.nonce.size()));
    // The account's key pair: kept (its own password change) or new.
    SecureBytes seed(crypto_sign_SEEDBYTES);
    if (signingKey != nullptr && signingKey->size() == crypto_sign_SECRETKEYBYTES)
        crypto_sign_ed25519_sk_to_seed(seed.data(), signingKey->data());
    else
        randombytes_buf(seed.data(), seed.size());
    {
        SecureBytes secret(crypto_sign_SECRETKEYBYTES);
        slot.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(slot.publicKey.data()), secret.data(), seed.data());
        if (signingKeyOut != nullptr)
            *signingKeyOut = std::move(secret);
    }
    auto kek = deriveKek(password, slot.salt, kdf);
    if (!kek)
        return kek.error();
    slot.wrapped.resize(crypto_sign_SEEDBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    // A new file's first slot is its creator's, whose key is the root.
    const QByteArray ad = associatedData(slot, m_rootKey.isEmpty() ? slot.publicKey : m_rootKey);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &length, seed.data(), seed.size(),
        reinterpret_cast<const unsigned char *>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek->data());
    auto sealed = seal(databaseKey, slot.publicKey);
    if (!sealed)
        return sealed.error();
    slot.sealedKey = std::move(sealed).value();
    if (!nextKey.isEmpty()) {
        auto next = seal(nextKey, slot.publicKey);
        if (!next)
            return next.error();
        slot.sealedNext = std::move(next).value();
    }
    return slot;
}

Result<void> KeyFile::addSlot(const QString &login, const SecureBytes &password, const SecureBytes &databaseKey,
                              const SecureBytes &nextKey, const KdfParams &kdf, SecureBytes *signingKey)
{
    if (normaliseLogin(login).isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The login is empty."));
    if (hasSlot(login))
        return makeError(ErrorCode::AlreadyExists, tr("The account \"%1\" already has a key slot.").arg(login.trimmed()));
    const QByteArray tag = tagFor(login);
    auto slot = wrap(tag, password, databaseKey, nextKey, kdf, 1, nullptr, signingKey);
    if (!slot)
        return slot.error();
    if (m_rootKey.isEmpty())
        m_rootKey = slot->publicKey;
    m_slots.push_back(std::move(slot).value());
    std::erase(m_disabledTags, tag);
    return {};
}

Result<void> KeyFile::rewrapSlot(const QString &login, const SecureBytes &password, const SecureBytes &databaseKey,
                                 const SecureBytes &nextKey, const KdfParams &kdf, const SecureBytes *ownSigningKey,
                                 SecureBytes *newSigningKey)
{
    const auto it = findSlot(login);
    if (it == m_slots.end())
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(login.trimmed()));
    auto slot = wrap(it->tag, password, databaseKey, nextKey, kdf, it->serial + 1, ownSigningKey, newSigningKey);
    if (!slot)
        return slot.error();
    if (slot->publicKey == it->publicKey) {
        // The same key pair still opens what was sealed to it.
        slot->sealedCase = it->sealedCase;
        slot->sealedCaseNext = it->sealedCaseNext;
    } else if (!it->sealedCase.isEmpty()) {
        // Whoever may know the old password could keep the case key.
        m_caseRotationDue = true;
    }
    m_slots[static_cast<std::size_t>(it - m_slots.begin())] = std::move(slot).value();
    return {};
}

Result<void> KeyFile::sealCaseKey(const QString &login, const SecureBytes &caseKey, const SecureBytes &nextCaseKey)
{
    const auto it = findSlot(login);
    if (it == m_slots.end())
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(login.trimmed()));
    KeySlot &slot = m_slots[static_cast<std::size_t>(it - m_slots.begin())];
    auto sealed = seal(caseKey, slot.publicKey);
    if (!sealed)
        return sealed.error();
    QByteArray sealedNext;
    if (!nextCaseKey.isEmpty()) {
        auto next = seal(nextCaseKey, slot.publicKey);
        if (!next)
            return next.error();
        sealedNext = std::move(next).value();
    }
    slot.sealedCase = std::move(sealed).value();
    slot.sealedCaseNext = std::move(sealedNext);
    return {};
}

Result<void> KeyFile::beginCaseKeyReplacement(const SecureBytes &nextCaseKey, const QByteArray &mac,
                                              const QStringList &recipients)
{
    std::vector<KeySlot> updated = m_slots;
    for (KeySlot &slot : updated)
        slot.sealedCaseNext.clear();
    for (const QString &login : recipients) {
        const auto it = findSlot(login);
        if (it == m_slots.end())
            return makeError(ErrorCode::UnknownAccount, tr("The account \"%1\" has no key slot.").arg(login));
        KeySlot &slot = updated[static_cast<std::size_t>(it - m_slots.begin())];
        auto sealed = seal(nextCaseKey, slot.publicKey);
        if (!sealed)
            return sealed.error();
        slot.sealedCaseNext = std::move(sealed).value();
    }
    m_slots = std::move(updated);
    m_caseNextMac = mac;
    return {};
}

void KeyFile::finishCaseKeyReplacement()
{
    const bool pending = std::any_of(m_slots.begin(), m_slots.end(),
                                     [](const KeySlot &slot) { return !slot.sealedCaseNext.isEmpty(); });
    if (pending) {
        // Whoever did not get the next key loses the current one too: the
        // holders hand the new key on to those entitled to it.
        for (KeySlot &slot : m_slots) {
            slot.sealedCase = slot.sealedCaseNext;
            slot.sealedCaseNext.clear();
        }
    }
    m_caseNextMac.clear();
    m_caseRotationDue = false;
}

bool KeyFile::holdsCaseKey(const QString &login) const
{
    const auto it = findSlot(login);
    return it != m_slots.end() && !it->sealedCase.isEmpty();
}

bool KeyFile::caseKeyExists() const
{
    return std::any_of(m_slots.begin(), m_slots.end(), [](const KeySlot &slot) { return !slot.sealedCase.isEmpty(); });
}

bool KeyFile::isDisabled(const QString &login) const
{
    return std::find(m_disabledTags.begin(), m_disabledTags.end(), tagFor(login)) != m_disabledTags.end();
}

Result<void> KeyFile::removeSlot(const QString &login, bool disabled)
{
    const auto it = findSlot(login);
    if (it == m_slots.end())
        return makeError(ErrorCode::UnknownAccount, tr("There is no account \"%1\" in this vault.").arg(login.trimmed()));
    const QByteArray tag = it->tag;
    if (auto removed = removeSlotByTag(tag); !removed)
        return removed;
    if (disabled)
        m_disabledTags.push_back(tag);
    return {};
}

Result<void> KeyFile::removeSlotByTag(const QByteArray &tag)
{
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [&](const KeySlot &s) { return s.tag == tag; });
    if (it == m_slots.end())
        return makeError(ErrorCode::UnknownAccount, tr("There is no such key slot."));
    if (m_slots.size() == 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The last key slot cannot be removed: nobody could open the vault any more."));
    if (!it->sealedCase.isEmpty())
        m_caseRotationDue = true;
    m_slots.erase(it);
    return {};
}

Result<void> KeyFile::beginKeyChange(const SecureBytes &nextKey, const SecureBytes &currentKey)
{
    std::vector<KeySlot> updated = m_slots;
    for (KeySlot &slot : updated) {
        auto sealed = seal(nextKey, slot.publicKey);
        if (!sealed)
            return sealed.error();
        slot.sealedNext = std::move(sealed).value();
    }
    m_slots = std::move(updated);
    m_nextMac = nextMac(currentKey, nextKey);
    return {};
}

void KeyFile::finishKeyChange(const SecureBytes &newKey)
{
    for (KeySlot &slot : m_slots) {
        slot.sealedKey = slot.sealedNext;
        slot.sealedNext.clear();
    }
    m_nextMac.clear();
    ++m_generation;
    m_infoMac = infoMac(newKey);
}

void KeyFile::abandonKeyChange()
{
    for (KeySlot &slot : m_slots)
        slot.sealedNext.clear();
    m_nextMac.clear();
}

bool KeyFile::keyChangePending() const
{
    return !m_slots.empty() && !m_slots.front().sealedNext.isEmpty();
}

QByteArray KeyFile::infoMac(const SecureBytes &rawKey) const
{
    unsigned char subkey[32];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 1, "HbsInfo1", rawKey.data());
    const QByteArray message = QByteArray("schema=") + QByteArray::number(m_schemaVersion) + "/generation="
                               + QByteArray::number(m_generation) + "/vault=" + m_vaultId;
    QByteArray mac(MacBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(mac.data()), MacBytes,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       static_cast<size_t>(message.size()), subkey, sizeof subkey);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

void KeyFile::recordSchemaVersion(int version, const SecureBytes &rawKey)
{
    m_schemaVersion = version;
    m_infoMac = infoMac(rawKey);
}

QByteArray KeyFile::nextMac(const SecureBytes &currentKey, const SecureBytes &nextKey) const
{
    unsigned char subkey[32];
    crypto_kdf_derive_from_key(subkey, sizeof subkey, 2, "HbsNext1", currentKey.data());
    // The next key goes into the hash from guarded memory, never copied.
    const QByteArray prefix = QByteArray("vault=") + m_vaultId + "/next=";
    crypto_generichash_state state;
    crypto_generichash_init(&state, subkey, sizeof subkey, MacBytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(prefix.constData()),
                              static_cast<unsigned long long>(prefix.size()));
    crypto_generichash_update(&state, nextKey.data(), nextKey.size());
    QByteArray mac(MacBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(mac.data()), MacBytes);
    sodium_memzero(&state, sizeof state);
    sodium_memzero(subkey, sizeof subkey);
    return mac;
}

bool KeyFile::nextKeyIsAuthentic(const SecureBytes &currentKey, const SecureBytes &nextKey) const
{
    if (m_nextMac.size() != MacBytes || currentKey.size() != 32 || nextKey.size() != 32)
        return false;
    const QByteArray expected = nextMac(currentKey, nextKey);
    return sodium_memcmp(expected.constData(), m_nextMac.constData(), static_cast<size_t>(MacBytes)) == 0;
}

bool KeyFile::infoIsAuthentic(const SecureBytes &rawKey) const
{
    const QByteArray expected = infoMac(rawKey);
    return expected.size() == m_infoMac.size()
           && sodium_memcmp(expected.constData(), m_infoMac.constData(), static_cast<size_t>(MacBytes)) == 0;
}

} // namespace habeas
