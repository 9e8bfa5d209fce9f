#pragma once

// Puts a PDF held in memory on paper: each page drawn on its own sheet of
// a printer (or of the print preview, which is a printer too), rasterised
// in memory by Poppler and wiped once drawn. Archived letters are printed
// and previewed this way, never rendered again, so what is printed is what
// was archived.

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>

class QPrinter;

namespace habeas {

class PdfSheets final {
    Q_DECLARE_TR_FUNCTIONS(PdfSheets)

public:
    // Pages are drawn at the printer's resolution, at most this many dots
    // per inch: plenty for text, and a bounded image per page.
    static constexpr int MaximumDpi = 300;

    // Paints every page of `pdf` on `printer` (set to A4 if it is not yet:
    // a page keeps its proportions and is centred on another paper size).
    // Returns the number of sheets. Errors: those of PdfPages, or
    // InvalidArgument when the printer cannot be painted on.
    static Result<int> paint(QByteArrayView pdf, QPrinter &printer);
};

} // namespace habeas
