#pragma once

// Administration → Accounts: who may open the vault, with which role; add,
// disable, re-enable, reset a password.

#include "ui/shell/Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace habeas {

class AccountsModel;
class Session;

class AccountsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsPage)

public:
    explicit AccountsPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    // The widths of the table's columns.
    void restoreState(const AccountLocalSettings &settings) override;
    void saveState(AccountLocalSettings &settings) const override;

    AccountsModel *model() const { return m_model; }

private:
    void updateButtons();
    void addAccount();
    void toggleDisabled();
    void resetPassword();

    Session &m_session;
    AccountsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    // Restored widths are the person's: not fitted to the contents again.
    bool m_keepWidths = false;
    QPushButton *m_add = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace habeas
