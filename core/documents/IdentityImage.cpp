#include "core/documents/IdentityImage.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cmath>

namespace habeas {

QString Watermark::text() const
{
    return QStringLiteral("Copie réservée à %1 — demande n° %2 — %3 — détruite après traitement")
        .arg(organisation.trimmed().isEmpty() ? QStringLiteral("l'administration") : organisation.trimmed(), reference,
             date.toString(QStringLiteral("dd/MM/yyyy")));
}

Result<IdentityImage> IdentityImageProcessor::process(const QByteArray &bytes, const Watermark &watermark)
{
    if (bytes.isEmpty())
        return invalidInput(QStringLiteral("file"), tr("The file is empty."));
    if (bytes.size() > MaximumBytes)
        return makeError(ErrorCode::TooLarge, tr("The file is larger than 20 MB; scan the document at a lower resolution."));
    QByteArray copy = bytes; // QBuffer needs a non-const array; never written to disk
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (!reader.canRead() || !(format == "jpeg" || format == "jpg" || format == "png" || format == "tiff"
                               || format == "tif" || format == "bmp"))
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("This file is not an image Habeas can read (JPEG, PNG, TIFF or BMP)."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaximumPixels)
        return makeError(ErrorCode::TooLarge,
                         tr("The image has more than 50 megapixels; scan the document at a lower resolution."));
    reader.setAllocationLimit(512);
    QImage image = reader.read();
    if (image.isNull())
        return makeError(ErrorCode::DamagedInput, tr("The image is damaged or incomplete and cannot be read."),
                         reader.errorString());
    if (qint64(image.width()) * image.height() > MaximumPixels)
        return makeError(ErrorCode::TooLarge,
                         tr("The image has more than 50 megapixels; scan the document at a lower resolution."));

    image = image.convertToFormat(QImage::Format_Grayscale8);
    if (std::max(image.width(), image.height()) > MaximumSide)
        image = image.scaled(MaximumSide, MaximumSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    // The mark is drawn in bands across the whole page, so that no part of
    // the copy can be cut out without it.
    QImage canvas = image.convertToFormat(QImage::Format_RGB32);
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
    image = canvas.convertToFormat(QImage::Format_Grayscale8);

    IdentityImage result;
    result.width = image.width();
    result.height = image.height();
    QBuffer out(&result.png);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    if (!writer.write(image))
        return makeError(ErrorCode::Internal, tr("The copy of the document could not be encoded."), writer.errorString());
    copy.fill('\0');
    return result;
}

} // namespace habeas
