#include "core/requests/RequestService.h"

#include "core/requests/Workflow.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/requests/RequestRepository.h"
#include "core/vault/Transaction.h"
#include "core/vault/Vault.h"

#include "core/crypto/Wipe.h"

#include <QLocale>
#include <QScopeGuard>
#include <QSqlError>

#include <algorithm>

namespace habeas {

RequestService::RequestService(Session &session) : RequestService(session, deadlinesFor(session)) {}

RequestService::RequestService(Session &session, DeadlineCalculator deadlines)
    : m_session(session), m_deadlines(std::move(deadlines))
{
}

DeadlineCalculator RequestService::deadlinesFor(const Session &session, const QLocale &locale)
{
    const VaultSettings settings = session.settings();
    DeadlineRules rules;
    rules.extensionMonths = std::clamp(settings.value(VaultSetting::ExtensionMonths), 0, 12);
    rules.pauseWhileAwaitingIdentity = settings.value(VaultSetting::PauseWhileAwaitingIdentity);
    QList<QDate> holidays;
    for (const QString &day : settings.value(VaultSetting::ExtraHolidays).split(u',', Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(day.trimmed(), Qt::ISODate);
        if (date.isValid())
            holidays << date;
    }
    return DeadlineCalculator(MonacoCalendar(holidays), rules, locale);
}

Result<Request> RequestService::create(const NewRequest &input)
{
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request")); !allowed)
        return allowed.error();
    if (auto valid = validate(input.requester, input.rights, input.received, input.language, input.agent); !valid)
        return valid.error();

    return inTransaction(SessionStorage::database(m_session), tr("The request cannot be recorded."),
                         [&]() -> Result<Request> { return insertNew(input); });
}

Result<Request> RequestService::insertNew(const NewRequest &input)
{
    RequestRepository requests(SessionStorage::database(m_session), m_session.clock());
    const int year = input.received.year();
    auto sequence = requests.nextSequence(year);
    if (!sequence)
        return sequence.error();
    Request request;
    request.reference = QStringLiteral("%1-%2").arg(year).arg(*sequence, 4, 10, QChar(u'0'));
    request.channel = input.channel;
    request.received = input.received;
    request.due = m_deadlines.due(input.received).due;
    request.state = RequestState::Received;
    request.requester = input.requester;
    request.language = input.language;
    request.agent = input.agent;
    request.rights = withoutDuplicates(input.rights);
    request.assignee = input.assignee.trimmed();
    request.notes = input.notes;
    auto id = requests.insert(request, year, *sequence, m_session.account().login);
    if (!id)
        return id.error();
    request.id = *id;
    if (auto recorded = m_session.record(AuditAction::RequestCreate, QStringLiteral("request"),
                                         request.reference,
                                         QStringLiteral("rights ") + request.rights.join(u',') + QStringLiteral(", channel ")
                                             + channelKey(request.channel));
        !recorded)
        return recorded.error();
    return request;
}

Result<Request> RequestService::intake(Intake input)
{
    const auto wipeScan = qScopeGuard([&input] { wipeInPlace(input.scan); });
    if (auto allowed = m_session.require(Permission::HandleRequests, QStringLiteral("request")); !allowed)
        return allowed.error();
    const NewRequest &asked = input.request;
    if (auto valid = validate(asked.requester, asked.rights, asked.received, asked.language, asked.agent); !valid)
        return valid.error();
    if (input.identity == IdentityPlan::NotNeeded && input.identifiedHow.trimmed().isEmpty())
        return invalidInput(QStringLiteral("identity.how"), tr("Say how the requester was identified."));
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    return inTransaction(db, tr("The request cannot be recorded."), [&]() -> Result<Request> {
        auto created = insertNew(asked);
        if (!created)
            return created.error();
        Request request = *created;
        const auto move = [&](RequestState to, const QString &reason) -> Result<void> {
            if (auto changed = requests.changeState(request.id, request.state, to, reason, m_session.account().login);
                !changed)
                return changed;
            if (auto recorded = m_session.record(AuditAction::RequestTransition, QStringLiteral("request"), request.reference,
                                                 requestStateKey(request.state) + u'>' + requestStateKey(to));
                !recorded)
                return recorded;
            request.state = to;
            return {};
        };
        // Every plan opens the identity check; known otherwise, it is passed
        // at once (the same day: no pause).
        // Every plan opens the identity check. Known otherwise, or with the
        // copy at hand, it is passed at once (the same day: no pause, so the
        // deadline does not move while a copy waits to be looked at).
        if (auto checking = move(RequestState::IdentityCheck, {}); !checking)
            return checking.error();
        if (input.identity == IdentityPlan::NotNeeded) {
            if (auto passed = move(RequestState::InProgress, tr("Identified otherwise: %1").arg(input.identifiedHow.trimmed()));
                !passed)
                return passed.error();
        } else if (input.identity == IdentityPlan::CaptureNow) {
            auto image = IdentityDocumentService::storeIn(m_session, request.id, request.reference, input.scan,
                                                          input.documentKind);
            if (!image)
                return image.error();
            if (auto passed = move(RequestState::InProgress, tr("Copy of the identity document captured at intake"));
                !passed)
                return passed.error();
        }
        if (!input.processings.empty()) {
            std::vector<Finding> findings;
            for (const qint64 processing : input.processings)
                findings.push_back({processing, {}, std::nullopt, {}});
            if (auto written = requests.setFindings(request.id, findings); !written)
                return written.error();
            if (auto recorded = m_session.record(AuditAction::RequestFindings, QStringLiteral("request"), request.reference,
                                                 QStringLiteral("processings %1").arg(findings.size()));
                !recorded)
                return recorded.error();
        }
        auto saved = requests.find(request.id);
        if (!saved)
            return saved.error();
        return saved->value_or(request);
    });
}

Result<void> RequestService::validate(const Requester &requester, const QStringList &rights, const QDate &received,
                                      const QString &language, const Agent &agent) const
{
    if (requester.surname.trimmed().isEmpty())
        return invalidInput(QStringLiteral("requester.surname"), tr("Enter the requester's surname."));
    if (rights.isEmpty())
        return invalidInput(QStringLiteral("rights"), tr("Choose at least one right."));
    if (!received.isValid() || received > m_session.clock()->today())
        return invalidInput(QStringLiteral("received"), tr("The date of receipt must be a past or today's date."));
    if (language != QLatin1String("fr") && language != QLatin1String("en"))
        return invalidInput(QStringLiteral("language"), tr("Letters are written in French or English."));
    if (agent.present() && agent.mandateObject.trimmed().isEmpty())
        return invalidInput(QStringLiteral("agent.mandate"), tr("Say what the agent's mandate covers."));
    if (agent.present() && agent.mayReceiveReply && agent.address.trimmed().isEmpty())
        return invalidInput(QStringLiteral("agent.address"), tr("Enter the agent's postal address: the reply goes to the agent."));
    return {};
}

Requester RequestService::trimmed(Requester requester)
{
    for (QString *text : {&requester.civility, &requester.surname, &requester.firstName, &requester.birthName,
                          &requester.address, &requester.email, &requester.phone, &requester.staffNumber})
        *text = text->trimmed();
    return requester;
}

Agent RequestService::trimmed(Agent agent)
{
    agent.name = agent.name.trimmed();
    agent.mandateObject = agent.mandateObject.trimmed();
    agent.address = agent.address.trimmed();
    if (!agent.present())
        agent = Agent{};
    return agent;
}

QStringList RequestService::withoutDuplicates(const QStringList &rights)
{
    QStringList unique;
    for (const QString &right : rights) {
        if (!unique.contains(right))
            unique << right;
    }
    return unique;
}

Result<Request> RequestService::update(qint64 id, const RequestEdit &edit, int expectedVersion)
{
    auto request = checkedRequest(Permission::HandleRequests, id);
    if (!request)
        return request.error();
    if (Workflow::isEnd(request->state))
        return makeError(ErrorCode::IllegalTransition,
                         tr("This request is %1: it can no longer be edited.").arg(Workflow::stateName(request->state).toLower()));
    if (request->version != expectedVersion)
        return makeError(ErrorCode::Conflict,
                         tr("Someone changed this request after you opened it. Reload it to see their changes, then "
                            "make yours again."),
                         QStringLiteral("version %1, expected %2").arg(request->version).arg(expectedVersion));
    if (auto valid = validate(edit.requester, edit.rights, edit.received, edit.language, edit.agent); !valid)
        return valid.error();
    Request edited = *request;
    if (edit.received != request->received) {
        // The deadline runs from receipt: moved with it, until an extension
        // (notified to the requester with its date) was computed from it.
        if (request->extendedUntil.isValid())
            return invalidInput(QStringLiteral("received"),
                                tr("The date of receipt can no longer be corrected: the deadline was extended from it."));
        if (edit.received.year() != request->received.year())
            return invalidInput(QStringLiteral("received"),
                                tr("The date of receipt stays in %1, the year of the reference %2.")
                                    .arg(request->received.year())
                                    .arg(request->reference));
        edited.received = edit.received;
        edited.due = m_deadlines.due(edit.received, request->pausedDays).due;
    }
    edited.channel = edit.channel;
    edited.rights = withoutDuplicates(edit.rights);
    edited.requester = trimmed(edit.requester);
    edited.language = edit.language;
    edited.agent = trimmed(edit.agent);
    edited.assignee = edit.assignee.trimmed();
    edited.notes = edit.notes;
    // Which parts changed, never their values.
    QStringList parts;
    if (edited.channel != request->channel)
        parts << QStringLiteral("channel");
    if (edited.received != request->received)
        parts << QStringLiteral("received");
    if (edited.rights != request->rights)
        parts << QStringLiteral("rights");
    if (!(edited.requester == request->requester))
        parts << QStringLiteral("requester");
    if (edited.language != request->language)
        parts << QStringLiteral("language");
    if (!(edited.agent == request->agent))
        parts << QStringLiteral("agent");
    if (edited.assignee != request->assignee)
        parts << QStringLiteral("assignee");
    if (edited.notes != request->notes)
        parts << QStringLiteral("words");
    // Findings compared as kept: a set by processing (whatever the order on
    // screen), with the action trimmed.
    const auto byProcessing = [](std::vector<Finding> findings) {
        std::sort(findings.begin(), findings.end(),
                  [](const Finding &a, const Finding &b) { return a.processingId < b.processingId; });
        return findings;
    };
    const std::vector<Finding> wanted = byProcessing(edit.findings);
    if (std::adjacent_find(wanted.begin(), wanted.end(), [](const Finding &a, const Finding &b) {
            return a.processingId == b.processingId;
        }) != wanted.end())
        return invalidInput(QStringLiteral("findings"), tr("A processing is listed twice among those concerned."));
    const std::vector<Finding> kept = byProcessing(request->findings);
    const auto sameFinding = [](const Finding &a, const Finding &b) {
        return a.processingId == b.processingId && a.dataHeld == b.dataHeld && a.action.trimmed() == b.action.trimmed();
    };
    const bool findingsChanged = !std::equal(wanted.begin(), wanted.end(), kept.begin(), kept.end(), sameFinding);
    if (findingsChanged)
        parts << QStringLiteral("findings");
    if (parts.isEmpty())
        return *request;
    QSqlDatabase db = SessionStorage::database(m_session);
    auto saved = inTransaction(db, tr("The request cannot be updated."), [&]() -> Result<void> {
        RequestRepository requests(db, m_session.clock());
        if (auto written = requests.update(edited, expectedVersion); !written)
            return written;
        if (findingsChanged) {
            if (auto written = requests.setFindings(id, edit.findings); !written)
                return written;
        }
        return m_session.record(AuditAction::RequestUpdate, QStringLiteral("request"), request->reference,
                                parts.join(u','));
    });
    if (!saved)
        return saved.error();
    auto reread = RequestRepository(db, m_session.clock()).find(id);
    if (!reread)
        return reread.error();
    if (!*reread)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    return **reread;
}

Result<void> RequestService::addNote(qint64 id, const QString &text)
{
    auto request = checkedRequest(Permission::HandleRequests, id);
    if (!request)
        return request.error();
    if (text.trimmed().isEmpty())
        return invalidInput(QStringLiteral("note"), tr("The note is empty."));
    QSqlDatabase db = SessionStorage::database(m_session);
    return inTransaction(db, tr("The note cannot be recorded."), [&]() -> Result<void> {
        if (auto added = RequestRepository(db, m_session.clock()).addNote(id, m_session.account().login, text); !added)
            return added;
        return m_session.record(AuditAction::RequestNote, QStringLiteral("request"), request->reference);
    });
}

Result<std::vector<RequestNote>> RequestService::notes(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(id)); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).notes(id);
}

