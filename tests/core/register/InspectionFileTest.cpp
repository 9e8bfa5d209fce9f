// The inspection file: from a vault built here (two processings, a
// deliberation on each with conditions met and open, requests answered on
// time, late after an extension, refused for a stated reason and for one
// naming the requester, one overdue and one from an older year, identity
// documents destroyed) the figures of one processing and of the whole
// register are counted right, the default period and "all" differ as they
// should; the exported PDF opens with its password only, holds every
// section and no requester's name nor reference; the export is audited
// with the chain's verification, which a tampered entry turns into
// "broken"; only the DPO may make one; a weak password writes nothing and
// a folder that cannot be written is said, with nothing audited.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/audit/AuditService.h"
#include "core/deliberations/DeliberationService.h"
#include "core/documents/IdentityDocumentService.h"
#include "core/letters/EncryptedPdf.h"
#include "core/register/InspectionFileService.h"
#include "core/register/ProcessingService.h"
#include "core/requests/RequestService.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Password = QStringLiteral("Corniche-Azurée-Phare-8812");
const QString Mail = QStringLiteral("Gestion de la messagerie professionnelle");
const QString Payroll = QStringLiteral("Paie des agents de l'État");
const QString Surname = QStringLiteral("Zéphyrine-Quastel");
const QString FirstName = QStringLiteral("Honorine");
const QString Abusive = QStringLiteral("Demande manifestement abusive par son caractère répétitif");

const QString DpoOwnPassword = QStringLiteral("Jardin-Japonais-Sud-26");

// The audit log refuses entries dated before the previous one, and the
// vault is created at the real time: the requests' story is told in years
// still to come. Year 0 is the year the file is made in ("this year"),
// -1 the previous one (in the default period), -2 the one before.
QDate d(int year, int month, int day)
{
    return QDate(QDate::currentDate().year() + 3 + year, month, day);
}

std::shared_ptr<const Clock> at(const QDate &day)
{
    return std::make_shared<FixedClock>(QDateTime(day, QTime(10, 0), Qt::UTC));
}

// Letters and digits only, accents and case dropped: a phrase wrapped over
// two lines of a PDF compares equal.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString pdfText(const QString &path, const QString &password = {})
{
    QStringList arguments;
    if (!password.isEmpty())
        arguments << QStringLiteral("-upw") << password;
    arguments << path << QStringLiteral("-");
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), arguments);
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    EXPECT_TRUE(writer.write(image));
    return bytes;
}

const InspectionRightFigures *right(const InspectionStatistics &statistics, const QString &key)
{
    for (const InspectionRightFigures &figures : statistics.byRight) {
        if (figures.key == key)
            return &figures;
    }
    return nullptr;
}

InspectionFigures figures(int received, int ended, int replied, int onTime, int late, int overdue, int extended,
                          int refused)
{
    InspectionFigures f;
    f.received = received;
    f.ended = ended;
    f.replied = replied;
    f.onTime = onTime;
    f.late = late;
    f.overdue = overdue;
    f.extended = extended;
    f.refused = refused;
    return f;
}

class InspectionFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("inspection.habeas"));
        ASSERT_OK(createOfficeVault(m_path));
        ASSERT_OK(saveOfficeLetterhead(m_path));
        // As at a first sign-in, the DPO replaces the password the
        // administrator gave: only such a key holds the key to identity
        // documents.
        {
            auto first = signIn(QStringLiteral("dpo"), DpoPassword, d(-2, 1, 9));
            ASSERT_TRUE(first);
            ASSERT_OK(first->changeOwnPassword(SecureBytes::fromText(DpoPassword), DpoOwnPassword));
        }
        m_dpo = signIn(QStringLiteral("dpo"), DpoOwnPassword, d(-2, 1, 10));
        ASSERT_TRUE(m_dpo);
        Session &dpo = *m_dpo;

        Processing mail;
        mail.reference = QStringLiteral("DSI-01");
        mail.name = Mail;
        mail.controller = QStringLiteral("Direction informatique");
        mail.status = ProcessingStatus::InOperation;
        mail.legalBasis = LegalBasis::PublicInterest;
        mail.dataCategories = {{QStringLiteral("Journaux de connexion"), QStringLiteral("Un an"), 365}};
        auto madeMail = ProcessingService(dpo).create(mail);
        ASSERT_OK(madeMail);
        m_mail = madeMail->id;
        Processing payroll;
        payroll.reference = QStringLiteral("DBT-02");
        payroll.name = Payroll;
        payroll.controller = QStringLiteral("Direction du budget");
        payroll.status = ProcessingStatus::InOperation;
        payroll.legalBasis = LegalBasis::LegalObligation;
        auto madePayroll = ProcessingService(dpo).create(payroll);
        ASSERT_OK(madePayroll);
        m_payroll = madePayroll->id;

        Deliberation onPayroll;
        onPayroll.number = QStringLiteral("2023-133");
        onPayroll.date = d(-3, 12, 13);
        onPayroll.title = QStringLiteral("Avis sur la paie des agents");
        onPayroll.processing = Payroll;
        Condition open;
        open.kind = ConditionKind::Request;
        open.text = QStringLiteral("Informer les agents de leurs droits");
        open.owner = QStringLiteral("Direction du budget");
        open.due = d(0, 3, 31);
        Condition met;
        met.kind = ConditionKind::Reminder;
        met.text = QStringLiteral("Chiffrer les sauvegardes");
        met.status = ConditionStatus::Met;
        met.evidence = QStringLiteral("Rapport d'audit de sécurité");
        onPayroll.conditions = {open, met};
        ASSERT_OK(DeliberationService(dpo).create(onPayroll));
        Deliberation onMail;
        onMail.number = QStringLiteral("2022-45");
        onMail.date = d(-4, 4, 20);
        onMail.authority = Authority::Ccin;
        onMail.title = QStringLiteral("Avis sur la messagerie");
        onMail.processing = Mail;
        Condition logs;
        logs.text = QStringLiteral("Limiter la conservation des journaux");
        logs.status = ConditionStatus::Met;
        logs.evidence = QStringLiteral("Purge mensuelle");
        onMail.conditions = {logs};
        ASSERT_OK(DeliberationService(dpo).create(onMail));

        // The requests' story in the order it happened (the log is dated).
        // Before the default period: counted under "all" only.
        const qint64 old = request({QStringLiteral("access")}, d(-2, 3, 1), {m_mail}, true);
        answer(old, d(-2, 3, 15), true);
        // Refused for a stated reason; its document destroyed.
        const qint64 refused = request({QStringLiteral("objection")}, d(-1, 5, 5), {m_payroll}, true);
        dpo.setClock(at(d(-1, 5, 20)));
        ASSERT_OK(RequestService(dpo).transition(refused, RequestState::Refused, Abusive));
        // Answered on time, with an identity document destroyed at the end.
        const qint64 onTime = request({QStringLiteral("access")}, d(0, 2, 2), {m_mail}, true);
        answer(onTime, d(0, 2, 10), true);
        // Extended, then answered after the extended deadline.
        const qint64 late = request({QStringLiteral("access"), QStringLiteral("rectification")}, d(0, 3, 2),
                                    {m_mail, m_payroll}, false);
        dpo.setClock(at(d(0, 3, 10)));
        ASSERT_OK(RequestService(dpo).extend(late, QStringLiteral("Plusieurs directions consultées")));
        answer(late, d(0, 6, 15), true);
        // Refused for a reason that names the requester by part of the
        // surname only: withheld all the same.
        const qint64 naming = request({QStringLiteral("erasure")}, d(0, 10, 1), {m_payroll}, false);
        // Open, past its deadline on the day the file is made.
        request({QStringLiteral("access")}, d(0, 10, 5), {m_mail}, false);
        dpo.setClock(at(d(0, 10, 12)));
        ASSERT_OK(RequestService(dpo).transition(
            naming, RequestState::Refused, QStringLiteral("Mme Quastel n'a pas justifié de son identité")));

        dpo.setClock(at(d(0, 12, 7)));
    }

    std::unique_ptr<Session> signIn(const QString &login, const QString &password, const QDate &today = d(0, 12, 7))
    {
        auto session = Session::login(m_path, login, SecureBytes::fromText(password), at(today));
        EXPECT_OK(session);
        return session ? std::move(session).value() : nullptr;
    }

    qint64 request(const QStringList &rights, const QDate &received, const std::vector<qint64> &processings,
                   bool withDocument)
    {
        Session &dpo = *m_dpo;
        dpo.setClock(at(received));
        RequestService service(dpo);
        NewRequest input;
        input.received = received;
        input.rights = rights;
        input.requester.surname = Surname;
        input.requester.firstName = FirstName;
        input.requester.address = QStringLiteral("12 rue Imaginaire, 98000 Monaco");
        auto created = service.create(input);
        EXPECT_OK(created);
        if (!created)
            return 0;
        m_references << created->reference;
        std::vector<Finding> findings;
        for (qint64 id : processings)
            findings.push_back({id, {}, true, QStringLiteral("Données communiquées")});
        EXPECT_OK(service.setFindings(created->id, findings));
        if (withDocument) {
            QImage scan(400, 260, QImage::Format_RGB32);
            scan.fill(Qt::lightGray);
            EXPECT_OK(IdentityDocumentService(dpo).capture(created->id, png(scan), QStringLiteral("card")));
        }
        return created->id;
    }

    void answer(qint64 id, const QDate &on, bool close)
    {
        Session &dpo = *m_dpo;
        dpo.setClock(at(on));
        RequestService service(dpo);
        for (RequestState step : {RequestState::IdentityCheck, RequestState::InProgress, RequestState::Answered})
            ASSERT_OK(service.transition(id, step));
        if (close) {
            ASSERT_OK(service.transition(id, RequestState::Closed));
        }
    }

    QStringList inspectionsLogged()
    {
        QSqlQuery query(SessionStorage::database(*m_dpo));
        EXPECT_TRUE(query.exec(QStringLiteral("SELECT object_type, object_id, detail FROM audit_log "
                                              "WHERE action = 'register.inspection' ORDER BY seq")));
        QStringList rows;
        while (query.next())
            rows << query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString();
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_dpo;
    qint64 m_mail = 0;
    qint64 m_payroll = 0;
    QStringList m_references;
};

} // namespace

