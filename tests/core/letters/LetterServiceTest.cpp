// Letters end to end in core: every placeholder filled in both languages,
// an unknown one refused, a long access reply paginated with the
// letterhead once and the foot on every page, the archive kept byte for
// byte and shown after the template changed, the agent addressed only
// when the mandate allows, the encrypted export opened with its password
// only (checked with the qpdf and pdftotext programs), and the role matrix.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterService.h"
#include "core/letters/LetterTemplate.h"
#include "core/letters/Letterhead.h"
#include "core/letters/PdfPages.h"
#include "core/register/ProcessingService.h"
#include "core/requests/CaseRetention.h"
#include "core/requests/RequestService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

QByteArray bytesOf(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

// What a program prints, or a null string when it failed.
QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Spaces folded, so that a value wrapped over two lines still matches.
QString folded(QString text)
{
    // NFKC undoes the ligatures a PDF's text may carry ("ﬁ" for "fi").
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar(0x00a0), u' ');
    return text.simplified();
}

class LetterServiceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Installed by scripts/deps.sh (poppler-utils, qpdf): the letters
        // are checked by programs that did not make them.
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty());
        ASSERT_FALSE(QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty());
        m_path = m_dir.filePath(QStringLiteral("letters.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        ASSERT_OK(saveOfficeLetterhead(m_path));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password)
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    // `count` processings described enough for an access reply.
    std::vector<qint64> addProcessings(int count)
    {
        auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
        std::vector<qint64> ids;
        for (int i = 1; i <= count; ++i) {
            Processing p;
            p.reference = QStringLiteral("T-%1").arg(i);
            p.name = QStringLiteral("Traitement d'essai numéro %1").arg(i);
            p.controller = QStringLiteral("Direction fictive %1").arg(i);
            p.status = ProcessingStatus::InOperation;
            p.functionalities = {QStringLiteral("Tenir le fichier %1").arg(i), QStringLiteral("Envoyer les avis")};
            p.legalBasis = LegalBasis::LegalObligation;
            p.legalJustification = QStringLiteral("Ordonnance fictive n° %1").arg(i);
            p.dataCategories = {{QStringLiteral("Identité"), QStringLiteral("Cinq ans"), 1826},
                                {QStringLiteral("Coordonnées"), QStringLiteral("Tant que le dossier est ouvert"), std::nullopt}};
            p.recipients = {{QStringLiteral("Service destinataire %1").arg(i), {QStringLiteral("consultation")}}};
            p.dataSource = QStringLiteral("La personne elle-même (source %1)").arg(i);
            auto created = ProcessingService(*dpo).create(p);
            EXPECT_OK(created);
            if (created)
                ids.push_back(created->id);
        }
        return ids;
    }

    // A request identified at the counter, in progress, with its findings.
    Request openRequest(Session &clerk, const QString &language, const QStringList &rights, const std::vector<qint64> &processings,
                        const Agent &agent = {})
    {
        Intake intake;
        intake.request.channel = Channel::Post;
        intake.request.received = clerk.clock()->today();
        intake.request.rights = rights;
        intake.request.requester.civility = QStringLiteral("Madame");
        intake.request.requester.surname = QStringLiteral("Zorzi");
        intake.request.requester.firstName = QStringLiteral("Hélène");
        intake.request.requester.address = QStringLiteral("12 rue Imaginaire\n98000 Monaco");
        intake.request.language = language;
        intake.request.agent = agent;
        intake.identity = IdentityPlan::NotNeeded;
        intake.identifiedHow = QStringLiteral("Agent connu du service");
        intake.processings = processings;
        RequestService requests(clerk);
        auto created = requests.intake(std::move(intake));
        EXPECT_OK(created);
        if (!created)
            return {};
        std::vector<Finding> findings;
        for (qint64 id : processings)
            findings.push_back({id, QString(), true, QStringLiteral("Données rectifiées le jour même")});
        EXPECT_OK(requests.setFindings(created->id, findings));
        auto read = requests.view(created->id);
        EXPECT_OK(read);
        return read ? *read : Request{};
    }

    QString pdfText(const QByteArray &pdf, int page = 0, const QString &password = {})
    {
        const QString file = m_dir.filePath(QStringLiteral("letter-%1.pdf").arg(++m_files));
        EXPECT_TRUE(writeAll(file, pdf));
        QStringList arguments{QStringLiteral("-layout")};
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
        if (!password.isEmpty())
            arguments << QStringLiteral("-upw") << password;
        arguments << file << QStringLiteral("-");
        return run(QStringLiteral("pdftotext"), arguments);
    }

    QTemporaryDir m_dir;
    QString m_path;
    int m_files = 0;
};

TEST_F(LetterServiceTest, EveryPlaceholderIsFilledInBothLanguages)
{
    const auto ids = addProcessings(1);
    const QStringList languages{QStringLiteral("fr"), QStringLiteral("en")};
    const std::vector<LetterKind> kinds{LetterKind::Extension, LetterKind::Reply};
    {
        // Templates that use every placeholder offered to the extension and
        // the reply, each behind a label, so that each value is found.
        auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
        ASSERT_TRUE(dpo);
        for (const QString &language : languages) {
            for (LetterKind kind : kinds) {
                QString body;
                for (const QString &name : LetterComposer::placeholdersFor(kind))
                    body += QStringLiteral("[%1] {{%1}}\n\n").arg(name);
                ASSERT_OK(LetterService(*dpo).saveTemplate(kind, language, QStringLiteral("Essai {{request.reference}}"), body));
            }
        }
    }
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    for (const QString &language : languages) {
        SCOPED_TRACE(qPrintable(language));
        Request request = openRequest(*clerk, language, {QStringLiteral("access")}, ids);
        ASSERT_OK(RequestService(*clerk).extend(request.id, QStringLiteral("Recherches dans les archives")));
        const QString month = language == QLatin1String("fr") ? QStringLiteral("décembre") : QStringLiteral("December");
        for (LetterKind kind : kinds) {
            SCOPED_TRACE(qPrintable(letterKindKey(kind)));
            auto draft = LetterService(*clerk).draft(request.id, kind);
            ASSERT_OK(draft);
            const QString text = folded(pdfText(bytesOf(draft->pdf.bytes)));
            EXPECT_FALSE(text.contains(QStringLiteral("{{"))) << qPrintable(text);
            for (const QString &name : LetterComposer::placeholdersFor(kind)) {
                // The label is followed by a value, not by the next label.
                const QRegularExpression filled(QStringLiteral("\\[%1\\] (\\S+)").arg(QRegularExpression::escape(name)));
                const auto match = filled.match(text);
                ASSERT_TRUE(match.hasMatch()) << qPrintable(name) << " in " << qPrintable(text);
                EXPECT_FALSE(match.captured(1).startsWith(u'[')) << qPrintable(name);
            }
            EXPECT_TRUE(text.contains(request.reference));
            EXPECT_TRUE(text.contains(QStringLiteral("Aurore Testelli")));
            EXPECT_TRUE(text.contains(QStringLiteral("Hélène Zorzi")));
            EXPECT_TRUE(text.contains(QStringLiteral("12 rue Imaginaire")));
            EXPECT_TRUE(text.contains(QStringLiteral("Autorité de Protection des Données Personnelles")));
            EXPECT_TRUE(text.contains(month)) << "dates are written in the letter's language";
            EXPECT_TRUE(text.contains(language == QLatin1String("fr") ? QStringLiteral("droit d'accès")
                                                                      : QStringLiteral("right of access")));
            if (kind == LetterKind::Extension) {
                EXPECT_TRUE(text.contains(QStringLiteral("Recherches dans les archives")));
            } else {
                EXPECT_TRUE(text.contains(QStringLiteral("La personne elle-même (source 1)")));
                EXPECT_TRUE(text.contains(QStringLiteral("Ordonnance fictive n° 1")));
                EXPECT_TRUE(text.contains(language == QLatin1String("fr") ? QStringLiteral("Base légale")
                                                                          : QStringLiteral("Legal basis")));
            }
        }
    }
}

TEST_F(LetterServiceTest, HabeasOwnTemplatesUseOnlyWhatTheirKindOffers)
{
    for (const QString &language : QStringList{QStringLiteral("fr"), QStringLiteral("en")}) {
        for (LetterKind kind : allLetterKinds()) {
            const LetterTemplateVersion text = LetterService::builtIn(kind, language);
            SCOPED_TRACE(qPrintable(language + u'/' + letterKindKey(kind)));
            EXPECT_FALSE(text.subject.isEmpty());
            EXPECT_GT(text.body.size(), 200);
            EXPECT_OK(LetterComposer::check(kind, text.subject, text.body));
            EXPECT_EQ(text.version, 0);
        }
    }
}

TEST_F(LetterServiceTest, AnUnknownOrMisplacedPlaceholderIsRefusedBeforeAnythingIsSaved)
{
    auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
    ASSERT_TRUE(dpo);
    LetterService letters(*dpo);
    auto unknown = letters.saveTemplate(LetterKind::Acknowledgement, QStringLiteral("fr"), QStringLiteral("Objet"),
                                        QStringLiteral("Bonjour {{request.nickname}}"));
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("{{request.nickname}}"))) << qPrintable(unknown.error().message);
    auto misplaced = letters.saveTemplate(LetterKind::Acknowledgement, QStringLiteral("fr"), QStringLiteral("Objet"),
                                          QStringLiteral("Motif : {{request.refusal_reason}}"));
    ASSERT_FALSE(misplaced);
    EXPECT_TRUE(misplaced.error().message.contains(QStringLiteral("request.refusal_reason")));
    auto stray = letters.saveTemplate(LetterKind::Acknowledgement, QStringLiteral("fr"), QStringLiteral("Objet"),
                                      QStringLiteral("Bonjour {{ Nom }}"));
    ASSERT_FALSE(stray);
    auto versions = letters.templateVersions(LetterKind::Acknowledgement, QStringLiteral("fr"));
    ASSERT_OK(versions);
    EXPECT_TRUE(versions->empty());
}

