#pragma once

// The vault the domain and request-table benchmarks measure, generated in a
// temporary folder through the repositories in one transaction: 100,000
// requests (received 2016–2026, states weighted towards ended requests, one
// or two rights each, surnames from a list of 24 with variants, one signed
// audit entry each), 2,000 processings (0–3 links each to processings
// generated shortly before or to 100 processings only referenced) and 500
// deliberations with 5 conditions each. The same seed gives the same vault
// every run.

#include "core/Result.h"
#include "core/accounts/Account.h"
#include "core/crypto/SecureBytes.h"

#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <functional>
#include <memory>

namespace habeas {

class Session;
class Vault;

namespace bench {

inline constexpr int GeneratedRequests = 100000;
inline constexpr int GeneratedProcessings = 2000;
// At most as many referenced-only processings (named by links only).
inline constexpr int GeneratedReferencedOnly = 100;
inline constexpr int GeneratedDeliberations = 500;

// Owns the folder and the vault, opened as its administrator "admin"; both
// go with it.
struct GeneratedVault final {
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;

    QString path() const { return dir.filePath(QStringLiteral("domain.habeas")); }
    static SecureBytes adminPassword() { return SecureBytes::copyOf("Bench-Password-2026"); }
};

// Creates the vault at `generated.path()` and fills it; false when any step
// failed (the vault is then of no use).
bool generate(GeneratedVault &generated);

// Adds an account that may sign in without a password change (as an
// administrator's grant at creation would), with the cheap key derivation.
// Errors: those of Vault::addSlot and of the grant.
Result<void> addAccount(Vault &vault, const QString &login, const QString &fullName, Role role,
                        const SecureBytes &password);
// Adds that account, closes the generator's vault and signs in with it, as
// the benchmarks of the screens do. Errors: those of addAccount and of
// Session::login.
Result<std::unique_ptr<Session>> signInAs(GeneratedVault &generated, const QString &login, const QString &fullName,
                                          Role role, const SecureBytes &password);

// Says on stderr which step failed and why; no session, for `return
// fail(…)` in a program's sign-in.
std::nullptr_t fail(const char *step, const Error &error);

// What a benchmark program of the screens does once its application and
// Google Benchmark are set up: generates the vault, lets `signIn` prepare it
// and open the session the benchmarks read (null: it said why), points
// `session` at it for the time of the benchmarks asked for, and returns
// the program's exit status.
int runBenchmarks(const std::function<std::unique_ptr<Session>(GeneratedVault &)> &signIn, Session *&session);

} // namespace bench
} // namespace habeas
