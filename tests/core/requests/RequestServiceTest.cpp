// Rights requests through the service: intake, references, deadlines,
// transitions, the one extension, the list, permissions and audit entries.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/SessionStorage.h"
#include "core/requests/RequestService.h"
#include "core/requests/NextStep.h"
#include "core/requests/RequestRepository.h"
#include "core/accounts/Session.h"
#include "core/register/ProcessingRepository.h"
#include "core/vault/Vault.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {


QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class RequestServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("requests.habeas"));
        const auto created = createOfficeVault(m_path, QStringLiteral("Test"));
        ASSERT_OK(created);
        auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_TRUE(session.ok());
        m_session = std::move(session).value();
        m_service = std::make_unique<RequestService>(
            *m_session, DeadlineCalculator(MonacoCalendar(), {}, QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    static NewRequest sample(const QString &surname = QStringLiteral("Lefèvre"), const QDate &received = d("2026-01-31"))
    {
        NewRequest request;
        request.channel = Channel::Email;
        request.received = received;
        request.rights = {QStringLiteral("access")};
        request.requester.surname = surname;
        request.requester.firstName = QStringLiteral("Hélène");
        request.requester.email = QStringLiteral("h.lefevre@example.mc");
        return request;
    }

    QStringList auditDetails(const QString &action)
    {
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        query.prepare(QStringLiteral("SELECT object_id || ' ' || detail FROM audit_log WHERE action = ? ORDER BY seq"));
        query.addBindValue(action);
        QStringList details;
        if (query.exec()) {
            while (query.next())
                details << query.value(0).toString();
        }
        return details;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RequestService> m_service;
};

} // namespace

TEST_F(RequestServiceTest, IntakeGivesTheYearlyReferenceAndTheDeadline)
{
    auto first = m_service->create(sample());
    ASSERT_OK(first);
    EXPECT_EQ(first->reference, QStringLiteral("2026-0001"));
    EXPECT_EQ(first->due, d("2026-03-02"));
    EXPECT_EQ(first->state, RequestState::Received);
    auto second = m_service->create(sample(QStringLiteral("Martin"), d("2026-02-02")));
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->reference, QStringLiteral("2026-0002"));
    auto otherYear = m_service->create(sample(QStringLiteral("Rossi"), d("2025-12-30")));
    ASSERT_TRUE(otherYear.ok());
    EXPECT_EQ(otherYear->reference, QStringLiteral("2025-0001"));

    auto read = m_service->view(first->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->requester.surname, QStringLiteral("Lefèvre"));
    EXPECT_EQ(read->requester.firstName, QStringLiteral("Hélène"));
    EXPECT_EQ(read->rights, QStringList{QStringLiteral("access")});
    EXPECT_EQ(read->channel, Channel::Email);
    auto history = m_service->history(first->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().to, RequestState::Received);
    EXPECT_EQ(history->front().account, QStringLiteral("clerk"));
}

TEST_F(RequestServiceTest, AuditEntriesNameTheRequestNeverThePerson)
{
    auto created = m_service->create(sample());
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(m_service->view(created->id).ok());
    const QStringList creations = auditDetails(QStringLiteral("request.create"));
    ASSERT_EQ(creations.size(), 1);
    EXPECT_TRUE(creations.first().startsWith(QStringLiteral("2026-0001")));
    EXPECT_EQ(auditDetails(QStringLiteral("request.view")).size(), 1);
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE account || object_id || detail"
                                          " LIKE '%Lef%' OR account || object_id || detail LIKE '%example%'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}

TEST_F(RequestServiceTest, IntakeRefusesIncompleteRequests)
{
    NewRequest noName = sample(QStringLiteral("  "));
    EXPECT_EQ(m_service->create(noName).error().field, QStringLiteral("requester.surname"));
    NewRequest noRight = sample();
    noRight.rights.clear();
    EXPECT_EQ(m_service->create(noRight).error().field, QStringLiteral("rights"));
    NewRequest future = sample(QStringLiteral("Futur"), QDate::currentDate().addDays(3));
    EXPECT_EQ(m_service->create(future).error().field, QStringLiteral("received"));
    NewRequest language = sample();
    language.language = QStringLiteral("it");
    EXPECT_EQ(m_service->create(language).error().field, QStringLiteral("language"));
    NewRequest agent = sample();
    agent.agent.name = QStringLiteral("Maître Bianchi");
    const Error noMandate = m_service->create(agent).error();
    EXPECT_EQ(noMandate.code, ErrorCode::InvalidArgument);
    EXPECT_EQ(noMandate.field, QStringLiteral("agent.mandate"));
    NewRequest unknownRight = sample();
    unknownRight.rights = {QStringLiteral("teleportation")};
    EXPECT_FALSE(m_service->create(unknownRight).ok());
    auto count = m_service->count({});
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0) << "nothing half-written";
}