TEST_F(LetterServiceTest, ALongAccessReplyHasTheLetterheadOnceAndTheFootOnEveryPage)
{
    const auto ids = addProcessings(20);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, ids);
    auto draft = LetterService(*clerk).draft(request.id, LetterKind::Reply);
    ASSERT_OK(draft);
    const QByteArray pdf = bytesOf(draft->pdf.bytes);
    ASSERT_GE(draft->pdf.pages, 4);
    auto counted = PdfPages::count(pdf);
    ASSERT_OK(counted);
    EXPECT_EQ(*counted, draft->pdf.pages);
    for (int page = 1; page <= draft->pdf.pages; ++page) {
        SCOPED_TRACE(page);
        const QString text = folded(pdfText(pdf, page));
        EXPECT_TRUE(text.contains(QStringLiteral("page %1 / %2").arg(page).arg(draft->pdf.pages))) << qPrintable(text);
        EXPECT_TRUE(text.contains(request.reference));
        EXPECT_TRUE(text.contains(QStringLiteral("Service fictif de la protection des données"))) << qPrintable(text);
        // The letterhead's address block only on the first page.
        EXPECT_EQ(text.contains(QStringLiteral("4 rue Fictive")), page == 1);
    }
    // Every processing is in the letter, in the register's order of the findings.
    const QString all = folded(pdfText(pdf));
    for (int i = 1; i <= 20; ++i)
        EXPECT_TRUE(all.contains(QStringLiteral("Traitement d'essai numéro %1").arg(i))) << i;
}

