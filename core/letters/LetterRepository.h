#pragma once

// The letter_templates and letters tables: the versions of the templates,
// and the letters issued with the PDF archived as it was issued.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/crypto/SecureBytes.h"
#include "core/letters/Letter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

namespace habeas {

class LetterRepository final {
    Q_DECLARE_TR_FUNCTIONS(LetterRepository)

public:
    explicit LetterRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    // The latest stored version of a kind in a language, if any.
    Result<std::optional<LetterTemplateVersion>> latestTemplate(LetterKind kind, const QString &language) const;
    Result<std::optional<LetterTemplateVersion>> templateById(qint64 id) const;
    // Every stored version, newest first.
    Result<std::vector<LetterTemplateVersion>> templateVersions(LetterKind kind, const QString &language) const;
    // Stores `text` as the next version (its version and id are set here).
    Result<LetterTemplateVersion> addTemplate(LetterTemplateVersion text, const QString &by);

    // Archives an issued letter; returns it with its id.
    Result<IssuedLetter> addLetter(IssuedLetter letter, qint64 templateId, const SecureBytes &pdf);
    Result<std::vector<IssuedLetter>> letters(qint64 requestId) const;
    Result<std::optional<IssuedLetter>> letter(qint64 id) const;
    // The archived PDF; empty when it was cleared.
    Result<SecureBytes> pdf(qint64 id) const;
    // Retention: the PDFs of a request's letters are cleared, the rows stay.
    Result<void> clearPdfs(qint64 requestId, const QDate &on);

private:
    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
