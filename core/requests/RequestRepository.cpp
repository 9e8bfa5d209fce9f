#include "core/requests/RequestRepository.h"
#include "core/requests/Workflow.h"
#include "core/vault/Rows.h"
#include "core/vault/SqlDialect.h"
#include "core/vault/StoredText.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace habeas {

namespace {

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QVariant isoOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

RequestRepository::RequestRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock)
    : m_db(std::move(db)), m_clock(std::move(clock))
{
}

Result<std::vector<Right>> RequestRepository::rights() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, key, article, label_fr, label_en FROM rights ORDER BY position")))
        return makeError(ErrorCode::Sql, tr("The rights cannot be read."), query.lastError().text());
    std::vector<Right> rights;
    if (auto read = forEachRow(query, tr("The rights cannot be read."), [&] {
            rights.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString()});
        });
        !read)
        return read.error();
    return rights;
}

Result<void> RequestRepository::setRightArticle(const QString &key, const QString &article)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE rights SET article = ? WHERE key = ?"));
    query.addBindValue(storedText(article.trimmed()));
    query.addBindValue(key);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The rights cannot be read."), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument, tr("Unknown right \"%1\".").arg(key));
    return {};
}

Result<int> RequestRepository::nextSequence(int year) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM requests WHERE year = ?"));
    query.addBindValue(year);
    if (!query.exec() || !query.next())
        return makeError(ErrorCode::Sql, tr("The next request number cannot be read."), query.lastError().text());
    return query.value(0).toInt();
}

namespace {

// What intake and an edit both write: the requester, the language, the
// agent, the assignee and the request's words, as the vault keeps them.
void bindDetails(QSqlQuery &query, const Request &request)
{
    const Requester &who = request.requester;
    query.bindValue(QStringLiteral(":civility"), storedText(who.civility.trimmed()));
    query.bindValue(QStringLiteral(":surname"), who.surname.trimmed());
    query.bindValue(QStringLiteral(":surname_key"), storedText(searchKey(who.surname)));
    query.bindValue(QStringLiteral(":first_name"), storedText(who.firstName.trimmed()));
    query.bindValue(QStringLiteral(":birth_name"), storedText(who.birthName.trimmed()));
    query.bindValue(QStringLiteral(":address"), storedText(who.address.trimmed()));
    query.bindValue(QStringLiteral(":email"), storedText(who.email.trimmed()));
    query.bindValue(QStringLiteral(":phone"), storedText(who.phone.trimmed()));
    query.bindValue(QStringLiteral(":staff"), storedText(who.staffNumber.trimmed()));
    query.bindValue(QStringLiteral(":language"), request.language);
    query.bindValue(QStringLiteral(":agent"), storedText(request.agent.name.trimmed()));
    query.bindValue(QStringLiteral(":mandate"), storedText(request.agent.mandateObject.trimmed()));
    query.bindValue(QStringLiteral(":until"), isoOrNull(request.agent.mandateUntil));
    query.bindValue(QStringLiteral(":may_receive"), request.agent.present() && request.agent.mayReceiveReply);
    query.bindValue(QStringLiteral(":agent_address"), storedText(request.agent.present() ? request.agent.address.trimmed() : QString()));
    query.bindValue(QStringLiteral(":assignee"), storedText(request.assignee));
    query.bindValue(QStringLiteral(":notes"), storedText(request.notes));
}

} // namespace

