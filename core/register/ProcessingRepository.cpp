#include "core/register/ProcessingRepository.h"

#include "core/requests/Request.h"
#include "core/vault/Rows.h"
#include "core/vault/SqlDialect.h"
#include "core/vault/StoredText.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

Error failure(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, ProcessingRepository::tr("The register cannot be read or written."),
                     query.lastError().text());
}

// The columns of a summary and the table they come from (SummaryFrom): the
// open conditions are those of the deliberations about each processing,
// counted once for the whole register and joined, so that the list stays
// one query and does not scan the deliberations once per processing.
const QString SummaryColumns = QStringLiteral(
    "p.id, p.reference, p.name, p.controller, p.status, p.described, coalesce(o.open, 0), p.updated_at,"
    " p.legal_basis");
const QString SummaryFrom = QStringLiteral(
    " FROM processings p LEFT JOIN"
    " (SELECT d.processing_id AS processing_id, count(*) AS open FROM conditions c"
    "  JOIN deliberations d ON d.id = c.deliberation_id"
    "  WHERE c.status IN ('open', 'in-progress') AND d.processing_id IS NOT NULL GROUP BY d.processing_id) o"
    " ON o.processing_id = p.id");

ProcessingSummary summaryOf(const QSqlQuery &query)
{
    ProcessingSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.reference = query.value(1).toString();
    summary.name = query.value(2).toString();
    summary.controller = query.value(3).toString();
    summary.status = processingStatusFromKey(query.value(4).toString()).value_or(ProcessingStatus::Draft);
    summary.described = query.value(5).toBool();
    summary.openConditions = query.value(6).toInt();
    summary.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    summary.legalBasis = query.isNull(8) ? std::nullopt : legalBasisFromKey(query.value(8).toString());
    return summary;
}

// The summaries an executed query selects (SummaryColumns).
Result<std::vector<ProcessingSummary>> summariesOf(QSqlQuery &query)
{
    std::vector<ProcessingSummary> rows;
    if (auto read = forEachRow(query, ProcessingRepository::tr("The register cannot be read or written."),
                               [&] { rows.push_back(summaryOf(query)); });
        !read)
        return read.error();
    return rows;
}

} // namespace

ProcessingRepository::ProcessingRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
}

