#include "core/letters/DocumentWording.h"

namespace habeas {

DocumentWording::DocumentWording(const QString &language, const char *context)
    : m_context(context),
      m_french(language == QLatin1String("fr")),
      m_locale(m_french ? QLocale(QLocale::French, QLocale::Monaco) : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    (void)m_catalogue.load(QStringLiteral(":/i18n/habeas_") + DocumentWording::language());
}

QString DocumentWording::operator()(const char *source, const char *context) const
{
    const QString translated = m_catalogue.translate(context ? context : m_context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString DocumentWording::date(const QDate &day) const
{
    return m_locale.toString(day, QStringLiteral("d MMMM yyyy"));
}

QString DocumentWording::legalBasis(LegalBasis basis) const
{
    const char *words = "";
    switch (basis) {
    case LegalBasis::LegalObligation: words = QT_TRANSLATE_NOOP("LetterWording", "compliance with a legal obligation"); break;
    case LegalBasis::PublicInterest: words = QT_TRANSLATE_NOOP("LetterWording", "a task carried out in the public interest"); break;
    case LegalBasis::Consent: words = QT_TRANSLATE_NOOP("LetterWording", "your consent"); break;
    case LegalBasis::Contract: words = QT_TRANSLATE_NOOP("LetterWording", "a contract with you"); break;
    case LegalBasis::LegitimateInterest:
        words = QT_TRANSLATE_NOOP("LetterWording", "the legitimate interest of the controller");
        break;
    case LegalBasis::VitalInterest: words = QT_TRANSLATE_NOOP("LetterWording", "the protection of someone's vital interests"); break;
    }
    return (*this)(words, "LetterWording");
}

} // namespace habeas
