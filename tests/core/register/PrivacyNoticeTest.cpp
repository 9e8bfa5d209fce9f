// The public privacy notice made from the demo register states every fact
// of the seed notice it was entered from (read here at run time): both
// processings, their legal texts, each data category with its retention
// period, each recipient; in the web page and in the PDF. Also: English,
// values escaped, no notice for a department without processings, who may
// make it, the settings of its paragraph on rights, and the files it writes.

#include "core/accounts/Session.h"
#include "core/demo/DemoVault.h"
#include "core/letters/Letterhead.h"
#include "core/register/PrivacyNoticeService.h"
#include "core/register/ProcessingService.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace habeas;
using namespace habeas::test;

namespace {

// Letters and digits only, accents and case dropped: "Vidéo-surveillance"
// and "video surveillance" compare equal, and so do a cell's text and the
// same text wrapped over two lines of a PDF.
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

struct SeedText {
    QString number; // "7.996", "2022-331"
    QDate date;
};

struct SeedProcessing {
    QString name;
    std::vector<SeedText> texts;
    std::vector<std::pair<QString, QString>> data; // category, retention
    QStringList recipients;
};

struct SeedNotice {
    QString department;
    std::vector<SeedProcessing> processings;
};

// Reads the seed notice's structure: the department named in its first
// paragraph; for each processing, its purpose (quoted after "for the
// purpose of"), the bulleted texts after "following texts:", the rows of
// the table of categories (a blank retention is the merged cell above, and
// "A, B" is two categories), and the bulleted recipients, each named by
// what precedes its first comma (what follows qualifies it).
SeedNotice readSeed(const QString &path)
{
    SeedNotice seed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return seed;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    static const QRegularExpression department(QStringLiteral("^The (.+?) \\(\\w+\\), in its capacity as data controller"));
    static const QRegularExpression purpose(QStringLiteral("for the purpose of [\"“](.+?)[\"”]"));
    static const QRegularExpression reference(
        QStringLiteral("[Nn](?:o\\.|°)\\s*([0-9][0-9.\\-]*[0-9]) of (\\d{1,2} [A-Z][a-z]+ \\d{4})"));
    enum class Reading { Nothing, Texts, Table, Recipients } reading = Reading::Nothing;
    const QLocale english(QLocale::English);
    for (QString line : lines) {
        line = line.trimmed();
        if (const auto m = department.match(line); m.hasMatch() && seed.department.isEmpty())
            seed.department = m.captured(1);
        const bool bullet = line.startsWith(QStringLiteral("- "));
        if (reading == Reading::Texts && bullet) {
            if (const auto m = reference.match(line); m.hasMatch())
                seed.processings.back().texts.push_back({m.captured(1), english.toDate(m.captured(2), QStringLiteral("d MMMM yyyy"))});
            continue;
        }
        if (reading == Reading::Recipients && bullet) {
            seed.processings.back().recipients << line.mid(2).section(u',', 0, 0).trimmed();
            continue;
        }
        if (reading == Reading::Table && line.contains(u'|')) {
            const QStringList cells = line.split(u'|');
            QString retention = cells.value(1).trimmed();
            auto &data = seed.processings.back().data;
            if (retention.isEmpty() && !data.empty())
                retention = data.back().second;
            for (const QString &category : cells.value(0).split(u','))
                data.emplace_back(category.trimmed(), retention);
            continue;
        }
        reading = Reading::Nothing;
        if (const auto m = purpose.match(line); m.hasMatch())
            seed.processings.push_back({m.captured(1), {}, {}, {}});
        if (seed.processings.empty())
            continue;
        if (line.endsWith(QStringLiteral("following texts:")))
            reading = Reading::Texts;
        else if (line.startsWith(QStringLiteral("Categories of collected data")))
            reading = Reading::Table;
        else if (line.endsWith(QStringLiteral("access to this information:")))
            reading = Reading::Recipients;
    }
    return seed;
}

// The part of the notice's text about one processing: from its heading to
// the next processing's, or to the rights.
QString sectionOf(const QString &html, const QString &name)
{
    const QStringList sections = html.split(QStringLiteral("<h2"));
    for (const QString &section : sections) {
        const QString heading = plainText(QStringLiteral("<h2") + section.section(QStringLiteral("</h2>"), 0, 0));
        if (folded(heading) == folded(name))
            return plainText(QStringLiteral("<h2") + section);
    }
    return {};
}

QString pdfText(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + QStringLiteral("/notice.pdf");
    if (!writeAll(path, pdf))
        return {};
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QByteArray bytesOf(const RenderedPdf &pdf)
{
    return pdf.bytes.view().toByteArray();
}

class PrivacyNoticeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.habeas"));
        ASSERT_OK(DemoVault::create(m_path, KeyDerivation::FastForTests));
        m_seed = readSeed(seedsDir() + QStringLiteral("/000_436f9f735acd4403.txt"));
    }