Result<std::optional<qint64>> ProcessingRepository::idByName(const QString &name) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM processings WHERE name_key = ?"));
    query.addBindValue(storedText(searchKey(name)));
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<qint64> ProcessingRepository::ensureReferenced(const QString &name)
{
    auto existing = idByName(name);
    if (!existing)
        return existing.error();
    if (*existing)
        return **existing;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO processings (name, name_key, status, described, updated_at)"
                                 " VALUES (?, ?, 'in-operation', 0, ?)"));
    query.addBindValue(name.trimmed());
    query.addBindValue(storedText(searchKey(name)));
    query.addBindValue(m_clock->stamp());
    if (!query.exec())
        return failure(query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> ProcessingRepository::legalTextId(const LegalText &text)
{
    // An undated text is stored with an empty date (the column is NOT NULL).
    const QString date = storedText(text.date.isValid() ? text.date.toString(Qt::ISODate) : QString());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM legal_texts WHERE title = ? AND date = ? AND reference = ?"));
    query.addBindValue(storedText(text.title.trimmed()));
    query.addBindValue(date);
    query.addBindValue(storedText(text.reference.trimmed()));
    if (!query.exec())
        return failure(query);
    if (query.next())
        return query.value(0).toLongLong();
    query.prepare(QStringLiteral("INSERT INTO legal_texts (title, date, reference) VALUES (?, ?, ?)"));
    query.addBindValue(storedText(text.title.trimmed()));
    query.addBindValue(date);
    query.addBindValue(storedText(text.reference.trimmed()));
    if (!query.exec())
        return failure(query);
    return query.lastInsertId().toLongLong();
}

Result<qint64> ProcessingRepository::save(const Processing &p)
{
    QSqlQuery query(m_db);
    qint64 id = p.id;
    const QVariant basis = p.legalBasis ? QVariant(legalBasisKey(*p.legalBasis)) : QVariant(QMetaType::fromType<QString>());
    if (id == 0) {
        // A referenced-only processing of the same name becomes this one.
        auto existing = idByName(p.name);
        if (!existing)
            return existing.error();
        if (*existing)
            id = **existing;
    }
    if (id == 0) {
        query.prepare(QStringLiteral("INSERT INTO processings (name, name_key, status, updated_at) VALUES (?, ?, ?, ?)"));
        query.addBindValue(p.name.trimmed());
        query.addBindValue(storedText(searchKey(p.name)));
        query.addBindValue(processingStatusKey(p.status));
        query.addBindValue(m_clock->stamp());
        if (!query.exec())
            return failure(query);
        id = query.lastInsertId().toLongLong();
    }
    query.prepare(QStringLiteral(
        "UPDATE processings SET reference = ?, name = ?, name_key = ?, controller = ?, status = ?, described = ?,"
        " legal_basis = ?, legal_justification = ?, transfers = ?, security_measures = ?, information_of_subjects = ?,"
        " rights_exercise = ?, data_source = ?, data_mandatory = ?, mandatory_reason = ?, updated_at = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(storedText(p.reference.trimmed())), QVariant(p.name.trimmed()), QVariant(storedText(searchKey(p.name))),
          QVariant(storedText(p.controller.trimmed())), QVariant(processingStatusKey(p.status)), QVariant(p.described), basis,
          QVariant(storedText(p.legalJustification)), QVariant(storedText(p.transfers)), QVariant(storedText(p.securityMeasures)),
          QVariant(storedText(p.informationOfSubjects)), QVariant(storedText(p.rightsExercise)), QVariant(storedText(p.dataSource)),
          p.dataMandatory ? QVariant(int(*p.dataMandatory)) : QVariant(QMetaType::fromType<int>()),
          QVariant(storedText(p.mandatoryReason)), QVariant(m_clock->stamp()),
          QVariant(id)})
        query.addBindValue(value);
    if (!query.exec())
        return failure(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("There is no such processing in the register."));

    for (const char *table : {"processing_items", "processing_legal_texts", "processing_data_categories",
                              "processing_recipients", "processing_links"}) {
        query.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) + QStringLiteral(" WHERE processing_id = ?"));
        query.addBindValue(id);
        if (!query.exec())
            return failure(query);
    }
    const auto items = [&](const char *list, const QStringList &texts) -> Result<void> {
        query.prepare(QStringLiteral("INSERT INTO processing_items (processing_id, list, position, text) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < texts.size(); ++i) {
            query.addBindValue(id);
            query.addBindValue(QLatin1String(list));
            query.addBindValue(i);
            query.addBindValue(storedText(texts.at(i)));
            if (!query.exec())
                return failure(query);
        }
        return {};
    };
    if (auto done = items("functionality", p.functionalities); !done)
        return done.error();
    if (auto done = items("subject-category", p.subjectCategories); !done)
        return done.error();
    for (std::size_t i = 0; i < p.legalTexts.size(); ++i) {
        auto text = legalTextId(p.legalTexts[i]);
        if (!text)
            return text.error();
        query.prepare(QStringLiteral("INSERT INTO processing_legal_texts (processing_id, position, legal_text_id) VALUES (?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(*text);
        if (!query.exec())
            return failure(query);
    }
    query.prepare(QStringLiteral("INSERT INTO processing_data_categories (processing_id, position, name, retention,"
                                 " retention_days) VALUES (?, ?, ?, ?, ?)"));
    for (std::size_t i = 0; i < p.dataCategories.size(); ++i) {
        const DataCategory &category = p.dataCategories[i];
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(storedText(category.name));
        query.addBindValue(storedText(category.retention));
        query.addBindValue(category.retentionDays ? QVariant(*category.retentionDays) : QVariant(QMetaType::fromType<int>()));
        if (!query.exec())
            return failure(query);
    }
    query.prepare(QStringLiteral("INSERT INTO processing_recipients (processing_id, position, name, access) VALUES (?, ?, ?, ?)"));
    for (std::size_t i = 0; i < p.recipients.size(); ++i) {
        for (const QString &kind : p.recipients[i].access) {
            if (!accessKinds().contains(kind))
                return makeError(ErrorCode::InvalidArgument, tr("Unknown kind of access \"%1\".").arg(kind));
        }
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(storedText(p.recipients[i].name));
        query.addBindValue(storedText(p.recipients[i].access.join(u',')));
        if (!query.exec())
            return failure(query);
    }
    for (std::size_t i = 0; i < p.links.size(); ++i) {
        auto target = ensureReferenced(p.links[i].target);
        if (!target)
            return target.error();
        if (*target == id)
            return makeError(ErrorCode::InvalidArgument, tr("A processing cannot be linked to itself."));
        query.prepare(QStringLiteral("INSERT INTO processing_links (processing_id, position, kind, target_id) VALUES (?, ?, ?, ?)"));
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(linkKindKey(p.links[i].kind));
        query.addBindValue(*target);
        if (!query.exec())
            return failure(query);
    }
    return id;
}

Result<std::optional<Processing>> ProcessingRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reference, name, controller, status, described, legal_basis, legal_justification,"
                                 " transfers, security_measures, information_of_subjects, rights_exercise, data_source,"
                                 " data_mandatory, mandatory_reason FROM processings WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (!query.next())
        return std::optional<Processing>();
    Processing p;
    p.id = id;
    p.reference = query.value(0).toString();
    p.name = query.value(1).toString();
    p.controller = query.value(2).toString();
    p.status = processingStatusFromKey(query.value(3).toString()).value_or(ProcessingStatus::Draft);
    p.described = query.value(4).toBool();
    p.legalBasis = query.isNull(5) ? std::nullopt : legalBasisFromKey(query.value(5).toString());
    p.legalJustification = query.value(6).toString();
    p.transfers = query.value(7).toString();
    p.securityMeasures = query.value(8).toString();
    p.informationOfSubjects = query.value(9).toString();
    p.rightsExercise = query.value(10).toString();
    p.dataSource = query.value(11).toString();
    p.dataMandatory = query.isNull(12) ? std::nullopt : std::optional<bool>(query.value(12).toInt() != 0);
    p.mandatoryReason = query.value(13).toString();

    query.prepare(QStringLiteral("SELECT list, text FROM processing_items WHERE processing_id = ? ORDER BY list, position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            (query.value(0).toString() == QLatin1String("functionality") ? p.functionalities : p.subjectCategories)
                << query.value(1).toString();
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT t.title, t.date, t.reference FROM processing_legal_texts l"
                                 " JOIN legal_texts t ON t.id = l.legal_text_id WHERE l.processing_id = ? ORDER BY l.position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            p.legalTexts.push_back({query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                                    query.value(2).toString()});
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT name, retention, retention_days FROM processing_data_categories"
                                 " WHERE processing_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            p.dataCategories.push_back({query.value(0).toString(), query.value(1).toString(),
                                        query.isNull(2) ? std::nullopt : std::optional<int>(query.value(2).toInt())});
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT name, access FROM processing_recipients WHERE processing_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            p.recipients.push_back({query.value(0).toString(), query.value(1).toString().split(u',', Qt::SkipEmptyParts)});
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT l.kind, t.name FROM processing_links l JOIN processings t ON t.id = l.target_id"
                                 " WHERE l.processing_id = ? ORDER BY l.position"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            p.links.push_back({linkKindFromKey(query.value(0).toString()).value_or(LinkKind::Interconnection),
                               query.value(1).toString()});
        });
        !read)
        return read.error();
    return std::optional<Processing>(std::move(p));
}

