// Deliberations and their conditions through the service, with deliberation
// no. 2023-133 as the example (its section headings read from the seed at
// run time).

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditLog.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/accounts/Session.h"
#include "core/vault/Vault.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {


// Section headings of the seed deliberation: lines "I. Sur …" to "VIII. Sur …".
std::vector<DeliberationSection> seedSections()
{
    QFile file(seedsDir() + QStringLiteral("/004_628ae000d0b05c4c.txt"));
    std::vector<DeliberationSection> sections;
    if (!file.open(QIODevice::ReadOnly))
        return sections;
    // The text separates some numerals from "Sur" with no-break spaces.
    static const QRegularExpression heading(QStringLiteral("^(I|II|III|IV|V|VI|VII|VIII)\\.\\s+Sur\\b"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (heading.match(line.trimmed()).hasMatch())
            sections.push_back({line.trimmed().simplified(), QString()});
        else if (!sections.empty() && !line.trimmed().isEmpty())
            sections.back().text += line.trimmed() + u'\n';
    }
    return sections;
}

Condition condition(ConditionKind kind, const QString &text)
{
    Condition c;
    c.kind = kind;
    c.text = text;
    return c;
}

Deliberation opinion2023133()
{
    Deliberation d;
    d.number = QStringLiteral("2023-133");
    d.date = QDate(2023, 9, 20);
    d.authority = Authority::Ccin;
    d.kind = DeliberationKind::FavourableOpinion;
    d.subject = DeliberationSubject::Modification;
    d.title = QStringLiteral("Avis favorable à la modification du traitement « Gestion des titres restaurant »");
    d.presentedBy = QStringLiteral("Ministre d'État");
    d.processing = QStringLiteral("Gestion des titres restaurant");
    d.sections = seedSections();
    d.citations = {{QStringLiteral("2010-27"), QDate(2010, 7, 13), QStringLiteral("Mise en œuvre initiale")},
                   {QStringLiteral("2012-16"), QDate(2012, 1, 23), QStringLiteral("Première modification")}};
    for (const char *text : {"Accès nominatifs et mots de passe renouvelés", "Journalisation des accès",
                             "Mesures de sécurité proportionnées", "Information des personnes concernées"})
        d.conditions.push_back(condition(ConditionKind::Reminder, QString::fromUtf8(text)));
    d.conditions.push_back(condition(ConditionKind::Request, QStringLiteral("Premier feuillet nominatif sans valeur")));
    return d;
}

class DeliberationServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("opinions.habeas"));
        const auto created = createOfficeVault(m_path, QStringLiteral("Test"));
        ASSERT_OK(created);
        signIn(QStringLiteral("dpo"), DpoPassword);
    }

    void signIn(const QString &login, const QString &password)
    {
        m_session.reset();
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        ASSERT_TRUE(session.ok());
        m_session = std::move(session).value();
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(DeliberationServiceTest, TheSeedOpinionIsRecordedWhole)
{
    ASSERT_EQ(seedSections().size(), 8u) << "the seed's sections I to VIII";
    auto created = DeliberationService(*m_session).create(opinion2023133());
    ASSERT_OK(created);
    EXPECT_EQ(created->number, QStringLiteral("2023-133"));
    EXPECT_EQ(created->sections.size(), 8u);
    EXPECT_TRUE(created->sections.front().heading.startsWith(QStringLiteral("I. Sur la finalité")));
    EXPECT_FALSE(created->sections.back().text.isEmpty());
    ASSERT_EQ(created->citations.size(), 2u);
    EXPECT_EQ(created->citations[1].date, QDate(2012, 1, 23));
    ASSERT_EQ(created->conditions.size(), 5u);
    EXPECT_EQ(std::count_if(created->conditions.begin(), created->conditions.end(),
                            [](const Condition &c) { return c.kind == ConditionKind::Reminder; }),
              4);
    EXPECT_EQ(created->conditions.back().kind, ConditionKind::Request);
    EXPECT_EQ(created->processing, QStringLiteral("Gestion des titres restaurant"));
    // The processing exists in the register, referenced until described.
    auto processings = ProcessingService(*m_session).list();
    ASSERT_TRUE(processings.ok());
    ASSERT_EQ(processings->size(), 1u);
    EXPECT_FALSE(processings->front().described);
    // Entering it in the register is audited, as any change of the register.
    auto entered = AuditLog::of(SessionStorage::vault(*m_session)).entriesOf(AuditAction::ProcessingCreate, 0);
    ASSERT_OK(entered);
    ASSERT_EQ(entered->size(), 1u);
    EXPECT_EQ(entered->front().objectId, QString::number(processings->front().id));
    EXPECT_EQ(entered->front().detail, QStringLiteral("referenced by deliberation 2023-133"));
}

TEST_F(DeliberationServiceTest, NumbersAreCheckedAndUnique)
{
    ASSERT_TRUE(DeliberationService(*m_session).create(opinion2023133()).ok());
    EXPECT_EQ(DeliberationService(*m_session).create(opinion2023133()).error().code, ErrorCode::AlreadyExists);
    Deliberation bad = opinion2023133();
    bad.number = QStringLiteral("n° 133");
    EXPECT_EQ(DeliberationService(*m_session).create(bad).error().code, ErrorCode::InvalidArgument);
}

TEST_F(DeliberationServiceTest, ANumberIsWrittenOneWayWhateverThePrint)
{
    Deliberation padded = opinion2023133();
    padded.number = QStringLiteral("2016-09");
    auto created = DeliberationService(*m_session).create(padded);
    ASSERT_OK(created);
    EXPECT_EQ(created->number, QStringLiteral("2016-9"));
    Deliberation same = opinion2023133();
    same.number = QString::fromUtf8("2016\u20119");
    EXPECT_EQ(DeliberationService(*m_session).create(same).error().code, ErrorCode::AlreadyExists)
        << "the same number with a non-breaking hyphen";
    Deliberation old = opinion2023133();
    old.number = QStringLiteral("09-07");
    auto twoDigits = DeliberationService(*m_session).create(old);
    ASSERT_OK(twoDigits);
    EXPECT_EQ(twoDigits->number, QStringLiteral("09-07")) << "the old two-digit form is kept";
}

TEST_F(DeliberationServiceTest, OpenConditionsOldestFirstAndFollowedToTheEnd)
{
    ASSERT_TRUE(DeliberationService(*m_session).create(opinion2023133()).ok());
    Deliberation older;
    older.number = QStringLiteral("2015-113");
    older.date = QDate(2015, 11, 18);
    older.kind = DeliberationKind::Recommendation;
    older.title = QStringLiteral("Recommandation sur la copie des documents d'identité");
    older.conditions = {condition(ConditionKind::Invitation, QStringLiteral("Protéger les copies de pièces d'identité"))};
    ASSERT_TRUE(DeliberationService(*m_session).create(older).ok());

    auto open = DeliberationService(*m_session).openConditions();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 6u);
    EXPECT_EQ(open->front().deliberationNumber, QStringLiteral("2015-113"));
    EXPECT_EQ((*open)[1].deliberationNumber, QStringLiteral("2023-133"));

    Condition met = open->front();
    met.status = ConditionStatus::Met;
    EXPECT_FALSE(DeliberationService(*m_session).updateCondition(met).ok()) << "evidence required";
    met.evidence = QStringLiteral("Stockage chiffré des copies (Habeas)");
    met.owner = QStringLiteral("DPO");
    auto updated = DeliberationService(*m_session).updateCondition(met, QStringLiteral("Vérifié en comité"));
    ASSERT_OK(updated);
    EXPECT_EQ(updated->status, ConditionStatus::Met);
    EXPECT_EQ(updated->updatedBy, QStringLiteral("dpo"));
    auto history = DeliberationService(*m_session).conditionHistory(met.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().from, ConditionStatus::Open);
    EXPECT_EQ(history->front().to, ConditionStatus::Met);
    EXPECT_EQ(history->front().note, QStringLiteral("Vérifié en comité"));
    EXPECT_EQ(DeliberationService(*m_session).openConditions()->size(), 5u);
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'condition.update'")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("open>met"));
}

