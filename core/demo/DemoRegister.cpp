// The demo register: the two processings of the Information Technologies
// Department's privacy notice, and the processing "Gestion des titres
// restaurant" with CCIN deliberation no. 2023-133, entered as structured
// data in Habeas's own words (the facts are the seeds'; the sentences are
// not copied).

#include "core/demo/DemoVault.h"

#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"
#include "core/accounts/Session.h"

namespace habeas {

namespace {

LegalText text(const char *title, int y, int m, int d, const char *reference)
{
    return {QString::fromUtf8(title), QDate(y, m, d), QString::fromUtf8(reference)};
}

std::vector<LegalText> itTexts()
{
    return {text("Ordonnance Souveraine portant création de la Direction Informatique", 2020, 3, 12, "O.S. n° 7.996"),
            text("Arrêté Ministériel fixant les mesures de sécurité des systèmes d'information de l'État (art. 23 de la loi n° 1.435)",
                 2022, 6, 13, "A.M. n° 2022-331"),
            text("Charte des systèmes d'information de l'État", 2015, 11, 26, "A.M. n° 2015-703"),
            text("Charte administrateur des systèmes d'information de l'État", 2018, 4, 4, "A.M. n° 2018-281")};
}

Recipient recipient(const char *name, QStringList access)
{
    return {QString::fromUtf8(name), std::move(access)};
}

const QString Entry = QStringLiteral("entry");
const QString Update = QStringLiteral("update");
const QString Consultation = QStringLiteral("consultation");
const QString Maintenance = QStringLiteral("maintenance");

Processing mail()
{
    Processing p;
    p.reference = QStringLiteral("DI-2020-01");
    p.name = QStringLiteral("Gestion de la messagerie professionnelle");
    p.controller = QStringLiteral("Direction Informatique");
    p.status = ProcessingStatus::InOperation;
    p.functionalities = {QStringLiteral("Échanges de courriels entre l'Administration et le public"),
                         QStringLiteral("Archivage et purge des boîtes de réception")};
    p.legalBasis = LegalBasis::LegalObligation;
    p.legalJustification = QStringLiteral("Missions confiées à la Direction Informatique par l'O.S. n° 7.996");
    p.legalTexts = itTexts();
    p.subjectCategories = {QStringLiteral("Fonctionnaires et agents de l'État"), QStringLiteral("Prestataires intervenant pour l'Administration"),
                           QStringLiteral("Personnes en correspondance avec les services")};
    p.dataCategories = {
        {QStringLiteral("Identité"), QStringLiteral("Tant que le contact est actif"), std::nullopt},
        {QStringLiteral("Coordonnées"), QStringLiteral("Tant que le contact est actif"), std::nullopt},
        {QStringLiteral("Messages"),
         QStringLiteral("Archivage de la boîte de réception après 60 jours, suppression définitive des messages 30 jours plus tard"), 90},
        {QStringLiteral("Informations temporelles"), QStringLiteral("Douze mois"), 365},
        {QStringLiteral("Informations relatives aux messages"), QStringLiteral("Douze mois"), 365},
    };
    p.recipients = {recipient("Autorités administratives ou judiciaires, dans le cadre de leurs missions légales", {Consultation}),
                    recipient("Services de l'Administration en contact avec la personne", {Consultation}),
                    recipient("Direction Informatique, pour l'administration de la solution", {Maintenance})};
    p.securityMeasures = QStringLiteral("Politique de sécurité des systèmes d'information de l'État et ses chartes");
    p.informationOfSubjects = QStringLiteral("Notice d'information publiée par la Direction Informatique");
    p.rightsExercise = QStringLiteral("Auprès de la DITN, par courrier ou formulaire en ligne ; réponse dans le mois");
    p.dataSource = QStringLiteral("La personne elle-même, par ses messages, et les journaux de la messagerie");
    return p;
}

Processing videoSurveillance()
{
    Processing p;
    p.reference = QStringLiteral("DI-2020-02");
    p.name = QStringLiteral("Vidéosurveillance de l'e-Ambassade au Luxembourg");
    p.controller = QStringLiteral("Direction Informatique");
    p.status = ProcessingStatus::InOperation;
    p.functionalities = {QStringLiteral("Sécurité des biens, des moyens et des personnes dans les locaux de l'e-Ambassade")};
    p.legalBasis = LegalBasis::LegalObligation;
    p.legalJustification = QStringLiteral("Missions confiées à la Direction Informatique par l'O.S. n° 7.996");
    p.legalTexts = itTexts();
    p.subjectCategories = {QStringLiteral("Personnes entrant dans les locaux de l'e-Ambassade")};
    p.dataCategories = {{QStringLiteral("Identité (image)"), QStringLiteral("Trente jours"), 30},
                        {QStringLiteral("Informations temporelles"), QStringLiteral("Trente jours"), 30}};
    p.recipients = {recipient("Autorités administratives ou judiciaires, dans le cadre de leurs missions légales", {Consultation}),
                    recipient("Direction de la Sûreté Publique", {Consultation}),
                    recipient("Direction Informatique, pour l'administration de la solution", {Maintenance}),
                    recipient("Prestataire, seulement lorsqu'une intervention l'exige", {Maintenance})};
    p.securityMeasures = QStringLiteral("Visionnage et enregistrement réservés aux personnes habilitées");
    p.dataSource = QStringLiteral("Les caméras installées dans les locaux de l'e-Ambassade");
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
               {LinkKind::Interconnection, QStringLiteral("Gestion de la messagerie professionnelle")},
               {LinkKind::Interconnection, QStringLiteral("Gestion des habilitations et des accès au Système d'Information")},
               {LinkKind::Interconnection,
                QStringLiteral("Gestion d'un outil de partage de documents sécurisés avec des partenaires internes et externes à "
                               "l'Administration monégasque")}};
    p.dataSource = QStringLiteral("Le dossier administratif de l'agent et sa réponse à l'offre de titres restaurant");
    return p;
}

Condition condition(ConditionKind kind, const QString &text)
{
    Condition c;
    c.kind = kind;
    c.text = text;
    return c;
}

Deliberation deliberation2023133()
{
    Deliberation d;
    d.number = QStringLiteral("2023-133");
    d.date = QDate(2023, 9, 20);
    d.authority = Authority::Ccin;
    d.kind = DeliberationKind::FavourableOpinion;
    d.subject = DeliberationSubject::Modification;
    d.title = QStringLiteral("Avis favorable à la modification du traitement « Gestion des titres restaurant » de la DRHFFP");
    d.presentedBy = QStringLiteral("Ministre d'État");
    d.processing = QStringLiteral("Gestion des titres restaurant");
    const char *const sections[][2] = {
        {"I. Finalité et fonctionnalités", "Recensement des bénéficiaires, commande mensuelle, distribution et recharge."},
        {"II. Licéité et justification", "Intérêt public et avantage social accordé aux agents."},
        {"III. Informations traitées", "Identité, coordonnées de livraison, vie professionnelle, données financières, "
                                        "identification des gestionnaires, référents, adhésion."},
        {"IV. Droits des personnes concernées", "Information des agents ; accès par voie électronique encadré."},
        {"V. Destinataires et accès", "Gestionnaires DRHFFP, section paie de la DBT, DSI ; prestataire limité au strict nécessaire."},
        {"VI. Interconnexions et rapprochements", "Dossiers des fonctionnaires, messagerie, habilitations, partage de documents."},
        {"VII. Sécurité", "Pas d'observation, sous réserve des rappels sur les accès et le chiffrement des extractions."},
        {"VIII. Durée de conservation", "Un an à compter de l'adhésion ; un an glissant pour les journaux."},
    };
    for (const auto &section : sections)
        d.sections.push_back({QString::fromUtf8(section[0]), QString::fromUtf8(section[1])});
    d.citations = {{QStringLiteral("2010-27"), QDate(2010, 7, 13), QStringLiteral("Mise en œuvre initiale du traitement")},
                   {QStringLiteral("2012-16"), QDate(2012, 1, 23), QStringLiteral("Première modification du traitement")},
                   {QStringLiteral("2015-113"), QDate(2015, 11, 18),
                    QStringLiteral("Recommandation sur la collecte et la conservation de copies de documents d'identité")}};
    d.conditions = {
        condition(ConditionKind::Reminder, QStringLiteral("Répondre aux demandes d'accès dans le mois qui suit leur réception")),
        condition(ConditionKind::Reminder,
                  QStringLiteral("Prévoir, pour les demandes d'accès par courriel, une procédure vérifiant l'identité du demandeur en cas de doute")),
        condition(ConditionKind::Reminder,
                  QStringLiteral("Désactiver les ports inutilisés et protéger chaque compte par un identifiant et un mot de passe fort, renouvelé")),
        condition(ConditionKind::Reminder, QStringLiteral("Chiffrer toute copie ou extraction sur son support de réception")),
        condition(ConditionKind::Request,
                  QStringLiteral("Informer les agents qu'ils peuvent étendre leurs droits auprès du prestataire")),
    };
    return d;
}

} // namespace

Result<void> DemoVault::seedRegister(Session &dpo)
{
    ProcessingService processings(dpo);
    for (const Processing &p : {mail(), videoSurveillance(), mealVouchers()}) {
        if (auto created = processings.create(p); !created)
            return created.error();
    }
    auto created = DeliberationService(dpo).create(deliberation2023133());
    if (!created)
        return created.error();
    return {};
}

} // namespace habeas