Result<std::vector<ProcessingSummary>> ProcessingRepository::list() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + SummaryColumns + SummaryFrom
                    + QStringLiteral(" ORDER BY p.described DESC, p.name_key")))
        return failure(query);
    return summariesOf(query);
}

Result<std::vector<ProcessingSummary>> ProcessingRepository::search(const QString &text) const
{
    const QString key = searchKey(text.simplified());
    const QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::vector<ProcessingSummary>();
    // A position rather than LIKE: no wildcard in the person's text to
    // escape, and name_key is already folded. The register holds a few hundred
    // processings at most, so a scan is cheap. References are codes in
    // ASCII: lower() folds them.
    QStringList clauses;
    for (qsizetype i = 0; i < words.size(); ++i)
        clauses << QStringLiteral("(%1 > 0 OR %2 > 0)")
                       .arg(sqlDialect::positionOfBound(QStringLiteral("p.name_key")),
                            sqlDialect::positionOfBound(QStringLiteral("lower(p.reference)")));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + SummaryColumns + SummaryFrom + QStringLiteral(" WHERE ")
                  + clauses.join(QStringLiteral(" AND "))
                  + QStringLiteral(" ORDER BY %1 = 1 DESC, p.described DESC, p.name_key")
                        .arg(sqlDialect::positionOfBound(QStringLiteral("p.name_key"))));
    for (const QString &word : words) {
        query.addBindValue(word);
        query.addBindValue(word);
    }
    query.addBindValue(key);
    if (!query.exec())
        return failure(query);
    return summariesOf(query);
}

