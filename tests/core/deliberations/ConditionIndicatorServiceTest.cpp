// Conditions measured by an indicator through the service: linked and
// unlinked by the DPO only, audited and noted in the condition's history,
// and measured over requests moved through their workflow on set dates and
// over the exports the audit log records.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/vault/Vault.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

Deliberation opinion(const QString &processing)
{
    Deliberation d;
    d.number = QStringLiteral("2023-133");
    d.date = QDate(2023, 9, 20);
    d.title = QStringLiteral("Avis favorable à la modification du traitement « Gestion des titres restaurant »");
    d.processing = processing;
    for (const char *text : {"Répondre aux demandes d'accès dans le mois qui suit leur réception",
                             "Chiffrer toute copie ou extraction sur son support de réception"}) {
        Condition c;
        c.kind = ConditionKind::Reminder;
        c.text = QString::fromUtf8(text);
        d.conditions.push_back(c);
    }
    return d;
}

class ConditionIndicatorServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("figures.habeas"));
        ASSERT_OK(createOfficeVault(m_path, QStringLiteral("Test")));
        signIn(QStringLiteral("dpo"), DpoPassword);
    }

    void signIn(const QString &login, const QString &password)
    {
        m_session.reset();
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        ASSERT_TRUE(session.ok());
        m_session = std::move(session).value();
    }

    void setDay(const QDate &day)
    {
        m_session->setClock(std::make_shared<FixedClock>(QDateTime(day, QTime(10, 0), Qt::UTC)));
    }

    // An access request received on `received` about `processing`.
    qint64 accessRequest(const QDate &received, qint64 processing, const char *right = "access")
    {
        setDay(received);
        NewRequest input;
        input.received = received;
        input.rights = QStringList{QString::fromLatin1(right)};
        input.requester.surname = QStringLiteral("Rossi");
        auto created = RequestService(*m_session).create(input);
        EXPECT_OK(created);
        if (!created)
            return 0;
        EXPECT_OK(RequestService(*m_session).setFindings(created->id, {{processing, {}, true, QString()}}));
        return created->id;
    }

    void answer(qint64 id, const QDate &on)
    {
        setDay(on);
        for (RequestState next : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered})
            ASSERT_OK(RequestService(*m_session).transition(id, next));
    }

    QString reference(qint64 id) { return RequestService(*m_session).view(id)->reference; }

    QStringList auditDetails(const char *action)
    {
        QSqlQuery query(SessionStorage::vault(*m_session).database());
        query.prepare(QStringLiteral("SELECT detail FROM audit_log WHERE action = ? ORDER BY seq"));
        query.addBindValue(QString::fromLatin1(action));
        EXPECT_TRUE(query.exec());
        QStringList details;
        while (query.next())
            details << query.value(0).toString();
        return details;
    }

    qint64 processingId()
    {
        auto processings = ProcessingService(*m_session).list();
        EXPECT_OK(processings);
        return processings && !processings->empty() ? processings->front().id : 0;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(ConditionIndicatorServiceTest, TheDpoLinksAConditionToAnIndicatorAuditedAndInItsHistory)
{
    auto created = DeliberationService(*m_session).create(opinion(QStringLiteral("Gestion des titres restaurant")));
    ASSERT_OK(created);
    const qint64 condition = created->conditions.front().id;
    EXPECT_FALSE(created->conditions.front().indicator);
    EXPECT_EQ(DeliberationService(*m_session).measureCondition(condition).error().code, ErrorCode::InvalidArgument);

    auto linked = DeliberationService(*m_session).setConditionIndicator(condition, Indicator::AccessRepliesOnTime);
    ASSERT_OK(linked);
    EXPECT_EQ(linked->indicator, Indicator::AccessRepliesOnTime);
    EXPECT_EQ(linked->status, ConditionStatus::Open);
    EXPECT_EQ(DeliberationService(*m_session).find(created->id)->conditions.front().indicator,
              Indicator::AccessRepliesOnTime);
    // The same choice again changes nothing and writes nothing.
    ASSERT_OK(DeliberationService(*m_session).setConditionIndicator(condition, Indicator::AccessRepliesOnTime));
    auto cleared = DeliberationService(*m_session).setConditionIndicator(condition, std::nullopt);
    ASSERT_OK(cleared);
    EXPECT_FALSE(cleared->indicator);

    EXPECT_EQ(auditDetails("condition.update"), QStringList({QStringLiteral("indicator none>access-on-time"),
                                                             QStringLiteral("indicator access-on-time>none")}));
    auto history = DeliberationService(*m_session).conditionHistory(condition);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history->at(0).from, ConditionStatus::Open);
    EXPECT_EQ(history->at(0).to, ConditionStatus::Open);
    EXPECT_EQ(history->at(0).note, QStringLiteral("Measured by: Access replies on time."));
    EXPECT_EQ(history->at(1).note, QStringLiteral("Measured by no indicator any more."));
    EXPECT_EQ(DeliberationService(*m_session)
                  .setConditionIndicator(condition + 100, Indicator::ExportsEncrypted)
                  .error()
                  .code,
              ErrorCode::NotFound);
}

