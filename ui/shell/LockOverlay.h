#pragma once

// Covers the main window's content while Habeas is locked: only the unlock
// prompt is visible.

#include <QWidget>

class QLabel;
class QLineEdit;

namespace habeas {

class LockOverlay final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockOverlay)

public:
    explicit LockOverlay(QWidget *parent);

    void showFor(const QString &fullName, const QString &login);
    void showError(const QString &message);
    void dismiss();

Q_SIGNALS:
    // The password typed; the receiver wipes nothing but must not keep it.
    void unlockRequested(const QString &password);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void submit();

    QLabel *m_who = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace habeas
