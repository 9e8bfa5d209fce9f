#include "core/letters/PdfPages.h"

#include <QColor>
#include <QVariant>

#include <poppler-qt6.h>

#include <cmath>
#include <memory>

namespace habeas {

namespace {

constexpr double MinimumDpi = 10;
constexpr double MaximumDpi = 1200;
constexpr double MaximumPixels = 100.0 * 1000 * 1000;

void dropMessage(const QString &, const QVariant &)
{}

// Poppler reports what it finds wrong in a file on stderr, at times quoting
// the file's own bytes; the messages are dropped (the error returned says
// what went wrong) so that nothing of a document reaches a log.
void quietPoppler()
{
    static const bool quiet = [] {
        Poppler::setDebugErrorFunction(dropMessage, QVariant());
        return true;
    }();
    Q_UNUSED(quiet)
}

// Poppler copies `pdf` into a buffer of its own, freed (not wiped) with the
// document.
Result<std::unique_ptr<Poppler::Document>> open(const QByteArray &pdf, const QByteArray &password)
{
    quietPoppler();
    std::unique_ptr<Poppler::Document> document;
    if (pdf.startsWith("%PDF-"))
        document = Poppler::Document::loadFromData(pdf, QByteArray(), password);
    if (!document)
        return makeError(ErrorCode::DamagedInput,
                         PdfPages::tr("This file is not a PDF, or the PDF is damaged or incomplete."));
    if (document->isLocked()) {
        if (password.isEmpty())
            return makeError(ErrorCode::InvalidArgument, PdfPages::tr("This PDF is protected by a password."));
        return makeError(ErrorCode::InvalidArgument, PdfPages::tr("This PDF cannot be opened with that password."));
    }
    if (document->numPages() <= 0)
        return makeError(ErrorCode::DamagedInput, PdfPages::tr("This PDF has no page, or it is damaged."));
    document->setRenderBackend(Poppler::Document::SplashBackend);
    document->setPaperColor(Qt::white);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    return document;
}

// The page at `index`; it refers to `document`, which must outlive it.
Result<std::unique_ptr<Poppler::Page>> pageOf(const Poppler::Document &document, int index)
{
    const int pages = document.numPages();
    if (index < 0 || index >= pages)
        return makeError(ErrorCode::InvalidArgument,
                         PdfPages::tr("This PDF has %n page(s); there is no page %1.", nullptr, pages).arg(index + 1));
    std::unique_ptr<Poppler::Page> page = document.page(index);
    if (!page)
        return makeError(ErrorCode::DamagedInput,
                         PdfPages::tr("Page %1 of this PDF is damaged and cannot be read.").arg(index + 1));
    const QSizeF size = page->pageSizeF();
    if (!(size.width() > 0) || !(size.height() > 0))
        return makeError(ErrorCode::DamagedInput,
                         PdfPages::tr("Page %1 of this PDF has no size and cannot be drawn.").arg(index + 1));
    return page;
}

} // namespace

Result<int> PdfPages::count(const QByteArray &pdf, const QByteArray &password)
{
    auto document = open(pdf, password);
    if (!document)
        return document.error();
    return (*document)->numPages();
}

Result<QSizeF> PdfPages::pageSize(const QByteArray &pdf, int index, const QByteArray &password)
{
    auto document = open(pdf, password);
    if (!document)
        return document.error();
    auto page = pageOf(**document, index);
    if (!page)
        return page.error();
    return (*page)->pageSizeF();
}

Result<QImage> PdfPages::render(const QByteArray &pdf, int index, double dpi, const QByteArray &password)
{
    if (!std::isfinite(dpi) || dpi < MinimumDpi || dpi > MaximumDpi)
        return makeError(ErrorCode::InvalidArgument,
                         tr("A page is drawn at 10 to 1200 dots per inch, not %1.").arg(dpi, 0, 'f', 0),
                         QStringLiteral("dpi=%1").arg(dpi));
    auto document = open(pdf, password);
    if (!document)
        return document.error();
    auto page = pageOf(**document, index);
    if (!page)
        return page.error();
    // Checked before drawing: Poppler allocates the whole bitmap at once.
    const QSizeF points = (*page)->pageSizeF();
    const double pixels = std::ceil(points.width() * dpi / 72) * std::ceil(points.height() * dpi / 72);
    if (pixels > MaximumPixels)
        return makeError(ErrorCode::TooLarge,
                         tr("This page is too large to be drawn at %1 dots per inch (more than 100 megapixels).")
                             .arg(dpi, 0, 'f', 0),
                         QStringLiteral("%1 x %2 pt").arg(points.width()).arg(points.height()));
    QImage image = (*page)->renderToImage(dpi, dpi);
    if (image.isNull())
        return makeError(ErrorCode::DamagedInput,
                         tr("Page %1 of this PDF could not be drawn; the file may be damaged.").arg(index + 1));
    return image;
}

} // namespace habeas
