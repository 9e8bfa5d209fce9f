#include "core/letters/Letterhead.h"

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/settings/Settings.h"
#include "core/vault/Transaction.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace habeas {

namespace {

constexpr qint64 MaximumPixels = 50'000'000;
const QByteArray PngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

QString fieldLabel(const QString &field)
{
    if (field == QLatin1String("letterhead.officeName"))
        return LetterheadService::tr("Office name");
    if (field == QLatin1String("letterhead.address"))
        return LetterheadService::tr("Address");
    if (field == QLatin1String("letterhead.place"))
        return LetterheadService::tr("Place");
    if (field == QLatin1String("letterhead.signatoryName"))
        return LetterheadService::tr("Signatory's name");
    if (field == QLatin1String("letterhead.signatoryTitle"))
        return LetterheadService::tr("Signatory's title");
    if (field == QLatin1String("letterhead.footer"))
        return LetterheadService::tr("Footer");
    if (field == QLatin1String("letterhead.authorityAddress"))
        return LetterheadService::tr("Supervisory authority's address");
    return field;
}

QStringList linesOf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QChar separator : {QChar(u'\r'), QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator)})
        text.replace(separator, u'\n');
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

Result<QString> checkLines(const QString &text, const QString &field, int maximumLines)
{
    const QStringList lines = linesOf(text);
    if (maximumLines == 1 && lines.size() > 1)
        return invalidInput(field, LetterheadService::tr("%1: write it on one line.").arg(fieldLabel(field)));
    if (lines.size() > maximumLines)
        return invalidInput(field,
                            LetterheadService::tr("%1: at most %2 lines.").arg(fieldLabel(field)).arg(maximumLines));
    for (const QString &line : lines) {
        if (line.size() > LetterheadService::MaximumLineLength)
            return invalidInput(field, LetterheadService::tr("%1: a line is longer than %2 characters.")
                                           .arg(fieldLabel(field))
                                           .arg(LetterheadService::MaximumLineLength));
    }
    return lines.join(u'\n');
}

// The size `size` takes to fit the logo's box, never enlarged.
QSize fitted(const QSize &size)
{
    if (size.width() <= LetterheadService::LogoMaximumWidth && size.height() <= LetterheadService::LogoMaximumHeight)
        return size;
    const QSize scaled =
        size.scaled(LetterheadService::LogoMaximumWidth, LetterheadService::LogoMaximumHeight, Qt::KeepAspectRatio);
    return scaled.expandedTo(QSize(1, 1));
}

// A new image holding only the pixels (no text chunks or other metadata of
// the input), at `size`, with its transparency when it has one.
QImage redrawn(const QImage &source, const QSize &size)
{
    const bool alpha = source.hasAlphaChannel();
    QImage canvas(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    canvas.fill(alpha ? QColor(Qt::transparent) : QColor(Qt::white));
    const QImage scaled =
        source.size() == size ? source : source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&canvas);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(QPoint(0, 0), scaled);
    return canvas;
}

QByteArray encodedPng(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {};
    return png;
}

} // namespace

LetterheadService::LetterheadService(Session &session) : m_session(session)
{}

Letterhead LetterheadService::defaults()
{
    Letterhead letterhead;
    letterhead.officeName = VaultSetting::LetterheadOfficeName.defaultValue;
    letterhead.address = VaultSetting::LetterheadAddress.defaultValue;
    letterhead.place = VaultSetting::LetterheadPlace.defaultValue;
    letterhead.signatoryName = VaultSetting::LetterheadSignatoryName.defaultValue;
    letterhead.signatoryTitle = VaultSetting::LetterheadSignatoryTitle.defaultValue;
    letterhead.footer = VaultSetting::LetterheadFooter.defaultValue;
    letterhead.authorityAddress = VaultSetting::LetterheadAuthorityAddress.defaultValue;
    return letterhead;
}

