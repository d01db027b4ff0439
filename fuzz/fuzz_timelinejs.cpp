// libFuzzer target: TimelineJS import and HTML-to-text must never crash.

#include "io/timelinejs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    if (const auto entries = almanac::timelinejs::read(input, QStringLiteral("fuzz.json"), nullptr, &error)) {
        almanac::Guide g;
        almanac::timelinejs::mergeInto(g, *entries, nullptr);
    }
    almanac::timelinejs::htmlToText(QString::fromUtf8(input));
    return 0;
}
