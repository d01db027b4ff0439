#pragma once

// What several tests share. Include it in a test compiled with ALMANAC_SOURCE_DIR.

#include "io/guidefile.h"

#include <QString>
#include <QtGlobal>

namespace almanac::test {

// One of the demo guides in resources/demo, e.g. "crispr.json".
inline Guide demo(const QString &file)
{
    QString error;
    auto g = guidefile::readFile(QStringLiteral(ALMANAC_SOURCE_DIR "/resources/demo/") + file, &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

} // namespace almanac::test