Result<qint64> RequestRepository::insert(const Request &request, int year, int sequence, const QString &account)
{
    const auto failed = [](const QSqlQuery &q) -> Result<qint64> {
        return makeError(ErrorCode::Sql, tr("The request cannot be recorded."), q.lastError().text());
    };
    const QString now = m_clock->stamp();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO requests (reference, year, sequence, channel, received_on, first_due_on, due_on, paused_days,"
        " state, civility, surname, surname_key, first_name, birth_name, address, email, phone, staff_number,"
        " language, agent_name, agent_mandate_object, agent_mandate_until, agent_may_receive_reply, agent_address, assignee,"
        " notes, created_at, updated_at) VALUES (:reference, :year, :sequence, :channel, :received, :due, :due, :paused,"
        " :state, :civility, :surname, :surname_key, :first_name, :birth_name, :address, :email, :phone, :staff,"
        " :language, :agent, :mandate, :until, :may_receive, :agent_address, :assignee, :notes, :now, :now)"));
    query.bindValue(QStringLiteral(":reference"), request.reference);
    query.bindValue(QStringLiteral(":year"), year);
    query.bindValue(QStringLiteral(":sequence"), sequence);
    query.bindValue(QStringLiteral(":channel"), channelKey(request.channel));
    query.bindValue(QStringLiteral(":received"), iso(request.received));
    query.bindValue(QStringLiteral(":due"), iso(request.due));
    query.bindValue(QStringLiteral(":paused"), request.pausedDays);
    query.bindValue(QStringLiteral(":state"), requestStateKey(request.state));
    bindDetails(query, request);
    query.bindValue(QStringLiteral(":now"), now);
    if (!query.exec())
        return failed(query);
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral("INSERT INTO request_rights (request_id, right_id) SELECT ?, id FROM rights WHERE key = ?"));
    for (const QString &right : request.rights) {
        query.addBindValue(id);
        query.addBindValue(right);
        if (!query.exec())
            return failed(query);
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidArgument, tr("Unknown right \"%1\".").arg(right));
    }
    query.prepare(QStringLiteral(
        "INSERT INTO request_states (request_id, at_utc, account, from_state, to_state, reason) VALUES (?, ?, ?, NULL, ?, '')"));
    query.addBindValue(id);
    query.addBindValue(now);
    query.addBindValue(account);
    query.addBindValue(requestStateKey(request.state));
    if (!query.exec())
        return failed(query);
    return id;
}

