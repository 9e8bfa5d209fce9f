#include "core/deliberations/DeliberationRepository.h"
#include "core/vault/Rows.h"
#include "core/vault/StoredText.h"

#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

QVariant isoOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

Error failure(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, DeliberationRepository::tr("The deliberations cannot be read or written."),
                     query.lastError().text());
}

const QString ConditionColumns = QStringLiteral(
    "c.id, c.deliberation_id, d.number, d.date, c.kind, c.text, c.status, c.owner, c.due_on, c.evidence, c.updated_by,"
    " c.updated_at, c.indicator FROM conditions c JOIN deliberations d ON d.id = c.deliberation_id");

} // namespace

DeliberationRepository::DeliberationRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
}

Result<qint64> DeliberationRepository::insert(const Deliberation &d, const std::optional<qint64> &processingId,
                                              const QString &account)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO deliberations (number, date, authority, kind, subject, title, presented_by, processing_id,"
        " journal_number, journal_date, source_reference, full_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(d.number.trimmed()), QVariant(d.date.toString(Qt::ISODate)), QVariant(authorityKey(d.authority)),
          QVariant(deliberationKindKey(d.kind)), QVariant(deliberationSubjectKey(d.subject)), QVariant(storedText(d.title.trimmed())),
          QVariant(storedText(d.presentedBy.trimmed())),
          processingId ? QVariant(*processingId) : QVariant(QMetaType::fromType<qlonglong>()),
          QVariant(storedText(d.journalNumber.trimmed())), isoOrNull(d.journalDate), QVariant(storedText(d.sourceReference.trimmed())),
          QVariant(storedText(d.fullText))})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto details = insertDetails(id, d); !details)
        return details.error();
    if (auto conditions = insertConditions(id, d.conditions, 0, account); !conditions)
        return conditions.error();
    return id;
}

Result<void> DeliberationRepository::insertDetails(qint64 id, const Deliberation &d)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO deliberation_sections (deliberation_id, position, heading, text) VALUES (?, ?, ?, ?)"));
    for (std::size_t i = 0; i < d.sections.size(); ++i) {
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(storedText(d.sections[i].heading));
        query.addBindValue(storedText(d.sections[i].text));
        if (!query.exec())
            return failure(query);
    }
    query.prepare(QStringLiteral("INSERT INTO deliberation_citations (deliberation_id, position, number, date, title)"
                                 " VALUES (?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < d.citations.size(); ++i) {
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(storedText(d.citations[i].number));
        query.addBindValue(isoOrNull(d.citations[i].date));
        query.addBindValue(storedText(d.citations[i].title));
        if (!query.exec())
            return failure(query);
    }
    return {};
}

Result<void> DeliberationRepository::insertConditions(qint64 id, const std::vector<Condition> &conditions,
                                                      int firstPosition, const QString &account)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO conditions (deliberation_id, position, kind, text, status, owner, due_on,"
                                 " evidence, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = m_clock->stamp();
    for (std::size_t i = 0; i < conditions.size(); ++i) {
        const Condition &c = conditions[i];
        for (const QVariant &value :
             {QVariant(id), QVariant(firstPosition + int(i)), QVariant(conditionKindKey(c.kind)),
              QVariant(storedText(c.text)), QVariant(conditionStatusKey(c.status)), QVariant(storedText(c.owner)),
              isoOrNull(c.due), QVariant(storedText(c.evidence)), QVariant(account), QVariant(now)})
            query.addBindValue(value);
        if (!query.exec())
            return failure(query);
    }
    return {};
}

Result<int> DeliberationRepository::replaceText(const Deliberation &current, const Deliberation &d,
                                                const std::vector<Condition> &added, const QString &account)
{
    const qint64 id = current.id;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO deliberation_versions (deliberation_id, version, replaced_at, account,"
                                 " journal_number, journal_date, full_text) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(id), QVariant(current.version), QVariant(m_clock->stamp()), QVariant(account),
          QVariant(storedText(current.journalNumber)), isoOrNull(current.journalDate),
          QVariant(storedText(current.fullText))})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    query.prepare(QStringLiteral("UPDATE deliberations SET date = ?, authority = ?, kind = ?, subject = ?, title = ?,"
                                 " presented_by = ?, journal_number = ?, journal_date = ?, full_text = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(d.date.toString(Qt::ISODate)), QVariant(authorityKey(d.authority)),
          QVariant(deliberationKindKey(d.kind)), QVariant(deliberationSubjectKey(d.subject)),
          QVariant(storedText(d.title.trimmed())), QVariant(storedText(d.presentedBy.trimmed())),
          QVariant(storedText(d.journalNumber.trimmed())), isoOrNull(d.journalDate), QVariant(storedText(d.fullText)),
          QVariant(id)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    for (const char *table : {"deliberation_sections", "deliberation_citations"}) {
        query.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE deliberation_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return failure(query);
    }
    if (auto details = insertDetails(id, d); !details)
        return details.error();
    query.prepare(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM conditions WHERE deliberation_id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return failure(query);
    const int next = query.value(0).toInt();
    query.finish();
    if (auto conditions = insertConditions(id, added, next, account); !conditions)
        return conditions.error();
    return current.version + 1;
}

Result<std::vector<DeliberationVersion>> DeliberationRepository::versions(qint64 deliberationId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT version, replaced_at, account, journal_number, journal_date, full_text"
                                 " FROM deliberation_versions WHERE deliberation_id = ? ORDER BY version"));
    query.addBindValue(deliberationId);
    if (!query.exec())
        return failure(query);
    std::vector<DeliberationVersion> rows;
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            rows.push_back({query.value(0).toInt(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                            query.value(2).toString(), query.value(3).toString(), dateOf(query.value(4)),
                            query.value(5).toString()});
        });
        !read)
        return read.error();
    return rows;
}