TEST_F(InspectionFileTest, OneProcessingCountsOnlyTheRequestsItsFindingsConcern)
{
    auto facts = InspectionFileService(*m_dpo).facts(m_mail);
    ASSERT_OK(facts);
    EXPECT_EQ(facts->period.from, d(-1, 1, 1));
    EXPECT_EQ(facts->period.until, d(0, 12, 7));
    ASSERT_EQ(facts->register_.entries.size(), 1u);
    EXPECT_EQ(facts->register_.entries.front().processing.name, Mail);
    ASSERT_EQ(facts->deliberations.size(), 1u);
    EXPECT_EQ(facts->deliberations.front().number, QStringLiteral("2022-45"));
    EXPECT_EQ(facts->generatedBy, QStringLiteral("Daniel Protection"));

    const InspectionStatistics statistics = InspectionFile::statistics(*facts);
    // On time, late after its extension, open and overdue.
    EXPECT_EQ(statistics.total, figures(3, 2, 2, 1, 1, 1, 1, 0));
    const auto *access = right(statistics, QStringLiteral("access"));
    ASSERT_NE(access, nullptr);
    EXPECT_EQ(access->figures, figures(3, 2, 2, 1, 1, 1, 1, 0));
    EXPECT_EQ(access->label, QStringLiteral("Right of access"));
    const auto *rectification = right(statistics, QStringLiteral("rectification"));
    ASSERT_NE(rectification, nullptr);
    EXPECT_EQ(rectification->figures, figures(1, 1, 1, 0, 1, 0, 1, 0));
    const auto *objection = right(statistics, QStringLiteral("objection"));
    ASSERT_NE(objection, nullptr);
    EXPECT_EQ(objection->figures, InspectionFigures{});
    EXPECT_TRUE(statistics.refusals.empty());
    // The first request's document, destroyed when it closed.
    EXPECT_EQ(facts->destroyed, std::vector<QDate>{d(0, 2, 10)});
}