Result<Request> RequestService::checkedRequest(Permission permission, qint64 id)
{
    if (auto allowed = m_session.require(permission, QStringLiteral("request"), QString::number(id)); !allowed)
        return allowed.error();
    auto found = RequestRepository(SessionStorage::database(m_session), m_session.clock()).find(id);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("There is no such request."));
    return **found;
}

Result<int> RequestService::pausedUntil(const Request &request, const QDate &day) const
{
    if (request.state != RequestState::IdentityCheck)
        return request.pausedDays;
    // The running pause began at the last entry into the identity check.
    auto history = RequestRepository(SessionStorage::database(m_session), m_session.clock()).history(request.id);
    if (!history)
        return history.error();
    QDate since;
    for (const StateChange &change : *history) {
        if (change.to == RequestState::IdentityCheck)
            since = change.at.toLocalTime().date();
    }
    const qint64 running = since.isValid() ? std::max<qint64>(0, since.daysTo(day)) : 0;
    return request.pausedDays + int(running);
}

Result<Request> RequestService::view(qint64 id)
{
    auto found = checkedRequest(Permission::ViewRequests, id);
    if (!found)
        return found;
    if (auto recorded = m_session.record(AuditAction::RequestView, QStringLiteral("request"), found->reference);
        !recorded)
        return recorded.error();
    return found;
}

