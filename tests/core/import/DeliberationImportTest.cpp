// Importing deliberation texts: reading files, the processing suggested for
// a deliberation, the number already recorded, and a folder imported file
// by file. The seed deliberation 2023-133 is read from ../shared/seeds.
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include "core/accounts/Session.h"
#include "core/import/DeliberationImport.h"
#include "core/deliberations/DeliberationService.h"
#include "core/register/ProcessingService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Department = QStringLiteral("Direction des Ressources Humaines et de la Formation de la Fonction Publique");

QString seedPath()
{
    const QDir seeds(seedsDir());
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        if (readAll(seeds.filePath(name)).contains("2023-133"))
            return seeds.filePath(name);
    }
    return {};
}

// A short opinion of our own, numbered `number`.
QByteArray opinion(const QString &number, const QString &title)
{
    return QStringLiteral("Délibération n° %1 du 12 mars 2024 de la Commission de Contrôle des Informations "
                          "Nominatives portant avis favorable à la mise en œuvre du traitement ayant pour finalité "
                          "« %2 », présenté par le Ministre d'État.\n\nVu la Constitution ;\n\n"
                          "Après en avoir délibéré, la Commission :\n\nDemande que :\n\n- les accès soient tracés.\n\n"
                          "la Commission émet un avis favorable.\n")
        .arg(number, title)
        .toUtf8();
}

Processing processing(const QString &name, const QString &controller)
{
    Processing p;
    p.name = name;
    p.controller = controller;
    p.status = ProcessingStatus::InOperation;
    return p;
}

class DeliberationImportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("import.habeas"));
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

    QString folder(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Session> m_session;
};

} // namespace

TEST_F(DeliberationImportTest, TheProcessingOfTheSameNameComesFirstThenTheDepartmentsOwn)
{
    ProcessingService register_(*m_session);
    ASSERT_OK(register_.create(processing(QStringLiteral("Messagerie professionnelle"), Department)));
    ASSERT_OK(register_.create(processing(QStringLiteral("Gestion des titres de transport"), QStringLiteral("Direction de la Mobilité"))));
    ASSERT_OK(register_.create(processing(QStringLiteral("Gestion des titres restaurant"), Department)));
    ASSERT_OK(register_.create(processing(QStringLiteral("Vidéoprotection des parkings"), QStringLiteral("Service des Parkings"))));

    const auto text = DeliberationImport::readFile(seedPath());
    ASSERT_OK(text);
    const ParsedDeliberation parsed = DeliberationParser::parse(*text);
    auto suggested = DeliberationImport(*m_session).suggestions(parsed);
    ASSERT_OK(suggested);
    ASSERT_GE(suggested->size(), 2u);
    EXPECT_EQ(suggested->at(0).name, QStringLiteral("Gestion des titres restaurant"));
    EXPECT_EQ(suggested->at(0).score, 110) << "the same name and the same department";
    EXPECT_EQ(suggested->at(1).name, QStringLiteral("Messagerie professionnelle")) << "the same department only";
    for (const ProcessingSuggestion &s : *suggested) {
        EXPECT_NE(s.name, QStringLiteral("Vidéoprotection des parkings"));
        EXPECT_NE(s.name, QStringLiteral("Gestion des titres de transport")) << "two common words out of four";
        EXPECT_FALSE(s.reason.isEmpty());
    }
}

TEST_F(DeliberationImportTest, ANumberRecordedInAnotherPrintIsFound)
{
    const QString path = m_dir.filePath(QStringLiteral("a.txt"));
    ASSERT_TRUE(writeAll(path, opinion(QStringLiteral("2016-9"), QStringLiteral("Prêt de vélos"))));
    auto text = DeliberationImport::readFile(path);
    ASSERT_OK(text);
    ASSERT_OK(DeliberationService(*m_session).create(DeliberationParser::parse(*text).toDeliberation()));
    auto found = DeliberationImport(*m_session).recorded(QStringLiteral("2016-09"));
    ASSERT_OK(found);
    ASSERT_TRUE(found->has_value());
    EXPECT_EQ((*found)->number, QStringLiteral("2016-9"));
    auto none = DeliberationImport(*m_session).recorded(QStringLiteral("2016-10"));
    ASSERT_OK(none);
    EXPECT_FALSE(none->has_value());
}

