// Letters made as PDF in memory (LetterRenderer::pdf), alone and then
// encrypted as an export encrypts them (EncryptedPdf::encrypt, AES-256),
// for a one-page acknowledgement and an access reply covering 20
// processings. The rendering alone is the reference measured in the same
// run, for the ratio render + encrypt / render; composing the content from
// the facts (LetterComposer::compose) is measured with the rendering, for
// its share, and the composition and the encryption alone as diagnostics.
//
// The inspection file of a whole register (InspectionFile::content, laid
// out by the same renderer) is measured the same way, rendered and then
// encrypted, its composition from the facts as a diagnostic: its time per
// page is compared with the one-page acknowledgement's in the report.
//
// There is no vault: the facts are built here as LetterService::draft
// gathers them from the request, the register and the letterhead, so that
// nothing read from the database is measured. Every name, address and
// processing is fictitious.

#include "core/crypto/SecureBytes.h"
#include "core/letters/EncryptedPdf.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterRenderer.h"
#include "core/letters/LetterService.h"
#include "core/letters/Letterhead.h"
#include "core/register/InspectionFile.h"

#include <QBuffer>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <optional>

using namespace habeas;

namespace {

constexpr int ReplyProcessings = 20;
const QString Password = QStringLiteral("Jardin-Exotique-Corniche-41");

// A letter ready at each step: its facts, the content composed from them
// (what the renderer takes), and its PDF (what the encryption takes).
struct Letter final {
    LetterFacts facts;
    LetterContent content;
    RenderedPdf pdf;
};

std::optional<Letter> acknowledgement;
std::optional<Letter> accessReply;
std::optional<Letter> inspection; // its facts unused: inspectionFacts below
InspectionFileFacts inspectionFacts;

constexpr int InspectionProcessings = 40;
constexpr int InspectionDeliberations = 20;
constexpr int InspectionRequests = 2000;

// The office's emblem, drawn here and prepared as an administrator's logo is.
QByteArray logo()
{
    QImage image(600, 240, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0xb0, 0x1c, 0x2e));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QRectF(10, 20, 200, 200));
        painter.setPen(QColor(0x22, 0x22, 0x22));
        QFont font;
        font.setPixelSize(64);
        painter.setFont(font);
        painter.drawText(QRectF(230, 20, 360, 200), Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("DPD"));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto prepared = LetterheadService::prepareLogo(png);
    return prepared ? *prepared : QByteArray();
}

Letterhead letterhead()
{
    Letterhead head;
    head.officeName = QStringLiteral("Délégué à la protection des données");
    head.address = QStringLiteral("Bureau de la protection des données\n9 boulevard Fictif\nMC 98000 Monaco");
    head.place = QStringLiteral("Monaco");
    head.signatoryName = QStringLiteral("Noémie Castellari");
    head.signatoryTitle = QStringLiteral("Déléguée à la protection des données");
    head.footer = QStringLiteral("Bureau fictif de la protection des données — 9 boulevard Fictif, MC 98000 Monaco");
    head.authorityAddress = QStringLiteral("Autorité de contrôle fictive\n3 place Imaginaire\nMC 98000 Monaco");
    head.logoPng = logo();
    return head;
}

// The table of rights as the vault holds it.
std::vector<Right> rights()
{
    return {{1, QStringLiteral("access"), QStringLiteral("12"), QStringLiteral("Droit d'accès"),
             QStringLiteral("Right of access")},
            {2, QStringLiteral("rectification"), QStringLiteral("13"), QStringLiteral("Droit de rectification"),
             QStringLiteral("Right to rectification")},
            {3, QStringLiteral("erasure"), QString(), QStringLiteral("Droit à l'effacement"),
             QStringLiteral("Right to erasure")},
            {4, QStringLiteral("limitation"), QString(), QStringLiteral("Droit à la limitation"),
             QStringLiteral("Right to limitation")},
            {5, QStringLiteral("objection"), QStringLiteral("17"), QStringLiteral("Droit d'opposition"),
             QStringLiteral("Right to object")}};
}

