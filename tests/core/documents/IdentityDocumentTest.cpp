// The identity document: captured as a watermarked greyscale copy inside the
// vault only, refused when the input is bad, viewed with an audit entry, and
// destroyed when the request ends, which a decryption of every page of the
// database and its WAL proves.

#include "tests/support/PageDecryptor.h"
#include "tests/support/RecordingVfs.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/SessionStorage.h"
#include "core/crypto/Aead.h"
#include "core/administration/VaultService.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/requests/RequestService.h"
#include "core/accounts/Session.h"
#include "core/documents/DocumentRepository.h"
#include "core/letters/EncryptedPdf.h"
#include "core/vault/SqlCipherDriver.h"
#include "core/vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString ClerkOwnPassword = QStringLiteral("Quai-Antoine-Second-93");
const QString DpoOwnPassword = QStringLiteral("Jardin-Japonais-Sud-26");


QByteArray encode(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    EXPECT_TRUE(writer.write(image)) << qPrintable(writer.errorString());
    return bytes;
}

// A colour "scan" full of noise, so that its compressed copy is unique bytes.
QImage noisyScan(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(int(random.bounded(256)), int(random.bounded(256)), 120);
    }
    return image;
}

// Where the shape on a PDF scan's first page is drawn, in points from the
// page's top left corner.
const QRectF PdfShape(100, 100, 200, 100);

// A scan sent as PDF, made by Qt's writer in memory: A4 pages without
// margins, at 72 dpi so that the painter's units are points; the first page
// white with a black rectangle, any further page all black.
QByteArray pdfScan(int pages = 1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72);
        QPainter painter(&writer);
        painter.fillRect(PdfShape, Qt::black);
        for (int page = 1; page < pages; ++page) {
            writer.newPage();
            painter.fillRect(QRectF(0, 0, 600, 850), Qt::black);
        }
    }
    return bytes;
}

// A well-formed PDF whose page tree holds no page.
QByteArray pdfWithoutPages()
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (const char *object : {"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n",
                               "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"}) {
        offsets.append(pdf.size());
        pdf += object;
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 3\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// The mean grey level (0 black, 255 white) of a rectangle of an image.
double meanGrey(const QImage &image, const QRect &area)
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            sum += qGray(image.pixel(x, y));
    return sum / (double(area.width()) * area.height());
}

bool allZero(const QByteArray &bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == '\0'; });
}

class IdentityDocumentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("docs.habeas"));
        const auto office = createOfficeVault(m_path, QStringLiteral("Direction de Test"));
        ASSERT_OK(office);
        // As at a first sign-in, the clerk and the DPO replace the password
        // the administrator gave them, and with it their key pairs: only
        // such keys hold the key to identity documents.
        for (const auto &[login, given, own] : {std::tuple{QStringLiteral("clerk"), ClerkPassword, ClerkOwnPassword},
                                                std::tuple{QStringLiteral("dpo"), DpoPassword, DpoOwnPassword}}) {
            signIn(login, given);
            ASSERT_OK(m_session->changeOwnPassword(SecureBytes::fromText(given), own));
        }
        signIn();
        NewRequest input;
        input.received = QDate::currentDate().addDays(-3);
        input.rights = {QStringLiteral("access")};
        input.requester.surname = QStringLiteral("Bianchi");
        auto created = RequestService(*m_session).create(input);
        ASSERT_TRUE(created.ok());
        m_request = *created;
    }

    void signIn(const QString &login = QStringLiteral("clerk"), const QString &password = ClerkOwnPassword)
    {
        m_session.reset();
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        ASSERT_OK(session);
        m_session = std::move(session).value();
    }

    bool onDisk(const QByteArray &marker)
    {
        const QByteArray key = SessionStorage::vault(*m_session).rawKeyForProof().view().toByteArray();
        const DecryptedFile db = decryptDatabase(m_path, key);
        const DecryptedFile wal = decryptWal(m_path + QStringLiteral("-wal"), key);
        EXPECT_TRUE(db.readable);
        EXPECT_GT(db.pages, 0);
        return db.plaintext.contains(marker) || wal.plaintext.contains(marker);
    }

    // 48 bytes from the middle of the image as the vault stores it
    // (encrypted under its document key).
    QByteArray storedMarker()
    {
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        query.prepare(QStringLiteral("SELECT image FROM identity_documents WHERE request_id = ?"));
        query.addBindValue(m_request.id);
        if (!query.exec() || !query.next())
            return {};
        const QByteArray stored = query.value(0).toByteArray();
        return stored.mid(stored.size() / 2, 48);
    }

    qint64 audits(const QString &action)
    {
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        query.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        query.addBindValue(action);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    Request m_request;
};

} // namespace