TEST_F(LetterServiceTest, TheArchiveKeepsTheIssuedBytesAfterTheTemplateChanges)
{
    const auto ids = addProcessings(2);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("rectification")}, ids);
    auto draft = LetterService(*clerk).draft(request.id, LetterKind::Acknowledgement);
    ASSERT_OK(draft);
    const QByteArray drafted = bytesOf(draft->pdf.bytes);
    auto issued = LetterService(*clerk).issue(*draft);
    ASSERT_OK(issued);
    EXPECT_EQ(issued->templateVersion, 1) << "Habeas's own text is stored as version 1 when first used";
    EXPECT_EQ(issued->sha256, QString::fromLatin1(QCryptographicHash::hash(drafted, QCryptographicHash::Sha256).toHex()));
    clerk.reset();
    {
        auto dpo = signIn(QStringLiteral("dpo"), DpoPassword);
        ASSERT_TRUE(dpo);
        ASSERT_OK(LetterService(*dpo).saveTemplate(LetterKind::Acknowledgement, QStringLiteral("fr"),
                                                    QStringLiteral("Nouvel objet {{request.reference}}"),
                                                    QStringLiteral("{{addressee.salutation}},\n\nUn tout autre texte.")));
    }
    clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    LetterService letters(*clerk);
    auto archived = letters.archived(issued->id);
    ASSERT_OK(archived);
    EXPECT_EQ(bytesOf(*archived), drafted) << "the archive is the letter as issued, byte for byte";
    EXPECT_FALSE(folded(pdfText(bytesOf(*archived))).contains(QStringLiteral("Un tout autre texte")));
    auto again = letters.draft(request.id, LetterKind::Acknowledgement);
    ASSERT_OK(again);
    EXPECT_EQ(again->text.version, 2);
    EXPECT_TRUE(folded(pdfText(bytesOf(again->pdf.bytes))).contains(QStringLiteral("Un tout autre texte")));

    auto listed = letters.list(request.id);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 1u);
    EXPECT_EQ(listed->front().issuedBy, QStringLiteral("clerk"));
    EXPECT_EQ(listed->front().kind, LetterKind::Acknowledgement);
    EXPECT_EQ(listed->front().templateVersion, 1);
    EXPECT_EQ(listed->front().pages, draft->pdf.pages);

    QSqlQuery audit(SessionStorage::database(*clerk));
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT action, detail FROM audit_log WHERE action LIKE 'letter.%' ORDER BY seq")));
    QStringList actions;
    while (audit.next())
        actions << audit.value(0).toString();
    EXPECT_EQ(actions, (QStringList{QStringLiteral("letter.issue"), QStringLiteral("letter.template-save"),
                                    QStringLiteral("letter.view")}));
}

