#include "core/documents/IdentityImage.h"

#include "core/crypto/Wipe.h"
#include "core/letters/PdfPages.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace habeas {

QString Watermark::text() const
{
    return QStringLiteral("Copie réservée à %1 — demande n° %2 — %3 — détruite après traitement")
        .arg(organisation.trimmed().isEmpty() ? QStringLiteral("l'administration") : organisation.trimmed(), reference,
             date.toString(QStringLiteral("dd/MM/yyyy")));
}

qsizetype wipeImage(QImage &image)
{
    qsizetype size = 0;
    // constBits() never detaches; an image shared with another is left to
    // its last holder.
    if (!image.isNull() && image.isDetached()) {
        size = image.sizeInBytes();
        secureZero(const_cast<uchar *>(image.constBits()), std::size_t(size));
    }
    image = QImage();
    return size;
}

IdentityImage::~IdentityImage()
{
    wipeIfLastHolder(png);
}

namespace {

// Wipes every buffer that held a picture of the document when the
// processing ends, whichever way it ends.
struct Buffers final {
    QByteArray &scan;
    QImage decoded;
    QImage working;
    Q_DISABLE_COPY_MOVE(Buffers)
    explicit Buffers(QByteArray &s) : scan(s) {}
    ~Buffers()
    {
        wipeImage(decoded);
        wipeImage(working);
        wipeInPlace(scan);
    }
    // Replaces the working image, wiping the one it replaces.
    void replace(QImage next)
    {
        wipeImage(working);
        working = std::move(next);
    }
};

// A scan sent as PDF: its first page drawn in memory, at most MaximumSide
// pixels on the long side and never above 300 dpi (a scanner's usual
// resolution; more would only be scaled away). The other pages are not read.
Result<QImage> firstPdfPage(const QByteArray &pdf)
{
    const auto refused = [](const Error &error) {
        if (error.code == ErrorCode::InvalidArgument) // a password is needed
            return makeError(ErrorCode::UnsupportedFormat,
                             IdentityImageProcessor::tr("This PDF is protected by a password: Habeas cannot read it. "
                                                        "Ask for a scan without a password (a PDF or an image)."),
                             error.message);
        if (error.code == ErrorCode::TooLarge)
            return makeError(ErrorCode::TooLarge,
                             IdentityImageProcessor::tr("The first page of this PDF is too large to be read."),
                             error.message);
        return error;
    };
    auto size = PdfPages::pageSize(pdf, 0);
    if (!size)
        return refused(size.error());
    const double longSide = std::max(size->width(), size->height());
    const double dpi = std::clamp(IdentityImageProcessor::MaximumSide * 72.0 / longSide, 10.0, 300.0);
    auto page = PdfPages::render(pdf, 0, dpi);
    if (!page)
        return refused(page.error());
    return std::move(page).value();
}

Result<QImage> decodedImage(QByteArray &scan)
{
    // The reader shares the scan's buffer (no copy) and only reads it.
    QBuffer buffer;
    buffer.setData(scan);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (!reader.canRead() || !(format == "jpeg" || format == "jpg" || format == "png" || format == "tiff"
                               || format == "tif" || format == "bmp"))
        return makeError(ErrorCode::UnsupportedFormat,
                         IdentityImageProcessor::tr("This file is neither an image nor a PDF that Habeas can "
                                                    "read (JPEG, PNG, TIFF, BMP or PDF)."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > IdentityImageProcessor::MaximumPixels)
        return makeError(ErrorCode::TooLarge, IdentityImageProcessor::tr("The image has more than 50 megapixels; "
                                                                         "scan the document at a lower resolution."));
    reader.setAllocationLimit(512);
    QImage decoded = reader.read();
    buffer.close();
    buffer.setData(QByteArray()); // the scan is held by `scan` alone again
    if (decoded.isNull())
        return makeError(ErrorCode::DamagedInput,
                         IdentityImageProcessor::tr("The image is damaged or incomplete and cannot be read."),
                         reader.errorString());
    return decoded;
}

} // namespace

Result<IdentityImage> IdentityImageProcessor::process(QByteArray &scan, const Watermark &watermark)
{
    Buffers buffers(scan);
    if (scan.isEmpty())
        return invalidInput(QStringLiteral("file"), tr("The file is empty."));
    if (scan.size() > MaximumBytes)
        return makeError(ErrorCode::TooLarge, tr("The file is larger than 20 MB; scan the document at a lower resolution."));
    {
        auto decoded = scan.startsWith("%PDF-") ? firstPdfPage(scan) : decodedImage(scan);
        if (!decoded)
            return decoded.error();
        buffers.decoded = std::move(*decoded); // leaves `decoded` empty: one holder of the pixels
    }
    if (qint64(buffers.decoded.width()) * buffers.decoded.height() > MaximumPixels)
        return makeError(ErrorCode::TooLarge,
                         tr("The image has more than 50 megapixels; scan the document at a lower resolution."));

    buffers.replace(buffers.decoded.convertToFormat(QImage::Format_Grayscale8));
    wipeImage(buffers.decoded);
    if (std::max(buffers.working.width(), buffers.working.height()) > MaximumSide)
        buffers.replace(buffers.working.scaled(MaximumSide, MaximumSide, Qt::KeepAspectRatio, Qt::SmoothTransformation));

    // The mark is drawn in bands across the whole page, so that no part of
    // the copy can be cut out without it.
    buffers.replace(buffers.working.convertToFormat(QImage::Format_RGB32));
    QImage &canvas = buffers.working;
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        QFont font(QStringLiteral("Sans Serif"));
        font.setPixelSize(std::max(12, std::min(canvas.width(), canvas.height()) / 28));
        font.setBold(true);
        painter.setFont(font);
        const QString text = watermark.text();
        const QFontMetrics metrics(font);
        const int line = metrics.height() * 3;
        const int span = metrics.horizontalAdvance(text) + metrics.height() * 2;
        const double diagonal = std::hypot(canvas.width(), canvas.height());
        painter.translate(canvas.width() / 2.0, canvas.height() / 2.0);
        painter.rotate(-30);
        for (int y = int(-diagonal); y < diagonal; y += line) {
            const int shift = (y / line) % 2 ? span / 2 : 0;
            for (int x = int(-diagonal) - shift; x < diagonal; x += span) {
                painter.setPen(QColor(255, 255, 255, 150));
                painter.drawText(x + 1, y + 1, text);
                painter.setPen(QColor(0, 0, 0, 130));
                painter.drawText(x, y, text);
            }
        }
    }
    buffers.replace(buffers.working.convertToFormat(QImage::Format_Grayscale8));

    IdentityImage result;
    result.width = buffers.working.width();
    result.height = buffers.working.height();
    // Room for the whole PNG up front (8-bit greyscale compresses to less
    // than its raw size plus headers), so that no reallocation leaves a
    // partial copy behind in freed memory.
    result.png.reserve(qsizetype(result.width) * result.height + 64 * 1024);
    QBuffer out(&result.png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(buffers.working))
        return makeError(ErrorCode::Internal, tr("The copy of the document could not be encoded."), writer.errorString());
    out.close();
    return result;
}

} // namespace habeas