TEST_F(RequestServiceTest, TheWorkflowIsEnforcedAndAudited)
{
    auto created = m_service->create(sample());
    ASSERT_TRUE(created.ok());
    const qint64 id = created->id;
    auto skipped = m_service->transition(id, RequestState::Answered);
    ASSERT_FALSE(skipped.ok());
    EXPECT_EQ(skipped.error().code, ErrorCode::IllegalTransition);
    EXPECT_EQ(auditDetails(QStringLiteral("request.transition-refused")).size(), 1);
    for (RequestState next : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered,
                              RequestState::Closed})
        ASSERT_TRUE(m_service->transition(id, next).ok()) << qPrintable(requestStateKey(next));
    EXPECT_FALSE(m_service->transition(id, RequestState::InProgress).ok());
    auto history = m_service->history(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 5u);
    EXPECT_EQ(history->back().from, RequestState::Answered);
    EXPECT_EQ(history->back().to, RequestState::Closed);
    EXPECT_EQ(auditDetails(QStringLiteral("request.transition")),
              (QStringList{QStringLiteral("2026-0001 received>identity-check"),
                           QStringLiteral("2026-0001 identity-check>in-progress"),
                           QStringLiteral("2026-0001 in-progress>answered"), QStringLiteral("2026-0001 answered>closed")}));
}

TEST_F(RequestServiceTest, ARefusalKeepsItsReason)
{
    auto created = m_service->create(sample());
    ASSERT_TRUE(created.ok());
    EXPECT_FALSE(m_service->transition(created->id, RequestState::Refused).ok());
    ASSERT_TRUE(m_service->transition(created->id, RequestState::Refused, QStringLiteral("Demande manifestement abusive")).ok());
    auto read = m_service->view(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->state, RequestState::Refused);
    EXPECT_EQ(read->refusalReason, QStringLiteral("Demande manifestement abusive"));
}

TEST_F(RequestServiceTest, OneExtensionBeforeTheFirstDeadline)
{
    auto created = m_service->create(sample());
    ASSERT_TRUE(created.ok());
    EXPECT_FALSE(m_service->extend(created->id, QStringLiteral("  "), d("2026-02-10")).ok());
    auto late = m_service->extend(created->id, QStringLiteral("Complexité"), d("2026-03-03"));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::TooLate);
    auto extended = m_service->extend(created->id, QStringLiteral("Nombre de traitements concernés"), d("2026-02-10"));
    ASSERT_OK(extended);
    EXPECT_EQ(extended->extendedUntil, d("2026-04-30"));
    EXPECT_EQ(extended->effectiveDue(), d("2026-04-30"));
    EXPECT_EQ(m_service->extend(created->id, QStringLiteral("again"), d("2026-02-11")).error().code,
              ErrorCode::AlreadyExists);
    auto rows = m_service->list({});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().due, d("2026-04-30")) << "the list sorts on the date in force";
}

TEST_F(RequestServiceTest, TheListFiltersSortsAndPages)
{
    const std::tuple<const char *, const char *, const char *> people[] = {
        {"Lefèvre", "2026-01-05", "access"}, {"Martin", "2026-01-20", "rectification"},
        {"Lefebvre", "2026-01-10", "objection"}, {"Dupont", "2026-01-02", "access"}, {"Leroy", "2026-01-15", "erasure"},
    };
    for (const auto &[surname, received, right] : people) {
        NewRequest request = sample(QString::fromUtf8(surname), d(received));
        request.rights = {QLatin1String(right)};
        ASSERT_TRUE(m_service->create(request).ok());
    }
    auto all = m_service->list({});
    ASSERT_TRUE(all.ok());
    QStringList order;
    for (const RequestRow &row : *all)
        order << row.surname;
    EXPECT_EQ(order, (QStringList{QStringLiteral("Dupont"), QStringLiteral("Lefèvre"), QStringLiteral("Lefebvre"),
                                  QStringLiteral("Leroy"), QStringLiteral("Martin")}));
    RequestFilter byName;
    byName.text = QStringLiteral("LEFE"); // accents and case ignored
    auto lef = m_service->list(byName);
    ASSERT_TRUE(lef.ok());
    EXPECT_EQ(lef->size(), 2u);
    RequestFilter byReference;
    byReference.text = QStringLiteral("2026-0003");
    ASSERT_EQ(m_service->list(byReference)->size(), 1u);
    EXPECT_EQ(m_service->list(byReference)->front().surname, QStringLiteral("Lefebvre"));
    RequestFilter byRight;
    byRight.rightKey = QStringLiteral("access");
    EXPECT_EQ(*m_service->count(byRight), 2);
    RequestFilter wildcard;
    wildcard.text = QStringLiteral("%");
    EXPECT_EQ(*m_service->count(wildcard), 0) << "no pattern syntax: the text is a prefix, taken literally";
    ASSERT_TRUE(m_service->transition(all->front().id, RequestState::Withdrawn).ok());
    RequestFilter open;
    open.openOnly = true;
    EXPECT_EQ(*m_service->count(open), 4);
    RequestFilter withdrawn;
    withdrawn.state = RequestState::Withdrawn;
    EXPECT_EQ(*m_service->count(withdrawn), 1);
    RequestFilter page;
    page.limit = 2;
    page.offset = 2;
    auto second = m_service->list(page);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->size(), 2u);
    EXPECT_EQ(second->front().surname, QStringLiteral("Lefebvre"));
}

