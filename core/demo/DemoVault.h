#pragma once

// The demo vault: a vault with one account per role whose passwords are
// published in the README, for trying Habeas out and for screenshots. Later
// domains add their demo records here.

#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/administration/VaultService.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <span>

namespace habeas {

class Session;

struct DemoAccount final {
    const char *login;
    const char *fullName;
    Role role;
    const char *password;
};

class DemoVault final {
    Q_DECLARE_TR_FUNCTIONS(DemoVault)

public:
    static std::span<const DemoAccount> accounts();
    static QString organisation();
    // Where `habeas --demo` keeps its demo vault (per user, machine-local).
    static QString defaultPath();
    // Creates the demo vault at `path` (AlreadyExists if there is one).
    // With a dozen fictitious requests over every state, right and channel,
    // and the register and deliberation of the seed texts.
    static Result<void> create(const QString &path, KeyDerivation cost = KeyDerivation::Standard);

private:
    static Result<void> seedRequests(Session &session);
    static Result<void> seedRegister(Session &dpo); // DemoRegister.cpp
    static Result<void> seedFindings(Session &session);
    // A complete sample letterhead, saved by the administrator; its logo is
    // drawn only where there are fonts (a GUI application).
    static Result<void> seedLetterhead(Session &administrator);
    // The letters a clerk would have sent by now: the acknowledgement of
    // every request past its first days, and the refusal of the refused
    // one. Needs a QGuiApplication (letters are laid out with fonts).
    static Result<void> seedLetters(Session &clerk);
};

} // namespace habeas