TEST_F(IdentityDocumentTest, TheCopyIsGreyscaleScaledAndWatermarked)
{
    const QImage scan = noisyScan(3000, 2000, 7);
    auto captured = IdentityDocumentService(*m_session).capture(m_request.id, encode(scan, "jpeg"), QStringLiteral("passport"));
    ASSERT_OK(captured);
    EXPECT_EQ(captured->width, 2000);
    EXPECT_EQ(captured->height, 1333);
    auto stored = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_TRUE(stored.ok());
    const QImage copy = QImage::fromData(stored->image, "PNG");
    ASSERT_FALSE(copy.isNull());
    EXPECT_TRUE(copy.isGrayscale());
    EXPECT_EQ(copy.size(), QSize(2000, 1333));
    // The mark changed the picture: compare with the same scan, unmarked.
    const QImage plain = scan.convertToFormat(QImage::Format_Grayscale8)
                             .scaled(2000, 2000, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    int changed = 0;
    for (int y = 0; y < copy.height(); y += 7) {
        for (int x = 0; x < copy.width(); x += 7)
            changed += std::abs(qGray(copy.pixel(x, y)) - qGray(plain.pixel(x, y))) > 40 ? 1 : 0;
    }
    EXPECT_GT(changed, 1000) << "no watermark drawn";
    EXPECT_EQ(audits(QStringLiteral("document.capture")), 1);
    EXPECT_EQ(audits(QStringLiteral("document.view")), 1);
    const Watermark mark{QStringLiteral("Direction de Test"), m_request.reference, QDate(2026, 11, 22)};
    EXPECT_EQ(mark.text(), QStringLiteral("Copie réservée à Direction de Test — demande n° %1 — 22/11/2026 — détruite après traitement")
                               .arg(m_request.reference));
}

TEST_F(IdentityDocumentTest, EveryAcceptedFormatIsRead)
{
    const QImage scan = noisyScan(300, 200, 3);
    for (const char *format : {"jpeg", "png", "tiff", "bmp"}) {
        auto captured = IdentityDocumentService(*m_session).capture(m_request.id, encode(scan, format), QStringLiteral("card"));
        EXPECT_OK(captured);
    }
    EXPECT_OK(IdentityDocumentService(*m_session).capture(m_request.id, pdfScan(), QStringLiteral("card")));
}

// A scan sent as PDF: its first page drawn in memory, then the same copy as
// an image's, greyscale, at most 2000 pixels on the long side, watermarked;
// the other pages left out, the PDF's bytes zeroed.
TEST_F(IdentityDocumentTest, APdfScanKeepsItsFirstPageAsTheCopy)
{
    QByteArray scan = pdfScan(2);
    const QByteArray kept = scan;
    auto captured = IdentityDocumentService(*m_session).capture(m_request.id, scan, QStringLiteral("passport"));
    ASSERT_OK(captured);
    EXPECT_TRUE(allZero(kept)) << "the PDF is still in memory after a capture";
    // A4 drawn at 2000 pixels on its long side.
    EXPECT_EQ(captured->height, 2000);
    EXPECT_NEAR(captured->width, 2000 * 210.0 / 297.0, 2.0);
    auto stored = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(stored);
    const QImage copy = QImage::fromData(stored->image, "PNG");
    ASSERT_FALSE(copy.isNull());
    EXPECT_TRUE(copy.isGrayscale());
    EXPECT_EQ(copy.size(), QSize(captured->width, captured->height));
    EXPECT_LE(std::max(copy.width(), copy.height()), IdentityImageProcessor::MaximumSide);
    // The first page's rectangle is dark and the rest of the page light: the
    // second page, all black, is not what was kept.
    const double scale = copy.height() / (297 / 25.4 * 72);
    const QRect shape(QPoint(int(PdfShape.left() * scale) + 4, int(PdfShape.top() * scale) + 4),
                      QPoint(int(PdfShape.right() * scale) - 4, int(PdfShape.bottom() * scale) - 4));
    const QRect below(0, int(300 * scale), copy.width(), copy.height() - int(300 * scale));
    EXPECT_LT(meanGrey(copy, shape), 110);
    EXPECT_GT(meanGrey(copy, below), 170);
    // The mark is burned in: grey text over the white page, which Poppler
    // drew pure white.
    int marked = 0;
    for (int y = below.top(); y <= below.bottom(); y += 5)
        for (int x = below.left(); x <= below.right(); x += 5)
            marked += qGray(copy.pixel(x, y)) < 200 ? 1 : 0;
    EXPECT_GT(marked, 1000) << "no watermark drawn";
}

// A PDF that needs a password cannot be drawn: refused, saying so, and its
// bytes zeroed all the same.
TEST_F(IdentityDocumentTest, APasswordProtectedPdfIsRefusedClearly)
{
    auto encrypted = EncryptedPdf::encrypt(SecureBytes::copyOf(pdfScan()), SecureBytes::fromText(QStringLiteral("Scan-2026")));
    ASSERT_OK(encrypted);
    QByteArray scan = *encrypted;
    const QByteArray kept = scan;
    auto refused = IdentityDocumentService(*m_session).capture(m_request.id, scan, QStringLiteral("passport"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::UnsupportedFormat);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("password"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("without a password")))
        << refused.error().message.toStdString();
    EXPECT_TRUE(allZero(kept)) << "a refused PDF is still in memory";
    auto exists = DocumentRepository(SessionStorage::vault(*m_session).database()).exists(m_request.id);
    ASSERT_OK(exists);
    EXPECT_FALSE(*exists) << "something stored after a refusal";
}

TEST_F(IdentityDocumentTest, BadInputIsRefusedClearly)
{
    IdentityDocumentService documents(*m_session);
    const auto refused = [&](const QByteArray &bytes) {
        auto result = documents.capture(m_request.id, bytes, QStringLiteral("card"));
        EXPECT_FALSE(result.ok());
        return result.ok() ? Error{} : result.error();
    };
    const Error empty = refused(QByteArray());
    EXPECT_EQ(empty.code, ErrorCode::InvalidArgument);
    EXPECT_EQ(empty.field, QStringLiteral("file"));
    // Known as a PDF by its first bytes, and not one.
    EXPECT_EQ(refused(QByteArray("%PDF-1.7 not yet")).code, ErrorCode::DamagedInput);
    const QByteArray pdf = pdfScan();
    EXPECT_EQ(refused(pdf.left(pdf.size() / 2)).code, ErrorCode::DamagedInput);
    const Error noPages = refused(pdfWithoutPages());
    EXPECT_EQ(noPages.code, ErrorCode::DamagedInput);
    EXPECT_TRUE(noPages.message.contains(QStringLiteral("no page"))) << noPages.message.toStdString();
    // A 1×1 GIF: an image, but not one of the accepted formats.
    static const unsigned char gif[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00,
                                        0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00,
                                        0x00, 0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x02,
                                        0x44, 0x01, 0x00, 0x3B};
    EXPECT_EQ(refused(QByteArray(reinterpret_cast<const char *>(gif), sizeof gif)).code, ErrorCode::UnsupportedFormat);
    const QByteArray png = encode(noisyScan(400, 300, 2), "png");
    EXPECT_EQ(refused(png.left(png.size() / 2)).code, ErrorCode::DamagedInput);
    // Too large, with the limit in the message.
    const Error heavy = refused(QByteArray(IdentityImageProcessor::MaximumBytes + 1, 'x'));
    EXPECT_EQ(heavy.code, ErrorCode::TooLarge);
    EXPECT_TRUE(heavy.message.contains(QStringLiteral("20"))) << heavy.message.toStdString();
    // A BMP header announcing 10,000 × 10,000 pixels: refused before decoding.
    QByteArray bmp(54, '\0');
    const auto put32 = [&bmp](int at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bmp[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    bmp[0] = 'B';
    bmp[1] = 'M';
    put32(2, 54 + 300000000u);
    put32(10, 54);
    put32(14, 40);
    put32(18, 10000);
    put32(22, 10000);
    bmp[26] = 1;
    bmp[28] = 24;
    const Error huge = refused(bmp);
    EXPECT_EQ(huge.code, ErrorCode::TooLarge);
    EXPECT_TRUE(huge.message.contains(QStringLiteral("50"))) << huge.message.toStdString();
    EXPECT_FALSE(documents.capture(m_request.id, png, QStringLiteral("  ")).ok());
    auto exists = DocumentRepository(SessionStorage::vault(*m_session).database()).exists(m_request.id);
    ASSERT_TRUE(exists.ok());
    EXPECT_FALSE(*exists) << "nothing stored after a refusal";
}

// The scan a clerk hands over is zeroed where it lies once the capture
// returns, in every array that shares it: after a success, after a refused
// file, after a refused caller.
TEST_F(IdentityDocumentTest, TheScanIsZeroedWhateverTheOutcome)
{
    IdentityDocumentService documents(*m_session);
    QByteArray scan = encode(noisyScan(500, 300, 31), "jpeg");
    const QByteArray kept = scan;
    ASSERT_OK(documents.capture(m_request.id, scan, QStringLiteral("passport")));
    EXPECT_TRUE(allZero(kept)) << "the scan is still in memory after a capture";

    const QByteArray png = encode(noisyScan(400, 300, 32), "png");
    QByteArray truncated = png.left(png.size() / 2);
    const QByteArray keptTruncated = truncated;
    EXPECT_EQ(documents.capture(m_request.id, truncated, QStringLiteral("card")).error().code, ErrorCode::DamagedInput);
    EXPECT_TRUE(allZero(keptTruncated)) << "a refused scan is still in memory";

    const QByteArray pdf = pdfScan();
    QByteArray truncatedPdf = pdf.left(pdf.size() / 2);
    const QByteArray keptTruncatedPdf = truncatedPdf;
    EXPECT_EQ(documents.capture(m_request.id, truncatedPdf, QStringLiteral("card")).error().code,
              ErrorCode::DamagedInput);
    EXPECT_TRUE(allZero(keptTruncatedPdf)) << "a refused PDF is still in memory";

    QByteArray unnamed = encode(noisyScan(300, 200, 33), "png");
    const QByteArray keptUnnamed = unnamed;
    EXPECT_FALSE(documents.capture(m_request.id, unnamed, QStringLiteral(" ")).ok());
    EXPECT_TRUE(allZero(keptUnnamed));

    signIn(QStringLiteral("admin"), AdminPassword);
    QByteArray refused = encode(noisyScan(300, 200, 34), "png");
    const QByteArray keptRefused = refused;
    EXPECT_EQ(IdentityDocumentService(*m_session).capture(m_request.id, refused, QStringLiteral("card")).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(allZero(keptRefused));
}

// An image's pixels are zeroed before it is released, unless another image
// still shares them.
TEST(IdentityImageWipe, PixelsAreZeroedByTheLastHolder)
{
    std::vector<uchar> pixels(64 * 32, 0x7F);
    QImage image(pixels.data(), 64, 32, 64, QImage::Format_Grayscale8);
    {
        QImage shared = image;
        EXPECT_EQ(wipeImage(shared), 0);
        EXPECT_TRUE(shared.isNull());
        EXPECT_EQ(pixels[100], 0x7F) << "pixels another image holds were changed";
    }
    EXPECT_EQ(wipeImage(image), qsizetype(pixels.size()));
    EXPECT_TRUE(image.isNull());
    EXPECT_TRUE(std::all_of(pixels.begin(), pixels.end(), [](uchar p) { return p == 0; }));
}

TEST_F(IdentityDocumentTest, AdministratorsCannotViewDocuments)
{
    ASSERT_TRUE(IdentityDocumentService(*m_session)
                    .capture(m_request.id, encode(noisyScan(200, 100, 4), "png"), QStringLiteral("card"))
                    .ok());
    signIn(QStringLiteral("admin"), AdminPassword);
    auto view = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_FALSE(view.ok());
    EXPECT_EQ(view.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(audits(QStringLiteral("permission.denied")), 1);
}

// The database key is not enough: an administrator who opens the vault from
// outside finds the copy encrypted under a key sealed only to clerks and
// the DPO.
TEST_F(IdentityDocumentTest, AnAdministratorHoldingTheDatabaseKeyCannotDecryptACopy)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 5), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    m_session.reset();
    auto admin = Vault::open(m_path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(admin);
    EXPECT_FALSE((*admin)->holdsCaseKey());
    EXPECT_FALSE((*admin)->keyFile().holdsCaseKey(QStringLiteral("admin")));
    EXPECT_TRUE((*admin)->keyFile().holdsCaseKey(QStringLiteral("clerk")));
    EXPECT_TRUE((*admin)->keyFile().holdsCaseKey(QStringLiteral("dpo")));
    QSqlQuery query((*admin)->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT image, sealed_key FROM identity_documents")) && query.next());
    const QByteArray image = query.value(0).toByteArray();
    const QByteArray sealedKey = query.value(1).toByteArray();
    EXPECT_FALSE(image.contains(captured->png.mid(captured->png.size() / 2, 32)));
    EXPECT_FALSE(image.startsWith("\x89PNG"));
    EXPECT_EQ(sealedKey.size(), 32 + 40);
    const QByteArray context = QByteArray("habeas-identity-document/") + QByteArray::number(m_request.id);
    EXPECT_FALSE((*admin)->openWithCaseKey(sealedKey, context).has_value());
}

TEST_F(IdentityDocumentTest, TheCaseKeyReachesNewColleaguesThroughAHolder)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 6), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    // The DPO received it at the clerk's first sign-in and sees the copy.
    signIn(QStringLiteral("dpo"), DpoOwnPassword);
    auto seen = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(seen);
    EXPECT_EQ(seen->image, captured->png);
    // A clerk added since has no key until a holder signs in.
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).add({QStringLiteral("zoe"), QStringLiteral("Zoé Martin"), Role::Clerk},
                                             QStringLiteral("Vallon-Fontvieille-88")));
    // The administrator keeps a copy of the key file with the slot made
    // under the password they chose.
    const QByteArray keptByTheAdministrator = readAll(VaultPaths::of(m_path).keys);
    signIn(QStringLiteral("zoe"), QStringLiteral("Vallon-Fontvieille-88"));
    ASSERT_OK(m_session->changeOwnPassword(SecureBytes::fromText(QStringLiteral("Vallon-Fontvieille-88")),
                                           QStringLiteral("Larvotto-Bruine-Sud-63")));
    auto refused = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("colleague"))) << qPrintable(refused.error().message);
    signIn();
    EXPECT_EQ(audits(QStringLiteral("document.case-key-share")), 2) << "to the DPO, then to the new clerk";
    EXPECT_FALSE(SessionStorage::vault(*m_session).keyFile().holdsCaseKey(QStringLiteral("admin")));
    signIn(QStringLiteral("zoe"), QStringLiteral("Larvotto-Bruine-Sud-63"));
    auto viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
    // Zoé's own password replaced the key pair the administrator's password
    // made, and only the new pair received the case key: the copy gives the
    // administrator an old key that holds nothing.
    auto copy = KeyFile::parse(keptByTheAdministrator);
    ASSERT_OK(copy);
    auto old = copy->unwrap(QStringLiteral("zoe"), SecureBytes::fromText(QStringLiteral("Vallon-Fontvieille-88")));
    ASSERT_OK(old);
    EXPECT_TRUE(old->caseKey.isEmpty());
    EXPECT_NE(old->publicKey, SessionStorage::vault(*m_session).publicKey());
    // Creating Zoé's account revoked nobody: the key was never replaced.
    signIn();
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 1);
}

