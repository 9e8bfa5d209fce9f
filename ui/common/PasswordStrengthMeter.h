#pragma once

// A bar and a sentence under a new-password field: how strong the password
// is and, while it is refused, why. Fed by core's PasswordPolicy.

#include "core/accounts/PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace habeas {

class PasswordStrengthMeter final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStrengthMeter)

public:
    explicit PasswordStrengthMeter(QWidget *parent = nullptr);

    void setContext(const QString &login, const QString &fullName, const PasswordRules &rules);
    // Re-assesses; returns whether the password is acceptable.
    bool update(const QString &password);
    QString explanation() const;

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_text = nullptr;
    QString m_login;
    QString m_fullName;
    PasswordRules m_rules;
};

} // namespace habeas
