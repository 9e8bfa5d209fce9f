#pragma once

// The line under a control that a machine policy fixes or limits
// (core/settings/MachinePolicy.h): "Set by your organisation", or a sentence
// of the page's own, always with the same look.

#include <QLabel>

namespace habeas {

class PolicyNote final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyNote)

public:
    // "Set by your organisation".
    explicit PolicyNote(QWidget *parent = nullptr);
    PolicyNote(const QString &text, QWidget *parent = nullptr);
};

} // namespace habeas
