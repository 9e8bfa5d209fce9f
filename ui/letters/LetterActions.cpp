#include "ui/letters/LetterActions.h"

#include "core/accounts/Session.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/PdfPasswordDialog.h"
#include "ui/letters/PdfPrint.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace habeas {

bool LetterActions::print(Session &session, const IssuedLetter &letter, QByteArrayView pdf, const QString &reference,
                          QWidget *parent)
{
    if (!PdfPrint::print(pdf, tr("Letter %1").arg(reference), tr("Print the letter"),
                         tr("Letters are not printed to a file: use \"Export as PDF\", which protects the file with "
                            "a password."),
                         parent))
        return false;
    if (auto recorded = LetterService(session).recordPrinted(letter.id); !recorded) {
        MessageBox::critical(parent, tr("Print"), recorded.error().message);
        return false;
    }
    return true;
}

bool LetterActions::exportPdf(Session &session, const IssuedLetter &letter, const QString &reference, QWidget *parent)
{
    auto password = PdfPasswordDialog::ask(session, parent);
    if (!password)
        return false;
    const QString name = QStringLiteral("%1-%2.pdf").arg(reference, letterKindKey(letter.kind));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = FileDialog::saveFile(parent, tr("Export the letter as PDF"), start, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto exported = LetterService(session).exportPdfTo(letter.id, *password, path);
    QApplication::restoreOverrideCursor();
    if (!exported) {
        MessageBox::critical(parent, tr("Export as PDF"), exported.error().message);
        return false;
    }
    MessageBox::information(parent, tr("Export as PDF"),
                            tr("The letter was saved in %1. It opens only with the password you chose.")
                                .arg(QDir::toNativeSeparators(path)));
    return true;
}

QString LetterActions::languageName(const QString &language)
{
    return language == QLatin1String("en") ? tr("English") : tr("French");
}

QString LetterActions::kindNames(const std::vector<LetterKind> &kinds)
{
    QStringList names;
    for (LetterKind kind : kinds)
        names << LetterComposer::kindName(kind);
    return names.join(QStringLiteral(", "));
}

} // namespace habeas
