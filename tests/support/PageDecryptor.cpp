#include "tests/support/PageDecryptor.h"

#include <QFile>

#include <openssl/evp.h>

namespace habeas::test {

namespace {

constexpr int PageSize = 4096;
constexpr int Reserve = 48; // IV 16 + HMAC-SHA1 20, rounded up to the AES block
constexpr int IvSize = 16;
constexpr int SaltSize = 16;

QByteArray decryptPage(const QByteArray &page, bool first, const QByteArray &key)
{
    const int offset = first ? SaltSize : 0;
    const int length = PageSize - Reserve - offset;
    const auto *iv = reinterpret_cast<const unsigned char *>(page.constData() + PageSize - Reserve);
    QByteArray out(length, '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int written = 0;
    int final = 0;
    EVP_DecryptInit_ex(ctx, EVP_aes_256_cbc(), nullptr, reinterpret_cast<const unsigned char *>(key.constData()), iv);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    EVP_DecryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &written,
                      reinterpret_cast<const unsigned char *>(page.constData() + offset), length);
    EVP_DecryptFinal_ex(ctx, reinterpret_cast<unsigned char *>(out.data()) + written, &final);
    EVP_CIPHER_CTX_free(ctx);
    Q_UNUSED(IvSize);
    return out;
}

QByteArray readAll(const QString &path, bool *exists)
{
    QFile file(path);
    *exists = file.exists();
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

DecryptedFile decryptDatabase(const QString &path, const QByteArray &rawKey)
{
    bool exists = false;
    const QByteArray bytes = readAll(path, &exists);
    DecryptedFile result;
    if (bytes.size() % PageSize != 0) {
        result.readable = false;
        return result;
    }
    for (qsizetype at = 0; at < bytes.size(); at += PageSize) {
        result.plaintext += decryptPage(bytes.mid(at, PageSize), at == 0, rawKey);
        ++result.pages;
    }
    return result;
}

DecryptedFile decryptWal(const QString &path, const QByteArray &rawKey)
{
    bool exists = false;
    const QByteArray bytes = readAll(path, &exists);
    DecryptedFile result;
    if (bytes.isEmpty())
        return result;
    constexpr int Header = 32;
    constexpr int FrameHeader = 24;
    for (qsizetype at = Header; at + FrameHeader + PageSize <= bytes.size(); at += FrameHeader + PageSize) {
        const auto *frame = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        const quint32 pageNumber = (quint32(frame[0]) << 24) | (quint32(frame[1]) << 16) | (quint32(frame[2]) << 8) | frame[3];
        result.plaintext += decryptPage(bytes.mid(at + FrameHeader, PageSize), pageNumber == 1, rawKey);
        ++result.pages;
    }
    return result;
}

DecryptedFile decryptJournal(const QByteArray &bytes, const QByteArray &rawKey)
{
    DecryptedFile result;
    if (bytes.isEmpty())
        return result;
    constexpr int HeaderFields = 28;
    const auto bigEndian = [&](qsizetype at) {
        const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData() + at);
        return (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3];
    };
    if (bytes.size() < HeaderFields || bigEndian(24) != quint32(PageSize)) {
        result.readable = false;
        return result;
    }
    const quint32 sector = bigEndian(20);
    constexpr int Record = 4 + PageSize + 4;
    for (qsizetype at = sector; at + Record <= bytes.size(); at += Record) {
        result.plaintext += decryptPage(bytes.mid(at + 4, PageSize), bigEndian(at) == 1, rawKey);
        ++result.pages;
    }
    return result;
}

} // namespace habeas::test
