// The parser of deliberations as the Journal de Monaco publishes them: the
// seed deliberation 2023-133 (read from ../shared/seeds at run time), then
// short texts written here, one for each way the Journal's texts differ.
#include "core/import/DeliberationParser.h"

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace habeas;

namespace {

QString seedText()
{
    const QDir seeds(test::seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        const QString text = QString::fromUtf8(test::readAll(seeds.filePath(name)));
        if (text.contains(QStringLiteral("2023-133")) && text.contains(QStringLiteral("Journal")))
            return text;
    }
    return {};
}

QStringList numerals(const ParsedDeliberation &parsed)
{
    QStringList out;
    for (const ParsedSection &section : parsed.sections)
        out << section.numeral;
    return out;
}

QStringList cited(const ParsedDeliberation &parsed)
{
    QStringList out;
    for (const ParsedCitation &citation : parsed.citations)
        out << citation.number;
    return out;
}

int countOf(const ParsedDeliberation &parsed, ConditionKind kind)
{
    return int(std::count_if(parsed.conditions.begin(), parsed.conditions.end(),
                             [&](const ParsedCondition &c) { return c.kind == kind; }));
}

// The eight section headings of an opinion, each with a sentence.
QString sections(int upTo = 8)
{
    static const char *const Headings[] = {
        "I. Sur la finalité et les fonctionnalités du traitement",
        "II. Sur la licéité et la justification du traitement",
        "III. Sur les informations traitées",
        "IV. Sur les droits des personnes concernées",
        "V. Sur les destinataires et les personnes ayant accès au traitement",
        "VI. Sur les interconnexions",
        "VII. Sur la sécurité du traitement et des informations",
        "VIII. Sur la durée de conservation",
    };
    QString out;
    for (int i = 0; i < upTo; ++i)
        out += QString::fromUtf8(Headings[i]) + QStringLiteral("\n\nLa Commission en prend acte pour la partie %1.\n\n").arg(i + 1);
    return out;
}

} // namespace

