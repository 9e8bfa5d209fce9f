#pragma once

// An extract of the register of processings, in the interface's language:
// one processing's entry with every section the editor shows (I to VIII),
// or the whole register, every described processing one after the other
// behind a list of contents. Written as the content the letters' renderer
// lays out (letterhead, date, body; no addressee, reference or signature).
// Nothing here reads the vault: RegisterExtractService gathers the facts.

#include "core/letters/LetterRenderer.h"
#include "core/letters/Letterhead.h"
#include "core/register/Processing.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace habeas {

struct RegisterExtractEntry final {
    Processing processing;
    QStringList linkedFrom; // names of the processings that link to this one
};

struct RegisterExtractFacts final {
    std::vector<RegisterExtractEntry> entries; // in the order they are shown
    bool wholeRegister = false;                // false: one entry, no contents
    Letterhead letterhead;
    QDate today;
};

class RegisterExtract final {
    Q_DECLARE_TR_FUNCTIONS(RegisterExtract)

public:
    // The extract's text: headings, paragraphs, lists and tables, every
    // value from the register or the letterhead HTML-escaped.
    static QString bodyHtml(const RegisterExtractFacts &facts);
    // What LetterRenderer lays out.
    static LetterContent content(const RegisterExtractFacts &facts);
    // "Register of processings" or "Register of processings — extract: %1".
    static QString title(const RegisterExtractFacts &facts);
    // One processing's entry: its title as a heading of `level` (opening a
    // page when `newPage`), then its sections I to VIII one level below.
    // The inspection file lays entries out with it too.
    static QString entryHtml(const RegisterExtractEntry &entry, int level, bool newPage);
    // "DSI-01 — Gestion de la messagerie", or the name alone.
    static QString entryTitle(const Processing &processing);
    // The headings of an entry's sections, I to VIII, in order.
    static QStringList sectionHeadings();
};

} // namespace habeas