Result<std::optional<Request>> RequestRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT reference, channel, received_on, first_due_on, extended_until, extension_reason, paused_days, state,"
        " refusal_reason, civility, surname, first_name, birth_name, address, email, phone, staff_number, language,"
        " agent_name, agent_mandate_object, agent_mandate_until, agent_may_receive_reply, assignee, notes, version,"
        " ended_on, anonymised_on, agent_address FROM requests WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be read."), query.lastError().text());
    if (!query.next())
        return std::optional<Request>();
    Request r;
    r.id = id;
    r.reference = query.value(0).toString();
    r.channel = channelFromKey(query.value(1).toString()).value_or(Channel::Other);
    r.received = dateOf(query.value(2));
    r.due = dateOf(query.value(3));
    r.extendedUntil = dateOf(query.value(4));
    r.extensionReason = query.value(5).toString();
    r.pausedDays = query.value(6).toInt();
    r.state = requestStateFromKey(query.value(7).toString()).value_or(RequestState::Received);
    r.refusalReason = query.value(8).toString();
    r.requester = {query.value(9).toString(),  query.value(10).toString(), query.value(11).toString(),
                   query.value(12).toString(), query.value(13).toString(), query.value(14).toString(),
                   query.value(15).toString(), query.value(16).toString()};
    r.language = query.value(17).toString();
    r.agent = {query.value(18).toString(), query.value(19).toString(), dateOf(query.value(20)), query.value(21).toBool(),
               query.value(27).toString()};
    r.assignee = query.value(22).toString();
    r.notes = query.value(23).toString();
    r.version = query.value(24).toInt();
    r.endedOn = dateOf(query.value(25));
    r.anonymisedOn = dateOf(query.value(26));
    query.prepare(QStringLiteral("SELECT r.key FROM request_rights rr JOIN rights r ON r.id = rr.right_id"
                                 " WHERE rr.request_id = ? ORDER BY r.position"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be read."), query.lastError().text());
    if (auto read = forEachRow(query, tr("The request cannot be read."), [&] {
            r.rights << query.value(0).toString();
        });
        !read)
        return read.error();
    query.prepare(QStringLiteral("SELECT f.processing_id, p.name, f.data_held, f.action FROM request_processings f"
                                 " JOIN processings p ON p.id = f.processing_id WHERE f.request_id = ? ORDER BY p.name_key"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be read."), query.lastError().text());
    if (auto read = forEachRow(query, tr("The request cannot be read."), [&] {
            r.findings.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                                  query.isNull(2) ? std::nullopt : std::optional<bool>(query.value(2).toBool()),
                                  query.value(3).toString()});
        });
        !read)
        return read.error();
    return std::optional<Request>(std::move(r));
}

Result<void> RequestRepository::changeState(qint64 id, RequestState from, RequestState to, const QString &reason,
                                            const QString &account)
{
    const QString now = m_clock->stamp();
    QSqlQuery query(m_db);
    // The state in the WHERE clause makes a concurrent change fail loudly.
    query.prepare(QStringLiteral("UPDATE requests SET state = ?, refusal_reason = ?, ended_on = ?, updated_at = ?,"
                                 " version = version + 1 WHERE id = ? AND state = ?"));
    query.addBindValue(requestStateKey(to));
    query.addBindValue(to == RequestState::Refused ? QVariant(reason.trimmed()) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(Workflow::isEnd(to) ? QVariant(iso(m_clock->today())) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(now);
    query.addBindValue(id);
    query.addBindValue(requestStateKey(from));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument, tr("The request changed meanwhile; reload it and try again."));
    query.prepare(QStringLiteral(
        "INSERT INTO request_states (request_id, at_utc, account, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(now);
    query.addBindValue(account);
    query.addBindValue(requestStateKey(from));
    query.addBindValue(requestStateKey(to));
    query.addBindValue(storedText(reason.trimmed()));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    return {};
}

Result<void> RequestRepository::extend(qint64 id, const QDate &until, const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE requests SET extended_until = ?, due_on = ?, extension_reason = ?, updated_at = ?, version = version + 1"
                                 " WHERE id = ? AND extended_until IS NULL"));
    query.addBindValue(iso(until));
    query.addBindValue(iso(until));
    query.addBindValue(storedText(reason.trimmed()));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::AlreadyExists, tr("The deadline of this request was already extended."));
    return {};
}

Result<void> RequestRepository::setPause(qint64 id, int pausedDays, const QDate &firstDue, bool moveDateInForce)
{
    QSqlQuery query(m_db);
    query.prepare(moveDateInForce
                      ? QStringLiteral("UPDATE requests SET paused_days = ?, first_due_on = ?, due_on = ?, updated_at = ?,"
                                       " version = version + 1 WHERE id = ?")
                      : QStringLiteral("UPDATE requests SET paused_days = ?, first_due_on = ?, updated_at = ?,"
                                       " version = version + 1 WHERE id = ?"));
    query.addBindValue(pausedDays);
    query.addBindValue(iso(firstDue));
    if (moveDateInForce)
        query.addBindValue(iso(firstDue));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    return {};
}

Result<void> RequestRepository::moveExtension(qint64 id, const QDate &until)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE requests SET extended_until = ?, due_on = ?, updated_at = ?, version = version + 1"
                                 " WHERE id = ? AND extended_until IS NOT NULL"));
    query.addBindValue(iso(until));
    query.addBindValue(iso(until));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    return {};
}

Result<void> RequestRepository::setFindings(qint64 id, const std::vector<Finding> &findings)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE requests SET updated_at = ?, version = version + 1 WHERE id = ?"));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    query.prepare(QStringLiteral("DELETE FROM request_processings WHERE request_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request cannot be updated."), query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO request_processings (request_id, processing_id, data_held, action) VALUES (?, ?, ?, ?)"));
    for (const Finding &finding : findings) {
        query.addBindValue(id);
        query.addBindValue(finding.processingId);
        query.addBindValue(finding.dataHeld ? QVariant(*finding.dataHeld) : QVariant(QMetaType::fromType<bool>()));
        query.addBindValue(storedText(finding.action.trimmed()));
        if (!query.exec())
            return makeError(ErrorCode::InvalidArgument, tr("A processing concerned is not in the register."),
                             query.lastError().text());
    }
    return {};
}

