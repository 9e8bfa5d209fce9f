#pragma once

// Helpers shared by the test suites: temporary folders, file fingerprints,
// and vaults made with the cheap key-derivation profile.

#include "core/accounts/Account.h"
#include "core/crypto/SecureBytes.h"
#include "core/vault/KeyFile.h"
#include "core/vault/Vault.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
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

// "code 3 (Locked): message [detail] at field": what a failed Result says.
std::string describe(const Error &error);

// For ASSERT_OK / EXPECT_OK: the expression is evaluated once.
template <typename R>
::testing::AssertionResult isOk(const char *expression, const R &result)
{
    if (result.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << expression << " failed: " << describe(result.error());
}

// ../shared/seeds, as CI lays it out beside the clone.
QString seedsDir();

// SHA-256 of every regular file directly in `folder`, by file name.
std::map<QString, QByteArray> fingerprint(const QString &folder);

// The bytes of a file, or an empty array.
QByteArray readAll(const QString &path);
bool writeAll(const QString &path, const QByteArray &bytes);
// A key file edited as JSON, with its checksum made right again (BLAKE2b-256
// of the compact JSON without "checksum"), so that only the cryptography
// can object to the edit.
QByteArray keyFileWithChecksum(QJsonObject json);

inline SecureBytes secret(const char *text)
{
    return SecureBytes::copyOf(text);
}

inline KdfParams fastKdf()
{
    return KdfParams::fastForTests();
}

// A vault with the first rows a new vault gets (its administrator, the
// organisation, the creation entry), for the engine's own tests.
Result<std::unique_ptr<Vault>> createVault(const QString &path, const NewAccount &administrator,
                                           const SecureBytes &password, const QString &organisation,
                                           const KdfParams &kdf = KdfParams::standard());
// A key slot, its account row and its grant, in one change.
Result<void> addAccount(Vault &vault, const NewAccount &account, const SecureBytes &password,
                        const KdfParams &kdf = KdfParams::standard());

} // namespace habeas::test

// Passes when a Result holds a value; otherwise prints its error (code,
// message, detail, field).
#define ASSERT_OK(result) ASSERT_PRED_FORMAT1(::habeas::test::isOk, result)
#define EXPECT_OK(result) EXPECT_PRED_FORMAT1(::habeas::test::isOk, result)
