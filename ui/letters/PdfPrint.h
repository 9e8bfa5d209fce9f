#pragma once

// Sends a PDF held in memory to a printer: the print dialog (which offers
// no printing to a file: that would write the document unencrypted), then
// each page drawn by PdfSheets. Letters and extracts of the register are
// printed this way.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace habeas {

class PdfPrint final {
    Q_DECLARE_TR_FUNCTIONS(PdfPrint)

public:
    // Asks for a printer and draws `pdf` on it; `documentName` is what the
    // print queue shows, `dialogTitle` the dialog's title, and `notToFile`
    // what is said when the only printer writes a file. False when
    // cancelled or refused (said).
    static bool print(QByteArrayView pdf, const QString &documentName, const QString &dialogTitle,
                      const QString &notToFile, QWidget *parent);
};

} // namespace habeas
