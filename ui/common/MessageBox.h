#pragma once

// Every message box of Habeas goes through here, so that GUI tests can
// answer in advance instead of blocking on a modal dialog.

#include <QMessageBox>

#include <optional>

namespace habeas {

class MessageBox final {
public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Tests: the next message boxes return this answer at once.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void clearNextAnswer();
    // Tests: the text of the last message box shown or answered.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace habeas