TEST_F(DeliberationServiceTest, ClerksReadTheDpoFollowsTheAdministratorNeither)
{
    auto created = DeliberationService(*m_session).create(opinion2023133());
    ASSERT_TRUE(created.ok());
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_TRUE(DeliberationService(*m_session).find(created->id).ok());
    Condition change = created->conditions.front();
    change.status = ConditionStatus::InProgress;
    EXPECT_EQ(DeliberationService(*m_session).updateCondition(change).error().code, ErrorCode::PermissionDenied);
    signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(DeliberationService(*m_session).list().error().code, ErrorCode::PermissionDenied);
}

TEST_F(DeliberationServiceTest, ADeliberationIsLinkedToAProcessingOfTheRegisterAndUnlinked)
{
    Deliberation opinion = opinion2023133();
    opinion.processing.clear();
    auto created = DeliberationService(*m_session).create(opinion);
    ASSERT_OK(created);
    auto listed = DeliberationService(*m_session).list();
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_TRUE(listed->front().processing.isEmpty());
    EXPECT_EQ(listed->front().conditions, 5);
    EXPECT_EQ(listed->front().openConditions, 5);
    EXPECT_EQ(listed->front().kind, DeliberationKind::FavourableOpinion);

    Processing meals;
    meals.name = QStringLiteral("Gestion des titres restaurant");
    auto processing = ProcessingService(*m_session).create(meals);
    ASSERT_OK(processing);
    auto linked = DeliberationService(*m_session).linkProcessing(created->id, processing->id);
    ASSERT_OK(linked);
    EXPECT_EQ(linked->processing, meals.name);
    EXPECT_EQ(DeliberationService(*m_session).list()->front().processing, meals.name);
    auto about = ProcessingService(*m_session).deliberations(processing->id);
    ASSERT_OK(about);
    ASSERT_EQ(about->size(), 1u);
    EXPECT_EQ(about->front().number, QStringLiteral("2023-133"));

    // An unknown processing or deliberation changes nothing.
    EXPECT_EQ(DeliberationService(*m_session).linkProcessing(created->id, processing->id + 100).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(DeliberationService(*m_session).linkProcessing(created->id + 100, processing->id).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(DeliberationService(*m_session).find(created->id)->processing, meals.name);

    auto unlinked = DeliberationService(*m_session).linkProcessing(created->id, std::nullopt);
    ASSERT_OK(unlinked);
    EXPECT_TRUE(unlinked->processing.isEmpty());
    EXPECT_TRUE(ProcessingService(*m_session).deliberations(processing->id)->empty());

    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT object_id, detail FROM audit_log WHERE action = 'deliberation.link'"
                                          " ORDER BY seq")));
    QStringList details;
    while (query.next()) {
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("2023-133"));
        details << query.value(1).toString();
    }
    EXPECT_EQ(details, QStringList({QStringLiteral("processing %1").arg(processing->id), QStringLiteral("no processing")}));
}