// A holder who is disabled may keep the case key they held (a copy of the
// key file and their old password open it): the next holder to sign in
// replaces it, and seals every document key again under the new one.
TEST_F(IdentityDocumentTest, RevokingAHolderReplacesTheCaseKey)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 8), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    m_session.reset();
    const QString keys = VaultPaths::of(m_path).keys;
    auto copy = KeyFile::load(keys);
    ASSERT_OK(copy);
    auto kept = copy->unwrap(QStringLiteral("dpo"), SecureBytes::fromText(DpoOwnPassword));
    ASSERT_OK(kept);
    ASSERT_FALSE(kept->caseKey.isEmpty());
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).disable(QStringLiteral("dpo")));
    auto afterDisable = KeyFile::load(keys);
    ASSERT_OK(afterDisable);
    EXPECT_TRUE(afterDisable->caseKeyRotationDue());
    signIn();
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 2) << "made, then replaced";
    EXPECT_FALSE(SessionStorage::vault(*m_session).caseKeyRotationDue());
    QSqlQuery query(SessionStorage::database(*m_session));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT sealed_key FROM identity_documents")) && query.next());
    const QByteArray context = QByteArray("habeas-identity-document/") + QByteArray::number(m_request.id);
    EXPECT_FALSE(aead::openKey(kept->caseKey, query.value(0).toByteArray(), context).has_value())
        << "the revoked holder's key still opens the document key";
    query.finish();
    auto viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
}

