#pragma once

// `habeas --screenshots DIR`: makes a fresh demo vault in a temporary
// folder, signs in as each demo account, and saves every page of the main
// window (and the sign-in window) as PNG files, at the default and at a
// small window size, in the interface's current language. This is how the
// screens are looked at and how the user guide is illustrated.

#include <QString>

namespace habeas {

class ScreenshotTour final {
public:
    // Returns the process exit status (0 when every picture was saved).
    static int run(const QString &folder);
};

} // namespace habeas
