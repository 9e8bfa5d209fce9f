#include "ui/letters/PdfPrint.h"

#include "ui/common/MessageBox.h"
#include "ui/letters/PdfSheets.h"

#include <QApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>

namespace habeas {

bool PdfPrint::print(QByteArrayView pdf, const QString &documentName, const QString &dialogTitle,
                     const QString &notToFile, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(documentName);
    QPrintDialog dialog(&printer, parent);
    // Printing to a file would write the document unencrypted: not offered.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // A machine without a printer gives a printer that writes a PDF file.
    if (printer.outputFormat() != QPrinter::NativeFormat || !printer.outputFileName().isEmpty()) {
        MessageBox::warning(parent, tr("Print"), notToFile);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto painted = PdfSheets::paint(pdf, printer);
    QApplication::restoreOverrideCursor();
    if (!painted) {
        MessageBox::critical(parent, tr("Print"), painted.error().message);
        return false;
    }
    return true;
}

} // namespace habeas
