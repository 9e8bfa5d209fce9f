// The letterhead in the vault's settings: every field read back as saved,
// the defaults of a new vault, the administrator's alone to change (a
// refusal audited), each change audited by key and never by value, errors
// at their field; and the logo prepared from any image Qt reads.

#include "core/letters/Letterhead.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

QImage decoded(const QByteArray &png)
{
    QImage image;
    image.loadFromData(png, "PNG");
    return image;
}

struct AuditRow {
    QString account;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;
};

std::vector<AuditRow> auditRows(Session &session, const QString &action)
{
    QSqlQuery query(SessionStorage::database(session));
    query.prepare(QStringLiteral("SELECT account, action, object_type, object_id, detail FROM audit_log"
                                 " WHERE action = ? ORDER BY seq"));
    query.addBindValue(action);
    std::vector<AuditRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.push_back({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString()});
    return rows;
}

class LetterheadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("letterhead.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }
    std::unique_ptr<Session> admin() { return signIn(QStringLiteral("admin"), AdminPassword); }
    std::unique_ptr<Session> clerk() { return signIn(QStringLiteral("clerk"), ClerkPassword); }
    std::unique_ptr<Session> dpo() { return signIn(QStringLiteral("dpo"), DpoPassword); }

    static Letterhead sample()
    {
        Letterhead letterhead;
        letterhead.officeName = QStringLiteral("Délégué à la protection des données");
        letterhead.address = QStringLiteral("Service de la protection des données\n4 rue Fictive\nMC 98000 Monaco");
        letterhead.place = QStringLiteral("Monaco-Ville");
        letterhead.signatoryName = QStringLiteral("Aurore Testelli");
        letterhead.signatoryTitle = QStringLiteral("Déléguée à la protection des données");
        letterhead.footer = QStringLiteral("Service fictif — 4 rue Fictive, MC 98000 Monaco\ndpo@exemple.invalid");
        letterhead.authorityAddress =
            QStringLiteral("Autorité de Protection des Données Personnelles\nMC 98000 Monaco");
        QImage logo(300, 120, QImage::Format_ARGB32);
        logo.fill(Qt::transparent);
        {
            QPainter painter(&logo);
            painter.fillRect(QRect(10, 10, 100, 100), QColor(0xb0, 0x1c, 0x2e));
        }
        auto prepared = LetterheadService::prepareLogo(encoded(logo, "PNG"));
        EXPECT_OK(prepared);
        if (prepared)
            letterhead.logoPng = *prepared;
        return letterhead;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(LetterheadTest, ANewVaultHasTheDefaults)
{
    auto session = clerk();
    ASSERT_TRUE(session);
    auto letterhead = LetterheadService(*session).current();
    ASSERT_OK(letterhead);
    EXPECT_EQ(*letterhead, LetterheadService::defaults());
    EXPECT_EQ(letterhead->place, QStringLiteral("Monaco"));
    // No address of the authority until the administrator enters one: a
    // refusal must not send a requester to an address nobody checked.
    EXPECT_TRUE(letterhead->authorityAddress.isEmpty());
    EXPECT_TRUE(letterhead->officeName.isEmpty());
    EXPECT_TRUE(letterhead->logoPng.isEmpty());
}

TEST_F(LetterheadTest, EveryFieldIsReadBackAsSaved)
{
    const Letterhead wanted = sample();
    ASSERT_FALSE(wanted.logoPng.isEmpty());
    {
        auto session = admin();
        ASSERT_TRUE(session);
        ASSERT_OK(LetterheadService(*session).save(wanted));
    }
    // Read by everyone else, in a later session: it is in the vault.
    for (auto [login, password] :
         {std::pair{QStringLiteral("clerk"), ClerkPassword}, std::pair{QStringLiteral("dpo"), DpoPassword}}) {
        auto session = signIn(login, password);
        ASSERT_TRUE(session);
        auto letterhead = LetterheadService(*session).current();
        ASSERT_OK(letterhead);
        EXPECT_EQ(letterhead->officeName, wanted.officeName);
        EXPECT_EQ(letterhead->address, wanted.address);
        EXPECT_EQ(letterhead->place, wanted.place);
        EXPECT_EQ(letterhead->signatoryName, wanted.signatoryName);
        EXPECT_EQ(letterhead->signatoryTitle, wanted.signatoryTitle);
        EXPECT_EQ(letterhead->footer, wanted.footer);
        EXPECT_EQ(letterhead->authorityAddress, wanted.authorityAddress);
        EXPECT_EQ(letterhead->logoPng, wanted.logoPng);
        EXPECT_EQ(*letterhead, wanted);
    }
    // And emptied again: an empty place stays empty, not the default.
    auto session = admin();
    ASSERT_TRUE(session);
    ASSERT_OK(LetterheadService(*session).save(Letterhead{}));
    auto emptied = LetterheadService(*session).current();
    ASSERT_OK(emptied);
    EXPECT_EQ(*emptied, Letterhead{});
}

TEST_F(LetterheadTest, LinesAreTidiedWhenSaved)
{
    auto session = admin();
    ASSERT_TRUE(session);
    Letterhead messy;
    messy.officeName = QStringLiteral("  Délégué à la protection des données  ");
    messy.address = QStringLiteral("\r\n  4 rue Fictive  \r\nMC 98000 Monaco\r\n\r\n");
    messy.footer = QStringLiteral("Ligne un\u2029Ligne deux");
    ASSERT_OK(LetterheadService(*session).save(messy));
    auto saved = LetterheadService(*session).current();
    ASSERT_OK(saved);
    EXPECT_EQ(saved->officeName, QStringLiteral("Délégué à la protection des données"));
    EXPECT_EQ(saved->address, QStringLiteral("4 rue Fictive\nMC 98000 Monaco"));
    EXPECT_EQ(saved->footer, QStringLiteral("Ligne un\nLigne deux"));
    EXPECT_TRUE(saved->place.isEmpty());
}

TEST_F(LetterheadTest, AClerkAndTheDpoAreRefusedAndTheRefusalIsAudited)
{
    for (auto [login, password] :
         {std::pair{QStringLiteral("clerk"), ClerkPassword}, std::pair{QStringLiteral("dpo"), DpoPassword}}) {
        auto session = signIn(login, password);
        ASSERT_TRUE(session);
        auto refused = LetterheadService(*session).save(sample());
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << qPrintable(login);
        const auto denials = auditRows(*session, QStringLiteral("permission.denied"));
        ASSERT_FALSE(denials.empty());
        EXPECT_EQ(denials.back().account, login);
        EXPECT_EQ(denials.back().objectType, QStringLiteral("settings"));
        EXPECT_EQ(denials.back().objectId, QStringLiteral("letterhead"));
        EXPECT_EQ(denials.back().detail, QStringLiteral("manage-settings"));
        EXPECT_TRUE(auditRows(*session, QStringLiteral("settings.change")).empty());
        auto unchanged = LetterheadService(*session).current();
        ASSERT_OK(unchanged);
        EXPECT_EQ(*unchanged, LetterheadService::defaults());
    }
}

TEST_F(LetterheadTest, ASaveIsAuditedByWhatChangedNeverByValue)
{
    auto session = admin();
    ASSERT_TRUE(session);
    LetterheadService service(*session);
    Letterhead wanted = LetterheadService::defaults();
    wanted.signatoryName = QStringLiteral("Bastien Exemple");
    wanted.footer = QStringLiteral("Pied de page fictif");
    ASSERT_OK(service.save(wanted));
    auto changes = auditRows(*session, QStringLiteral("settings.change"));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].account, QStringLiteral("admin"));
    EXPECT_EQ(changes[0].objectType, QStringLiteral("settings"));
    EXPECT_EQ(changes[0].objectId, QStringLiteral("letterhead"));
    EXPECT_EQ(changes[0].detail, QStringLiteral("letterhead/signatory_name,letterhead/footer"));

    // Saving the same again changes nothing and writes no entry.
    ASSERT_OK(service.save(wanted));
    EXPECT_EQ(auditRows(*session, QStringLiteral("settings.change")).size(), 1u);

    // Every field at once: every key named, not one value.
    const Letterhead full = sample();
    ASSERT_OK(service.save(full));
    changes = auditRows(*session, QStringLiteral("settings.change"));
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[1].detail.split(u',').size(), 8);
    for (const QString &value : {full.officeName, full.address, full.place, full.signatoryName, full.signatoryTitle,
                                 full.footer, full.authorityAddress, QString::fromLatin1(full.logoPng.toBase64())}) {
        for (const QString &line : value.split(u'\n')) {
            EXPECT_FALSE(changes[1].detail.contains(line)) << qPrintable(line);
            EXPECT_FALSE(changes[1].objectId.contains(line)) << qPrintable(line);
        }
    }
}

