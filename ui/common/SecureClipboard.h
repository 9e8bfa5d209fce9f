#pragma once

// Copies of personal data to the clipboard: cleared after 30 seconds, but
// only if the clipboard still holds what Habeas put there, and on lock and
// quit. Copies through here are also kept out of clipboard history managers
// where the platform supports the hint.

#include <QObject>
#include <QTimer>

namespace habeas {

class SecureClipboard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecureClipboard)

public:
    static constexpr int ClearAfterMs = 30000;

    static SecureClipboard &instance();
    void copy(const QString &text);
    // Clears now if the clipboard still holds Habeas's copy.
    void clear();
    // Tests: a shorter delay.
    void setClearDelay(int ms);

private:
    SecureClipboard();
    QTimer m_timer;
    QString m_copied;
};

} // namespace habeas
