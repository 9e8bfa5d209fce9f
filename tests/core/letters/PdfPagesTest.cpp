// Pages of a PDF drawn in memory with Poppler: the count, the size of a page
// in points and in pixels at a resolution, what is drawn on it where it was
// drawn; damaged input, pages that do not exist, resolutions out of range and
// a page too large refused by code; an encrypted PDF read only with its
// password.

#include "tests/support/TestSupport.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/PdfPages.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <limits>

using namespace habeas;

namespace {

// A4 in inches.
constexpr double A4Width = 210 / 25.4;
constexpr double A4Height = 297 / 25.4;

// Where the rectangles are drawn, in points from the page's top left corner.
const QRectF FirstPageBox(100, 100, 200, 100);
const QRectF SecondPageBox(300, 600, 150, 150);

// Two A4 pages made by Qt's writer, in memory, without margins and at 72
// dpi so that the painter's units are points: a black rectangle on each, in
// different places.
QByteArray twoPagePdf()
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
        painter.fillRect(FirstPageBox, Qt::black);
        writer.newPage();
        painter.fillRect(SecondPageBox, Qt::black);
    }
    return bytes;
}

// The grey level (0 black, 255 white) at a point given in points.
int greyAt(const QImage &image, QPointF points, double dpi)
{
    return qGray(image.pixel(int(points.x() * dpi / 72), int(points.y() * dpi / 72)));
}

const QByteArray Password = QByteArrayLiteral("Clé-des-archives-2026");

} // namespace

TEST(PdfPagesTest, CountsThePagesAndGivesTheirSize)
{
    const QByteArray pdf = twoPagePdf();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    auto count = PdfPages::count(pdf);
    ASSERT_OK(count);
    EXPECT_EQ(*count, 2);
    for (int index : {0, 1}) {
        auto size = PdfPages::pageSize(pdf, index);
        ASSERT_OK(size);
        EXPECT_NEAR(size->width(), A4Width * 72, 1.0) << index;
        EXPECT_NEAR(size->height(), A4Height * 72, 1.0) << index;
    }
}

TEST(PdfPagesTest, DrawsAPageAtTheResolutionAskedFor)
{
    const QByteArray pdf = twoPagePdf();
    for (double dpi : {72.0, 150.0}) {
        auto image = PdfPages::render(pdf, 0, dpi);
        ASSERT_OK(image);
        EXPECT_TRUE(image->format() == QImage::Format_RGB32 || image->format() == QImage::Format_ARGB32)
            << image->format();
        EXPECT_NEAR(image->width(), A4Width * dpi, 1.0) << dpi;
        EXPECT_NEAR(image->height(), A4Height * dpi, 1.0) << dpi;
    }
    // 150 dpi: 1240 × 1754 pixels.
    auto page = PdfPages::render(pdf, 0, 150);
    ASSERT_OK(page);
    EXPECT_EQ(page->size(), QSize(1240, 1754));
}

TEST(PdfPagesTest, WhatIsDrawnOnAPageIsWhereItWasDrawn)
{
    const QByteArray pdf = twoPagePdf();
    const double dpi = 100;
    auto first = PdfPages::render(pdf, 0, dpi);
    auto second = PdfPages::render(pdf, 1, dpi);
    ASSERT_OK(first);
    ASSERT_OK(second);
    EXPECT_LT(greyAt(*first, FirstPageBox.center(), dpi), 40) << "the rectangle is not dark";
    EXPECT_GT(greyAt(*first, SecondPageBox.center(), dpi), 215) << "the second page's rectangle is on the first";
    EXPECT_GT(greyAt(*first, QPointF(50, 50), dpi), 215) << "the background is not white";
    EXPECT_LT(greyAt(*second, SecondPageBox.center(), dpi), 40);
    EXPECT_GT(greyAt(*second, FirstPageBox.center(), dpi), 215);
    // The dark area is the rectangle's, 200 × 100 points: about a tenth of
    // the 595 × 842 page at most.
    qint64 dark = 0;
    for (int y = 0; y < first->height(); ++y)
        for (int x = 0; x < first->width(); ++x)
            dark += qGray(first->pixel(x, y)) < 128;
    const double expected = FirstPageBox.width() * FirstPageBox.height() * (dpi / 72) * (dpi / 72);
    EXPECT_NEAR(double(dark), expected, expected * 0.05);
}

