#include "cli/CliCommands.h"

#include "core/Platform.h"
#include "core/Result.h"
#include "core/demo/DemoVault.h"
#include "core/requests/Deadline.h"
#include "core/requests/RequestService.h"
#include "core/requests/RequestState.h"
#include "core/administration/SoftwareVersions.h"
#include "core/administration/VaultService.h"
#include "core/audit/AuditService.h"
#include "core/accounts/AccountService.h"
#include "core/accounts/PasswordPolicy.h"
#include "core/accounts/Session.h"
#include "core/audit/AuditLog.h"
#include "core/crypto/SecureBytes.h"
#include "core/import/DeliberationImport.h"
#include "core/import/DeliberationParser.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterService.h"
#include "core/register/PrivacyNoticeService.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>

#include <iostream>
#include <string>

namespace habeas::cli {

namespace {

struct Output {
    std::FILE *out;
    std::FILE *err;
    void line(const QString &text) const { std::fputs((text + u'\n').toLocal8Bit().constData(), out); }
    void fail(const QString &text) const
    {
        std::fputs((QStringLiteral("habeas-cli: ") + text + u'\n').toLocal8Bit().constData(), err);
    }
};

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassword:
    case ErrorCode::UnknownAccount:
    case ErrorCode::AccountDisabled:
    case ErrorCode::Throttled:
        return Authentication;
    case ErrorCode::PermissionDenied:
        return Forbidden;
    case ErrorCode::PasswordRejected:
        return Usage;
    case ErrorCode::DatabaseMissing:
    case ErrorCode::KeyFileMissing:
        return Missing;
    case ErrorCode::KeyFileCorrupt:
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::CipherInactive:
        return Damaged;
    case ErrorCode::NewerVersion:
        return TooNew;
    case ErrorCode::Locked:
        return Busy;
    case ErrorCode::ReadOnlyLocation:
    case ErrorCode::DiskFull:
    case ErrorCode::AlreadyExists:
    case ErrorCode::Io:
        return Storage;
    case ErrorCode::InvalidArgument:
    case ErrorCode::NotFound:
    case ErrorCode::IllegalTransition:
    case ErrorCode::Conflict:
    case ErrorCode::TooLate:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::DamagedInput:
    case ErrorCode::TooLarge:
        return Usage;
    case ErrorCode::Sql:
    case ErrorCode::NotOpen:
    case ErrorCode::Internal:
        return Internal;
    }
    return Internal;
}

int report(const Output &io, const Error &error)
{
    io.fail(error.message);
    // The technical cause helps support; it never holds personal data.
    if (!error.detail.isEmpty() && qEnvironmentVariableIsSet("HABEAS_DEBUG"))
        io.fail(QStringLiteral("detail: ") + error.detail);
    return exitCodeFor(error.code);
}