Result<std::optional<qint64>> DeliberationRepository::idByNumber(const QString &number) const
{
    // Compared as deliberationNumberKey() writes numbers: a vault may hold
    // one recorded before numbers were written one way ("2016-09").
    const QString key = deliberationNumberKey(number);
    if (key.isEmpty())
        return std::optional<qint64>();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, number FROM deliberations")))
        return failure(query);
    while (query.next()) {
        if (deliberationNumberKey(query.value(1).toString()) == key)
            return std::optional<qint64>(query.value(0).toLongLong());
    }
    return std::optional<qint64>();
}

Result<std::vector<Condition>> DeliberationRepository::conditions(const QString &where, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + ConditionColumns + where);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    std::vector<Condition> rows;
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            Condition c;
            c.id = query.value(0).toLongLong();
            c.deliberationId = query.value(1).toLongLong();
            c.deliberationNumber = query.value(2).toString();
            c.deliberationDate = dateOf(query.value(3));
            c.kind = conditionKindFromKey(query.value(4).toString()).value_or(ConditionKind::Other);
            c.text = query.value(5).toString();
            c.status = conditionStatusFromKey(query.value(6).toString()).value_or(ConditionStatus::Open);
            c.owner = query.value(7).toString();
            c.due = dateOf(query.value(8));
            c.evidence = query.value(9).toString();
            c.updatedBy = query.value(10).toString();
            c.updatedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
            c.indicator = indicatorFromKey(query.value(12).toString());
            rows.push_back(std::move(c));
        });
        !read)
        return read.error();
    return rows;
}

Result<std::optional<Deliberation>> DeliberationRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT d.number, d.date, d.authority, d.kind, d.subject, d.title, d.presented_by,"
                                 " coalesce(p.name, ''), d.journal_number, d.journal_date, d.source_reference, d.full_text,"
                                 " (SELECT count(*) FROM deliberation_versions v WHERE v.deliberation_id = d.id) + 1"
                                 " FROM deliberations d LEFT JOIN processings p ON p.id = d.processing_id WHERE d.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<Deliberation>();
    Deliberation d;
    d.id = id;
    d.number = query.value(0).toString();
    d.date = dateOf(query.value(1));
    d.authority = authorityFromKey(query.value(2).toString()).value_or(Authority::Ccin);
    d.kind = deliberationKindFromKey(query.value(3).toString()).value_or(DeliberationKind::Other);
    d.subject = deliberationSubjectFromKey(query.value(4).toString()).value_or(DeliberationSubject::Implementation);
    d.title = query.value(5).toString();
    d.presentedBy = query.value(6).toString();
    d.processing = query.value(7).toString();
    d.journalNumber = query.value(8).toString();
    d.journalDate = dateOf(query.value(9));
    d.sourceReference = query.value(10).toString();
    d.fullText = query.value(11).toString();
    d.version = query.value(12).toInt();
    query.prepare(QStringLiteral("SELECT heading, text FROM deliberation_sections WHERE deliberation_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            d.sections.push_back({query.value(0).toString(), query.value(1).toString()});
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT number, date, title FROM deliberation_citations WHERE deliberation_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            d.citations.push_back({query.value(0).toString(), dateOf(query.value(1)), query.value(2).toString()});
        });
        !read)
        return read.error();
    auto conditions = this->conditions(QStringLiteral(" WHERE c.deliberation_id = ? ORDER BY c.position"), {id});
    if (!conditions)
        return conditions.error();
    d.conditions = std::move(conditions).value();
    return std::optional<Deliberation>(std::move(d));
}