Result<void> RequestService::transition(qint64 id, RequestState to, const QString &reason)
{
    auto found = checkedRequest(Permission::HandleRequests, id);
    if (!found)
        return found.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    const RequestState from = found->state;
    if (auto legal = Workflow::check(from, to, reason); !legal) {
        static_cast<void>(m_session.record(AuditAction::RequestTransitionRefused, QStringLiteral("request"),
                                           found->reference,
                                           requestStateKey(from) + u'>' + requestStateKey(to)));
        return legal;
    }
    bool destroyed = false;
    auto done = inTransaction(db, tr("The request cannot be updated."), [&]() -> Result<void> {
        if (auto changed = requests.changeState(id, from, to, reason, m_session.account().login); !changed)
            return changed;
        // Leaving the identity check ends a pause: it is always counted, and
        // moves the deadline when the settings say the clock stops.
        if (from == RequestState::IdentityCheck) {
            auto pausedDays = pausedUntil(*found, m_session.clock()->today());
            if (!pausedDays)
                return pausedDays.error();
            const int paused = *pausedDays;
            const QDate firstDue = m_deadlines.due(found->received, paused).due;
            if (auto written = requests.setPause(id, paused, firstDue, !found->extendedUntil.isValid()); !written)
                return written;
            // An extension granted before the pause ended moves with it.
            if (found->extendedUntil.isValid()) {
                const QDate until = m_deadlines.extended(found->received, paused).due;
                if (auto moved = requests.moveExtension(id, until); !moved)
                    return moved;
            }
        }
        if (auto recorded = m_session.record(AuditAction::RequestTransition, QStringLiteral("request"),
                                             found->reference, requestStateKey(from) + u'>' + requestStateKey(to));
            !recorded)
            return recorded;
        // Reaching an end destroys the identity document in the same
        // transaction: either both happen or neither.
        if (Workflow::isEnd(to)) {
            auto removed = IdentityDocumentService::destroyIn(m_session, id, found->reference, requestStateKey(to));
            if (!removed)
                return removed.error();
            destroyed = *removed;
        }
        return {};
    });
    if (!done)
        return done;
    // Old WAL frames would still hold the deleted pages.
    if (destroyed)
        IdentityDocumentService::writeBack(m_session, found->reference);
    return {};
}