TEST(DeliberationParserTest, TheSeedGivesEveryFactOfDeliberation2023133)
{
    const QString seed = seedText();
    ASSERT_FALSE(seed.isEmpty()) << "the seed deliberation is read from " << qPrintable(test::seedsDir());
    const ParsedDeliberation parsed = DeliberationParser::parse(seed);

    EXPECT_EQ(parsed.number, QStringLiteral("2023-133"));
    EXPECT_EQ(parsed.date, QDate(2023, 9, 20));
    EXPECT_EQ(parsed.authority, Authority::Ccin);
    EXPECT_EQ(parsed.kind, DeliberationKind::FavourableOpinion);
    EXPECT_EQ(parsed.subject, DeliberationSubject::Modification);
    EXPECT_EQ(parsed.title, QStringLiteral("Gestion des titres restaurant"));
    EXPECT_TRUE(parsed.knownAs.isEmpty());
    EXPECT_EQ(parsed.operatedBy,
              QStringLiteral("Direction des Ressources Humaines et de la Formation de la Fonction Publique"));
    EXPECT_EQ(parsed.presentedBy, QStringLiteral("Ministre d'État"));
    EXPECT_EQ(parsed.journalNumber, QStringLiteral("8663"));
    EXPECT_EQ(parsed.journalDate, QDate(2023, 10, 6));
    EXPECT_TRUE(parsed.journalPage.isEmpty());
    EXPECT_EQ(parsed.vu.size(), 13);
    EXPECT_TRUE(parsed.vu.front().startsWith(QStringLiteral("Vu la Constitution")));
    EXPECT_EQ(cited(parsed), (QStringList{QStringLiteral("2010-27"), QStringLiteral("2012-16"), QStringLiteral("2015-113")}));
    EXPECT_EQ(parsed.citations[0].date, QDate(2010, 7, 13));
    EXPECT_EQ(parsed.citations[2].date, QDate(2015, 11, 18));
    EXPECT_EQ(numerals(parsed), (QStringList{QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"),
                                             QStringLiteral("IV"), QStringLiteral("V"), QStringLiteral("VI"),
                                             QStringLiteral("VII"), QStringLiteral("VIII")}));
    EXPECT_TRUE(parsed.sections[3].heading.startsWith(QStringLiteral("IV. Sur les droits")))
        << "the no-break spaces after the numeral made plain: " << qPrintable(parsed.sections[3].heading);
    EXPECT_TRUE(parsed.sections[0].text.contains(QStringLiteral("recenser les bénéficiaires")));
    EXPECT_FALSE(parsed.preamble.isEmpty());

    ASSERT_EQ(parsed.conditions.size(), 5u);
    EXPECT_EQ(countOf(parsed, ConditionKind::Reminder), 4);
    EXPECT_EQ(countOf(parsed, ConditionKind::Request), 1);
    EXPECT_TRUE(parsed.conditions[0].text.startsWith(QStringLiteral("la réponse au droit d'accès doit intervenir")))
        << qPrintable(parsed.conditions[0].text);
    EXPECT_FALSE(parsed.conditions[0].text.endsWith(u';'));
    EXPECT_TRUE(parsed.conditions[3].text.contains(QStringLiteral("chiffrée sur son support")));
    EXPECT_EQ(parsed.conditions[4].kind, ConditionKind::Request);
    EXPECT_TRUE(parsed.decision.contains(QStringLiteral("émet un avis favorable")));
    EXPECT_TRUE(parsed.complete()) << qPrintable(parsed.missing.join(QStringLiteral(", ")));

    // The noise is gone, the spans point at what they name.
    EXPECT_FALSE(parsed.text.contains(QStringLiteral("icon-summary")));
    EXPECT_FALSE(parsed.text.contains(QStringLiteral("Print article")));
    EXPECT_FALSE(parsed.text.contains(QChar(0x00a0)));
    EXPECT_FALSE(parsed.text.contains(QChar(0x2019)));
    EXPECT_TRUE(parsed.text.mid(parsed.headline.start, parsed.headline.length).startsWith(QStringLiteral("Délibération n° 2023-133")));
    EXPECT_TRUE(parsed.text.mid(parsed.journal.start, parsed.journal.length).contains(QStringLiteral("8663")));
    for (const ParsedCondition &condition : parsed.conditions)
        EXPECT_TRUE(parsed.text.mid(condition.span.start, condition.span.length).contains(condition.text.left(30)));

    const Deliberation d = parsed.toDeliberation();
    EXPECT_EQ(d.number, QStringLiteral("2023-133"));
    EXPECT_EQ(d.conditions.size(), 5u);
    EXPECT_EQ(d.citations.size(), 3u);
    EXPECT_EQ(d.sections.size(), 9u) << "the preamble, then I to VIII";
}

TEST(DeliberationParserTest, NumbersAreWrittenOneWayWhateverThePrint)
{
    EXPECT_EQ(deliberationNumberKey(QStringLiteral("2023-133")), QStringLiteral("2023-133"));
    EXPECT_EQ(deliberationNumberKey(QStringLiteral("2016-09")), QStringLiteral("2016-9"));
    EXPECT_EQ(deliberationNumberKey(QStringLiteral("2016-9")), QStringLiteral("2016-9"));
    EXPECT_EQ(deliberationNumberKey(QStringLiteral("09-07")), QStringLiteral("09-07"));
    EXPECT_EQ(deliberationNumberKey(QString::fromUtf8("2024\u2011144")), QStringLiteral("2024-144"));
    EXPECT_EQ(deliberationNumberKey(QString::fromUtf8("2024 \u2013 144")), QStringLiteral("2024-144"));
    EXPECT_EQ(deliberationNumberKey(QString::fromUtf8("2024\u2014144")), QStringLiteral("2024-144"));
    EXPECT_TRUE(deliberationNumberKey(QStringLiteral("1.165")).isEmpty());
    EXPECT_TRUE(deliberationNumberKey(QStringLiteral("202-4")).isEmpty());
}

