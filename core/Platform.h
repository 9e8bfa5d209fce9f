#pragma once

// The one place for operating-system specific calls in habeas_core.

#include <QString>

namespace habeas::platform {

// The name of the operating-system account running Habeas ("mdupont").
QString osUserName();
// Reads one line from standard input without echoing it when standard input
// is a terminal. Returns false on end of input.
bool readHiddenLine(QString *line);

} // namespace habeas::platform