QString usage()
{
    return CliCommands::tr(
        "Usage: habeas-cli COMMAND [ARGUMENTS]\n"
        "\n"
        "Commands:\n"
        "  create VAULT --admin LOGIN [--name NAME] [--organisation NAME]\n"
        "                       create an empty vault with its administrator\n"
        "  demo VAULT           create a vault with the demo accounts\n"
        "  info VAULT           format, schema version and key slots (no password)\n"
        "  check VAULT --user LOGIN [--head FILE]\n"
        "                       verify encryption, integrity, schema and the audit\n"
        "                       chain (and that it still matches an exported head)\n"
        "  audit-head VAULT --user LOGIN [--output FILE]\n"
        "                       print or export the audit log's head\n"
        "  backup VAULT DEST --user LOGIN\n"
        "                       write a verified encrypted copy of VAULT to DEST,\n"
        "                       with the audit log's head beside it\n"
        "  restore BACKUP VAULT --user LOGIN\n"
        "                       put a backup in place of VAULT (the old files are kept)\n"
        "  account add VAULT LOGIN --user ADMIN --name NAME --role ROLE\n"
        "                       add an account (ROLE: clerk, dpo or administrator)\n"
        "  account disable VAULT LOGIN --user ADMIN\n"
        "                       disable an account and change the vault key\n"
        "  account enable VAULT LOGIN --user ADMIN\n"
        "                       enable a disabled account again\n"
        "  account reset VAULT LOGIN --user ADMIN [--revoke]\n"
        "                       give an account a new temporary password (--revoke:\n"
        "                       the old one may be known, change the vault key too)\n"
        "  rekey VAULT --user ADMIN\n"
        "                       change the vault key, so that older copies of the\n"
        "                       key file no longer open the vault\n"
        "  requests VAULT --user LOGIN [--state STATE] [--json] [--names]\n"
        "                       list the requests: reference, rights, state,\n"
        "                       received and due dates, by due date (--names adds\n"
        "                       the requester; STATE: received, identity-check,\n"
        "                       in-progress, answered, closed, refused, withdrawn,\n"
        "                       or open for all but the ended)\n"
        "  letter VAULT --user LOGIN --request REF --kind KIND --output FILE\n"
        "         --pdf-password-stdin\n"
        "                       issue the letter of KIND for the request REF (it\n"
        "                       is archived with the request) and write it to FILE,\n"
        "                       encrypted with the password on the next line of\n"
        "                       standard input (KIND: acknowledgement,\n"
        "                       identity-request, extension, refusal or reply);\n"
        "                       with --issued, the latest letter of KIND already\n"
        "                       issued for REF is written instead, and none is\n"
        "                       issued (to write again one a failed write lost)\n"
        "  notice VAULT --user LOGIN --department NAME --lang fr|en --output FILE\n"
        "                       write the public privacy notice of the department\n"
        "                       NAME (as the register writes it, case and accents\n"
        "                       aside), made from the register, in French or\n"
        "                       English: a web page for FILE.html, an unencrypted\n"
        "                       PDF for FILE.pdf\n"
        "  parse-deliberation FILE\n"
        "                       read a deliberation as the Journal de Monaco\n"
        "                       publishes it (UTF-8, Latin-1 or Windows-1252) and\n"
        "                       print what was recognised as JSON, without a vault\n"
        "  import-deliberations VAULT DIR --user LOGIN\n"
        "                       import every deliberation text (.txt) of DIR, a\n"
        "                       line per file; those already recorded are skipped,\n"
        "                       each file is imported whole or not at all\n"
        "  deadline DATE        reply deadline of a request received on DATE\n"
        "                       (YYYY-MM-DD): due date, latest extended date, and\n"
        "                       how they were computed\n"
        "\n"
        "Passwords are read from the terminal, or from the first line of standard\n"
        "input with --password-stdin; never from the command line. A temporary\n"
        "password (account add, enable, reset) is made up and printed once, or\n"
        "read from the next line of standard input with --new-password-stdin.\n"
        "A letter's PDF password is read from the next line of standard input\n"
        "with --pdf-password-stdin, which the letter command requires.\n"
        "\n"
        "Exit status: 0 success, 1 usage, 2 authentication, 3 vault or key file\n"
        "missing, 4 damaged or tampered, 5 written by a newer Habeas, 6 in use\n"
        "elsewhere, 7 storage (read-only, disk full, file exists), 8 check found\n"
        "problems, 9 internal error, 10 the account's role does not allow it,\n"
        "11 the request does not allow it now (a letter that does not apply in its\n"
        "state, or a fact it needs is missing), 12 some deliberations could not be\n"
        "imported (their lines say why).");
}