// Every column of the table sorts, both ways, and every filter of the
// request list narrows it; ties are broken by the reference, so that pages
// never overlap.
TEST_F(RequestServiceTest, TheListSortsOnEveryColumnAndFiltersByChannelAssigneeYearAndOverdue)
{
    struct Case {
        const char *surname;
        const char *received;
        Channel channel;
        const char *assignee;
    };
    const Case cases[] = {
        {"Rossi", "2025-12-01", Channel::Post, "clerk"},   {"Bianchi", "2026-01-05", Channel::Email, ""},
        {"Aubert", "2026-01-20", Channel::OnSite, "clerk"}, {"Zanetti", "2026-01-10", Channel::Post, "dpo"},
    };
    for (const Case &c : cases) {
        NewRequest request = sample(QString::fromUtf8(c.surname), d(c.received));
        request.channel = c.channel;
        request.assignee = QString::fromLatin1(c.assignee);
        ASSERT_OK(m_service->create(request));
    }
    const auto surnames = [&](RequestFilter filter) {
        QStringList names;
        auto rows = m_service->list(filter);
        EXPECT_OK(rows);
        if (rows)
            for (const RequestRow &row : *rows)
                names << row.surname;
        return names;
    };
    RequestFilter filter;
    filter.sort = RequestSort::Requester;
    EXPECT_EQ(surnames(filter), (QStringList{QStringLiteral("Aubert"), QStringLiteral("Bianchi"), QStringLiteral("Rossi"),
                                             QStringLiteral("Zanetti")}));
    filter.descending = true;
    EXPECT_EQ(surnames(filter).front(), QStringLiteral("Zanetti"));
    filter = {};
    filter.sort = RequestSort::Received;
    EXPECT_EQ(surnames(filter).front(), QStringLiteral("Rossi"));
    filter.sort = RequestSort::Channel; // email, on-site, post, post (by reference)
    EXPECT_EQ(surnames(filter), (QStringList{QStringLiteral("Bianchi"), QStringLiteral("Aubert"), QStringLiteral("Rossi"),
                                             QStringLiteral("Zanetti")}));
    filter.sort = RequestSort::Assignee; // nobody first
    EXPECT_EQ(surnames(filter).front(), QStringLiteral("Bianchi"));
    filter.sort = RequestSort::Reference;
    filter.descending = true;
    EXPECT_EQ(surnames(filter).front(), QStringLiteral("Zanetti")) << "the last reference of 2026";
    auto rows = m_service->list({});
    ASSERT_OK(rows);
    EXPECT_EQ(rows->front().channel, Channel::Post);
    EXPECT_EQ(rows->front().assignee, QStringLiteral("clerk"));

    RequestFilter post;
    post.channel = Channel::Post;
    EXPECT_EQ(*m_service->count(post), 2);
    RequestFilter mine;
    mine.assignee = QStringLiteral("clerk");
    EXPECT_EQ(*m_service->count(mine), 2);
    RequestFilter year;
    year.year = 2025;
    EXPECT_EQ(surnames(year), QStringList{QStringLiteral("Rossi")});
    // Due a month after receipt: on 15 February 2026 the December and the
    // two early-January requests are overdue, not the one of 20 January.
    RequestFilter overdue;
    overdue.overdueOn = d("2026-02-15");
    EXPECT_EQ(*m_service->count(overdue), 3);
    ASSERT_OK(m_service->transition(rows->front().id, RequestState::Withdrawn));
    EXPECT_EQ(*m_service->count(overdue), 2) << "an ended request is not overdue";
}