Result<std::vector<ProcessingSummary>> ProcessingRepository::linkedFrom(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + SummaryColumns + SummaryFrom
                  + QStringLiteral(" WHERE p.id IN"
                                   " (SELECT l.processing_id FROM processing_links l WHERE l.target_id = ?)"
                                   " ORDER BY p.name_key"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    return summariesOf(query);
}

Result<std::vector<Processing>> ProcessingRepository::forChecks(const std::optional<QSet<qint64>> &only) const
{
    const QString message = tr("The register cannot be read or written.");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    std::vector<Processing> rows;
    QHash<qint64, std::size_t> at;
    // Restricted: one placeholder for each id, within SQLite's limit of
    // 999 (past it, every processing is read: more rows than asked for,
    // which callers ignore).
    QList<qint64> ids;
    const bool restricting = only && only->size() <= 500;
    if (restricting)
        ids = QList<qint64>(only->cbegin(), only->cend());
    const auto restricted = [&](const QString &column) -> QString {
        if (!restricting)
            return QString();
        QStringList marks;
        marks.fill(QStringLiteral("?"), ids.size());
        return QStringLiteral(" WHERE ") + column + QStringLiteral(" IN (") + marks.join(u',') + u')';
    };
    const auto run = [&](const QString &statement) {
        query.prepare(statement);
        for (qint64 id : std::as_const(ids))
            query.addBindValue(id);
        return query.exec();
    };
    if (only && only->isEmpty())
        return rows;
    if (!run(QStringLiteral("SELECT id, name, status, described, security_measures FROM processings")
             + restricted(QStringLiteral("id")) + QStringLiteral(" ORDER BY described DESC, name_key")))
        return failure(query);
    if (auto read = forEachRow(query, message, [&] {
            Processing p;
            p.id = query.value(0).toLongLong();
            p.name = query.value(1).toString();
            p.status = processingStatusFromKey(query.value(2).toString()).value_or(ProcessingStatus::Draft);
            p.described = query.value(3).toBool();
            p.securityMeasures = query.value(4).toString();
            at.insert(p.id, rows.size());
            rows.push_back(std::move(p));
        });
        !read)
        return read.error();
    // Each list in one statement, ordered so that every processing's rows
    // come in their positions.
    const auto owner = [&]() -> Processing * {
        const auto found = at.constFind(query.value(0).toLongLong());
        return found == at.cend() ? nullptr : &rows[*found];
    };
    if (!run(QStringLiteral("SELECT processing_id, name, retention, retention_days FROM processing_data_categories")
             + restricted(QStringLiteral("processing_id")) + QStringLiteral(" ORDER BY processing_id, position")))
        return failure(query);
    if (auto read = forEachRow(query, message, [&] {
            if (Processing *p = owner())
                p->dataCategories.push_back({query.value(1).toString(), query.value(2).toString(),
                                             query.isNull(3) ? std::nullopt : std::optional<int>(query.value(3).toInt())});
        });
        !read)
        return read.error();
    if (!run(QStringLiteral("SELECT processing_id, name, access FROM processing_recipients")
             + restricted(QStringLiteral("processing_id")) + QStringLiteral(" ORDER BY processing_id, position")))
        return failure(query);
    if (auto read = forEachRow(query, message, [&] {
            if (Processing *p = owner())
                p->recipients.push_back(
                    {query.value(1).toString(), query.value(2).toString().split(u',', Qt::SkipEmptyParts)});
        });
        !read)
        return read.error();
    if (!run(QStringLiteral("SELECT l.processing_id, l.kind, t.name FROM processing_links l"
                            " JOIN processings t ON t.id = l.target_id")
             + restricted(QStringLiteral("l.processing_id")) + QStringLiteral(" ORDER BY l.processing_id, l.position")))
        return failure(query);
    if (auto read = forEachRow(query, message, [&] {
            if (Processing *p = owner())
                p->links.push_back({linkKindFromKey(query.value(1).toString()).value_or(LinkKind::Interconnection),
                                    query.value(2).toString()});
        });
        !read)
        return read.error();
    return rows;
}

Result<std::vector<GraphNode>> ProcessingRepository::graphNodes() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, reference, described FROM processings ORDER BY name_key")))
        return failure(query);
    std::vector<GraphNode> nodes;
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            GraphNode node;
            node.id = query.value(0).toLongLong();
            node.name = query.value(1).toString();
            node.reference = query.value(2).toString();
            node.described = query.value(3).toBool();
            nodes.push_back(std::move(node));
        });
        !read)
        return read.error();
    return nodes;
}

