#pragma once

// Asks for the vault, the account and the password, and opens the vault.
// A typed factory: open() returns the open vault, or nothing on cancel.

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace habeas {

class Vault;

class VaultLoginDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultLoginDialog)

public:
    explicit VaultLoginDialog(const QString &vaultPath, bool demo, QWidget *parent = nullptr);
    ~VaultLoginDialog() override;

    static std::unique_ptr<Vault> open(const QString &vaultPath, bool demo, QWidget *parent = nullptr);

    // The vault opened by the last accepted attempt (moved out).
    std::unique_ptr<Vault> takeVault();

private:
    void attemptOpen();
    void browse();
    void fillDemoAccount();

    QLineEdit *m_path = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_openButton = nullptr;
    std::unique_ptr<Vault> m_vault;
};

} // namespace habeas
