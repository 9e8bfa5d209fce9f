#include "core/letters/LetterRenderer.h"

#include "core/crypto/Wipe.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>

namespace habeas {

namespace {

// The logo at most this large on the page, its proportions kept.
constexpr double LogoWidthMm = 60;
constexpr double LogoHeightMm = 24;
// Where the addressee starts from the left edge: a window envelope's place.
constexpr double AddresseeLeftMm = 110;
// Room kept for the PDF while it is written, so that the array holding it
// is not moved (leaving a copy behind) for any letter of ordinary size.
constexpr qsizetype PdfReserve = 4 * 1024 * 1024;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

// Lengths in the document's HTML are in CSS pixels (96 to the inch), which
// Qt scales to the device it lays out for.
int cssPixels(double millimetres)
{
    return int(millimetres / 25.4 * 96.0 + 0.5);
}

QFont letterFont(double points)
{
    QFont font;
    // The first found: Windows' own, then metric-compatible free ones.
    font.setFamilies({QStringLiteral("Calibri"), QStringLiteral("Carlito"), QStringLiteral("Arial"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(points);
    return font;
}

QString html(const LetterContent &c, const QImage &logo)
{
    QString out;
    // Letterhead: the logo, the office, its address.
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    if (!logo.isNull()) {
        const double fit = std::min({1.0, cssPixels(LogoWidthMm) / double(logo.width()),
                                     cssPixels(LogoHeightMm) / double(logo.height())});
        out += QStringLiteral("<img src=\"habeas:logo\" width=\"%1\" height=\"%2\"/><br/>")
                   .arg(int(logo.width() * fit))
                   .arg(int(logo.height() * fit));
    }
    out += QStringLiteral("<span style=\"font-size:12pt; font-weight:600\">%1</span><br/>").arg(escaped(c.officeName));
    out += QStringLiteral("<span style=\"font-size:9pt\">%1</span>").arg(escaped(c.officeAddress));
    out += QStringLiteral("</td></tr></table>");
    // The addressee, where a window envelope shows it. A document that goes
    // to nobody in particular (the public privacy notice) has no addressee,
    // reference, subject or signature: those blocks are left out.
    if (!c.addressee.isEmpty())
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:%1px\"><tr>"
                              "<td width=\"%2\"></td><td>%3</td></tr></table>")
                   .arg(cssPixels(12))
                   .arg(cssPixels(AddresseeLeftMm - LetterRenderer::MarginLeftMm))
                   .arg(escaped(c.addressee));
    out += QStringLiteral("<p align=\"right\" style=\"margin-top:%1px\">%2</p>").arg(cssPixels(14)).arg(escaped(c.placeAndDate));
    if (!c.referenceLine.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(escaped(c.referenceLine));
    if (!c.subject.isEmpty())
        out += QStringLiteral("<p style=\"font-weight:600; margin-bottom:%1px\">%2</p>").arg(cssPixels(4)).arg(escaped(c.subject));
    out += c.bodyHtml;
    // The signature, on the right half.
    if (!c.signatoryName.isEmpty() || !c.signatoryTitle.isEmpty())
        out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:%1px\"><tr>"
                              "<td width=\"50%\"></td><td>%2<br/>%3</td></tr></table>")
                   .arg(cssPixels(10))
                   .arg(escaped(c.signatoryName), escaped(c.signatoryTitle));
    return out;
}

} // namespace

LetterRenderer::LetterRenderer(LetterContent content) : m_content(std::move(content)) {}

int LetterRenderer::paint(QPagedPaintDevice &device) const
{
    if (!device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter))) {
        // A printer that cannot print to the edge keeps its own margins:
        // everything below is placed from the sheet's edge all the same.
        device.setPageSize(QPageSize(QPageSize::A4));
    }
    const QPageLayout layout = device.pageLayout();
    const double dpi = device.logicalDpiY();
    const auto px = [dpi](double mm) { return mm / 25.4 * dpi; };
    const QRectF sheet = layout.fullRectPoints();
    const double sheetWidth = sheet.width() / 72.0 * dpi;
    const double sheetHeight = sheet.height() / 72.0 * dpi;
    // The painter's origin is the corner of the printable area.
    const QPointF origin(px(layout.margins(QPageLayout::Millimeter).left()), px(layout.margins(QPageLayout::Millimeter).top()));

    const QRectF body(px(MarginLeftMm), px(MarginTopMm), sheetWidth - px(MarginLeftMm) - px(MarginRightMm),
                      sheetHeight - px(MarginTopMm) - px(MarginBottomMm) - px(FooterMm));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&device);
    document.setDocumentMargin(0);
    document.setDefaultFont(letterFont(10.5));
    QImage logo;
    if (!m_content.logoPng.isEmpty() && logo.loadFromData(m_content.logoPng, "PNG"))
        document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("habeas:logo")), logo);
    document.setHtml(html(m_content, logo));
    document.setPageSize(body.size());
    const int pages = document.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    const QFont small = letterFont(8);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return 0;
        painter.save();
        painter.translate(body.topLeft() - origin);
        const QRectF shown(0, page * body.height(), body.width(), body.height());
        painter.translate(0, -shown.top());
        painter.setClipRect(shown);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = shown;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();

        // The foot of the page: a rule, the letterhead's footer on the
        // left, the reference and the page on the right.
        const QRectF foot(body.left() - origin.x(), body.bottom() + px(4) - origin.y(), body.width(), px(FooterMm) - px(4));
        painter.setPen(QPen(Qt::black, px(0.2)));
        painter.drawLine(foot.topLeft(), foot.topRight());
        painter.setFont(small);
        const QRectF text = foot.adjusted(0, px(1.5), 0, 0);
        const QString label = m_content.pageLabel.arg(page + 1).arg(pages);
        const double labelWidth = painter.boundingRect(text, Qt::AlignRight | Qt::AlignTop, label).width();
        painter.drawText(text.adjusted(0, 0, -labelWidth - px(4), 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         m_content.footer);
        painter.drawText(text, Qt::AlignRight | Qt::AlignTop, label);
    }
    painter.end();
    return pages;
}

Result<RenderedPdf> LetterRenderer::pdf() const
{
    // Without a QGuiApplication there are no fonts, and Qt aborts the
    // program on the first one.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal, tr("The letter cannot be laid out: this program has no fonts."));
    QByteArray buffer;
    buffer.reserve(PdfReserve);
    int pages = 0;
    {
        QBuffer device(&buffer);
        device.open(QIODevice::WriteOnly);
        QPdfWriter writer(&device);
        writer.setResolution(PdfResolution);
        writer.setCreator(QStringLiteral("Habeas"));
        writer.setTitle(m_content.title);
        pages = paint(writer);
    }
    if (pages == 0) {
        wipeInPlace(buffer);
        return makeError(ErrorCode::InvalidArgument, tr("The letter could not be laid out on the page."));
    }
    RenderedPdf rendered{SecureBytes::copyOf(buffer), pages};
    wipeInPlace(buffer);
    return rendered;
}

} // namespace habeas
