#pragma once

// Creating a vault: where it lives, whose it is, and its first administrator.
// One class per page; run() returns the administrator's session on the new
// vault, or nothing on cancel.

#include <QWizard>
#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;

namespace habeas {

class PasswordStrengthMeter;
class PolicyNote;
class Session;

class VaultLocationPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultLocationPage)

public:
    explicit VaultLocationPage(QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;
    QString vaultPath() const;

private:
    QLineEdit *m_folder = nullptr;
    // Under the folder while it is the one a machine policy proposes.
    PolicyNote *m_folderNote = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_result = nullptr;
};

class OrganisationPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganisationPage)

public:
    explicit OrganisationPage(QWidget *parent = nullptr);
};

class AdministratorPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdministratorPage)

public:
    explicit AdministratorPage(QWidget *parent = nullptr);
    bool isComplete() const override;

private:
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    PasswordStrengthMeter *m_meter = nullptr;
    QLabel *m_mismatch = nullptr;
};

class CreateVaultWizard final : public QWizard {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateVaultWizard)

public:
    explicit CreateVaultWizard(QWidget *parent = nullptr);
    ~CreateVaultWizard() override;

    static std::unique_ptr<Session> run(QWidget *parent = nullptr);
    std::unique_ptr<Session> takeSession();

    void accept() override;

private:
    VaultLocationPage *m_location = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace habeas
