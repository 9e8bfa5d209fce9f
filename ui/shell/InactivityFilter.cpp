#include "ui/shell/InactivityFilter.h"

#include <QCoreApplication>
#include <QEvent>

namespace habeas {

InactivityFilter::InactivityFilter(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InactivityFilter::timedOut);
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityFilter::~InactivityFilter()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void InactivityFilter::setDelay(int milliseconds)
{
    m_delay = milliseconds;
    if (m_timer.isActive())
        start();
}

void InactivityFilter::start()
{
    if (m_delay > 0)
        m_timer.start(m_delay);
    else
        m_timer.stop();
}

void InactivityFilter::stop()
{
    m_timer.stop();
}

bool InactivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_delay);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace habeas
