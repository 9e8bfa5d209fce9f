#include "ui/requests/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, const QString &confirm, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *label = new QLabel(tr("&Reason:"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_confirm = buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_confirm->setEnabled(false);
    m_confirm->setDefault(true);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_confirm->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 300);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

} // namespace habeas
