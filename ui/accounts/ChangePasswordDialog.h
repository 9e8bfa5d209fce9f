#pragma once

// Changing one's own password: current password, new one twice, with the
// strength meter. A typed factory: run() says whether the password changed.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace habeas {

class PasswordStrengthMeter;
class Session;

class ChangePasswordDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    ChangePasswordDialog(Session &session, const QString &reason, QWidget *parent = nullptr);

    static bool run(Session &session, const QString &reason, QWidget *parent = nullptr);

private:
    void refresh();
    void submit();

    Session &m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace habeas
