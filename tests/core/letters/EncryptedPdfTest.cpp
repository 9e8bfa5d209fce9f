// A letter's PDF encrypted in memory: AES-256 revision 6, opened with the
// clerk's password only, extraction and changes refused, printing allowed;
// no password or a damaged PDF refused with a clear error.

#include "tests/support/TestSupport.h"
#include "core/letters/EncryptedPdf.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <gtest/gtest.h>

using namespace habeas;

namespace {

// A small one-page PDF made by Qt's writer, in memory, with a line of text.
QByteArray onePagePdf(const QString &line)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        painter.drawText(QPointF(200, 400), line);
    }
    return bytes;
}

const QByteArray Password = QByteArrayLiteral("Clé-du-courrier-2026");

} // namespace

TEST(EncryptedPdfTest, OpensWithThePasswordOnlyAndRefusesExtraction)
{
    const QByteArray plain = onePagePdf(QStringLiteral("Réponse à la demande 2026-0042"));
    ASSERT_TRUE(plain.startsWith("%PDF-"));
    ASSERT_TRUE(EncryptedPdf::opensWith(plain, {}));
    auto encrypted = EncryptedPdf::encrypt(SecureBytes::copyOf(plain), SecureBytes::copyOf(Password));
    ASSERT_OK(encrypted);
    EXPECT_TRUE(encrypted->startsWith("%PDF-"));
    EXPECT_FALSE(encrypted->contains("2026-0042")) << "the text is in clear in the file";
    EXPECT_FALSE(EncryptedPdf::opensWith(*encrypted, {})) << "opens without a password";
    EXPECT_FALSE(EncryptedPdf::opensWith(*encrypted, QByteArrayLiteral("Clé-du-courrier-2025")));
    EXPECT_TRUE(EncryptedPdf::opensWith(*encrypted, Password));
    auto seen = EncryptedPdf::protection(*encrypted, Password);
    ASSERT_OK(seen);
    EXPECT_EQ(seen->revision, 6);
    EXPECT_TRUE(seen->aes256);
    EXPECT_FALSE(seen->mayExtract);
    EXPECT_FALSE(seen->mayModify);
    EXPECT_TRUE(seen->mayPrint);
    // Two exports of the same letter differ (random salts, IVs and owner
    // password).
    auto again = EncryptedPdf::encrypt(SecureBytes::copyOf(plain), SecureBytes::copyOf(Password));
    ASSERT_OK(again);
    EXPECT_NE(*again, *encrypted);
}

TEST(EncryptedPdfTest, NoPasswordOrNoPdfIsRefusedClearly)
{
    const QByteArray plain = onePagePdf(QStringLiteral("Accusé de réception"));
    auto none = EncryptedPdf::encrypt(SecureBytes::copyOf(plain), SecureBytes());
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(none.error().message.isEmpty());
    for (const QByteArray &bad : {QByteArrayLiteral("not a pdf at all"), plain.left(plain.size() / 3), QByteArray()}) {
        auto refused = EncryptedPdf::encrypt(SecureBytes::copyOf(bad), SecureBytes::copyOf(Password));
        ASSERT_FALSE(refused) << bad.size();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    }
}