// Every order, both ways, pages with an index and no sort, so that a page
// deep in the list skips the rows before it on the index alone; so do the
// open requests by due date, the page's default. A search by name counts
// and sorts on its one index (no OR with the reference's).
TEST_F(RequestServiceTest, EveryOrderOfTheListIsPagedByAnIndex)
{
    const RequestRepository requests(SessionStorage::vault(*m_session).database());
    const auto plan = [&](const RequestFilter &filter) {
        auto steps = requests.pagePlan(filter);
        EXPECT_OK(steps);
        return steps ? steps->join(QStringLiteral("; ")) : QString();
    };
    for (RequestSort sort : {RequestSort::Due, RequestSort::Reference, RequestSort::Requester, RequestSort::Received,
                             RequestSort::State, RequestSort::Channel, RequestSort::Assignee}) {
        for (bool descending : {false, true}) {
            RequestFilter filter;
            filter.sort = sort;
            filter.descending = descending;
            filter.offset = 50000;
            const QString steps = plan(filter);
            EXPECT_TRUE(steps.contains(QStringLiteral("COVERING INDEX"))) << int(sort) << ' ' << qPrintable(steps);
            EXPECT_FALSE(steps.contains(QStringLiteral("TEMP B-TREE"))) << int(sort) << ' ' << qPrintable(steps);
        }
    }
    RequestFilter open;
    open.openOnly = true;
    const QString openSteps = plan(open);
    // SQLite 3.36 and later write "SCAN requests", earlier ones "SCAN TABLE
    // requests" (SQLCipher 4 and 3.4.1).
    const QRegularExpression scanDue(QStringLiteral("^SCAN (TABLE )?requests USING COVERING INDEX requests_due\\b"));
    const QRegularExpression searchSurname(
        QStringLiteral("^SEARCH (TABLE )?requests USING COVERING INDEX requests_surname\\b"));
    EXPECT_TRUE(scanDue.match(openSteps).hasMatch()) << qPrintable(openSteps);
    EXPECT_FALSE(openSteps.contains(QStringLiteral("TEMP B-TREE"))) << qPrintable(openSteps);
    RequestFilter search = open;
    search.text = QStringLiteral("l");
    const QString steps = plan(search);
    EXPECT_TRUE(searchSurname.match(steps).hasMatch()) << qPrintable(steps);
    RequestFilter received;
    received.state = RequestState::Received;
    received.text = QStringLiteral("gastaud");
    const QString byState = plan(received);
    EXPECT_TRUE(searchSurname.match(byState).hasMatch()) << qPrintable(byState);

    // The searches still find by reference and by name.
    ASSERT_OK(m_service->create(sample()));
    ASSERT_OK(m_service->create(sample(QStringLiteral("Martin"))));
    RequestFilter byLetter;
    byLetter.text = QStringLiteral("l");
    EXPECT_EQ(*m_service->count(byLetter), 1);
    byLetter.text = QStringLiteral("2026-000");
    EXPECT_EQ(*m_service->count(byLetter), 2);
    auto page = m_service->list(byLetter);
    ASSERT_OK(page);
    ASSERT_EQ(page->size(), 2u);
    EXPECT_EQ(page->front().surname, QStringLiteral("Lefèvre"));
    EXPECT_EQ(page->front().rights, QStringLiteral("access"));
}

