#pragma once

// A letter's template: text with placeholders written {{name}}, filled from
// the request, the register and the letterhead when a letter is issued.
// Before anything is printed, every placeholder must be known and every
// required one filled: a sent letter never shows a blank or a raw
// {{name}}. The DPO edits templates; the list of placeholders shown beside
// the editor is placeholders().

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace habeas {

struct Placeholder final {
    QString name;        // as written between the braces: "request.reference"
    bool required = true; // an empty value is an error, not a blank
    const char *description = nullptr; // translatable, for the editor's list
};

class LetterTemplate final {
    Q_DECLARE_TR_FUNCTIONS(LetterTemplate)

public:
    // Every placeholder a template may use, in the order of the editor's list.
    static const std::vector<Placeholder> &placeholders();
    // The names used in `text`, in order of first use. Errors:
    // InvalidArgument (an unknown name, or braces left open), naming each.
    static Result<QStringList> used(const QString &text);
    // `text` with each placeholder replaced by its value. Errors:
    // InvalidArgument: an unknown placeholder, braces left open, or a
    // required placeholder without a value (each named in the message).
    static Result<QString> fill(const QString &text, const QMap<QString, QString> &values);
};

} // namespace habeas