TEST_F(LetterheadTest, AnErrorNamesItsFieldAndNothingIsSaved)
{
    auto session = admin();
    ASSERT_TRUE(session);
    LetterheadService service(*session);
    const QString longest(LetterheadService::MaximumLineLength, u'x');
    const QString tooLong = longest + u'x';
    const auto lines = [](int count) {
        QStringList list;
        for (int i = 1; i <= count; ++i)
            list << QStringLiteral("Ligne %1").arg(i);
        return list.join(u'\n');
    };

    struct Case {
        const char *field;
        Letterhead letterhead;
    };
    std::vector<Case> cases;
    const auto with = [](QString Letterhead::*member, const QString &value) {
        Letterhead letterhead;
        letterhead.*member = value;
        return letterhead;
    };
    cases.push_back({"letterhead.officeName", with(&Letterhead::officeName, tooLong)});
    cases.push_back({"letterhead.officeName", with(&Letterhead::officeName, QStringLiteral("Un\nDeux"))});
    cases.push_back({"letterhead.address", with(&Letterhead::address, QStringLiteral("4 rue Fictive\n") + tooLong)});
    cases.push_back(
        {"letterhead.address", with(&Letterhead::address, lines(LetterheadService::MaximumBlockLines + 1))});
    cases.push_back({"letterhead.place", with(&Letterhead::place, QStringLiteral("Monaco\nVille"))});
    cases.push_back({"letterhead.signatoryName", with(&Letterhead::signatoryName, QStringLiteral("Aurore\nTestelli"))});
    cases.push_back({"letterhead.signatoryTitle", with(&Letterhead::signatoryTitle, tooLong)});
    cases.push_back({"letterhead.footer", with(&Letterhead::footer, lines(LetterheadService::MaximumFooterLines + 1))});
    cases.push_back({"letterhead.authorityAddress",
                     with(&Letterhead::authorityAddress, lines(LetterheadService::MaximumBlockLines + 1))});
    Letterhead notPng;
    notPng.logoPng = encoded(QImage(40, 20, QImage::Format_RGB32), "JPEG");
    cases.push_back({"letterhead.logo", notPng});
    Letterhead tooWide;
    QImage wide(LetterheadService::LogoMaximumWidth + 1, 10, QImage::Format_RGB32);
    wide.fill(Qt::white);
    tooWide.logoPng = encoded(wide, "PNG");
    cases.push_back({"letterhead.logo", tooWide});
    Letterhead garbage;
    garbage.logoPng = QByteArrayLiteral("\x89PNG\r\n\x1a\nnot really a png");
    cases.push_back({"letterhead.logo", garbage});

    for (const Case &c : cases) {
        auto refused = service.save(c.letterhead);
        ASSERT_FALSE(refused) << c.field;
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument) << c.field;
        EXPECT_EQ(refused.error().field, QLatin1String(c.field));
        EXPECT_FALSE(refused.error().message.isEmpty()) << c.field;
    }
    auto unchanged = service.current();
    ASSERT_OK(unchanged);
    EXPECT_EQ(*unchanged, LetterheadService::defaults());
    EXPECT_TRUE(auditRows(*session, QStringLiteral("settings.change")).empty());

    // The limits themselves are allowed.
    Letterhead atLimits;
    atLimits.officeName = longest;
    atLimits.address = lines(LetterheadService::MaximumBlockLines);
    atLimits.footer = lines(LetterheadService::MaximumFooterLines);
    atLimits.authorityAddress = lines(LetterheadService::MaximumBlockLines);
    ASSERT_OK(service.save(atLimits));
    auto saved = service.current();
    ASSERT_OK(saved);
    EXPECT_EQ(*saved, atLimits);
}

