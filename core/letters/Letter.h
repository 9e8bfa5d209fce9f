#pragma once

// The letters the office sends about a request, as plain values: their
// kinds, the templates they are made from, and the letters issued.

#include <QDateTime>
#include <QString>

#include <optional>
#include <span>

namespace habeas {

enum class LetterKind {
    Acknowledgement, // receipt, with the date the reply is due
    IdentityRequest, // a copy of an identity document is needed
    Extension,       // the deadline is extended, with reasons and the new date
    Refusal,         // the reason, and the right to refer the matter to the APDP
    Reply,           // the answer to each right exercised
};

std::span<const LetterKind> allLetterKinds();
// Stable keys ("acknowledgement", "identity-request", "extension",
// "refusal", "reply"), stored and typed on the command line.
QString letterKindKey(LetterKind kind);
std::optional<LetterKind> letterKindFromKey(const QString &key);

// One version of the text a kind of letter is made from, in one language.
// Version 0 is the text Habeas comes with, until the first letter of that
// kind is issued or the DPO saves a version of their own.
struct LetterTemplateVersion final {
    qint64 id = 0; // 0 for Habeas's own text not stored yet
    LetterKind kind = LetterKind::Acknowledgement;
    QString language; // "fr" or "en"
    int version = 0;
    QString subject; // the "Subject:" line, placeholders allowed
    QString body;    // paragraphs separated by a blank line
    QDateTime savedAt;
    QString savedBy; // login; empty for Habeas's own text
};

// A letter issued: what the Letters tab lists. The PDF itself is read
// apart (LetterService::archived).
struct IssuedLetter final {
    qint64 id = 0;
    qint64 requestId = 0;
    LetterKind kind = LetterKind::Acknowledgement;
    QString language;
    int templateVersion = 0;
    QDateTime issuedAt;
    QString issuedBy; // login
    int pages = 0;
    QString sha256;     // of the archived PDF, in hexadecimal
    bool cleared = false; // its PDF cleared with the case file (retention)
};

} // namespace habeas
