#pragma once

// Turns the image of an identity document into the copy Habeas keeps:
// decoded in memory only (a scan sent as PDF: its first page drawn with
// Poppler, the other pages never kept), converted to greyscale, scaled down
// to at most 2000 pixels on its long side, with a watermark burned in across
// it, and re-encoded as PNG. Nothing touches the disk. Needs a
// QGuiApplication (the watermark is drawn with a font).

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QString>

namespace habeas {

struct Watermark final {
    QString organisation;
    QString reference;
    QDate date;
    // "Copie réservée à <organisation> — demande n° <ref> — <date> —
    // détruite après traitement": the legal mark, always in French.
    QString text() const;
};

// The PNG is wiped by its last holder when it is destroyed.
struct IdentityImage final {
    QByteArray png;
    int width = 0;
    int height = 0;

    // (Copies share the PNG, so a moved or copied value never wipes what
    // another still holds.)
    ~IdentityImage();
};

// Zeroes the image's pixels when no other QImage shares them, then releases
// it. Returns the number of bytes zeroed.
qsizetype wipeImage(QImage &image);

class IdentityImageProcessor final {
    Q_DECLARE_TR_FUNCTIONS(IdentityImageProcessor)

public:
    static constexpr qint64 MaximumBytes = 20LL * 1024 * 1024;
    static constexpr qint64 MaximumPixels = 50LL * 1000 * 1000;
    static constexpr int MaximumSide = 2000;

    // JPEG, PNG, TIFF or BMP bytes, or a PDF (known by its first bytes,
    // "%PDF-"), of which the first page is drawn at up to 300 dpi and at
    // most MaximumSide pixels on its long side. Anything else, a truncated
    // file, more than 20 MB or more than 50 megapixels is a clear error, as
    // is a PDF that needs a password (UnsupportedFormat) or has no page
    // (DamagedInput). The scan is taken over: its bytes are zeroed in place
    // (in every array sharing them) when the call returns, on success and on
    // every error, as are the decoded (or drawn) and intermediate images.
    static Result<IdentityImage> process(QByteArray &scan, const Watermark &watermark);
};

} // namespace habeas
