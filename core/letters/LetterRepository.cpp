#include "core/letters/LetterRepository.h"

#include "core/crypto/Wipe.h"
#include "core/vault/Rows.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

Error failure(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, LetterRepository::tr("The letters cannot be read or written."), query.lastError().text());
}

constexpr const char *TemplateColumns = "id, kind, language, version, subject, body, saved_at, saved_by";
constexpr const char *LetterColumns =
    "id, request_id, kind, language, (SELECT version FROM letter_templates t WHERE t.id = template_id),"
    " issued_at, issued_by, pages, sha256, pdf IS NULL";

LetterTemplateVersion templateOf(const QSqlQuery &query)
{
    LetterTemplateVersion t;
    t.id = query.value(0).toLongLong();
    t.kind = letterKindFromKey(query.value(1).toString()).value_or(LetterKind::Acknowledgement);
    t.language = query.value(2).toString();
    t.version = query.value(3).toInt();
    t.subject = query.value(4).toString();
    t.body = query.value(5).toString();
    t.savedAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    t.savedBy = query.value(7).toString();
    return t;
}

IssuedLetter letterOf(const QSqlQuery &query)
{
    IssuedLetter l;
    l.id = query.value(0).toLongLong();
    l.requestId = query.value(1).toLongLong();
    l.kind = letterKindFromKey(query.value(2).toString()).value_or(LetterKind::Acknowledgement);
    l.language = query.value(3).toString();
    l.templateVersion = query.value(4).toInt();
    l.issuedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    l.issuedBy = query.value(6).toString();
    l.pages = query.value(7).toInt();
    l.sha256 = query.value(8).toString();
    l.cleared = query.value(9).toBool();
    return l;
}

} // namespace

LetterRepository::LetterRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
}

Result<std::optional<LetterTemplateVersion>> LetterRepository::latestTemplate(LetterKind kind, const QString &language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM letter_templates WHERE kind = ? AND language = ? ORDER BY version DESC LIMIT 1")
                      .arg(QLatin1String(TemplateColumns)));
    query.addBindValue(letterKindKey(kind));
    query.addBindValue(language);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<LetterTemplateVersion>();
    return std::optional<LetterTemplateVersion>(templateOf(query));
}

Result<std::optional<LetterTemplateVersion>> LetterRepository::templateById(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM letter_templates WHERE id = ?").arg(QLatin1String(TemplateColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<LetterTemplateVersion>();
    return std::optional<LetterTemplateVersion>(templateOf(query));
}

Result<std::vector<LetterTemplateVersion>> LetterRepository::templateVersions(LetterKind kind, const QString &language) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM letter_templates WHERE kind = ? AND language = ? ORDER BY version DESC")
                      .arg(QLatin1String(TemplateColumns)));
    query.addBindValue(letterKindKey(kind));
    query.addBindValue(language);
    if (!query.exec())
        return failure(query);
    std::vector<LetterTemplateVersion> versions;
    if (auto read = forEachRow(query, tr("The letters cannot be read or written."), [&] { versions.push_back(templateOf(query)); });
        !read)
        return read.error();
    return versions;
}

Result<LetterTemplateVersion> LetterRepository::addTemplate(LetterTemplateVersion text, const QString &by)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT coalesce(MAX(version), 0) + 1 FROM letter_templates WHERE kind = ? AND language = ?"));
    query.addBindValue(letterKindKey(text.kind));
    query.addBindValue(text.language);
    if (!query.exec() || !query.next())
        return failure(query);
    text.version = query.value(0).toInt();
    text.savedBy = by;
    const QString now = m_clock->stamp();
    text.savedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    query.prepare(QStringLiteral("INSERT INTO letter_templates (kind, language, version, subject, body, saved_at, saved_by)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(letterKindKey(text.kind)), QVariant(text.language), QVariant(text.version),
                                  QVariant(text.subject), QVariant(text.body), QVariant(now),
                                  QVariant(by.isNull() ? QStringLiteral("") : by)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    text.id = query.lastInsertId().toLongLong();
    return text;
}

Result<IssuedLetter> LetterRepository::addLetter(IssuedLetter letter, qint64 templateId, const SecureBytes &pdf)
{
    const QByteArray view = QByteArray::fromRawData(reinterpret_cast<const char *>(pdf.data()), qsizetype(pdf.size()));
    letter.sha256 = QString::fromLatin1(QCryptographicHash::hash(view, QCryptographicHash::Sha256).toHex());
    const QString now = m_clock->stamp();
    letter.issuedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO letters (request_id, kind, language, template_id, issued_at, issued_by, pages, pdf, sha256)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(letter.requestId), QVariant(letterKindKey(letter.kind)), QVariant(letter.language),
                                  QVariant(templateId), QVariant(now), QVariant(letter.issuedBy), QVariant(letter.pages),
                                  QVariant(view), QVariant(letter.sha256)})
        query.addBindValue(value);
    const bool done = query.exec();
    if (!done)
        return failure(query);
    letter.id = query.lastInsertId().toLongLong();
    letter.cleared = false;
    return letter;
}

Result<std::vector<IssuedLetter>> LetterRepository::letters(qint64 requestId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM letters WHERE request_id = ? ORDER BY id").arg(QLatin1String(LetterColumns)));
    query.addBindValue(requestId);
    if (!query.exec())
        return failure(query);
    std::vector<IssuedLetter> out;
    if (auto read = forEachRow(query, tr("The letters cannot be read or written."), [&] { out.push_back(letterOf(query)); }); !read)
        return read.error();
    return out;
}

Result<std::optional<IssuedLetter>> LetterRepository::letter(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM letters WHERE id = ?").arg(QLatin1String(LetterColumns)));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<IssuedLetter>();
    return std::optional<IssuedLetter>(letterOf(query));
}

Result<SecureBytes> LetterRepository::pdf(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT pdf FROM letters WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("There is no such letter."));
    QByteArray bytes = query.value(0).toByteArray();
    query.finish();
    SecureBytes out = SecureBytes::copyOf(bytes);
    wipeIfLastHolder(bytes);
    return out;
}

Result<void> LetterRepository::clearPdfs(qint64 requestId, const QDate &on)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE letters SET pdf = NULL, cleared_on = ? WHERE request_id = ? AND pdf IS NOT NULL"));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(requestId);
    if (!query.exec())
        return failure(query);
    return {};
}

} // namespace habeas