    std::unique_ptr<Session> signIn(Role role)
    {
        for (const DemoAccount &account : DemoVault::accounts()) {
            if (account.role != role)
                continue;
            auto session = Session::login(m_path, QString::fromUtf8(account.login), SecureBytes::copyOf(account.password));
            EXPECT_OK(session);
            return session ? std::move(*session) : nullptr;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_path;
    SeedNotice m_seed;
};

TEST_F(PrivacyNoticeTest, TheSeedIsReadAsExpected)
{
    // What the parser must find for the checks below to mean anything.
    EXPECT_FALSE(m_seed.department.isEmpty());
    ASSERT_EQ(m_seed.processings.size(), 2u);
    for (const SeedProcessing &p : m_seed.processings) {
        EXPECT_EQ(p.texts.size(), 4u) << p.name.toStdString();
        EXPECT_GE(p.data.size(), 2u) << p.name.toStdString();
        EXPECT_GE(p.recipients.size(), 3) << p.name.toStdString();
        for (const SeedText &text : p.texts)
            EXPECT_TRUE(text.date.isValid()) << text.number.toStdString();
        for (const auto &[category, retention] : p.data)
            EXPECT_FALSE(retention.isEmpty()) << category.toStdString();
    }
}

TEST_F(PrivacyNoticeTest, TheFrenchNoticeStatesEveryFactOfTheSeed)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    PrivacyNoticeService notices(*dpo);
    auto html = notices.html(m_seed.department, QStringLiteral("fr"));
    ASSERT_OK(html);
    const QString page = QString::fromUtf8(*html);
    auto pdf = notices.pdf(m_seed.department, QStringLiteral("fr"));
    ASSERT_OK(pdf);
    const QString pdfFolded = folded(pdfText(bytesOf(*pdf), m_dir.path()));
    ASSERT_FALSE(pdfFolded.isEmpty());
    const QLocale french(QLocale::French);

    ASSERT_EQ(m_seed.processings.size(), 2u);
    for (const SeedProcessing &p : m_seed.processings) {
        SCOPED_TRACE(p.name.toStdString());
        const QString section = folded(sectionOf(page, p.name));
        ASSERT_FALSE(section.isEmpty()) << "no section for the processing";
        EXPECT_TRUE(pdfFolded.contains(folded(p.name)));
        for (const SeedText &text : p.texts) {
            const QString date = french.toString(text.date, QStringLiteral("d MMMM yyyy"));
            EXPECT_TRUE(section.contains(folded(text.number))) << text.number.toStdString();
            EXPECT_TRUE(section.contains(folded(date))) << date.toStdString();
            EXPECT_TRUE(pdfFolded.contains(folded(text.number))) << text.number.toStdString();
            EXPECT_TRUE(pdfFolded.contains(folded(date))) << date.toStdString();
        }
        for (const auto &[category, retention] : p.data) {
            // In the page, each category beside its own retention period.
            EXPECT_TRUE(section.contains(folded(category) + folded(retention)))
                << category.toStdString() << " / " << retention.toStdString();
            EXPECT_TRUE(pdfFolded.contains(folded(category))) << category.toStdString();
            EXPECT_TRUE(pdfFolded.contains(folded(retention))) << retention.toStdString();
        }
        for (const QString &recipient : p.recipients) {
            EXPECT_TRUE(section.contains(folded(recipient))) << recipient.toStdString();
            EXPECT_TRUE(pdfFolded.contains(folded(recipient))) << recipient.toStdString();
        }
    }
    // The page itself: French, complete, self-contained.
    EXPECT_TRUE(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"fr\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("<h1>")));
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("src="), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("url("), Qt::CaseInsensitive));
    // A public document: the PDF opens without a password.
    EXPECT_FALSE(bytesOf(*pdf).contains("/Encrypt"));
}

