#include "core/accounts/PasswordPolicy.h"

#include <QRandomGenerator>

#include "core/crypto/SecureBytes.h"

#include <QRegularExpression>

#include <zxcvbn.h>

#include <cstring>
#include <vector>

namespace habeas {

namespace {

// Lower case without accents, so "Hélène" is found in "helene2026".
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toCaseFolded();
    }
    return out;
}

int strengthOf(double bits)
{
    if (bits < 20)
        return 0;
    if (bits < 30)
        return 1;
    if (bits < 40)
        return 2;
    if (bits < 55)
        return 3;
    return 4;
}

} // namespace

QString PasswordPolicy::generateTemporary()
{
    static constexpr char Alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i
    constexpr int Letters = int(sizeof Alphabet) - 1;
    QString password;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            password += u'-';
        for (int i = 0; i < 5; ++i)
            password += QChar::fromLatin1(Alphabet[QRandomGenerator::system()->bounded(Letters)]);
    }
    return password;
}

QString PasswordPolicy::strengthLabel(int strength)
{
    switch (strength) {
    case 0: return tr("very weak");
    case 1: return tr("weak");
    case 2: return tr("fair");
    case 3: return tr("good");
    default: return tr("strong");
    }
}

PasswordAssessment PasswordPolicy::assess(const QString &password, const QString &login, const QString &fullName,
                                          const PasswordRules &rules)
{
    PasswordAssessment result;
    const qsizetype length = password.toUcs4().size();
    if (length < rules.minimumLength)
        result.problems << tr("It must have at least %n characters.", nullptr, rules.minimumLength);

    // The login and every part of the name (3 letters or more) are words an
    // attacker tries first.
    const QString pass = folded(password);
    QStringList personal;
    const QString loginKey = folded(login.trimmed());
    if (loginKey.size() >= 3) {
        personal << loginKey;
        if (pass.contains(loginKey))
            result.problems << tr("It must not contain the login.");
    }
    bool nameFound = false;
    for (const QString &part : folded(fullName).split(QRegularExpression(QStringLiteral("[^\\w]+")), Qt::SkipEmptyParts)) {
        if (part.size() < 3)
            continue;
        personal << part;
        if (!nameFound && pass.contains(part)) {
            result.problems << tr("It must not contain the person's name.");
            nameFound = true;
        }
    }

    // zxcvbn reads a NUL-terminated UTF-8 string; keep it in guarded memory.
    const SecureBytes utf8 = SecureBytes::fromText(password);
    SecureBytes terminated(utf8.size() + 1);
    if (utf8.size())
        std::memcpy(terminated.data(), utf8.data(), utf8.size());
    std::vector<QByteArray> dictionary;
    for (const QString &word : personal)
        dictionary.push_back(word.toUtf8());
    std::vector<const char *> words;
    for (const QByteArray &word : dictionary)
        words.push_back(word.constData());
    words.push_back(nullptr);
    ZxcMatch_t *info = nullptr;
    result.entropyBits = ZxcvbnMatch(reinterpret_cast<const char *>(terminated.data()), words.data(), &info);
    bool dictionaryWord = false;
    bool pattern = false;
    bool date = false;
    for (ZxcMatch_t *match = info; match; match = match->Next) {
        switch (match->Type & ~MULTIPLE_MATCH) {
        case DICTIONARY_MATCH:
        case DICT_LEET_MATCH:
        case USER_MATCH:
        case USER_LEET_MATCH:
            dictionaryWord = true;
            break;
        case REPEATS_MATCH:
        case SEQUENCE_MATCH:
        case SPATIAL_MATCH:
            pattern = true;
            break;
        case DATE_MATCH:
        case YEAR_MATCH:
            date = true;
            break;
        default:
            break;
        }
    }
    ZxcvbnFreeInfo(info);
    result.strength = strengthOf(result.entropyBits);
    if (result.entropyBits < rules.minimumEntropyBits) {
        QString why = tr("It is too easy to guess.");
        if (dictionaryWord)
            why += u' ' + tr("It is built on common words or names.");
        if (pattern)
            why += u' ' + tr("It contains a sequence, a repetition or a keyboard pattern.");
        if (date)
            why += u' ' + tr("It contains a date or a year.");
        why += u' ' + tr("Add unrelated words or characters.");
        result.problems << why;
    }
    if (!result.problems.isEmpty())
        result.strength = std::min(result.strength, 1);
    return result;
}

} // namespace habeas
