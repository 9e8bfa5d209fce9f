#pragma once

// Rights requests from intake to their end: creation with the reference of
// the year and the deadline, state transitions enforced by the workflow,
// the one extension, and reading. Every call is checked against the role
// matrix and audited (never with personal data in the entry).

#include "core/Result.h"
#include "core/requests/Request.h"
#include "core/requests/Deadline.h"
#include "core/requests/RequestDashboard.h"
#include "core/accounts/Permissions.h"
#include "core/audit/AuditLog.h"

#include <QCoreApplication>

#include <vector>

namespace habeas {

class Session;

// How the requester's identity is to be established, chosen at intake.
enum class IdentityPlan {
    CaptureNow,    // a copy of a document is at hand (post, counter)
    AskedByLetter, // a copy is asked for: the request waits in the identity check
    NotNeeded,     // known otherwise (a member of staff identified in person)
};

// Everything the new-request wizard gathers, saved as one.
struct Intake final {
    NewRequest request;
    IdentityPlan identity = IdentityPlan::AskedByLetter;
    QByteArray scan;       // CaptureNow: the document's bytes, zeroed by intake()
    QString documentKind;  // CaptureNow: identity card, passport, …
    QString identifiedHow; // NotNeeded: how the person was identified
    std::vector<qint64> processings; // the processings concerned
};

class RequestService final {
    Q_DECLARE_TR_FUNCTIONS(RequestService)

public:
    // Deadlines follow the vault's settings (extension, pauses, one-off
    // holidays) in the interface's language.
    explicit RequestService(Session &session);
    RequestService(Session &session, DeadlineCalculator deadlines);
    static DeadlineCalculator deadlinesFor(const Session &session, const QLocale &locale = QLocale());

    // Every call's errors include PermissionDenied and NotOpen (locked).
    // Returns the new request (reference, due date and state filled in).
    // Errors: InvalidArgument with its field (requester.surname, rights,
    // received, language, agent.mandate; an unknown right), DiskFull, Sql.
    Result<Request> create(const NewRequest &request);
    // The whole intake in one transaction: the request, the identity step
    // (the copy captured, or the identity check opened, or passed with how
    // the person was identified), and the processings concerned. Nothing is
    // saved unless all of it is. Errors: those of create, and of capturing
    // (InvalidArgument with field document.kind or identity.how,
    // UnsupportedFormat, DamagedInput, TooLarge; PermissionDenied without the
    // key to identity documents), a processing not in the register.
    Result<Request> intake(Intake intake);
    // Reading a request shows personal data: audited as a view.
    // Errors: NotFound, Sql.
    Result<Request> view(qint64 id);
    // Errors: NotFound, IllegalTransition, InvalidArgument (reason of a
    // refusal), DiskFull, Locked, Sql.
    Result<void> transition(qint64 id, RequestState to, const QString &reason = {});
    // Once, with reasons, and only before the first deadline has passed.
    // Errors: NotFound, InvalidArgument (reason), IllegalTransition (ended),
    // AlreadyExists (extended before), TooLate (first deadline passed),
    // DiskFull, Sql.
    Result<Request> extend(qint64 id, const QString &reason, const QDate &today);
    // As of today (the session's clock).
    Result<Request> extend(qint64 id, const QString &reason);
    // What a clerk corrects or completes while the request is open, when
    // nobody changed it since `expectedVersion` (Request::version) was read.
    // The date of receipt moves the deadline with it, until the deadline
    // was extended; it stays within the reference's year. The findings are
    // replaced by the edit's, in the same transaction.
    // Errors: NotFound, Conflict, IllegalTransition (ended), InvalidArgument
    // with its field (as create; a processing not in the register),
    // DiskFull, Sql.
    Result<Request> update(qint64 id, const RequestEdit &edit, int expectedVersion);
    // An internal note, with its author and time. Errors: NotFound,
    // InvalidArgument (empty), DiskFull, Sql.
    Result<void> addNote(qint64 id, const QString &text);
    Result<std::vector<RequestNote>> notes(qint64 id);
    // Errors: Sql.
    Result<std::vector<StateChange>> history(qint64 id);
    // The audit log's entries about this request (who created, viewed,
    // edited, moved it, saw or destroyed its identity copy), oldest first.
    // They carry no personal data, so reading them is not itself a view;
    // they are the audit log's, so only those who read it read them.
    // Errors: PermissionDenied (ViewAuditLog and ViewRequests), NotFound, Sql.
    Result<std::vector<AuditEntry>> auditTrail(qint64 id);
    // The processings the request concerns and what was found in each.
    // Errors: NotFound, InvalidArgument (ended, or a processing not in the
    // register), DiskFull, Sql.
    Result<void> setFindings(qint64 id, const std::vector<Finding> &findings);
    // Errors: Sql.
    Result<std::vector<Right>> rights();
    // The article of Act no. 1.565 a right is based on (the DPO keeps the
    // table current: erasure and limitation have none yet).
    // Errors: InvalidArgument (unknown right), DiskFull, Sql.
    Result<void> setRightArticle(const QString &key, const QString &article);
    // Errors of list and count: Sql.
    Result<std::vector<RequestRow>> list(const RequestFilter &filter);
    Result<qint64> count(const RequestFilter &filter);
    // The dashboard's lists and the year's figures (RequestDashboard.h), as
    // of `today`. Errors: Sql.
    Result<RequestDashboard> dashboard(const QDate &today);
    Result<RequestDashboard> dashboard();
    // What the list's filters offer. Errors: Sql.
    Result<QStringList> assignees();
    Result<std::vector<int>> years();

    const DeadlineCalculator &deadlines() const { return m_deadlines; }

private:
    // Inside the caller's transaction: the row, its reference, its audit entry.
    Result<Request> insertNew(const NewRequest &input);
    Result<void> validate(const Requester &requester, const QStringList &rights, const QDate &received,
                          const QString &language, const Agent &agent) const;
    static QStringList withoutDuplicates(const QStringList &rights);
    // As the vault keeps them: surrounding spaces dropped, no agent's
    // details without an agent.
    static Requester trimmed(Requester requester);
    static Agent trimmed(Agent agent);
    // Checks the permission on the request and reads it.
    Result<Request> checkedRequest(Permission permission, qint64 id);
    // Days paused so far, including a pause still running on `day`.
    Result<int> pausedUntil(const Request &request, const QDate &day) const;

    Session &m_session;
    DeadlineCalculator m_deadlines;
};

} // namespace habeas
