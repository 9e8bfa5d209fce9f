#pragma once

// Decrypts the raw pages of a SQLCipher 3 database file and of its WAL with
// the vault's raw key (AES-256-CBC, each page's IV in its reserved tail), so
// that a test can look at what is really on disk. Used to prove that
// destroyed data is gone: sqlcipher_export copies rows, not pages, and
// cannot show it.

#include <QByteArray>
#include <QString>

namespace habeas::test {

struct DecryptedFile {
    QByteArray plaintext; // every page's decrypted content, concatenated
    int pages = 0;
    bool readable = true; // false when the file exists but cannot be parsed
};

// The database file: pages of 4096 bytes, 48 reserved (IV, HMAC).
DecryptedFile decryptDatabase(const QString &path, const QByteArray &rawKey);
// The WAL: a 32-byte header, then frames of a 24-byte header and a page.
DecryptedFile decryptWal(const QString &path, const QByteArray &rawKey);
// A rollback journal's bytes: a header padded to its sector size, then
// records of a page number, the page as it was on disk, and a checksum.
DecryptedFile decryptJournal(const QByteArray &bytes, const QByteArray &rawKey);

} // namespace habeas::test
