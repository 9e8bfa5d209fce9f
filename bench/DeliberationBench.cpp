// The parser of deliberations (core/import/DeliberationParser) on
// the seed deliberation 2023-133 as the Journal de Monaco publishes it
// (about 24 KB), against reading the same file in the same run; then on
// texts of 64 KB to 2 MB made of the seed's body repeated, to show that
// the time grows linearly with the length (Google Benchmark fits the
// complexity: "BM_ParseLong_BigO").
//
// HABEAS_SEEDS_DIR: the folder of the seed texts (../shared/seeds).
#include "core/import/DeliberationParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace habeas;

namespace {

QString seedPath;

QByteArray readSeed()
{
    QFile file(seedPath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void BM_Reference_ReadFile(benchmark::State &state)
{
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray read = readSeed();
        bytes = read.size();
        benchmark::DoNotOptimize(read.constData());
    }
    state.counters["bytes"] = double(bytes);
}

// What the importer does with a file: read it, decode it, parse it.
void BM_ReadAndParse(benchmark::State &state)
{
    std::size_t conditions = 0;
    for (auto _ : state) {
        const ParsedDeliberation parsed = DeliberationParser::parse(DeliberationParser::decode(readSeed()));
        conditions = parsed.conditions.size();
        benchmark::DoNotOptimize(parsed.number.constData());
    }
    if (conditions != 5)
        state.SkipWithError("the seed did not parse into its five conditions");
    state.counters["conditions"] = double(conditions);
}

// The seed's text from its first "Vu" on, repeated to `bytes`: paragraphs,
// headings and citations all the way, as a pasted file of many
// deliberations would be, behind one headline.
QString longText(qsizetype bytes)
{
    const QString seed = DeliberationParser::decode(readSeed());
    const qsizetype body = seed.indexOf(QStringLiteral("\nVu "));
    const QString head = seed.left(body);
    const QString repeated = seed.mid(body);
    QString text = head;
    text.reserve(bytes + repeated.size());
    while (text.size() * 2 < bytes) // UTF-16: two bytes a character
        text += repeated;
    return text;
}

void BM_ParseLong(benchmark::State &state)
{
    const QString text = longText(state.range(0));
    for (auto _ : state) {
        const ParsedDeliberation parsed = DeliberationParser::parse(text);
        benchmark::DoNotOptimize(parsed.text.constData());
    }
    state.SetComplexityN(state.range(0));
    state.SetBytesProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_Reference_ReadFile)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ReadAndParse)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ParseLong)
    ->RangeMultiplier(2)
    ->Range(64 << 10, 2 << 20)
    ->Unit(benchmark::kMillisecond)
    ->Complexity();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    const QDir seeds(qEnvironmentVariableIsSet("HABEAS_SEEDS_DIR") ? qEnvironmentVariable("HABEAS_SEEDS_DIR")
                                                                   : QStringLiteral(HABEAS_SEEDS_DIR));
    for (const QString &name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        QFile file(seeds.filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("2023-133"))
            seedPath = seeds.filePath(name);
    }
    if (seedPath.isEmpty()) {
        std::fprintf(stderr, "the seed deliberation 2023-133 is not in %s\n", qPrintable(seeds.path()));
        return 1;
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