TEST_F(RequestServiceTest, TheAdministratorSeesNoRequests)
{
    m_service.reset();
    m_session.reset();
    auto admin = Session::login(m_path, QStringLiteral("admin"), SecureBytes::fromText(AdminPassword));
    ASSERT_TRUE(admin.ok());
    RequestService service(**admin);
    EXPECT_EQ(service.create(sample()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(service.list({}).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(service.view(1).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(service.transition(1, RequestState::Closed).error().code, ErrorCode::PermissionDenied);
}

TEST_F(RequestServiceTest, FindingsPerProcessingConcerned)
{
    auto created = m_service->create(sample());
    ASSERT_TRUE(created.ok());
    // Two processings in the register (the DPO's work; written directly here).
    QSqlDatabase db = SessionStorage::vault(*m_session).database();
    Processing mail;
    mail.name = QStringLiteral("Messagerie");
    Processing video;
    video.name = QStringLiteral("Vidéosurveillance");
    auto mailId = ProcessingRepository(db).save(mail);
    auto videoId = ProcessingRepository(db).save(video);
    ASSERT_TRUE(mailId.ok() && videoId.ok());
    const std::vector<Finding> findings{{*mailId, {}, true, QStringLiteral("Copie des données envoyée")},
                                        {*videoId, {}, false, QString()}};
    ASSERT_TRUE(m_service->setFindings(created->id, findings).ok());
    auto read = m_service->view(created->id);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->findings.size(), 2u);
    EXPECT_EQ(read->findings[0].processingName, QStringLiteral("Messagerie"));
    EXPECT_EQ(read->findings[0].dataHeld, std::optional<bool>(true));
    EXPECT_EQ(read->findings[1].dataHeld, std::optional<bool>(false));
    EXPECT_FALSE(m_service->setFindings(created->id, {{999999, {}, true, {}}}).ok());
    EXPECT_EQ(m_service->view(created->id)->findings.size(), 2u) << "a refused change changes nothing";
    EXPECT_EQ(auditDetails(QStringLiteral("request.findings")), QStringList{QStringLiteral("2026-0001 processings 2")});
}

// The open request's Save carries the findings with the rest, against the
// version read: one transaction, one audit entry naming the parts.
TEST_F(RequestServiceTest, AnEditSavesTheFindingsWithTheRestAtTheVersionRead)
{
    auto created = m_service->create(sample());
    ASSERT_OK(created);
    QSqlDatabase db = SessionStorage::vault(*m_session).database();
    Processing mail;
    mail.name = QStringLiteral("Messagerie");
    auto mailId = ProcessingRepository(db).save(mail);
    ASSERT_OK(mailId);
    RequestEdit edit = RequestEdit::of(*created);
    edit.findings = {{*mailId, QStringLiteral("Messagerie"), true, QStringLiteral("  Extraction envoyée ")}};
    edit.assignee = QStringLiteral("clerk");
    auto saved = m_service->update(created->id, edit, created->version);
    ASSERT_OK(saved);
    ASSERT_EQ(saved->findings.size(), 1u);
    EXPECT_EQ(saved->findings[0].action, QStringLiteral("Extraction envoyée"));
    EXPECT_EQ(auditDetails(QStringLiteral("request.update")).last(), QStringLiteral("2026-0001 assignee,findings"));
    // Saved again as read: nothing changed, nothing recorded.
    ASSERT_OK(m_service->update(created->id, RequestEdit::of(*saved), saved->version));
    EXPECT_EQ(auditDetails(QStringLiteral("request.update")).size(), 1);
    // An edit from the version before is refused, findings included.
    RequestEdit stale = RequestEdit::of(*created);
    stale.findings.clear();
    auto refused = m_service->update(created->id, stale, created->version);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    EXPECT_EQ(m_service->view(created->id)->findings.size(), 1u);
    // A processing not in the register: nothing of the edit is kept.
    RequestEdit unknown = RequestEdit::of(*saved);
    unknown.assignee.clear();
    unknown.findings.push_back({999999, {}, std::nullopt, {}});
    EXPECT_FALSE(m_service->update(created->id, unknown, saved->version).ok());
    auto after = m_service->view(created->id);
    ASSERT_OK(after);
    EXPECT_EQ(after->assignee, QStringLiteral("clerk"));
    EXPECT_EQ(after->findings.size(), 1u);
}

TEST_F(RequestServiceTest, IdentityPausesAreCountedAndMoveTheDeadlineOnlyWhenSet)
{
    for (const bool pauses : {false, true}) {
        SCOPED_TRACE(pauses);
        ASSERT_TRUE(m_session->settings().setValue(VaultSetting::PauseWhileAwaitingIdentity, pauses).ok());
        RequestService service(*m_session, RequestService::deadlinesFor(*m_session, QLocale(QLocale::English)));
        auto created = service.create(sample(QStringLiteral("Pause"), QDate::currentDate().addDays(-8)));
        ASSERT_TRUE(created.ok());
        ASSERT_TRUE(service.transition(created->id, RequestState::IdentityCheck).ok());
        // The identity check began five days ago.
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE request_states SET at_utc = '%1' WHERE request_id = %2 AND to_state = 'identity-check'")
                                   .arg(QDateTime::currentDateTimeUtc().addDays(-5).toString(Qt::ISODateWithMs))
                                   .arg(created->id)));
        ASSERT_TRUE(service.transition(created->id, RequestState::InProgress).ok());
        auto read = service.view(created->id);
        ASSERT_TRUE(read.ok());
        EXPECT_EQ(read->pausedDays, 5);
        const QDate unpaused = service.deadlines().due(created->received).due;
        if (pauses) {
            EXPECT_GT(read->due, unpaused);
            EXPECT_EQ(read->due, service.deadlines().due(created->received, 5).due);
        } else {
            EXPECT_EQ(read->due, unpaused);
        }
    }
}

TEST_F(RequestServiceTest, TheRightsTableCarriesTheArticles)
{
    auto rights = m_service->rights();
    ASSERT_TRUE(rights.ok());
    ASSERT_EQ(rights->size(), 5u);
    EXPECT_EQ((*rights)[0].key, QStringLiteral("access"));
    EXPECT_EQ((*rights)[0].article, QStringLiteral("12"));
    EXPECT_EQ((*rights)[1].article, QStringLiteral("13"));
    EXPECT_EQ((*rights)[2].article, QString()); // erasure: left to fill in
    EXPECT_EQ((*rights)[4].article, QStringLiteral("17"));
    // Clerks read the table; the DPO keeps it.
    EXPECT_EQ(m_service->setRightArticle(QStringLiteral("erasure"), QStringLiteral("14")).error().code,
              ErrorCode::PermissionDenied);
}

TEST_F(RequestServiceTest, AnExtensionMovesWithAPause)
{
    ASSERT_TRUE(m_session->settings().setValue(VaultSetting::PauseWhileAwaitingIdentity, true).ok());
    RequestService service(*m_session, RequestService::deadlinesFor(*m_session, QLocale(QLocale::English)));
    auto created = service.create(sample(QStringLiteral("Prolongé"), QDate::currentDate().addDays(-20)));
    ASSERT_TRUE(created.ok());
    ASSERT_TRUE(service.transition(created->id, RequestState::IdentityCheck).ok());
    auto extended = service.extend(created->id, QStringLiteral("Volume"));
    ASSERT_OK(extended);
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE request_states SET at_utc = '%1' WHERE request_id = %2 AND to_state = 'identity-check'")
                               .arg(QDateTime::currentDateTimeUtc().addDays(-10).toString(Qt::ISODateWithMs))
                               .arg(created->id)));
    ASSERT_TRUE(service.transition(created->id, RequestState::InProgress).ok());
    auto read = service.view(created->id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->pausedDays, 10);
    EXPECT_EQ(read->extendedUntil, service.deadlines().extended(created->received, 10).due);
    EXPECT_EQ(read->effectiveDue(), read->extendedUntil);
}

