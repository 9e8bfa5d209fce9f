#pragma once

// The password a letter or an extract of the register exported as PDF
// opens with, typed twice, with the strength meter and the reasons a
// password is refused (at least LetterService::MinimumPdfPasswordLength
// characters, not guessable, not the account's login or name). A typed factory: the password, or nothing
// when cancelled.

#include "core/crypto/SecureBytes.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace habeas {

class PasswordStrengthMeter;
class Session;

class PdfPasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPasswordDialog)

public:
    PdfPasswordDialog(Session &session, QWidget *parent = nullptr);
    ~PdfPasswordDialog() override;

    // Shows the dialog; the password in UTF-8 when confirmed.
    static std::optional<SecureBytes> ask(Session &session, QWidget *parent);

    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *repeatField() const { return m_repeat; }
    QPushButton *confirmButton() const { return m_confirm; }

public Q_SLOTS:
    void accept() override;

private:
    void check();
    void forget();

    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_mismatch = nullptr;
    QPushButton *m_confirm = nullptr;
    SecureBytes m_chosen; // taken from the field when confirmed
};

} // namespace habeas