TEST_F(DeliberationServiceTest, OnlyTheDpoLinksADeliberation)
{
    auto created = DeliberationService(*m_session).create(opinion2023133());
    ASSERT_OK(created);
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_EQ(DeliberationService(*m_session).linkProcessing(created->id, std::nullopt).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(DeliberationService(*m_session).find(created->id)->processing, QStringLiteral("Gestion des titres restaurant"));
}

// A republished text of 2023-133: another Journal, a section corrected, the
// fourth condition reworded only in case and punctuation, and one condition
// that is new.
Deliberation republished2023133()
{
    Deliberation d = opinion2023133();
    d.number = QStringLiteral("2023-0133");
    d.journalNumber = QStringLiteral("8670");
    d.journalDate = QDate(2023, 11, 24);
    d.fullText = QStringLiteral("Texte rectifié");
    d.sections = {{QStringLiteral("I. Sur la finalité"), QStringLiteral("Rectifiée")}};
    d.citations = {{QStringLiteral("2012-16"), QDate(2012, 1, 23), QString()}};
    d.processing = QStringLiteral("Another name, never linked");
    d.conditions[3].text = QStringLiteral("information des personnes CONCERNÉES.");
    d.conditions.push_back(condition(ConditionKind::Request, QStringLiteral("Tenir la liste des accès à jour")));
    return d;
}

TEST_F(DeliberationServiceTest, ANewVersionReplacesTheTextAndKeepsTheFollowUp)
{
    Deliberation first = opinion2023133();
    first.journalNumber = QStringLiteral("8663");
    first.journalDate = QDate(2023, 10, 6);
    first.fullText = QStringLiteral("Texte publié d'abord");
    auto created = DeliberationService(*m_session).create(first);
    ASSERT_OK(created);
    EXPECT_EQ(created->version, 1);
    Condition met = created->conditions[2];
    met.status = ConditionStatus::Met;
    met.owner = QStringLiteral("Marie Testa");
    met.evidence = QStringLiteral("Note de service du 3 mars");
    ASSERT_OK(DeliberationService(*m_session).updateCondition(met, QStringLiteral("Vérifié")));
    ASSERT_OK(DeliberationService(*m_session).setConditionIndicator(created->conditions[0].id,
                                                                   Indicator::AccessRepliesOnTime));

    auto updated = DeliberationService(*m_session).addVersion(created->id, republished2023133());
    ASSERT_OK(updated);
    EXPECT_EQ(updated->id, created->id);
    EXPECT_EQ(updated->number, QStringLiteral("2023-133"));
    EXPECT_EQ(updated->version, 2);
    EXPECT_EQ(updated->journalNumber, QStringLiteral("8670"));
    EXPECT_EQ(updated->journalDate, QDate(2023, 11, 24));
    EXPECT_EQ(updated->fullText, QStringLiteral("Texte rectifié"));
    ASSERT_EQ(updated->sections.size(), 1u);
    EXPECT_EQ(updated->sections[0].text, QStringLiteral("Rectifiée"));
    ASSERT_EQ(updated->citations.size(), 1u);
    EXPECT_EQ(updated->citations[0].number, QStringLiteral("2012-16"));
    EXPECT_EQ(updated->processing, QStringLiteral("Gestion des titres restaurant")) << "the link stays";

    // The five conditions kept, same ids and follow-up, and the new one added open.
    ASSERT_EQ(updated->conditions.size(), 6u);
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_EQ(updated->conditions[i].id, created->conditions[i].id);
    EXPECT_EQ(updated->conditions[2].status, ConditionStatus::Met);
    EXPECT_EQ(updated->conditions[2].owner, QStringLiteral("Marie Testa"));
    EXPECT_EQ(updated->conditions[2].evidence, QStringLiteral("Note de service du 3 mars"));
    EXPECT_EQ(updated->conditions[0].indicator, Indicator::AccessRepliesOnTime);
    EXPECT_EQ(updated->conditions[3].text, created->conditions[3].text) << "matched, not added again";
    EXPECT_EQ(updated->conditions[5].text, QStringLiteral("Tenir la liste des accès à jour"));
    EXPECT_EQ(updated->conditions[5].status, ConditionStatus::Open);
    EXPECT_EQ(updated->conditions[5].kind, ConditionKind::Request);
    auto history = DeliberationService(*m_session).conditionHistory(met.id);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().note, QStringLiteral("Vérifié"));

    // The text replaced is kept, with the Journal that published it.
    auto versions = DeliberationService(*m_session).versions(created->id);
    ASSERT_OK(versions);
    ASSERT_EQ(versions->size(), 1u);
    EXPECT_EQ(versions->front().version, 1);
    EXPECT_EQ(versions->front().fullText, QStringLiteral("Texte publié d'abord"));
    EXPECT_EQ(versions->front().journalNumber, QStringLiteral("8663"));
    EXPECT_EQ(versions->front().journalDate, QDate(2023, 10, 6));
    EXPECT_EQ(versions->front().account, QStringLiteral("dpo"));
    auto listed = DeliberationService(*m_session).list();
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().version, 2);
    EXPECT_EQ(listed->front().conditions, 6);
    EXPECT_EQ(listed->front().openConditions, 5);

    // A third text: version 3, nothing added twice.
    auto third = DeliberationService(*m_session).addVersion(created->id, republished2023133());
    ASSERT_OK(third);
    EXPECT_EQ(third->version, 3);
    EXPECT_EQ(third->conditions.size(), 6u);
    EXPECT_EQ(DeliberationService(*m_session).versions(created->id)->size(), 2u);

    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT object_id, detail FROM audit_log WHERE action = 'deliberation.version'"
                                          " ORDER BY seq")));
    QStringList details;
    while (query.next()) {
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("2023-133"));
        details << query.value(1).toString();
    }
    EXPECT_EQ(details, QStringList({QStringLiteral("version 2, conditions added 1"),
                                    QStringLiteral("version 3, conditions added 0")}));
}

TEST_F(DeliberationServiceTest, ANewVersionIsRefusedForAnotherNumberAnIncompleteTextOrAClerk)
{
    auto created = DeliberationService(*m_session).create(opinion2023133());
    ASSERT_OK(created);
    Deliberation other = republished2023133();
    other.number = QStringLiteral("2023-134");
    EXPECT_EQ(DeliberationService(*m_session).addVersion(created->id, other).error().code, ErrorCode::InvalidArgument);
    Deliberation untitled = republished2023133();
    untitled.title.clear();
    EXPECT_EQ(DeliberationService(*m_session).addVersion(created->id, untitled).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(DeliberationService(*m_session).addVersion(created->id + 100, republished2023133()).error().code,
              ErrorCode::NotFound);
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_EQ(DeliberationService(*m_session).addVersion(created->id, republished2023133()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_TRUE(DeliberationService(*m_session).versions(created->id)->empty());
    auto unchanged = DeliberationService(*m_session).find(created->id);
    ASSERT_OK(unchanged);
    EXPECT_EQ(unchanged->version, 1);
    EXPECT_EQ(unchanged->conditions.size(), 5u);
    EXPECT_EQ(unchanged->sections.size(), opinion2023133().sections.size());
}
