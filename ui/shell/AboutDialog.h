#pragma once

// Help → About Habeas: the version the package and the installer carry, and
// the libraries in use, as an IT department asks for them.

#include <QDialog>

namespace habeas {

class AboutDialog final : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace habeas
