#pragma once

// A PDF made in memory, encrypted in memory before anything leaves the
// process: AES-256 (security handler revision 6), opened only with the
// password the clerk chose, a random owner password nobody knows, printing
// allowed, extracting text or pages and changing the document not. The
// plain bytes are the caller's (SecureBytes, wiped when it lets go of
// them); the encrypted result may be written anywhere.

#include "core/Result.h"
#include "core/crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace habeas {

struct PdfProtection final {
    int revision = 0;          // the standard security handler's R
    bool aes256 = false;       // streams and strings in AES-256 (AESV3)
    bool mayExtract = true;    // copying text, extracting pages
    bool mayPrint = true;
    bool mayModify = true;
};

class EncryptedPdf final {
    Q_DECLARE_TR_FUNCTIONS(EncryptedPdf)

public:
    // `userPassword` in UTF-8, never empty. Errors: InvalidArgument (no
    // password, or `pdf` is not a readable PDF).
    static Result<QByteArray> encrypt(const SecureBytes &pdf, const SecureBytes &userPassword);
    // Whether `pdf` opens with `password` (an empty one: opens without).
    static bool opensWith(const QByteArray &pdf, const QByteArray &password);
    // The protection of `pdf` read with `password`. Errors: InvalidArgument
    // (not a PDF, or the password does not open it).
    static Result<PdfProtection> protection(const QByteArray &pdf, const QByteArray &password);
};

} // namespace habeas
