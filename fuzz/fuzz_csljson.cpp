// libFuzzer target: CSL-JSON import must never crash; what it reads must export
// and read back to the same number of sources.

#include "io/csljson.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto sources = almanac::csljson::read(input, QStringLiteral("fuzz.json"), nullptr, &error);
    if (!sources)
        return 0;
    almanac::Guide g;
    almanac::csljson::mergeInto(g, *sources, nullptr);
    const auto back =
        almanac::csljson::read(almanac::csljson::write(g), QStringLiteral("export.json"), nullptr, &error);
    if (!back || back->size() > g.sources.size()) {
        std::fprintf(stderr, "export did not read back: %s\n", qPrintable(error));
        std::abort();
    }
    return 0;
}
