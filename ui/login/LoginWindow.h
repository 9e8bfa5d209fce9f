#pragma once

// The first window: choose or create a vault, sign in. A typed factory:
// run() returns the signed-in session, or nothing when the person gives up.
// A required password change (first sign-in, reset, renewal period over) is
// done here, before any other screen opens.

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace habeas {

class Session;

class LoginWindow final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginWindow)

public:
    explicit LoginWindow(const QString &vaultPath = {}, QWidget *parent = nullptr);
    ~LoginWindow() override;

    // Shows the window until the person signs in or cancels; a change of
    // language shows it again in the new language, the vault and account
    // typed kept.
    static std::unique_ptr<Session> run(const QString &vaultPath = {}, bool demo = false);
    // The result of exec() when the person chose another language.
    static constexpr int LanguageChanged = 2;

    std::unique_ptr<Session> takeSession();
    // Fills in the demo vault (created on first use) and its administrator.
    void useDemoVault();
    void signIn();
    QString message() const;

private:
    void browse();
    void createVault();
    void chooseLanguage(int index);
    void showMessage(const QString &text);
    bool completePasswordChange(Session &session);

    QComboBox *m_vault = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_demoHint = nullptr;
    QPushButton *m_signIn = nullptr;
    std::unique_ptr<Session> m_session;
};

} // namespace habeas
