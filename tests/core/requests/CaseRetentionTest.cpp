// The retention of Habeas's own case files: ended requests past the period
// are listed without personal data, anonymised on confirmation (all or
// none), audited, and nothing of the cleared text stays in the vault file.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/requests/CaseRetention.h"
#include "core/requests/RequestService.h"
#include "core/vault/Vault.h"

#include <QFile>
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

std::shared_ptr<const Clock> at(const QDate &day)
{
    return std::make_shared<FixedClock>(QDateTime(day, QTime(10, 0), Qt::UTC));
}

class CaseRetentionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("retention.habeas"));
        ASSERT_OK(createOfficeVault(m_path, QStringLiteral("Test")));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password, const QDate &today)
    {
        m_session.reset();
        auto session = Session::login(m_path, login, SecureBytes::fromText(password), at(today));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    // A request received on `received` and ended by `end` on `endedOn`,
    // with a note, a finding's text and a refusal or extension reason.
    Request endedRequest(Session &session, const QString &surname, const QDate &received, RequestState end,
                         const QDate &endedOn)
    {
        session.setClock(at(received));
        RequestService service(session);
        NewRequest input;
        input.channel = Channel::Post;
        input.received = received;
        input.rights = {QStringLiteral("access")};
        input.requester.surname = surname;
        input.requester.firstName = QStringLiteral("Hélène");
        input.requester.address = QStringLiteral("12 rue Imaginaire, 98000 Monaco");
        input.requester.email = QStringLiteral("zephyrine@example.mc");
        input.agent = {QStringLiteral("Maître Quentin Zorzi"), QStringLiteral("Mandat pour l'accès"), received.addMonths(3),
                       true, QStringLiteral("3 avenue Fictive, 98000 Monaco")};
        input.notes = QStringLiteral("Souhaite recevoir ses données de paie");
        auto created = service.create(input);
        EXPECT_OK(created);
        if (!created)
            return {};
        EXPECT_OK(service.addNote(created->id, QStringLiteral("Appel de Mme Zéphyrine le matin")));
        EXPECT_OK(service.extend(created->id, QStringLiteral("Plusieurs traitements consultés pour Zéphyrine")));
        session.setClock(at(endedOn));
        if (end == RequestState::Closed) {
            for (RequestState step : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered,
                                      RequestState::Closed})
                EXPECT_OK(service.transition(created->id, step));
        } else {
            EXPECT_OK(service.transition(created->id, end, QStringLiteral("Motif propre à Zéphyrine")));
        }
        auto read = service.view(created->id);
        EXPECT_OK(read);
        return read ? *read : Request{};
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(CaseRetentionTest, TheDpoSetsThePeriodWithinItsBoundsAndOnlyTheDpo)
{
    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword, d("2026-06-01"));
    ASSERT_TRUE(dpo);
    CaseRetention retention(*dpo);
    EXPECT_EQ(retention.years(), 5);
    EXPECT_EQ(retention.setYears(0).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(retention.setYears(51).error().code, ErrorCode::InvalidArgument);
    ASSERT_OK(retention.setYears(3));
    EXPECT_EQ(retention.years(), 3);
    dpo.reset();

    auto admin = signIn(QStringLiteral("admin"), AdminPassword, d("2026-06-01"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(CaseRetention(*admin).years(), 3);
    EXPECT_EQ(CaseRetention(*admin).setYears(10).error().code, ErrorCode::PermissionDenied);
    admin.reset();
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, d("2026-06-01"));
    ASSERT_TRUE(clerk);
    EXPECT_EQ(CaseRetention(*clerk).setYears(10).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(CaseRetention(*clerk).expired().error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(CaseRetention(*clerk).anonymise({1}).error().code, ErrorCode::PermissionDenied);
}

// Kept five years to the day after the end: listed from the anniversary on,
// oldest end first; open requests and recent ends are not listed.
TEST_F(CaseRetentionTest, OnlyRequestsEndedMoreThanThePeriodAgoAreListed)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, d("2020-01-01"));
    ASSERT_TRUE(clerk);
    const Request closed = endedRequest(*clerk, QStringLiteral("Zéphyrine"), d("2020-02-03"), RequestState::Closed,
                                        d("2020-03-02"));
    const Request refused = endedRequest(*clerk, QStringLiteral("Zanetti"), d("2019-12-02"), RequestState::Refused,
                                         d("2020-01-06"));
    const Request recent = endedRequest(*clerk, QStringLiteral("Zorra"), d("2024-05-02"), RequestState::Withdrawn,
                                        d("2024-05-20"));
    clerk->setClock(at(d("2021-04-01")));
    NewRequest stillOpen;
    stillOpen.received = d("2021-04-01");
    stillOpen.rights = {QStringLiteral("access")};
    stillOpen.requester.surname = QStringLiteral("Zouari");
    auto open = RequestService(*clerk).create(stillOpen);
    ASSERT_OK(open);
    EXPECT_EQ(closed.endedOn, d("2020-03-02"));
    EXPECT_EQ(refused.endedOn, d("2020-01-06"));
    clerk.reset();

    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword, d("2025-03-01"));
    ASSERT_TRUE(dpo);
    auto before = CaseRetention(*dpo).expired();
    ASSERT_OK(before);
    ASSERT_EQ(before->size(), 1u);
    EXPECT_EQ(before->front().reference, refused.reference);
    EXPECT_EQ(before->front().state, RequestState::Refused);
    EXPECT_EQ(before->front().rights, QStringLiteral("access"));

    auto onTheDay = CaseRetention(*dpo).expired(d("2025-03-02"));
    ASSERT_OK(onTheDay);
    ASSERT_EQ(onTheDay->size(), 2u);
    EXPECT_EQ(onTheDay->at(0).reference, refused.reference);
    EXPECT_EQ(onTheDay->at(1).reference, closed.reference);
    EXPECT_EQ(onTheDay->at(1).endedOn, d("2020-03-02"));

    // A longer period keeps them.
    ASSERT_OK(CaseRetention(*dpo).setYears(6));
    auto longer = CaseRetention(*dpo).expired(d("2025-03-02"));
    ASSERT_OK(longer);
    EXPECT_TRUE(longer->empty());
    static_cast<void>(recent);
}

TEST_F(CaseRetentionTest, AnonymisingClearsThePersonalDataAndKeepsTheFigures)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, d("2020-01-01"));
    ASSERT_TRUE(clerk);
    const Request closed = endedRequest(*clerk, QStringLiteral("Zéphyrine"), d("2020-02-03"), RequestState::Closed,
                                        d("2020-03-02"));
    const Request refused = endedRequest(*clerk, QStringLiteral("Zanetti"), d("2019-12-02"), RequestState::Refused,
                                         d("2020-01-06"));
    clerk.reset();

    auto admin = signIn(QStringLiteral("admin"), AdminPassword, d("2026-01-10"));
    ASSERT_TRUE(admin);
    auto done = CaseRetention(*admin).anonymise({closed.id, refused.id});
    ASSERT_OK(done);
    EXPECT_EQ(*done, 2);
    // Written back out of the WAL at once, as a destroyed identity copy is.
    QFile wal(admin->vaultPath() + QStringLiteral("-wal"));
    EXPECT_TRUE(!wal.exists() || wal.size() == 0) << wal.size();
    EXPECT_TRUE(CaseRetention(*admin).expired()->empty());
    // A second time: nothing past the period any more.
    EXPECT_EQ(CaseRetention(*admin).anonymise({closed.id}).error().code, ErrorCode::InvalidArgument);
    {
        QSqlQuery query(SessionStorage::vault(*admin).database());
        ASSERT_TRUE(query.exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'request.anonymise' AND account = 'admin'")));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), 2);
    }
    admin.reset();

    auto clerkAgain = signIn(QStringLiteral("clerk"), ClerkPassword, d("2026-01-10"));
    ASSERT_TRUE(clerkAgain);
    RequestService service(*clerkAgain);
    auto read = service.view(closed.id);
    ASSERT_OK(read);
    EXPECT_EQ(read->reference, closed.reference);
    EXPECT_EQ(read->received, closed.received);
    EXPECT_EQ(read->state, RequestState::Closed);
    EXPECT_EQ(read->rights, closed.rights);
    EXPECT_EQ(read->anonymisedOn, d("2026-01-10"));
    EXPECT_EQ(read->endedOn, d("2020-03-02"));
    EXPECT_TRUE(read->requester.surname.isEmpty());
    EXPECT_TRUE(read->requester.firstName.isEmpty());
    EXPECT_TRUE(read->requester.address.isEmpty());
    EXPECT_TRUE(read->requester.email.isEmpty());
    EXPECT_FALSE(read->agent.present());
    EXPECT_FALSE(read->agent.mandateUntil.isValid());
    EXPECT_TRUE(read->notes.isEmpty());
    EXPECT_TRUE(read->extensionReason.isEmpty());
    EXPECT_TRUE(read->extendedUntil.isValid()); // a date, kept
    auto notes = service.notes(closed.id);
    ASSERT_OK(notes);
    EXPECT_TRUE(notes->empty());
    auto states = service.history(refused.id);
    ASSERT_OK(states);
    ASSERT_FALSE(states->empty());
    EXPECT_EQ(states->back().to, RequestState::Refused);
    for (const StateChange &change : *states)
        EXPECT_TRUE(change.reason.isEmpty());
    EXPECT_TRUE(service.view(refused.id)->refusalReason.isEmpty());
    // Listed without a name, and flagged.
    RequestFilter filter;
    filter.text = closed.reference;
    auto rows = service.list(filter);
    ASSERT_OK(rows);
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_TRUE(rows->front().anonymised);
    EXPECT_TRUE(rows->front().surname.isEmpty());
    // The year's figures still count it.
    RequestFilter year;
    year.year = 2020;
    EXPECT_EQ(*service.count(year), 1);
    clerkAgain.reset();

    // The cleared text is nowhere in the tables a person could read back.
    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword, d("2026-01-10"));
    ASSERT_TRUE(dpo);
    QSqlQuery dump(SessionStorage::vault(*dpo).database());
    QStringList everything;
    for (const char *sql : {"SELECT surname || first_name || address || email || agent_name || agent_mandate_object"
                            " || notes || ifnull(refusal_reason, '') || ifnull(extension_reason, '') FROM requests",
                            "SELECT reason FROM request_states", "SELECT text FROM request_notes",
                            "SELECT detail || object_id FROM audit_log"}) {
        ASSERT_TRUE(dump.exec(QString::fromLatin1(sql)));
        while (dump.next())
            everything << dump.value(0).toString();
    }
    const QString all = everything.join(u'\n');
    for (const char *word : {"Zéphyrine", "Zanetti", "Imaginaire", "zephyrine@", "Zorzi", "paie"})
        EXPECT_FALSE(all.contains(QString::fromUtf8(word))) << word;
}

