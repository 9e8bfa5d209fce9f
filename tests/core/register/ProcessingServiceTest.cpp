// The register of processings through its service: every field kept,
// history of changes, referenced-only processings, shared legal texts,
// permissions.

#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"
#include "core/accounts/SessionStorage.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "core/accounts/Session.h"
#include "core/vault/Vault.h"

#include <QSqlQuery>

#include <algorithm>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {


class ProcessingServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("register.habeas"));
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

    static Processing mail()
    {
        Processing p;
        p.reference = QStringLiteral("DSI-01");
        p.name = QStringLiteral("Gestion de la messagerie professionnelle");
        p.controller = QStringLiteral("Direction informatique");
        p.status = ProcessingStatus::InOperation;
        p.functionalities = {QStringLiteral("Envoi et réception des messages"), QStringLiteral("Archivage")};
        p.legalBasis = LegalBasis::PublicInterest;
        p.legalJustification = QStringLiteral("Missions de la direction");
        p.legalTexts = {{QStringLiteral("Ordonnance Souveraine n° 7.996"), QDate(2020, 3, 12), QStringLiteral("OS 7.996")}};
        p.subjectCategories = {QStringLiteral("Agents de l'État")};
        p.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("60 jours puis suppression"), 60},
                            {QStringLiteral("Journaux de connexion"), QStringLiteral("Un an"), 365}};
        p.recipients = {{QStringLiteral("Administrateurs de la messagerie"),
                         {QStringLiteral("consultation"), QStringLiteral("maintenance")}}};
        p.links = {{LinkKind::Interconnection, QStringLiteral("Gestion des annuaires")}};
        p.securityMeasures = QStringLiteral("Accès nominatifs, journalisation");
        return p;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(ProcessingServiceTest, EveryFieldIsKept)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_OK(created);
    Processing expected = mail();
    expected.id = created->id;
    EXPECT_TRUE(changedFields(expected, *created).isEmpty()) << qPrintable(changedFields(expected, *created).join(u','));
    EXPECT_EQ(created->dataCategories.at(1).retentionDays, 365);
    EXPECT_EQ(created->recipients.at(0).access, (QStringList{QStringLiteral("consultation"), QStringLiteral("maintenance")}));
    auto history = ProcessingService(*m_session).history(created->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ(history->front().account, QStringLiteral("dpo"));
}

TEST_F(ProcessingServiceTest, ChangesKeepAHistoryOfFields)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_TRUE(created.ok());
    Processing changed = *created;
    changed.name = QStringLiteral("Gestion de la messagerie");
    changed.recipients.push_back({QStringLiteral("Support"), {QStringLiteral("consultation")}});
    ASSERT_TRUE(ProcessingService(*m_session).update(changed).ok());
    auto unchanged = ProcessingService(*m_session).update(changed);
    ASSERT_TRUE(unchanged.ok());
    auto history = ProcessingService(*m_session).history(created->id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u) << "saving without a change writes no history";
    EXPECT_EQ(history->back().fields, (QStringList{QStringLiteral("name"), QStringLiteral("recipients")}));
}

TEST_F(ProcessingServiceTest, LinkedProcessingsMayBeOnlyReferenced)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_TRUE(created.ok());
    auto all = ProcessingService(*m_session).list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2u);
    const ProcessingSummary referenced = all->back();
    EXPECT_EQ(referenced.name, QStringLiteral("Gestion des annuaires"));
    EXPECT_FALSE(referenced.described);
    auto from = ProcessingService(*m_session).linkedFrom(referenced.id);
    ASSERT_TRUE(from.ok());
    ASSERT_EQ(from->size(), 1u);
    EXPECT_EQ(from->front().id, created->id);
    // Describing it later keeps its identity (and the links to it).
    Processing directories;
    directories.name = QStringLiteral("gestion des annuaires");
    directories.controller = QStringLiteral("Direction informatique");
    auto described = ProcessingService(*m_session).create(directories);
    ASSERT_TRUE(described.ok());
    EXPECT_EQ(described->id, referenced.id);
    EXPECT_TRUE(described->described);
    EXPECT_EQ(ProcessingService(*m_session).create(directories).error().code, ErrorCode::AlreadyExists);
}

