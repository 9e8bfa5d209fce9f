#pragma once

// What a letter says, in the request's language: the values of its
// template's placeholders, taken from the request, the register and the
// letterhead on the day of the letter, and the content the renderer lays
// out. Nothing here reads the vault: LetterService gathers the facts.

#include "core/Result.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterRenderer.h"
#include "core/letters/Letterhead.h"
#include "core/register/Processing.h"
#include "core/requests/Request.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

#include <vector>

namespace habeas {

struct LetterFacts final {
    LetterKind kind = LetterKind::Acknowledgement;
    Request request;
    std::vector<Right> rights;            // the table of rights, for their names
    std::vector<Processing> processings;  // those of the request's findings, from the register
    Letterhead letterhead;
    LetterTemplateVersion text;
    QDate today;
};

class LetterComposer final {
    Q_DECLARE_TR_FUNCTIONS(LetterComposer)

public:
    // The placeholders a template of `kind` may use (a subset of
    // LetterTemplate::placeholders(): a reason for refusal has no place in
    // an acknowledgement).
    static QStringList placeholdersFor(LetterKind kind);
    // Errors: InvalidArgument when the template uses a placeholder unknown
    // or not offered for its kind, or has stray braces.
    static Result<void> check(LetterKind kind, const QString &subject, const QString &body);
    // Whether a letter of `kind` can be issued for `request` now, and if
    // not, why (in the interface's language).
    static Result<void> applies(LetterKind kind, const Request &request);
    // The letters the request is owed now, most pressing first: the
    // refusal once refused, the extension notice once extended (while
    // open), the acknowledgement while open, the reply while it is examined
    // or answered; each until one of its kind is issued. None once
    // anonymised.
    static std::vector<LetterKind> owed(const Request &request, const std::vector<IssuedLetter> &issued);
    // Who the letter goes to: the agent when the mandate lets the agent
    // receive the reply and has not ended on `today`, otherwise the requester.
    static bool toAgent(const Request &request, const QDate &today);
    // The letter, ready to be laid out. Errors: InvalidArgument naming
    // what is missing (a placeholder without a value, a processing the
    // register does not describe enough for an access reply, findings not
    // checked), or what is wrong in the template.
    static Result<LetterContent> compose(const LetterFacts &facts);
    // The name of a kind in the interface's language ("Acknowledgement of receipt").
    static QString kindName(LetterKind kind);
};

} // namespace habeas
