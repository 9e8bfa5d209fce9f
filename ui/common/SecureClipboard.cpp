#include "ui/common/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace habeas {

SecureClipboard &SecureClipboard::instance()
{
    static SecureClipboard clipboard;
    return clipboard;
}

SecureClipboard::SecureClipboard()
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(ClearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clear);
    connect(qGuiApp, &QGuiApplication::aboutToQuit, this, &SecureClipboard::clear);
}

void SecureClipboard::setClearDelay(int ms)
{
    m_timer.setInterval(ms);
}

void SecureClipboard::copy(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    // Windows and KDE clipboard histories skip data marked this way.
    data->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray("1"));
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArray("secret"));
    QGuiApplication::clipboard()->setMimeData(data);
    m_copied = text;
    m_timer.start();
}

void SecureClipboard::clear()
{
    m_timer.stop();
    if (m_copied.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copied)
        clipboard->clear();
    m_copied.fill(QChar(u'\0'));
    m_copied.clear();
}

} // namespace habeas
