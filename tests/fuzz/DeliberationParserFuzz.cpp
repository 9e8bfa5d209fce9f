// libFuzzer target over the deliberation parser: any bytes, decoded as the
// importer decodes a file, then parsed. What is checked beyond "no crash,
// no sanitizer report": every span lies inside the cleaned text, and a
// number, when one is found, is written the one way deliberationNumberKey() writes it.
#include "core/import/DeliberationParser.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void inside(const habeas::TextSpan &span, qsizetype size)
{
    if (span.start < 0 || span.length < 0 || span.start + span.length > size)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace habeas;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedDeliberation parsed = DeliberationParser::parse(DeliberationParser::decode(bytes));
    const qsizetype length = parsed.text.size();
    inside(parsed.headline, length);
    inside(parsed.journal, length);
    inside(parsed.closing, length);
    for (const ParsedSection &section : parsed.sections)
        inside(section.span, length);
    for (const ParsedCondition &condition : parsed.conditions)
        inside(condition.span, length);
    if (!parsed.number.isEmpty() && deliberationNumberKey(parsed.number) != parsed.number)
        std::abort();
    if (parsed.complete() != parsed.missing.isEmpty())
        std::abort();
    (void)parsed.toDeliberation();
    return 0;
}