Result<void> RequestRepository::update(const Request &edited, int expectedVersion)
{
    const QString failure = tr("The request cannot be updated.");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE requests SET channel = :channel, received_on = :received, first_due_on = :due,"
        " due_on = coalesce(extended_until, :due), civility = :civility, surname = :surname,"
        " surname_key = :surname_key, first_name = :first_name, birth_name = :birth_name, address = :address,"
        " email = :email, phone = :phone, staff_number = :staff, language = :language, agent_name = :agent,"
        " agent_mandate_object = :mandate, agent_mandate_until = :until, agent_may_receive_reply = :may_receive,"
        " agent_address = :agent_address, assignee = :assignee, notes = :notes, updated_at = :now, version = version + 1"
        " WHERE id = :id AND version = :version"));
    query.bindValue(QStringLiteral(":channel"), channelKey(edited.channel));
    query.bindValue(QStringLiteral(":received"), iso(edited.received));
    query.bindValue(QStringLiteral(":due"), iso(edited.due));
    bindDetails(query, edited);
    query.bindValue(QStringLiteral(":now"), m_clock->stamp());
    query.bindValue(QStringLiteral(":id"), edited.id);
    query.bindValue(QStringLiteral(":version"), expectedVersion);
    if (!query.exec())
        return makeError(ErrorCode::Sql, failure, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::Conflict,
                         tr("Someone changed this request after you opened it. Reload it to see their changes, then "
                            "make yours again."),
                         QStringLiteral("version %1 is no longer current").arg(expectedVersion));
    query.prepare(QStringLiteral("DELETE FROM request_rights WHERE request_id = ?"));
    query.addBindValue(edited.id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, failure, query.lastError().text());
    query.prepare(QStringLiteral("INSERT INTO request_rights (request_id, right_id) SELECT ?, id FROM rights WHERE key = ?"));
    for (const QString &right : edited.rights) {
        query.addBindValue(edited.id);
        query.addBindValue(right);
        if (!query.exec())
            return makeError(ErrorCode::Sql, failure, query.lastError().text());
        if (query.numRowsAffected() != 1)
            return makeError(ErrorCode::InvalidArgument, tr("Unknown right \"%1\".").arg(right));
    }
    return {};
}

Result<void> RequestRepository::addNote(qint64 id, const QString &author, const QString &text)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO request_notes (request_id, at_utc, author, text) VALUES (?, ?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(m_clock->stamp());
    query.addBindValue(author);
    query.addBindValue(text.trimmed());
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The note cannot be recorded."), query.lastError().text());
    return {};
}

Result<std::vector<RequestNote>> RequestRepository::notes(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at_utc, author, text FROM request_notes WHERE request_id = ? ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The notes cannot be read."), query.lastError().text());
    std::vector<RequestNote> notes;
    if (auto read = forEachRow(query, tr("The notes cannot be read."), [&] {
            notes.push_back({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs),
                             query.value(2).toString(), query.value(3).toString()});
        });
        !read)
        return read.error();
    return notes;
}

Result<std::vector<StateChange>> RequestRepository::history(qint64 id) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at_utc, account, from_state, to_state, reason FROM request_states"
                                 " WHERE request_id = ? ORDER BY id"));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The request history cannot be read."), query.lastError().text());
    std::vector<StateChange> changes;
    if (auto read = forEachRow(query, tr("The request history cannot be read."), [&] {
            changes.push_back({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs), query.value(1).toString(),
                               query.isNull(2) ? std::nullopt : requestStateFromKey(query.value(2).toString()),
                               requestStateFromKey(query.value(3).toString()).value_or(RequestState::Received),
                               query.value(4).toString()});
        });
        !read)
        return read.error();
    return changes;
}

