// Help → About: the project version and each library's version as it reports
// itself; in French, Qt's own buttons are French too.

#include "ui/shell/AboutDialog.h"

#include "core/Translator.h"
#include "core/administration/SoftwareVersions.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

#include <gtest/gtest.h>

namespace habeas {
namespace {

QStringList labelTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts << label->text();
    return texts;
}

TEST(AboutDialogTest, ShowsTheVersionAndEveryLibrary)
{
    AboutDialog dialog;
    const QStringList texts = labelTexts(dialog);
    const auto *version = dialog.findChild<QLabel *>(QStringLiteral("aboutVersion"));
    ASSERT_NE(version, nullptr);
    EXPECT_TRUE(version->text().endsWith(QStringLiteral(HABEAS_VERSION))) << qPrintable(version->text());
    const QList<SoftwareComponent> components = softwareComponents();
    ASSERT_EQ(components.size(), 5);
    for (const SoftwareComponent &component : components) {
        EXPECT_FALSE(component.version.isEmpty()) << qPrintable(component.name);
        EXPECT_TRUE(texts.contains(component.name)) << qPrintable(component.name);
        EXPECT_TRUE(texts.contains(component.version)) << qPrintable(component.name);
    }
}

TEST(AboutDialogTest, InFrenchQtsOwnButtonsAreFrench)
{
    ASSERT_EQ(Translator::install(QStringLiteral("fr")), QStringLiteral("fr"));
    AboutDialog dialog;
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("À propos d'Habeas"));
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    ASSERT_NE(buttons, nullptr);
    // "Close" comes from Qt's catalogue (qt_fr), not Habeas's.
    EXPECT_EQ(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Fermer"));
    // English again: the French catalogues are replaced, not stacked.
    Translator::install(QStringLiteral("en"));
    AboutDialog english;
    EXPECT_EQ(english.windowTitle(), QStringLiteral("About Habeas"));
    EXPECT_EQ(english.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->text(), QStringLiteral("Close"));
}

} // namespace
} // namespace habeas
