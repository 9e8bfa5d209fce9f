#pragma once

// The public privacy notice of a department, made from the register: its
// text in French or English as a web page or a PDF (not encrypted: it is
// meant to be published), and the two settings of its paragraph on rights
// that the letterhead does not hold.
//
// Who may make it: anyone who may read the register (clerks and the DPO).
// The notice holds nothing a clerk cannot already read in the register, no
// requester's data, and it is public by nature; whether and where it is
// published is the DPO's decision, outside Habeas. The administrator, who
// runs the tool and not the register, may not (Permission::ViewRegister).

#include "core/Result.h"
#include "core/letters/LetterRenderer.h"
#include "core/register/PrivacyNotice.h"

#include <QCoreApplication>
#include <QStringList>

namespace habeas {

class Session;

struct NoticeSettings final {
    QString onlineForm;        // address of the online form for requests; empty: none
    bool identityProof = true; // the notice says an identity document may be asked for
    bool operator==(const NoticeSettings &) const = default;
};

class PrivacyNoticeService final {
    Q_DECLARE_TR_FUNCTIONS(PrivacyNoticeService)

public:
    static constexpr int MaximumFormLength = 500;

    explicit PrivacyNoticeService(Session &session);

    // The departments a notice can be made for: the controllers of the
    // processings it would show, sorted. Errors: PermissionDenied, NotOpen, Sql.
    Result<QStringList> departments();
    // What the notice of `department` says, in `language` ("fr" or "en"):
    // the department's processings described in the register, except drafts
    // and retired ones, by name. The department is matched with case and
    // accents ignored. Errors: PermissionDenied (ViewRegister), NotOpen,
    // InvalidArgument (language), NotFound (no processing to show), Sql.
    Result<PrivacyNoticeFacts> facts(const QString &department, const QString &language);
    // The notice as a web page (UTF-8 HTML). Errors: those of facts().
    Result<QByteArray> html(const QString &department, const QString &language);
    // The notice as a PDF, unencrypted. Errors: those of facts(), and of
    // LetterRenderer::pdf() (Internal without a QGuiApplication).
    Result<RenderedPdf> pdf(const QString &department, const QString &language);
    // Writes the notice to `path` atomically (an existing file is replaced
    // only once the new one is complete), as a web page for a name ending
    // in .html or .htm, as a PDF for .pdf. Errors: those of html() and
    // pdf(), UnsupportedFormat (another ending), ReadOnlyLocation, DiskFull, Io.
    Result<void> write(const QString &department, const QString &language, const QString &path);

    // Anyone signed in. Errors: NotOpen.
    Result<NoticeSettings> settings() const;
    // Errors: PermissionDenied (ManageSettings), NotOpen, InvalidArgument
    // with its field ("notice.onlineForm": longer than 500 characters, on
    // several lines, or a web address that is not http or https), DiskFull,
    // Sql. Audited (which keys changed, never their values).
    Result<void> saveSettings(const NoticeSettings &settings);

private:
    Session &m_session;
};

} // namespace habeas
