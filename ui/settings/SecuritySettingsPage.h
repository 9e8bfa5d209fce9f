#pragma once

// Administration → Settings: organisation, idle lock delay, password rules.

#include "ui/shell/Page.h"

class QLabel;
class QLineEdit;
class QSpinBox;

namespace habeas {

class Session;

class SecuritySettingsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecuritySettingsPage)

public:
    explicit SecuritySettingsPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    void save();

Q_SIGNALS:
    void saved();

private:
    Session &m_session;
    QLineEdit *m_organisation = nullptr;
    QSpinBox *m_idle = nullptr;
    QSpinBox *m_minimumLength = nullptr;
    QSpinBox *m_renewal = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace habeas
