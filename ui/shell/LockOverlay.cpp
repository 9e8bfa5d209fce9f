#include "ui/shell/LockOverlay.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

LockOverlay::LockOverlay(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAutoFillBackground(false);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("lockPanel"));
    panel->setMaximumWidth(420);
    panel->setStyleSheet(QStringLiteral("#lockPanel { background: palette(window); border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *layout = new QVBoxLayout(panel);
    auto *title = new QLabel(tr("<h2>Habeas is locked</h2>"), panel);
    m_who = new QLabel(panel);
    m_who->setWordWrap(true);
    m_password = new QLineEdit(panel);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    auto *unlock = new QPushButton(tr("&Unlock"), panel);
    unlock->setDefault(true);
    m_message = new QLabel(panel);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    layout->addWidget(title);
    layout->addWidget(m_who);
    layout->addWidget(m_password);
    layout->addWidget(unlock);
    layout->addWidget(m_message);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(panel);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);
    connect(unlock, &QPushButton::clicked, this, &LockOverlay::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LockOverlay::submit);
    parent->installEventFilter(this);
    hide();
}

void LockOverlay::showFor(const QString &fullName, const QString &login)
{
    m_who->setText(tr("Signed in as %1 (%2). Enter your password to go on.").arg(fullName.toHtmlEscaped(), login.toHtmlEscaped()));
    m_message->clear();
    m_password->clear();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_password->setFocus();
}

void LockOverlay::showError(const QString &message)
{
    m_message->setText(message);
    m_password->clear();
    m_password->setFocus();
}

void LockOverlay::dismiss()
{
    m_password->clear();
    m_message->clear();
    hide();
}

void LockOverlay::submit()
{
    const QString password = m_password->text();
    m_password->clear();
    Q_EMIT unlockRequested(password);
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void LockOverlay::paintEvent(QPaintEvent *)
{
    // Opaque: nothing of the page underneath may show through.
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark));
}

} // namespace habeas