QString RequestRepository::where(const RequestFilter &filter, QVariantList *values) const
{
    QStringList clauses;
    const QString text = filter.text.trimmed();
    if (filter.state) {
        // With a search, the state is read from the search's index (rather
        // than walking every request of the state).
        clauses << (text.isEmpty() ? QStringLiteral("state") : sqlDialect::withoutIndex(QStringLiteral("state")))
                       + QStringLiteral(" = ?");
        *values << requestStateKey(*filter.state);
    } else if (filter.openOnly) {
        clauses << QStringLiteral("state NOT IN ('closed', 'refused', 'withdrawn')");
    }
    if (filter.awaitingReply || filter.overdueOn.isValid())
        clauses << QStringLiteral("state NOT IN ('answered', 'closed', 'refused', 'withdrawn')");
    if (!filter.rightKey.isEmpty()) {
        clauses << QStringLiteral("EXISTS (SELECT 1 FROM request_rights rr JOIN rights g ON g.id = rr.right_id"
                                  " WHERE rr.request_id = requests.id AND g.key = ?)");
        *values << filter.rightKey;
    }
    if (filter.channel) {
        clauses << QStringLiteral("channel = ?");
        *values << channelKey(*filter.channel);
    }
    if (!filter.assignee.isEmpty()) {
        clauses << QStringLiteral("assignee = ?");
        *values << filter.assignee;
    }
    if (filter.year > 0) {
        clauses << QStringLiteral("year = ?");
        *values << filter.year;
    }
    if (filter.overdueOn.isValid()) {
        clauses << QStringLiteral("due_on < ?");
        *values << filter.overdueOn.toString(Qt::ISODate);
    }
    if (filter.dueFrom.isValid()) {
        clauses << QStringLiteral("due_on >= ?");
        *values << filter.dueFrom.toString(Qt::ISODate);
    }
    if (filter.dueUntil.isValid()) {
        clauses << QStringLiteral("due_on <= ?");
        *values << filter.dueUntil.toString(Qt::ISODate);
    }
    if (filter.extendedOnly)
        clauses << QStringLiteral("extended_until IS NOT NULL");
    if (!text.isEmpty()) {
        // Prefix matches as ranges [prefix, next prefix), so that the
        // reference and surname indexes serve the search (LIKE would not:
        // it ignores case, and these columns compare exactly).
        const auto upperBound = [](QString prefix) {
            while (!prefix.isEmpty() && prefix.back().unicode() == 0xFFFF)
                prefix.chop(1);
            if (!prefix.isEmpty())
                prefix.back() = QChar(char16_t(prefix.back().unicode() + 1));
            return prefix;
        };
        // A reference is the year, a dash and a number: a text with anything
        // else is a surname alone, one range of the index that holds the
        // state and the date in force, rather than an OR of two indexes
        // whose matches SQLite gathers by rowid first.
        const QString key = searchKey(text);
        const bool mayBeReference = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.isDigit() || c == u'-';
        });
        if (mayBeReference) {
            clauses << QStringLiteral("((reference >= ? AND reference < ?) OR (surname_key >= ? AND surname_key < ?))");
            *values << text << upperBound(text) << key << upperBound(key);
        } else {
            clauses << QStringLiteral("surname_key >= ? AND surname_key < ?");
            *values << key << upperBound(key);
        }
    }
    return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
}

QString RequestRepository::orderBy(const RequestFilter &filter)
{
    // The reference (unique) last, so that pages never overlap or skip.
    const auto column = [&]() -> QString {
        switch (filter.sort) {
        case RequestSort::Due: return QStringLiteral("due_on");
        case RequestSort::Reference: return QString();
        case RequestSort::Requester: return QStringLiteral("surname_key");
        case RequestSort::Received: return QStringLiteral("received_on");
        case RequestSort::State: return QStringLiteral("state");
        case RequestSort::Channel: return QStringLiteral("channel");
        case RequestSort::Assignee: return QStringLiteral("assignee");
        }
        return QString();
    }();
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QString();
    return QStringLiteral(" ORDER BY ") + (column.isEmpty() ? QString() : column + direction + QStringLiteral(", "))
           + QStringLiteral("reference") + direction;
}

