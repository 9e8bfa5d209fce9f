#include "ui/common/PasswordStrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace habeas {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(8);
    m_bar->setAccessibleName(tr("Password strength"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("strengthText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    update(QString());
}

void PasswordStrengthMeter::setContext(const QString &login, const QString &fullName, const PasswordRules &rules)
{
    m_login = login;
    m_fullName = fullName;
    m_rules = rules;
}

bool PasswordStrengthMeter::update(const QString &password)
{
    if (password.isEmpty()) {
        m_bar->setValue(0);
        m_text->setText(tr("At least %n characters; several unrelated words are easy to remember and hard to guess.",
                           nullptr, m_rules.minimumLength));
        return false;
    }
    const PasswordAssessment assessment = PasswordPolicy::assess(password, m_login, m_fullName, m_rules);
    m_bar->setValue(assessment.strength);
    static const char *const colours[] = {"#b3261e", "#b3261e", "#c77700", "#3c7d22", "#1f6f2b"};
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }")
                             .arg(QLatin1String(colours[std::clamp(assessment.strength, 0, 4)])));
    m_text->setText(assessment.acceptable()
                        ? tr("Strength: %1.").arg(PasswordPolicy::strengthLabel(assessment.strength))
                        : assessment.problems.join(u' '));
    return assessment.acceptable();
}

QString PasswordStrengthMeter::explanation() const
{
    return m_text->text();
}

} // namespace habeas
