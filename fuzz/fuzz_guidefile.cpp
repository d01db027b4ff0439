// libFuzzer target: the guide file reader. Whatever it accepts must meet the
// guide's rules (guide/validate.h) and write back to bytes that read back to
// the same guide: otherwise a version could be stored that no reader takes.

#include "guide/validate.h"
#include "io/guidefile.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto g = almanac::guidefile::read(input, QStringLiteral("fuzz.json"), &error);
    if (!g)
        return 0;
    if (almanac::guide::validate(*g))
        std::abort(); // the reader took what the rules refuse
    const QByteArray written = almanac::guidefile::write(*g);
    const auto back = almanac::guidefile::read(written, QStringLiteral("written.json"), &error);
    if (!back || *back != *g || almanac::guidefile::write(*back) != written)
        std::abort(); // not canonical: the same guide must give the same bytes
    return 0;
}
