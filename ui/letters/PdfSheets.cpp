#include "ui/letters/PdfSheets.h"

#include "core/documents/IdentityImage.h"
#include "core/letters/PdfPages.h"

#include <QImage>
#include <QPainter>
#include <QPrinter>

#include <algorithm>

namespace habeas {

Result<int> PdfSheets::paint(QByteArrayView pdf, QPrinter &printer)
{
    // Poppler reads the bytes where they are: no copy of ours to wipe.
    const QByteArray bytes = QByteArray::fromRawData(pdf.data(), pdf.size());
    auto pages = PdfPages::count(bytes);
    if (!pages)
        return pages.error();
    // The letter's own margins are in the PDF: the sheet is used whole.
    printer.setFullPage(true);
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorCode::InvalidArgument, tr("The printer could not be used."));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int dpi = std::clamp(printer.resolution(), 72, MaximumDpi);
    for (int index = 0; index < *pages; ++index) {
        auto image = PdfPages::render(bytes, index, dpi);
        if (!image) {
            painter.end();
            return image.error();
        }
        if (index > 0)
            printer.newPage();
        const QRect sheet = printer.pageLayout().fullRectPixels(printer.resolution());
        QSize size = image->size();
        size.scale(sheet.size(), Qt::KeepAspectRatio);
        const QRect target(sheet.left() + (sheet.width() - size.width()) / 2,
                           sheet.top() + (sheet.height() - size.height()) / 2, size.width(), size.height());
        painter.drawImage(target, *image);
        wipeImage(*image);
    }
    painter.end();
    return *pages;
}

} // namespace habeas
