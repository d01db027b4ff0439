// libFuzzer target: the dispatching importer, with the first byte choosing the
// file name's extension so that every reader is reached.

#include "io/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"fuzz.json", "fuzz.md", "fuzz.txt", "fuzz"};
    if (size == 0)
        return 0;
    const QString name = QString::fromLatin1(names[data[0] % 4]);
    const QByteArray input(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QString error;
    if (auto result = almanac::importer::read(input, name, &error)) {
        almanac::Guide g;
        almanac::importer::mergeInto(g, *result);
    }
    return 0;
}
