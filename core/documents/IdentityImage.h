#pragma once

// Turns the image of an identity document into the copy Habeas keeps:
// decoded in memory only, converted to greyscale, scaled down to at most
// 2000 pixels on its long side, with a watermark burned in across it, and
// re-encoded as PNG. Nothing touches the disk. Needs a QGuiApplication (the
// watermark is drawn with a font).

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
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

struct IdentityImage final {
    QByteArray png;
    int width = 0;
    int height = 0;
};

class IdentityImageProcessor final {
    Q_DECLARE_TR_FUNCTIONS(IdentityImageProcessor)

public:
    static constexpr qint64 MaximumBytes = 20LL * 1024 * 1024;
    static constexpr qint64 MaximumPixels = 50LL * 1000 * 1000;
    static constexpr int MaximumSide = 2000;

    // JPEG, PNG, TIFF or BMP bytes; anything else, a truncated file, more
    // than 20 MB or more than 50 megapixels is a clear error.
    static Result<IdentityImage> process(const QByteArray &bytes, const Watermark &watermark);
};

} // namespace habeas