TEST_F(PrivacyNoticeTest, TheRightsParagraphComesFromTheSettings)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    auto letterhead = LetterheadService(*dpo).current();
    ASSERT_OK(letterhead);
    auto html = PrivacyNoticeService(*dpo).html(m_seed.department, QStringLiteral("en"));
    ASSERT_OK(html);
    const QString text = folded(plainText(QString::fromUtf8(*html)));
    for (const QString &line : letterhead->address.split(u'\n'))
        EXPECT_TRUE(text.contains(folded(line))) << line.toStdString();
    for (const QString &line : letterhead->authorityAddress.split(u'\n'))
        EXPECT_TRUE(text.contains(folded(line))) << line.toStdString();
    EXPECT_TRUE(QString::fromUtf8(*html).contains(QStringLiteral("<a href=\"https://exemple.invalid/droits\">")));
    EXPECT_TRUE(text.contains(folded(QStringLiteral("copy of an identity document"))));
    EXPECT_TRUE(text.contains(folded(QStringLiteral("within one month"))));
    EXPECT_TRUE(text.contains(folded(QStringLiteral("Giving this data is mandatory"))));

    // The administrator changes them; the DPO may not. (One account at a
    // time has the vault open.)
    const NoticeSettings none{QString(), false};
    auto refused = PrivacyNoticeService(*dpo).saveSettings(none);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    dpo.reset();
    auto admin = signIn(Role::Administrator);
    ASSERT_TRUE(admin);
    auto bad = PrivacyNoticeService(*admin).saveSettings({QStringLiteral("ftp://exemple.invalid/"), true});
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().field, QStringLiteral("notice.onlineForm"));
    ASSERT_OK(PrivacyNoticeService(*admin).saveSettings(none));
    auto saved = PrivacyNoticeService(*admin).settings();
    ASSERT_OK(saved);
    EXPECT_EQ(*saved, none);
    admin.reset();
    dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    html = PrivacyNoticeService(*dpo).html(m_seed.department, QStringLiteral("en"));
    ASSERT_OK(html);
    EXPECT_FALSE(QString::fromUtf8(*html).contains(QStringLiteral("exemple.invalid/droits")));
    EXPECT_FALSE(folded(plainText(QString::fromUtf8(*html))).contains(folded(QStringLiteral("identity document"))));
}

TEST_F(PrivacyNoticeTest, TheEnglishNoticeIsInEnglish)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    auto html = PrivacyNoticeService(*dpo).html(m_seed.department, QStringLiteral("en"));
    ASSERT_OK(html);
    const QString page = QString::fromUtf8(*html);
    EXPECT_TRUE(page.contains(QStringLiteral("<html lang=\"en\">")));
    EXPECT_TRUE(page.contains(QStringLiteral("Privacy notice — ") + m_seed.department));
    EXPECT_TRUE(page.contains(QStringLiteral("Your rights and how to exercise them")));
    const QString text = folded(plainText(page));
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const SeedText &t : m_seed.processings.front().texts)
        EXPECT_TRUE(text.contains(folded(english.toString(t.date, QStringLiteral("d MMMM yyyy"))))) << t.number.toStdString();
    EXPECT_TRUE(text.contains(folded(QStringLiteral("compliance with a legal obligation"))));
}