TEST_F(LetterheadTest, ALockedSessionNeitherReadsNorSaves)
{
    auto session = admin();
    ASSERT_TRUE(session);
    session->lock();
    auto read = LetterheadService(*session).current();
    ASSERT_FALSE(read);
    EXPECT_EQ(read.error().code, ErrorCode::NotOpen);
    auto saved = LetterheadService(*session).save(sample());
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::NotOpen);
}

TEST(LetterheadLogoTest, AWideImageIsScaledToFitWithItsTransparency)
{
    QImage wide(3000, 1000, QImage::Format_ARGB32);
    wide.fill(Qt::transparent);
    {
        QPainter painter(&wide);
        painter.fillRect(QRect(0, 0, 1500, 1000), QColor(0x20, 0x40, 0x80));
    }
    wide.setText(QStringLiteral("Author"), QStringLiteral("Quelqu'un de réel"));
    auto prepared = LetterheadService::prepareLogo(encoded(wide, "PNG"));
    ASSERT_OK(prepared);
    EXPECT_TRUE(prepared->startsWith("\x89PNG"));
    EXPECT_LE(prepared->size(), LetterheadService::LogoMaximumBytes);
    const QImage logo = decoded(*prepared);
    ASSERT_FALSE(logo.isNull());
    EXPECT_EQ(logo.size(), QSize(600, 200));
    EXPECT_TRUE(logo.hasAlphaChannel());
    EXPECT_EQ(qAlpha(logo.pixel(450, 100)), 0);   // the transparent half
    EXPECT_EQ(qAlpha(logo.pixel(150, 100)), 255); // the painted half
    EXPECT_EQ(QColor(logo.pixel(150, 100)), QColor(0x20, 0x40, 0x80));
    // The input's metadata is not carried over.
    EXPECT_TRUE(logo.text(QStringLiteral("Author")).isEmpty());
    EXPECT_TRUE(LetterheadService::isPreparedLogo(*prepared));
}