TEST_F(ProcessingServiceTest, LegalTextsAreShared)
{
    ASSERT_TRUE(ProcessingService(*m_session).create(mail()).ok());
    Processing other = mail();
    other.name = QStringLiteral("Vidéosurveillance");
    other.links.clear();
    ASSERT_TRUE(ProcessingService(*m_session).create(other).ok());
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM legal_texts")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

// A text cited without its date (an old ordinance, say) is kept and shared
// like any other: the absent date is stored as empty, not refused.
TEST_F(ProcessingServiceTest, UndatedLegalTextsAreKeptAndShared)
{
    Processing first = mail();
    first.legalTexts = {{QStringLiteral("Règlement intérieur du service"), QDate(), QString()}};
    auto created = ProcessingService(*m_session).create(first);
    ASSERT_OK(created);
    ASSERT_EQ(created->legalTexts.size(), 1u);
    EXPECT_FALSE(created->legalTexts.front().date.isValid());
    Processing second = first;
    second.name = QStringLiteral("Vidéosurveillance");
    second.links.clear();
    ASSERT_OK(ProcessingService(*m_session).create(second));
    QSqlQuery query(SessionStorage::vault(*m_session).database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM legal_texts")) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
}

TEST_F(ProcessingServiceTest, BadDataSavesNothing)
{
    Processing bad = mail();
    bad.recipients.push_back({QStringLiteral("Quelqu'un"), {QStringLiteral("telepathy")}});
    EXPECT_FALSE(ProcessingService(*m_session).create(bad).ok());
    Processing nameless = mail();
    nameless.name = QStringLiteral("  ");
    EXPECT_EQ(ProcessingService(*m_session).create(nameless).error().code, ErrorCode::InvalidArgument);
    auto all = ProcessingService(*m_session).list();
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->empty());
}

TEST_F(ProcessingServiceTest, ClerksReadTheDpoWritesTheAdministratorNeither)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_TRUE(created.ok());
    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_TRUE(ProcessingService(*m_session).find(created->id).ok());
    EXPECT_EQ(ProcessingService(*m_session).update(*created).error().code, ErrorCode::PermissionDenied);
    signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(ProcessingService(*m_session).list().error().code, ErrorCode::PermissionDenied);
}

TEST_F(ProcessingServiceTest, TheDpoKeepsTheArticlesOfTheRights)
{
    RequestService requests(*m_session);
    ASSERT_TRUE(requests.setRightArticle(QStringLiteral("erasure"), QStringLiteral("14")).ok());
    auto rights = requests.rights();
    ASSERT_TRUE(rights.ok());
    EXPECT_EQ((*rights)[2].key, QStringLiteral("erasure"));
    EXPECT_EQ((*rights)[2].article, QStringLiteral("14"));
    EXPECT_FALSE(requests.setRightArticle(QStringLiteral("levitation"), QStringLiteral("1")).ok());
}

TEST_F(ProcessingServiceTest, NamesStayUniqueAndLinksNamed)
{
    auto mailProcessing = ProcessingService(*m_session).create(mail());
    ASSERT_TRUE(mailProcessing.ok());
    Processing video;
    video.name = QStringLiteral("Vidéosurveillance");
    auto videoProcessing = ProcessingService(*m_session).create(video);
    ASSERT_TRUE(videoProcessing.ok());
    Processing renamed = *videoProcessing;
    renamed.name = QStringLiteral("GESTION de la messagerie professionnelle");
    EXPECT_EQ(ProcessingService(*m_session).update(renamed).error().code, ErrorCode::AlreadyExists);
    renamed.name = QStringLiteral("Gestion des annuaires"); // only referenced: still another processing
    EXPECT_EQ(ProcessingService(*m_session).update(renamed).error().code, ErrorCode::AlreadyExists);
    Processing blank = mail();
    blank.name = QStringLiteral("Autre");
    blank.links = {{LinkKind::Matching, QStringLiteral("  ")}};
    EXPECT_EQ(ProcessingService(*m_session).create(blank).error().code, ErrorCode::InvalidArgument);
}

