#pragma once

// Authenticated encryption of one value under a 32-byte key
// (XChaCha20-Poly1305, a random 24-byte nonce stored in front of the
// ciphertext). The associated data binds a value to its place (which
// document, which request), so that a sealed value moved elsewhere does not
// open.

#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace habeas::aead {

constexpr qsizetype Overhead = 24 + 16; // nonce + tag

// nonce ‖ ciphertext ‖ tag.
QByteArray seal(const SecureBytes &key, QByteArrayView plain, QByteArrayView ad);
// The plain bytes, or nothing when the key, the data or `ad` do not match.
// `out` is resized to the plain size; the caller wipes it.
bool open(const SecureBytes &key, QByteArrayView sealed, QByteArrayView ad, QByteArray *out);
std::optional<SecureBytes> openKey(const SecureBytes &key, QByteArrayView sealed, QByteArrayView ad);

} // namespace habeas::aead
