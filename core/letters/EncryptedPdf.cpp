#include "core/letters/EncryptedPdf.h"

#include "core/crypto/Wipe.h"

#include <QScopeGuard>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <string>

namespace habeas {

namespace {

// A password as qpdf takes it: a C string. The copy is wiped here; qpdf's
// own copies are not (docs/SECURITY.md).
std::string text(const SecureBytes &bytes)
{
    return std::string(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

void wipe(std::string &value)
{
    if (!value.empty())
        secureZero(value.data(), value.size());
}

// Reads `pdf` with `password`; throws what qpdf throws.
std::unique_ptr<QPDF> open(const char *data, std::size_t size, const char *password)
{
    auto document = std::make_unique<QPDF>();
    document->setSuppressWarnings(true);
    document->processMemoryFile("letter", data, size, password);
    return document;
}

} // namespace

Result<QByteArray> EncryptedPdf::encrypt(const SecureBytes &pdf, const SecureBytes &userPassword)
{
    if (userPassword.size() == 0)
        return makeError(ErrorCode::InvalidArgument, tr("A PDF is only exported with a password to open it."));
    // Random, shown to nobody: no one can lift the restrictions.
    const SecureBytes random = SecureBytes::random(32);
    QByteArray raw(reinterpret_cast<const char *>(random.data()), qsizetype(random.size()));
    QByteArray owner = raw.toHex();
    wipeInPlace(raw);
    std::string user = text(userPassword);
    const auto forget = qScopeGuard([&] {
        wipe(user);
        wipeInPlace(owner);
    });
    try {
        auto document = open(reinterpret_cast<const char *>(pdf.data()), pdf.size(), nullptr);
        QPDFWriter writer(*document);
        writer.setOutputMemory();
        writer.setR6EncryptionParameters(user.c_str(), owner.constData(),
                                         /*allow_accessibility*/ true, /*allow_extract*/ false,
                                         /*allow_assemble*/ false, /*allow_annotate_and_form*/ false,
                                         /*allow_form_filling*/ false, /*allow_modify_other*/ false, qpdf_r3p_full,
                                         /*encrypt_metadata_aes*/ true);
        writer.write();
        std::shared_ptr<Buffer> output = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(output->getBuffer()), qsizetype(output->getSize()));
    } catch (const std::exception &failure) {
        return makeError(ErrorCode::InvalidArgument, tr("The letter could not be made into a protected PDF."),
                         QString::fromLocal8Bit(failure.what()));
    }
}

bool EncryptedPdf::opensWith(const QByteArray &pdf, const QByteArray &password)
{
    return protection(pdf, password).ok();
}

Result<PdfProtection> EncryptedPdf::protection(const QByteArray &pdf, const QByteArray &password)
{
    std::string key = password.toStdString();
    const auto forget = qScopeGuard([&key] { wipe(key); });
    try {
        auto document = open(pdf.constData(), std::size_t(pdf.size()), key.c_str());
        PdfProtection seen;
        int r = 0;
        int p = 0;
        int v = 0;
        QPDF::encryption_method_e streams = QPDF::e_none;
        QPDF::encryption_method_e strings = QPDF::e_none;
        QPDF::encryption_method_e files = QPDF::e_none;
        if (document->isEncrypted(r, p, v, streams, strings, files)) {
            seen.revision = r;
            seen.aes256 = streams == QPDF::e_aesv3 && strings == QPDF::e_aesv3;
        }
        seen.mayExtract = document->allowExtractAll();
        seen.mayPrint = document->allowPrintHighRes();
        seen.mayModify = document->allowModifyOther();
        return seen;
    } catch (const std::exception &failure) {
        return makeError(ErrorCode::InvalidArgument, tr("This PDF cannot be opened with that password."),
                         QString::fromLocal8Bit(failure.what()));
    }
}

} // namespace habeas
