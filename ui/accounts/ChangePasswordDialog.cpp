#include "ui/accounts/ChangePasswordDialog.h"

#include "ui/common/PasswordStrengthMeter.h"
#include "core/accounts/Session.h"
#include "core/crypto/SecureBytes.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

ChangePasswordDialog::ChangePasswordDialog(Session &session, const QString &reason, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Change your password — Habeas"));
    auto *layout = new QVBoxLayout(this);
    if (!reason.isEmpty()) {
        auto *why = new QLabel(reason, this);
        why->setObjectName(QStringLiteral("changeReason"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto *form = new QFormLayout;
    m_current = passwordField(this, tr("Current password"));
    m_new = passwordField(this, tr("New password"));
    m_repeat = passwordField(this, tr("Repeat the new password"));
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setContext(session.account().login, session.account().fullName, session.passwordRules());
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat:"), m_repeat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Change password"));
    layout->addWidget(buttons);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::refresh);
    connect(m_new, &QLineEdit::textChanged, this, &ChangePasswordDialog::refresh);
    connect(m_repeat, &QLineEdit::textChanged, this, &ChangePasswordDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(460, sizeHint().height());
}

bool ChangePasswordDialog::run(Session &session, const QString &reason, QWidget *parent)
{
    ChangePasswordDialog dialog(session, reason, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ChangePasswordDialog::refresh()
{
    const bool strong = m_meter->update(m_new->text());
    m_ok->setEnabled(strong && m_new->text() == m_repeat->text() && !m_current->text().isEmpty());
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ."));
        m_message->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = m_session.changeOwnPassword(SecureBytes::fromText(m_current->text()), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        m_message->setText(changed.error().message);
        m_message->show();
        return;
    }
    for (QLineEdit *edit : {m_current, m_new, m_repeat})
        edit->clear();
    accept();
}

} // namespace habeas