// Two clerks who opened the same request: the second save is refused, and
// a transition in between counts as a change too.
TEST_F(RequestServiceTest, ASaveOverARequestChangedMeanwhileIsRefused)
{
    auto created = m_service->create(sample());
    ASSERT_OK(created);
    EXPECT_EQ(created->version, 1);
    RequestEdit mine = RequestEdit::of(*created);
    mine.requester.phone = QStringLiteral("+377 93 15 00 00");
    RequestEdit theirs = RequestEdit::of(*created);
    theirs.requester.address = QStringLiteral("1 rue Grimaldi, Monaco");
    auto saved = m_service->update(created->id, mine, created->version);
    ASSERT_OK(saved);
    EXPECT_EQ(saved->version, 2);
    EXPECT_EQ(saved->requester.phone, QStringLiteral("+377 93 15 00 00"));
    auto refused = m_service->update(created->id, theirs, created->version);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
    auto reread = m_service->view(created->id);
    ASSERT_OK(reread);
    EXPECT_TRUE(reread->requester.address.isEmpty()) << "the refused save wrote something";
    ASSERT_OK(m_service->transition(created->id, RequestState::IdentityCheck));
    auto afterMove = m_service->update(created->id, RequestEdit::of(*saved), saved->version);
    ASSERT_FALSE(afterMove.ok());
    EXPECT_EQ(afterMove.error().code, ErrorCode::Conflict);
    // The entry names the parts changed, never their values.
    const QStringList edits = auditDetails(QStringLiteral("request.update"));
    ASSERT_EQ(edits.size(), 1);
    EXPECT_EQ(edits.first(), QStringLiteral("2026-0001 requester"));
}

TEST_F(RequestServiceTest, TheDateOfReceiptMovesTheDeadlineUntilItIsExtended)
{
    auto created = m_service->create(sample(QStringLiteral("Lefèvre"), d("2026-02-02")));
    ASSERT_OK(created);
    RequestEdit edit = RequestEdit::of(*created);
    edit.received = d("2026-01-31"); // the post was opened late
    auto moved = m_service->update(created->id, edit, created->version);
    ASSERT_OK(moved);
    EXPECT_EQ(moved->received, d("2026-01-31"));
    EXPECT_EQ(moved->due, d("2026-03-02"));
    edit.received = d("2025-12-31");
    auto otherYear = m_service->update(created->id, edit, moved->version);
    ASSERT_FALSE(otherYear.ok());
    EXPECT_EQ(otherYear.error().field, QStringLiteral("received"));
    // In the identity check it still can be corrected.
    ASSERT_OK(m_service->transition(created->id, RequestState::IdentityCheck));
    auto current = m_service->view(created->id);
    ASSERT_OK(current);
    edit = RequestEdit::of(*current);
    edit.received = d("2026-02-02");
    auto again = m_service->update(created->id, edit, current->version);
    ASSERT_OK(again);
    EXPECT_EQ(again->due, d("2026-03-02"));
    // Once extended, no longer.
    ASSERT_OK(m_service->extend(created->id, QStringLiteral("Three departments to search."), d("2026-02-10")));
    current = m_service->view(created->id);
    ASSERT_OK(current);
    edit = RequestEdit::of(*current);
    edit.received = d("2026-02-03");
    auto late = m_service->update(created->id, edit, current->version);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().field, QStringLiteral("received"));
    // Other fields still can be corrected, with the same validation as intake.
    edit = RequestEdit::of(*current);
    edit.requester.surname = QStringLiteral("  ");
    auto blank = m_service->update(created->id, edit, current->version);
    ASSERT_FALSE(blank.ok());
    EXPECT_EQ(blank.error().field, QStringLiteral("requester.surname"));
    // Spaces around a value are no change.
    edit = RequestEdit::of(*current);
    edit.requester.firstName += QStringLiteral("  ");
    auto same = m_service->update(created->id, edit, current->version);
    ASSERT_OK(same);
    EXPECT_EQ(same->version, current->version);
}