TEST_F(LetterServiceTest, AnIssueIsRefusedWhenTheRequestChangedSinceTheDraft)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("en"), {QStringLiteral("erasure")}, ids);
    auto draft = LetterService(*clerk).draft(request.id, LetterKind::Reply);
    ASSERT_OK(draft);
    ASSERT_OK(RequestService(*clerk).addNote(request.id, QStringLiteral("Appel reçu")));
    ASSERT_OK(RequestService(*clerk).setFindings(request.id, {{ids.front(), QString(), true, QStringLiteral("Erased")}}));
    auto issued = LetterService(*clerk).issue(*draft);
    ASSERT_FALSE(issued);
    EXPECT_EQ(issued.error().code, ErrorCode::Conflict);
}

TEST_F(LetterServiceTest, TheAgentIsAddressedOnlyWhenTheMandateAllows)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    const QDate today = clerk->clock()->today();
    const auto addressedTo = [&](const Agent &agent) {
        Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, ids, agent);
        auto draft = LetterService(*clerk).draft(request.id, LetterKind::Acknowledgement);
        EXPECT_OK(draft);
        return draft ? folded(pdfText(bytesOf(draft->pdf.bytes), 1)) : QString();
    };
    const QString agentName = QStringLiteral("Maître Paul Fictif");
    const QString agentStreet = QStringLiteral("7 quai Fictif");
    const QString mayReceive = addressedTo({agentName, QStringLiteral("Accès"), today.addMonths(3), true,
                                            agentStreet + QStringLiteral("\n98000 Monaco")});
    EXPECT_TRUE(mayReceive.contains(agentName));
    EXPECT_TRUE(mayReceive.contains(agentStreet));
    EXPECT_FALSE(mayReceive.contains(QStringLiteral("12 rue Imaginaire")));

    const QString mayNot = addressedTo({agentName, QStringLiteral("Accès"), QDate(), false, QString()});
    EXPECT_FALSE(mayNot.contains(agentName));
    EXPECT_TRUE(mayNot.contains(QStringLiteral("Hélène Zorzi")));
    EXPECT_TRUE(mayNot.contains(QStringLiteral("12 rue Imaginaire")));

    // An agent that may receive the reply must give an address at intake.
    Intake intake;
    intake.request.received = today;
    intake.request.rights = {QStringLiteral("access")};
    intake.request.requester.surname = QStringLiteral("Zorzi");
    intake.request.agent = {agentName, QStringLiteral("Accès"), QDate(), true, QString()};
    intake.identity = IdentityPlan::AskedByLetter;
    auto refused = RequestService(*clerk).intake(std::move(intake));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, QStringLiteral("agent.address"));
}