TEST_F(DeliberationImportTest, AFolderIsImportedFileByFileAndASecondRunSkipsEverything)
{
    const QString dir = folder(QStringLiteral("journal"));
    ASSERT_TRUE(QFile::copy(seedPath(), dir + QStringLiteral("/2023-133.txt")));
    ASSERT_TRUE(writeAll(dir + QStringLiteral("/2024-020.txt"), opinion(QStringLiteral("2024-020"), QStringLiteral("Prêt de vélos"))));
    ASSERT_TRUE(writeAll(dir + QStringLiteral("/lettre.txt"), "Bonjour,\n\nVoici le compte rendu.\n"));
    ASSERT_TRUE(writeAll(dir + QStringLiteral("/scan.txt"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    ASSERT_TRUE(writeAll(dir + QStringLiteral("/notes.odt"), opinion(QStringLiteral("2024-021"), QStringLiteral("Autre"))));

    ASSERT_OK(ProcessingService(*m_session).create(processing(QStringLiteral("Gestion des titres restaurant"), Department)));
    auto first = DeliberationImport(*m_session).importFolder(dir);
    ASSERT_OK(first);
    ASSERT_EQ(first->size(), 4u) << "the .txt files only, by name";
    EXPECT_EQ(first->at(0).fileName, QStringLiteral("2023-133.txt"));
    EXPECT_EQ(first->at(0).outcome, ImportedFile::Outcome::Imported) << qPrintable(first->at(0).message);
    EXPECT_EQ(first->at(1).outcome, ImportedFile::Outcome::Imported) << qPrintable(first->at(1).message);
    EXPECT_EQ(first->at(1).number, QStringLiteral("2024-20"));
    EXPECT_EQ(first->at(2).outcome, ImportedFile::Outcome::NotRecognised);
    EXPECT_EQ(first->at(3).outcome, ImportedFile::Outcome::Failed) << "a binary file is not read as text";

    auto list = DeliberationService(*m_session).list();
    ASSERT_OK(list);
    ASSERT_EQ(list->size(), 2u);
    auto seed = DeliberationService(*m_session).find(list->at(0).number == QLatin1String("2023-133") ? list->at(0).id
                                                                                                    : list->at(1).id);
    ASSERT_OK(seed);
    EXPECT_EQ(seed->conditions.size(), 5u);
    EXPECT_EQ(seed->citations.size(), 3u);
    EXPECT_EQ(seed->journalNumber, QStringLiteral("8663"));
    EXPECT_EQ(seed->processing, QStringLiteral("Gestion des titres restaurant"))
        << "linked to the processing the register holds under its title";
    EXPECT_TRUE(first->at(1).message.contains(QStringLiteral("linked to no processing")))
        << "nobody confirms a folder's import: no processing is added for it";
    auto register_ = ProcessingService(*m_session).list();
    ASSERT_OK(register_);
    EXPECT_EQ(register_->size(), 1u) << "the register is unchanged";

    auto second = DeliberationImport(*m_session).importFolder(dir);
    ASSERT_OK(second);
    EXPECT_EQ(second->at(0).outcome, ImportedFile::Outcome::AlreadyRecorded);
    EXPECT_EQ(second->at(1).outcome, ImportedFile::Outcome::AlreadyRecorded);
    EXPECT_EQ(DeliberationService(*m_session).list()->size(), 2u);
}

TEST_F(DeliberationImportTest, OnlyTheDpoImports)
{
    const QString dir = folder(QStringLiteral("journal"));
    ASSERT_TRUE(writeAll(dir + QStringLiteral("/a.txt"), opinion(QStringLiteral("2024-020"), QStringLiteral("Prêt de vélos"))));
    signIn(QStringLiteral("clerk"), ClerkPassword);
    auto refused = DeliberationImport(*m_session).importFolder(dir);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(DeliberationImport(*m_session).suggestions(ParsedDeliberation()).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(DeliberationImport(*m_session).importFolder(m_dir.filePath(QStringLiteral("none"))).error().code,
              ErrorCode::PermissionDenied);
    signIn(QStringLiteral("dpo"), DpoPassword);
    EXPECT_EQ(DeliberationImport(*m_session).importFolder(m_dir.filePath(QStringLiteral("none"))).error().code,
              ErrorCode::NotFound);
}

TEST_F(DeliberationImportTest, FilesThatAreNotTextsAreRefusedClearly)
{
    EXPECT_EQ(DeliberationImport::readFile(m_dir.filePath(QStringLiteral("missing.txt"))).error().code, ErrorCode::NotFound);
    const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
    ASSERT_TRUE(writeAll(empty, "  \n"));
    EXPECT_EQ(DeliberationImport::readFile(empty).error().code, ErrorCode::DamagedInput);
    const QString large = m_dir.filePath(QStringLiteral("large.txt"));
    QFile file(large);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(DeliberationImport::MaximumBytes + 1));
    file.close();
    const auto tooLarge = DeliberationImport::readFile(large);
    ASSERT_FALSE(tooLarge.ok());
    EXPECT_EQ(tooLarge.error().code, ErrorCode::TooLarge);
    EXPECT_TRUE(tooLarge.error().message.contains(QStringLiteral("8 MB")));
}