Result<std::vector<GraphEdge>> ProcessingRepository::graphEdges() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT processing_id, target_id, kind FROM processing_links ORDER BY processing_id, position")))
        return failure(query);
    std::vector<GraphEdge> edges;
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            edges.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(),
                             linkKindFromKey(query.value(2).toString()).value_or(LinkKind::Interconnection)});
        });
        !read)
        return read.error();
    return edges;
}

Result<QSet<qint64>> ProcessingRepository::deliberated() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT processing_id FROM deliberations WHERE processing_id IS NOT NULL")))
        return failure(query);
    QSet<qint64> ids;
    if (auto read = forEachRow(query, tr("The register cannot be read or written."),
                               [&] { ids.insert(query.value(0).toLongLong()); });
        !read)
        return read.error();
    return ids;
}

Result<void> ProcessingRepository::addHistory(qint64 id, const QString &account, const QStringList &fields,
                                              const std::vector<FieldChange> &values)
{
    // The values as a JSON array of [field, before, after]: one column,
    // read back whole with the entry.
    QJsonArray changes;
    for (const FieldChange &value : values)
        changes.append(QJsonArray{value.field, value.before, value.after});
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO processing_history (processing_id, at_utc, account, fields, changes) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(m_clock->stamp());
    query.addBindValue(account);
    query.addBindValue(storedText(fields.join(u',')));
    query.addBindValue(values.empty() ? QStringLiteral("")
                                      : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return failure(query);
    return {};
}

Result<std::vector<ProcessingChange>> ProcessingRepository::history(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT at_utc, account, fields, changes FROM processing_history WHERE processing_id = ? ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return failure(query);
    std::vector<ProcessingChange> changes;
    if (auto read = forEachRow(query, tr("The register cannot be read or written."), [&] {
            ProcessingChange change;
            change.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
            change.account = query.value(1).toString();
            change.fields = query.value(2).toString().split(u',', Qt::SkipEmptyParts);
            const QJsonArray values = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
            for (const QJsonValue &value : values) {
                const QJsonArray triple = value.toArray();
                change.values.push_back({triple.at(0).toString(), triple.at(1).toString(), triple.at(2).toString()});
            }
            changes.push_back(std::move(change));
        });
        !read)
        return read.error();
    return changes;
}

} // namespace habeas
