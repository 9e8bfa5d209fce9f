#pragma once

// Loads Habeas's translations (embedded at :/i18n) and Qt's own for the
// chosen language. French is the default for the office's users.

#include <QString>

namespace habeas {

class Translator final {
public:
    // "fr" or "en"; an empty code follows the system locale, falling back to
    // French. Replaces the catalogues installed before, so that the language
    // can change while Habeas runs. Returns the language actually installed.
    static QString install(const QString &language = {});
    // The language installed last ("fr" or "en"); empty before the first.
    static QString current();
    static QStringList availableLanguages();
};

} // namespace habeas
