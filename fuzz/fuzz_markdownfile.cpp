// libFuzzer target: Markdown with front matter must never crash, and a file it
// reads must survive write -> read -> write unchanged.

#include "io/markdownfile.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto guide = almanac::markdownfile::read(input, QStringLiteral("fuzz.md"), nullptr, &error);
    if (!guide)
        return 0;
    const QByteArray md = almanac::markdownfile::write(*guide);
    const auto back = almanac::markdownfile::read(md, QStringLiteral("export.md"), nullptr, &error);
    if (!back || *back != *guide || almanac::markdownfile::write(*back) != md) {
        std::fprintf(stderr, "round trip failed: %s\n%s\n", qPrintable(error), md.constData());
        std::abort();
    }
    return 0;
}
