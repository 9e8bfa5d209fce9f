#include "core/deliberations/IndicatorRepository.h"

#include "core/vault/Rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

Error failure(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, IndicatorRepository::tr("The figures of the conditions cannot be measured."),
                     query.lastError().text());
}

} // namespace

IndicatorRepository::IndicatorRepository(QSqlDatabase db) : m_db(std::move(db))
{}

Result<std::vector<MeasuredRequest>> IndicatorRepository::accessRequests(qint64 processingId, int year) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The year's requests by the index on it; each one's finding and right
    // by their primary keys.
    query.prepare(QStringLiteral(
        "SELECT r.reference, r.received_on, r.due_on, r.state,"
        " (SELECT min(s.at_utc) FROM request_states s WHERE s.request_id = r.id"
        "  AND s.to_state IN ('answered', 'refused'))"
        " FROM requests r WHERE r.year = ?"
        " AND EXISTS (SELECT 1 FROM request_processings p WHERE p.request_id = r.id AND p.processing_id = ?)"
        " AND EXISTS (SELECT 1 FROM request_rights x JOIN rights g ON g.id = x.right_id"
        "  WHERE x.request_id = r.id AND g.key = 'access')"
        " ORDER BY r.reference"));
    query.addBindValue(year);
    query.addBindValue(processingId);
    if (!query.exec())
        return failure(query);
    std::vector<MeasuredRequest> requests;
    if (auto read = forEachRow(
            query, tr("The figures of the conditions cannot be measured."),
            [&] {
                MeasuredRequest request;
                request.reference = query.value(0).toString();
                // Selected for them: the right and the processing are theirs.
                request.rights = QStringList{QStringLiteral("access")};
                request.processingIds = {processingId};
                request.received = QDate::fromString(query.value(1).toString(), Qt::ISODate);
                request.due = QDate::fromString(query.value(2).toString(), Qt::ISODate);
                request.withdrawn = query.value(3).toString() == QLatin1String("withdrawn");
                // Moves are stamped in UTC; the reply's day is the office's.
                if (!query.isNull(4))
                    request.replied =
                        QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toLocalTime().date();
                requests.push_back(std::move(request));
            });
        !read)
        return read.error();
    return requests;
}

Result<IndicatorRepository::LetterConcern> IndicatorRepository::letterConcern(qint64 letterId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT r.reference, p.processing_id FROM letters l JOIN requests r ON r.id = l.request_id"
                       " LEFT JOIN request_processings p ON p.request_id = r.id WHERE l.id = ?"));
    query.addBindValue(letterId);
    if (!query.exec())
        return failure(query);
    LetterConcern concern;
    if (auto read = forEachRow(query, tr("The figures of the conditions cannot be measured."),
                               [&] {
                                   concern.requestReference = query.value(0).toString();
                                   if (!query.isNull(1))
                                       concern.processingIds.push_back(query.value(1).toLongLong());
                               });
        !read)
        return read.error();
    return concern;
}

} // namespace habeas
