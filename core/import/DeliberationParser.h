#pragma once

// Reads a deliberation of the authority as the Journal de Monaco publishes
// it (the text copied from its page, with the page's noise) into what the
// DPO confirms before it is saved: number, date, authority, kind, subject,
// title, operating department, presenting authority, the Journal block,
// the "Vu" references and the deliberations cited, the sections I–VIII and
// the conditions of the closing decision.
//
// Nothing is guessed silently: what is not found stays empty and is named
// in `missing`. The parser reads plain values and never the vault; it runs
// in time linear in the length of the text (one pass to clean it, then
// each paragraph is looked at a bounded number of times).

#include "core/deliberations/Deliberation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace habeas {

// Where something recognised lies in ParsedDeliberation::text.
struct TextSpan final {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan &) const = default;
};

struct ParsedCondition final {
    ConditionKind kind = ConditionKind::Condition;
    QString text;
    TextSpan span;
};

struct ParsedSection final {
    QString numeral; // "I" … "VIII"
    QString heading; // the heading as the text writes it, cleaned
    QString text;    // its paragraphs, separated by blank lines
    TextSpan span;   // the heading
};

struct ParsedCitation final {
    QString number; // as deliberationNumberKey() writes it
    QDate date;     // invalid when the text gives none beside the number
};

struct ParsedDeliberation final {
    // The text as read: the page's noise gone, spaces and apostrophes made
    // plain, lines cut by the page joined; paragraphs separated by a blank
    // line. Every span points into it.
    QString text;

    QString number; // "2023-133", "09-07" (deliberationNumberKey())
    QDate date;
    std::optional<Authority> authority; // none named in some older titles
    std::optional<DeliberationKind> kind;
    std::optional<DeliberationSubject> subject;
    QString title;      // between « », nested quotes kept
    QString knownAs;    // ", dénommé « … »"
    QString operatedBy; // "exploité par …"
    QString presentedBy;
    QString journalNumber;
    QDate journalDate;
    QString journalPage; // may be empty in the Journal itself
    QStringList vu;      // the "Vu …" paragraphs, in order
    std::vector<ParsedCitation> citations; // earlier deliberations cited, first mention first
    QString preamble;
    std::vector<ParsedSection> sections; // in the order of the text
    std::vector<ParsedCondition> conditions;
    // The sentence that gives the opinion ("… émet un avis favorable …").
    QString decision;
    // What should be there and was not found, as stable English keys
    // ("date", "journal", "sections VI–VIII", "closing decision"; JSON
    // prints them); DeliberationParser::describeMissing() says them in the
    // reader's language.
    QStringList missing;

    // What was recognised, for highlighting: the headline's parts, the
    // Journal block, the section headings and each condition.
    TextSpan headline;
    TextSpan journal;
    TextSpan closing; // from "Après en avoir délibéré" to the opinion

    bool complete() const { return missing.isEmpty(); }
    // The deliberation to save once the DPO has confirmed it: what was
    // found, the authority by the date where none is named (the APDP from
    // 2025), the conditions open.
    Deliberation toDeliberation() const;
};

class DeliberationParser final {
    Q_DECLARE_TR_FUNCTIONS(DeliberationParser)

public:
    static ParsedDeliberation parse(const QString &text);

    // The bytes of a file as text: UTF-8 when they are valid UTF-8 (a
    // byte-order mark dropped), Windows-1252 otherwise (Latin-1's printable
    // characters are the same).
    static QString decode(const QByteArray &bytes);

    // What ParsedDeliberation::missing names, in the reader's language,
    // joined by commas ("the date, sections VI–VIII").
    static QString describeMissing(const QStringList &missing);

    // The keys JSON output uses: "favourable opinion", …, "reminder", ….
    static QString kindName(DeliberationKind kind);
    static QString conditionKindName(ConditionKind kind);
};

} // namespace habeas
