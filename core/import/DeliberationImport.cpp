#include "core/import/DeliberationImport.h"

#include "core/accounts/Permissions.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/Request.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace habeas {

namespace {

// The words of a name that say something: accents and case aside, without
// the little words every title has.
QSet<QString> wordsOf(const QString &text)
{
    static const QSet<QString> Little{QStringLiteral("de"),  QStringLiteral("des"), QStringLiteral("du"),
                                      QStringLiteral("la"),  QStringLiteral("le"),  QStringLiteral("les"),
                                      QStringLiteral("l"),   QStringLiteral("d"),   QStringLiteral("et"),
                                      QStringLiteral("en"),  QStringLiteral("a"),   QStringLiteral("au"),
                                      QStringLiteral("aux"), QStringLiteral("pour"), QStringLiteral("par"),
                                      QStringLiteral("un"),  QStringLiteral("une"), QStringLiteral("sur")};
    QSet<QString> words;
    QString word;
    const QString key = searchKey(text) + u' ';
    for (QChar c : key) {
        if (c.isLetterOrNumber()) {
            word += c;
            continue;
        }
        if (!word.isEmpty() && !Little.contains(word))
            words.insert(word);
        word.clear();
    }
    return words;
}

// The share of the words of both that they have in common (0 to 1).
double overlap(const QSet<QString> &a, const QSet<QString> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype common = QSet<QString>(a).intersect(b).size();
    return double(common) / double(a.size() + b.size() - common);
}

QString missingList(const ParsedDeliberation &parsed)
{
    return DeliberationParser::describeMissing(parsed.missing);
}

} // namespace

DeliberationImport::DeliberationImport(Session &session)
    : m_session(session)
{
}

Result<QString> DeliberationImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    // Read one byte past the limit rather than trusting the size: a pipe or
    // a device says 0.
    const QByteArray bytes = file.read(MaximumBytes + 1);
    if (bytes.size() > MaximumBytes)
        return makeError(ErrorCode::TooLarge, tr("The file %1 is larger than %2 MB: it is not a deliberation.")
                                                  .arg(QDir::toNativeSeparators(path))
                                                  .arg(MaximumBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                         file.errorString());
    // A text has no NUL bytes; an image or a word-processor file does.
    if (bytes.trimmed().isEmpty() || bytes.contains('\0'))
        return makeError(ErrorCode::DamagedInput,
                         tr("The file %1 holds no text: open the deliberation's text (.txt), not a document or an "
                            "image.")
                             .arg(QDir::toNativeSeparators(path)));
    return DeliberationParser::decode(bytes);
}

Result<std::vector<ProcessingSuggestion>> DeliberationImport::suggestions(const ParsedDeliberation &parsed)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"), parsed.number);
        !allowed)
        return allowed.error();
    auto all = ProcessingService(m_session).list();
    if (!all)
        return all.error();
    const QString title = searchKey(parsed.title.simplified());
    const QString alias = searchKey(parsed.knownAs.simplified());
    const QString department = searchKey(parsed.operatedBy.simplified());
    const QSet<QString> titleWords = wordsOf(parsed.title);
    std::vector<ProcessingSuggestion> found;
    for (const ProcessingSummary &p : *all) {
        const QString name = searchKey(p.name.simplified());
        ProcessingSuggestion s{p.id, p.name, p.controller, p.described, 0, {}};
        if (!title.isEmpty() && name == title) {
            s.score = 100;
            s.reason = tr("the same name as the deliberation's title");
        } else if (!alias.isEmpty() && name == alias) {
            s.score = 90;
            s.reason = tr("the name the deliberation says it is known by");
        } else if (const double shared = overlap(titleWords, wordsOf(p.name)); shared >= 0.6) {
            s.score = int(40 + 40 * shared);
            s.reason = tr("a name sharing most words with the title");
        }
        const QString controller = searchKey(p.controller.simplified());
        const bool sameDepartment = !department.isEmpty() && !controller.isEmpty()
                                    && (controller == department || controller.contains(department)
                                        || department.contains(controller));
        if (sameDepartment) {
            s.score += s.score > 0 ? 10 : 30;
            s.reason = s.reason.isEmpty() ? tr("operated by the same department")
                                          : tr("%1, operated by the same department", "reason, then the department")
                                                .arg(s.reason);
        }
        if (s.score > 0)
            found.push_back(std::move(s));
    }
    std::stable_sort(found.begin(), found.end(), [](const ProcessingSuggestion &a, const ProcessingSuggestion &b) {
        return a.score > b.score;
    });
    if (found.size() > 5)
        found.resize(5);
    return found;
}

