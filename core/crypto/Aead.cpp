#include "core/crypto/Aead.h"

#include "core/crypto/Sodium.h"
#include "core/crypto/Wipe.h"

namespace habeas::aead {

namespace {

constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
static_assert(Overhead == NonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES);

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

bool decrypt(const SecureBytes &key, QByteArrayView sealed, QByteArrayView ad, unsigned char *out)
{
    unsigned long long length = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(out, &length, nullptr, bytes(sealed.sliced(NonceBytes)),
                                                      static_cast<unsigned long long>(sealed.size() - NonceBytes),
                                                      bytes(ad), static_cast<unsigned long long>(ad.size()),
                                                      bytes(sealed.first(NonceBytes)), key.data())
           == 0;
}

} // namespace

QByteArray seal(const SecureBytes &key, QByteArrayView plain, QByteArrayView ad)
{
    ensureSodium();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES)
        return {};
    QByteArray sealed(plain.size() + Overhead, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, NonceBytes);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + NonceBytes, &length, bytes(plain),
                                               static_cast<unsigned long long>(plain.size()), bytes(ad),
                                               static_cast<unsigned long long>(ad.size()), nullptr, out, key.data());
    return sealed;
}

bool open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView ad, QByteArray *out)
{
    ensureSodium();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || sealed.size() < Overhead)
        return false;
    out->resize(sealed.size() - Overhead);
    if (decrypt(key, sealed, ad, reinterpret_cast<unsigned char *>(out->data())))
        return true;
    wipeInPlace(*out);
    out->clear();
    return false;
}

std::optional<SecureBytes> openKey(const SecureBytes &key, QByteArrayView sealed, QByteArrayView ad)
{
    ensureSodium();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES || sealed.size() < Overhead)
        return std::nullopt;
    SecureBytes plain(static_cast<std::size_t>(sealed.size() - Overhead));
    if (!decrypt(key, sealed, ad, plain.data()))
        return std::nullopt;
    return plain;
}

} // namespace habeas::aead