QString RequestRepository::pageIds(const RequestFilter &filter, QVariantList *values) const
{
    QString sql = QStringLiteral("SELECT id FROM requests") + where(filter, values) + orderBy(filter)
                  + QStringLiteral(" LIMIT ? OFFSET ?");
    *values << std::max(1, filter.limit) << std::max(0, filter.offset);
    return sql;
}

Result<std::vector<RequestRow>> RequestRepository::list(const RequestFilter &filter) const
{
    // The page's ids first, sorted and skipped up to the offset on the
    // index's columns alone; only the page's rows are then read in full
    // (with their rights), and sorted again, 200 of them.
    QVariantList values;
    const QString sql =
        QStringLiteral("SELECT id, reference, surname, first_name, received_on, due_on, state,"
                       " (SELECT group_concat(g.key) FROM request_rights rr JOIN rights g ON g.id = rr.right_id"
                       "  WHERE rr.request_id = requests.id), channel, assignee, anonymised_on IS NOT NULL"
                       " FROM requests WHERE id IN (")
        + pageIds(filter, &values) + QStringLiteral(")") + orderBy(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The requests cannot be listed."), query.lastError().text());
    std::vector<RequestRow> rows;
    rows.reserve(std::size_t(std::max(1, filter.limit)));
    if (auto read = forEachRow(query, tr("The requests cannot be listed."), [&] {
            rows.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), dateOf(query.value(4)), dateOf(query.value(5)),
                            requestStateFromKey(query.value(6).toString()).value_or(RequestState::Received),
                            query.value(7).toString(), channelFromKey(query.value(8).toString()).value_or(Channel::Other),
                            query.value(9).toString(), query.value(10).toBool()});
        });
        !read)
        return read.error();
    return rows;
}

Result<std::vector<ExpiredCase>> RequestRepository::endedBy(const QDate &lastEnd) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT id, reference, state, ended_on, (SELECT group_concat(g.key) FROM request_rights rr"
        " JOIN rights g ON g.id = rr.right_id WHERE rr.request_id = requests.id)"
        " FROM requests WHERE anonymised_on IS NULL AND ended_on <= ? ORDER BY ended_on, reference"));
    query.addBindValue(iso(lastEnd));
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The ended requests cannot be listed."), query.lastError().text());
    std::vector<ExpiredCase> cases;
    if (auto read = forEachRow(query, tr("The ended requests cannot be listed."), [&] {
            cases.push_back({query.value(0).toLongLong(), query.value(1).toString(),
                             requestStateFromKey(query.value(2).toString()).value_or(RequestState::Closed),
                             query.value(4).toString(), dateOf(query.value(3))});
        });
        !read)
        return read.error();
    return cases;
}

Result<void> RequestRepository::anonymise(qint64 id, const QDate &on)
{
    const QString failed = tr("The request cannot be anonymised.");
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE requests SET civility = '', surname = '', surname_key = '', first_name = '', birth_name = '',"
        " address = '', email = '', phone = '', staff_number = '', agent_name = '', agent_mandate_object = '',"
        " agent_mandate_until = NULL, agent_may_receive_reply = 0, agent_address = '', notes = '',"
        " refusal_reason = CASE WHEN refusal_reason IS NULL THEN NULL ELSE '' END,"
        " extension_reason = CASE WHEN extension_reason IS NULL THEN NULL ELSE '' END,"
        " anonymised_on = ?, updated_at = ?, version = version + 1"
        " WHERE id = ? AND ended_on IS NOT NULL AND anonymised_on IS NULL"));
    query.addBindValue(iso(on));
    query.addBindValue(m_clock->stamp());
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorCode::Sql, failed, query.lastError().text());
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::InvalidArgument,
                         tr("Only an ended request that was not anonymised before can be anonymised."));
    const char *clear[] = {
        "UPDATE request_states SET reason = '' WHERE request_id = ?",
        "DELETE FROM request_notes WHERE request_id = ?",
        "UPDATE request_processings SET action = '' WHERE request_id = ?",
        // None is left once a request has ended, unless a crash came between.
        "DELETE FROM identity_documents WHERE request_id = ?",
    };
    for (const char *sql : clear) {
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(id);
        if (!query.exec())
            return makeError(ErrorCode::Sql, failed, query.lastError().text());
    }
    return {};
}

