#include "core/administration/SoftwareVersions.h"

#include "core/vault/SqlCipherDriver.h"

#include <poppler-version.h>
#include <qpdf/QPDF.hh>
#include <sodium.h>

#include <QStringList>
#include <QtGlobal>

namespace habeas {

QString habeasVersion()
{
    return QStringLiteral(HABEAS_VERSION);
}

QList<SoftwareComponent> softwareComponents()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLCipher"), SqlCipherDriver::cipherVersion()},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
        {QStringLiteral("QPDF"), QString::fromStdString(QPDF::QPDFVersion())},
        {QStringLiteral("Poppler"), Poppler::Version::string()},
    };
}

QString versionReport(const QString &program)
{
    QStringList parts;
    for (const SoftwareComponent &component : softwareComponents())
        parts << component.name + u' ' + component.version;
    return program + u' ' + habeasVersion() + u'\n' + parts.join(QStringLiteral(", "));
}

} // namespace habeas