Result<std::vector<DeliberationSummary>> DeliberationRepository::summaries(const QString &where,
                                                                          const QVariantList &values) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT d.id, d.number, d.date, d.authority, d.title,"
                                 " (SELECT count(*) FROM conditions c WHERE c.deliberation_id = d.id"
                                 "  AND c.status IN ('open', 'in-progress')),"
                                 " d.kind, coalesce(p.name, ''),"
                                 " (SELECT count(*) FROM conditions c WHERE c.deliberation_id = d.id),"
                                 " (SELECT count(*) FROM deliberation_versions v WHERE v.deliberation_id = d.id) + 1"
                                 " FROM deliberations d LEFT JOIN processings p ON p.id = d.processing_id")
                  + where + QStringLiteral(" ORDER BY d.date DESC, d.number DESC"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    std::vector<DeliberationSummary> rows;
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), dateOf(query.value(2)),
                            authorityFromKey(query.value(3).toString()).value_or(Authority::Ccin), query.value(4).toString(),
                            query.value(5).toInt(),
                            deliberationKindFromKey(query.value(6).toString()).value_or(DeliberationKind::Other),
                            query.value(7).toString(), query.value(8).toInt(), query.value(9).toInt()});
        });
        !read)
        return read.error();
    return rows;
}

Result<std::vector<DeliberationSummary>> DeliberationRepository::list() const
{
    return summaries(QString(), {});
}

Result<std::vector<DeliberationSummary>> DeliberationRepository::forProcessing(qint64 processingId) const
{
    return summaries(QStringLiteral(" WHERE d.processing_id = ?"), {processingId});
}

Result<std::vector<Condition>> DeliberationRepository::openConditions() const
{
    return conditions(QStringLiteral(" WHERE c.status IN ('open', 'in-progress') ORDER BY d.date, d.number, c.position"), {});
}

Result<std::optional<Condition>> DeliberationRepository::condition(qint64 id) const
{
    auto rows = conditions(QStringLiteral(" WHERE c.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<Condition>();
    return std::optional<Condition>(rows->front());
}

Result<void> DeliberationRepository::updateCondition(const Condition &c, const QString &account, const QString &note,
                                                     ConditionStatus previous)
{
    const QString now = m_clock->stamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE conditions SET status = ?, owner = ?, due_on = ?, evidence = ?, updated_by = ?,"
                                 " updated_at = ? WHERE id = ?"));
    for (const QVariant &value : {QVariant(conditionStatusKey(c.status)), QVariant(storedText(c.owner.trimmed())), isoOrNull(c.due),
                                  QVariant(storedText(c.evidence)), QVariant(account), QVariant(now), QVariant(c.id)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    query.prepare(QStringLiteral("INSERT INTO condition_history (condition_id, at_utc, account, from_status, to_status, note)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(c.id), QVariant(now), QVariant(account), QVariant(conditionStatusKey(previous)),
                                  QVariant(conditionStatusKey(c.status)), QVariant(storedText(note.trimmed()))})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    return {};
}

Result<void> DeliberationRepository::linkProcessing(qint64 deliberationId, const std::optional<qint64> &processingId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE deliberations SET processing_id = ? WHERE id = ?"));
    query.addBindValue(processingId ? QVariant(*processingId) : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(deliberationId);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no such deliberation."));
    return {};
}

Result<void> DeliberationRepository::setIndicator(const Condition &c, const std::optional<Indicator> &indicator,
                                                  const QString &account, const QString &note)
{
    const QString now = m_clock->stamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE conditions SET indicator = ?, updated_by = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(indicator ? QVariant(indicatorKey(*indicator)) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(account);
    query.addBindValue(now);
    query.addBindValue(c.id);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no such condition."));
    // The status stays: the history's line says what else changed.
    query.prepare(
        QStringLiteral("INSERT INTO condition_history (condition_id, at_utc, account, from_status, to_status, note)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(c.id), QVariant(now), QVariant(account), QVariant(conditionStatusKey(c.status)),
          QVariant(conditionStatusKey(c.status)), QVariant(storedText(note.trimmed()))})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    return {};
}

Result<std::optional<qint64>> DeliberationRepository::processingOf(qint64 deliberationId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT processing_id FROM deliberations WHERE id = ?"));
    query.addBindValue(deliberationId);
    if (!query.exec())
        return failure(query);
    if (!query.next() || query.isNull(0))
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<std::vector<ConditionChange>> DeliberationRepository::conditionHistory(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at_utc, account, from_status, to_status, note FROM condition_history"
                                 " WHERE condition_id = ? ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    std::vector<ConditionChange> changes;
    if (auto read = forEachRow(query, tr("The deliberations cannot be read or written."), [&] {
            changes.push_back({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toString(),
                               conditionStatusFromKey(query.value(2).toString()).value_or(ConditionStatus::Open),
                               conditionStatusFromKey(query.value(3).toString()).value_or(ConditionStatus::Open),
                               query.value(4).toString()});
        });
        !read)
        return read.error();
    return changes;
}

} // namespace habeas