Result<QStringList> RequestRepository::pagePlan(const RequestFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(sqlDialect::explainPlan() + pageIds(filter, &values));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The requests cannot be listed."), query.lastError().text());
    QStringList plan;
    if (auto read = forEachRow(query, tr("The requests cannot be listed."), [&] { plan << query.value(3).toString(); });
        !read)
        return read.error();
    return plan;
}

Result<qint64> RequestRepository::count(const RequestFilter &filter) const
{
    QVariantList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM requests") + where(filter, &values));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return makeError(ErrorCode::Sql, tr("The requests cannot be counted."), query.lastError().text());
    return query.value(0).toLongLong();
}

Result<std::vector<std::pair<QString, qint64>>> RequestRepository::receivedByRight(int year) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT g.key, (SELECT count(*) FROM request_rights rr JOIN requests r ON r.id = rr.request_id"
                                 " WHERE rr.right_id = g.id AND r.year = ?) FROM rights g ORDER BY g.position"));
    query.addBindValue(year);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The requests cannot be counted."), query.lastError().text());
    std::vector<std::pair<QString, qint64>> counts;
    if (auto read = forEachRow(query, tr("The requests cannot be counted."),
                               [&] { counts.emplace_back(query.value(0).toString(), query.value(1).toLongLong()); });
        !read)
        return read.error();
    return counts;
}

Result<std::array<qint64, 12>> RequestRepository::receivedByMonth(int year) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT CAST(substr(received_on, 6, 2) AS INTEGER), count(*) FROM requests"
                                 " WHERE year = ? GROUP BY 1"));
    query.addBindValue(year);
    if (!query.exec())
        return makeError(ErrorCode::Sql, tr("The requests cannot be counted."), query.lastError().text());
    std::array<qint64, 12> counts{};
    if (auto read = forEachRow(query, tr("The requests cannot be counted."),
                               [&] {
                                   const int month = query.value(0).toInt();
                                   if (month >= 1 && month <= 12)
                                       counts[std::size_t(month - 1)] = query.value(1).toLongLong();
                               });
        !read)
        return read.error();
    return counts;
}

Result<std::pair<qint64, qint64>> RequestRepository::repliedInYear(int year) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The reply's day is the local day of its move (stored in UTC).
    query.prepare(QStringLiteral(
        "SELECT count(*), coalesce(sum(date(s.at, 'localtime') <= r.due_on), 0) FROM requests r"
        " JOIN (SELECT request_id, min(at_utc) AS at FROM request_states WHERE to_state IN ('answered', 'refused')"
        " GROUP BY request_id) s ON s.request_id = r.id WHERE strftime('%Y', s.at, 'localtime') = ?"));
    query.addBindValue(QString::number(year));
    if (!query.exec() || !query.next())
        return makeError(ErrorCode::Sql, tr("The requests cannot be counted."), query.lastError().text());
    return std::pair<qint64, qint64>(query.value(0).toLongLong(), query.value(1).toLongLong());
}

