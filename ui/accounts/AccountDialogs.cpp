#include "ui/accounts/AccountDialogs.h"

#include "ui/common/LongOperation.h"

#include "ui/accounts/AccountsModel.h"
#include "ui/common/PasswordStrengthMeter.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogMessage"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    label->hide();
    return label;
}

} // namespace

NewAccountDialog::NewAccountDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New account — Habeas"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Login"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Full name"));
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Clerk, Role::Dpo, Role::Administrator})
        m_role->addItem(AccountsModel::roleName(role), QVariant::fromValue(int(role)));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Temporary password"));
    m_meter = new PasswordStrengthMeter(this);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Temporary password:"), m_password);
    form->addRow(QString(), m_meter);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Give the temporary password to the person in person; Habeas asks them to change it at first sign-in."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create account"));
    layout->addWidget(buttons);
    for (QLineEdit *edit : {m_login, m_name, m_password})
        connect(edit, &QLineEdit::textChanged, this, &NewAccountDialog::refresh);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refresh();
    resize(480, sizeHint().height());
}

QString NewAccountDialog::run(Session &session, QWidget *parent)
{
    NewAccountDialog dialog(session, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.m_created : QString();
}

void NewAccountDialog::refresh()
{
    m_meter->setContext(m_login->text(), m_name->text(), m_session.passwordRules());
    const bool strong = m_meter->update(m_password->text());
    m_ok->setEnabled(strong && !m_login->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty());
}

void NewAccountDialog::submit()
{
    const NewAccount account{m_login->text(), m_name->text(), Role(m_role->currentData().toInt())};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto added = AccountService(m_session).add(account, m_password->text());
    QApplication::restoreOverrideCursor();
    if (!added) {
        m_message->setText(added.error().message);
        m_message->show();
        return;
    }
    m_created = normaliseLogin(account.login);
    m_password->clear();
    accept();
}

ResetPasswordDialog::ResetPasswordDialog(Session &session, const Account &account, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_session(session), m_account(account), m_purpose(purpose)
{
    const bool enabling = purpose == Purpose::Enable;
    setWindowTitle(enabling ? tr("Enable an account — Habeas") : tr("Reset a password — Habeas"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        (enabling ? tr("Temporary password for %1 (%2), whose account is enabled again. They must change it at first sign-in.")
                  : tr("New temporary password for %1 (%2). Their current password stops working at once."))
            .arg(account.fullName.toHtmlEscaped(), account.login.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Temporary password"));
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setContext(account.login, account.fullName, session.passwordRules());
    form->addRow(tr("&Temporary password:"), m_password);
    form->addRow(QString(), m_meter);
    layout->addLayout(form);
    if (!enabling) {
        m_revoke = new QCheckBox(tr("The current password may be known to someone else: change the &vault key too"), this);
        m_revoke->setToolTip(tr("Older copies of the key file then no longer open the vault with the current password. "
                                "This takes about as long as a backup."));
        layout->addWidget(m_revoke);
    }
    m_message = errorLabel(this);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(enabling ? tr("&Enable account") : tr("&Reset password"));
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(m_meter->update(text)); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

bool ResetPasswordDialog::run(Session &session, const Account &account, Purpose purpose, QWidget *parent)
{
    ResetPasswordDialog dialog(session, account, purpose, parent);
    return dialog.exec() == QDialog::Accepted;
}

void ResetPasswordDialog::submit()
{
    AccountService accounts(m_session);
    Result<void> reset;
    if (m_purpose == Purpose::Enable) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        reset = accounts.enable(m_account.login, m_password->text());
        QApplication::restoreOverrideCursor();
    } else if (m_revoke->isChecked()) {
        const QString password = m_password->text();
        reset = LongOperation::run(this, tr("Resetting the password and changing the vault key…"),
                                   [&](const Progress &progress) {
                                       return accounts.resetPassword(m_account.login, password, true, progress);
                                   });
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        reset = accounts.resetPassword(m_account.login, m_password->text());
        QApplication::restoreOverrideCursor();
    }
    if (!reset) {
        m_message->setText(reset.error().message);
        m_message->show();
        return;
    }
    m_password->clear();
    accept();
}

} // namespace habeas
