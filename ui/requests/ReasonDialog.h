#pragma once

// A confirmation that needs a reason in words: a refusal (printed in the
// letter) or an extension of the deadline (notified to the requester). The
// confirming button stays disabled until a reason is written.

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace habeas {

class ReasonDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonDialog)

public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &confirm, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &text);
    QPushButton *confirmButton() const { return m_confirm; }

private:
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace habeas