// All or none: one request not past the period leaves every other as it was.
TEST_F(CaseRetentionTest, ARequestNotPastThePeriodAnonymisesNone)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, d("2020-01-01"));
    ASSERT_TRUE(clerk);
    const Request old = endedRequest(*clerk, QStringLiteral("Zéphyrine"), d("2020-02-03"), RequestState::Closed,
                                     d("2020-03-02"));
    const Request recent = endedRequest(*clerk, QStringLiteral("Zanetti"), d("2025-02-03"), RequestState::Withdrawn,
                                        d("2025-02-04"));
    clerk.reset();
    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword, d("2026-01-10"));
    ASSERT_TRUE(dpo);
    auto refused = CaseRetention(*dpo).anonymise({old.id, recent.id});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(CaseRetention(*dpo).anonymise({9999}).error().code, ErrorCode::InvalidArgument);
    auto still = RequestService(*dpo).view(old.id);
    ASSERT_OK(still);
    EXPECT_EQ(still->requester.surname, QStringLiteral("Zéphyrine"));
    EXPECT_FALSE(still->anonymisedOn.isValid());
    ASSERT_EQ(CaseRetention(*dpo).expired()->size(), 1u);
}

// The History tab's audit entries: those about this request only, oldest
// first, from creation to the end.
TEST_F(CaseRetentionTest, ARequestsAuditTrailHoldsItsOwnEntriesOnly)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword, d("2020-01-01"));
    ASSERT_TRUE(clerk);
    const Request first = endedRequest(*clerk, QStringLiteral("Zéphyrine"), d("2020-02-03"), RequestState::Closed,
                                       d("2020-03-02"));
    const Request other = endedRequest(*clerk, QStringLiteral("Zanetti"), d("2020-02-04"), RequestState::Withdrawn,
                                       d("2020-02-05"));
    // The audit log's entries are for those who read the audit log.
    EXPECT_EQ(RequestService(*clerk).auditTrail(first.id).error().code, ErrorCode::PermissionDenied);
    static_cast<void>(other);
    clerk.reset();
    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword, d("2020-03-03"));
    ASSERT_TRUE(dpo);
    auto trail = RequestService(*dpo).auditTrail(first.id);
    ASSERT_OK(trail);
    QStringList actions;
    for (const AuditEntry &entry : *trail) {
        EXPECT_EQ(entry.objectId, first.reference);
        EXPECT_EQ(entry.account, QStringLiteral("clerk"));
        actions << entry.action;
    }
    EXPECT_EQ(actions.first(), QStringLiteral("request.create"));
    EXPECT_TRUE(actions.contains(QStringLiteral("request.note")));
    EXPECT_TRUE(actions.contains(QStringLiteral("request.extend")));
    EXPECT_EQ(actions.count(QStringLiteral("request.transition")), 4);
    for (int i = 1; i < int(trail->size()); ++i)
        EXPECT_LT((*trail)[std::size_t(i - 1)].seq, (*trail)[std::size_t(i)].seq);
    EXPECT_EQ(RequestService(*dpo).auditTrail(424242).error().code, ErrorCode::NotFound);
    dpo.reset();
    auto admin = signIn(QStringLiteral("admin"), AdminPassword, d("2020-03-03"));
    ASSERT_TRUE(admin);
    EXPECT_EQ(RequestService(*admin).auditTrail(first.id).error().code, ErrorCode::PermissionDenied);
}