// The key file's "replace the key" mark is not what decides: someone who
// clears it still meets the signed log, where the administrator's grant
// that disabled a holder stands after the key was made.
TEST_F(IdentityDocumentTest, ClearingTheReplacementMarkDoesNotKeepARevokedHoldersKey)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 11), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    const QString before = SessionStorage::vault(*m_session).caseKeyId();
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).disable(QStringLiteral("dpo")));
    m_session.reset();
    const QString keys = VaultPaths::of(m_path).keys;
    {
        // With no replacement pending, finishing one only clears the mark.
        auto file = KeyFile::load(keys);
        ASSERT_OK(file);
        ASSERT_TRUE(file->caseKeyRotationDue());
        file->finishCaseKeyReplacement();
        ASSERT_FALSE(file->caseKeyRotationDue());
        ASSERT_OK(file->save(keys));
    }
    signIn();
    EXPECT_FALSE(m_session->caseKeyProblem().has_value());
    EXPECT_NE(SessionStorage::vault(*m_session).caseKeyId(), before);
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 2) << "made, then replaced";
    auto viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
    // Replaced once: the next sign-in finds nothing to do.
    const QString after = SessionStorage::vault(*m_session).caseKeyId();
    signIn();
    EXPECT_EQ(SessionStorage::vault(*m_session).caseKeyId(), after);
}