TEST_F(LetterServiceTest, TheExportOpensWithItsPasswordOnlyAndAllowsNoExtraction)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, ids);
    auto issued = LetterService(*clerk).issue(request.id, LetterKind::Acknowledgement);
    ASSERT_OK(issued);

    const QString file = m_dir.filePath(QStringLiteral("exported.pdf"));
    auto weak = LetterService(*clerk).exportPdfTo(issued->id, SecureBytes::fromText(QStringLiteral("monaco")), file);
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().field, QStringLiteral("password"));
    EXPECT_FALSE(QFile::exists(file));

    const QString password = QStringLiteral("Palais-Princier-Rocher-73");
    ASSERT_OK(LetterService(*clerk).exportPdfTo(issued->id, SecureBytes::fromText(password), file));
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray exported = written.readAll();
    int code = 0;
    run(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &code);
    EXPECT_NE(code, 0) << "qpdf opens it without a password";
    run(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password, QStringLiteral("--check"), file}, &code);
    EXPECT_EQ(code, 0);
    const QString shown = run(QStringLiteral("qpdf"), {QStringLiteral("--password=") + password, QStringLiteral("--show-encryption"), file});
    EXPECT_TRUE(shown.contains(QStringLiteral("R = 6"))) << qPrintable(shown);
    EXPECT_TRUE(shown.contains(QStringLiteral("extract for any purpose: not allowed"))) << qPrintable(shown);
    EXPECT_TRUE(folded(pdfText(exported, 0, password)).contains(request.reference));
    EXPECT_TRUE(pdfText(exported).isEmpty());
    auto protection = EncryptedPdf::protection(exported, password.toUtf8());
    ASSERT_OK(protection);
    EXPECT_TRUE(protection->aes256);
    EXPECT_FALSE(protection->mayExtract);
}

TEST_F(LetterServiceTest, LettersFollowTheRoleMatrixAndTheState)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, ids);
    auto kinds = LetterService(*clerk).available(request.id);
    ASSERT_OK(kinds);
    EXPECT_EQ(*kinds, (std::vector<LetterKind>{LetterKind::Acknowledgement, LetterKind::IdentityRequest, LetterKind::Reply}));
    auto refusal = LetterService(*clerk).draft(request.id, LetterKind::Refusal);
    ASSERT_FALSE(refusal);
    EXPECT_EQ(refusal.error().code, ErrorCode::IllegalTransition);
    auto template_ = LetterService(*clerk).saveTemplate(LetterKind::Reply, QStringLiteral("fr"), QStringLiteral("Objet"),
                                                        QStringLiteral("Texte"));
    ASSERT_FALSE(template_);
    EXPECT_EQ(template_.error().code, ErrorCode::PermissionDenied);
    clerk.reset();
    auto admin = signIn(QStringLiteral("admin"), AdminPassword);
    ASSERT_TRUE(admin);
    auto draft = LetterService(*admin).draft(request.id, LetterKind::Acknowledgement);
    ASSERT_FALSE(draft);
    EXPECT_EQ(draft.error().code, ErrorCode::PermissionDenied);
}

