#include "core/documents/DocumentRepository.h"

#include "core/crypto/Wipe.h"
#include "core/vault/Rows.h"
#include "core/vault/StoredText.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace habeas {

namespace {

Error sqlError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Sql, DocumentRepository::tr("The identity document cannot be stored or read."),
                     query.lastError().text());
}

} // namespace

bool IdentityChecks::complete() const
{
    return photograph && nameMatches && birthDate != BirthDate::NotChecked && stillValid;
}

QString IdentityChecks::key() const
{
    QStringList keys;
    if (photograph)
        keys << QStringLiteral("photograph");
    if (nameMatches)
        keys << QStringLiteral("name");
    if (birthDate == BirthDate::Matches)
        keys << QStringLiteral("birth-date");
    else if (birthDate == BirthDate::NotKnown)
        keys << QStringLiteral("birth-date-unknown");
    if (stillValid)
        keys << QStringLiteral("valid");
    return keys.join(u',');
}

IdentityChecks IdentityChecks::fromKey(const QString &key)
{
    const QStringList keys = key.split(u',', Qt::SkipEmptyParts);
    IdentityChecks checks;
    checks.photograph = keys.contains(QLatin1String("photograph"));
    checks.nameMatches = keys.contains(QLatin1String("name"));
    if (keys.contains(QLatin1String("birth-date")))
        checks.birthDate = BirthDate::Matches;
    else if (keys.contains(QLatin1String("birth-date-unknown")))
        checks.birthDate = BirthDate::NotKnown;
    checks.stillValid = keys.contains(QLatin1String("valid"));
    return checks;
}

StoredDocument::~StoredDocument()
{
    wipeIfLastHolder(image);
}

QStringList DocumentRepository::tablesLeftOutOfBackups()
{
    return {QStringLiteral("identity_documents")};
}

DocumentRepository::DocumentRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
}

Result<void> DocumentRepository::store(const StoredDocument &document)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM identity_documents WHERE request_id = ?"));
    query.addBindValue(document.requestId);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral("INSERT INTO identity_documents (request_id, kind, image, width, height, captured_at,"
                                 " captured_by, sealed_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(document.requestId);
    query.addBindValue(storedText(document.kind));
    query.addBindValue(document.image);
    query.addBindValue(document.width);
    query.addBindValue(document.height);
    query.addBindValue(m_clock->stamp());
    query.addBindValue(storedText(document.capturedBy));
    query.addBindValue(document.sealedKey);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<std::optional<StoredDocument>> DocumentRepository::read(qint64 requestId, bool withImage) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, width, height, captured_by, captured_at, verified_by, verified_on, checks,"
                                 " %1 FROM identity_documents WHERE request_id = ?")
                      .arg(withImage ? QStringLiteral("image, sealed_key") : QStringLiteral("NULL, NULL")));
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<StoredDocument>();
    std::optional<StoredDocument> document(std::in_place);
    document->requestId = requestId;
    document->kind = query.value(0).toString();
    document->width = query.value(1).toInt();
    document->height = query.value(2).toInt();
    document->capturedBy = query.value(3).toString();
    document->capturedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
    document->verifiedBy = query.value(5).toString();
    document->verifiedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    document->checks = IdentityChecks::fromKey(query.value(7).toString());
    if (withImage) {
        document->image = query.value(8).toByteArray();
        document->sealedKey = query.value(9).toByteArray();
    }
    return document;
}

Result<std::optional<StoredDocument>> DocumentRepository::find(qint64 requestId) const
{
    return read(requestId, true);
}

Result<std::optional<StoredDocument>> DocumentRepository::describe(qint64 requestId) const
{
    return read(requestId, false);
}

Result<std::vector<std::pair<qint64, QByteArray>>> DocumentRepository::sealedKeys() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT request_id, sealed_key FROM identity_documents ORDER BY request_id")))
        return sqlError(query);
    std::vector<std::pair<qint64, QByteArray>> keys;
    if (auto read = forEachRow(query, tr("The identity document cannot be stored or read."),
                               [&] { keys.emplace_back(query.value(0).toLongLong(), query.value(1).toByteArray()); });
        !read)
        return read.error();
    return keys;
}