// Sealing needs only public keys: an administrator who seals a key of
// their own to their slot, then has a holder revoked, does not receive the
// replacement (it goes only to accounts entitled by their signed grants).
TEST_F(IdentityDocumentTest, AReplacementKeyGoesOnlyToEntitledAccounts)
{
    m_session.reset();
    const QString keys = VaultPaths::of(m_path).keys;
    {
        auto file = KeyFile::load(keys);
        ASSERT_OK(file);
        ASSERT_OK(file->sealCaseKey(QStringLiteral("admin"), SecureBytes::random(32)));
        ASSERT_OK(file->save(keys));
    }
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).disable(QStringLiteral("dpo")));
    signIn();
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 2) << "made, then replaced";
    auto file = KeyFile::load(keys);
    ASSERT_OK(file);
    EXPECT_TRUE(file->holdsCaseKey(QStringLiteral("clerk")));
    EXPECT_FALSE(file->holdsCaseKey(QStringLiteral("admin")));
    auto admin = file->unwrap(QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(admin);
    EXPECT_TRUE(admin->caseKey.isEmpty());
    EXPECT_TRUE(admin->nextCaseKey.isEmpty());
}

// A stop between the key file that holds a new case key and the entry that
// records it (or a key sealed into a slot from outside before any was
// made): the holder's Habeas replaces that key, never adopts it, and
// records the new one; captures work.
TEST_F(IdentityDocumentTest, ACaseKeyTheLogNeverRecordedIsReplacedNotAdopted)
{
    m_session.reset();
    m_path = m_dir.filePath(QStringLiteral("fresh.habeas"));
    ASSERT_OK(createOfficeVault(m_path, QStringLiteral("Direction de Test")));
    const QString keys = VaultPaths::of(m_path).keys;
    const SecureBytes planted = SecureBytes::random(32);
    {
        auto file = KeyFile::load(keys);
        ASSERT_OK(file);
        ASSERT_OK(file->sealCaseKey(QStringLiteral("clerk"), planted));
        ASSERT_OK(file->save(keys));
    }
    signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_OK(m_session->changeOwnPassword(SecureBytes::fromText(ClerkPassword), ClerkOwnPassword));
    EXPECT_FALSE(m_session->caseKeyProblem().has_value()) << qPrintable(m_session->caseKeyProblem()->detail);
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 1);
    NewRequest input;
    input.received = QDate::currentDate();
    input.rights = {QStringLiteral("access")};
    input.requester.surname = QStringLiteral("Rossi");
    auto created = RequestService(*m_session).create(input);
    ASSERT_OK(created);
    m_request = *created;
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 12), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    QSqlQuery query(SessionStorage::database(*m_session));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT sealed_key FROM identity_documents")) && query.next());
    const QByteArray context = QByteArray("habeas-identity-document/") + QByteArray::number(m_request.id);
    EXPECT_FALSE(aead::openKey(planted, query.value(0).toByteArray(), context).has_value())
        << "the document was sealed under the planted key";
    query.finish();
    auto file = KeyFile::load(keys);
    ASSERT_OK(file);
    EXPECT_FALSE(file->holdsCaseKey(QStringLiteral("admin")));
}

// The replacement writes the key file, then the database, then the key file
// again; a stop after either write leaves a state the next holder's sign-in
// completes, and every copy stays readable.
TEST_F(IdentityDocumentTest, ACaseKeyReplacementStoppedAtEitherStepIsCompletedAtSignIn)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 9), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).disable(QStringLiteral("dpo")));
    m_session.reset();
    // Stopped after the first write: the next key beside the current one.
    const QString keys = VaultPaths::of(m_path).keys;
    {
        auto clerk = Vault::open(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkOwnPassword));
        ASSERT_OK(clerk);
        ASSERT_OK((*clerk)->beginCaseKeyReplacement());
    }
    const QByteArray afterFirstWrite = readAll(keys);
    signIn();
    EXPECT_FALSE(SessionStorage::vault(*m_session).caseKeyReplacementPending());
    EXPECT_FALSE(SessionStorage::vault(*m_session).caseKeyRotationDue());
    const QString replaced = SessionStorage::vault(*m_session).caseKeyId();
    auto viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
    // Stopped after the database: the log names the next key, the key file
    // still holds both.
    m_session.reset();
    ASSERT_TRUE(writeAll(keys, afterFirstWrite));
    signIn();
    EXPECT_FALSE(SessionStorage::vault(*m_session).caseKeyReplacementPending());
    EXPECT_EQ(SessionStorage::vault(*m_session).caseKeyId(), replaced);
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 2) << "made, then replaced once";
    viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
}

// Sealing needs only public keys: someone who writes a next case key of
// their choosing into the key file does not get the documents sealed under
// it, since no holder's key authenticates it.
TEST_F(IdentityDocumentTest, ANextCaseKeySlippedIntoTheKeyFileIsNotUsed)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(300, 200, 10), "png"), QStringLiteral("card"));
    ASSERT_OK(captured);
    signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_OK(AccountService(*m_session).disable(QStringLiteral("dpo")));
    m_session.reset();
    const QString keys = VaultPaths::of(m_path).keys;
    auto file = KeyFile::load(keys);
    ASSERT_OK(file);
    const SecureBytes chosen = SecureBytes::random(32);
    ASSERT_OK(file->beginCaseKeyReplacement(chosen, QByteArray(32, '\x01'), {QStringLiteral("clerk")}));
    ASSERT_OK(file->save(keys));
    signIn();
    EXPECT_FALSE(SessionStorage::vault(*m_session).caseKeyReplacementPending());
    EXPECT_EQ(audits(QStringLiteral("document.case-key")), 2) << "replaced by a key the holder made";
    QSqlQuery query(SessionStorage::database(*m_session));
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT sealed_key FROM identity_documents")) && query.next());
    const QByteArray context = QByteArray("habeas-identity-document/") + QByteArray::number(m_request.id);
    EXPECT_FALSE(aead::openKey(chosen, query.value(0).toByteArray(), context).has_value());
    query.finish();
    auto viewed = IdentityDocumentService(*m_session).view(m_request.id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->image, captured->png);
}

