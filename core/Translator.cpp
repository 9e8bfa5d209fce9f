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

namespace {

// The catalogues in use, removed when another language is installed.
QTranslator *ownCatalogue = nullptr;
QTranslator *qtCatalogue = nullptr;
QString installedLanguage;

void replace(QTranslator *&installed, QTranslator *next)
{
    if (installed) {
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    installed = next;
    if (installed)
        QCoreApplication::installTranslator(installed);
}

} // namespace

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
    if (!own->load(QStringLiteral(":/i18n/habeas_") + code)) {
        delete own;
        own = nullptr;
    }
    // Qt's own strings (standard buttons and dialogs): qt_fr is Debian's
    // catalogue of catalogues and the one file windeployqt writes on Windows.
    auto *qt = new QTranslator(app);
    if (!qt->load(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(ownCatalogue, own);
    replace(qtCatalogue, qt);
    QLocale::setDefault(QLocale(code));
    installedLanguage = code;
    return code;
}

QString Translator::current()
{
    return installedLanguage;
}

} // namespace habeas