TEST_F(LetterServiceTest, AReplyNeedsCheckedFindingsAndARefusalTheAuthoritysAddress)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, ids);
    ASSERT_OK(RequestService(*clerk).setFindings(request.id, {{ids.front(), QString(), std::nullopt, QString()}}));
    auto unchecked = LetterService(*clerk).draft(request.id, LetterKind::Reply);
    ASSERT_FALSE(unchecked);
    EXPECT_EQ(unchecked.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(unchecked.error().message.contains(QStringLiteral("Traitement d'essai numéro 1"))) << qPrintable(unchecked.error().message);

    ASSERT_OK(RequestService(*clerk).transition(request.id, RequestState::Refused, QStringLiteral("Demande répétitive")));
    clerk.reset();
    {
        auto admin = signIn(QStringLiteral("admin"), AdminPassword);
        ASSERT_TRUE(admin);
        auto head = LetterheadService(*admin).current();
        ASSERT_OK(head);
        head->authorityAddress.clear();
        ASSERT_OK(LetterheadService(*admin).save(*head));
    }
    clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    auto refusal = LetterService(*clerk).draft(request.id, LetterKind::Refusal);
    ASSERT_FALSE(refusal);
    EXPECT_TRUE(refusal.error().message.contains(QStringLiteral("authority.address"))) << qPrintable(refusal.error().message);
}

} // namespace

TEST_F(LetterServiceTest, AnExtensionNoticeDraftedAfterTheFirstDeadlineSaysItIsLate)
{
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    Request request = openRequest(*clerk, QStringLiteral("fr"), {QStringLiteral("access")}, {});
    ASSERT_OK(RequestService(*clerk).extend(request.id, QStringLiteral("Recherches dans les archives")));
    auto inTime = LetterService(*clerk).draft(request.id, LetterKind::Extension);
    ASSERT_OK(inTime);
    EXPECT_TRUE(inTime->warnings.isEmpty());
    // The same notice a day after the first deadline.
    auto read = RequestService(*clerk).view(request.id);
    ASSERT_OK(read);
    clerk->setClock(std::make_shared<FixedClock>(QDateTime(read->due.addDays(1), QTime(9, 0), Qt::UTC)));
    auto late = LetterService(*clerk).draft(request.id, LetterKind::Extension);
    ASSERT_OK(late);
    ASSERT_EQ(late->warnings.size(), 1);
    EXPECT_TRUE(late->warnings.front().contains(QStringLiteral("has passed")));
    // Only the extension notice is late: an acknowledgement is not.
    auto acknowledgement = LetterService(*clerk).draft(request.id, LetterKind::Acknowledgement);
    ASSERT_OK(acknowledgement);
    EXPECT_TRUE(acknowledgement->warnings.isEmpty());
}

TEST_F(LetterServiceTest, SeveralRightsAreWrittenAsASentenceInEachLanguage)
{
    const auto ids = addProcessings(1);
    auto clerk = signIn(QStringLiteral("clerk"), ClerkPassword);
    ASSERT_TRUE(clerk);
    const QStringList rights{QStringLiteral("access"), QStringLiteral("rectification"), QStringLiteral("objection")};
    const std::pair<QString, QString> expected[] = {
        {QStringLiteral("fr"), QStringLiteral("du droit d'accès, du droit de rectification et du droit d'opposition")},
        {QStringLiteral("en"), QStringLiteral("right of access, right to rectification and right to object")}};
    for (const auto &[language, words] : expected) {
        SCOPED_TRACE(qPrintable(language));
        Request request = openRequest(*clerk, language, rights, ids);
        for (LetterKind kind : {LetterKind::Acknowledgement, LetterKind::Reply}) {
            auto draft = LetterService(*clerk).draft(request.id, kind);
            ASSERT_OK(draft);
            const QString text = folded(pdfText(bytesOf(draft->pdf.bytes)));
            EXPECT_TRUE(text.contains(words)) << qPrintable(text);
        }
    }
}
