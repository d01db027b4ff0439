// libFuzzer target: the page-text importer must never crash, and what it makes
// must be a valid guide file.

#include "io/guidefile.h"
#include "io/pagetext.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    almanac::ImportReport report;
    const auto guide = almanac::pagetext::read(input, QStringLiteral("fuzz.txt"), &report, &error);
    if (guide &&
        !almanac::guidefile::read(almanac::guidefile::write(*guide), QStringLiteral("fuzz.json"), &error))
        std::abort(); // the importer made a guide the guide file rejects
    return 0;
}