TEST_F(ConditionIndicatorServiceTest, AClerkMeasuresButDoesNotChooseTheIndicator)
{
    auto created = DeliberationService(*m_session).create(opinion(QStringLiteral("Gestion des titres restaurant")));
    ASSERT_OK(created);
    const qint64 condition = created->conditions.back().id;
    ASSERT_OK(DeliberationService(*m_session).setConditionIndicator(condition, Indicator::ExportsEncrypted));
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_EQ(DeliberationService(*m_session).setConditionIndicator(condition, std::nullopt).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_OK(DeliberationService(*m_session).measureCondition(condition));
    EXPECT_EQ(DeliberationService(*m_session).find(created->id)->conditions.back().indicator,
              Indicator::ExportsEncrypted);
    signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(DeliberationService(*m_session).measureCondition(condition).error().code, ErrorCode::PermissionDenied);
}

TEST_F(ConditionIndicatorServiceTest, AccessRepliesAreMeasuredFromTheWorkflowsDates)
{
    auto created = DeliberationService(*m_session).create(opinion(QStringLiteral("Gestion des titres restaurant")));
    ASSERT_OK(created);
    const qint64 meals = processingId();
    ASSERT_NE(meals, 0);
    // The clock only moves forward. Due on 5 February 2026: answered on the
    // 20th of January, on time; on 1 March, 24 days late; extended on the
    // 2nd of February (up to three months), answered on 1 March, on time.
    const qint64 onTime = accessRequest(QDate(2026, 1, 5), meals);
    const qint64 late = accessRequest(QDate(2026, 1, 5), meals);
    const qint64 extended = accessRequest(QDate(2026, 1, 5), meals);
    // Late, but a right of rectification.
    const qint64 rectification = accessRequest(QDate(2026, 1, 5), meals, "rectification");
    answer(onTime, QDate(2026, 1, 20));
    // Due on 2 March, still open on the 20th.
    const qint64 overdue = accessRequest(QDate(2026, 2, 2), meals);
    ASSERT_OK(RequestService(*m_session).extend(extended, QStringLiteral("Nombre de traitements concernés")));
    answer(late, QDate(2026, 3, 1));
    answer(extended, QDate(2026, 3, 1));
    answer(rectification, QDate(2026, 3, 1));
    // Due on 16 April: not yet.
    accessRequest(QDate(2026, 3, 16), meals);

    ASSERT_OK(DeliberationService(*m_session)
                  .setConditionIndicator(created->conditions.front().id, Indicator::AccessRepliesOnTime));
    setDay(QDate(2026, 3, 20));
    auto measure = DeliberationService(*m_session).measureCondition(created->conditions.front().id);
    ASSERT_OK(measure);
    EXPECT_FALSE(measure->needsProcessing);
    EXPECT_EQ(measure->access.year, 2026);
    EXPECT_EQ(measure->access.counted, 4);
    EXPECT_EQ(measure->access.onTime, 2);
    EXPECT_EQ(measure->access.notYetDue, 1);
    ASSERT_EQ(measure->access.late.size(), 2u);
    EXPECT_EQ(measure->access.late[0].reference, reference(late));
    EXPECT_EQ(measure->access.late[0].due, QDate(2026, 2, 5));
    EXPECT_EQ(measure->access.late[0].replied, QDate(2026, 3, 1));
    EXPECT_EQ(measure->access.late[0].daysLate, 24);
    EXPECT_EQ(measure->access.late[1].reference, reference(overdue));
    EXPECT_FALSE(measure->access.late[1].replied.isValid());
    EXPECT_EQ(measure->access.late[1].daysLate, 18);
    EXPECT_EQ(ConditionIndicator::figure(*measure), QStringLiteral("2 of 4 on time (50 %)"));

    // Next year, none of these count.
    setDay(QDate(2027, 1, 10));
    auto nextYear = DeliberationService(*m_session).measureCondition(created->conditions.front().id);
    ASSERT_OK(nextYear);
    EXPECT_EQ(nextYear->access.counted, 0);
}

TEST_F(ConditionIndicatorServiceTest, ExportsAreMeasuredFromTheAuditLog)
{
    auto created = DeliberationService(*m_session).create(opinion(QStringLiteral("Gestion des titres restaurant")));
    ASSERT_OK(created);
    const qint64 meals = processingId();
    const qint64 condition = created->conditions.back().id;
    ASSERT_OK(DeliberationService(*m_session).setConditionIndicator(condition, Indicator::ExportsEncrypted));
    auto none = DeliberationService(*m_session).measureCondition(condition);
    ASSERT_OK(none);
    EXPECT_EQ(ConditionIndicator::figure(*none), QStringLiteral("No export yet"));
    // As the register's extracts record them, and one other processing's.
    ASSERT_OK(m_session->record(AuditAction::RegisterExport, QStringLiteral("processing"), QString::number(meals),
                                QStringLiteral("aes-256, file")));
    ASSERT_OK(m_session->record(AuditAction::RegisterExport, QStringLiteral("register"), QString(),
                                QStringLiteral("aes-256, file")));
    ASSERT_OK(m_session->record(AuditAction::RegisterExport, QStringLiteral("processing"), QString::number(meals + 50),
                                QStringLiteral("plain, file")));
    auto encrypted = DeliberationService(*m_session).measureCondition(condition);
    ASSERT_OK(encrypted);
    EXPECT_EQ(encrypted->exports.counted, 2);
    EXPECT_EQ(ConditionIndicator::figure(*encrypted), QStringLiteral("2 exports, all encrypted"));
    // An export in clear of this processing's entry is listed.
    ASSERT_OK(m_session->record(AuditAction::RegisterExport, QStringLiteral("processing"), QString::number(meals),
                                QStringLiteral("plain, file")));
    auto plain = DeliberationService(*m_session).measureCondition(condition);
    ASSERT_OK(plain);
    EXPECT_EQ(plain->exports.counted, 3);
    ASSERT_EQ(plain->exports.notEncrypted.size(), 1u);
    EXPECT_EQ(plain->exports.notEncrypted[0].kind, MeasuredExport::Kind::RegisterEntry);
    EXPECT_EQ(plain->exports.notEncrypted[0].objectId, meals);
}

TEST_F(ConditionIndicatorServiceTest, ADeliberationWithoutItsProcessingSaysTheFigureNeedsIt)
{
    auto created = DeliberationService(*m_session).create(opinion(QString()));
    ASSERT_OK(created);
    const qint64 condition = created->conditions.front().id;
    ASSERT_OK(DeliberationService(*m_session).setConditionIndicator(condition, Indicator::AccessRepliesOnTime));
    auto measure = DeliberationService(*m_session).measureCondition(condition);
    ASSERT_OK(measure);
    EXPECT_TRUE(measure->needsProcessing);
    EXPECT_EQ(ConditionIndicator::figure(*measure), QStringLiteral("Needs the deliberation's processing"));
}