TEST_F(ProcessingServiceTest, SearchIgnoresAccentsAndCaseInNamesAndReferences)
{
    ASSERT_OK(ProcessingService(*m_session).create(mail())); // also references "Gestion des annuaires"
    Processing video;
    video.reference = QStringLiteral("DI-2020-02");
    video.name = QStringLiteral("Vidéosurveillance de l'e-Ambassade");
    ASSERT_OK(ProcessingService(*m_session).create(video));
    Processing meals;
    meals.name = QStringLiteral("Gestion des titres restaurant");
    ASSERT_OK(ProcessingService(*m_session).create(meals));

    const auto names = [this](const QString &text) {
        auto found = ProcessingService(*m_session).search(text);
        EXPECT_OK(found);
        QStringList shown;
        if (found)
            for (const ProcessingSummary &p : *found)
                shown << p.name;
        return shown;
    };
    EXPECT_EQ(names(QStringLiteral("VIDEO")), QStringList{video.name});
    EXPECT_EQ(names(QStringLiteral("vidéo")), QStringList{video.name});
    EXPECT_EQ(names(QStringLiteral("DÉOSURV")), QStringList{video.name}) << "inside a word";
    EXPECT_EQ(names(QStringLiteral("ambassade l'e")), QStringList{video.name}) << "every word, in any order";
    EXPECT_TRUE(names(QStringLiteral("ambassade restaurant")).isEmpty());
    EXPECT_EQ(names(QStringLiteral("di-2020")), QStringList{video.name}) << "the reference, case ignored";
    EXPECT_EQ(names(QStringLiteral("dsi-01")), QStringList{mail().name});
    // Names starting with the text first, then described before
    // referenced-only, then by name.
    EXPECT_EQ(names(QStringLiteral("gestion")), (QStringList{mail().name, QStringLiteral("Gestion des titres restaurant"),
                                                             QStringLiteral("Gestion des annuaires")}));
    EXPECT_EQ(names(QStringLiteral("des")), (QStringList{QStringLiteral("Gestion des titres restaurant"),
                                                         QStringLiteral("Gestion des annuaires")}));
    EXPECT_EQ(names(QStringLiteral("  Messagerie   PROFESSIONNELLE ")), QStringList{mail().name});
    // No wildcard in the text.
    EXPECT_TRUE(names(QStringLiteral("%")).isEmpty());
    EXPECT_TRUE(names(QStringLiteral("_")).isEmpty());
    EXPECT_TRUE(names(QString()).isEmpty());
    EXPECT_TRUE(names(QStringLiteral("   ")).isEmpty());

    signIn(QStringLiteral("clerk"), ClerkPassword);
    EXPECT_EQ(names(QStringLiteral("vidéo")), QStringList{video.name});
    signIn(QStringLiteral("admin"), AdminPassword);
    EXPECT_EQ(ProcessingService(*m_session).search(QStringLiteral("gestion")).error().code, ErrorCode::PermissionDenied);
}

TEST_F(ProcessingServiceTest, TheHistoryKeepsEachFieldBeforeAndAfter)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_OK(created);
    Processing changed = *created;
    changed.name = QStringLiteral("Gestion de la messagerie");
    changed.dataCategories[0].retention = QStringLiteral("90 jours");
    changed.dataCategories[0].retentionDays = 90;
    ASSERT_OK(ProcessingService(*m_session).update(changed));
    auto history = ProcessingService(*m_session).history(created->id);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_TRUE(history->front().values.empty()) << "the creation has no values before";
    const ProcessingChange &change = history->back();
    EXPECT_EQ(change.account, QStringLiteral("dpo"));
    ASSERT_EQ(change.values.size(), 2u);
    EXPECT_EQ(change.values[0].field, QStringLiteral("name"));
    EXPECT_EQ(change.values[0].before, QStringLiteral("Gestion de la messagerie professionnelle"));
    EXPECT_EQ(change.values[0].after, QStringLiteral("Gestion de la messagerie"));
    EXPECT_EQ(change.values[1].field, QStringLiteral("data_categories"));
    EXPECT_EQ(change.values[1].before.section(u'\n', 0, 0), QStringLiteral("Identité | 60 jours puis suppression | 60"));
    EXPECT_EQ(change.values[1].after.section(u'\n', 0, 0), QStringLiteral("Identité | 90 jours | 90"));
}

TEST_F(ProcessingServiceTest, RefusalsNameTheirField)
{
    Processing nameless = mail();
    nameless.name.clear();
    EXPECT_EQ(ProcessingService(*m_session).create(nameless).error().field, QStringLiteral("name"));
    Processing bad = mail();
    bad.dataCategories[1].retentionDays = -1;
    EXPECT_EQ(ProcessingService(*m_session).create(bad).error().field, QStringLiteral("data_categories.1"));
    bad = mail();
    bad.links.push_back({LinkKind::Matching, QStringLiteral(" ")});
    EXPECT_EQ(ProcessingService(*m_session).create(bad).error().field, QStringLiteral("links.1"));
    ASSERT_OK(ProcessingService(*m_session).create(mail()));
    EXPECT_EQ(ProcessingService(*m_session).create(mail()).error().field, QStringLiteral("name"));
}

