#pragma once

// The words Habeas itself writes into a document (a letter, the public
// notice), in the document's language rather than the interface's: taken
// from Habeas's own catalogue for that language, in the document's
// translation context ("LetterWording", "NoticeWording").

#include "core/register/Processing.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace habeas {

class DocumentWording final {
public:
    // `language`: "fr" or "en" (anything else is written in English).
    // `context` must outlive the object (a string literal).
    DocumentWording(const QString &language, const char *context);
    Q_DISABLE_COPY_MOVE(DocumentWording)

    // `source` translated in the default context, or in `context`; the
    // source itself when the catalogue has nothing for it.
    QString operator()(const char *source, const char *context = nullptr) const;
    // "2 décembre 2026", "2 December 2026".
    QString date(const QDate &day) const;
    bool french() const { return m_french; }
    QString language() const { return m_french ? QStringLiteral("fr") : QStringLiteral("en"); }
    // The legal basis as the person concerned reads it ("compliance with a
    // legal obligation"), the same words in every document.
    QString legalBasis(LegalBasis basis) const;

private:
    const char *m_context;
    bool m_french;
    QLocale m_locale;
    QTranslator m_catalogue;
};

} // namespace habeas
