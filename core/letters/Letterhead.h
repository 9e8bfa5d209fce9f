#pragma once

// The letterhead printed on letters: the office's name, address and logo at
// the top of the first page, the place before the date, the signature
// block, the footer of every page, and the supervisory authority's address
// for refusals. It lives in the vault's settings (VaultSetting::Letterhead*),
// so every desk prints the same; the administrator edits it.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace habeas {

class Session;

struct Letterhead final {
    QString officeName;       // first line of the letterhead ("Délégué à la protection des données")
    QString address;          // the office's address block, several lines
    QString place;            // the town written before the date: "Monaco"
    QString signatoryName;
    QString signatoryTitle;
    QString footer;           // printed at the foot of every page (one or two lines)
    QString authorityAddress; // the APDP's name and postal address, several lines
    QByteArray logoPng;       // empty: no logo; PNG, prepared by prepareLogo
    bool operator==(const Letterhead &) const = default;
};

class LetterheadService final {
    Q_DECLARE_TR_FUNCTIONS(LetterheadService)

public:
    // Characters in one line of any field; lines in a block (address,
    // authority address); lines of the footer, which shares the foot of
    // each page with the reference and the page number.
    static constexpr int MaximumLineLength = 100;
    static constexpr int MaximumBlockLines = 8;
    static constexpr int MaximumFooterLines = 2;
    // The logo as stored: a PNG that fits these pixels and bytes.
    static constexpr int LogoMaximumWidth = 600;
    static constexpr int LogoMaximumHeight = 240;
    static constexpr qsizetype LogoMaximumBytes = 256 * 1024;
    // An image given to prepareLogo.
    static constexpr qsizetype ImageMaximumBytes = 5 * 1024 * 1024;

    explicit LetterheadService(Session &session);

    // What a vault holds before anyone saves a letterhead (the registry's
    // defaults): "Monaco" as the place, everything else empty.
    static Letterhead defaults();

    // Anyone signed in (it holds no personal data of requesters). Errors: NotOpen.
    // A stored logo that is not valid base64 reads as no logo.
    Result<Letterhead> current() const;
    // Errors: PermissionDenied (ManageSettings), NotOpen, InvalidArgument with its field
    // (a line too long, more than 8 lines in a block, a logo that is not a prepared PNG), DiskFull, Sql.
    // Audited (which fields changed, never their values).
    // Each line is trimmed, line breaks become '\n' and blank lines at the
    // start and end of a block are dropped; the one-line fields (office
    // name, place, signatory) take no line break. Fields: "letterhead.officeName",
    // "letterhead.address", "letterhead.place", "letterhead.signatoryName",
    // "letterhead.signatoryTitle", "letterhead.footer",
    // "letterhead.authorityAddress", "letterhead.logo".
    Result<void> save(const Letterhead &letterhead);
    // Any image Qt reads (PNG, JPEG, SVG if available) → a PNG scaled to fit 600×240 px,
    // at most 256 KB, transparency kept. Errors: UnsupportedFormat, TooLarge (input over 5 MB), DamagedInput.
    // Never enlarges a smaller image; drops the input's metadata. Needs a
    // QCoreApplication (image plugins).
    static Result<QByteArray> prepareLogo(const QByteArray &image);

    // Whether `png` is what prepareLogo makes: a PNG that decodes and fits
    // the pixels and bytes above (empty: no logo, also accepted).
    static bool isPreparedLogo(const QByteArray &png);

private:
    Session &m_session;
};

} // namespace habeas
