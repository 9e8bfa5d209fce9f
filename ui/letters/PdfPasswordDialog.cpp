#include "ui/letters/PdfPasswordDialog.h"

#include "core/accounts/Session.h"
#include "core/letters/LetterService.h"
#include "ui/common/PasswordStrengthMeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

PdfPasswordDialog::PdfPasswordDialog(Session &session, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Password of the PDF"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation =
        new QLabel(tr("The PDF opens only with this password. Give it to the person who receives the file by "
                      "another way than the file itself: by telephone, or in a separate letter."),
                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("PDF password"));
    form->addRow(tr("&Password:"), m_password);
    m_meter = new PasswordStrengthMeter(this);
    m_meter->setContext(session.account().login, session.account().fullName,
                        PasswordRules{LetterService::MinimumPdfPasswordLength, PasswordRules{}.minimumEntropyBits});
    form->addRow(QString(), m_meter);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("PDF password, again"));
    form->addRow(tr("&Again:"), m_repeat);
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(QStringLiteral("mismatch"));
    m_mismatch->setWordWrap(true);
    form->addRow(QString(), m_mismatch);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, &PdfPasswordDialog::check);
    connect(m_repeat, &QLineEdit::textChanged, this, &PdfPasswordDialog::check);
    // A closed dialog keeps no password on screen.
    connect(this, &QDialog::finished, this, &PdfPasswordDialog::forget);
    check();
    setMinimumWidth(440);
}

PdfPasswordDialog::~PdfPasswordDialog()
{
    forget();
}

void PdfPasswordDialog::check()
{
    const bool strong = m_meter->update(m_password->text());
    const bool same = m_password->text() == m_repeat->text();
    m_mismatch->setText(!m_repeat->text().isEmpty() && !same ? tr("The two passwords differ.") : QString());
    m_confirm->setEnabled(strong && same);
}

void PdfPasswordDialog::forget()
{
    // setText, not clear(), which keeps the text in the field's undo history.
    m_password->setText(QString());
    m_repeat->setText(QString());
}

void PdfPasswordDialog::accept()
{
    check();
    if (!m_confirm->isEnabled())
        return;
    m_chosen = SecureBytes::fromText(m_password->text());
    QDialog::accept();
}

std::optional<SecureBytes> PdfPasswordDialog::ask(Session &session, QWidget *parent)
{
    PdfPasswordDialog dialog(session, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.m_chosen.isEmpty())
        return std::nullopt;
    return std::move(dialog.m_chosen);
}

} // namespace habeas