// The repository itself refuses a stale version, whatever the service read.
TEST_F(RequestServiceTest, TheRowIsWrittenOnlyAtTheVersionItWasRead)
{
    auto created = m_service->create(sample());
    ASSERT_OK(created);
    RequestRepository repository(SessionStorage::database(*m_session));
    Request edited = *created;
    edited.requester.phone = QStringLiteral("+377 93 15 00 01");
    ASSERT_OK(repository.update(edited, created->version));
    auto stale = repository.update(edited, created->version);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
}

TEST_F(RequestServiceTest, AnEndedRequestCannotBeEdited)
{
    auto created = m_service->create(sample());
    ASSERT_OK(created);
    ASSERT_OK(m_service->transition(created->id, RequestState::Withdrawn));
    auto ended = m_service->view(created->id);
    ASSERT_OK(ended);
    auto refused = m_service->update(created->id, RequestEdit::of(*ended), ended->version);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::IllegalTransition);
}

TEST_F(RequestServiceTest, NotesKeepTheirAuthorAndTime)
{
    auto created = m_service->create(sample());
    ASSERT_OK(created);
    auto empty = m_service->addNote(created->id, QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::InvalidArgument);
    ASSERT_OK(m_service->addNote(created->id, QStringLiteral("Called back: the copy of the ID will follow by post.")));
    ASSERT_OK(m_service->addNote(created->id, QStringLiteral("Copy received.")));
    auto notes = m_service->notes(created->id);
    ASSERT_OK(notes);
    ASSERT_EQ(notes->size(), 2u);
    EXPECT_EQ(notes->front().author, QStringLiteral("clerk"));
    EXPECT_EQ(notes->back().text, QStringLiteral("Copy received."));
    EXPECT_TRUE(notes->front().at.isValid());
    // Notes do not change the request's version: an open edit still saves.
    auto saved = m_service->update(created->id, RequestEdit::of(*created), created->version);
    EXPECT_OK(saved);
    const QStringList entries = auditDetails(QStringLiteral("request.note"));
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.first().trimmed(), QStringLiteral("2026-0001")) << "a note's text is never in the log";
}

TEST_F(RequestServiceTest, TheNextStepSaysWhatIsDueByWhomAndWhen)
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const MonacoCalendar calendar;
    Request request;
    request.state = RequestState::InProgress;
    request.due = d("2026-04-06"); // a Monday
    request.assignee = QStringLiteral("clerk");
    EXPECT_EQ(NextStep::describe(request, {}, d("2026-03-02"), calendar, IdentityCopy::None, english),
              QStringLiteral("Processings to search and the reply to write; reply due Monday 6 April 2026. Assigned to clerk."));
    EXPECT_EQ(NextStep::dueStatus(request.state, request.due, d("2026-03-02"), calendar), DueStatus::Fine);
    // Within five working days, then overdue.
    EXPECT_EQ(NextStep::dueStatus(request.state, request.due, d("2026-03-31"), calendar), DueStatus::Soon);
    EXPECT_TRUE(NextStep::describe(request, {}, d("2026-04-08"), calendar, IdentityCopy::None, english)
                    .contains(QStringLiteral("reply overdue since 6 April 2026 (2 days)")));
    request.state = RequestState::IdentityCheck;
    request.assignee.clear();
    const std::vector<StateChange> history{
        {QDateTime(d("2026-03-03"), QTime(10, 0)), QStringLiteral("clerk"), RequestState::Received,
         RequestState::IdentityCheck, {}}};
    EXPECT_EQ(NextStep::describe(request, history, d("2026-03-18"), calendar, IdentityCopy::None, english),
              QStringLiteral("Identity proof asked on 3 March 2026: no reply after 15 days; reply due Monday 6 April "
                             "2026. Nobody is assigned."));
    EXPECT_EQ(NextStep::describe(request, history, d("2026-03-03"), calendar, IdentityCopy::None, english),
              QStringLiteral("Identity proof asked today; reply due Monday 6 April 2026. Nobody is assigned."));
    // The proof has come: what is due changes with it.
    EXPECT_EQ(NextStep::describe(request, history, d("2026-03-18"), calendar, IdentityCopy::Held, english),
              QStringLiteral("Copy of the identity document received: verify it; reply due Monday 6 April 2026. "
                             "Nobody is assigned."));
    EXPECT_TRUE(NextStep::describe(request, history, d("2026-03-18"), calendar, IdentityCopy::Verified, english)
                    .startsWith(QStringLiteral("Identity verified: move the request on to its examination;")));
    request.state = RequestState::Closed;
    EXPECT_EQ(NextStep::dueStatus(request.state, request.due, d("2026-05-01"), calendar), DueStatus::Ended);
}