TEST(PdfPagesTest, DamagedInputIsRefused)
{
    const QByteArray pdf = twoPagePdf();
    QByteArray noise(8192, '\0');
    QRandomGenerator random(11);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    const QList<QByteArray> damaged{pdf.left(pdf.size() / 2), pdf.left(200), noise, QByteArrayLiteral("%PDF-1.7 not yet"),
                                    QByteArray()};
    for (const QByteArray &bytes : damaged) {
        auto count = PdfPages::count(bytes);
        ASSERT_FALSE(count) << bytes.size();
        EXPECT_EQ(count.error().code, ErrorCode::DamagedInput) << bytes.size();
        EXPECT_FALSE(count.error().message.isEmpty());
        auto image = PdfPages::render(bytes, 0, 72);
        ASSERT_FALSE(image) << bytes.size();
        EXPECT_EQ(image.error().code, ErrorCode::DamagedInput) << bytes.size();
        auto size = PdfPages::pageSize(bytes, 0);
        ASSERT_FALSE(size) << bytes.size();
        EXPECT_EQ(size.error().code, ErrorCode::DamagedInput) << bytes.size();
    }
}

TEST(PdfPagesTest, PagesThatDoNotExistAndResolutionsOutOfRangeAreRefused)
{
    const QByteArray pdf = twoPagePdf();
    for (int index : {-1, 2, 100}) {
        auto image = PdfPages::render(pdf, index, 72);
        ASSERT_FALSE(image) << index;
        EXPECT_EQ(image.error().code, ErrorCode::InvalidArgument) << index;
        auto size = PdfPages::pageSize(pdf, index);
        ASSERT_FALSE(size) << index;
        EXPECT_EQ(size.error().code, ErrorCode::InvalidArgument) << index;
    }
    auto third = PdfPages::render(pdf, 2, 72);
    ASSERT_FALSE(third);
    EXPECT_TRUE(third.error().message.contains(QStringLiteral("3"))) << third.error().message.toStdString();
    for (double dpi : {0.0, 9.9, 1200.5, -72.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()}) {
        auto image = PdfPages::render(pdf, 0, dpi);
        ASSERT_FALSE(image) << dpi;
        EXPECT_EQ(image.error().code, ErrorCode::InvalidArgument) << dpi;
    }
    EXPECT_OK(PdfPages::render(pdf, 0, 10));
    // A4 at 1200 dpi is 9921 × 14031 pixels, 139 megapixels: refused before
    // anything is drawn.
    auto huge = PdfPages::render(pdf, 0, 1200);
    ASSERT_FALSE(huge);
    EXPECT_EQ(huge.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(huge.error().message.contains(QStringLiteral("100"))) << huge.error().message.toStdString();
}

TEST(PdfPagesTest, AnEncryptedPdfIsReadWithItsPasswordOnly)
{
    const QByteArray plain = twoPagePdf();
    auto encrypted = EncryptedPdf::encrypt(SecureBytes::copyOf(plain), SecureBytes::copyOf(Password));
    ASSERT_OK(encrypted);
    for (const QByteArray &wrong : {QByteArray(), QByteArrayLiteral("Clé-des-archives-2025")}) {
        auto count = PdfPages::count(*encrypted, wrong);
        ASSERT_FALSE(count) << wrong.toStdString();
        EXPECT_EQ(count.error().code, ErrorCode::InvalidArgument);
        EXPECT_TRUE(count.error().message.contains(QStringLiteral("password"))) << count.error().message.toStdString();
        auto image = PdfPages::render(*encrypted, 0, 72, wrong);
        ASSERT_FALSE(image);
        EXPECT_EQ(image.error().code, ErrorCode::InvalidArgument);
        EXPECT_FALSE(PdfPages::pageSize(*encrypted, 0, wrong));
    }
    auto count = PdfPages::count(*encrypted, Password);
    ASSERT_OK(count);
    EXPECT_EQ(*count, 2);
    auto image = PdfPages::render(*encrypted, 0, 72, Password);
    ASSERT_OK(image);
    EXPECT_NEAR(image->width(), A4Width * 72, 1.0);
    EXPECT_LT(greyAt(*image, FirstPageBox.center(), 72), 40);
    EXPECT_GT(greyAt(*image, SecondPageBox.center(), 72), 215);
}