// Someone with the database key seals a key of their own choosing to the
// clerk's slot (the sealing needs only the slot's public key): the clerk's
// Habeas refuses to use it, since the log records another key.
TEST_F(IdentityDocumentTest, ACaseKeySlippedIntoTheKeyFileIsRefused)
{
    m_session.reset();
    const QString keys = VaultPaths::of(m_path).keys;
    auto file = KeyFile::load(keys);
    ASSERT_OK(file);
    ASSERT_OK(file->sealCaseKey(QStringLiteral("clerk"), SecureBytes::random(32)));
    ASSERT_OK(file->save(keys));
    signIn();
    auto refused = IdentityDocumentService(*m_session)
                       .capture(m_request.id, encode(noisyScan(300, 200, 7), "png"), QStringLiteral("card"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::DatabaseCorrupt);
    EXPECT_TRUE(refused.error().detail.startsWith(QStringLiteral("case key id differs"))) << qPrintable(refused.error().detail);
}

namespace {

IdentityChecks allChecks()
{
    IdentityChecks checks;
    checks.photograph = true;
    checks.nameMatches = true;
    checks.birthDate = IdentityChecks::BirthDate::Matches;
    checks.stillValid = true;
    return checks;
}

} // namespace

TEST_F(IdentityDocumentTest, EndingTheRequestDestroysTheDocumentOnDisk)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(900, 600, 11), "png"), QStringLiteral("identity card"));
    ASSERT_TRUE(captured.ok());
    ASSERT_TRUE(IdentityDocumentService(*m_session).markVerified(m_request.id, allChecks(), QDate(2026, 11, 20)).ok());
    // A marker taken from the middle of the stored image bytes.
    const QByteArray marker = storedMarker();
    ASSERT_EQ(marker.size(), 48);
    // The image itself is never in clear, even in decrypted pages: only its
    // encryption under the document key is.
    EXPECT_FALSE(onDisk(captured->png.mid(captured->png.size() / 2, 48))) << "the PNG is stored in clear";
    // The search can fail: before the end, the marker is found in clear
    // once the pages are decrypted.
    EXPECT_TRUE(onDisk(marker)) << "the page decryption does not see the stored image";

    RequestService requests(*m_session);
    ASSERT_TRUE(requests.transition(m_request.id, RequestState::Withdrawn).ok());
    EXPECT_FALSE(onDisk(marker)) << "destroyed image data is still on disk";
    EXPECT_EQ(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0) << "the WAL was truncated";
    auto record = IdentityDocumentService(*m_session).destruction(m_request.id);
    ASSERT_TRUE(record.ok());
    ASSERT_TRUE(record->has_value());
    EXPECT_EQ((*record)->kind, QStringLiteral("identity card"));
    EXPECT_EQ((*record)->verifiedBy, QStringLiteral("clerk"));
    EXPECT_EQ((*record)->verifiedOn, QDate(2026, 11, 20));
    EXPECT_TRUE((*record)->destroyedOn.isValid());
    EXPECT_EQ(audits(QStringLiteral("document.destroy")), 1);
    EXPECT_FALSE(IdentityDocumentService(*m_session)
                     .capture(m_request.id, encode(noisyScan(20, 20, 5), "png"), QStringLiteral("card"))
                     .ok())
        << "no document on an ended request";
}

TEST_F(IdentityDocumentTest, SignInSweepsDocumentsLeftOnEndedRequests)
{
    ASSERT_TRUE(IdentityDocumentService(*m_session)
                    .capture(m_request.id, encode(noisyScan(200, 100, 6), "png"), QStringLiteral("card"))
                    .ok());
    {
        // What an interrupted older version could leave: an ended request
        // whose document is still there.
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE requests SET state = 'closed' WHERE id = %1").arg(m_request.id)));
    }
    signIn();
    auto exists = DocumentRepository(SessionStorage::vault(*m_session).database()).exists(m_request.id);
    ASSERT_TRUE(exists.ok());
    EXPECT_FALSE(*exists);
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'document.destroy'")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("start-up sweep"));
}

TEST_F(IdentityDocumentTest, BackupsLeaveIdentityDocumentsOut)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(600, 400, 12), "png"), QStringLiteral("passport"));
    ASSERT_TRUE(captured.ok());
    const QByteArray marker = storedMarker();
    // The backup is taken by the administrator; the key is the same.
    const QByteArray key = SessionStorage::vault(*m_session).rawKeyForProof().view().toByteArray();
    signIn(QStringLiteral("admin"), AdminPassword);
    const QString copy = m_dir.filePath(QStringLiteral("copy.habeas"));
    ASSERT_TRUE(VaultService(*m_session).backup(copy).ok());
    const DecryptedFile pages = decryptDatabase(copy, key);
    ASSERT_TRUE(pages.readable);
    ASSERT_GT(pages.pages, 0);
    // The same decryption finds the request's reference in the copy...
    EXPECT_TRUE(pages.plaintext.contains(m_request.reference.toUtf8()));
    // ...and no trace of the document.
    EXPECT_FALSE(pages.plaintext.contains(marker));
    auto opened = Vault::open(copy, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_TRUE(opened.ok());
    auto exists = DocumentRepository((*opened)->database()).exists(m_request.id);
    ASSERT_TRUE(exists.ok());
    EXPECT_FALSE(*exists);
}