// A processing described as fully as an access reply needs.
Processing processing(int i)
{
    Processing p;
    p.id = i;
    p.reference = QStringLiteral("B-%1").arg(i, 3, 10, QLatin1Char('0'));
    p.name = QStringLiteral("Gestion fictive du dossier de type %1").arg(i);
    p.controller = QStringLiteral("Service imaginaire n° %1").arg(i);
    p.status = ProcessingStatus::InOperation;
    p.functionalities = {QStringLiteral("Instruire les dossiers de type %1").arg(i),
                         QStringLiteral("Informer les personnes de l'avancement")};
    p.legalBasis = i % 3 == 0 ? LegalBasis::PublicInterest : LegalBasis::LegalObligation;
    p.legalJustification = QStringLiteral("Texte fictif n° %1 du 4 mars 2019").arg(1000 + i);
    p.dataCategories = {
        {QStringLiteral("Identité"), QStringLiteral("Dix ans après la clôture du dossier"), 3652},
        {QStringLiteral("Coordonnées"), QStringLiteral("Tant que le dossier est ouvert"), std::nullopt}};
    p.recipients = {{QStringLiteral("Bureau destinataire fictif %1").arg(i), {QStringLiteral("consultation")}}};
    p.dataSource = QStringLiteral("La personne concernée, lors de sa démarche (formulaire %1)").arg(i);
    return p;
}

Request request(RequestState state, int processings)
{
    Request r;
    r.id = 117;
    r.reference = QStringLiteral("2026-0117");
    r.channel = Channel::Post;
    r.received = QDate(2026, 11, 2);
    r.due = QDate(2026, 12, 2);
    r.state = state;
    r.requester.civility = QStringLiteral("Madame");
    r.requester.surname = QStringLiteral("Bellandi");
    r.requester.firstName = QStringLiteral("Maëlle");
    r.requester.address = QStringLiteral("5 allée des Exemples\n98000 Monaco");
    r.language = QStringLiteral("fr");
    r.rights = {QStringLiteral("access")};
    for (int i = 1; i <= processings; ++i)
        r.findings.push_back({i, processing(i).name, true, QStringLiteral("Copie des données jointe à ce courrier")});
    return r;
}

std::optional<Letter> prepare(LetterKind kind, RequestState state, int processings, const Letterhead &head)
{
    Letter letter;
    letter.facts.kind = kind;
    letter.facts.request = request(state, processings);
    letter.facts.rights = rights();
    for (int i = 1; i <= processings; ++i)
        letter.facts.processings.push_back(processing(i));
    letter.facts.letterhead = head;
    letter.facts.text = LetterService::builtIn(kind, letter.facts.request.language);
    letter.facts.today = QDate(2026, 11, 20);
    auto content = LetterComposer::compose(letter.facts);
    if (!content) {
        std::fprintf(stderr, "compose: %s\n", qPrintable(content.error().message));
        return std::nullopt;
    }
    letter.content = *content;
    auto pdf = LetterRenderer(letter.content).pdf();
    if (!pdf) {
        std::fprintf(stderr, "render: %s\n", qPrintable(pdf.error().message));
        return std::nullopt;
    }
    // What the benchmarks time is checked once here: the export opens with
    // its password only.
    const SecureBytes password = SecureBytes::fromText(Password);
    auto encrypted = EncryptedPdf::encrypt(pdf->bytes, password);
    if (!encrypted || !EncryptedPdf::opensWith(*encrypted, Password.toUtf8()) ||
        EncryptedPdf::opensWith(*encrypted, {})) {
        std::fprintf(stderr, "encrypt: the export does not open with its password only\n");
        return std::nullopt;
    }
    std::fprintf(stderr, "%s: %d page(s), %lld bytes rendered, %lld encrypted\n", qPrintable(letterKindKey(kind)),
                 pdf->pages, static_cast<long long>(pdf->bytes.size()), static_cast<long long>(encrypted->size()));
    letter.pdf = std::move(*pdf);
    return letter;
}

void report(benchmark::State &state, const Letter &letter, qsizetype bytes)
{
    state.counters["pages"] = letter.pdf.pages;
    if (bytes > 0)
        state.counters["bytes"] = double(bytes);
}

