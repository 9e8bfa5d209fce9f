#pragma once

// The one path every printed document of Habeas takes: a paginated
// QTextDocument laid out on A4 against the device it is painted on, with
// margins in millimetres, the letterhead at the top of the first page, and
// at the foot of every page the letterhead's footer, the reference and
// "page i / n". Each page is painted here (not with QTextDocument::print,
// which adds a margin and a page number of its own). The PDF is made in
// memory only; its bytes end in a SecureBytes.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace habeas {

// What a letter shows, already in the letter's language: the renderer
// decides where things go, not what they say.
struct LetterContent final {
    // Letterhead, first page only.
    QByteArray logoPng; // empty: none
    QString officeName;
    QString officeAddress; // lines separated by '\n'
    // The addressee's block (name, address lines), where a window envelope
    // shows it. Empty, with the reference, subject and signatory: a
    // document for the public (the privacy notice), those blocks left out.
    QString addressee;
    QString placeAndDate; // "Monaco, le 2 décembre 2026"
    QString referenceLine; // "Référence : 2026-0042"
    QString subject;       // "Objet : …"
    QString bodyHtml;      // the filled template, as HTML paragraphs
    QString signatoryName;
    QString signatoryTitle;
    // Every page.
    QString footer; // the letterhead's footer, lines separated by '\n'
    // "%1 / %2" filled with the page and the count, e.g. "Réf. 2026-0042 — page %1 / %2".
    QString pageLabel;
    // PDF metadata: the reference and the kind, never a name.
    QString title;
};

struct RenderedPdf final {
    SecureBytes bytes;
    int pages = 0;
};

class LetterRenderer final {
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)

public:
    // Millimetres from the edges of the A4 sheet.
    static constexpr double MarginTopMm = 18;
    static constexpr double MarginBottomMm = 14;
    static constexpr double MarginLeftMm = 25;
    static constexpr double MarginRightMm = 20;
    static constexpr double FooterMm = 14; // reserved above the bottom margin
    // Resolution the PDF is laid out at (dots per inch).
    static constexpr int PdfResolution = 600;

    explicit LetterRenderer(LetterContent content);

    // Lays the letter out for `device` (A4, full sheet: its own margins are
    // set to zero) and paints every page. Returns the number of pages, or
    // 0 when the device could not be painted on. Needs a QGuiApplication.
    int paint(QPagedPaintDevice &device) const;
    // The letter as a PDF, in memory. Errors: InvalidArgument (nothing
    // could be painted), Internal (no QGuiApplication).
    Result<RenderedPdf> pdf() const;

private:
    LetterContent m_content;
};

} // namespace habeas
