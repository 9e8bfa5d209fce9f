#pragma once

// Helpers shared by the test suites: temporary folders, file fingerprints,
// and vaults made with the cheap key-derivation profile.

#include "core/vault/KeyFile.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <ostream>

// Readable GoogleTest failure messages for Qt strings.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *out)
{
    *out << '"' << bytes.left(200).toStdString() << (bytes.size() > 200 ? "\"…" : "\"");
}

namespace habeas::test {

// ../shared/seeds, as CI lays it out beside the clone.
QString seedsDir();

// SHA-256 of every regular file directly in `folder`, by file name.
std::map<QString, QByteArray> fingerprint(const QString &folder);

// The bytes of a file, or an empty array.
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);

inline SecureBytes secret(const char *text)
{
    return SecureBytes::copyOf(text);
}

inline KdfParams fastKdf()
{
    return KdfParams::fastForTests();
}

} // namespace habeas::test
