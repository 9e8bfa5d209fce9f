#include "ui/accounts/AccountsPage.h"

#include "ui/common/LongOperation.h"

#include "ui/accounts/AccountDialogs.h"
#include "ui/accounts/AccountsModel.h"
#include "ui/common/HeaderState.h"
#include "ui/common/MessageBox.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace habeas {

AccountsPage::AccountsPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>Accounts</h2>Each person has an individual account. Disabled accounts cannot open the vault."), this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_model = new AccountsModel(this);
    m_view = new QTableView(this);
    m_view->setTabKeyNavigation(false);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&New account…"), this);
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_reset = new QPushButton(tr("&Reset password…"), this);
    buttons->addWidget(m_add);
    buttons->addWidget(m_toggle);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &AccountsPage::addAccount);
    connect(m_toggle, &QPushButton::clicked, this, &AccountsPage::toggleDisabled);
    connect(m_reset, &QPushButton::clicked, this, &AccountsPage::resetPassword);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateButtons);
    updateButtons();
}

QString AccountsPage::title() const
{
    return tr("Accounts");
}

void AccountsPage::reload()
{
    auto accounts = AccountService(m_session).list();
    if (!accounts) {
        m_model->setAccounts({});
        m_status->setText(accounts.error().message);
        return;
    }
    m_model->setAccounts(std::move(accounts).value());
    if (!m_keepWidths)
        m_view->resizeColumnsToContents();
    m_status->setText(tr("%n account(s).", nullptr, m_model->rowCount()));
    updateButtons();
}

void AccountsPage::restoreState(const AccountLocalSettings &settings)
{
    m_keepWidths = HeaderState::restore(*m_view->horizontalHeader(), settings.value(AccountSetting::AccountsHeader));
}

void AccountsPage::saveState(AccountLocalSettings &settings) const
{
    settings.setValue(AccountSetting::AccountsHeader, HeaderState::save(*m_view->horizontalHeader()));
}

void AccountsPage::clear()
{
    m_model->setAccounts({});
    m_status->clear();
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Account *account = rows.isEmpty() ? nullptr : m_model->accountAt(rows.first().row());
    m_toggle->setEnabled(account && account->login != m_session.account().login);
    m_toggle->setText(account && account->disabled ? tr("&Enable") : tr("&Disable"));
    m_reset->setEnabled(account != nullptr && !account->disabled);
}

void AccountsPage::addAccount()
{
    const QString login = NewAccountDialog::run(m_session, this);
    if (login.isEmpty())
        return;
    reload();
    m_status->setText(tr("Account %1 created. The person must change the temporary password at first sign-in.").arg(login));
}

void AccountsPage::toggleDisabled()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Account *account = rows.isEmpty() ? nullptr : m_model->accountAt(rows.first().row());
    if (!account)
        return;
    const Account chosen = *account;
    if (chosen.disabled) {
        // Re-enabling gives a new slot, hence a temporary password.
        if (ResetPasswordDialog::run(m_session, chosen, ResetPasswordDialog::Purpose::Enable, this)) {
            reload();
            m_status->setText(tr("Account %1 enabled; they must change the temporary password at next sign-in.").arg(chosen.login));
        }
        return;
    }
    if (MessageBox::question(this, tr("Disable an account"),
                             tr("Disable the account %1? That person will no longer be able to open the vault: their "
                                "password is removed from the key file and the vault key is changed, so that no "
                                "older copy of the key file opens it either. Changing the key takes about as long "
                                "as a backup.")
                                 .arg(chosen.login))
        != QMessageBox::Yes)
        return;
    const QString login = chosen.login;
    auto done = LongOperation::run(this, tr("Disabling %1 and changing the vault key…").arg(login),
                                   [&](const Progress &progress) { return AccountService(m_session).disable(login, progress); });
    reload();
    if (!done) {
        MessageBox::critical(this, tr("Accounts"), done.error().message);
        return;
    }
    m_status->setText(tr("Account %1 disabled; the vault key is changed.").arg(login));
}

void AccountsPage::resetPassword()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Account *account = rows.isEmpty() ? nullptr : m_model->accountAt(rows.first().row());
    if (!account)
        return;
    const Account chosen = *account;
    if (ResetPasswordDialog::run(m_session, chosen, ResetPasswordDialog::Purpose::Reset, this)) {
        reload();
        m_status->setText(tr("The password of %1 was reset; they must change it at next sign-in.").arg(chosen.login));
    }
}

} // namespace habeas
