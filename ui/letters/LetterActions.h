#pragma once

// What can be done with an issued letter wherever it is listed or shown:
// print it from its archived bytes (through a print dialog that offers no
// printing to a file), export it as a PDF protected by a password, and
// the names the letters' screens print.

#include "core/letters/Letter.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QWidget;

namespace habeas {

class Session;

class LetterActions final {
    Q_DECLARE_TR_FUNCTIONS(LetterActions)

public:
    // Asks for a printer, draws `pdf` (the letter's archived bytes) on it
    // and records the print. False when cancelled or refused (said).
    static bool print(Session &session, const IssuedLetter &letter, QByteArrayView pdf, const QString &reference,
                      QWidget *parent);
    // Asks for the password and the file, then writes the letter encrypted
    // (LetterService::exportPdfTo). False when cancelled or refused (said).
    static bool exportPdf(Session &session, const IssuedLetter &letter, const QString &reference, QWidget *parent);

    // "French" or "English", for a letter's language code.
    static QString languageName(const QString &language);
    // The kinds' names joined: "Acknowledgement of receipt, Reply".
    static QString kindNames(const std::vector<LetterKind> &kinds);
};

} // namespace habeas
