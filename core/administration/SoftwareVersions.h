#pragma once

// What this copy of Habeas is made of, for the About box and --version: an
// IT department's first question when something goes wrong.

#include <QList>
#include <QString>

namespace habeas {

struct SoftwareComponent final {
    QString name;    // "Qt", "SQLCipher", …
    QString version; // as the library reports it at run time
};

// Habeas's own version: the CMake project version, the one the package and
// the installer carry.
QString habeasVersion();
// The libraries actually loaded, as they report themselves (not the headers
// built against): Qt, SQLCipher, libsodium, QPDF, Poppler.
QList<SoftwareComponent> softwareComponents();
// What --version prints: "PROGRAM X.Y.Z", then the libraries on one line
// ("Qt 6.4.2, SQLCipher 3.4.1, …").
QString versionReport(const QString &program);

} // namespace habeas