TEST(LetterheadLogoTest, ATallImageFitsTheHeightAndASmallOneIsNotEnlarged)
{
    QImage tall(500, 2000, QImage::Format_RGB32);
    tall.fill(Qt::darkGreen);
    auto fitted = LetterheadService::prepareLogo(encoded(tall, "PNG"));
    ASSERT_OK(fitted);
    EXPECT_EQ(decoded(*fitted).size(), QSize(60, 240));

    QImage small(120, 40, QImage::Format_RGB32);
    small.fill(Qt::red);
    auto kept = LetterheadService::prepareLogo(encoded(small, "PNG"));
    ASSERT_OK(kept);
    EXPECT_EQ(decoded(*kept).size(), QSize(120, 40));
}

TEST(LetterheadLogoTest, AJpegBecomesAPngWithoutTransparency)
{
    QImage photo(1200, 480, QImage::Format_RGB32);
    photo.fill(QColor(200, 180, 20));
    auto prepared = LetterheadService::prepareLogo(encoded(photo, "JPEG", 90));
    ASSERT_OK(prepared);
    const QImage logo = decoded(*prepared);
    EXPECT_EQ(logo.size(), QSize(600, 240));
    EXPECT_FALSE(logo.hasAlphaChannel());
    EXPECT_TRUE(LetterheadService::isPreparedLogo(*prepared));
}

TEST(LetterheadLogoTest, ANoisyImageIsMadeSmallerUntilItFitsTheBytes)
{
    // Noise does not compress: at 600×240 it would be about 560 KB.
    QImage noise(1800, 720, QImage::Format_ARGB32);
    auto *random = QRandomGenerator::global();
    for (int y = 0; y < noise.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(noise.scanLine(y));
        for (int x = 0; x < noise.width(); ++x)
            line[x] = random->generate();
    }
    const QByteArray input = encoded(noise, "PNG");
    ASSERT_LE(input.size(), LetterheadService::ImageMaximumBytes);
    auto prepared = LetterheadService::prepareLogo(input);
    ASSERT_OK(prepared);
    EXPECT_LE(prepared->size(), LetterheadService::LogoMaximumBytes);
    const QImage logo = decoded(*prepared);
    ASSERT_FALSE(logo.isNull());
    EXPECT_LT(logo.width(), 600);
    EXPECT_NEAR(double(logo.width()) / logo.height(), 2.5, 0.05);
}

TEST(LetterheadLogoTest, ADrawingIsDrawnAtTheSizeItIsShown)
{
    if (!QImageReader::supportedImageFormats().contains("svg"))
        GTEST_SKIP() << "no SVG image plugin here";
    const QByteArray svg =
        QByteArrayLiteral("<svg xmlns='http://www.w3.org/2000/svg' width='1200' height='300' viewBox='0 0 1200 300'>"
                          "<rect x='0' y='0' width='600' height='300' fill='#b01c2e'/></svg>");
    auto prepared = LetterheadService::prepareLogo(svg);
    ASSERT_OK(prepared);
    const QImage logo = decoded(*prepared);
    EXPECT_EQ(logo.size(), QSize(600, 150));
    EXPECT_EQ(qAlpha(logo.pixel(450, 75)), 0);
    EXPECT_EQ(QColor(logo.pixel(150, 75)), QColor(0xb0, 0x1c, 0x2e));
}

TEST(LetterheadLogoTest, GarbageDamageAndOversizeAreRefusedByCode)
{
    auto garbage = LetterheadService::prepareLogo(QByteArrayLiteral("this is not an image, only some words"));
    ASSERT_FALSE(garbage);
    EXPECT_EQ(garbage.error().code, ErrorCode::UnsupportedFormat);

    auto nothing = LetterheadService::prepareLogo(QByteArray());
    ASSERT_FALSE(nothing);
    EXPECT_EQ(nothing.error().code, ErrorCode::UnsupportedFormat);

    QImage image(800, 400, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const QByteArray png = encoded(image, "PNG");
    auto truncated = LetterheadService::prepareLogo(png.left(png.size() / 2));
    ASSERT_FALSE(truncated);
    EXPECT_EQ(truncated.error().code, ErrorCode::DamagedInput);

    // Over 5 MB is refused before anything is decoded.
    QByteArray oversize = png;
    oversize.append(QByteArray(LetterheadService::ImageMaximumBytes, '\0'));
    auto large = LetterheadService::prepareLogo(oversize);
    ASSERT_FALSE(large);
    EXPECT_EQ(large.error().code, ErrorCode::TooLarge);
    for (const auto *result : {&garbage, &nothing, &truncated, &large})
        EXPECT_FALSE(result->error().message.isEmpty());
}

} // namespace
