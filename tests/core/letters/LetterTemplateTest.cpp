// Templates' placeholders: known ones filled, an unknown one or a required
// one without a value refused before anything is printed, naming it.

#include "tests/support/TestSupport.h"
#include "core/letters/LetterTemplate.h"

#include <gtest/gtest.h>

using namespace habeas;

TEST(LetterTemplateTest, EveryPlaceholderIsFilled)
{
    QString text;
    QMap<QString, QString> values;
    for (const Placeholder &placeholder : LetterTemplate::placeholders()) {
        EXPECT_FALSE(QString::fromLatin1(placeholder.description).isEmpty()) << qPrintable(placeholder.name);
        text += QStringLiteral("[{{%1}}]").arg(placeholder.name);
        values.insert(placeholder.name, QStringLiteral("<%1>").arg(placeholder.name));
    }
    auto filled = LetterTemplate::fill(text, values);
    ASSERT_OK(filled);
    for (const Placeholder &placeholder : LetterTemplate::placeholders())
        EXPECT_TRUE(filled->contains(QStringLiteral("[<%1>]").arg(placeholder.name))) << qPrintable(placeholder.name);
    EXPECT_FALSE(filled->contains(QStringLiteral("{{")));
}

TEST(LetterTemplateTest, SpacesInsideTheBracesAndValuesWithBracesAreKeptApart)
{
    const QMap<QString, QString> values{{QStringLiteral("request.reference"), QStringLiteral("2026-0042")},
                                        {QStringLiteral("requester.name"), QStringLiteral("Agnès {{office.name}}")}};
    auto filled = LetterTemplate::fill(QStringLiteral("Réf. {{ request.reference }} — {{requester.name}}"), values);
    ASSERT_OK(filled);
    // A value is never read as a template: what a requester wrote stays text.
    EXPECT_EQ(*filled, QStringLiteral("Réf. 2026-0042 — Agnès {{office.name}}"));
    auto names = LetterTemplate::used(QStringLiteral("{{requester.name}} {{request.reference}} {{requester.name}}"));
    ASSERT_OK(names);
    EXPECT_EQ(*names, (QStringList{QStringLiteral("requester.name"), QStringLiteral("request.reference")}));
}

TEST(LetterTemplateTest, AnUnknownPlaceholderOrStrayBracesAreRefused)
{
    auto unknown = LetterTemplate::fill(QStringLiteral("Cher {{requester.nom}},"), {});
    ASSERT_FALSE(unknown);
    EXPECT_EQ(unknown.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("{{requester.nom}}"))) << qPrintable(unknown.error().message);
    for (const QString &text : {QStringLiteral("Madame {{requester.name"), QStringLiteral("{{ Nom du demandeur }}"),
                                QStringLiteral("{{}}")}) {
        auto stray = LetterTemplate::used(text);
        ASSERT_FALSE(stray) << qPrintable(text);
        EXPECT_EQ(stray.error().code, ErrorCode::InvalidArgument);
    }
}

TEST(LetterTemplateTest, ARequiredPlaceholderWithoutAValueIsRefusedAndAnOptionalOneMayBeEmpty)
{
    const QString text = QStringLiteral("{{addressee.civility}} {{addressee.name}}, réf. {{request.reference}}");
    auto missing = LetterTemplate::fill(text, {{QStringLiteral("addressee.name"), QStringLiteral("M. Rossi")},
                                               {QStringLiteral("request.reference"), QStringLiteral("  ")}});
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::InvalidArgument);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("{{request.reference}}"))) << qPrintable(missing.error().message);
    EXPECT_FALSE(missing.error().message.contains(QStringLiteral("civility")));
    auto filled = LetterTemplate::fill(text, {{QStringLiteral("addressee.name"), QStringLiteral("M. Rossi")},
                                              {QStringLiteral("request.reference"), QStringLiteral("2026-0007")}});
    ASSERT_OK(filled);
    EXPECT_EQ(*filled, QStringLiteral(" M. Rossi, réf. 2026-0007"));
}