Result<void> DocumentRepository::replaceSealedKey(qint64 requestId, const QByteArray &sealedKey)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE identity_documents SET sealed_key = ? WHERE request_id = ?"));
    query.addBindValue(sealedKey);
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    return {};
}

Result<bool> DocumentRepository::exists(qint64 requestId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM identity_documents WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return sqlError(query);
    return query.value(0).toInt() > 0;
}

Result<void> DocumentRepository::markVerified(qint64 requestId, const QString &by, const QDate &on,
                                              const IdentityChecks &checks)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("UPDATE identity_documents SET verified_by = ?, verified_on = ?, checks = ? WHERE request_id = ?"));
    query.addBindValue(storedText(by));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(checks.key());
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("This request has no identity document."));
    return {};
}

Result<bool> DocumentRepository::destroy(qint64 requestId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM identity_documents WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return sqlError(query);
    if (query.value(0).toInt() == 0)
        return false;
    // The record keeps the last destruction of the request's copy.
    query.prepare(QStringLiteral("DELETE FROM document_destructions WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    query.prepare(QStringLiteral(
        "INSERT INTO document_destructions (request_id, kind, verified_by, verified_on, destroyed_on)"
        " SELECT request_id, kind, verified_by, verified_on, ? FROM identity_documents WHERE request_id = ?"));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    const bool had = query.numRowsAffected() == 1;
    // secure_delete (always on) overwrites the freed pages with zeros.
    query.prepare(QStringLiteral("DELETE FROM identity_documents WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    return had;
}

Result<std::optional<DestructionRecord>> DocumentRepository::destruction(qint64 requestId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT kind, verified_by, verified_on, destroyed_on FROM document_destructions"
                                 " WHERE request_id = ?"));
    query.addBindValue(requestId);
    if (!query.exec())
        return sqlError(query);
    if (!query.next())
        return std::optional<DestructionRecord>();
    return std::optional<DestructionRecord>(DestructionRecord{
        requestId, query.value(0).toString(), query.value(1).toString(),
        QDate::fromString(query.value(2).toString(), Qt::ISODate),
        QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs)});
}

Result<std::vector<QDateTime>> DocumentRepository::destructionTimes(const std::optional<qint64> &processingId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT d.destroyed_on FROM document_destructions d");
    if (processingId)
        sql += QStringLiteral(" WHERE EXISTS (SELECT 1 FROM request_processings p"
                              " WHERE p.request_id = d.request_id AND p.processing_id = ?)");
    query.prepare(sql + QStringLiteral(" ORDER BY d.destroyed_on"));
    if (processingId)
        query.addBindValue(*processingId);
    if (!query.exec())
        return sqlError(query);
    std::vector<QDateTime> times;
    if (auto read = forEachRow(query, tr("The records of destroyed documents cannot be read."), [&] {
            times.push_back(QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs));
        });
        !read)
        return read.error();
    return times;
}

Result<std::vector<qint64>> DocumentRepository::requestsWithDocuments() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT request_id FROM identity_documents")))
        return sqlError(query);
    std::vector<qint64> ids;
    if (auto read = forEachRow(query, tr("The identity document cannot be stored or read."),
                               [&] { ids.push_back(query.value(0).toLongLong()); });
        !read)
        return read.error();
    return ids;
}

Result<std::vector<qint64>> DocumentRepository::leftOnEndedRequests() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT d.request_id FROM identity_documents d JOIN requests r ON r.id = d.request_id"
                                   " WHERE r.state IN ('closed', 'refused', 'withdrawn')")))
        return sqlError(query);
    std::vector<qint64> ids;
    if (auto read = forEachRow(query, tr("The identity document cannot be stored or read."), [&] {
            ids.push_back(query.value(0).toLongLong());
        });
        !read)
        return read.error();
    return ids;
}

} // namespace habeas