TEST(DeliberationParserTest, AnUnfavourableOpinionOfTheApdpWithANonBreakingHyphen)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 2025\u2011041 du 1er avril 2025 de l\u2019Autorité de Protection des Données Personnelles "
        "portant avis défavorable à la mise en œuvre du traitement automatisé d\u2019informations nominatives ayant pour "
        "finalité « Contrôle des badges des visiteurs », présenté par la Commune de Monaco.\n\n"
        "• N° journal 8790\n• Date de publication 18/04/2025\n• Page n° 1204\n\n"
        "Vu la Constitution ;\n\nVu la loi n° 1.565 du 3 décembre 2024 ;\n\n")
        + sections()
        + QString::fromUtf8("Après en avoir délibéré, l\u2019Autorité :\n\n"
                            "Considère que la conservation des images pendant cinq ans est excessive ;\n\n"
                            "l\u2019Autorité de Protection des Données Personnelles émet un avis défavorable à la mise en "
                            "œuvre, par la Commune de Monaco, du traitement « Contrôle des badges des visiteurs ».\n\n"
                            "Le Président");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.number, QStringLiteral("2025-41"));
    EXPECT_EQ(parsed.date, QDate(2025, 4, 1));
    EXPECT_EQ(parsed.authority, Authority::Apdp);
    EXPECT_EQ(parsed.kind, DeliberationKind::UnfavourableOpinion);
    EXPECT_EQ(parsed.subject, DeliberationSubject::Implementation);
    EXPECT_EQ(parsed.presentedBy, QStringLiteral("Commune de Monaco"));
    EXPECT_TRUE(parsed.operatedBy.isEmpty());
    EXPECT_EQ(parsed.journalNumber, QStringLiteral("8790"));
    EXPECT_EQ(parsed.journalDate, QDate(2025, 4, 18));
    EXPECT_EQ(parsed.journalPage, QStringLiteral("1204"));
    ASSERT_EQ(parsed.conditions.size(), 1u);
    EXPECT_EQ(parsed.conditions[0].kind, ConditionKind::Consideration);
    EXPECT_TRUE(parsed.complete()) << qPrintable(parsed.missing.join(QStringLiteral(", ")));
    EXPECT_EQ(DeliberationParser::conditionKindName(parsed.conditions[0].kind), QStringLiteral("consider"));
}

TEST(DeliberationParserTest, AnOldTwoDigitNumberWithNoAuthorityInItsTitle)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 09-07 du 16 mars 2009 portant avis favorable à la mise en œuvre du traitement ayant pour "
        "finalité « Gestion du courrier entrant ».\n\n"
        "Vu la loi n° 1.165 du 23 décembre 1993 ;\n\n"
        "Vu la délibération n° 2008-09 du 4 février 2008 ;\n\n")
        + sections()
        + QString::fromUtf8("Après en avoir délibéré,\n\nInvite le responsable du traitement à tenir une liste des "
                            "personnes habilitées.\n\nLa Commission émet un avis favorable.\n");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.number, QStringLiteral("09-07"));
    EXPECT_EQ(parsed.date, QDate(2009, 3, 16));
    EXPECT_FALSE(parsed.authority.has_value()) << "none named: nothing guessed";
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("authority")));
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("journal")));
    EXPECT_EQ(cited(parsed), QStringList{QStringLiteral("2008-9")}) << "zero padding dropped";
    ASSERT_EQ(parsed.conditions.size(), 1u);
    EXPECT_EQ(parsed.conditions[0].kind, ConditionKind::Invitation);
    EXPECT_EQ(parsed.toDeliberation().authority, Authority::Ccin) << "the authority of the time, once confirmed";
}

TEST(DeliberationParserTest, NestedQuotesAndTheNameItIsKnownBy)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 2019-112 du 17 juillet 2019 de la Commission de Contrôle des Informations Nominatives "
        "portant avis favorable à la demande modificative du traitement automatisé ayant pour finalité "
        "« Gestion des abonnements « Bus » et « Parkings » », dénommé « Mobilis », exploité par le Service des "
        "Titres de Circulation, présenté par le Ministre d\u2019État.\n\n"
        "Vu la Constitution ;\n\n");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.title, QString::fromUtf8("Gestion des abonnements « Bus » et « Parkings »"));
    EXPECT_EQ(parsed.knownAs, QStringLiteral("Mobilis"));
    EXPECT_EQ(parsed.operatedBy, QStringLiteral("Service des Titres de Circulation"));
    EXPECT_EQ(parsed.presentedBy, QStringLiteral("Ministre d'État"));
    EXPECT_EQ(parsed.subject, DeliberationSubject::Modification);
}

