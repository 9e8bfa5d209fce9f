#pragma once

// The requests tables: requests, their rights, their state history, and the
// paged request list. Services check permissions and write the audit log;
// this class only reads and writes rows, inside the caller's transaction
// when there is one.

#include "core/Clock.h"
#include "core/Result.h"
#include "core/requests/Request.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <array>
#include <utility>
#include <vector>

namespace habeas {

class RequestRepository final {
    Q_DECLARE_TR_FUNCTIONS(RequestRepository)

public:
    explicit RequestRepository(QSqlDatabase db, std::shared_ptr<const Clock> clock = Clock::system());

    Result<std::vector<Right>> rights() const;
    Result<void> setRightArticle(const QString &key, const QString &article);
    // The next free sequence number of the year (1 for the first).
    Result<int> nextSequence(int year) const;
    // Inserts the request, its rights and its first state; returns its id.
    Result<qint64> insert(const Request &request, int year, int sequence, const QString &account);
    Result<std::optional<Request>> find(qint64 id) const;
    Result<void> changeState(qint64 id, RequestState from, RequestState to, const QString &reason,
                             const QString &account);
    Result<void> extend(qint64 id, const QDate &until, const QString &reason);
    // Paused days (identity proof awaited) and the deadlines they move.
    Result<void> setPause(qint64 id, int pausedDays, const QDate &firstDue, bool moveDateInForce);
    // Moves an extended deadline (after a pause); the date in force follows.
    Result<void> moveExtension(qint64 id, const QDate &until);
    Result<void> setFindings(qint64 id, const std::vector<Finding> &findings);
    // Writes what a clerk may edit (and the deadlines, which the service
    // computed) when the row is still at `expectedVersion`; raises it.
    // Errors: Conflict (changed meanwhile), InvalidArgument (unknown right), Sql.
    Result<void> update(const Request &edited, int expectedVersion);
    Result<void> addNote(qint64 id, const QString &author, const QString &text);
    Result<std::vector<RequestNote>> notes(qint64 id) const;
    Result<std::vector<StateChange>> history(qint64 id) const;
    // A page of the list, sorted by the date in force, then reference.
    Result<std::vector<RequestRow>> list(const RequestFilter &filter) const;
    Result<qint64> count(const RequestFilter &filter) const;
    // How SQLite finds the ids of list(filter)'s page, one step a line
    // (EXPLAIN QUERY PLAN): tests check that every order is an index's.
    Result<QStringList> pagePlan(const RequestFilter &filter) const;
    // The year's figures: received by right (key, count, in the rights'
    // order) and by month, and the replies sent in the year (first move to
    // answered or refused) with those sent by the date in force.
    Result<std::vector<std::pair<QString, qint64>>> receivedByRight(int year) const;
    Result<std::array<qint64, 12>> receivedByMonth(int year) const;
    Result<std::pair<qint64, qint64>> repliedInYear(int year) const;
    // The requests received from `from` to `until` (either invalid: no
    // bound), those whose findings concern `processingId` only when given,
    // in the order received.
    Result<std::vector<CountedRequest>> counted(const QDate &from, const QDate &until,
                                                const std::optional<qint64> &processingId) const;
    // The values the list's filters offer: who has requests assigned, and
    // the years requests were received in (each an index scan).
    Result<QStringList> assignees() const;
    Result<std::vector<int>> years() const;
    // Ended requests not yet anonymised that ended on `lastEnd` or before,
    // oldest end first (a range scan of requests_ended).
    Result<std::vector<ExpiredCase>> endedBy(const QDate &lastEnd) const;
    // Clears the request's personal data: requester, agent, contact, the
    // request's own words, the reasons written in its states, its notes and
    // the free text of its findings; keeps the reference, rights, channel,
    // language, dates, states and the destruction record. Only an ended
    // request not anonymised yet. Errors: InvalidArgument (open, or done
    // before), Sql.
    Result<void> anonymise(qint64 id, const QDate &on);

private:
    QString where(const RequestFilter &filter, QVariantList *values) const;
    // The statement that selects the ids of the page, in order, with its
    // values appended to `values`.
    QString pageIds(const RequestFilter &filter, QVariantList *values) const;
    static QString orderBy(const RequestFilter &filter);

    QSqlDatabase m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace habeas
