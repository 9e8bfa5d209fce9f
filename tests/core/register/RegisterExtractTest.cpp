// Extracts of the register: the whole register of the demo vault, exported
// encrypted, names every described processing and opens with its password
// only, printing allowed and extraction not; a weak password is refused
// with nothing written; the export is in the audit log; one entry holds
// every section's heading; values are escaped; who may make one.

#include "core/accounts/Session.h"
#include "core/accounts/SessionStorage.h"
#include "core/demo/DemoVault.h"
#include "core/letters/EncryptedPdf.h"
#include "core/register/ProcessingService.h"
#include "core/register/RegisterExtractService.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

const QString Password = QStringLiteral("Corniche-Azurée-Phare-8812");

// Letters and digits only, accents and case dropped: a name and the same
// name wrapped over two lines of a PDF compare equal.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

// The PDF's text as pdftotext reads it, opened with `password` (none: empty).
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

QStringList exportsIn(Session &session)
{
    QSqlQuery query(SessionStorage::database(session));
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT object_type, object_id, detail FROM audit_log "
                                          "WHERE action = 'register.export' ORDER BY seq")));
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString() + u'|' + query.value(1).toString() + u'|' + query.value(2).toString();
    return rows;
}

class RegisterExtractTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.habeas"));
        ASSERT_OK(DemoVault::create(m_path, KeyDerivation::FastForTests));
    }

    std::unique_ptr<Session> signIn(Role role)
    {
        for (const DemoAccount &account : DemoVault::accounts()) {
            if (account.role != role)
                continue;
            auto session =
                Session::login(m_path, QString::fromUtf8(account.login), SecureBytes::copyOf(account.password));
            EXPECT_OK(session);
            return session ? std::move(*session) : nullptr;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(RegisterExtractTest, TheWholeRegisterIsExportedEncryptedWithEveryDescribedProcessing)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    auto all = ProcessingService(*dpo).list();
    ASSERT_OK(all);
    QStringList described;
    for (const ProcessingSummary &p : *all) {
        if (p.described)
            described << p.name;
    }
    ASSERT_GE(described.size(), 2);

    const QString file = m_dir.filePath(QStringLiteral("registre.pdf"));
    ASSERT_OK(RegisterExtractService(*dpo).exportTo(RegisterExtractService::WholeRegister,
                                                    SecureBytes::fromText(Password), file));
    const QByteArray bytes = readAll(file);
    ASSERT_FALSE(bytes.isEmpty());
    // Encrypted on its medium: no name readable in the file's bytes.
    EXPECT_FALSE(bytes.contains(described.front().toUtf8()));
    EXPECT_TRUE(EncryptedPdf::opensWith(bytes, Password.toUtf8()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArray()));
    EXPECT_FALSE(EncryptedPdf::opensWith(bytes, QByteArrayLiteral("Corniche-Azuree-Phare-8812")));
    auto protection = EncryptedPdf::protection(bytes, Password.toUtf8());
    ASSERT_OK(protection);
    EXPECT_EQ(protection->revision, 6);
    EXPECT_TRUE(protection->aes256);
    EXPECT_FALSE(protection->mayExtract);
    EXPECT_TRUE(protection->mayPrint);

    const QString text = folded(pdfText(file, Password));
    ASSERT_FALSE(text.isEmpty());
    for (const QString &name : described)
        EXPECT_TRUE(text.contains(folded(name))) << name.toStdString();
    EXPECT_TRUE(text.contains(folded(QStringLiteral("Contents"))));
    EXPECT_TRUE(pdfText(file).isEmpty()) << "opened without its password";

    EXPECT_EQ(exportsIn(*dpo), QStringList{QStringLiteral("register||aes-256, file")});
}

TEST_F(RegisterExtractTest, AWeakPasswordIsRefusedAndNothingIsWritten)
{
    auto clerk = signIn(Role::Clerk);
    ASSERT_TRUE(clerk);
    auto all = ProcessingService(*clerk).list();
    ASSERT_OK(all);
    ASSERT_FALSE(all->empty());
    const QString file = m_dir.filePath(QStringLiteral("extrait.pdf"));
    for (const QString &weak :
         {QStringLiteral("monaco"), QStringLiteral("motdepasse1"), QStringLiteral("clerk-clerk-clerk")}) {
        auto refused = RegisterExtractService(*clerk).exportTo(all->front().id, SecureBytes::fromText(weak), file);
        ASSERT_FALSE(refused) << weak.toStdString();
        EXPECT_EQ(refused.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(refused.error().field, QStringLiteral("password"));
    }
    EXPECT_FALSE(QFile::exists(file));
    // No temporary file left beside it either: only the vault's own files.
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        EXPECT_TRUE(name.startsWith(QStringLiteral("demo.habeas"))) << name.toStdString();
    EXPECT_TRUE(exportsIn(*clerk).isEmpty());

    // The same clerk, with a good password, exports one entry: audited with its id.
    ASSERT_OK(RegisterExtractService(*clerk).exportTo(all->front().id, SecureBytes::fromText(Password), file));
    EXPECT_EQ(exportsIn(*clerk), QStringList{QStringLiteral("processing|%1|aes-256, file").arg(all->front().id)});
}

TEST_F(RegisterExtractTest, AnEntryHoldsTheHeadingsOfEverySection)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    auto all = ProcessingService(*dpo).list();
    ASSERT_OK(all);
    ASSERT_FALSE(all->empty());
    const ProcessingSummary &first = all->front();
    auto pdf = RegisterExtractService(*dpo).pdf(first.id);
    ASSERT_OK(pdf);
    EXPECT_GE(pdf->pages, 1);
    const QString file = m_dir.filePath(QStringLiteral("entry.pdf"));
    ASSERT_TRUE(writeAll(file, pdf->bytes.view().toByteArray()));
    const QString text = folded(pdfText(file));
    ASSERT_FALSE(text.isEmpty());
    EXPECT_TRUE(text.contains(folded(first.name)));
    const QStringList headings = RegisterExtract::sectionHeadings();
    ASSERT_EQ(headings.size(), 8);
    for (const QString &heading : headings)
        EXPECT_TRUE(text.contains(folded(heading))) << heading.toStdString();
    // One entry: no contents, and no other processing.
    EXPECT_FALSE(text.contains(folded(QStringLiteral("Contents"))));
    if (all->size() > 1) {
        EXPECT_FALSE(text.contains(folded(all->back().name))) << all->back().name.toStdString();
    }
    // Printing is not an export.
    EXPECT_TRUE(exportsIn(*dpo).isEmpty());
}

TEST_F(RegisterExtractTest, EveryValueIsEscaped)
{
    RegisterExtractFacts facts;
    Processing p;
    p.name = QStringLiteral("<script>alert(1)</script> & co");
    p.functionalities = {QStringLiteral("<b>gras</b>")};
    p.dataCategories = {{QStringLiteral("<i>Identité</i>"), QStringLiteral("<u>1 an</u>"), 365}};
    p.recipients = {{QStringLiteral("<img src=x>"), {QStringLiteral("entry")}}};
    p.securityMeasures = QStringLiteral("a < b");
    facts.entries.push_back({p, {QStringLiteral("<em>Autre</em>")}});
    facts.letterhead.officeName = QStringLiteral("<h1>Office</h1>");
    facts.today = QDate(2026, 12, 6);
    const QString html = RegisterExtract::bodyHtml(facts);
    for (const char *raw : {"<script>", "<b>gras", "<i>Identit", "<u>1 an", "<img", "<em>Autre", "a < b", "<h1>Office"})
        EXPECT_FALSE(html.contains(QString::fromUtf8(raw))) << raw;
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")));
}

TEST_F(RegisterExtractTest, OnlyThoseWhoReadTheRegisterMakeAnExtract)
{
    auto admin = signIn(Role::Administrator);
    ASSERT_TRUE(admin);
    auto refused = RegisterExtractService(*admin).pdf(RegisterExtractService::WholeRegister);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    const QString file = m_dir.filePath(QStringLiteral("registre.pdf"));
    auto notExported = RegisterExtractService(*admin).exportTo(RegisterExtractService::WholeRegister,
                                                               SecureBytes::fromText(Password), file);
    ASSERT_FALSE(notExported);
    EXPECT_FALSE(QFile::exists(file));
}