// The content laid out and painted into a PDF in memory: the reference.
void BM_Render(benchmark::State &state, const std::optional<Letter> *letter)
{
    const Letter &l = **letter;
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto pdf = LetterRenderer(l.content).pdf();
        if (!pdf || pdf->pages != l.pdf.pages) {
            state.SkipWithError("render failed");
            return;
        }
        bytes = qsizetype(pdf->bytes.size());
    }
    report(state, l, bytes);
}

// The same, then encrypted with the clerk's password, as an export is
// (LetterService::exportPdf, which encrypts the archived bytes).
void BM_RenderEncrypt(benchmark::State &state, const std::optional<Letter> *letter)
{
    const Letter &l = **letter;
    const SecureBytes password = SecureBytes::fromText(Password);
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto pdf = LetterRenderer(l.content).pdf();
        if (!pdf || pdf->pages != l.pdf.pages) {
            state.SkipWithError("render failed");
            return;
        }
        auto encrypted = EncryptedPdf::encrypt(pdf->bytes, password);
        if (!encrypted) {
            state.SkipWithError("encrypt failed");
            return;
        }
        bytes = encrypted->size();
    }
    report(state, l, bytes);
}

// The content composed from the facts, then rendered: what a draft does
// once the facts are read.
void BM_ComposeRender(benchmark::State &state, const std::optional<Letter> *letter)
{
    const Letter &l = **letter;
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto content = LetterComposer::compose(l.facts);
        if (!content) {
            state.SkipWithError("compose failed");
            return;
        }
        auto pdf = LetterRenderer(std::move(*content)).pdf();
        if (!pdf || pdf->pages != l.pdf.pages) {
            state.SkipWithError("render failed");
            return;
        }
        bytes = qsizetype(pdf->bytes.size());
    }
    report(state, l, bytes);
}

// Diagnostics: each step alone.
void BM_Diag_Compose(benchmark::State &state, const std::optional<Letter> *letter)
{
    const Letter &l = **letter;
    for (auto _ : state) {
        auto content = LetterComposer::compose(l.facts);
        if (!content) {
            state.SkipWithError("compose failed");
            return;
        }
        benchmark::DoNotOptimize(content->bodyHtml.constData());
    }
    report(state, l, 0);
}

void BM_Diag_Encrypt(benchmark::State &state, const std::optional<Letter> *letter)
{
    const Letter &l = **letter;
    const SecureBytes password = SecureBytes::fromText(Password);
    qsizetype bytes = 0;
    for (auto _ : state) {
        auto encrypted = EncryptedPdf::encrypt(l.pdf.bytes, password);
        if (!encrypted) {
            state.SkipWithError("encrypt failed");
            return;
        }
        bytes = encrypted->size();
    }
    report(state, l, bytes);
}

// The inspection file's content from its facts: what the service adds to
// the rendering once the facts are read.
void BM_Diag_ComposeInspection(benchmark::State &state)
{
    for (auto _ : state) {
        LetterContent content = InspectionFile::content(inspectionFacts);
        benchmark::DoNotOptimize(content.bodyHtml.constData());
    }
    report(state, *inspection, 0);
}