TEST_F(InspectionFileTest, TheWholeRegisterCountsEveryRequestOnceAndRefusalsByReason)
{
    auto facts = InspectionFileService(*m_dpo).facts(InspectionFileService::WholeRegister);
    ASSERT_OK(facts);
    EXPECT_TRUE(facts->register_.wholeRegister);
    EXPECT_EQ(facts->register_.entries.size(), 2u);
    ASSERT_EQ(facts->deliberations.size(), 2u);
    // Oldest first.
    EXPECT_EQ(facts->deliberations.front().number, QStringLiteral("2022-45"));
    EXPECT_EQ(facts->deliberations.back().conditions.size(), 2u);

    const InspectionStatistics statistics = InspectionFile::statistics(*facts);
    EXPECT_EQ(statistics.total, figures(5, 4, 4, 3, 1, 1, 1, 2));
    const auto *erasure = right(statistics, QStringLiteral("erasure"));
    ASSERT_NE(erasure, nullptr);
    EXPECT_EQ(erasure->figures, figures(1, 1, 1, 1, 0, 0, 0, 1));
    ASSERT_EQ(statistics.refusals.size(), 2u);
    QStringList reasons;
    for (const auto &[reason, count] : statistics.refusals) {
        EXPECT_EQ(count, 1);
        reasons << reason;
    }
    EXPECT_TRUE(reasons.contains(Abusive));
    EXPECT_FALSE(reasons.join(u' ').contains(QStringLiteral("Quastel")));
    EXPECT_EQ(facts->destroyed, (std::vector<QDate>{d(-1, 5, 20), d(0, 2, 10)}));
    const auto months = InspectionFile::destroyedByMonth(*facts);
    ASSERT_EQ(months.size(), 2u);
    EXPECT_EQ(months.front(), std::make_pair(d(-1, 5, 1), 1));

    // Every request since the first: the older one and its document too.
    auto all =
        InspectionFileService(*m_dpo).facts(InspectionFileService::WholeRegister, InspectionPeriod::all(d(0, 12, 7)));
    ASSERT_OK(all);
    EXPECT_EQ(InspectionFile::statistics(*all).total, figures(6, 5, 5, 4, 1, 1, 1, 2));
    EXPECT_EQ(all->destroyed.size(), 3u);
}

