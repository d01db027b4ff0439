#pragma once

#include <QString>

namespace almanac {

// Text set apart from the sentence around it (U+2068 FIRST STRONG ISOLATE …
// U+2069 POP DIRECTIONAL ISOLATE), so that it keeps its own direction: a path
// or an English name inside an Arabic sentence of the interface, or the reverse.
inline QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace almanac
