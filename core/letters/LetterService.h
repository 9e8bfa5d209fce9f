#pragma once

// Letters from draft to archive. A draft is the letter rendered as a PDF
// in memory from the request, the register, the letterhead and the current
// template; issuing it archives exactly those bytes with the request, the
// template version, who issued it and when. Every later print, view or
// export reads the archived bytes, never a new render. Templates are
// versioned: saving one adds a version, an issued letter keeps its own.
// Every call is checked against the role matrix; issuing, showing,
// printing, exporting and saving a template are audited.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterRenderer.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

struct LetterDraft final {
    qint64 requestId = 0;
    int requestVersion = 0; // the request as it was read: issuing checks it did not change
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
    LetterTemplateVersion text; // the template it was made from
    bool toAgent = false;
    RenderedPdf pdf;
    // What the clerk should know before issuing it (translated): an
    // extension notice drafted after the first deadline is late.
    QStringList warnings;
};

class LetterService final {
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    // A PDF password: at least this many characters, and not a guessable one.
    static constexpr int MinimumPdfPasswordLength = 10;

    explicit LetterService(Session &session);

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // Letters of a request, oldest first (ViewRequests). Errors: Sql.
    Result<std::vector<IssuedLetter>> list(qint64 requestId);
    // Which kinds can be issued for the request now (HandleRequests).
    Result<std::vector<LetterKind>> available(qint64 requestId);
    // The letter as it would be issued today (HandleRequests). Errors:
    // NotFound, IllegalTransition (this kind does not apply now),
    // InvalidArgument naming what is missing or wrong, Sql.
    Result<LetterDraft> draft(qint64 requestId, LetterKind kind);
    // Archives the draft's bytes (HandleRequests), audited. Errors:
    // NotFound, Conflict (the request changed since the draft was made),
    // DiskFull, Sql.
    Result<IssuedLetter> issue(const LetterDraft &draft);
    // Draft and issue in one, for the command line.
    Result<IssuedLetter> issue(qint64 requestId, LetterKind kind);
    // The archived PDF, to be shown (HandleRequests); audited as a view.
    // Errors: NotFound, Gone (cleared with the case file), Sql.
    Result<SecureBytes> archived(qint64 letterId);
    // The archived PDF, to be handed to a printer and shown to no one: not
    // audited as a view; recordPrinted says it was printed. Errors: those
    // of archived.
    Result<SecureBytes> printable(qint64 letterId);
    // Records that the archived letter went to a printer (audited).
    Result<void> recordPrinted(qint64 letterId);
    // The archived PDF encrypted with `password` (AES-256, revision 6,
    // random owner password, no extraction, as EncryptedPdf does) and
    // written to `path`, audited once written. The write is atomic (a
    // temporary beside `path`, holding the encrypted bytes, renamed over
    // it): a failed export leaves no half file and an older file there
    // untouched; when the audit entry cannot be written the file is removed.
    // Nothing is written anywhere else, and nothing in clear. Errors: those
    // of archived, InvalidArgument (checkPdfPassword), DiskFull,
    // ReadOnlyLocation, Io, Sql.
    Result<void> exportPdfTo(qint64 letterId, const SecureBytes &password, const QString &path);
    // Whether the signed-in account may protect an export with `password`:
    // the rule every export applies (MinimumPdfPasswordLength, not
    // guessable, neither the account's login nor its name inside), so that
    // a caller can refuse a password before issuing a letter. Errors:
    // InvalidArgument with field "password", saying why.
    Result<void> checkPdfPassword(const SecureBytes &password) const;

    // The template in force for a kind and language: the latest saved
    // version, or Habeas's own (version 0). Anyone who handles requests or
    // manages templates. Errors: Sql.
    Result<LetterTemplateVersion> currentTemplate(LetterKind kind, const QString &language);
    // Every saved version, newest first (ManageLetterTemplates). Errors: Sql.
    Result<std::vector<LetterTemplateVersion>> templateVersions(LetterKind kind, const QString &language);
    // Saves a new version (ManageLetterTemplates), audited. Errors:
    // InvalidArgument (an unknown placeholder, one not offered for the
    // kind, stray braces, no text; a language other than fr or en),
    // DiskFull, Sql.
    Result<LetterTemplateVersion> saveTemplate(LetterKind kind, const QString &language, const QString &subject,
                                               const QString &body);
    // Habeas's own text for a kind and language, from its resources.
    static LetterTemplateVersion builtIn(LetterKind kind, const QString &language);

private:
    Result<LetterDraft> draftFor(qint64 requestId, LetterKind kind);
    Result<IssuedLetter> checkedLetter(qint64 letterId);

    Session &m_session;
};

} // namespace habeas
