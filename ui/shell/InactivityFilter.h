#pragma once

// Application-wide inactivity watch: any key press, mouse or wheel event
// restarts the countdown; when it runs out, timedOut() is emitted (the main
// window locks). A delay of 0 disables it.

#include <QObject>
#include <QTimer>

namespace habeas {

class InactivityFilter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityFilter)

public:
    explicit InactivityFilter(QObject *parent = nullptr);
    ~InactivityFilter() override;

    void setDelay(int milliseconds);
    int delay() const { return m_delay; }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_delay = 0;
};

} // namespace habeas