Result<Letterhead> LetterheadService::current() const
{
    if (m_session.isLocked())
        return makeError(ErrorCode::NotOpen, tr("The vault is locked."));
    const VaultSettings settings = m_session.settings();
    Letterhead letterhead;
    letterhead.officeName = settings.value(VaultSetting::LetterheadOfficeName);
    letterhead.address = settings.value(VaultSetting::LetterheadAddress);
    letterhead.place = settings.value(VaultSetting::LetterheadPlace);
    letterhead.signatoryName = settings.value(VaultSetting::LetterheadSignatoryName);
    letterhead.signatoryTitle = settings.value(VaultSetting::LetterheadSignatoryTitle);
    letterhead.footer = settings.value(VaultSetting::LetterheadFooter);
    letterhead.authorityAddress = settings.value(VaultSetting::LetterheadAuthorityAddress);
    const auto logo = QByteArray::fromBase64Encoding(settings.value(VaultSetting::LetterheadLogoPng).toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (logo)
        letterhead.logoPng = *logo;
    return letterhead;
}

Result<void> LetterheadService::save(const Letterhead &wanted)
{
    if (auto allowed =
            m_session.require(Permission::ManageSettings, QStringLiteral("settings"), QStringLiteral("letterhead"));
        !allowed)
        return allowed;
    Letterhead normalised;
    const std::pair<QString Letterhead::*, std::pair<const char *, int>> fields[] = {
        {&Letterhead::officeName, {"letterhead.officeName", 1}},
        {&Letterhead::address, {"letterhead.address", MaximumBlockLines}},
        {&Letterhead::place, {"letterhead.place", 1}},
        {&Letterhead::signatoryName, {"letterhead.signatoryName", 1}},
        {&Letterhead::signatoryTitle, {"letterhead.signatoryTitle", 1}},
        {&Letterhead::footer, {"letterhead.footer", MaximumFooterLines}},
        {&Letterhead::authorityAddress, {"letterhead.authorityAddress", MaximumBlockLines}},
    };
    for (const auto &[member, rule] : fields) {
        auto checked = checkLines(wanted.*member, QLatin1String(rule.first), rule.second);
        if (!checked)
            return checked.error();
        normalised.*member = *checked;
    }
    if (!isPreparedLogo(wanted.logoPng))
        return invalidInput(QStringLiteral("letterhead.logo"),
                            tr("The logo is not an image prepared by Habeas; choose the image again."));
    normalised.logoPng = wanted.logoPng;

    auto before = current();
    if (!before)
        return before.error();
    return inTransaction(
        SessionStorage::database(m_session), tr("The letterhead could not be saved."), [&]() -> Result<void> {
            VaultSettings settings = m_session.settings();
            QStringList changed;
            Result<void> result;
            const auto apply = [&](const SettingKey<QString> &key, const QString &value, bool differs) {
                if (result && differs) {
                    result = settings.setValue(key, value);
                    changed << QLatin1String(key.key);
                }
            };
            apply(VaultSetting::LetterheadOfficeName, normalised.officeName,
                  normalised.officeName != before->officeName);
            apply(VaultSetting::LetterheadAddress, normalised.address, normalised.address != before->address);
            apply(VaultSetting::LetterheadPlace, normalised.place, normalised.place != before->place);
            apply(VaultSetting::LetterheadSignatoryName, normalised.signatoryName,
                  normalised.signatoryName != before->signatoryName);
            apply(VaultSetting::LetterheadSignatoryTitle, normalised.signatoryTitle,
                  normalised.signatoryTitle != before->signatoryTitle);
            apply(VaultSetting::LetterheadFooter, normalised.footer, normalised.footer != before->footer);
            apply(VaultSetting::LetterheadAuthorityAddress, normalised.authorityAddress,
                  normalised.authorityAddress != before->authorityAddress);
            apply(VaultSetting::LetterheadLogoPng, QString::fromLatin1(normalised.logoPng.toBase64()),
                  normalised.logoPng != before->logoPng);
            if (!result || changed.isEmpty())
                return result;
            // The keys of what changed, never the values.
            return m_session.record(AuditAction::SettingsChange, QStringLiteral("settings"),
                                    QStringLiteral("letterhead"), changed.join(u','));
        });
}

Result<QByteArray> LetterheadService::prepareLogo(const QByteArray &image)
{
    if (image.size() > ImageMaximumBytes)
        return makeError(ErrorCode::TooLarge, tr("The image is larger than 5 MB; choose a smaller file."));
    QBuffer buffer;
    buffer.setData(image);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    const QByteArray format = reader.format().toLower();
    if (image.isEmpty() || format.isEmpty() || !reader.canRead())
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("This file is not an image Habeas can read (PNG, JPEG or SVG, for example)."));
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaximumPixels)
        return makeError(ErrorCode::TooLarge, tr("The image has more than 50 megapixels; choose a smaller image."));
    // A drawing is drawn at the size it is shown, not enlarged from its own.
    const bool vector = format == "svg" || format == "svgz";
    if (vector && size.isValid() && !size.isEmpty())
        reader.setScaledSize(
            size.scaled(LogoMaximumWidth, LogoMaximumHeight, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    reader.setAllocationLimit(256);
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return makeError(ErrorCode::DamagedInput, tr("The image is damaged or incomplete and cannot be read."),
                         reader.errorString());
    if (qint64(decoded.width()) * decoded.height() > MaximumPixels)
        return makeError(ErrorCode::TooLarge, tr("The image has more than 50 megapixels; choose a smaller image."));

    // Smaller until it fits the byte limit too (a photograph may not at
    // full size).
    QSize target = fitted(decoded.size());
    for (;;) {
        const QByteArray png = encodedPng(redrawn(decoded, target));
        if (png.isEmpty())
            return makeError(ErrorCode::DamagedInput, tr("The image could not be converted to PNG."));
        if (png.size() <= LogoMaximumBytes)
            return png;
        if (target.width() <= 16 || target.height() <= 16)
            return makeError(ErrorCode::TooLarge, tr("The image cannot be made small enough for the letterhead."));
        target = QSize(std::max(1, target.width() * 4 / 5), std::max(1, target.height() * 4 / 5));
    }
}

bool LetterheadService::isPreparedLogo(const QByteArray &png)
{
    if (png.isEmpty())
        return true;
    if (png.size() > LogoMaximumBytes || !png.startsWith(PngSignature))
        return false;
    QBuffer buffer;
    buffer.setData(png);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > LogoMaximumWidth || size.height() > LogoMaximumHeight)
        return false;
    const QImage image = reader.read();
    return !image.isNull() && image.width() <= LogoMaximumWidth && image.height() <= LogoMaximumHeight;
}

} // namespace habeas