Result<std::optional<DeliberationSummary>> DeliberationImport::recorded(const QString &number)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"), number);
        !allowed)
        return allowed.error();
    const QString key = deliberationNumberKey(number);
    if (key.isEmpty())
        return std::optional<DeliberationSummary>();
    auto all = DeliberationService(m_session).list();
    if (!all)
        return all.error();
    for (const DeliberationSummary &summary : *all) {
        if (deliberationNumberKey(summary.number) == key)
            return std::optional<DeliberationSummary>(summary);
    }
    return std::optional<DeliberationSummary>();
}

Result<std::vector<ImportedFile>> DeliberationImport::importFolder(const QString &folder)
{
    if (auto allowed = m_session.require(Permission::ManageDeliberations, QStringLiteral("deliberation"), QString());
        !allowed)
        return allowed.error();
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    std::vector<ImportedFile> report;
    const QStringList names =
        dir.entryList({QStringLiteral("*.txt"), QStringLiteral("*.TXT")}, QDir::Files | QDir::Readable, QDir::Name);
    DeliberationService deliberations(m_session);
    for (const QString &name : names) {
        ImportedFile line;
        line.fileName = name;
        auto text = readFile(dir.filePath(name));
        if (!text) {
            line.outcome = ImportedFile::Outcome::Failed;
            line.message = text.error().message;
            report.push_back(line);
            continue;
        }
        const ParsedDeliberation parsed = DeliberationParser::parse(*text);
        line.number = parsed.number;
        if (parsed.number.isEmpty() || !parsed.date.isValid() || parsed.title.isEmpty()) {
            line.outcome = ImportedFile::Outcome::NotRecognised;
            line.message = parsed.number.isEmpty() && parsed.title.isEmpty()
                               ? tr("not a deliberation: no number and no title found")
                               : tr("not imported: %1 not found").arg(missingList(parsed));
            report.push_back(line);
            continue;
        }
        auto already = recorded(parsed.number);
        if (!already) {
            line.outcome = ImportedFile::Outcome::Failed;
            line.message = already.error().message;
            report.push_back(line);
            continue;
        }
        if (*already) {
            line.outcome = ImportedFile::Outcome::AlreadyRecorded;
            line.message = tr("deliberation no. %1 is already recorded: skipped").arg(parsed.number);
            report.push_back(line);
            continue;
        }
        // Nobody confirms a folder's import: a deliberation is linked only to
        // the processing the register already holds under its title's name,
        // and adds none.
        Deliberation deliberation = parsed.toDeliberation();
        const bool aboutProcessing = !deliberation.processing.isEmpty();
        bool linked = false;
        if (aboutProcessing) {
            auto suggested = suggestions(parsed);
            if (!suggested) {
                line.outcome = ImportedFile::Outcome::Failed;
                line.message = suggested.error().message;
                report.push_back(line);
                continue;
            }
            linked = !suggested->empty() && suggested->front().score >= 100;
            deliberation.processing = linked ? suggested->front().name : QString();
        }
        auto created = deliberations.create(deliberation);
        if (!created && created.error().code == ErrorCode::AlreadyExists) {
            // Recorded meanwhile, by another window or command.
            line.outcome = ImportedFile::Outcome::AlreadyRecorded;
            line.message = tr("deliberation no. %1 is already recorded: skipped").arg(parsed.number);
        } else if (!created) {
            line.outcome = ImportedFile::Outcome::Failed;
            line.message = created.error().message;
        } else {
            line.outcome = ImportedFile::Outcome::Imported;
            const QString conditions = tr("%n condition(s)", nullptr, int(created->conditions.size()));
            line.message = parsed.complete()
                               ? tr("deliberation no. %1 imported, %2").arg(parsed.number, conditions)
                               : tr("deliberation no. %1 imported, %2; not found in the text: %3")
                                     .arg(parsed.number, conditions, missingList(parsed));
            if (aboutProcessing && !linked)
                line.message += tr("; linked to no processing (the register has none of that name)");
        }
        report.push_back(line);
    }
    return report;
}

} // namespace habeas