Result<Request> RequestService::extend(qint64 id, const QString &reason, const QDate &today)
{
    auto found = checkedRequest(Permission::HandleRequests, id);
    if (!found)
        return found;
    if (reason.trimmed().isEmpty())
        return invalidInput(QStringLiteral("reason"), tr("An extension needs its reasons: they are given to the requester."));
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    Request request = *found;
    if (Workflow::isEnd(request.state))
        return makeError(ErrorCode::IllegalTransition, tr("This request has ended; its deadline cannot be extended."));
    if (request.extendedUntil.isValid())
        return makeError(ErrorCode::AlreadyExists, tr("The deadline of this request was already extended."));
    // A pause still running (identity check) counts too.
    auto paused = pausedUntil(request, today);
    if (!paused)
        return paused.error();
    request.pausedDays = *paused;
    if (!m_deadlines.extensionStillPossible(request.received, today, request.pausedDays))
        return makeError(ErrorCode::TooLate,
                         tr("The first deadline (%1) has passed: the extension had to be notified before it.")
                             .arg(QLocale().toString(request.due, QLocale::LongFormat)));
    const QDate until = m_deadlines.extended(request.received, request.pausedDays).due;
    return inTransaction(db, tr("The request cannot be updated."), [&]() -> Result<Request> {
        if (auto extended = requests.extend(id, until, reason); !extended)
            return extended.error();
        if (auto recorded = m_session.record(AuditAction::RequestExtend, QStringLiteral("request"),
                                             request.reference, QStringLiteral("until ") + until.toString(Qt::ISODate));
            !recorded)
            return recorded.error();
        request.extendedUntil = until;
        request.extensionReason = reason.trimmed();
        return request;
    });
}