// Every file SQLite writes into the backup's folder, journals included and
// captured the moment before they are deleted, is decrypted page by page:
// none holds a byte of the document, and nothing but the copy is written.
TEST_F(IdentityDocumentTest, NoFileABackupWritesHoldsTheDocument)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(600, 400, 13), "png"), QStringLiteral("passport"));
    ASSERT_OK(captured);
    QList<QByteArray> markers;
    for (int part = 1; part < 8; ++part)
        markers.append(captured->png.mid(captured->png.size() * part / 8, 32));
    const QByteArray key = SessionStorage::vault(*m_session).rawKeyForProof().view().toByteArray();
    // The connection (and so the ATTACH of the copy) goes through the VFS.
    RecordingVfs &vfs = RecordingVfs::install();
    signIn(QStringLiteral("admin"), AdminPassword);

    QTemporaryDir medium;
    ASSERT_TRUE(medium.isValid());
    vfs.watch(medium.path());
    const QString copy = medium.filePath(QStringLiteral("copy.habeas"));
    ASSERT_OK(VaultService(*m_session).backup(copy));
    vfs.stop();

    const auto holdsTheDocument = [&](const DecryptedFile &file) {
        return std::any_of(markers.begin(), markers.end(), [&](const QByteArray &m) { return file.plaintext.contains(m); });
    };
    // The copy is opened twice (written, then verified), and nothing else.
    QStringList written = vfs.opened();
    written.removeDuplicates();
    EXPECT_EQ(written, QStringList{QDir::cleanPath(copy + QStringLiteral(".partial"))}) << qPrintable(written.join(u' '));
    for (const DeletedFile &file : vfs.deleted()) {
        const DecryptedFile pages = file.path.endsWith(QLatin1String("-journal")) ? decryptJournal(file.bytes, key)
                                                                                   : DecryptedFile{};
        EXPECT_FALSE(holdsTheDocument(pages)) << "the document was written to " << qPrintable(file.path);
        ADD_FAILURE() << "a file was written to the backup medium and deleted: " << qPrintable(file.path);
    }
    const QStringList left = QDir(medium.path()).entryList(QDir::Files);
    EXPECT_EQ(left, (QStringList{QStringLiteral("copy.habeas"), QStringLiteral("copy.habeas-audit-head"),
                                 QStringLiteral("copy.habeas-keys")}));
    const DecryptedFile pages = decryptDatabase(copy, key);
    ASSERT_TRUE(pages.readable);
    EXPECT_TRUE(pages.plaintext.contains(m_request.reference.toUtf8()));
    EXPECT_FALSE(holdsTheDocument(pages));
    // The document's table is there, empty, so a restored vault works.
    auto opened = Vault::open(copy, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_OK(opened);
    QSqlQuery count((*opened)->database());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM identity_documents")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);
}

TEST_F(IdentityDocumentTest, ANewCaptureDestroysTheOldCopy)
{
    IdentityDocumentService documents(*m_session);
    auto first = documents.capture(m_request.id, encode(noisyScan(500, 300, 21), "png"), QStringLiteral("wrong scan"));
    ASSERT_TRUE(first.ok());
    const QByteArray marker = storedMarker();
    EXPECT_TRUE(onDisk(marker));
    ASSERT_TRUE(documents.capture(m_request.id, encode(noisyScan(500, 300, 22), "png"), QStringLiteral("passport")).ok());
    EXPECT_FALSE(onDisk(marker)) << "the replaced copy is still on disk";
    EXPECT_EQ(audits(QStringLiteral("document.destroy")), 1);
    auto record = documents.destruction(m_request.id);
    ASSERT_TRUE(record.ok() && record->has_value());
    EXPECT_EQ((*record)->kind, QStringLiteral("wrong scan"));
    ASSERT_TRUE(documents.markVerified(m_request.id, allChecks()).ok());
    EXPECT_EQ(audits(QStringLiteral("document.verify")), 1);
}

// "Verified" says what was checked: every check, or nothing is recorded.
// What is known of the copy is readable without its image and without an
// audited view.
TEST_F(IdentityDocumentTest, VerificationNeedsEveryCheckAndIsDescribedWithoutTheImage)
{
    IdentityDocumentService documents(*m_session);
    ASSERT_OK(documents.capture(m_request.id, encode(noisyScan(500, 300, 23), "png"), QStringLiteral("passport")));
    IdentityChecks checks;
    checks.photograph = true;
    checks.nameMatches = true;
    checks.stillValid = true;
    auto refused = documents.markVerified(m_request.id, checks);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(refused.error().field, QStringLiteral("document.checks"));
    EXPECT_EQ(audits(QStringLiteral("document.verify")), 0);

    checks.birthDate = IdentityChecks::BirthDate::NotKnown;
    ASSERT_OK(documents.markVerified(m_request.id, checks, QDate(2026, 11, 21)));
    // A verification stands: a second one is refused, the first kept.
    auto again = documents.markVerified(m_request.id, allChecks(), QDate(2026, 11, 22));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::AlreadyExists);
    const int views = audits(QStringLiteral("document.view"));
    auto described = documents.describe(m_request.id);
    ASSERT_OK(described);
    ASSERT_TRUE(described->has_value());
    EXPECT_TRUE((*described)->image.isEmpty());
    EXPECT_TRUE((*described)->sealedKey.isEmpty());
    EXPECT_EQ((*described)->kind, QStringLiteral("passport"));
    EXPECT_EQ((*described)->checks, checks);
    EXPECT_EQ((*described)->verifiedOn, QDate(2026, 11, 21));
    EXPECT_EQ((*described)->verifiedBy, m_session->account().login);
    EXPECT_EQ((*described)->capturedBy, m_session->account().login);
    EXPECT_TRUE((*described)->capturedAt.isValid());
    EXPECT_EQ(audits(QStringLiteral("document.view")), views);
    EXPECT_EQ(IdentityChecks::fromKey(checks.key()), checks);
}

