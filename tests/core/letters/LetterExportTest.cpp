// An exported letter leaves one trace on disk: the encrypted file the
// clerk chose. Watched with inotify while LetterService::exportPdfTo runs,
// nothing appears in the temporary folder, and in the output folder only
// the output, or the temporary written beside it and renamed over it.

#include "core/accounts/Session.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterService.h"
#include "core/requests/RequestService.h"
#include "tests/support/FolderWatch.h"
#include "tests/support/OfficeVault.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString PdfPassword = QStringLiteral("Corniche-Larvotto-Phare-58");

// TMPDIR pointed at `folder` while it lives: Qt, qpdf and SQLite put their
// temporary files there, and /tmp is shared with the tests running beside.
class TemporaryFolder final {
public:
    explicit TemporaryFolder(const QString &folder)
        : m_had(qEnvironmentVariableIsSet("TMPDIR")), m_before(qgetenv("TMPDIR"))
    {
        qputenv("TMPDIR", QFile::encodeName(folder));
    }
    ~TemporaryFolder()
    {
        if (m_had)
            qputenv("TMPDIR", m_before);
        else
            qunsetenv("TMPDIR");
    }
    TemporaryFolder(const TemporaryFolder &) = delete;
    TemporaryFolder &operator=(const TemporaryFolder &) = delete;

private:
    bool m_had;
    QByteArray m_before;
};

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

class LetterExportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
#ifndef Q_OS_LINUX
        GTEST_SKIP() << "the folders are watched with Linux's inotify";
#endif
        ASSERT_TRUE(m_dir.isValid());
        m_vault = m_dir.filePath(QStringLiteral("export.habeas"));
        ASSERT_OK(createOfficeVault(m_vault));
        ASSERT_OK(saveOfficeLetterhead(m_vault));
        auto clerk = Session::login(m_vault, QStringLiteral("clerk"), SecureBytes::fromText(ClerkPassword));
        ASSERT_OK(clerk);
        m_clerk = std::move(clerk).value();
        Intake intake;
        intake.request.received = m_clerk->clock()->today();
        intake.request.rights = {QStringLiteral("access")};
        intake.request.requester.civility = QStringLiteral("Madame");
        intake.request.requester.surname = QStringLiteral("Zorzi");
        intake.request.requester.firstName = QStringLiteral("Hélène");
        intake.request.requester.address = QStringLiteral("12 rue Imaginaire\n98000 Monaco");
        intake.identity = IdentityPlan::NotNeeded;
        intake.identifiedHow = QStringLiteral("Agent connu du service");
        auto request = RequestService(*m_clerk).intake(std::move(intake));
        ASSERT_OK(request);
        auto issued = LetterService(*m_clerk).issue(request->id, LetterKind::Acknowledgement);
        ASSERT_OK(issued);
        m_letterId = issued->id;
        m_output = m_dir.filePath(QStringLiteral("out"));
        m_temporary = m_dir.filePath(QStringLiteral("tmp"));
        ASSERT_TRUE(QDir().mkpath(m_output) && QDir().mkpath(m_temporary));
    }

    QTemporaryDir m_dir;
    QString m_vault;
    std::unique_ptr<Session> m_clerk;
    qint64 m_letterId = 0;
    QString m_output;    // the folder the letter is exported to, empty before
    QString m_temporary; // TMPDIR during the export, empty before
};

TEST_F(LetterExportTest, NothingButTheEncryptedOutputIsWritten)
{
    const QString target = QStringLiteral("Zorzi-acknowledgement.pdf");
    FolderWatch output(m_output);
    FolderWatch temporary(m_temporary);
    ASSERT_TRUE(output.available()) << qPrintable(output.why());
    ASSERT_TRUE(temporary.available()) << qPrintable(temporary.why());
    {
        const TemporaryFolder tmpdir(m_temporary);
        ASSERT_EQ(QDir::tempPath(), m_temporary);
        ASSERT_OK(LetterService(*m_clerk).exportPdfTo(m_letterId, SecureBytes::fromText(PdfPassword),
                                                      QDir(m_output).filePath(target)));
    }

    const std::vector<FolderEvent> inTemporary = temporary.take();
    EXPECT_TRUE(inTemporary.empty()) << qPrintable(FolderWatch::describe(inTemporary));
    EXPECT_TRUE(entries(m_temporary).isEmpty()) << qPrintable(entries(m_temporary).join(u' '));

    const std::vector<FolderEvent> inOutput = output.take();
    const QStringList besides = FolderWatch::besides(inOutput, target);
    EXPECT_TRUE(besides.isEmpty()) << qPrintable(besides.join(QStringLiteral("; "))) << "\n"
                                   << qPrintable(FolderWatch::describe(inOutput));
    EXPECT_TRUE(FolderWatch::appeared(inOutput, target))
        << "the watch did not see the output appear: " << qPrintable(FolderWatch::describe(inOutput));
    EXPECT_EQ(entries(m_output), QStringList{target});

    const QByteArray written = readAll(QDir(m_output).filePath(target));
    auto protection = EncryptedPdf::protection(written, PdfPassword.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_TRUE(protection->aes256);
    EXPECT_FALSE(EncryptedPdf::opensWith(written, QByteArray()));
    EXPECT_FALSE(EncryptedPdf::opensWith(written, "Corniche-Larvotto-Phare-59"));
    EXPECT_TRUE(EncryptedPdf::opensWith(written, PdfPassword.toUtf8()));
}

// A refused export writes nothing at all, in either folder.
TEST_F(LetterExportTest, ARefusedPasswordWritesNothing)
{
    FolderWatch output(m_output);
    FolderWatch temporary(m_temporary);
    ASSERT_TRUE(output.available() && temporary.available()) << qPrintable(output.why() + temporary.why());
    {
        const TemporaryFolder tmpdir(m_temporary);
        auto refused =
            LetterService(*m_clerk).exportPdfTo(m_letterId, SecureBytes::fromText(QStringLiteral("qwertyuiop")),
                                                QDir(m_output).filePath(QStringLiteral("letter.pdf")));
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().field, QStringLiteral("password"));
    }
    const std::vector<FolderEvent> inOutput = output.take();
    const std::vector<FolderEvent> inTemporary = temporary.take();
    EXPECT_TRUE(inOutput.empty()) << qPrintable(FolderWatch::describe(inOutput));
    EXPECT_TRUE(inTemporary.empty()) << qPrintable(FolderWatch::describe(inTemporary));
    EXPECT_TRUE(entries(m_output).isEmpty());
}

} // namespace
