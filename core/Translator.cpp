#include "core/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

namespace habeas {

QStringList Translator::availableLanguages()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString Translator::install(const QString &language)
{
    QString code = language;
    if (code.isEmpty()) {
        code = QLocale().name().section(u'_', 0, 0);
        if (!availableLanguages().contains(code))
            code = QStringLiteral("fr");
    }
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/habeas_") + code))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (standard buttons and dialogs): qt_fr is Debian's
    // catalogue of catalogues and the one file windeployqt writes on Windows.
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(code));
    return code;
}

} // namespace habeas