// Another connection reading the vault keeps the WAL from being written
// back: the ending still succeeds (it has committed, and a retry would be
// refused as illegal), the deferral is audited, and the write-back happens
// once the reader has gone.
TEST_F(IdentityDocumentTest, AnEndingWhileAnotherConnectionReadsSucceedsAndIsWrittenBackLater)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(700, 500, 31), "png"), QStringLiteral("passport"));
    ASSERT_OK(captured);
    const QByteArray marker = storedMarker();
    const QString reader = QStringLiteral("identity-test-reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(SqlCipherDriver::Name), reader);
        static_cast<SqlCipherDriver *>(db.driver())
            ->setKey(SecureBytes::copyOf(SessionStorage::vault(*m_session).rawKeyForProof().view()));
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("HABEAS_BUSY_TIMEOUT=100"));
        ASSERT_TRUE(db.open());
        QSqlQuery read(db);
        ASSERT_TRUE(read.exec(QStringLiteral("BEGIN")));
        ASSERT_TRUE(read.exec(QStringLiteral("SELECT count(*) FROM identity_documents")) && read.next());
        EXPECT_EQ(read.value(0).toInt(), 1);

        ASSERT_OK(RequestService(*m_session).transition(m_request.id, RequestState::Withdrawn));
        EXPECT_EQ(audits(QStringLiteral("vault.checkpoint-deferred")), 1);
        EXPECT_EQ(audits(QStringLiteral("document.destroy")), 1);
        auto ended = RequestService(*m_session).view(m_request.id);
        ASSERT_OK(ended);
        EXPECT_EQ(ended->state, RequestState::Withdrawn);
        read.finish();
        ASSERT_TRUE(read.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(reader);
    // The next sign-in opens the vault and writes the WAL back (the WAL then
    // holds only what the sign-in itself wrote).
    signIn();
    EXPECT_FALSE(onDisk(marker)) << "destroyed image data is still on disk";
}

// A process that stops between the commit that destroys a document and the
// write-back leaves the deleted pages' old content in the main file; the
// next open writes the WAL back before anything else.
TEST_F(IdentityDocumentTest, AStopBeforeTheWriteBackIsMendedAtTheNextOpen)
{
    auto captured = IdentityDocumentService(*m_session)
                        .capture(m_request.id, encode(noisyScan(700, 500, 37), "png"), QStringLiteral("passport"));
    ASSERT_OK(captured);
    const QByteArray marker = storedMarker();
    const QByteArray key = SessionStorage::vault(*m_session).rawKeyForProof().view().toByteArray();
    m_session.reset();

    QProcess child;
    child.start(QStringLiteral(HABEAS_CRASH_WRITER), {m_path, QStringLiteral("forget")});
    ASSERT_TRUE(child.waitForStarted(10000));
    child.write(ClerkOwnPassword.toUtf8() + '\n');
    child.closeWriteChannel();
    ASSERT_TRUE(child.waitForFinished(60000));
    ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    EXPECT_TRUE(child.readAllStandardOutput().contains("destroyed 1"));
    EXPECT_GT(QFileInfo(m_path + QStringLiteral("-wal")).size(), 0) << "the process left its WAL";
    EXPECT_TRUE(decryptDatabase(m_path, key).plaintext.contains(marker))
        << "the scenario reproduces: the main file still holds the old pages";

    signIn();
    EXPECT_FALSE(onDisk(marker)) << "destroyed image data is still on disk after the next open";
}

// The wizard's intake saves the request, its identity step and its
// processings as one: with a copy captured at once, or nothing at all when
// any part fails.
TEST_F(IdentityDocumentTest, AnIntakeSavesTheRequestAndItsCopyAsOne)
{
    QSqlQuery count(SessionStorage::database(*m_session));
    const auto requests = [&] {
        return count.exec(QStringLiteral("SELECT count(*) FROM requests")) && count.next() ? count.value(0).toInt() : -1;
    };
    const int before = requests();
    Intake intake;
    intake.request.received = QDate::currentDate();
    intake.request.rights = {QStringLiteral("erasure")};
    intake.request.requester.surname = QStringLiteral("Vatrican");
    intake.identity = IdentityPlan::CaptureNow;
    intake.documentKind = QStringLiteral("identity card");
    // The scan is zeroed by each call, in every array sharing it: a fresh one each time.
    intake.scan = encode(noisyScan(400, 260, 21), "png");
    // A processing that is not in the register: nothing at all is saved.
    intake.processings = {999999};
    auto refused = RequestService(*m_session).intake(intake);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(requests(), before);
    EXPECT_EQ(audits(QStringLiteral("document.capture")), 0);
    intake.scan = encode(noisyScan(400, 260, 21), "png");
    intake.processings.clear();
    auto saved = RequestService(*m_session).intake(intake);
    ASSERT_OK(saved);
    EXPECT_EQ(requests(), before + 1);
    EXPECT_EQ(saved->state, RequestState::InProgress) << "the copy at hand passes the identity check";
    auto viewed = IdentityDocumentService(*m_session).view(saved->id);
    ASSERT_OK(viewed);
    EXPECT_EQ(viewed->kind, QStringLiteral("identity card"));
    // Known otherwise: the identity check is passed at once, with how.
    Intake known;
    known.request = intake.request;
    known.identity = IdentityPlan::NotNeeded;
    auto missing = RequestService(*m_session).intake(known);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, QStringLiteral("identity.how"));
    known.identifiedHow = QStringLiteral("member of staff, seen at the counter with a staff card");
    auto passed = RequestService(*m_session).intake(known);
    ASSERT_OK(passed);
    EXPECT_EQ(passed->state, RequestState::InProgress);
    auto history = RequestService(*m_session).history(passed->id);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 3u);
    EXPECT_TRUE(history->back().reason.contains(QStringLiteral("staff card")));
}
