#include "login/VaultLoginDialog.h"

#include "demo/DemoVault.h"
#include "storage/SecureBytes.h"
#include "storage/Vault.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

VaultLoginDialog::VaultLoginDialog(const QString &vaultPath, bool demo, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open a vault — Habeas"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(vaultPath, this);
    m_path->setAccessibleName(tr("Vault file"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *pathLabel = new QLabel(tr("&Vault:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Account"));
    form->addRow(tr("&Account:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_openButton = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_openButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    if (demo) {
        auto *demoButton = buttons->addButton(tr("Use a &demo account"), QDialogButtonBox::ActionRole);
        connect(demoButton, &QPushButton::clicked, this, &VaultLoginDialog::fillDemoAccount);
        auto *hint = new QLabel(tr("This is the demo vault: its accounts and passwords are listed in the README."), this);
        hint->setWordWrap(true);
        layout->insertWidget(0, hint);
    }
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &VaultLoginDialog::browse);
    connect(m_openButton, &QPushButton::clicked, this, &VaultLoginDialog::attemptOpen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    (vaultPath.isEmpty() ? m_path : m_login)->setFocus();
    resize(520, sizeHint().height());
}

VaultLoginDialog::~VaultLoginDialog() = default;

std::unique_ptr<Vault> VaultLoginDialog::open(const QString &vaultPath, bool demo, QWidget *parent)
{
    VaultLoginDialog dialog(vaultPath, demo, parent);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return dialog.takeVault();
}

std::unique_ptr<Vault> VaultLoginDialog::takeVault()
{
    return std::move(m_vault);
}

void VaultLoginDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a vault"), m_path->text(),
                                                      tr("Habeas vaults (*.habeas)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void VaultLoginDialog::fillDemoAccount()
{
    const DemoAccount &account = DemoVault::accounts().front();
    m_login->setText(QString::fromUtf8(account.login));
    m_password->setText(QString::fromUtf8(account.password));
    m_openButton->setFocus();
}

void VaultLoginDialog::attemptOpen()
{
    if (m_path->text().trimmed().isEmpty() || m_login->text().trimmed().isEmpty()) {
        m_message->setText(tr("Choose a vault and enter your account."));
        m_message->show();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto vault = Vault::open(m_path->text().trimmed(), m_login->text(), SecureBytes::fromText(m_password->text()));
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!vault) {
        m_message->setText(vault.error().message);
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_vault = std::move(vault).value();
    accept();
}

} // namespace habeas
