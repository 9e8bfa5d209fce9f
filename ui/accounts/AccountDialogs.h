#pragma once

// The administrator's dialogs: a new account, and a password reset. Both
// ask for a temporary password that the person must change at first login.

#include "core/accounts/Account.h"

#include <QDialog>

class QComboBox;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace habeas {

class PasswordStrengthMeter;
class Session;

class NewAccountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewAccountDialog)

public:
    NewAccountDialog(Session &session, QWidget *parent = nullptr);
    // The login of the account created, or empty on cancel.
    static QString run(Session &session, QWidget *parent = nullptr);

private:
    void refresh();
    void submit();

    Session &m_session;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_created;
};

// A temporary password for an account: a reset, or re-enabling a disabled
// account (which gets a new key slot).
class ResetPasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    enum class Purpose { Reset, Enable };

    ResetPasswordDialog(Session &session, const Account &account, Purpose purpose, QWidget *parent = nullptr);
    static bool run(Session &session, const Account &account, Purpose purpose, QWidget *parent = nullptr);

private:
    void submit();

    Session &m_session;
    Account m_account;
    Purpose m_purpose;
    QLineEdit *m_password = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_message = nullptr;
    QCheckBox *m_revoke = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace habeas