TEST_F(ProcessingServiceTest, TheListCountsOpenConditionsAndTellsTheLastChange)
{
    auto mailbox = ProcessingService(*m_session).create(mail());
    ASSERT_OK(mailbox);
    Deliberation deliberation;
    deliberation.number = QStringLiteral("2024-017");
    deliberation.date = QDate(2024, 2, 21);
    deliberation.title = QStringLiteral("Avis sur la messagerie");
    deliberation.processing = mailbox->name;
    const ConditionStatus statuses[] = {ConditionStatus::Open, ConditionStatus::InProgress, ConditionStatus::Met,
                                        ConditionStatus::NotApplicable};
    for (ConditionStatus status : statuses) {
        Condition condition;
        condition.text = QStringLiteral("Condition %1").arg(conditionStatusKey(status));
        condition.status = status;
        if (status == ConditionStatus::Met)
            condition.evidence = QStringLiteral("Procès-verbal");
        deliberation.conditions.push_back(condition);
    }
    ASSERT_OK(DeliberationService(*m_session).create(deliberation));
    // Another deliberation, about another processing, counts for that one.
    Deliberation other = deliberation;
    other.number = QStringLiteral("2024-018");
    other.processing = QStringLiteral("Gestion des annuaires");
    other.conditions.resize(1);
    ASSERT_OK(DeliberationService(*m_session).create(other));
    for (auto rows : {ProcessingService(*m_session).list(), ProcessingService(*m_session).search(QStringLiteral("gestion"))}) {
        ASSERT_OK(rows);
        ASSERT_EQ(rows->size(), 2u);
        const auto byName = [&](const QString &name) {
            return *std::find_if(rows->begin(), rows->end(), [&](const ProcessingSummary &row) { return row.name == name; });
        };
        EXPECT_EQ(byName(mailbox->name).openConditions, 2) << "open and in progress; met and not applicable are not";
        EXPECT_EQ(byName(QStringLiteral("Gestion des annuaires")).openConditions, 1);
        EXPECT_TRUE(byName(mailbox->name).updatedAt.isValid());
        EXPECT_EQ(byName(mailbox->name).legalBasis, LegalBasis::PublicInterest);
        EXPECT_FALSE(byName(QStringLiteral("Gestion des annuaires")).legalBasis) << "referenced only: none stated";
    }
    auto linking = ProcessingService(*m_session).linkedFrom(
        ProcessingService(*m_session).search(QStringLiteral("annuaires"))->front().id);
    ASSERT_OK(linking);
    ASSERT_EQ(linking->size(), 1u);
    EXPECT_EQ(linking->front().openConditions, 2);
}

// Whether the data must be given, and what follows when it is not: kept,
// and its changes in the history with their values.
TEST_F(ProcessingServiceTest, MandatoryDataIsKeptWithItsHistory)
{
    auto created = ProcessingService(*m_session).create(mail());
    ASSERT_OK(created);
    EXPECT_FALSE(created->dataMandatory.has_value()) << "the register says nothing until told";
    Processing changed = *created;
    changed.dataMandatory = true;
    changed.mandatoryReason = QStringLiteral("Sans ces données, aucun compte de messagerie ne peut être ouvert.");
    auto saved = ProcessingService(*m_session).update(changed);
    ASSERT_OK(saved);
    auto read = ProcessingService(*m_session).find(created->id);
    ASSERT_OK(read);
    EXPECT_EQ(read->dataMandatory, std::optional<bool>(true));
    EXPECT_EQ(read->mandatoryReason, changed.mandatoryReason);
    auto history = ProcessingService(*m_session).history(created->id);
    ASSERT_OK(history);
    ASSERT_EQ(history->size(), 2u);
    const ProcessingChange &last = history->back();
    EXPECT_EQ(last.fields, (QStringList{QStringLiteral("data_mandatory"), QStringLiteral("mandatory_reason")}));
    ASSERT_EQ(last.values.size(), 2u);
    EXPECT_EQ(last.values[0].before, QString());
    EXPECT_EQ(last.values[0].after, QStringLiteral("yes"));
    EXPECT_EQ(last.values[1].after, changed.mandatoryReason);
}