Result<std::vector<CountedRequest>> RequestRepository::counted(const QDate &from, const QDate &until,
                                                             const std::optional<qint64> &processingId) const
{
    const QString message = tr("The requests cannot be counted.");
    QStringList clauses;
    QVariantList values;
    if (from.isValid()) {
        clauses << QStringLiteral("r.received_on >= ?");
        values << iso(from);
    }
    if (until.isValid()) {
        clauses << QStringLiteral("r.received_on <= ?");
        values << iso(until);
    }
    if (processingId) {
        clauses << QStringLiteral(
            "EXISTS (SELECT 1 FROM request_processings p WHERE p.request_id = r.id AND p.processing_id = ?)");
        values << *processingId;
    }
    const QString where = clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    const auto run = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    };

    std::vector<CountedRequest> requests;
    std::map<qint64, std::size_t> at;
    QSqlQuery query(m_db);
    if (!run(query, QStringLiteral("SELECT r.id, r.received_on, r.due_on, r.extended_until, r.state, r.refusal_reason,"
                                   " r.surname, r.first_name, r.agent_name FROM requests r") +
                        where + QStringLiteral(" ORDER BY r.received_on, r.id")))
        return makeError(ErrorCode::Sql, message, query.lastError().text());
    if (auto read = forEachRow(query, message, [&] {
            CountedRequest request;
            request.id = query.value(0).toLongLong();
            request.received = dateOf(query.value(1));
            request.due = dateOf(query.value(2));
            request.extended = !query.value(3).isNull() && !query.value(3).toString().isEmpty();
            request.state = requestStateFromKey(query.value(4).toString()).value_or(RequestState::Received);
            request.refusalReason = query.value(5).toString();
            for (int column = 6; column <= 8; ++column) {
                if (const QString name = query.value(column).toString().trimmed(); !name.isEmpty())
                    request.names << name;
            }
            at[request.id] = requests.size();
            requests.push_back(std::move(request));
        });
        !read)
        return read.error();
    if (requests.empty())
        return requests;

    QSqlQuery rights(m_db);
    if (!run(rights, QStringLiteral("SELECT rr.request_id, g.key FROM request_rights rr JOIN rights g ON g.id = rr.right_id"
                                    " JOIN requests r ON r.id = rr.request_id") +
                         where + QStringLiteral(" ORDER BY rr.request_id, g.position")))
        return makeError(ErrorCode::Sql, message, rights.lastError().text());
    if (auto read = forEachRow(rights, message, [&] {
            if (const auto found = at.find(rights.value(0).toLongLong()); found != at.end())
                requests[found->second].rights << rights.value(1).toString();
        });
        !read)
        return read.error();

    // The reply's day is the local day of the first move to answered or
    // refused (stored in UTC).
    QSqlQuery replies(m_db);
    if (!run(replies, QStringLiteral("SELECT s.request_id, min(s.at_utc) FROM request_states s"
                                     " JOIN requests r ON r.id = s.request_id") +
                          (where.isEmpty() ? QStringLiteral(" WHERE ") : where + QStringLiteral(" AND ")) +
                          QStringLiteral("s.to_state IN ('answered', 'refused') GROUP BY s.request_id")))
        return makeError(ErrorCode::Sql, message, replies.lastError().text());
    if (auto read = forEachRow(replies, message, [&] {
            if (const auto found = at.find(replies.value(0).toLongLong()); found != at.end())
                requests[found->second].repliedOn =
                    QDateTime::fromString(replies.value(1).toString(), Qt::ISODateWithMs).toLocalTime().date();
        });
        !read)
        return read.error();
    return requests;
}

Result<QStringList> RequestRepository::assignees() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT assignee FROM requests WHERE assignee <> '' ORDER BY assignee")))
        return makeError(ErrorCode::Sql, tr("The requests cannot be listed."), query.lastError().text());
    QStringList logins;
    if (auto read = forEachRow(query, tr("The requests cannot be listed."), [&] { logins << query.value(0).toString(); });
        !read)
        return read.error();
    return logins;
}

Result<std::vector<int>> RequestRepository::years() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT year FROM requests ORDER BY year DESC")))
        return makeError(ErrorCode::Sql, tr("The requests cannot be listed."), query.lastError().text());
    std::vector<int> years;
    if (auto read = forEachRow(query, tr("The requests cannot be listed."), [&] { years.push_back(query.value(0).toInt()); });
        !read)
        return read.error();
    return years;
}

} // namespace habeas