// The dashboard: what needs attention now, each list with its count, and
// the year's figures. An answered request is no longer overdue; a reply
// sent after the date in force counts as late.
TEST_F(RequestServiceTest, TheDashboardListsWhatNeedsAttentionAndCountsTheYear)
{
    m_service.reset();
    m_session.reset();
    const QDate today = d("2026-03-10");
    auto session = Session::login(m_path, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword),
                                  std::make_shared<FixedClock>(QDateTime(today, QTime(10, 0), Qt::UTC)));
    ASSERT_OK(session);
    m_session = std::move(session).value();
    RequestService service(*m_session);
    const auto make = [&](const QString &surname, const QDate &received, const QStringList &rights = {QStringLiteral("access")}) {
        NewRequest input = sample(surname, received);
        input.rights = rights;
        auto created = service.create(input);
        EXPECT_OK(created);
        return created ? *created : Request{};
    };
    const Request late = make(QStringLiteral("Arnaud"), d("2026-01-05"));
    const Request soon = make(QStringLiteral("Blanc"), d("2026-02-12"));
    const Request identity = make(QStringLiteral("Costa"), d("2026-03-02"));
    const Request extended = make(QStringLiteral("Dumas"), d("2026-03-01"));
    const Request onTime = make(QStringLiteral("Estève"), d("2026-03-03"), {QStringLiteral("access"), QStringLiteral("rectification")});
    const Request lateReply = make(QStringLiteral("Faure"), d("2026-01-02"));
    const Request lastYear = make(QStringLiteral("Gallo"), d("2025-12-20"));
    ASSERT_TRUE(late.due < today && lateReply.due < today);
    ASSERT_OK(service.transition(identity.id, RequestState::IdentityCheck));
    ASSERT_OK(service.extend(extended.id, QStringLiteral("Many processings concerned")));
    for (const Request &answered : {onTime, lateReply}) {
        ASSERT_OK(service.transition(answered.id, RequestState::IdentityCheck));
        ASSERT_OK(service.transition(answered.id, RequestState::InProgress));
        ASSERT_OK(service.transition(answered.id, RequestState::Answered));
    }
    ASSERT_OK(service.transition(lastYear.id, RequestState::Withdrawn));

    auto board = service.dashboard();
    ASSERT_OK(board);
    const auto ids = [](const RequestList &list) {
        std::vector<qint64> found;
        for (const RequestRow &row : list.rows)
            found.push_back(row.id);
        return found;
    };
    EXPECT_EQ(board->year, 2026);
    EXPECT_EQ(ids(board->overdue), std::vector<qint64>{late.id}) << "an answered request counted as overdue";
    EXPECT_EQ(board->overdue.count, 1);
    EXPECT_EQ(NextStep::dueStatus(RequestState::InProgress, soon.due, today, service.deadlines().calendar()),
              DueStatus::Soon);
    EXPECT_EQ(ids(board->dueSoon), std::vector<qint64>{soon.id});
    EXPECT_EQ(ids(board->awaitingIdentity), std::vector<qint64>{identity.id});
    EXPECT_EQ(ids(board->extended), std::vector<qint64>{extended.id});
    // The request of 2025 counts in none of 2026's figures.
    EXPECT_EQ(board->receivedInYear, 6);
    EXPECT_EQ(board->byMonth[0], 2);
    EXPECT_EQ(board->byMonth[1], 1);
    EXPECT_EQ(board->byMonth[2], 3);
    EXPECT_EQ(board->byMonth[11], 0);
    ASSERT_FALSE(board->byRight.empty());
    EXPECT_EQ(board->byRight.front(), (std::pair<QString, qint64>(QStringLiteral("access"), 6)));
    EXPECT_EQ(board->byRight[1], (std::pair<QString, qint64>(QStringLiteral("rectification"), 1)));
    EXPECT_EQ(board->replied, 2);
    EXPECT_EQ(board->repliedOnTime, 1);
    // Counted in full, listed up to the limit.
    for (int n = 0; n < RequestList::ListLimit + 3; ++n)
        make(QStringLiteral("Hugo"), d("2026-01-07"));
    board = service.dashboard();
    ASSERT_OK(board);
    EXPECT_EQ(board->overdue.rows.size(), std::size_t(RequestList::ListLimit));
    EXPECT_EQ(board->overdue.count, RequestList::ListLimit + 4);
    EXPECT_EQ(board->overdue.rows.front().id, late.id) << "the most overdue first";
}