TEST_F(PrivacyNoticeTest, ValuesAreEscaped)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    Processing p;
    p.name = QStringLiteral("<script>alert('x')</script> & co");
    p.controller = QStringLiteral("Service <b>test</b>");
    p.status = ProcessingStatus::InOperation;
    p.dataCategories = {{QStringLiteral("<img src=x onerror=alert(1)>"), QStringLiteral("\"un an\""), 365}};
    p.recipients = {{QStringLiteral("<iframe>"), {}}};
    ASSERT_OK(ProcessingService(*dpo).create(p));
    auto html = PrivacyNoticeService(*dpo).html(p.controller, QStringLiteral("fr"));
    ASSERT_OK(html);
    const QString page = QString::fromUtf8(*html);
    EXPECT_FALSE(page.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<iframe"), Qt::CaseInsensitive));
    EXPECT_FALSE(page.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co")));
    EXPECT_TRUE(plainText(page).contains(p.name));
}

TEST_F(PrivacyNoticeTest, ADepartmentWithoutProcessingHasNoNotice)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    PrivacyNoticeService notices(*dpo);
    auto unknown = notices.html(QStringLiteral("Direction inconnue"), QStringLiteral("fr"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    // A draft is not told to the public.
    Processing draft;
    draft.name = QStringLiteral("Projet de traitement");
    draft.controller = QStringLiteral("Direction du Projet");
    ASSERT_OK(ProcessingService(*dpo).create(draft));
    auto onlyDraft = notices.html(draft.controller, QStringLiteral("fr"));
    ASSERT_FALSE(onlyDraft.ok());
    EXPECT_EQ(onlyDraft.error().code, ErrorCode::NotFound);
    auto departments = notices.departments();
    ASSERT_OK(departments);
    EXPECT_TRUE(departments->contains(m_seed.department));
    EXPECT_FALSE(departments->contains(draft.controller));
    // Case and accents do not matter; the register's spelling is shown.
    auto folded = notices.facts(m_seed.department.toUpper(), QStringLiteral("fr"));
    ASSERT_OK(folded);
    EXPECT_EQ(folded->department, m_seed.department);
    auto badLanguage = notices.html(m_seed.department, QStringLiteral("de"));
    ASSERT_FALSE(badLanguage.ok());
    EXPECT_EQ(badLanguage.error().code, ErrorCode::InvalidArgument);
}

// Public, and made from what clerks already read: clerks may make it; the
// administrator, who does not read the register, may not.
TEST_F(PrivacyNoticeTest, ClerksMayMakeItTheAdministratorMayNot)
{
    auto clerk = signIn(Role::Clerk);
    ASSERT_TRUE(clerk);
    EXPECT_OK(PrivacyNoticeService(*clerk).html(m_seed.department, QStringLiteral("fr")));
    clerk.reset();
    auto admin = signIn(Role::Administrator);
    ASSERT_TRUE(admin);
    auto refused = PrivacyNoticeService(*admin).html(m_seed.department, QStringLiteral("fr"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
}

TEST_F(PrivacyNoticeTest, TheFileFormatFollowsItsName)
{
    auto dpo = signIn(Role::Dpo);
    ASSERT_TRUE(dpo);
    PrivacyNoticeService notices(*dpo);
    const QString html = m_dir.filePath(QStringLiteral("notice.html"));
    ASSERT_OK(notices.write(m_seed.department, QStringLiteral("fr"), html));
    EXPECT_TRUE(readAll(html).startsWith("<!DOCTYPE html>"));
    const QString pdf = m_dir.filePath(QStringLiteral("notice.PDF"));
    ASSERT_OK(notices.write(m_seed.department, QStringLiteral("en"), pdf));
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF-"));
    const QString text = m_dir.filePath(QStringLiteral("notice.txt"));
    auto refused = notices.write(m_seed.department, QStringLiteral("fr"), text);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::UnsupportedFormat);
    EXPECT_FALSE(QFile::exists(text));
}

} // namespace