TEST(DeliberationParserTest, EnglishJournalLabelsWithAnEmptyPageNumber)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 2022-015 du 19 janvier 2022 de la CCIN portant recommandation sur les dispositifs "
        "de vidéosurveillance.\n\n"
        "  • No. Journal 8577\n  • Date of publication 11/02/2022\n  • Quality 100%\n  • Page no.\n\n"
        "Vu la Constitution ;\n\n");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.number, QStringLiteral("2022-15"));
    EXPECT_EQ(parsed.kind, DeliberationKind::Recommendation);
    EXPECT_EQ(parsed.authority, Authority::Ccin);
    EXPECT_EQ(parsed.journalNumber, QStringLiteral("8577"));
    EXPECT_EQ(parsed.journalDate, QDate(2022, 2, 11));
    EXPECT_TRUE(parsed.journalPage.isEmpty());
    EXPECT_FALSE(parsed.missing.contains(QStringLiteral("journal")));
    EXPECT_FALSE(parsed.missing.contains(QStringLiteral("subject"))) << "a recommendation has none";
}

TEST(DeliberationParserTest, VerbsInTheBodyAreNotConditions)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 2021-200 du 13 octobre 2021 de la Commission de Contrôle des Informations Nominatives "
        "portant avis favorable à la mise en œuvre du traitement ayant pour finalité « Suivi des prêts de matériel ».\n\n"
        "Vu la Constitution ;\n\n"
        "I. Sur la finalité\n\nRappelle que le matériel doit être restitué.\n\n"
        "II. Sur la licéité\n\nDemande que :\n\n- la liste soit tenue à jour ;\n\n"
        "III. Sur les informations traitées\n\nInvite le service à trier ses archives.\n\n"
        "IV. Sur les droits\n\nRien.\n\nV. Sur les destinataires\n\nRien.\n\nVI. Sur les interconnexions\n\nRien.\n\n"
        "VII. Sur la sécurité\n\nRien.\n\nVIII. Sur la durée de conservation\n\nRien.\n\n"
        "Après en avoir délibéré, la Commission :\n\n"
        "Demande que :\n\n- les prêts soient enregistrés à la remise du matériel ;\n\n"
        "- chaque agent puisse consulter ses prêts.\n\n"
        "À la condition que :\n\n- l'inventaire soit revu chaque année.\n\n"
        "À la condition de la prise en compte des éléments qui précèdent,\n\n"
        "la Commission émet un avis favorable.\n");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    ASSERT_EQ(parsed.conditions.size(), 3u);
    EXPECT_EQ(countOf(parsed, ConditionKind::Request), 2);
    EXPECT_EQ(countOf(parsed, ConditionKind::Condition), 1);
    EXPECT_EQ(countOf(parsed, ConditionKind::Reminder), 0) << "the body's \"Rappelle\" is not a condition";
    EXPECT_EQ(parsed.conditions[0].text, QStringLiteral("les prêts soient enregistrés à la remise du matériel"));
    EXPECT_EQ(parsed.conditions[2].text, QStringLiteral("l'inventaire soit revu chaque année."));
    EXPECT_TRUE(parsed.sections[1].text.contains(QStringLiteral("la liste soit tenue")));
}

TEST(DeliberationParserTest, ATextCutInTheMiddleOfASectionSaysWhatIsMissing)
{
    const QString text = QString::fromUtf8(
        "Délibération n° 2020-88 du 17 juin 2020 de la Commission de Contrôle des Informations Nominatives "
        "portant avis favorable à la mise en œuvre du traitement ayant pour finalité « Gestion des badges ».\n\n"
        "• N° journal 8500\n• Date de publication 03/07/2020\n\nVu la Constitution ;\n\n")
        + sections(5) + QStringLiteral("Les destinataires sont les agents habilités du");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.number, QStringLiteral("2020-88"));
    EXPECT_EQ(numerals(parsed).size(), 5);
    EXPECT_FALSE(parsed.complete());
    EXPECT_TRUE(parsed.missing.contains(QString::fromUtf8("sections VI\u2013VIII")))
        << qPrintable(parsed.missing.join(QStringLiteral(", ")));
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("closing decision")));
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("opinion")));
    EXPECT_TRUE(parsed.conditions.empty());
}

