#include "ui/login/CreateVaultWizard.h"

#include "ui/common/MessageBox.h"
#include "ui/common/PasswordStrengthMeter.h"
#include "core/accounts/Session.h"
#include "core/crypto/SecureBytes.h"
#include "core/administration/VaultService.h"
#include "core/settings/MachinePolicy.h"
#include "ui/common/FileDialog.h"
#include "ui/common/PolicyNote.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habeas {

VaultLocationPage::VaultLocationPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Where to keep the vault"));
    setSubTitle(tr("The vault is two files: NAME.habeas (the encrypted database) and NAME.habeas-keys (its keys). "
                   "Keep them together, on a drive that is backed up."));
    auto *form = new QFormLayout(this);
    auto *folderRow = new QHBoxLayout;
    const MachinePolicy &policy = MachinePolicy::current();
    m_folder = new QLineEdit(QDir::toNativeSeparators(policy.proposedVaultFolder()), this);
    m_folder->setAccessibleName(tr("Folder"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    // The organisation's folder is a default, not a fence: the note goes once
    // the person picks another.
    if (!policy.defaultVaultFolder().isEmpty()) {
        m_folderNote = new PolicyNote(this);
        form->addRow(QString(), m_folderNote);
    }
    m_name = new QLineEdit(QStringLiteral("habeas"), this);
    m_name->setAccessibleName(tr("Vault name"));
    form->addRow(tr("&Name:"), m_name);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    form->addRow(QString(), m_result);
    const auto refresh = [this] {
        m_result->setText(tr("Will create %1").arg(QDir::toNativeSeparators(vaultPath())));
        if (m_folderNote)
            m_folderNote->setVisible(QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed())) ==
                                     MachinePolicy::current().defaultVaultFolder());
        Q_EMIT completeChanged();
    };
    connect(m_folder, &QLineEdit::textChanged, this, refresh);
    connect(m_name, &QLineEdit::textChanged, this, refresh);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialog::folder(this, tr("Folder of the vault"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    refresh();
}

QString VaultLocationPage::vaultPath() const
{
    QString name = m_name->text().trimmed();
    if (!name.endsWith(VaultService::fileSuffix()))
        name += VaultService::fileSuffix();
    return QDir(QDir::fromNativeSeparators(m_folder->text().trimmed())).filePath(name);
}

bool VaultLocationPage::isComplete() const
{
    const QString name = m_name->text().trimmed();
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && !m_folder->text().trimmed().isEmpty();
}

bool VaultLocationPage::validatePage()
{
    const QString database = VaultService::databasePath(vaultPath());
    const QString folder = QFileInfo(database).absolutePath();
    // The organisation's folder ("%USERPROFILE%\Habeas") may not exist yet
    // for this person: it is made, as the IT department meant it to be used.
    const QString policyFolder = MachinePolicy::current().defaultVaultFolder();
    if (!policyFolder.isEmpty() && QDir::cleanPath(folder) == QDir::cleanPath(policyFolder))
        QDir().mkpath(folder);
    if (!QFileInfo(folder).isDir()) {
        m_result->setText(tr("This folder does not exist."));
        return false;
    }
    if (VaultService::exists(vaultPath())) {
        m_result->setText(tr("A vault with this name already exists here; choose another name."));
        return false;
    }
    return true;
}

OrganisationPage::OrganisationPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Whose vault"));
    setSubTitle(tr("The department or office this register belongs to. It appears on letters and reports."));
    auto *form = new QFormLayout(this);
    auto *organisation = new QLineEdit(this);
    organisation->setAccessibleName(tr("Organisation"));
    form->addRow(tr("&Organisation:"), organisation);
    registerField(QStringLiteral("organisation*"), organisation);
}

AdministratorPage::AdministratorPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("The first administrator"));
    setSubTitle(tr("The administrator manages accounts, settings and backups. Choose a long password: it protects every "
                   "record in the vault."));
    auto *form = new QFormLayout(this);
    m_login = new QLineEdit(this);
    m_login->setAccessibleName(tr("Login"));
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Full name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_meter = new PasswordStrengthMeter(this);
    m_mismatch = new QLabel(this);
    m_mismatch->setStyleSheet(QStringLiteral("color: #a61b1b;"));
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Full name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(QString(), m_mismatch);
    registerField(QStringLiteral("adminLogin*"), m_login);
    registerField(QStringLiteral("adminName*"), m_name);
    registerField(QStringLiteral("adminPassword*"), m_password);
    for (QLineEdit *edit : {m_login, m_name, m_password, m_repeat})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool AdministratorPage::isComplete() const
{
    auto *meter = m_meter;
    meter->setContext(m_login->text(), m_name->text(), PasswordRules{});
    const bool strong = meter->update(m_password->text());
    const bool same = m_password->text() == m_repeat->text();
    m_mismatch->setText(same || m_repeat->text().isEmpty() ? QString() : tr("The two passwords differ."));
    return QWizardPage::isComplete() && strong && same;
}

CreateVaultWizard::CreateVaultWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Create a vault — Habeas"));
    setWizardStyle(QWizard::ClassicStyle);
    m_location = new VaultLocationPage(this);
    addPage(m_location);
    addPage(new OrganisationPage(this));
    addPage(new AdministratorPage(this));
    setButtonText(QWizard::FinishButton, tr("&Create the vault"));
    resize(620, 460);
}

CreateVaultWizard::~CreateVaultWizard() = default;

std::unique_ptr<Session> CreateVaultWizard::run(QWidget *parent)
{
    CreateVaultWizard wizard(parent);
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    return wizard.takeSession();
}

std::unique_ptr<Session> CreateVaultWizard::takeSession()
{
    return std::move(m_session);
}

void CreateVaultWizard::accept()
{
    const NewAccount administrator{field(QStringLiteral("adminLogin")).toString(),
                                   field(QStringLiteral("adminName")).toString(), Role::Administrator};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = VaultService::create(m_location->vaultPath(), administrator,
                                        SecureBytes::fromText(field(QStringLiteral("adminPassword")).toString()),
                                        field(QStringLiteral("organisation")).toString());
    QApplication::restoreOverrideCursor();
    if (!session) {
        MessageBox::critical(this, tr("Create a vault"), session.error().message);
        return;
    }
    m_session = std::move(session).value();
    QWizard::accept();
}

} // namespace habeas
