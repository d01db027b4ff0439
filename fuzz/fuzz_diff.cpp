// libFuzzer target: the word diff. The input is two texts split at the first
// NUL byte; the Equal and Delete runs must give the first back, the Equal and
// Insert runs the second, and the tokens must join to their text.

#include "diff/worddiff.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype split = input.indexOf('\0');
    const QString a = QString::fromUtf8(split < 0 ? input : input.left(split));
    const QString b = QString::fromUtf8(split < 0 ? QByteArray() : input.mid(split + 1));
    QString joined;
    for (const QStringView t : almanac::worddiff::tokenize(a))
        joined += t;
    if (joined != a)
        std::abort();
    QString from;
    QString to;
    using Kind = almanac::worddiff::Op::Kind;
    for (const auto &op : almanac::worddiff::diff(a, b)) {
        if (op.kind != Kind::Insert)
            from += op.text;
        if (op.kind != Kind::Delete)
            to += op.text;
    }
    if (from != a || to != b)
        std::abort();
    return 0;
}