TEST(DeliberationParserTest, ADecisionOfThePresidentIsNotADeliberation)
{
    const ParsedDeliberation parsed = DeliberationParser::parse(QString::fromUtf8(
        "Décision n° 2024-03 du 5 février 2024 du Président de la Commission de Contrôle des Informations "
        "Nominatives portant sur la mise en œuvre du traitement ayant pour finalité « Accès aux locaux ».\n\n"
        "Vu la Constitution ;\n\nDécide :\n\nd'autoriser la mise en œuvre du traitement.\n"));
    EXPECT_EQ(parsed.kind, DeliberationKind::Decision);
    EXPECT_EQ(parsed.number, QStringLiteral("2024-3"));
    EXPECT_FALSE(parsed.missing.contains(QStringLiteral("closing decision")));
}

TEST(DeliberationParserTest, LinesCutByThePageAreJoinedAndNoiseDropped)
{
    const QString text = QString::fromUtf8(
        "icon-summary icon-grid list icon-caret-left icon-print\n\n"
        "Délibération n° 2018-070 du 16 mai 2018 de la Commission de Contrôle des Informations Nominatives portant\n"
        "avis favorable à la mise en œuvre du traitement ayant pour finalité\n"
        "« Gestion   des\u00a0visites », présenté par le Ministre d'État.\n\n"
        "Vu la Constitution ;\n\nVu la délibération n° 2017-12 du 18 janvier 2017 de la\n\n"
        "Commission portant avis favorable ;\n\nPrint article\nAll rights reserved - Monaco 2016\n");
    const ParsedDeliberation parsed = DeliberationParser::parse(text);
    EXPECT_EQ(parsed.number, QStringLiteral("2018-70"));
    EXPECT_EQ(parsed.kind, DeliberationKind::FavourableOpinion);
    EXPECT_EQ(parsed.title, QStringLiteral("Gestion des visites"));
    EXPECT_EQ(parsed.vu.size(), 2);
    EXPECT_FALSE(parsed.text.contains(QStringLiteral("icon-")));
    EXPECT_FALSE(parsed.text.contains(QStringLiteral("All rights reserved")));
}

TEST(DeliberationParserTest, FilesAreReadAsUtf8OrWindows1252)
{
    const QByteArray utf8 = QString::fromUtf8("Délibération n° 2023-133 « Titres » \u2019").toUtf8();
    EXPECT_EQ(DeliberationParser::decode("\xef\xbb\xbf" + utf8), QString::fromUtf8("Délibération n° 2023-133 « Titres » \u2019"));
    const QByteArray windows = "D\xe9lib\xe9ration n\xb0 2023-133 \xab Titres \xbb \x92";
    EXPECT_EQ(DeliberationParser::decode(windows), QString::fromUtf8("Délibération n° 2023-133 « Titres » \u2019"));
    const QByteArray latin1 = "D\xe9lib\xe9ration";
    EXPECT_EQ(DeliberationParser::decode(latin1), QString::fromUtf8("Délibération"));
}

TEST(DeliberationParserTest, NothingIsFoundInAnUnrelatedText)
{
    const ParsedDeliberation parsed = DeliberationParser::parse(QStringLiteral("Bonjour.\n\nCeci n'est pas un avis."));
    EXPECT_TRUE(parsed.number.isEmpty());
    EXPECT_TRUE(parsed.conditions.empty());
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("number")));
    EXPECT_TRUE(parsed.missing.contains(QStringLiteral("title")));
    EXPECT_FALSE(parsed.complete());
    EXPECT_TRUE(DeliberationParser::parse(QString()).missing.contains(QStringLiteral("number")));
}
