#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

namespace habeas {

// Pages of a PDF held in memory, drawn as images with Poppler: the archived
// letters shown and printed as they were issued, and the first page of an
// identity document sent as PDF. Nothing touches the disk.
//
// Each call reads the PDF anew from `pdf` (Poppler copies the bytes and frees
// its copy, unwiped, before returning; docs/SECURITY.md). The image returned
// is the caller's, held by no one else: wipeImage() can zero it.
class PdfPages final {
    Q_DECLARE_TR_FUNCTIONS(PdfPages)

public:
    // Errors: DamagedInput (not a PDF, truncated, unreadable, no page at
    // all), InvalidArgument (the PDF needs a password it was not given).
    static Result<int> count(const QByteArray &pdf, const QByteArray &password = {});
    // Page `index` (0-based) at `dpi` dots per inch, antialiased, in
    // QImage::Format_RGB32 or ARGB32 (white background). Errors: those of
    // count, InvalidArgument (no such page, dpi outside 10–1200), TooLarge
    // (more than 100 megapixels).
    static Result<QImage> render(const QByteArray &pdf, int index, double dpi, const QByteArray &password = {});
    // The page's size in points (1/72 inch). Errors: those of render.
    static Result<QSizeF> pageSize(const QByteArray &pdf, int index, const QByteArray &password = {});
};

} // namespace habeas
