#pragma once

// Importing deliberations from the texts the Journal de Monaco publishes:
// reading a file, suggesting the processing of the register a deliberation
// is about, telling whether it is already recorded, and importing a whole
// folder at once (habeas-cli import-deliberations). Saving one deliberation
// the DPO has confirmed is DeliberationService::create().
//
// Permission: ManageDeliberations for everything that reads the vault, as
// importing is the DPO's work; reading a file needs none.

#include "core/Result.h"
#include "core/deliberations/Deliberation.h"
#include "core/import/DeliberationParser.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace habeas {

class Session;

// A processing of the register the deliberation may be about.
struct ProcessingSuggestion final {
    qint64 id = 0;
    QString name;
    QString controller;
    bool described = true; // false: only referenced so far
    int score = 0;         // higher is likelier: 100 for the same name
    QString reason;        // why it is suggested, translated
};

// What became of one file of a folder.
struct ImportedFile final {
    enum class Outcome { Imported, AlreadyRecorded, NotRecognised, Failed };
    QString fileName;
    Outcome outcome = Outcome::Failed;
    QString number;  // the deliberation's, when one was found
    QString message; // the line of the report, translated
};

class DeliberationImport final {
    Q_DECLARE_TR_FUNCTIONS(DeliberationImport)

public:
    // The largest file read: a deliberation is tens of kilobytes.
    static constexpr qint64 MaximumBytes = 8 * 1024 * 1024;

    explicit DeliberationImport(Session &session);

    // The text of a file, decoded as DeliberationParser::decode() does.
    // Errors: NotFound, Io (unreadable), TooLarge (over MaximumBytes),
    // DamagedInput (no text in it: empty or binary).
    static Result<QString> readFile(const QString &path);

    // The processings the deliberation may be about, likeliest first (at
    // most five): the same name as its title or the name it is known by,
    // a name sharing most of its words, the department that operates it.
    // Errors: PermissionDenied, NotOpen, Sql.
    Result<std::vector<ProcessingSuggestion>> suggestions(const ParsedDeliberation &parsed);

    // The deliberation already recorded under that number (whatever way
    // it is printed), if any. Errors: PermissionDenied, NotOpen, Sql.
    Result<std::optional<DeliberationSummary>> recorded(const QString &number);

    // Imports every .txt file of `folder`, in the order of their names,
    // each in its own transaction: one is recorded whole or not at all. A
    // file whose number is already recorded is skipped, and so is a text
    // in which no number, date or title is found. A file imported links
    // its deliberation to the processing of the same name as its title,
    // added as referenced when the register has none.
    // Errors (of the whole): PermissionDenied, NotOpen, NotFound (no such
    // folder); a file's own failure is in its line.
    Result<std::vector<ImportedFile>> importFolder(const QString &folder);

private:
    Session &m_session;
};

} // namespace habeas
