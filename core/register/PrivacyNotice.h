#pragma once

// The public privacy notice of one department: what it does with personal
// data, processing by processing (purpose, legal basis and texts, data and
// retention, whether the data must be given, recipients), and how to
// exercise one's rights. Written from the register in the notice's
// language, as a web page and as the content of the PDF the letters'
// renderer lays out. Nothing here reads the vault: PrivacyNoticeService
// gathers the facts.

#include "core/letters/LetterRenderer.h"
#include "core/letters/Letterhead.h"
#include "core/register/Processing.h"

#include <QDate>
#include <QString>

#include <vector>

namespace habeas {

struct PrivacyNoticeFacts final {
    QString department;                  // as the register writes it (Processing::controller)
    std::vector<Processing> processings; // the department's, in the order they are shown
    Letterhead letterhead;               // where requests are sent, and the authority
    QString onlineForm;                  // address of the online form; empty: none
    bool identityProof = true;           // a requester may be asked to prove who they are
    QString language;                    // "fr" or "en"
    QDate today;
};

class PrivacyNotice final {
public:
    // The notice's text: headings, paragraphs, lists and tables, every
    // value from the register or the settings HTML-escaped. The PDF shows
    // it as it is; the web page wraps it.
    static QString bodyHtml(const PrivacyNoticeFacts &facts);
    // A complete, self-contained HTML5 page (UTF-8): no script, no
    // external resource, the language declared.
    static QString page(const PrivacyNoticeFacts &facts);
    // What LetterRenderer lays out: the letterhead, the place and date, the
    // body; no addressee, reference or signature.
    static LetterContent content(const PrivacyNoticeFacts &facts);
    // The notice's title in its language ("Privacy notice — %1").
    static QString title(const PrivacyNoticeFacts &facts);
};

} // namespace habeas
