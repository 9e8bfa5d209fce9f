// The demo register: the two processings of the Information Technologies
// Department's privacy notice, and the processing "Gestion des titres
// restaurant" with CCIN deliberation no. 2023-133, imported from a text in
// the Journal de Monaco's layout (resources/demo), as a DPO imports one. All
// in Habeas's own words: the facts are the seeds'; the sentences are not
// copied.

#include "core/demo/DemoVault.h"

#include "core/deliberations/ConditionIndicator.h"
#include "core/import/DeliberationParser.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/accounts/Session.h"

#include <QFile>

namespace habeas {

namespace {

LegalText text(const char *title, int y, int m, int d, const char *reference)
{
    return {QString::fromUtf8(title), QDate(y, m, d), QString::fromUtf8(reference)};
}

std::vector<LegalText> itTexts()
{
    return {text("Sovereign Ordinance establishing the Information Technologies Department", 2020, 3, 12, "S.O. no. 7.996"),
            text("Ministerial Decree setting the security measures of the State's information systems (Art. 23 of Act no. 1.435 "
                 "of 8 November 2016 on technological crime)",
                 2022, 6, 13, "M.D. no. 2022-331"),
            text("State Information Systems Charter, annexed to the decree", 2015, 11, 26, "M.D. no. 2015-703"),
            text("State Information Systems Administrative Charter, annexed to the decree", 2018, 4, 4, "M.D. no. 2018-281")};
}

Recipient recipient(const char *name, QStringList access)
{
    return {QString::fromUtf8(name), std::move(access)};
}

const QString Entry = QStringLiteral("entry");
const QString Update = QStringLiteral("update");
const QString Consultation = QStringLiteral("consultation");
const QString Maintenance = QStringLiteral("maintenance");

// The department of the privacy notice, and its two processings, recorded
// under the names, categories, retention periods and recipients that its
// notice publishes (the notice is the English one), so that the notice
// Habeas generates can be checked against it fact by fact.
const char *const ItDepartment = "Information Technologies Department";

Processing mail()
{
    Processing p;
    p.reference = QStringLiteral("DI-2020-01");
    p.name = QStringLiteral("Exchange business email management");
    p.controller = QString::fromUtf8(ItDepartment);
    p.status = ProcessingStatus::InOperation;
    p.functionalities = {QStringLiteral("Email between civil servants, public employees or contractors and the public"),
                         QStringLiteral("Archiving and purging of inboxes")};
    p.legalBasis = LegalBasis::LegalObligation;
    p.legalJustification = QStringLiteral("Duties of the Information Technologies Department under S.O. no. 7.996");
    p.legalTexts = itTexts();
    p.subjectCategories = {QStringLiteral("Civil servants and public employees"), QStringLiteral("Contractors working for the Government"),
                           QStringLiteral("Members of the public writing to departments")};
    p.dataCategories = {
        {QStringLiteral("Identity"), QStringLiteral("As long as the contact is active"), std::nullopt},
        {QStringLiteral("Contact details"), QStringLiteral("As long as the contact is active"), std::nullopt},
        {QStringLiteral("Message"),
         QStringLiteral("60 days to archive all items in the inbox; permanent deletion of all messages after 30 days"), 90},
        {QStringLiteral("Temporal information"), QStringLiteral("Twelve months"), 365},
        {QStringLiteral("Message-related information"), QStringLiteral("Twelve months"), 365},
    };
    p.recipients = {recipient("Administrative or judicial authorities, as third parties permitted in accordance with Act no. 1.565 "
                              "of 3 December 2024 in the course of their legally conferred duties",
                              {Consultation}),
                    recipient("Any government department that contacts the person", {Consultation}),
                    recipient("The Information Technologies Department, for the administration of the solution", {Maintenance})};
    p.securityMeasures = QStringLiteral("State Information Systems Security Policy and its charters");
    p.informationOfSubjects = QStringLiteral("Privacy notice published by the Information Technologies Department");
    p.rightsExercise = QStringLiteral("To the DITN, by post or online form; answer within one month");
    p.dataSource = QStringLiteral("The department's representative, and the system for time information");
    p.dataMandatory = true;
    p.mandatoryReason = QStringLiteral("Without it, departments can neither be reached by the public nor write to it.");
    return p;
}

Processing videoSurveillance()
{
    Processing p;
    p.reference = QStringLiteral("DI-2020-02");
    p.name = QStringLiteral("Video surveillance of the e-Embassy in Luxembourg");
    p.controller = QString::fromUtf8(ItDepartment);
    p.status = ProcessingStatus::InOperation;
    p.functionalities = {QStringLiteral("Security of property, resources and people on the premises of Monaco's e-Embassy")};
    p.legalBasis = LegalBasis::LegalObligation;
    p.legalJustification = QStringLiteral("Duties of the Information Technologies Department under S.O. no. 7.996");
    p.legalTexts = itTexts();
    p.subjectCategories = {QStringLiteral("People entering the e-Embassy's premises")};
    p.dataCategories = {{QStringLiteral("Identity"), QStringLiteral("Thirty days"), 30},
                        {QStringLiteral("Temporal information"), QStringLiteral("Thirty days"), 30}};
    p.recipients = {recipient("Administrative or judicial authorities, as third parties permitted in accordance with Act no. 1.565 "
                              "of 3 December 2024 in the course of their legally conferred duties",
                              {Consultation}),
                    recipient("The Police Department", {Consultation}),
                    recipient("The Information Technologies Department, for the administration of the solution", {Maintenance}),
                    recipient("The service provider, only where work requires it", {Maintenance})};
    p.securityMeasures = QStringLiteral("Only duly authorised persons view and record the images");
    p.dataSource = QStringLiteral("The video system, and the system for time information");
    p.dataMandatory = true;
    p.mandatoryReason = QStringLiteral("Nobody enters the e-Embassy's premises without being filmed.");
    return p;
}

Processing mealVouchers()
{
    Processing p;
    p.reference = QStringLiteral("DRHFFP-TR");
    p.name = QStringLiteral("Gestion des titres restaurant");
    p.controller = QStringLiteral("Direction des Ressources Humaines et de la Formation de la Fonction Publique");
    p.status = ProcessingStatus::OpinionReceived;
    p.functionalities = {QStringLiteral("Recenser les bénéficiaires (titres papier ou carte)"),
                         QStringLiteral("Établir la commande mensuelle"),
                         QStringLiteral("Livrer et distribuer les titres ou la carte par les référents"),
                         QStringLiteral("Recharger la carte après activation")};
    p.legalBasis = LegalBasis::PublicInterest;
    p.subjectCategories = {QStringLiteral("Fonctionnaires et agents contractuels de l'État"), QStringLiteral("Référents des services")};
    p.dataCategories = {
        {QStringLiteral("Identité des fonctionnaires et agents"), QStringLiteral("Un an à compter de l'adhésion"), 365},
        {QStringLiteral("Adresses et coordonnées de livraison"), QStringLiteral("Un an à compter de l'adhésion"), 365},
        {QStringLiteral("Vie professionnelle"), QStringLiteral("Un an à compter de l'adhésion"), 365},
        {QStringLiteral("Caractéristiques financières"), QStringLiteral("Un an à compter de l'adhésion"), 365},
        {QStringLiteral("Identification électronique des gestionnaires"), QStringLiteral("Tant que le gestionnaire est habilité"),
         std::nullopt},
        {QStringLiteral("Informations temporelles"), QStringLiteral("Un an glissant"), 365},
        {QStringLiteral("Référents de l'administration"), QStringLiteral("Tant que la personne est référent"), std::nullopt},
        {QStringLiteral("Adhésion ou refus"), QStringLiteral("Un an à compter de l'adhésion"), 365},
    };
    p.recipients = {recipient("Gestionnaires des titres restaurant (DRHFFP)", {Entry, Update, Consultation}),
                    recipient("Section de la paie de la Direction du Budget et du Trésor", {Consultation}),
                    recipient("Direction des Systèmes d'Information", {Maintenance})};
    p.links = {{LinkKind::Matching,
                QStringLiteral("Gestion des dossiers des fonctionnaires et agents relevant de la Fonction Publique et des statuts particuliers")},
               // The deliberation's "messagerie professionnelle": the DI's
               // processing, under the name its notice gives it.
               {LinkKind::Interconnection, QStringLiteral("Exchange business email management")},
               {LinkKind::Interconnection, QStringLiteral("Gestion des habilitations et des accès au Système d'Information")},
               {LinkKind::Interconnection,
                QStringLiteral("Gestion d'un outil de partage de documents sécurisés avec des partenaires internes et externes à "
                               "l'Administration monégasque")}};
    p.dataSource = QStringLiteral("Le dossier administratif de l'agent et sa réponse à l'offre de titres restaurant");
    return p;
}

// Deliberation no. 2023-133 as a DPO records it: its text, in the layout
// of the Journal de Monaco (written for the demo in Habeas's own words),
// read by the importer.
Result<Deliberation> deliberation2023133()
{
    QFile file(QStringLiteral(":/demo/deliberation-2023-133.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, QStringLiteral("The demo deliberation's text is missing."));
    const ParsedDeliberation parsed = DeliberationParser::parse(DeliberationParser::decode(file.readAll()));
    if (!parsed.complete())
        return makeError(ErrorCode::Internal, QStringLiteral("The demo deliberation's text is incomplete: ")
                                                  + parsed.missing.join(QStringLiteral(", ")));
    return parsed.toDeliberation();
}

} // namespace

Result<void> DemoVault::seedRegister(Session &dpo)
{
    ProcessingService processings(dpo);
    for (const Processing &p : {mail(), videoSurveillance(), mealVouchers()}) {
        if (auto created = processings.create(p); !created)
            return created.error();
    }
    auto text = deliberation2023133();
    if (!text)
        return text.error();
    DeliberationService deliberations(dpo);
    auto created = deliberations.create(*text);
    if (!created)
        return created.error();
    // Replying to access requests within the month and encrypting extracts
    // are what Habeas records itself: the DPO measures the conditions whose
    // wording speaks of them.
    int measured = 0;
    for (const Condition &condition : created->conditions) {
        const auto indicator = ConditionIndicator::suggest(condition.text);
        if (!indicator)
            continue;
        if (auto set = deliberations.setConditionIndicator(condition.id, *indicator); !set)
            return set.error();
        ++measured;
    }
    if (measured != 2)
        return makeError(ErrorCode::Internal,
                         QStringLiteral("The demo deliberation's conditions on access and on extracts are not recognised."));
    return {};
}

} // namespace habeas
