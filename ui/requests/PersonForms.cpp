#include "ui/requests/PersonForms.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace habeas {

namespace {

QFormLayout *formOn(QWidget *widget)
{
    auto *layout = new QFormLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return layout;
}

QLineEdit *lineEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

RequesterForm::RequesterForm(QWidget *parent) : QWidget(parent)
{
    auto *form = formOn(this);
    m_civility = lineEdit(this, tr("Civility"));
    form->addRow(tr("C&ivility:"), m_civility);
    m_surname = lineEdit(this, tr("Surname"));
    form->addRow(tr("&Surname:"), m_surname);
    m_firstName = lineEdit(this, tr("First name"));
    form->addRow(tr("&First name:"), m_firstName);
    m_birthName = lineEdit(this, tr("Birth name"));
    form->addRow(tr("&Birth name:"), m_birthName);
    m_address = new QPlainTextEdit(this);
    m_address->setAccessibleName(tr("Postal address"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(70);
    form->addRow(tr("&Address:"), m_address);
    m_email = lineEdit(this, tr("Email address"));
    form->addRow(tr("&Email:"), m_email);
    m_phone = lineEdit(this, tr("Telephone"));
    form->addRow(tr("&Telephone:"), m_phone);
    m_staffNumber = lineEdit(this, tr("Staff number"));
    form->addRow(tr("Staff n&umber:"), m_staffNumber);
    for (QLineEdit *edit : {m_civility, m_surname, m_firstName, m_birthName, m_email, m_phone, m_staffNumber})
        connect(edit, &QLineEdit::textChanged, this, &RequesterForm::changed);
    connect(m_address, &QPlainTextEdit::textChanged, this, &RequesterForm::changed);
}

void RequesterForm::setRequester(const Requester &requester)
{
    m_civility->setText(requester.civility);
    m_surname->setText(requester.surname);
    m_firstName->setText(requester.firstName);
    m_birthName->setText(requester.birthName);
    m_address->setPlainText(requester.address);
    m_email->setText(requester.email);
    m_phone->setText(requester.phone);
    m_staffNumber->setText(requester.staffNumber);
}

Requester RequesterForm::requester() const
{
    return {m_civility->text(),        m_surname->text(), m_firstName->text(), m_birthName->text(),
            m_address->toPlainText(), m_email->text(),   m_phone->text(),     m_staffNumber->text()};
}

void RequesterForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_civility, m_surname, m_firstName, m_birthName, m_email, m_phone, m_staffNumber})
        edit->setReadOnly(readOnly);
    m_address->setReadOnly(readOnly);
}

AgentForm::AgentForm(const QDate &today, QWidget *parent) : QWidget(parent), m_today(today)
{
    auto *form = formOn(this);
    m_name = lineEdit(this, tr("Agent's name"));
    form->addRow(tr("Agent's na&me:"), m_name);
    m_object = lineEdit(this, tr("Object of the mandate"));
    form->addRow(tr("&Object of the mandate:"), m_object);
    auto *until = new QHBoxLayout;
    m_limited = new QCheckBox(tr("&Valid until"), this);
    m_until = new QDateEdit(today.addYears(1), this);
    m_until->setAccessibleName(tr("End of the mandate"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_until->setEnabled(false);
    until->addWidget(m_limited);
    until->addWidget(m_until);
    until->addStretch(1);
    form->addRow(tr("Duration:"), until);
    m_mayReceive = new QCheckBox(tr("The agent may receive the re&ply"), this);
    form->addRow(QString(), m_mayReceive);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("agentAddress"));
    m_address->setAccessibleName(tr("Agent's postal address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Agent's a&ddress:"), m_address);
    connect(m_address, &QPlainTextEdit::textChanged, this, &AgentForm::changed);
    connect(m_limited, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    for (QLineEdit *edit : {m_name, m_object})
        connect(edit, &QLineEdit::textChanged, this, &AgentForm::changed);
    for (QCheckBox *box : {m_limited, m_mayReceive})
        connect(box, &QCheckBox::toggled, this, &AgentForm::changed);
    connect(m_until, &QDateEdit::dateChanged, this, &AgentForm::changed);
}

void AgentForm::setAgent(const Agent &agent)
{
    m_name->setText(agent.name);
    m_object->setText(agent.mandateObject);
    m_limited->setChecked(agent.mandateUntil.isValid());
    m_until->setDate(agent.mandateUntil.isValid() ? agent.mandateUntil : m_today.addYears(1));
    m_mayReceive->setChecked(agent.mayReceiveReply);
    m_address->setPlainText(agent.address);
}

Agent AgentForm::agent() const
{
    return {m_name->text(), m_object->text(), m_limited->isChecked() ? m_until->date() : QDate(), m_mayReceive->isChecked(),
            m_address->toPlainText()};
}

QString AgentForm::checklist(bool represented) const
{
    const auto line = [](bool done, const QString &text) { return (done ? tr("[x] %1") : tr("[ ] %1")).arg(text); };
    if (m_name->text().trimmed().isEmpty())
        return tr("No agent: the requester acts in person.");
    QStringList lines;
    lines << line(represented, tr("identity of the person represented"));
    lines << line(true, tr("identity of the agent"));
    lines << line(!m_object->text().trimmed().isEmpty(), tr("object of the mandate"));
    lines << line(m_limited->isChecked(), tr("duration of the mandate"));
    lines << (m_mayReceive->isChecked() ? tr("[x] the agent may receive the reply")
                                        : tr("[x] the reply goes to the requester, not to the agent"));
    return lines.join(u'\n');
}

} // namespace habeas