TEST_F(InspectionFileTest, TheExportedFileOpensWithItsPasswordHoldsEverySectionAndNamesNoOne)
{
    const QString file = m_dir.filePath(QStringLiteral("inspection.pdf"));
    std::vector<qint64> steps;
    ASSERT_OK(InspectionFileService(*m_dpo).exportTo(InspectionFileService::WholeRegister,
                                                     SecureBytes::fromText(Password), file, std::nullopt,
                                                     [&steps](qint64 done, qint64 total) {
                                                         EXPECT_EQ(total, 4);
                                                         steps.push_back(done);
                                                     }));
    EXPECT_EQ(steps.back(), 4);
    const QByteArray bytes = readAll(file);
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_FALSE(bytes.contains(Mail.toUtf8()));
    EXPECT_TRUE(EncryptedPdf::opensWith(bytes, Password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArray()));
    auto protection = EncryptedPdf::protection(bytes, Password.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_TRUE(protection->aes256);
    EXPECT_FALSE(protection->mayExtract);
    EXPECT_TRUE(pdfText(file).isEmpty()) << "opened without its password";

    const QString raw = pdfText(file, Password);
    const QString text = folded(raw);
    ASSERT_FALSE(text.isEmpty());
    for (const QString &expected :
         {QStringLiteral("Inspection file"), QStringLiteral("Daniel Protection"), QStringLiteral("Contents"), Mail,
          Payroll, QStringLiteral("2023-133"), QStringLiteral("Informer les agents de leurs droits"),
          QStringLiteral("Rapport d'audit de sécurité"), QStringLiteral("Rights requests"),
          QStringLiteral("Right of access"), QStringLiteral("Refusals by reason"), Abusive,
          QStringLiteral("Identity documents destroyed"), QLocale().toString(d(-1, 5, 1), QStringLiteral("MMMM yyyy")),
          QStringLiteral("The audit log"), QStringLiteral("Whole: every entry verified"),
          QStringLiteral("Délégué à la protection des données")})
        EXPECT_TRUE(text.contains(folded(expected))) << expected.toStdString() << "\n" << raw.toStdString();
    // No requester, no reference that leads to one.
    EXPECT_FALSE(text.contains(folded(Surname))) << raw.toStdString();
    EXPECT_FALSE(text.contains(folded(QStringLiteral("Quastel"))));
    EXPECT_FALSE(text.contains(folded(FirstName)));
    EXPECT_FALSE(text.contains(folded(QStringLiteral("rue Imaginaire"))));
    for (const QString &reference : m_references)
        EXPECT_FALSE(raw.contains(reference)) << reference.toStdString();

    // Audited once, with the period and the chain's verdict; the head the
    // file shows is the entry before it.
    const QStringList logged = inspectionsLogged();
    ASSERT_EQ(logged.size(), 1);
    EXPECT_TRUE(
        logged.front().startsWith(QStringLiteral("register||aes-256, file, requests %1..%2, audit whole at ")
                                      .arg(d(-1, 1, 1).toString(Qt::ISODate), d(0, 12, 7).toString(Qt::ISODate))))
        << logged.front().toStdString();
    auto head = AuditService(*m_dpo).head();
    ASSERT_OK(head);
    EXPECT_TRUE(logged.front().endsWith(QStringLiteral(" at %1").arg(head->seq - 1))) << logged.front().toStdString();
}

TEST_F(InspectionFileTest, TheHeadAndAVerificationThatFailsAreReported)
{
    auto whole = InspectionFileService(*m_dpo).facts(m_payroll);
    ASSERT_OK(whole);
    auto head = AuditService(*m_dpo).head();
    ASSERT_OK(head);
    EXPECT_TRUE(whole->audit.whole);
    EXPECT_EQ(whole->audit.firstBadSeq, 0);
    EXPECT_EQ(whole->audit.entries, head->seq);
    EXPECT_EQ(whole->audit.headHash, head->hash);
    EXPECT_FALSE(whole->audit.headAtUtc.isEmpty());

    // An entry rewritten behind the log's back.
    {
        QSqlQuery query(SessionStorage::database(*m_dpo));
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        ASSERT_TRUE(query.exec(QStringLiteral("UPDATE audit_log SET detail = 'rewritten' WHERE seq = 5")));
    }
    auto broken = InspectionFileService(*m_dpo).facts(m_payroll);
    ASSERT_OK(broken);
    EXPECT_FALSE(broken->audit.whole);
    EXPECT_EQ(broken->audit.firstBadSeq, 5);
    const QString html = InspectionFile::bodyHtml(*broken);
    EXPECT_TRUE(html.contains(QStringLiteral("Broken at entry 5"))) << html.toStdString();
}

TEST_F(InspectionFileTest, OnlyTheDpoMakesOneAndAWeakPasswordWritesNothing)
{
    const QString file = m_dir.filePath(QStringLiteral("refused.pdf"));
    auto weak = InspectionFileService(*m_dpo).exportTo(m_mail, SecureBytes::fromText(QStringLiteral("monaco")), file);
    ASSERT_FALSE(weak);
    EXPECT_EQ(weak.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(inspectionsLogged().isEmpty());
    EXPECT_TRUE(InspectionFileService::allowed(*m_dpo));
    m_dpo.reset();

    for (const auto &[login, password] :
         {std::pair{QStringLiteral("clerk"), ClerkPassword}, std::pair{QStringLiteral("admin"), AdminPassword}}) {
        auto session = signIn(login, password);
        ASSERT_TRUE(session);
        EXPECT_FALSE(InspectionFileService::allowed(*session));
        auto refused = InspectionFileService(*session).exportTo(InspectionFileService::WholeRegister,
                                                                SecureBytes::fromText(Password), file);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied) << login.toStdString();
        EXPECT_FALSE(QFile::exists(file));
    }
}

TEST_F(InspectionFileTest, AFolderThatCannotBeWrittenIsSaidAndNothingIsAudited)
{
    const QString file = m_dir.filePath(QStringLiteral("missing/inspection.pdf"));
    auto refused = InspectionFileService(*m_dpo).exportTo(m_mail, SecureBytes::fromText(Password), file);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::ReadOnlyLocation);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("The inspection file could not be exported.")))
        << refused.error().message.toStdString();
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(inspectionsLogged().isEmpty());
}

TEST_F(InspectionFileTest, ValuesAreEscapedAndAnEmptyPeriodSaysSo)
{
    auto facts = InspectionFileService(*m_dpo).facts(m_mail, InspectionPeriod{d(-6, 1, 1), d(-6, 12, 31)});
    ASSERT_OK(facts);
    EXPECT_TRUE(facts->requests.empty());
    EXPECT_TRUE(facts->destroyed.empty());
    facts->deliberations.front().conditions.front().text = QStringLiteral("<b>Journaux</b> & traces");
    const QString html = InspectionFile::bodyHtml(*facts);
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;Journaux&lt;/b&gt; &amp; traces")));
    EXPECT_TRUE(html.contains(QStringLiteral("No request was received in the period.")));
    EXPECT_TRUE(html.contains(QStringLiteral("No identity document was destroyed")));
}
