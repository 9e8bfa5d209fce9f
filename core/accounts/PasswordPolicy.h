#pragma once

// The password policy: a minimum length, a strength estimate (zxcvbn) that
// refuses guessable passwords and says why, and no login or name inside.
// Renewal is enforced by Session at login.

#include <QCoreApplication>
#include <QStringList>

namespace habeas {

struct PasswordRules final {
    int minimumLength = 12;
    // About 10^12 guesses; at 0.45 s per Argon2id guess that is millennia.
    double minimumEntropyBits = 40.0;
};

struct PasswordAssessment final {
    double entropyBits = 0.0;
    int strength = 0;      // 0 (very weak) to 4 (strong), for the meter
    QStringList problems;  // translated sentences; empty when acceptable
    bool acceptable() const { return problems.isEmpty(); }
};

class PasswordPolicy final {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static PasswordAssessment assess(const QString &password, const QString &login, const QString &fullName,
                                     const PasswordRules &rules = {});
    static QString strengthLabel(int strength);
    // A temporary password for a new, re-enabled or reset account: four
    // groups of five letters and digits without look-alikes ("kx7mp-…",
    // about 98 bits), shown once to the administrator.
    static QString generateTemporary();
};

} // namespace habeas