// A whole register of InspectionProcessings processings, deliberations of
// five conditions each, InspectionRequests requests over two years and a
// destruction for most of them.
std::optional<Letter> prepareInspection(const Letterhead &head)
{
    InspectionFileFacts &facts = inspectionFacts;
    facts.register_.wholeRegister = true;
    facts.register_.letterhead = head;
    facts.register_.today = QDate(2026, 11, 20);
    for (int i = 1; i <= InspectionProcessings; ++i)
        facts.register_.entries.push_back({processing(i), {}});
    for (int i = 1; i <= InspectionDeliberations; ++i) {
        Deliberation d;
        d.number = QStringLiteral("2024-%1").arg(100 + i);
        d.date = QDate(2024, 1, 1).addDays(i * 9);
        d.title = QStringLiteral("Avis fictif sur le traitement de type %1").arg(i);
        d.processing = processing(i).name;
        for (int c = 0; c < 5; ++c) {
            Condition condition;
            condition.kind = c == 0 ? ConditionKind::Reminder : ConditionKind::Request;
            condition.text = QStringLiteral("Mesure fictive n° %1 à mettre en œuvre pour le traitement, avec son "
                                            "calendrier et le service qui en répond")
                                 .arg(c + 1);
            condition.status = c % 2 ? ConditionStatus::Met : ConditionStatus::Open;
            condition.owner = QStringLiteral("Service imaginaire n° %1").arg(i);
            condition.due = QDate(2026, 6, 30);
            condition.evidence = c % 2 ? QStringLiteral("Note de service fictive") : QString();
            d.conditions.push_back(condition);
        }
        facts.deliberations.push_back(d);
    }
    facts.rights = rights();
    const QStringList keys{QStringLiteral("access"), QStringLiteral("rectification"), QStringLiteral("erasure"),
                           QStringLiteral("limitation"), QStringLiteral("objection")};
    for (int i = 0; i < InspectionRequests; ++i) {
        InspectionRequest r;
        r.rights = {keys.at(i % keys.size())};
        r.received = QDate(2025, 1, 2).addDays(i * 680 / InspectionRequests);
        r.due = r.received.addMonths(1);
        r.extended = i % 17 == 0;
        r.state = i % 11 == 0 ? RequestState::Refused : RequestState::Closed;
        r.repliedOn = r.received.addDays(10 + i % 30);
        r.refusalReason =
            i % 2 ? QStringLiteral("Demande manifestement abusive") : QStringLiteral("Données non détenues");
        facts.requests.push_back(r);
        if (i % 5)
            facts.destroyed.push_back(r.repliedOn);
    }
    facts.period = InspectionPeriod::lastTwoYears(facts.register_.today);
    facts.audit = {
        12345, QByteArray(64, 'a'), QStringLiteral("2026-11-20T09:00:00.000Z"), QStringLiteral("ab12cd34"), true, 0,
        {}};
    facts.generatedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    facts.generatedBy = QStringLiteral("Noémie Castellari");
    Letter file;
    file.content = InspectionFile::content(facts);
    auto pdf = LetterRenderer(file.content).pdf();
    if (!pdf) {
        std::fprintf(stderr, "render: %s\n", qPrintable(pdf.error().message));
        return std::nullopt;
    }
    std::fprintf(stderr, "inspection file: %d page(s), %lld bytes rendered\n", pdf->pages,
                 static_cast<long long>(pdf->bytes.size()));
    file.pdf = std::move(*pdf);
    return file;
}

} // namespace

BENCHMARK_CAPTURE(BM_Render, Acknowledgement, &acknowledgement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RenderEncrypt, Acknowledgement, &acknowledgement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ComposeRender, Acknowledgement, &acknowledgement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, AccessReply20, &accessReply)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RenderEncrypt, AccessReply20, &accessReply)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ComposeRender, AccessReply20, &accessReply)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Diag_Compose, Acknowledgement, &acknowledgement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Diag_Compose, AccessReply20, &accessReply)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Diag_Encrypt, Acknowledgement, &acknowledgement)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Diag_Encrypt, AccessReply20, &accessReply)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Render, InspectionRegister40, &inspection)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_RenderEncrypt, InspectionRegister40, &inspection)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Diag_ComposeInspection)->Name("BM_Diag_Compose/InspectionRegister40")->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    // Preparing renders each letter once, so that the fonts are loaded
    // before anything is timed.
    const Letterhead head = letterhead();
    if (head.logoPng.isEmpty()) {
        std::fprintf(stderr, "the logo could not be prepared\n");
        return 1;
    }
    acknowledgement = prepare(LetterKind::Acknowledgement, RequestState::Received, 1, head);
    accessReply = prepare(LetterKind::Reply, RequestState::InProgress, ReplyProcessings, head);
    inspection = prepareInspection(head);
    if (!acknowledgement || !accessReply || !inspection)
        return 1;
    // The family the letters are set in here, from the renderer's list
    // (LetterRenderer.cpp): the figures depend on it.
    QFont font;
    font.setFamilies({QStringLiteral("Calibri"), QStringLiteral("Carlito"), QStringLiteral("Arial"),
                      QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    benchmark::AddCustomContext("letter_font", QFontInfo(font).family().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