Result<Request> RequestService::extend(qint64 id, const QString &reason)
{
    return extend(id, reason, m_session.clock()->today());
}

Result<std::vector<StateChange>> RequestService::history(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("request"), QString::number(id));
        !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).history(id);
}

Result<std::vector<AuditEntry>> RequestService::auditTrail(qint64 id)
{
    if (auto allowed = m_session.require(Permission::ViewAuditLog, QStringLiteral("request")); !allowed)
        return allowed.error();
    auto found = checkedRequest(Permission::ViewRequests, id);
    if (!found)
        return found.error();
    return AuditLog::of(SessionStorage::vault(m_session), m_session.clock())
        .entriesAbout(QStringLiteral("request"), found->reference);
}

Result<void> RequestService::setFindings(qint64 id, const std::vector<Finding> &findings)
{
    auto found = checkedRequest(Permission::HandleRequests, id);
    if (!found)
        return found.error();
    QSqlDatabase db = SessionStorage::database(m_session);
    RequestRepository requests(db, m_session.clock());
    if (Workflow::isEnd(found->state))
        return makeError(ErrorCode::InvalidArgument, tr("This request has ended; its findings can no longer change."));
    return inTransaction(db, tr("The request cannot be updated."), [&]() -> Result<void> {
        if (auto written = requests.setFindings(id, findings); !written)
            return written;
        return m_session.record(AuditAction::RequestFindings, QStringLiteral("request"), found->reference,
                                QStringLiteral("processings %1").arg(findings.size()));
    });
}

Result<void> RequestService::setRightArticle(const QString &key, const QString &article)
{
    if (auto allowed = m_session.require(Permission::ManageRegister, QStringLiteral("right"), key); !allowed)
        return allowed;
    QSqlDatabase db = SessionStorage::database(m_session);
    return inTransaction(db, tr("The request cannot be updated."), [&]() -> Result<void> {
        if (auto written = RequestRepository(db, m_session.clock()).setRightArticle(key, article); !written)
            return written;
        return m_session.record(AuditAction::RightArticle, QStringLiteral("right"), key, article.trimmed());
    });
}

Result<std::vector<Right>> RequestService::rights()
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("rights")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).rights();
}

Result<std::vector<RequestRow>> RequestService::list(const RequestFilter &filter)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("requests")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).list(filter);
}

Result<qint64> RequestService::count(const RequestFilter &filter)
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("requests")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).count(filter);
}

Result<QStringList> RequestService::assignees()
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("requests")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).assignees();
}

Result<std::vector<int>> RequestService::years()
{
    if (auto allowed = m_session.require(Permission::ViewRequests, QStringLiteral("requests")); !allowed)
        return allowed.error();
    return RequestRepository(SessionStorage::database(m_session), m_session.clock()).years();
}

} // namespace habeas
