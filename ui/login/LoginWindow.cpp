#include "ui/login/LoginWindow.h"

#include "ui/accounts/ChangePasswordDialog.h"
#include "core/demo/DemoVault.h"
#include "ui/login/CreateVaultWizard.h"
#include "core/accounts/Session.h"
#include "core/Translator.h"
#include "core/settings/MachinePolicy.h"
#include "core/settings/Settings.h"
#include "core/crypto/SecureBytes.h"
#include "ui/common/FileDialog.h"
#include "ui/common/PolicyNote.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace habeas {

LoginWindow::LoginWindow(const QString &vaultPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in — Habeas"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Habeas</h2>Register of processings, authority opinions and rights requests."), this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    auto *vaultRow = new QHBoxLayout;
    m_vault = new QComboBox(this);
    m_vault->setEditable(true);
    m_vault->setInsertPolicy(QComboBox::NoInsert);
    m_vault->setAccessibleName(tr("Vault file"));
    m_vault->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vault->setMinimumContentsLength(30);
    for (const QString &recent : LocalSettings::recentVaults())
        m_vault->addItem(QDir::toNativeSeparators(recent));
    if (!vaultPath.isEmpty())
        m_vault->setEditText(QDir::toNativeSeparators(vaultPath));
    auto *browse = new QPushButton(tr("Browse…"), this);
    vaultRow->addWidget(m_vault, 1);
    vaultRow->addWidget(browse);
    auto *vaultLabel = new QLabel(tr("&Vault:"), this);
    vaultLabel->setBuddy(m_vault);
    form->addRow(vaultLabel, vaultRow);
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Account"));
    form->addRow(tr("&Account:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    m_remember = new QCheckBox(tr("Remember this vault on this computer"), this);
    const bool rememberForbidden = MachinePolicy::current().disableRememberVault();
    m_remember->setChecked(!rememberForbidden && LocalSettings::value(LocalSetting::RememberRecentVaults));
    m_remember->setEnabled(!rememberForbidden);
    auto *rememberRow = new QVBoxLayout;
    rememberRow->setSpacing(0);
    rememberRow->addWidget(m_remember);
    if (rememberForbidden)
        rememberRow->addWidget(new PolicyNote(this));
    form->addRow(QString(), rememberRow);
    // The interface's language, kept on this computer for the next start;
    // each named in its own language, so that anyone finds theirs.
    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translator::current())));
    const bool languageFixed = !MachinePolicy::current().language().isEmpty();
    m_language->setEnabled(!languageFixed);
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language);
    if (languageFixed)
        languageRow->addWidget(new PolicyNote(this), 1);
    else
        languageRow->addStretch(1);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, languageRow);
    layout->addLayout(form);

    m_demoHint = new QLabel(this);
    m_demoHint->setWordWrap(true);
    m_demoHint->hide();
    layout->addWidget(m_demoHint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    auto *create = buttons->addButton(tr("&Create a vault…"), QDialogButtonBox::ActionRole);
    auto *demo = buttons->addButton(tr("Open the &demo vault"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &LoginWindow::browse);
    connect(create, &QPushButton::clicked, this, &LoginWindow::createVault);
    connect(demo, &QPushButton::clicked, this, &LoginWindow::useDemoVault);
    connect(m_signIn, &QPushButton::clicked, this, &LoginWindow::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LoginWindow::chooseLanguage);
    connect(m_remember, &QCheckBox::toggled, this, [](bool on) {
        LocalSettings::setValue(LocalSetting::RememberRecentVaults, on);
        if (!on)
            LocalSettings::setValue(LocalSetting::RecentVaults, QStringList());
    });

    (m_vault->currentText().isEmpty() ? static_cast<QWidget *>(m_vault) : m_login)->setFocus();
    resize(560, sizeHint().height());
}

LoginWindow::~LoginWindow() = default;

std::unique_ptr<Session> LoginWindow::run(const QString &vaultPath, bool demo)
{
    QString vault = vaultPath;
    QString login;
    for (;;) {
        LoginWindow window(vault);
        if (demo)
            window.useDemoVault();
        demo = false;
        if (!login.isEmpty()) {
            window.m_login->setText(login);
            window.m_password->setFocus();
        }
        const int result = window.exec();
        if (result == QDialog::Accepted)
            return window.takeSession();
        if (result != LanguageChanged)
            return nullptr;
        // The password is not carried over: it is typed again.
        vault = QDir::fromNativeSeparators(window.m_vault->currentText().trimmed());
        login = window.m_login->text();
    }
}

void LoginWindow::chooseLanguage(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (code == Translator::current())
        return;
    LocalSettings::setValue(LocalSetting::Language, code);
    Translator::install(code);
    done(LanguageChanged);
}

std::unique_ptr<Session> LoginWindow::takeSession()
{
    return std::move(m_session);
}

QString LoginWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LoginWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LoginWindow::browse()
{
    const QString typed = m_vault->currentText().trimmed();
    const QString start = typed.isEmpty() ? MachinePolicy::current().proposedVaultFolder() : typed;
    const QString file = FileDialog::openFile(this, tr("Open a vault"), start, tr("Habeas vaults (*.habeas)"));
    if (!file.isEmpty())
        m_vault->setEditText(QDir::toNativeSeparators(file));
}

void LoginWindow::useDemoVault()
{
    const QString path = DemoVault::defaultPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto created = DemoVault::create(path);
        QApplication::restoreOverrideCursor();
        if (!created) {
            showMessage(created.error().message);
            return;
        }
    }
    m_vault->setEditText(QDir::toNativeSeparators(path));
    const DemoAccount &admin = DemoVault::accounts().front();
    m_login->setText(QString::fromUtf8(admin.login));
    m_password->setText(QString::fromUtf8(admin.password));
    QStringList lines;
    for (const DemoAccount &account : DemoVault::accounts())
        lines << QStringLiteral("%1 / %2").arg(QString::fromUtf8(account.login), QString::fromUtf8(account.password));
    m_demoHint->setText(tr("Demo vault (fictitious data). Accounts: %1.").arg(lines.join(QStringLiteral(", "))));
    m_demoHint->show();
    m_signIn->setFocus();
}

void LoginWindow::createVault()
{
    auto session = CreateVaultWizard::run(this);
    if (!session)
        return;
    m_session = std::move(session);
    LocalSettings::rememberVault(m_session->vaultPath());
    accept();
}

void LoginWindow::signIn()
{
    const QString path = QDir::fromNativeSeparators(m_vault->currentText().trimmed());
    if (path.isEmpty() || m_login->text().trimmed().isEmpty()) {
        showMessage(tr("Choose a vault and enter your account."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Session::login(path, m_login->text(), SecureBytes::fromText(m_password->text()));
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        showMessage(session.error().message);
        m_password->setFocus();
        return;
    }
    if ((*session)->passwordChangeRequired() && !completePasswordChange(**session)) {
        (*session)->logout();
        showMessage(tr("Your password must be changed before you can go on."));
        return;
    }
    showMessage(QString());
    LocalSettings::rememberVault(path);
    m_session = std::move(session).value();
    accept();
}

bool LoginWindow::completePasswordChange(Session &session)
{
    const QString reason = session.passwordChange() == PasswordChange::Expired
                               ? tr("Your password is older than the renewal period set by the administrator. Choose a new one.")
                               : tr("Your password was set by an administrator. Choose your own before you go on.");
    return ChangePasswordDialog::run(session, reason, this);
}

} // namespace habeas