// Reads the next line of standard input as a password; false, after saying
// `missing`, when there is none.
bool readSecretLine(const QString &missing, const Output &io, SecureBytes *password)
{
    std::string line;
    line.reserve(4096); // no reallocation leaving copies behind
    if (!std::getline(std::cin, line)) {
        io.fail(missing);
        return false;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    // Normalised like a typed password, so that both open the same slot.
    QString text = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    *password = SecureBytes::fromText(text);
    text.fill(QChar(u'\0'));
    return true;
}

// Reads the password as the options say; false when none could be read.
bool readPassword(const QCommandLineParser &parser, const QString &prompt, const Output &io, SecureBytes *password)
{
    if (parser.isSet(QStringLiteral("password-stdin")))
        return readSecretLine(CliCommands::tr("No password on standard input."), io, password);
    QString text;
    std::fputs(prompt.toLocal8Bit().constData(), io.err);
    std::fflush(io.err);
    if (!platform::readHiddenLine(&text)) {
        io.fail(CliCommands::tr("No password given (use --password-stdin in scripts)."));
        return false;
    }
    *password = SecureBytes::fromText(text);
    text.fill(QChar(u'\0'));
    return true;
}

QString required(const QCommandLineParser &parser, const char *name, const Output &io, bool *ok)
{
    const QString value = parser.value(QString::fromLatin1(name)).trimmed();
    if (value.isEmpty()) {
        io.fail(CliCommands::tr("The option --%1 is required.").arg(QString::fromLatin1(name)));
        *ok = false;
    }
    return value;
}

// The options every command shares one parser for.
void addOptions(QCommandLineParser &parser)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, CliCommands::tr("Show this help.")});
    parser.addOption({QStringLiteral("version"), CliCommands::tr("Show the version.")});
    parser.addOption({QStringLiteral("admin"), CliCommands::tr("Administrator login."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("name"), CliCommands::tr("Administrator's full name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("organisation"), CliCommands::tr("Organisation name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("user"), CliCommands::tr("Account login."), QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("password-stdin"), CliCommands::tr("Read the password from standard input.")});
    parser.addOption({QStringLiteral("head"), CliCommands::tr("Audit head exported earlier."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("output"), CliCommands::tr("File to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("role"), CliCommands::tr("Role of a new account."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("new-password-stdin"), CliCommands::tr("Read the temporary password from standard input.")});
    parser.addOption({QStringLiteral("revoke"), CliCommands::tr("Change the vault key with the reset.")});
    parser.addOption({QStringLiteral("state"), CliCommands::tr("Only the requests in this state."), QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("json"), CliCommands::tr("Write JSON.")});
    parser.addOption({QStringLiteral("names"), CliCommands::tr("Include the requesters' names.")});
    parser.addOption({QStringLiteral("request"), CliCommands::tr("Reference of a request."), QStringLiteral("REF")});
    parser.addOption({QStringLiteral("kind"), CliCommands::tr("Kind of letter."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("pdf-password-stdin"), CliCommands::tr("Read the PDF's password from standard input.")});
    parser.addOption({QStringLiteral("issued"), CliCommands::tr("Write the letter already issued instead of issuing one.")});
    parser.addOption({QStringLiteral("department"), CliCommands::tr("Department of the privacy notice."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("lang"), CliCommands::tr("Language of the privacy notice (fr or en)."), QStringLiteral("LANG")});
    // Test suites make many vaults; the cheap profile is never offered in help.
    QCommandLineOption fastKdf(QStringLiteral("fast-kdf"), QStringLiteral("test vaults only"));
    fastKdf.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(fastKdf);
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

int parseDeliberation(const QString &path, const Output &io)
{
    auto text = DeliberationImport::readFile(path);
    if (!text)
        return report(io, text.error());
    const ParsedDeliberation parsed = DeliberationParser::parse(*text);
    QJsonObject json;
    json[QStringLiteral("number")] = orNull(parsed.number);
    json[QStringLiteral("date")] = orNull(parsed.date);
    json[QStringLiteral("authority")] =
        parsed.authority ? QJsonValue(*parsed.authority == Authority::Ccin ? QStringLiteral("CCIN") : QStringLiteral("APDP"))
                         : QJsonValue();
    json[QStringLiteral("kind")] = parsed.kind ? QJsonValue(DeliberationParser::kindName(*parsed.kind)) : QJsonValue();
    json[QStringLiteral("subject")] = parsed.subject ? QJsonValue(*parsed.subject == DeliberationSubject::Modification
                                                                      ? QStringLiteral("modification")
                                                                      : QStringLiteral("implementation"))
                                                     : QJsonValue();
    json[QStringLiteral("title")] = orNull(parsed.title);
    json[QStringLiteral("known_as")] = orNull(parsed.knownAs);
    json[QStringLiteral("operated_by")] = orNull(parsed.operatedBy);
    json[QStringLiteral("presented_by")] = orNull(parsed.presentedBy);
    json[QStringLiteral("journal_number")] = orNull(parsed.journalNumber);
    json[QStringLiteral("journal_date")] = orNull(parsed.journalDate);
    json[QStringLiteral("journal_page")] = orNull(parsed.journalPage);
    json[QStringLiteral("vu_count")] = int(parsed.vu.size());
    QJsonArray cites;
    for (const ParsedCitation &citation : parsed.citations)
        cites.append(citation.number);
    json[QStringLiteral("cites")] = cites;
    QJsonArray sections;
    for (const ParsedSection &section : parsed.sections)
        sections.append(section.numeral);
    json[QStringLiteral("sections")] = sections;
    QJsonArray conditions;
    for (const ParsedCondition &condition : parsed.conditions)
        conditions.append(QJsonObject{{QStringLiteral("kind"), DeliberationParser::conditionKindName(condition.kind)},
                                      {QStringLiteral("text"), condition.text}});
    json[QStringLiteral("conditions")] = conditions;
    json[QStringLiteral("complete")] = parsed.complete();
    json[QStringLiteral("missing")] = QJsonArray::fromStringList(parsed.missing);
    // JSON is UTF-8 whatever the terminal's encoding.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), io.out);
    return Success;
}

} // namespace

bool CliCommands::draws(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.parse(QStringList{QStringLiteral("habeas-cli")} + arguments)
           && (parser.positionalArguments().value(0) == QLatin1String("letter")
               || parser.positionalArguments().value(0) == QLatin1String("notice"));
}

int CliCommands::run(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    const Output io{out, err};
    QCommandLineParser parser;
    addOptions(parser);

    if (!parser.parse(QStringList{QStringLiteral("habeas-cli")} + arguments)) {
        io.fail(parser.errorText());
        std::fputs((usage() + u'\n').toLocal8Bit().constData(), err);
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.line(usage());
        return Success;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        io.line(versionReport(QStringLiteral("habeas-cli")));
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    const auto expectArguments = [&](int count) {
        if (positional.size() == count + 1)
            return true;
        io.fail(tr("'%1' takes %n argument(s).", nullptr, count).arg(command));
        std::fputs((usage() + u'\n').toLocal8Bit().constData(), err);
        return false;
    };
    // The cheapest key derivation makes vaults a password guess away from
    // open: only Habeas's own test suites, which set this variable, get it.
    if (parser.isSet(QStringLiteral("fast-kdf")) && qEnvironmentVariable("HABEAS_TEST_SUITE") != QLatin1String("1")) {
        io.fail(tr("--fast-kdf is only for Habeas's own test suites."));
        return Usage;
    }
    const KeyDerivation kdf = parser.isSet(QStringLiteral("fast-kdf")) ? KeyDerivation::FastForTests : KeyDerivation::Standard;

    if (command == QLatin1String("info")) {
        if (!expectArguments(1))
            return Usage;
        auto info = VaultService::info(positional.at(1));
        if (!info)
            return report(io, info.error());
        io.line(tr("format: Habeas vault, key file format %1, SQLCipher %2 file format, %3-byte pages")
                    .arg(info->keyFormat)
                    .arg(info->cipherFormat)
                    .arg(info->pageSize));
        io.line(tr("schema version: %1").arg(info->recordedSchemaVersion));
        io.line(tr("key slots: %1").arg(info->slotCount));
        io.line(tr("database size: %1 bytes").arg(info->databaseBytes));
        io.line(tr("encrypted: %1").arg(info->databaseEncrypted ? tr("yes") : tr("NO")));
        io.line(tr("in use: %1").arg(info->lockedBy.isEmpty() ? tr("no") : info->lockedBy));
        return info->databaseEncrypted ? Success : Damaged;
    }

    if (command == QLatin1String("create")) {
        if (!expectArguments(1))
            return Usage;
        bool ok = true;
        const QString admin = required(parser, "admin", io, &ok);
        if (!ok)
            return Usage;
        SecureBytes password;
        if (!readPassword(parser, tr("New password for %1: ").arg(admin), io, &password))
            return Usage;
        if (!parser.isSet(QStringLiteral("password-stdin"))) {
            SecureBytes again;
            if (!readPassword(parser, tr("Repeat the password: "), io, &again))
                return Usage;
            if (!(again == password)) {
                io.fail(tr("The two passwords differ."));
                return Usage;
            }
        }
        const QString name = parser.value(QStringLiteral("name")).isEmpty() ? admin : parser.value(QStringLiteral("name"));
        QString typed = QString::fromUtf8(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
        const PasswordAssessment assessment = PasswordPolicy::assess(typed, admin, name);
        typed.fill(QChar(u'\0'));
        if (!assessment.acceptable()) {
            io.fail(tr("The password is refused: %1").arg(assessment.problems.join(u' ')));
            return Usage;
        }
        auto created = VaultService::create(positional.at(1), NewAccount{admin, name, Role::Administrator}, password,
                                            parser.value(QStringLiteral("organisation")), kdf);
        if (!created)
            return report(io, created.error());
        io.line(tr("Created %1 with administrator %2.").arg((*created)->vaultPath(), (*created)->account().login));
        return Success;
    }

    if (command == QLatin1String("demo")) {
        if (!expectArguments(1))
            return Usage;
        if (auto created = DemoVault::create(positional.at(1), kdf); !created)
            return report(io, created.error());
        io.line(tr("Created the demo vault %1. Accounts (login / password):").arg(VaultService::databasePath(positional.at(1))));
        for (const DemoAccount &account : DemoVault::accounts())
            io.line(QStringLiteral("  %1 / %2 (%3)")
                        .arg(QString::fromUtf8(account.login), QString::fromUtf8(account.password), roleKey(account.role)));
        return Success;
    }

    if (command == QLatin1String("deadline")) {
        if (!expectArguments(1))
            return Usage;
        const QDate received = QDate::fromString(positional.at(1), Qt::ISODate);
        if (!received.isValid() || positional.at(1).size() != 10) {
            io.fail(tr("'%1' is not a date: write it as YYYY-MM-DD.").arg(positional.at(1)));
            return Usage;
        }
        // Default settings; a vault's own holidays and rules apply in Habeas.
        const DeadlineCalculator calculator;
        const DeadlineComputation due = calculator.due(received);
        const DeadlineComputation extended = calculator.extended(received);
        io.line(due.due.toString(Qt::ISODate));
        io.line(extended.due.toString(Qt::ISODate));
        io.line(tr("due: %1").arg(due.explanation()));
        io.line(tr("extended: %1").arg(extended.explanation()));
        return Success;
    }

    if (command == QLatin1String("parse-deliberation")) {
        if (!expectArguments(1))
            return Usage;
        return parseDeliberation(positional.at(1), io);
    }

    const bool needsAccount = command == QLatin1String("check") || command == QLatin1String("backup")
                              || command == QLatin1String("restore") || command == QLatin1String("audit-head")
                              || command == QLatin1String("rekey") || command == QLatin1String("account")
                              || command == QLatin1String("requests") || command == QLatin1String("letter")
                              || command == QLatin1String("notice")
                              || command == QLatin1String("import-deliberations");
    if (!needsAccount) {
        if (command.isEmpty())
            io.fail(tr("No command given."));
        else
            io.fail(tr("Unknown command '%1'.").arg(command));
        std::fputs((usage() + u'\n').toLocal8Bit().constData(), err);
        return Usage;
    }
    const bool oneArgument = command == QLatin1String("check") || command == QLatin1String("audit-head")
                             || command == QLatin1String("rekey") || command == QLatin1String("requests")
                             || command == QLatin1String("letter") || command == QLatin1String("notice");
    const bool account = command == QLatin1String("account");
    if (!expectArguments(account ? 3 : oneArgument ? 1 : 2))
        return Usage;
    const QString subcommand = account ? positional.at(1) : QString();
    static const QStringList subcommands{QStringLiteral("add"), QStringLiteral("disable"), QStringLiteral("enable"),
                                         QStringLiteral("reset")};
    if (account && !subcommands.contains(subcommand)) {
        io.fail(tr("Unknown account command '%1': use add, disable, enable or reset.").arg(subcommand));
        return Usage;
    }
    std::optional<Role> newRole;
    if (subcommand == QLatin1String("add")) {
        newRole = roleFromKey(parser.value(QStringLiteral("role")).trimmed().toLower());
        if (!newRole) {
            io.fail(tr("Give the new account's role with --role clerk, dpo or administrator."));
            return Usage;
        }
        if (parser.value(QStringLiteral("name")).trimmed().isEmpty()) {
            io.fail(tr("The option --%1 is required.").arg(QStringLiteral("name")));
            return Usage;
        }
    }
    RequestFilter listed;
    if (command == QLatin1String("requests") && parser.isSet(QStringLiteral("state"))) {
        const QString state = parser.value(QStringLiteral("state")).trimmed().toLower();
        if (state == QLatin1String("open")) {
            listed.openOnly = true;
        } else if (const auto known = requestStateFromKey(state)) {
            listed.state = *known;
        } else {
            io.fail(tr("Unknown state '%1': use received, identity-check, in-progress, answered, closed, refused, "
                       "withdrawn or open.")
                        .arg(state));
            return Usage;
        }
    }
    // A letter's options, all checked before any password is read.
    const bool letter = command == QLatin1String("letter");
    QString reference;
    QString output;
    std::optional<LetterKind> letterKind;
    if (letter) {
        bool given = true;
        reference = required(parser, "request", io, &given);
        const QString kindKey = given ? required(parser, "kind", io, &given) : QString();
        output = given ? required(parser, "output", io, &given) : QString();
        if (!given)
            return Usage;
        letterKind = letterKindFromKey(kindKey.toLower());
        if (!letterKind) {
            io.fail(tr("Unknown kind of letter '%1': use acknowledgement, identity-request, extension, refusal or reply.")
                        .arg(kindKey));
            return Usage;
        }
        // There is no letter in clear outside the vault.
        if (!parser.isSet(QStringLiteral("pdf-password-stdin"))) {
            io.fail(tr("A letter is only written encrypted: give its password on standard input with "
                       "--pdf-password-stdin."));
            return Usage;
        }
    }
    // A notice's options, checked before any password is read too.
    const bool notice = command == QLatin1String("notice");
    QString department;
    QString language;
    if (notice) {
        bool given = true;
        department = required(parser, "department", io, &given);
        language = given ? required(parser, "lang", io, &given).toLower() : QString();
        output = given ? required(parser, "output", io, &given) : QString();
        if (!given)
            return Usage;
        if (language != QLatin1String("fr") && language != QLatin1String("en")) {
            io.fail(tr("Unknown language '%1': use fr or en.").arg(parser.value(QStringLiteral("lang")).trimmed()));
            return Usage;
        }
        const QString suffix = QFileInfo(output).suffix().toLower();
        if (suffix != QLatin1String("html") && suffix != QLatin1String("htm") && suffix != QLatin1String("pdf")) {
            io.fail(tr("The notice is written as a web page or a PDF: name the file FILE.html or FILE.pdf."));
            return Usage;
        }
        const QFileInfo target(output);
        if (target.exists() && !target.isFile()) {
            io.fail(tr("%1 is not a file.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
            return Usage;
        }
        const QFileInfo folder(target.absolutePath());
        if (!folder.isDir() || !folder.isWritable()) {
            io.fail(tr("The folder %1 does not exist or cannot be written to.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
            return Storage;
        }
    }
    const bool importing = command == QLatin1String("import-deliberations");
    if (importing && !QFileInfo(positional.at(2)).isDir()) {
        io.fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(positional.at(2))));
        return Usage;
    }
    // The vault comes after the subcommand for account commands.
    const QString vaultPath = positional.at(account ? 2 : 1);
    bool ok = true;
    const QString user = required(parser, "user", io, &ok);
    if (!ok)
        return Usage;
    SecureBytes password;
    if (!readPassword(parser, tr("Password for %1: ").arg(user), io, &password))
        return Usage;
    // The PDF's password is the line after the account's; wiped when this
    // returns, if not before.
    SecureBytes pdfPassword;
    if (letter && !readSecretLine(tr("No PDF password on standard input."), io, &pdfPassword))
        return Usage;

    if (command == QLatin1String("restore")) {
        auto restored = VaultService::restore(positional.at(1), positional.at(2), user, password);
        if (!restored)
            return report(io, restored.error());
        io.line(tr("Restored %1 from %2.").arg(VaultService::databasePath(positional.at(2)),
                                             VaultService::databasePath(positional.at(1))));
        if (!restored->keptCopy.isEmpty())
            io.line(tr("The replaced vault is kept as %1 (identity documents destroyed: %2).")
                        .arg(restored->keptCopy)
                        .arg(restored->documentsDestroyed));
        for (const QString &warning : restored->warnings)
            io.line(tr("Warning: %1").arg(warning));
        return Success;
    }

    // `check` looks at the vault read-only first (see VaultService::inspect).
    std::optional<AuditHead> expected;
    bool inspected = false;
    const auto printCheck = [&](const VaultCheck &check) {
        const CheckReport &storage = check.storage;
        const AuditVerification &chain = check.audit;
        io.line(tr("cipher: SQLCipher %1 (active)").arg(storage.cipherVersion));
        io.line(tr("integrity: %1").arg(storage.ok() ? tr("ok") : tr("%n problem(s)", nullptr, int(storage.problems.size()))));
        for (const QString &problem : storage.problems)
            io.line(QStringLiteral("  ") + problem);
        io.line(tr("schema version: %1").arg(storage.schemaVersion));
        io.line(tr("pages: %1").arg(storage.pages));
        if (chain.ok() && !chain.restoredOnUtc.isEmpty())
            io.line(tr("audit log: %n entries, chain whole", nullptr, int(chain.entries))
                    + tr("; the head at entry %1 is that of the vault replaced when a backup was restored on %2")
                          .arg(expected->seq)
                          .arg(chain.restoredOnUtc)
                    + tr(" (explained by the log's restore entry, not verified: compare with the kept vault)"));
        else if (chain.ok())
            io.line(tr("audit log: %n entries, chain whole", nullptr, int(chain.entries))
                    + (expected ? tr(", matches the head at entry %1").arg(expected->seq) : QString()));
        else
            io.line(tr("audit log: BROKEN at entry %1 (%2)").arg(chain.firstBadSeq).arg(chain.reason));
    };
    if (command == QLatin1String("check")) {
        if (parser.isSet(QStringLiteral("head"))) {
            auto head = AuditService::readHead(parser.value(QStringLiteral("head")));
            if (!head)
                return report(io, head.error());
            expected = *head;
        }
        auto check = VaultService::inspect(vaultPath, user, password, expected);
        if (!check && check.error().code != ErrorCode::PermissionDenied)
            return report(io, check.error());
        if (check) {
            inspected = true;
            printCheck(*check);
            if (!check->ok())
                return CheckFailed; // nothing is written to a vault found damaged
        }
    }

    auto session = Session::login(vaultPath, user, password);
    password.clear();
    if (!session)
        return report(io, session.error());
    Session &signedIn = **session;
    if (signedIn.passwordChangeRequired()) {
        io.fail(tr("The password of %1 must be changed first: sign in to Habeas to change it.").arg(user));
        return Authentication;
    }

    if (command == QLatin1String("check")) {
        // Recorded in the log only once the log is known to be whole: the
        // sign-in's own entries would otherwise sit on a tampered tail.
        auto result = VaultService(signedIn).check(expected);
        if (!result)
            return report(io, result.error());
        if (!inspected) {
            printCheck(*result);
            return result->ok() ? Success : CheckFailed;
        }
        return Success;
    }

    // Progress of a change of the vault key, on stderr, every tenth.
    int shownTenth = -1;
    const Progress progress = [&](qint64 done, qint64 total) {
        const int tenth = total > 0 ? int(done * 10 / total) : 10;
        if (tenth != shownTenth) {
            shownTenth = tenth;
            std::fputs(tr("Changing the vault key: %1%").arg(tenth * 10).append(u'\n').toLocal8Bit().constData(), io.err);
        }
    };

    if (command == QLatin1String("rekey")) {
        if (auto changed = VaultService(signedIn).changeKey(progress); !changed)
            return report(io, changed.error());
        io.line(tr("The vault key of %1 is changed; every account keeps its password.").arg(signedIn.vaultPath()));
        return Success;
    }

    if (account) {
        const QString login = positional.at(3);
        AccountService accounts(signedIn);
        if (subcommand == QLatin1String("disable")) {
            if (auto disabled = accounts.disable(login, progress); !disabled)
                return report(io, disabled.error());
            io.line(tr("Account %1 disabled; the vault key is changed.").arg(login.trimmed()));
            return Success;
        }
        // add, enable, reset: a temporary password, read or made up.
        QString temporary;
        const bool generated = !parser.isSet(QStringLiteral("new-password-stdin"));
        if (generated) {
            temporary = PasswordPolicy::generateTemporary();
        } else {
            std::string line;
            if (!std::getline(std::cin, line)) {
                io.fail(tr("No temporary password on standard input."));
                return Usage;
            }
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            temporary = QString::fromUtf8(line.data(), qsizetype(line.size()));
            std::fill(line.begin(), line.end(), '\0');
        }
        const auto wipeTemporary = qScopeGuard([&temporary] { temporary.fill(QChar(u'\0')); });
        Result<void> done;
        QString what;
        // A made-up password may by chance contain the login or a part of
        // the name, which the policy refuses: another one is made up.
        for (int attempt = 0; attempt < 8; ++attempt) {
            if (subcommand == QLatin1String("add")) {
                done = accounts.add(NewAccount{login, parser.value(QStringLiteral("name")).trimmed(), *newRole}, temporary);
                what = tr("Account %1 added.");
            } else if (subcommand == QLatin1String("enable")) {
                done = accounts.enable(login, temporary);
                what = tr("Account %1 enabled.");
            } else {
                const bool revoke = parser.isSet(QStringLiteral("revoke"));
                done = accounts.resetPassword(login, temporary, revoke, progress);
                what = revoke ? tr("Password of %1 reset; the vault key is changed.") : tr("Password of %1 reset.");
            }
            if (done || !generated || done.error().code != ErrorCode::PasswordRejected)
                break;
            temporary.fill(QChar(u'\0'));
            temporary = PasswordPolicy::generateTemporary();
        }
        if (!done)
            return report(io, done.error());
        io.line(what.arg(login.trimmed()));
        if (generated)
            io.line(tr("Temporary password (shown once; it must be changed at first sign-in): %1").arg(temporary));
        else
            io.line(tr("The temporary password must be changed at first sign-in."));
        return Success;
    }

    if (command == QLatin1String("requests")) {
        // Every page of the list, in the order of the date in force. Names
        // only when asked for: a script that finds what awaits a letter
        // needs the references, not who wrote.
        const bool names = parser.isSet(QStringLiteral("names"));
        const bool json = parser.isSet(QStringLiteral("json"));
        RequestService requests(signedIn);
        QJsonArray rows;
        for (listed.offset = 0;; listed.offset += listed.limit) {
            auto page = requests.list(listed);
            if (!page)
                return report(io, page.error());
            for (const RequestRow &row : *page) {
                const QString rights = row.rights.split(u',', Qt::SkipEmptyParts).join(u'+');
                if (json) {
                    QJsonObject object{{QStringLiteral("reference"), row.reference},
                                       {QStringLiteral("rights"), QJsonArray::fromStringList(row.rights.split(u',', Qt::SkipEmptyParts))},
                                       {QStringLiteral("state"), requestStateKey(row.state)},
                                       {QStringLiteral("received"), row.received.toString(Qt::ISODate)},
                                       {QStringLiteral("due"), row.due.toString(Qt::ISODate)}};
                    if (names) {
                        object.insert(QStringLiteral("surname"), row.surname);
                        object.insert(QStringLiteral("firstName"), row.firstName);
                        object.insert(QStringLiteral("anonymised"), row.anonymised);
                    }
                    rows.append(object);
                } else {
                    QStringList fields{row.reference, rights, requestStateKey(row.state),
                                       row.received.toString(Qt::ISODate), row.due.toString(Qt::ISODate)};
                    if (names)
                        fields << (row.anonymised ? QString() : QStringLiteral("%1 %2").arg(row.surname, row.firstName).trimmed());
                    io.line(fields.join(u'\t'));
                }
            }
            if (int(page->size()) < listed.limit)
                break;
        }
        if (json)
            io.line(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented)).trimmed());
        return Success;
    }

    if (letter) {
        // The request by its exact reference (the list's filter also
        // matches the start of a reference or a surname).
        RequestFilter byReference;
        byReference.text = reference;
        qint64 requestId = 0;
        for (byReference.offset = 0; requestId == 0; byReference.offset += byReference.limit) {
            auto page = RequestService(signedIn).list(byReference);
            if (!page)
                return report(io, page.error());
            for (const RequestRow &row : *page) {
                if (row.reference == reference)
                    requestId = row.id;
            }
            if (int(page->size()) < byReference.limit)
                break;
        }
        if (requestId == 0) {
            io.fail(tr("There is no request %1.").arg(reference));
            return Usage;
        }
        // Everything that can be refused is refused before the letter is
        // issued: an issued letter stays in the archive.
        LetterService letters(signedIn);
        if (auto accepted = letters.checkPdfPassword(pdfPassword); !accepted) {
            io.fail(tr("The PDF password is refused: %1").arg(accepted.error().message));
            return Usage;
        }
        const QFileInfo target(output);
        if (target.exists() && !target.isFile()) {
            io.fail(tr("%1 is not a file; no letter was issued.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
            return Usage;
        }
        const QFileInfo folder(target.absolutePath());
        if (!folder.isDir() || !folder.isWritable()) {
            io.fail(tr("The folder %1 does not exist or cannot be written to; no letter was issued.")
                        .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
            return Storage;
        }
        // --issued: the latest letter of that kind already archived, written
        // again; nothing is issued.
        std::optional<IssuedLetter> issued;
        if (parser.isSet(QStringLiteral("issued"))) {
            auto archive = letters.list(requestId);
            if (!archive)
                return report(io, archive.error());
            for (const IssuedLetter &one : *archive) {
                if (one.kind == *letterKind && !one.cleared)
                    issued = one;
            }
            if (!issued) {
                io.fail(tr("No %1 letter was issued for %2 yet.").arg(letterKindKey(*letterKind), reference));
                return NotApplicable;
            }
        } else {
            auto made = letters.issue(requestId, *letterKind);
            if (!made) {
                const ErrorCode code = made.error().code;
                if (code != ErrorCode::IllegalTransition && code != ErrorCode::InvalidArgument)
                    return report(io, made.error());
                Error refused = made.error();
                refused.message =
                    tr("No %1 letter can be issued for %2: %3").arg(letterKindKey(*letterKind), reference, refused.message);
                report(io, refused);
                return NotApplicable;
            }
            issued = *made;
        }
        auto written = letters.exportPdfTo(issued->id, pdfPassword, output);
        pdfPassword.clear();
        if (!written) {
            Error failed = written.error();
            failed.message = tr("%1 The letter is archived with the request %2: write it again with --issued.")
                                 .arg(failed.message, reference);
            return report(io, failed);
        }
        io.line(tr("The %1 letter for %2 is issued (%n page(s)) and written encrypted to %3.", nullptr, issued->pages)
                    .arg(letterKindKey(*letterKind), reference, QDir::toNativeSeparators(target.absoluteFilePath())));
        return Success;
    }

    if (notice) {
        // Written whole or not at all: a publishing chain never picks up
        // half a page.
        if (auto written = PrivacyNoticeService(signedIn).write(department, language, output); !written)
            return report(io, written.error());
        io.line(tr("The privacy notice of %1 (%2) is written to %3.")
                    .arg(department, language, QDir::toNativeSeparators(QFileInfo(output).absoluteFilePath())));
        return Success;
    }

    if (importing) {
        auto imported = DeliberationImport(signedIn).importFolder(positional.at(2));
        if (!imported)
            return report(io, imported.error());
        int failed = 0;
        for (const ImportedFile &file : *imported) {
            io.line(tr("%1: %2", "file name, what became of it").arg(file.fileName, file.message));
            const bool done = file.outcome == ImportedFile::Outcome::Imported
                              || file.outcome == ImportedFile::Outcome::AlreadyRecorded;
            failed += done ? 0 : 1;
        }
        if (imported->empty())
            io.line(tr("No deliberation text (.txt) in %1.").arg(QDir::toNativeSeparators(positional.at(2))));
        return failed == 0 ? Success : NotImported;
    }

    if (command == QLatin1String("audit-head")) {
        AuditService audit(signedIn);
        auto head = parser.isSet(QStringLiteral("output")) ? audit.exportHead(parser.value(QStringLiteral("output")))
                                                           : audit.head();
        if (!head)
            return report(io, head.error());
        io.line(tr("audit head: entry %1, SHA-256 %2").arg(head->seq).arg(QString::fromLatin1(head->hash)));
        io.line(tr("vault creator's key: %1").arg(head->creator));
        return Success;
    }

    auto done = VaultService(signedIn).backup(positional.at(2));
    if (!done)
        return report(io, done.error());
    io.line(tr("Backup written to %1 and verified.").arg(VaultService::databasePath(positional.at(2))));
    return Success;
}

} // namespace habeas::cli
